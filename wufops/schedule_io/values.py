"""Reading one value of a schedule file, the same way for every format: GUIDs, instants,
durations, URLs, languages, texts. Each helper either returns a clean value, notes a
tolerated :class:`~wufops.schedule_io.model.Deviation` in a :class:`Notes`, or raises
:class:`~wufops.schedule_io.model.ImportRefused` with the value's place.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from datetime import datetime, timedelta
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from wufops.schedule.edits import MAX_SESSION_MIN
from wufops.schedule_io.model import Deviation, ImportRefused, Person, Where

#: namespace of GUIDs derived from a source's non-UUID identifiers (stable across imports)
SOURCE_NS = uuid.UUID("8d3c1f8e-2b7a-4c51-9e0f-6a4b2d9c7e13")
#: how long a text may be once imported (a release keeps each session's row, within the
#: sync limit of 16,384 characters; see wufops.schedule.release)
LIMITS = {"title": 300, "subtitle": 300, "abstract": 4000, "track": 100, "url": 2000, "name": 200}
#: the most deviations kept one by one (all are counted)
MAX_KEPT = 2000

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_DURATION = re.compile(r"(\d{1,4}):(\d{2})(?::(\d{2}))?\Z")
_LANG_SPLIT = re.compile(r"[\s,;/|]+")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^/]")
_LANG = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*\Z")


def json_path(parts: Iterable[str | int]) -> str:
    """``$.schedule.conference.days[0].rooms['Gray Room'][3]``."""
    out = "$"
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _IDENT.match(part):
            out += f".{part}"
        else:
            out += "['" + part.replace("\\", "\\\\").replace("'", "\\'") + "']"
    return out


class Notes:
    """The deviations a reader tolerated, in the order met (at most :data:`MAX_KEPT` kept,
    every one counted)."""

    def __init__(self) -> None:
        self.kept: list[Deviation] = []
        self.count = 0
        self._once: set[str] = set()

    def add(self, code: str, where: Where, detail: str) -> None:
        self.count += 1
        if len(self.kept) < MAX_KEPT:
            self.kept.append(Deviation(code, where, detail))

    def once(self, code: str, where: Where, detail: str) -> None:
        """Note ``code`` only the first time (a quirk of the whole file)."""
        if code not in self._once:
            self._once.add(code)
            self.add(code, where, detail)


def guid(text: str, where: Where, notes: Notes) -> str:
    """A GUID as the import keys it: a UUID in lower case; anything else becomes a UUID
    derived from it (``guid_format``), the same every time the file is imported."""
    try:
        parsed = uuid.UUID(text)
    except (ValueError, AttributeError, TypeError):
        parsed = None
    if parsed is not None and len(text) == 36:
        return str(parsed)
    derived = str(uuid.uuid5(SOURCE_NS, f"guid:{text}"))
    notes.add("guid_format", where, f"{text!r} is not a UUID: keyed as {derived}")
    return derived


def room_guids(pairs: Iterable[tuple[str, object]]) -> dict[str, str]:
    """room name -> its GUID, for the rooms whose GUID is a UUID no other room shares."""
    found: dict[str, str] = {}
    owners: dict[str, set[str]] = {}
    for name, raw in pairs:
        if not isinstance(raw, str):
            continue
        try:
            key = str(uuid.UUID(raw.strip())) if len(raw.strip()) == 36 else None
        except ValueError:
            key = None
        if key is not None:
            owners.setdefault(key, set()).add(name)
            found.setdefault(name, key)
    return {name: key for name, key in found.items() if len(owners[key]) == 1}


def zone(name: str | None) -> ZoneInfo | None:
    """The IANA zone called ``name``, or ``None``."""
    if not name or not isinstance(name, str) or len(name) > 64:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def instant(text: object, where: Where, notes: Notes, local: ZoneInfo | None) -> int:
    """An ISO date and time as ms. Without an offset it is read in the schedule's zone
    (``time_offset``); without either it is refused (``bad_time``)."""
    if not isinstance(text, str):
        raise ImportRefused("bad_time", f"{text!r} is not a date and time", where)
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ImportRefused("bad_time", f"{text!r} is not an ISO date and time", where) from None
    if moment.tzinfo is None:
        if local is None:
            raise ImportRefused(
                "bad_time", f"{text!r} has no UTC offset and the schedule names no time zone", where
            )
        notes.add("time_offset", where, f"{text!r} has no UTC offset: read in {local.key}")
        moment = moment.replace(tzinfo=local)
    try:
        return round(moment.timestamp() * 1000)
    except (OverflowError, ValueError, OSError):
        raise ImportRefused("bad_time", f"{text!r} is out of range", where) from None


def duration_min(text: object, where: Where) -> int:
    """``HH:MM`` (also ``H:MM:SS``, seconds rounded up) as minutes; refused
    (``bad_duration``) otherwise."""
    found = _DURATION.match(text.strip()) if isinstance(text, str) else None
    if found is None or int(found.group(2)) > 59 or int(found.group(3) or 0) > 59:
        raise ImportRefused("bad_duration", f"{text!r} is not a duration (HH:MM)", where)
    hours, minutes, seconds = found.groups()
    return int(hours) * 60 + int(minutes) + (1 if int(seconds or 0) else 0)


def check_span(start_ms: int, end_ms: int, where: Where) -> None:
    """A session ends after it starts and lasts at most a day (as the schedule accepts)."""
    if end_ms <= start_ms:
        raise ImportRefused("bad_duration", "the session ends before it starts", where)
    if end_ms - start_ms > MAX_SESSION_MIN * 60_000:
        raise ImportRefused(
            "bad_duration", f"the session lasts more than {MAX_SESSION_MIN} minutes", where
        )


def offset_mismatch(start_ms: int, text: str, local: ZoneInfo | None) -> bool:
    """Whether ``text``'s own UTC offset differs from ``local``'s at that instant."""
    if local is None:
        return False
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return False
    if moment.utcoffset() is None:
        return False
    expected = datetime.fromtimestamp(start_ms / 1000, tz=local).utcoffset()
    return moment.utcoffset() != (expected or timedelta(0))


def text(value: object, field: str, where: Where, notes: Notes) -> str:
    """A text field, stripped, cut to its limit (``text_truncated``); ``None`` is empty."""
    if value is None:
        return ""
    out = str(value).strip()
    limit = LIMITS.get(field)
    if limit is not None and len(out) > limit:
        notes.add("text_truncated", where, f"{field} cut to {limit} characters")
        out = out[:limit].rstrip()
    return out


def url(value: object, base: str, where: Where, notes: Notes) -> str:
    """An absolute http(s) URL: kept; another absolute URI (``urn:uuid:…``, as our exports
    name a session without a page) is no page: ``""``; a relative one is resolved against
    the schedule's ``base_url`` (``url_format``), or left out when there is none."""
    if not isinstance(value, str) or not value.strip():
        return ""
    raw = value.strip()
    if _absolute_http(raw):
        return raw if len(raw) <= LIMITS["url"] else ""
    if _SCHEME.match(raw):
        return ""
    if base and _absolute_http(base):
        joined = urljoin(base, raw)
        if _absolute_http(joined) and len(joined) <= LIMITS["url"]:
            notes.add("url_format", where, f"{raw!r} is relative: read as {joined}")
            return joined
    notes.add("url_format", where, f"{raw!r} is not an absolute URL: not imported")
    return ""


