"""Hybrid logical clocks (Kulkarni et al., 2014) packed into one 64-bit integer.

``hlc = physical_ms << 16 | counter``: comparing two HLCs as integers orders them causally;
ties between devices are broken by device id wherever an order is needed.

Also the clock rules every replica and the hub share: which remote HLC a replica may fold
into its own clock (:data:`SUSPECT_AHEAD_MS`), when a device corrects its clock by the hub's
(:data:`CORRECT_BEYOND_MS`), and the hub's bounds (:class:`ClockBounds`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

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


# -- clock rules (docs/protocol.md, "Clocks") ----------------------------------------------

#: a remote HLC more than this far ahead of a replica's (hub-corrected) wall clock is
#: *suspect*: applied, flagged, and never folded into that replica's clock
SUSPECT_AHEAD_MS = 60_000
#: a device whose clock differs from the hub's by more than this corrects its HLC and wall
#: time by the difference (learned at ``welcome``)
CORRECT_BEYOND_MS = 2_000

Skew = Literal["", "ahead", "behind"]


@dataclass(frozen=True)
class ClockBounds:
    """How far from the hub's clock an op's time may lie before the hub refuses it
    (``clock_skew``). Ahead: an hour — wider than any jump of a hub's own clock (an NTP step,
    a restore onto another machine), which must never make the hub refuse work it took
    before; an op more than a minute ahead is applied but suspect all the same. Behind:
    offline work is old by nature, so only a clock set to another year (or 1970) is
    refused."""

    ahead_ms: int = 60 * 60_000
    behind_ms: int = 30 * 24 * 3600_000

    def skew(self, ms: int, now_ms: int) -> Skew:
        """``"ahead"``/``"behind"`` when ``ms`` (Unix ms) lies outside the bounds around
        ``now_ms``, else ``""``."""
        if ms > now_ms + self.ahead_ms:
            return "ahead"
        if ms < now_ms - self.behind_ms:
            return "behind"
        return ""

    def within(self, ms: int, now_ms: int) -> bool:
        return not self.skew(ms, now_ms)


def shift(hlc: int, delta_ms: int) -> int:
    """The same HLC moved by ``delta_ms`` (its counter kept), clamped to the valid range."""
    return pack(min(max(physical_ms(hlc) + delta_ms, 0), (1 << 48) - 1), counter(hlc))
