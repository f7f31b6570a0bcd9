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


def uuid7_ms(text: str) -> int:
    """The millisecond timestamp carried by a UUIDv7."""
    return uuid.UUID(text).int >> 80