def _absolute_http(text: str) -> bool:
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in text


def languages(value: object, where: Where, notes: Notes) -> tuple[str, ...]:
    """``"en"``, ``"en,fr"``, ``"de/en"`` as language codes (lower case); anything that is
    not a language tag is left out (``language_format``)."""
    if not isinstance(value, str) or not value.strip():
        return ()
    found: list[str] = []
    for part in _LANG_SPLIT.split(value.strip()):
        if not part:
            continue
        if _LANG.match(part) and len(found) < 12:
            tag = part.lower()
            if tag not in found:
                found.append(tag)
        else:
            notes.add("language_format", where, f"{part!r} is not a language code: left out")
    return tuple(found)


def flag(value: object) -> bool:
    """``true``, ``"true"``, ``"yes"``, ``1`` — a boolean the way schedule files write it."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "yes", "1", "y")
    return bool(value) if isinstance(value, (bool, int)) else False


def person(
    name: object,
    where: Where,
    notes: Notes,
    *,
    origin: str,
    guid_text: object = None,
    code_key: str | None = None,
    number: object = None,
    email: object = None,
    organization: object = None,
) -> Person:
    """A speaker with every key the source gives, most specific first (see
    :class:`~wufops.schedule_io.model.Person`). A person needs a name (``missing_field``)."""
    shown = text(name, "name", where, notes)
    if not shown:
        raise ImportRefused("missing_field", "a person needs a name", where)
    keys: list[str] = []
    if isinstance(guid_text, str) and guid_text.strip():
        keys.append("guid:" + guid(guid_text.strip(), where, notes))
    if code_key:
        keys.append(code_key)
    if isinstance(number, int) and not isinstance(number, bool):
        keys.append(f"id:{origin}:{number}")
    address = email.strip().lower() if isinstance(email, str) and "@" in email else ""
    if address and len(address) <= 254:
        keys.append(f"email:{address}")
    else:
        address = ""
    keys.append(f"name:{origin}:{shown.casefold()}")
    org = text(organization, "name", where, notes) if organization else ""
    return Person(shown, tuple(keys), address, org)
