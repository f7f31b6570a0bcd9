"""Desk and gate counters, in the event's time zone: pickups today and this hour, the median
seconds a desk spends per attendee, entries today.

"Today" and "this hour" are the local day and clock hour at the venue (the event's IANA zone),
converted to UTC bounds for the query. The median is taken over the gaps between consecutive
pickups at the desk today; a gap longer than :data:`IDLE_GAP_S` is a pause (no queue), not
service time, and is left out.
"""

from __future__ import annotations

import itertools
import sqlite3
import statistics
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from wufops.clock import iso_utc, parse_iso_utc
from wufops.store import checkins as store

#: a gap between two pickups longer than this (seconds) is a pause, not service time
IDLE_GAP_S = 300.0


@dataclass(frozen=True)
class DeskCounters:
    pickups_today: int
    pickups_this_hour: int
    #: median seconds between consecutive pickups (``None`` until two pickups in a queue)
    median_seconds: float | None


@dataclass(frozen=True)
class Window:
    since: str  # UTC ISO-8601, inclusive
    until: str  # exclusive


def _iso(dt: datetime) -> str:
    return iso_utc(round(dt.astimezone(UTC).timestamp() * 1000))


def day_window(now_ms: int, zone: ZoneInfo) -> Window:
    """The local calendar day at the venue containing ``now_ms``, as UTC bounds."""
    local = datetime.fromtimestamp(now_ms / 1000, tz=zone)
    start = local.replace(hour=0, minute=0, second=0, microsecond=0)
    end = start + timedelta(days=1)  # wall-clock arithmetic: the next local midnight
    return Window(_iso(start), _iso(end))


def hour_window(now_ms: int, zone: ZoneInfo) -> Window:
    """The local clock hour at the venue containing ``now_ms``, as UTC bounds."""
    local = datetime.fromtimestamp(now_ms / 1000, tz=zone)
    start_utc = local.replace(minute=0, second=0, microsecond=0).astimezone(UTC)
    return Window(_iso(start_utc), _iso(start_utc + timedelta(hours=1)))


def median_gap(instants: list[str], idle_gap_s: float = IDLE_GAP_S) -> float | None:
    """Median seconds between consecutive instants, pauses longer than ``idle_gap_s`` left out."""
    ms = sorted(parse_iso_utc(t) for t in instants)
    gaps = [(b - a) / 1000 for a, b in itertools.pairwise(ms) if b - a <= idle_gap_s * 1000]
    return statistics.median(gaps) if gaps else None


def desk_counters(
    conn: sqlite3.Connection, replica_id: str, now_ms: int, zone: ZoneInfo
) -> DeskCounters:
    """Counters of the desk that replica ``replica_id`` records as (its enrolled device:
    every replica bound to it; itself when not enrolled)."""
    day = day_window(now_ms, zone)
    hour = hour_window(now_ms, zone)
    identity = store.desk_identity(conn, replica_id)
    times = store.pickup_times(conn, identity, replica_id, day.since, day.until)
    this_hour = sum(1 for t in times if hour.since <= t < hour.until)
    return DeskCounters(len(times), this_hour, median_gap(times))


def entries_today(
    conn: sqlite3.Connection, now_ms: int, zone: ZoneInfo, gate_zone: str | None = None
) -> int:
    day = day_window(now_ms, zone)
    return store.entry_count(conn, day.since, day.until, gate_zone)
