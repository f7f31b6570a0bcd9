"""Schedule edits, each validated and written through the op log (so it syncs), the same
way from the CLI and from the schedule workspace:

- :func:`move_session` — room, start and end as one op (the session keeps its length when
  no end is given); :func:`unplace_session` takes a session off the grid;
- :func:`set_status` — ``draft``, ``scheduled`` or ``cancelled`` (``released`` only comes
  from a release, ``wufops.schedule.release``);
- :func:`set_severity` — a rule's severity for the event (``block``, ``warn``, ``off``);
- :func:`set_room` — capacity, changeover, availability windows;
- :func:`set_speaker_availability` — a speaker's windows.

Refusals are :class:`ScheduleError` with a stable code; nothing is written then. Times come
as instants (ms); :func:`parse_instant` reads ISO text with an offset, or without one as the
event's local time.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from wufops.errors import CodedError
from wufops.models.schedule import (
    MINUTE_MS,
    SEVERITIES,
    STATUSES,
    Placement,
    Session,
    SessionStatus,
    Window,
)
from wufops.schedule.rules import Registry
from wufops.store import schedule as store
from wufops.store.replica import Replica
from wufops.sync.ops import Op

#: the statuses a coordinator sets by hand
SETTABLE: tuple[SessionStatus, ...] = ("draft", "scheduled", "cancelled")
#: longest session the schedule accepts (a multi-day exhibition is not a session)
MAX_SESSION_MIN = 24 * 60


class ScheduleError(CodedError):
    """A schedule edit refused: ``code`` is stable, ``detail`` says why in English."""


def parse_instant(text: str, zone: ZoneInfo) -> int:
    """``2026-05-18T10:30+04:00``, ``…Z``, or ``2026-05-18T10:30`` (the event's local time)
    as an instant (ms). Raises ``bad_time``."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ScheduleError(
            "bad_time",
            f'"{text}" is not a date and time; write 2026-05-18T10:30 (the event\'s local '
            "time) or 2026-05-18T10:30+04:00",
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return round(moment.timestamp() * 1000)


def resolve_session(conn: sqlite3.Connection, event_id: str, text: str) -> str:
    """The id of the session ``text`` names (its id, or the start of one, 8+ characters).

    Raises ``unknown_session`` or ``ambiguous_session``."""
    text = text.strip()
    found = store.session_ids_like(conn, event_id, text) if len(text) >= 8 else []
    if text in found:
        return text
    if not found:
        raise ScheduleError("unknown_session", f"no session {text!r} in this event")
    if len(found) > 1:
        raise ScheduleError(
            "ambiguous_session", f"{text!r} starts several session ids: {', '.join(found)} …"
        )
    return found[0]


def resolve_room(conn: sqlite3.Connection, event_id: str, name: str) -> str:
    """The id of the room called ``name`` (case ignored when that is unambiguous)."""
    room_id = store.room_by_name(conn, event_id, name.strip())
    if room_id is None:
        rooms = store.room_names(conn, event_id)
        hint = ", ".join(rooms[:8]) + (" …" if len(rooms) > 8 else "")
        raise ScheduleError("unknown_room", f"no room called {name!r}; rooms: {hint}")
    return room_id


def plan_move(session: Session, room_id: str, start_ms: int, end_ms: int | None) -> Placement:
    """Where ``session`` goes: without ``end_ms`` it keeps its length (placed), or takes the
    length it asks for (``duration_min``). Raises ``end_required``, ``bad_placement``."""
    if end_ms is None:
        if session.placement is not None:
            end_ms = start_ms + (session.placement.end_ms - session.placement.start_ms)
        elif session.duration_min > 0:
            end_ms = start_ms + session.duration_min * MINUTE_MS
        else:
            raise ScheduleError(
                "end_required", "the session is not placed and asks for no length: give its end"
            )
    if end_ms <= start_ms:
        raise ScheduleError("bad_placement", "a session ends after it starts")
    if end_ms - start_ms > MAX_SESSION_MIN * MINUTE_MS:
        raise ScheduleError("bad_placement", f"a session lasts at most {MAX_SESSION_MIN} min")
    return Placement(room_id, start_ms, end_ms)


@dataclass(frozen=True)
class Moved:
    session_id: str
    before: Placement | None
    after: Placement | None
    #: the op written (``None``: the session already stood there)
    op: Op | None


def _session(conn: sqlite3.Connection, event_id: str, session_id: str) -> Session:
    found = store.load_sessions(conn, event_id, [session_id]).get(session_id)
    if found is None:
        raise ScheduleError("unknown_session", f"no session {session_id} in this event")
    return found


def move_session(
    replica: Replica,
    session_id: str,
    room_id: str,
    start_ms: int,
    end_ms: int | None = None,
    *,
    event_id: str | None = None,
) -> Moved:
    """Place a session in ``room_id`` from ``start_ms`` (to ``end_ms``, or keeping its
    length): one op carrying room, start and end. Conflicts do not stop a move; they show."""
    with replica.batch() as batch:
        conn = replica.conn
        event = store.event_info(conn, event_id)
        session = _session(conn, event.id, session_id)
        if not store.load_rooms(conn, event.id, [room_id]):
            raise ScheduleError("unknown_room", f"no room {room_id} in this event")
        placement = plan_move(session, room_id, start_ms, end_ms)
        op = store.write_placement(batch, session_id, placement)
    return Moved(session_id, session.placement, placement, op)


def unplace_session(replica: Replica, session_id: str, *, event_id: str | None = None) -> Moved:
    """Take a session off the grid (room, start and end cleared in one op). A scheduled or
    released session goes back to ``draft``: only placed sessions are scheduled."""
    with replica.batch() as batch:
        conn = replica.conn
        event = store.event_info(conn, event_id)
        session = _session(conn, event.id, session_id)
        op = store.write_placement(batch, session_id, None)
        if session.status in ("scheduled", "released"):
            store.write_status(batch, session_id, "draft")
    return Moved(session_id, session.placement, None, op)


def set_status(
    replica: Replica, session_id: str, status: str, *, event_id: str | None = None
) -> Op | None:
    """Set a session's status by hand: ``draft``, ``scheduled`` (placed sessions only) or
    ``cancelled``. Raises ``bad_status``, ``release_only``, ``not_placed``."""
    if status == "released":
        raise ScheduleError(
            "release_only", "sessions become released by a release (wufops schedule release)"
        )
    if status not in SETTABLE:
        raise ScheduleError("bad_status", f"status {status!r}: one of {', '.join(SETTABLE)}")
    with replica.batch() as batch:
        conn = replica.conn
        event = store.event_info(conn, event_id)
        session = _session(conn, event.id, session_id)
        if status == "scheduled" and session.placement is None:
            raise ScheduleError(
                "not_placed", "place the session in a room and time before scheduling it"
            )
        return store.write_status(batch, session_id, status)


def set_severity(
    replica: Replica,
    registry: Registry,
    rule: str,
    severity: str,
    *,
    event_id: str | None = None,
) -> None:
    """Set how the event treats ``rule``. Raises ``unknown_rule``, ``bad_severity``."""
    if registry.rule(rule) is None:
        codes = ", ".join(r.code for r in registry.rules)
        raise ScheduleError("unknown_rule", f"no rule {rule!r}; rules: {codes}")
    if severity not in SEVERITIES:
        raise ScheduleError(
            "bad_severity", f"severity {severity!r}: one of {', '.join(SEVERITIES)}"
        )
    with replica.batch() as batch:
        event = store.event_info(replica.conn, event_id)
        store.write_severity(batch, event.id, rule, severity)


def set_room(
    replica: Replica,
    room_id: str,
    *,
    capacity: int | None = None,
    changeover_min: int | None = None,
    availability: Iterable[Window] | None = None,
    event_id: str | None = None,
) -> Op | None:
    """Change a room's capacity, changeover (minutes) or availability windows.
    Raises ``unknown_room``, ``bad_capacity``, ``bad_changeover``."""
    if capacity is not None and not 0 < capacity <= 1_000_000:
        raise ScheduleError("bad_capacity", f"capacity {capacity}: a number of seats above 0")
    if changeover_min is not None and not 0 <= changeover_min <= 1440:
        raise ScheduleError("bad_changeover", f"changeover {changeover_min}: 0 … 1440 minutes")
    with replica.batch() as batch:
        event = store.event_info(replica.conn, event_id)
        if not store.load_rooms(replica.conn, event.id, [room_id]):
            raise ScheduleError("unknown_room", f"no room {room_id} in this event")
        return store.write_room(
            batch,
            room_id,
            capacity=capacity,
            changeover_min=changeover_min,
            availability=availability,
        )


def set_speaker_availability(replica: Replica, attendee_id: str, windows: Iterable[Window]) -> None:
    """Set when a speaker (an attendee id) can speak; no window: the whole event.
    Raises ``unknown_speaker``."""
    windows = list(windows)
    with replica.batch() as batch:
        if not store.is_attendee(replica.conn, attendee_id):
            raise ScheduleError("unknown_speaker", f"no attendee {attendee_id}")
        store.write_speaker_availability(batch, attendee_id, windows)


__all__ = [
    "MAX_SESSION_MIN",
    "SETTABLE",
    "STATUSES",
    "Moved",
    "ScheduleError",
    "move_session",
    "parse_instant",
    "plan_move",
    "resolve_room",
    "resolve_session",
    "set_room",
    "set_severity",
    "set_speaker_availability",
    "set_status",
    "unplace_session",
]
