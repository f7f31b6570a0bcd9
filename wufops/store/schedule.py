"""The schedule's rows: reading rooms, sessions, availability, severities and releases into
``wufops.models.schedule`` values, and writing schedule edits as ops. The only SQL of the
scheduling capability; ``wufops.schedule`` decides, this module reads and records.

Writes take a :class:`~wufops.store.replica.Batch` (the caller's transaction) and go through
the op log like every other edit, so they sync:

- :func:`write_placement` — room, start and end as one op (all three fields, always);
- :func:`write_status`, :func:`write_room`, :func:`write_speaker_availability`,
  :func:`write_severity` (a row per event and rule, id :func:`rule_severity_id`);
- :func:`write_release` — the release record (stamped with its op's HLC and device) and one
  item per released session holding the session's row as it was released.

Reads: :func:`event_info`, :func:`load_rooms`, :func:`load_sessions` (optionally only some
ids, for incremental checks after an edit or a pulled batch), :func:`load_speaker_availability`,
:func:`load_severities`, :func:`releases` (numbered by rank in ``(hlc, device_id)`` order),
:func:`release_items`, :func:`session_rows`, :func:`labels` (titles and names for messages).
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Collection, Iterable, Mapping
from typing import Any, cast

from wufops.errors import CodedError
from wufops.models.schedule import (
    UNPLACED_FIELDS,
    EventInfo,
    ObjectRef,
    Placement,
    Release,
    Room,
    Session,
    SessionStatus,
    Severity,
    SpeakerAvailability,
    Window,
    from_iso,
    merge_windows,
)
from wufops.store.apply import OpRejected
from wufops.store.replica import Batch
from wufops.sync.ops import JsonValue, Op

_SEVERITY_NS = uuid.UUID("0f7d1f5e-52f4-4c47-9a55-2f1d8f3c6b20")
#: session columns a release does not copy (the event is the release's own)
_NOT_RELEASED = frozenset({"event_id"})


class ScheduleStoreError(CodedError):
    """A schedule read or write cannot be done as asked (``code`` is stable)."""


# -- the event -----------------------------------------------------------------------------


def event_info(conn: sqlite3.Connection, event_id: str | None = None) -> EventInfo:
    """The event ``event_id``, or the database's only event.

    Raises ``no_event``, ``unknown_event`` or ``event_ambiguous`` (several events: name one).
    """
    if event_id is not None:
        row = conn.execute("SELECT * FROM event WHERE id = ?", (event_id,)).fetchone()
        if row is None:
            raise ScheduleStoreError("unknown_event", f"no event {event_id} in this database")
        return _event(row)
    rows = conn.execute("SELECT * FROM event ORDER BY id LIMIT 2").fetchall()
    if not rows:
        raise ScheduleStoreError("no_event", "this database holds no event")
    if len(rows) > 1:
        raise ScheduleStoreError(
            "event_ambiguous", "this database holds several events: name one (--event ID)"
        )
    return _event(rows[0])


def _event(row: sqlite3.Row) -> EventInfo:
    return EventInfo(row["id"], row["name"], row["timezone"], row["first_day"], row["last_day"])


# -- reading --------------------------------------------------------------------------------


def _windows(text: str) -> tuple[Window, ...]:
    """The windows of a JSON column; entries that are not windows are left out (a row
    imported by another tool must not stop the checks)."""
    try:
        data = json.loads(text)
    except ValueError:
        return ()
    found = []
    for item in data if isinstance(data, list) else ():
        try:
            found.append(Window.from_json(item))
        except (KeyError, TypeError, ValueError):
            continue
    return merge_windows(found)


def _where_ids(
    sql: str, params: list[Any], ids: Collection[str] | None, column: str = "id"
) -> tuple[str, list[Any]]:
    if ids is None:
        return sql, params
    ids = list(ids)
    return (
        f"{sql} AND {column} IN (SELECT value FROM json_each(?))",
        [*params, json.dumps(ids)],
    )


def load_rooms(
    conn: sqlite3.Connection, event_id: str, ids: Collection[str] | None = None
) -> dict[str, Room]:
    """The event's rooms (only ``ids`` when given), by id."""
    sql, params = _where_ids("SELECT * FROM room WHERE event_id = ?", [event_id], ids)
    rooms = {}
    for row in conn.execute(sql, params):
        try:
            features = frozenset(str(f) for f in json.loads(row["features"]))
        except (TypeError, ValueError):
            features = frozenset()
        rooms[row["id"]] = Room(
            id=row["id"],
            name=row["name"],
            capacity=row["capacity"],
            changeover_min=row["changeover_min"],
            availability=_windows(row["availability"]),
            features=features,
            floor=row["floor"],
            zone=row["zone"],
        )
    return rooms


