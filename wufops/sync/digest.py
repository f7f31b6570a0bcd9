"""Per-table digests for anti-entropy (pure): row count plus an order-independent hash.

Each row hashes to 64 bits (BLAKE2b of its canonical JSON); a table's hash is the XOR of its
rows', so hub and device can compute it in whatever order they read rows. Two replicas at the
same hub sequence with different digests have diverged, and the device re-snapshots.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any


def row_hash(values: Sequence[Any]) -> int:
    text = json.dumps(list(values), ensure_ascii=False, separators=(",", ":"))
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def table_digest(rows: Iterable[Sequence[Any]]) -> dict[str, Any]:
    count = 0
    acc = 0
    for values in rows:
        count += 1
        acc ^= row_hash(values)
    return {"count": count, "hash": f"{acc:016x}"}


def diverged(mine: dict[str, Any], hubs: dict[str, Any]) -> list[str]:
    """Tables whose digests differ (a table only one side reports counts as differing)."""
    return sorted(t for t in set(mine) | set(hubs) if mine.get(t) != hubs.get(t))
