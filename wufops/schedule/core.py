"""The room and speaker rules (C1–C5), their axes and sources: :func:`core_registry`.

| code | | default | objects | parameters |
|---|---|---|---|---|
| ``room_overlap`` | C1 | block | session, session, room | overlap_min, gap_min, changeover_min |
| ``room_unavailable`` | C2 | block | session, room | — |
| ``speaker_double_booked`` | C3 | warn | session, session, speaker | overlap_min |
| ``speaker_unavailable`` | C4 | warn | session, speaker | — |
| ``over_capacity`` | C5 | warn | session, room | expected, capacity |

- **C1** two sessions in one room where the second starts before the first ends plus the
  room's changeover (``gap_min`` < ``changeover_min``; ``overlap_min`` > 0 when they
  overlap outright). Same start and same length is an overlap too (pretalx #1266).
- **C2** the session is not inside one of the room's availability windows; windows that
  touch or overlap count as one (a room open 20:00–24:00 and 00:00–02:00 holds a session
  23:00–01:00, pretalx #1087). A room with no window is available the whole event.
- **C3** one speaker in two sessions that overlap (any rooms).
- **C4** the session is not inside one of the speaker's declared windows; a speaker who
  declared none is available the whole event. Changing the windows rechecks the speaker's
  sessions at once (pretalx #480).
- **C5** more people expected than the room seats. Online sessions are not checked: their
  audience is not in the room.

Sessions in sessions' order: the objects of a pair are the earlier one first (by start, then
id), so a finding's key is the same whichever session moved.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable

from wufops.models.schedule import (
    MINUTE_MS,
    EventInfo,
    Finding,
    ObjectRef,
    Room,
    Session,
    SpeakerAvailability,
    within,
)
from wufops.schedule.rules import Axis, Bucket, Reach, Registry, Rule, Source
from wufops.schedule.world import World
from wufops.store import schedule as store


def _minutes_up(ms: int) -> int:
    return -(-ms // MINUTE_MS)


class RoomAxis(Axis):
    """Sessions by room; a session reaches to its end plus the room's changeover."""

    name = "room"
    subject_kinds = (Room,)

    def reach(self, world: World, session: Session) -> Iterable[Reach]:
        placement = session.placement
        assert placement is not None
        room = world.rooms.get(placement.room_id)
        buffer = room.changeover_min * MINUTE_MS if room is not None else 0
        return (Reach(placement.room_id, placement.start_ms, placement.end_ms + buffer),)


class SpeakerAxis(Axis):
    """Sessions by speaker (attendee id)."""

    name = "speaker"
    subject_kinds = (SpeakerAvailability,)

    def reach(self, world: World, session: Session) -> Iterable[Reach]:
        placement = session.placement
        assert placement is not None
        return (
            Reach(speaker, placement.start_ms, placement.end_ms)
            for speaker in dict.fromkeys(session.speakers)
        )


def _session(s: Session) -> ObjectRef:
    return ObjectRef("session", s.id)


class RoomOverlap(Rule):
    code = "room_overlap"
    default_severity = "block"
    axis = "room"
    catalogue = "C1"

    def check(self, bucket: Bucket, world: World) -> Iterable[Finding]:
        sessions = bucket.sessions
        if len(sessions) < 2:
            return
        room = world.rooms.get(bucket.subject)
        changeover = room.changeover_min if room is not None else 0
        buffer = changeover * MINUTE_MS
        where = ObjectRef("room", bucket.subject)
        for index, first in enumerate(sessions):
            a = first.placement
            assert a is not None
            for second in sessions[index + 1 :]:
                b = second.placement
                assert b is not None
                if b.start_ms >= a.end_ms + buffer:
                    break
                yield Finding(
                    self.code,
                    (_session(first), _session(second), where),
                    {
                        "overlap_min": _minutes_up(max(0, min(a.end_ms, b.end_ms) - b.start_ms)),
                        "gap_min": max(0, b.start_ms - a.end_ms) // MINUTE_MS,
                        "changeover_min": changeover,
                    },
                )


