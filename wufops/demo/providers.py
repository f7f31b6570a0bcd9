"""The demo access-service providers: 60 sign-language interpreters and captioners.

33 sign-language interpreters — 22 International Sign (``ils``; 6 of them Deaf
interpreters, most WFD-WASLI accredited) and 11 interpreters of national sign languages
(Turkish ``tsm``, Russian ``rsl``, American ``ase``, British ``bfi``) — and 27 captioners
(English CRC-certified, and Russian, French, Spanish, Arabic, Chinese and Azerbaijani).
Each works at most 360 minutes a day and declares availability windows by day.
"""

from __future__ import annotations

import random

from wufops.demo.calendar import DAYS, window
from wufops.demo.names import all_pools, draw_name
from wufops.demo.rows import Ids, Row, as_json

PROVIDERS = 60

#: (kind, sign languages, caption languages, accreditation, deaf, name pool, count)
_TEAM: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], bool, str, int], ...] = (
    ("interpreter", ("ils",), (), ("wfd_wasli_is",), True, "en", 3),
    ("interpreter", ("ils",), (), ("wfd_wasli_is",), True, "fr", 2),
    ("interpreter", ("ils",), (), ("wfd_wasli_is",), True, "az", 1),
    ("interpreter", ("ils", "bfi"), (), ("wfd_wasli_is", "national"), False, "en", 4),
    ("interpreter", ("ils", "ase"), (), ("wfd_wasli_is", "national"), False, "en", 3),
    ("interpreter", ("ils", "rsl"), (), ("wfd_wasli_is", "national"), False, "ru", 3),
    ("interpreter", ("ils", "tsm"), (), ("wfd_wasli_is", "national"), False, "tr", 2),
    ("interpreter", ("ils",), (), ("national",), False, "az", 4),
    ("interpreter", ("tsm",), (), ("national",), False, "tr", 3),
    ("interpreter", ("rsl",), (), ("national",), False, "ru", 4),
    ("interpreter", ("ase",), (), ("national",), False, "en", 2),
    ("interpreter", ("bfi",), (), ("national",), False, "en", 2),
    ("captioner", (), ("en",), ("crc",), False, "en", 15),
    ("captioner", (), ("ru", "en"), (), False, "ru", 3),
    ("captioner", (), ("az", "ru"), (), False, "az", 4),
    ("captioner", (), ("fr",), (), False, "fr", 1),
    ("captioner", (), ("es",), (), False, "es", 2),
    ("captioner", (), ("ar",), (), False, "ar", 1),
    ("captioner", (), ("zh",), (), False, "zh", 1),
)  # fmt: skip


def _availability(rng: random.Random, every_day: bool) -> list[dict[str, str]]:
    """Windows by day: most all six days 08:00–20:00; some interpreters only the first or
    last three days; some providers mornings only. Captioners (who often work remotely) and
    local interpreters are there every day."""
    roll = 1.0 if every_day else rng.random()
    days = list(range(DAYS))
    if roll < 0.12:
        days = days[:3]
    elif roll < 0.24:
        days = days[3:]
    hours = (8 * 60, 20 * 60) if rng.random() < 0.8 else (8 * 60, 14 * 60)
    return [window(d, *hours) for d in days]


def make_providers(rng: random.Random, ids: Ids, event_id: str) -> list[Row]:
    pools = all_pools()
    rows: list[Row] = []
    for kind, signs, captions, accreditation, deaf, pool_key, count in _TEAM:
        for _ in range(count):
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
    if len(rows) != PROVIDERS:
        raise AssertionError(f"provider team adds up to {len(rows)}, not {PROVIDERS}")
    return rows