def _session(row: sqlite3.Row) -> Session:
    placement = None
    if row["room_id"] is not None and row["starts_at"] is not None:
        start, end = from_iso(row["starts_at"]), from_iso(row["ends_at"])
        if end > start:
            placement = Placement(row["room_id"], start, end)
    try:
        speakers = tuple(str(s) for s in json.loads(row["speakers"]))
    except (TypeError, ValueError):
        speakers = ()
    return Session(
        id=row["id"],
        title=row["title"],
        type=row["type"],
        status=row["status"],
        placement=placement,
        speakers=speakers,
        expected_audience=row["expected_audience"],
        format=row["format"],
        high_level=bool(row["high_level"]),
        do_not_stream=bool(row["do_not_stream"]),
        do_not_record=bool(row["do_not_record"]),
        duration_min=row["duration_min"],
    )


def load_sessions(
    conn: sqlite3.Connection, event_id: str, ids: Collection[str] | None = None
) -> dict[str, Session]:
    """The event's sessions (only ``ids`` when given), by id."""
    sql, params = _where_ids("SELECT * FROM session WHERE event_id = ?", [event_id], ids)
    return {row["id"]: _session(row) for row in conn.execute(sql, params)}


def load_speaker_availability(
    conn: sqlite3.Connection, ids: Collection[str] | None = None
) -> dict[str, SpeakerAvailability]:
    """Declared speaker availability (only ``ids`` when given), by attendee id. A speaker
    without a row, or whose row has no window, is available the whole event."""
    sql, params = _where_ids("SELECT * FROM speaker_availability WHERE 1", [], ids)
    return {
        row["id"]: SpeakerAvailability(row["id"], _windows(row["windows"]))
        for row in conn.execute(sql, params)
    }


def load_severities(conn: sqlite3.Connection, event_id: str) -> dict[str, Severity]:
    """The event's rule severities that differ from the rules' defaults, by rule code."""
    return {
        row["rule"]: cast(Severity, row["severity"])
        for row in conn.execute(
            "SELECT rule, severity FROM rule_severity WHERE event_id = ?", (event_id,)
        )
    }


def room_by_name(conn: sqlite3.Connection, event_id: str, name: str) -> str | None:
    """The id of the event's room called ``name`` (exactly, then ignoring case)."""
    row = conn.execute(
        "SELECT id FROM room WHERE event_id = ? AND name = ?", (event_id, name)
    ).fetchone()
    if row is None:
        rows = conn.execute(
            "SELECT id FROM room WHERE event_id = ? AND lower(name) = lower(?)",
            (event_id, name),
        ).fetchall()
        row = rows[0] if len(rows) == 1 else None
    return None if row is None else str(row[0])


def room_names(conn: sqlite3.Connection, event_id: str) -> list[str]:
    return [
        str(r[0])
        for r in conn.execute("SELECT name FROM room WHERE event_id = ? ORDER BY name", (event_id,))
    ]


def session_ids_like(conn: sqlite3.Connection, event_id: str, prefix: str) -> list[str]:
    """The event's session ids that are ``prefix`` or start with it (at most 5)."""
    rows = conn.execute(
        "SELECT id FROM session WHERE event_id = ? AND (id = ? OR substr(id, 1, ?) = ?) "
        "ORDER BY id LIMIT 5",
        (event_id, prefix, len(prefix), prefix),
    )
    return [str(r[0]) for r in rows]


def is_attendee(conn: sqlite3.Connection, attendee_id: str) -> bool:
    row = conn.execute("SELECT 1 FROM attendee WHERE id = ?", (attendee_id,)).fetchone()
    return row is not None


def session_rows(
    conn: sqlite3.Connection, event_id: str, ids: Collection[str] | None = None
) -> dict[str, dict[str, JsonValue]]:
    """Sessions as their rows (every column but ``event_id``), by id: what a release keeps
    and what "changed since the last release" compares."""
    sql, params = _where_ids("SELECT * FROM session WHERE event_id = ?", [event_id], ids)
    return {
        row["id"]: {k: row[k] for k in row.keys() if k not in _NOT_RELEASED}  # noqa: SIM118 (sqlite3.Row)
        for row in conn.execute(sql, params)
    }


def labels(conn: sqlite3.Connection, refs: Iterable[ObjectRef]) -> dict[str, str]:
    """What to call each object in a message, by id: a session's title, a room's name, a
    speaker's name as registered."""
    by_kind: dict[str, set[str]] = {}
    for ref in refs:
        by_kind.setdefault(ref.kind, set()).add(ref.id)
    out: dict[str, str] = {}
    queries = {
        "session": "SELECT id, title FROM session WHERE id IN (SELECT value FROM json_each(?))",
        "room": "SELECT id, name FROM room WHERE id IN (SELECT value FROM json_each(?))",
        "speaker": "SELECT id, trim(given_name || ' ' || family_name) FROM attendee "
        "WHERE id IN (SELECT value FROM json_each(?))",
    }
    for kind, ids in by_kind.items():
        sql = queries.get(kind)
        if sql is not None:
            out.update(
                {str(r[0]): str(r[1]) for r in conn.execute(sql, (json.dumps(sorted(ids)),))}
            )
    return out


