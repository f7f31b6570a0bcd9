"""What the demo generators hand to the writer: rows with ids drawn from the seeded RNG.

Ids are UUIDv7-shaped (the project's id format) with a fixed, increasing timestamp and
random bits from the seed, so the same seed gives the same ids and inserts stay B-tree local.
"""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass
from typing import Any

from wufops.sync.ops import JsonValue


@dataclass(frozen=True)
class Row:
    entity: str
    row_id: str
    fields: dict[str, JsonValue]


class Ids:
    """Seeded UUIDv7-shaped ids: ``base_ms`` + n milliseconds, 74 bits from ``rng``."""

    def __init__(self, rng: random.Random, base_ms: int) -> None:
        self._rng = rng
        self._ms = base_ms

    def next(self) -> str:
        self._ms += 1
        rand = self._rng.getrandbits(74)
        value = (self._ms << 80) | (0x7 << 76) | ((rand >> 62) & 0xFFF) << 64
        value |= (0b10 << 62) | (rand & ((1 << 62) - 1))
        return str(uuid.UUID(int=value))


def as_json(value: Any) -> str:
    """Compact JSON text as the schema's JSON columns hold it (non-ASCII kept)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
