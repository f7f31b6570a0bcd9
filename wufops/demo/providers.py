"""The demo access-service providers: 60 sign-language interpreters and captioners.

34 sign-language interpreters — 27 International Sign (``ils``; 4 of them Deaf interpreters,
who work with a hearing feed; 21 WFD-WASLI accredited), most hearing ones also interpreting a
national sign language (Turkish ``tsm``, Russian ``rsl``, American ``ase``, British ``bfi``),
and 7 national-only interpreters — and 26 captioners: English CRC-certified writers, and
writers of Russian, Azerbaijani, French, Spanish, Arabic and Chinese who also write English.
Each works at most 360 minutes a day. Most are there all six days, 08:00–21:00; a few take
one day off. The team is sized so the programme's demand can be covered in full on every
seed (docs/access-services.md; tests/access/test_demo.py solves several seeds), with two
writers of each rarer caption language so two such sessions at once can both have one.
"""

from __future__ import annotations

import random

from wufops.demo.calendar import DAYS, window
from wufops.demo.names import all_pools, draw_name
from wufops.demo.rows import Ids, Row, as_json

PROVIDERS = 60

#: (kind, sign languages, caption languages, accreditation, deaf, name pool, count)
_TEAM: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], bool, str, int], ...] = (
    ("interpreter", ("ils",), (), ("wfd_wasli_is",), True, "en", 2),
    ("interpreter", ("ils",), (), ("wfd_wasli_is",), True, "fr", 1),
    ("interpreter", ("ils",), (), ("wfd_wasli_is",), True, "az", 1),
    ("interpreter", ("ils", "bfi"), (), ("wfd_wasli_is", "national"), False, "en", 3),
    ("interpreter", ("ils", "ase"), (), ("wfd_wasli_is", "national"), False, "en", 5),
    ("interpreter", ("ils", "rsl"), (), ("wfd_wasli_is", "national"), False, "ru", 5),
    ("interpreter", ("ils", "tsm"), (), ("wfd_wasli_is", "national"), False, "tr", 4),
    ("interpreter", ("ils",), (), ("national",), False, "az", 6),
    ("interpreter", ("tsm",), (), ("national",), False, "tr", 2),
    ("interpreter", ("rsl",), (), ("national",), False, "ru", 3),
    ("interpreter", ("ase",), (), ("national",), False, "en", 2),
    ("captioner", (), ("en",), ("crc",), False, "en", 11),
    ("captioner", (), ("ru", "en"), (), False, "ru", 3),
    ("captioner", (), ("az", "ru", "en"), (), False, "az", 4),
    ("captioner", (), ("fr", "en"), (), False, "fr", 2),
    ("captioner", (), ("es", "en"), (), False, "es", 2),
    ("captioner", (), ("ar", "en"), (), False, "ar", 2),
    ("captioner", (), ("zh", "en"), (), False, "zh", 2),
)  # fmt: skip


def _availability(rng: random.Random, every_day: bool) -> list[dict[str, str]]:
    """Windows by day, 08:00–21:00 (a session may run late); some interpreters take one day
    off. Captioners (who
    often work remotely) and local interpreters are there every day."""
    days = list(range(DAYS))
    if not every_day and rng.random() < 0.15:
        days.remove(rng.randrange(DAYS))
    return [window(d, 8 * 60, 21 * 60) for d in days]


#: the short-staffed team (``shortfall``): how many of each group of :data:`_TEAM` stay
#: away — most English-only writers and some International Sign interpreters, so the
#: programme's demand exceeds what the team can cover (the unmet-demand report's demo)
_SHORT: dict[int, int] = {4: 3, 5: 2, 7: 5, 11: 9}


def make_providers(
    rng: random.Random, ids: Ids, event_id: str, *, shortfall: bool = False
) -> list[Row]:
    """The team (:data:`PROVIDERS` of them), or with ``shortfall`` a smaller one that
    cannot cover the programme."""
    pools = all_pools()
    rows: list[Row] = []
    for group, (kind, signs, captions, accreditation, deaf, pool_key, count) in enumerate(_TEAM):
        for _ in range(count - (_SHORT.get(group, 0) if shortfall else 0)):
            name = draw_name(rng, pools[pool_key])
            display = " ".join(p for p in (name.latin_given, name.latin_family) if p)
            fields = {
                "event_id": event_id,
                "name": display,
                "kind": kind,
                "sign_languages": as_json(list(signs)),
                "caption_languages": as_json(list(captions)),
                "accreditation": as_json(list(accreditation)),
                "deaf": int(deaf),
                "availability": as_json(
                    _availability(rng, every_day=kind == "captioner" or pool_key == "az")
                ),
                "max_minutes_per_day": 360,
            }
            rows.append(Row("provider", ids.next(), fields))
    if not shortfall and len(rows) != PROVIDERS:
        raise AssertionError(f"provider team adds up to {len(rows)}, not {PROVIDERS}")
    return rows
