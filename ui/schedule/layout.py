"""Where things go on one day of the grid, without Qt: the day's time window, its rooms in
display order, each room's sessions in lanes (sessions that overlap in one room sit side by
side in lanes instead of hiding each other), and the times a room is closed.

Built from the checker's world (memory, no SQL) each time the day or a session on it
changes: a day holds at most a few hundred sessions, so building it takes well under a
millisecond, and the grid's painting only reads it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from wufops.models.schedule import MINUTE_MS, Room, Session
from wufops.schedule.world import World

HOUR_MS = 60 * MINUTE_MS
#: the grid shows a day from this hour to midnight, unless a session needs more
DAY_FROM_H = 8
#: sessions move and resize in steps of this many minutes
SNAP_MIN = 5
#: lanes a room's row grows to (more overlapping sessions share the last lanes' height)
MAX_ROW_LANES = 3


def local_midnight(day: date, zone: ZoneInfo) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=zone).timestamp() * 1000)


def snap(ms: int, origin: int, step_min: int = SNAP_MIN) -> int:
    """``ms`` rounded to the nearest ``step_min`` minutes counted from ``origin``."""
    step = step_min * MINUTE_MS
    return origin + round((ms - origin) / step) * step


@dataclass(frozen=True, slots=True)
class Block:
    """A session drawn on a row: its span and its lane among sessions that overlap it."""

    session_id: str
    start_ms: int
    end_ms: int
    lane: int = 0
    lanes: int = 1


@dataclass
class Row:
    room: Room
    blocks: list[Block] = field(default_factory=list)
    #: lanes the row is drawn with (1 unless sessions overlap in it)
    lanes: int = 1
    #: spans of the day's window when the room is closed (outside its availability)
    closed: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class DayView:
    day: date
    start_ms: int
    end_ms: int
    rows: list[Row]
    #: room id -> row index
    row_of: dict[str, int]
    #: session id -> (row index, block index)
    block_of: dict[str, tuple[int, int]]

    @property
    def minutes(self) -> int:
        return (self.end_ms - self.start_ms) // MINUTE_MS

    def block(self, session_id: str) -> Block | None:
        found = self.block_of.get(session_id)
        return None if found is None else self.rows[found[0]].blocks[found[1]]


def session_day(world: World, session: Session) -> date | None:
    """The local day a placed session belongs to: the day it starts."""
    if session.placement is None:
        return None
    return date.fromordinal(world.days.day(session.placement.start_ms))


def event_days(world: World) -> list[date]:
    """The event's days, and any other day a session is placed on (an import's mistake
    must still be reachable on the grid)."""
    first = date.fromisoformat(world.event.first_day)
    last = date.fromisoformat(world.event.last_day)
    days = {first + timedelta(days=n) for n in range((last - first).days + 1)}
    for session in world.sessions.values():
        day = session_day(world, session)
        if day is not None:
            days.add(day)
    return sorted(days)


def day_window(world: World, day: date, sessions: Iterable[Session]) -> tuple[int, int]:
    """08:00 to midnight of ``day``, widened to whole hours to hold every session starting on
    that day (the opening night reception runs to 01:00 the next morning)."""
    midnight = local_midnight(day, world.zone)
    start = int(
        datetime(day.year, day.month, day.day, DAY_FROM_H, tzinfo=world.zone).timestamp() * 1000
    )
    end = local_midnight(day + timedelta(days=1), world.zone)
    for session in sessions:
        placement = session.placement
        if placement is None or session_day(world, session) != day:
            continue
        if placement.start_ms < start:
            start = midnight + (placement.start_ms - midnight) // HOUR_MS * HOUR_MS
        if placement.end_ms > end:
            end = midnight - (-(placement.end_ms - midnight) // HOUR_MS) * HOUR_MS
    return start, end


def _lanes(blocks: list[Block]) -> tuple[list[Block], int]:
    """Blocks (sorted by start) put in lanes: each cluster of overlapping blocks gets as
    many lanes as it needs at most; returns the blocks and the row's lane count."""
    out: list[Block] = []
    widest = 1
    cluster: list[tuple[Block, int]] = []
    lane_ends: list[int] = []
    cluster_end = -1

    def close() -> None:
        nonlocal widest
        lanes = max(1, len(lane_ends))
        widest = max(widest, lanes)
        out.extend(Block(b.session_id, b.start_ms, b.end_ms, lane, lanes) for b, lane in cluster)

    for block in blocks:
        if cluster and block.start_ms >= cluster_end:
            close()
            cluster, lane_ends = [], []
            cluster_end = -1
        for lane, end in enumerate(lane_ends):
            if end <= block.start_ms:
                lane_ends[lane] = block.end_ms
                break
        else:
            lane = len(lane_ends)
            lane_ends.append(block.end_ms)
        cluster.append((block, lane))
        cluster_end = max(cluster_end, block.end_ms)
    if cluster:
        close()
    return out, widest


def _closed(room: Room, start_ms: int, end_ms: int) -> list[tuple[int, int]]:
    if not room.availability:
        return []
    spans, cursor = [], start_ms
    for window in room.availability:
        if window.end_ms <= cursor or window.start_ms >= end_ms:
            continue
        if window.start_ms > cursor:
            spans.append((cursor, window.start_ms))
        cursor = max(cursor, window.end_ms)
    if cursor < end_ms:
        spans.append((cursor, end_ms))
    return spans


def build_day(
    world: World,
    day: date,
    room_ids: Sequence[str],
    *,
    show_cancelled: bool = True,
) -> DayView:
    """The rows of ``room_ids`` (in that order) on ``day``, with every placed session that
    overlaps the day's window."""
    sessions = [s for s in world.sessions.values() if s.placement is not None]
    start_ms, end_ms = day_window(world, day, sessions)
    rows = [Row(world.rooms[r]) for r in room_ids if r in world.rooms]
    row_of = {row.room.id: n for n, row in enumerate(rows)}
    per_row: list[list[Block]] = [[] for _ in rows]
    for session in sessions:
        placement = session.placement
        assert placement is not None
        if session.status == "cancelled" and not show_cancelled:
            continue
        at = row_of.get(placement.room_id)
        if at is None or placement.end_ms <= start_ms or placement.start_ms >= end_ms:
            continue
        per_row[at].append(Block(session.id, placement.start_ms, placement.end_ms))
    block_of: dict[str, tuple[int, int]] = {}
    for n, (row, blocks) in enumerate(zip(rows, per_row, strict=True)):
        blocks.sort(key=lambda b: (b.start_ms, b.end_ms, b.session_id))
        row.blocks, row.lanes = _lanes(blocks)
        row.blocks.sort(key=lambda b: (b.start_ms, b.lane, b.session_id))
        for k, block in enumerate(row.blocks):
            block_of[block.session_id] = (n, k)
        row.closed = _closed(row.room, start_ms, end_ms)
    return DayView(day, start_ms, end_ms, rows, row_of, block_of)


def neighbour(row: Row, start_ms: int) -> int | None:
    """The index of the block of ``row`` that starts closest to ``start_ms``."""
    if not row.blocks:
        return None
    starts = [b.start_ms for b in row.blocks]
    at = bisect_left(starts, start_ms)
    candidates = [i for i in (at - 1, at) if 0 <= i < len(starts)]
    return min(candidates, key=lambda i: (abs(starts[i] - start_ms), i))
