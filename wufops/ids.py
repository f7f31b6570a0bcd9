"""Identifiers: UUIDv7 (RFC 9562) text, made on the device that creates the row.

Time-ordered ids keep B-tree inserts local and sort roughly by creation time.
"""

from __future__ import annotations

import os
import uuid


def uuid7(unix_ms: int) -> str:
    """A UUIDv7 for the instant ``unix_ms`` with 74 random bits."""
    if not 0 <= unix_ms < 1 << 48:
        raise ValueError(f"timestamp out of range for UUIDv7: {unix_ms}")
    rand = int.from_bytes(os.urandom(10), "big")
    value = (unix_ms << 80) | (0x7 << 76) | ((rand >> 62) & 0xFFF) << 64
    value |= (0b10 << 62) | (rand & ((1 << 62) - 1))
    return str(uuid.UUID(int=value))


def uuid7s(unix_ms: int, count: int) -> list[str]:
    """``count`` UUIDv7s for the instant ``unix_ms`` (as :func:`uuid7` makes one each), for
    writes of many rows at once: one read of the OS's randomness, no ``uuid.UUID`` objects."""
    if not 0 <= unix_ms < 1 << 48:
        raise ValueError(f"timestamp out of range for UUIDv7: {unix_ms}")
    pool = os.urandom(10 * count)
    head = (unix_ms << 80) | (0x7 << 76)
    out = []
    for at in range(0, 10 * count, 10):
        rand = int.from_bytes(pool[at : at + 10], "big")
        value = head | ((rand >> 62) & 0xFFF) << 64 | (0b10 << 62) | (rand & ((1 << 62) - 1))
        h = f"{value:032x}"
        out.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    return out


def uuid7_ms(text: str) -> int:
    """The millisecond timestamp carried by a UUIDv7."""
    return uuid.UUID(text).int >> 80
