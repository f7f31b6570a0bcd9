"""Time, injected: logic asks a ``Clock`` instead of calling ``datetime.now()``.

Instants are stored as UTC ISO-8601 text (``2026-05-17T07:30:00.000Z``) and shown in the
event's time zone by the UI.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def now_ms(self) -> int:
        """Milliseconds since the Unix epoch, UTC."""
        ...


class SystemClock:
    def now_ms(self) -> int:
        return time.time_ns() // 1_000_000


class FakeClock:
    """A clock tests move by hand, including backwards (clock jumps)."""

    def __init__(self, start_ms: int = 1_779_000_000_000) -> None:
        self.ms = start_ms

    def now_ms(self) -> int:
        return self.ms

    def advance(self, ms: int) -> None:
        self.ms += ms


def iso_utc(unix_ms: int) -> str:
    """``unix_ms`` as sortable UTC ISO-8601 text with millisecond precision."""
    dt = datetime.fromtimestamp(unix_ms / 1000, tz=UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{unix_ms % 1000:03d}Z"


def parse_iso_utc(text: str) -> int:
    """The inverse of :func:`iso_utc` (also accepts ``+00:00`` and no fraction)."""
    dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if dt.tzinfo is None:
        raise ValueError(f"instant without time zone: {text!r}")
    return round(dt.timestamp() * 1000)
