"""Hybrid logical clocks (Kulkarni et al., 2014) packed into one 64-bit integer.

``hlc = physical_ms << 16 | counter``: comparing two HLCs as integers orders them causally;
ties between devices are broken by device id wherever an order is needed.
"""

from __future__ import annotations

COUNTER_BITS = 16
COUNTER_MAX = (1 << COUNTER_BITS) - 1
HLC_MAX = (1 << 64) - 1


def pack(physical_ms: int, counter: int) -> int:
    if not 0 <= counter <= COUNTER_MAX:
        raise ValueError(f"HLC counter out of range: {counter}")
    if not 0 <= physical_ms < 1 << 48:
        raise ValueError(f"HLC physical time out of range: {physical_ms}")
    return physical_ms << COUNTER_BITS | counter


def physical_ms(hlc: int) -> int:
    return hlc >> COUNTER_BITS


def counter(hlc: int) -> int:
    return hlc & COUNTER_MAX


def tick(last: int, wall_ms: int) -> int:
    """The HLC for a local event, given the last HLC this device issued or saw."""
    last_ms = physical_ms(last)
    if wall_ms > last_ms:
        return pack(wall_ms, 0)
    if counter(last) == COUNTER_MAX:  # counter exhausted: borrow the next millisecond
        return pack(last_ms + 1, 0)
    return last + 1


def receive(last: int, remote: int, wall_ms: int) -> int:
    """The HLC after seeing ``remote`` (a message or op from another device)."""
    top = max(last, remote)
    if wall_ms > physical_ms(top):
        return pack(wall_ms, 0)
    if counter(top) == COUNTER_MAX:
        return pack(physical_ms(top) + 1, 0)
    return top + 1