# -- writing --------------------------------------------------------------------------------


def write_placement(batch: Batch, session_id: str, placement: Placement | None) -> Op | None:
    """Place (or, with ``None``, unplace) a session: room, start and end in one op.

    Returns the op, or ``None`` when the session already stood there."""
    fields: Mapping[str, JsonValue] = (
        placement.to_fields() if placement is not None else UNPLACED_FIELDS
    )
    return batch.update("session", session_id, fields)


def write_status(batch: Batch, session_id: str, status: SessionStatus) -> Op | None:
    return batch.update("session", session_id, {"status": status})


def write_room(
    batch: Batch,
    room_id: str,
    *,
    capacity: int | None = None,
    changeover_min: int | None = None,
    availability: Iterable[Window] | None = None,
) -> Op | None:
    """Change what the rules read of a room (only the fields given)."""
    fields: dict[str, JsonValue] = {}
    if capacity is not None:
        fields["capacity"] = capacity
    if changeover_min is not None:
        fields["changeover_min"] = changeover_min
    if availability is not None:
        fields["availability"] = _windows_json(availability)
    if not fields:
        return None
    return batch.update("room", room_id, fields)


def _windows_json(windows: Iterable[Window]) -> str:
    return json.dumps(
        [w.to_json() for w in merge_windows(windows)], ensure_ascii=False, separators=(",", ":")
    )


def write_speaker_availability(batch: Batch, attendee_id: str, windows: Iterable[Window]) -> None:
    """Set a speaker's windows (none: available the whole event)."""
    text = _windows_json(windows)
    try:
        batch.update("speaker_availability", attendee_id, {"windows": text})
    except OpRejected as error:
        if error.code != "unknown_row":
            raise
        batch.insert("speaker_availability", {"windows": text}, row_id=attendee_id)


def rule_severity_id(event_id: str, rule: str) -> str:
    """The id of the row holding ``rule``'s severity for ``event_id`` (name-based, the same
    on every device)."""
    return str(uuid.uuid5(_SEVERITY_NS, f"{event_id}/{rule}"))


def write_severity(batch: Batch, event_id: str, rule: str, severity: Severity) -> None:
    row_id = rule_severity_id(event_id, rule)
    try:
        batch.update("rule_severity", row_id, {"severity": severity})
    except OpRejected as error:
        if error.code != "unknown_row":
            raise
        batch.insert(
            "rule_severity",
            {"event_id": event_id, "rule": rule, "severity": severity},
            row_id=row_id,
        )


def write_release(
    batch: Batch,
    event_id: str,
    items: Mapping[str, Mapping[str, JsonValue]],
    *,
    wall_time: str,
    note: str = "",
) -> str:
    """Record a release: its record (stamped) then one item per session in ``items``
    (session id -> the session's row as released). Returns the release id."""
    release_id = batch.event(
        "schedule_release",
        {"event_id": event_id, "item_count": len(items), "note": note, "wall_time": wall_time},
        stamped=True,
    )
    for session_id in sorted(items):
        text = json.dumps(dict(items[session_id]), ensure_ascii=False, separators=(",", ":"))
        batch.event(
            "schedule_release_item",
            {"release_id": release_id, "session_id": session_id, "fields": text},
        )
    return release_id


def releases(conn: sqlite3.Connection, event_id: str) -> list[Release]:
    """The event's releases, oldest first, numbered 1, 2, … by ``(hlc, device_id)``."""
    rows = conn.execute(
        "SELECT r.*, (SELECT count(*) FROM schedule_release_item i WHERE i.release_id = r.id) "
        "AS held FROM schedule_release r WHERE r.event_id = ? ORDER BY r.hlc, r.device_id",
        (event_id,),
    ).fetchall()
    return [
        Release(
            id=row["id"],
            event_id=row["event_id"],
            version=n,
            hlc=row["hlc"],
            device_id=row["device_id"],
            wall_time=row["wall_time"],
            item_count=row["item_count"],
            note=row["note"],
            complete=row["held"] >= row["item_count"],
        )
        for n, row in enumerate(rows, start=1)
    ]


def release_items(conn: sqlite3.Connection, release_id: str) -> dict[str, dict[str, JsonValue]]:
    """What a release contained: session id -> the session's row as released."""
    return {
        str(row[0]): json.loads(row[1])
        for row in conn.execute(
            "SELECT session_id, fields FROM schedule_release_item WHERE release_id = ?",
            (release_id,),
        )
    }
