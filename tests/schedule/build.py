"""Small hand-made schedules for the rule and engine tests: WUF13 in Baku (UTC+4)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from wufops.models.schedule import (
    EventInfo,
    Placement,
    Room,
    Session,
    SessionStatus,
    SpeakerAvailability,
    Window,
    merge_windows,
)
from wufops.schedule.world import World

BAKU = ZoneInfo("Asia/Baku")
EVENT = EventInfo("event-1", "WUF13", "Asia/Baku", "2026-05-17", "2026-05-22")


def at(day: int, hhmm: str) -> int:
    """The instant of local ``hh:mm`` on event day ``day`` (0 = Sunday 17 May 2026)."""
    hours, minutes = (int(x) for x in hhmm.split(":"))
    local = datetime(2026, 5, 17, tzinfo=BAKU) + timedelta(days=day, hours=hours, minutes=minutes)
    return int(local.timestamp() * 1000)


def window(day: int, start: str, end: str, end_day: int | None = None) -> Window:
    return Window(at(day, start), at(day if end_day is None else end_day, end))


def room(
    room_id: str,
    capacity: int = 100,
    changeover: int = 0,
    windows: Iterable[Window] = (),
) -> Room:
    return Room(room_id, f"Room {room_id}", capacity, changeover, merge_windows(windows))


def session(
    session_id: str,
    room_id: str | None,
    start: int = 0,
    end: int = 0,
    *,
    speakers: Iterable[str] = (),
    audience: int = 10,
    status: SessionStatus = "scheduled",
    fmt: str = "in_person",
) -> Session:
    placement = Placement(room_id, start, end) if room_id is not None else None
    return Session(
        session_id,
        f"Session {session_id}",
        "side_event",
        status=status,
        placement=placement,
        speakers=tuple(speakers),
        expected_audience=audience,
        format=fmt,
    )


def speaker(attendee_id: str, windows: Iterable[Window]) -> SpeakerAvailability:
    return SpeakerAvailability(attendee_id, merge_windows(windows))


def world(
    rooms: Iterable[Room],
    sessions: Iterable[Session],
    speakers: Iterable[SpeakerAvailability] = (),
) -> World:
    return World(
        EVENT,
        {
            Room: {r.id: r for r in rooms},
            Session: {s.id: s for s in sessions},
            SpeakerAvailability: {s.id: s for s in speakers},
        },
    )
