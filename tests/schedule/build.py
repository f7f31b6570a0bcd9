"""Small hand-made schedules for the rule and engine tests: WUF13 in Baku (UTC+4)."""

from __future__ import annotations

import json
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
from wufops.store.replica import Replica

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


# -- the same kind of event in a real database, written through the op log ----------------------


def seed_schedule(replica: Replica, event_id: str | None = None) -> dict[str, str]:
    """An event (or ``event_id``'s), two rooms (changeover 15), two speakers and four
    sessions: ``opening`` and ``dialogue`` clash in Hall A on day 1; ``side`` is in Room B;
    ``proposal`` is an unplaced draft asking for 90 minutes. Returns every id by name."""
    ids: dict[str, str] = {}
    with replica.batch() as batch:
        ids["event"] = event_id or batch.insert(
            "event",
            {
                "name": "WUF13",
                "venue": "Baku",
                "timezone": "Asia/Baku",
                "first_day": "2026-05-17",
                "last_day": "2026-05-22",
            },
        )
        for name, given, family in (("aysel", "Aysel", "Məmmədova"), ("ivan", "Иван", "Петров")):
            ids[name] = batch.insert(
                "attendee",
                {
                    "event_id": ids["event"],
                    "reg_code": f"WUF-{name}",
                    "given_name": given,
                    "family_name": family,
                    "country": "AZ",
                    "category": "speaker",
                },
            )
        day = [window(d, "08:00", "20:00").to_json() for d in range(6)]
        for key, name, capacity in (("hall", "Hall A", 500), ("room_b", "Room B", 80)):
            ids[key] = batch.insert(
                "room",
                {
                    "event_id": ids["event"],
                    "name": name,
                    "capacity": capacity,
                    "changeover_min": 15,
                    "availability": json.dumps(day),
                },
            )
        for key, title, room_key, start, end, speakers in (
            ("opening", "Opening plenary", "hall", "10:00", "12:00", ["aysel"]),
            ("dialogue", "Housing dialogue", "hall", "11:30", "13:00", ["ivan"]),
            ("side", "Side event on heat", "room_b", "14:00", "15:00", ["aysel", "ivan"]),
        ):
            ids[key] = batch.insert(
                "session",
                {
                    "event_id": ids["event"],
                    "title": title,
                    "type": "plenary" if key == "opening" else "side_event",
                    **Placement(ids[room_key], at(1, start), at(1, end)).to_fields(),
                    "speakers": json.dumps([ids[s] for s in speakers]),
                    "expected_audience": 60,
                    "status": "scheduled",
                },
            )
        ids["proposal"] = batch.insert(
            "session",
            {
                "event_id": ids["event"],
                "title": "Proposal: tactical urbanism",
                "type": "side_event",
                "duration_min": 90,
            },
        )
    return ids