class RoomUnavailable(Rule):
    code = "room_unavailable"
    default_severity = "block"
    axis = "room"
    catalogue = "C2"

    def check(self, bucket: Bucket, world: World) -> Iterable[Finding]:
        room = world.rooms.get(bucket.subject)
        if room is None or not room.availability:
            return
        where = ObjectRef("room", bucket.subject)
        for session in bucket.sessions:
            p = session.placement
            assert p is not None
            if not within(room.availability, p.start_ms, p.end_ms):
                yield Finding(self.code, (_session(session), where))


class OverCapacity(Rule):
    code = "over_capacity"
    default_severity = "warn"
    axis = "room"
    catalogue = "C5"

    def check(self, bucket: Bucket, world: World) -> Iterable[Finding]:
        room = world.rooms.get(bucket.subject)
        if room is None:
            return
        where = ObjectRef("room", bucket.subject)
        for session in bucket.sessions:
            if session.format != "online" and session.expected_audience > room.capacity:
                yield Finding(
                    self.code,
                    (_session(session), where),
                    {"expected": session.expected_audience, "capacity": room.capacity},
                )


class SpeakerDoubleBooked(Rule):
    code = "speaker_double_booked"
    default_severity = "warn"
    axis = "speaker"
    catalogue = "C3"

    def check(self, bucket: Bucket, world: World) -> Iterable[Finding]:
        sessions = bucket.sessions
        if len(sessions) < 2:
            return
        who = ObjectRef("speaker", bucket.subject)
        for index, first in enumerate(sessions):
            a = first.placement
            assert a is not None
            for second in sessions[index + 1 :]:
                b = second.placement
                assert b is not None
                if b.start_ms >= a.end_ms:
                    break
                overlap = _minutes_up(min(a.end_ms, b.end_ms) - b.start_ms)
                yield Finding(
                    self.code, (_session(first), _session(second), who), {"overlap_min": overlap}
                )


class SpeakerUnavailable(Rule):
    code = "speaker_unavailable"
    default_severity = "warn"
    axis = "speaker"
    catalogue = "C4"

    def check(self, bucket: Bucket, world: World) -> Iterable[Finding]:
        declared = world.speakers.get(bucket.subject)
        if declared is None or not declared.windows:
            return
        who = ObjectRef("speaker", bucket.subject)
        for session in bucket.sessions:
            p = session.placement
            assert p is not None
            if not within(declared.windows, p.start_ms, p.end_ms):
                yield Finding(self.code, (_session(session), who))


def _rooms(
    conn: sqlite3.Connection, event: EventInfo, ids: Collection[str] | None
) -> dict[str, Room]:
    return store.load_rooms(conn, event.id, ids)


def _sessions(
    conn: sqlite3.Connection, event: EventInfo, ids: Collection[str] | None
) -> dict[str, Session]:
    return store.load_sessions(conn, event.id, ids)


def _speakers(
    conn: sqlite3.Connection, event: EventInfo, ids: Collection[str] | None
) -> dict[str, SpeakerAvailability]:
    return store.load_speaker_availability(conn, ids)


ROOM_SOURCE = Source(Room, "room", _rooms)
SESSION_SOURCE = Source(Session, "session", _sessions)
SPEAKER_SOURCE = Source(SpeakerAvailability, "speaker_availability", _speakers)

#: the core rules, in catalogue order
CORE_RULES: tuple[type[Rule], ...] = (
    RoomOverlap,
    RoomUnavailable,
    SpeakerDoubleBooked,
    SpeakerUnavailable,
    OverCapacity,
)


def core_registry() -> Registry:
    """A new registry with the room and speaker axes, C1–C5 and their sources."""
    return Registry().add(
        axes=[RoomAxis(), SpeakerAxis()],
        rules=[rule() for rule in CORE_RULES],
        sources=[ROOM_SOURCE, SESSION_SOURCE, SPEAKER_SOURCE],
    )
