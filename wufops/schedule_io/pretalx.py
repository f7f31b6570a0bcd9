"""pretalx's exports: the frab/c3voc ``schedule.json`` and ``schedule.xml`` as pretalx writes
them (``/<event>/schedule/export/schedule.json`` and ``.xml``).

They are read by the c3voc JSON and frab XML readers; this module says what is pretalx's
own:

- **recognising it**: the ``generator`` says ``pretalx``, or persons carry a pretalx
  ``code`` (six characters, ``NQTF8Y``), or sessions link to ``…/talk/<CODE>/``;
- **who a speaker is**: pretalx gives no person GUID in older versions but a stable ``code``
  per speaker and event; the import keys speakers by it (``code:<origin>:<CODE>``), so the
  same speaker in several sessions, and in the next import, is one attendee;
- **its known deviations**, all tolerated and reported: persons carry properties the c3voc
  schema does not declare (``answers``, ``avatar``, ``biography``) — ``extra_property``; a
  ``code`` attribute on ``<person>`` in the XML — ``extra_property``; both rooms of a
  schedule can share one GUID — ``duplicate_room_guid``; the declared ``time_zone_name``
  (``UTC``) can disagree with the offsets of the times (``+01:00``) — ``time_zone_offset``,
  the offsets win.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

_TALK_URL = re.compile(r"/talk/[A-Z0-9]{5,}/?$")
_CODE = re.compile(r"[A-Z0-9]{4,12}\Z")


def generator_dialect(name: object) -> str | None:
    """``pretalx``, ``frab`` or ``wufops`` from a ``generator`` name, else ``None``."""
    if not isinstance(name, str):
        return None
    lowered = name.strip().lower()
    for known in ("pretalx", "frab", "wufops"):
        if known in lowered:
            return known
    return None


def looks_like_pretalx(events: Iterable[Mapping[str, Any]]) -> bool:
    """Whether sessions look pretalx-made: persons with a ``code``, or talk URLs."""
    for event in events:
        url = event.get("url")
        if isinstance(url, str) and _TALK_URL.search(url):
            return True
        persons = event.get("persons")
        for person in persons if isinstance(persons, list) else ():
            if isinstance(person, Mapping) and isinstance(person.get("code"), str):
                return True
    return False


def code_key(origin: str, code: object) -> str | None:
    """The key of a speaker by pretalx code, or ``None`` when ``code`` is not one."""
    if isinstance(code, str) and _CODE.match(code.strip()):
        return f"code:{origin}:{code.strip()}"
    return None
