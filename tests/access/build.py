"""Small hand-made access-service events: WUF13 in Baku (UTC+4).

In memory: :func:`access_plan` (sessions, rooms, providers, assignment slots, the event's
rules) as an :class:`~wufops.access.plan.AccessPlan`, via a real engine World. In a real
database, written through the op log: :func:`seed_access`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from tests.schedule.build import EVENT, at, window
from wufops.access.plan import AccessPlan, plan_of
from wufops.models.access import AccessSettings, Assignment, Provider, slot_id
from wufops.models.schedule import (
    Placement,
    Room,
    Session,
    SpeakerAvailability,
    Window,
    merge_windows,
)
from wufops.models.streams import AccessNeeds
from wufops.schedule.world import World
from wufops.store.replica import Replica

__all__ = ["EVENT", "at", "window"]

#: every event day, 08:00–20:00
ALL_DAYS: tuple[Window, ...] = tuple(window(d, "08:00", "20:00") for d in range(6))


def session(
    session_id: str,
    room_id: str,
    start: int,
    end: int,
    *,
    kind: str = "side_event",
    high_level: bool = False,
    fmt: str = "in_person",
) -> Session:
    return Session(
        session_id,
        f"Session {session_id}",
        kind,
        status="scheduled",
        placement=Placement(room_id, start, end),
        format=fmt,
        high_level=high_level,
    )


def interpreter(
    provider_id: str,
    *signs: str,
    accredited: bool = False,
    deaf: bool = False,
    windows: Iterable[Window] = ALL_DAYS,
    absences: Iterable[Window] = (),
    cap: int = 360,
) -> Provider:
    return Provider(
        provider_id,
        f"Interpreter {provider_id}",
        "interpreter",
        sign_languages=signs or ("ils",),
        accreditation=("wfd_wasli_is",) if accredited else ("national",),
        deaf=deaf,
        availability=merge_windows(windows),
        absences=merge_windows(absences),
        max_minutes_per_day=cap,
    )


def captioner(
    provider_id: str,
    *languages: str,
    windows: Iterable[Window] = ALL_DAYS,
    absences: Iterable[Window] = (),
    cap: int = 360,
) -> Provider:
    return Provider(
        provider_id,
        f"Captioner {provider_id}",
        "captioner",
        caption_languages=languages or ("en",),
        availability=merge_windows(windows),
        absences=merge_windows(absences),
        max_minutes_per_day=cap,
    )


def needs(
    session_id: str, *, signs: Sequence[str] = (), captions: Sequence[str] = ()
) -> AccessNeeds:
    return AccessNeeds(session_id, tuple(captions), tuple(signs))


def unit(
    session_id: str,
    service: str,
    language: str,
    slot_no: int,
    provider_id: str | None,
    *,
    feed: str | None = None,
    locked: bool = False,
) -> Assignment:
    return Assignment(
        slot_id(session_id, service, language, slot_no),
        session_id,
        "sign_language" if service == "sign_language" else "captions",
        language,
        slot_no,
        provider_id,
        feed,
        "confirmed" if provider_id else "open",
        locked,
    )


def access_world(
    sessions: Iterable[Session],
    providers: Iterable[Provider],
    demand: Iterable[AccessNeeds],
    assignments: Iterable[Assignment] = (),
    settings: AccessSettings | None = None,
) -> World:
    sessions = list(sessions)
    rooms = {s.placement.room_id for s in sessions if s.placement}
    return World(
        EVENT,
        {
            Room: {r: Room(r, f"Room {r}", 500) for r in sorted(rooms)},
            Session: {s.id: s for s in sessions},
            SpeakerAvailability: {},
            Provider: {p.id: p for p in providers},
            Assignment: {a.id: a for a in assignments},
            AccessNeeds: {n.id: n for n in demand},
            AccessSettings: {settings.id: settings} if settings else {},
        },
    )


def access_plan(
    sessions: Iterable[Session],
    providers: Iterable[Provider],
    demand: Iterable[AccessNeeds],
    assignments: Iterable[Assignment] = (),
    settings: AccessSettings | None = None,
) -> AccessPlan:
    return plan_of(access_world(sessions, providers, demand, assignments, settings))


# -- the same kind of event in a real database ---------------------------------------------------


def seed_access(replica: Replica, event_id: str | None = None) -> dict[str, str]:
    """Monday 18 May in Baku: two rooms; four sessions that need services —

    - ``opening`` (Hall 10:00–12:00, high level, needs International Sign and English
      captions: 2 accredited IS units, 2 captioners);
    - ``side`` (Room B 10:30–11:30, needs Chinese captions: 1 unit);
    - ``talk`` (Room B 11:00–12:00, needs Chinese captions too, at the same time);
    - ``afternoon`` (Hall 14:00–15:00, needs International Sign: 1 unit);

    and five providers: ``is_a``, ``is_b`` (accredited hearing IS interpreters), ``is_deaf``
    (a Deaf accredited one), ``cap_en`` (English), ``cap_zh`` (Chinese and English). One
    Chinese captioner for two Chinese sessions at once: one of them cannot be covered.
    The event is made, or ``event_id``'s is used. Returns every id by name."""
    ids: dict[str, str] = {}
    days = json.dumps([w.to_json() for w in ALL_DAYS])
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
        for key, name in (("hall", "Hall A"), ("room_b", "Room B")):
            ids[key] = batch.insert(
                "room", {"event_id": ids["event"], "name": name, "capacity": 500}
            )
        for key, title, room_key, start, end, kind, high, access in (
            ("opening", "Opening plenary", "hall", "10:00", "12:00", "plenary", 1,
             [("sign_language", "ils"), ("captions", "en")]),
            ("side", "Side event in Chinese", "room_b", "10:30", "11:30", "side_event", 0,
             [("captions", "zh")]),
            ("talk", "Talk in Chinese", "room_b", "11:00", "12:00", "side_event", 0,
             [("captions", "zh")]),
            ("afternoon", "Afternoon dialogue", "hall", "14:00", "15:00", "dialogue", 0,
             [("sign_language", "ils")]),
        ):  # fmt: skip
            ids[key] = batch.insert(
                "session",
                {
                    "event_id": ids["event"],
                    "title": title,
                    "type": kind,
                    "room_id": ids[room_key],
                    "starts_at": Window(at(1, start), at(1, end)).to_json()["start"],
                    "ends_at": Window(at(1, start), at(1, end)).to_json()["end"],
                    "high_level": high,
                    "status": "scheduled",
                    "access_required": json.dumps(
                        [{"service": s, "language": lang} for s, lang in access]
                    ),
                },
            )
        for key, kind, signs, captions, accreditation, deaf in (
            ("is_a", "interpreter", ["ils"], [], ["wfd_wasli_is"], 0),
            ("is_b", "interpreter", ["ils"], [], ["wfd_wasli_is"], 0),
            ("is_deaf", "interpreter", ["ils"], [], ["wfd_wasli_is"], 1),
            ("cap_en", "captioner", [], ["en"], ["crc"], 0),
            ("cap_zh", "captioner", [], ["zh", "en"], [], 0),
        ):
            ids[key] = batch.insert(
                "provider",
                {
                    "event_id": ids["event"],
                    "name": key.replace("_", " ").title(),
                    "kind": kind,
                    "sign_languages": json.dumps(signs),
                    "caption_languages": json.dumps(captions),
                    "accreditation": json.dumps(accreditation),
                    "deaf": deaf,
                    "availability": days,
                },
            )
    return ids
