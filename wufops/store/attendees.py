"""Reading attendees and their derived check-in state — the SQL behind search and the desk.

Owns the queries the attendee workspace and the search index need: every attendee for the
in-memory index, one attendee by id, counts, the event they belong to, their latest badge,
and who is checked in, in bulk (for filters and counters). The check-in state is *derived*,
never stored as a flag (design.md §3): an attendee is checked in iff a ``badge_pickup`` exists
that no ``void`` points at. One attendee's primary pickup, duplicates and voids come from
``wufops.store.checkins.pickup_state`` — the one implementation of that rule.

Writes never happen here: corrections go through ``wufops.store.replica.Replica``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, fields
from pathlib import Path

from wufops.errors import CodedError
from wufops.models.attendee import Attendee

#: pickups no void points at (the void lookup uses the subquery's ephemeral index)
_LIVE_PICKUPS = (
    "SELECT id, attendee_id, desk, device_id, hlc, wall_time, zone, badge_serial "
    "FROM checkin_event WHERE kind = 'badge_pickup' "
    "AND id NOT IN (SELECT voids_id FROM checkin_event WHERE kind = 'void')"
)


@dataclass(frozen=True)
class EventInfo:
    id: str
    name: str
    venue: str
    timezone: str  # IANA name, e.g. ``Asia/Baku``
    first_day: str
    last_day: str


@dataclass(frozen=True)
class BadgeInfo:
    id: str
    serial: int
    status: str  # valid / revoked / lost
    issued_at: str  # UTC ISO-8601


_FIELDS = tuple(f.name for f in fields(Attendee))
_FLAGS = ("captions", "step_free", "assistance", "attention", "security_hold")


class StoreReadError(CodedError):
    """An event database that cannot be read: ``db_not_found`` or ``db_unreadable``."""


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can only read the event database at ``path`` and never creates,
    migrates or changes it (a script looking attendees up while the desk runs).

    Raises :class:`StoreReadError`: ``db_not_found`` (no such file: nothing is created at a
    mistyped path) or ``db_unreadable`` (not an SQLite database, or not an event database).
    """
    if not path.is_file():
        raise StoreReadError("db_not_found", f"there is no database file at {path}")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise StoreReadError("db_unreadable", f"{path}: {error}") from None
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("SELECT id, reg_code FROM attendee LIMIT 1").fetchall()
        conn.execute("SELECT id FROM event LIMIT 1").fetchall()
    except sqlite3.Error as error:
        conn.close()
        raise StoreReadError(
            "db_unreadable", f"{path} is not a WUF Ops event database ({error})"
        ) from None
    return conn


def load_all(conn: sqlite3.Connection, event_id: str | None = None) -> list[Attendee]:
    """Every attendee (of one event, if given), in no particular order.

    Reads plain tuples in the value object's field order (37,000 rows in a fraction of the
    time ``Attendee.from_row`` takes per row): this runs at every desk start."""
    sql = f"SELECT {', '.join(_FIELDS)} FROM attendee"
    params: tuple[str, ...] = ()
    if event_id is not None:
        sql += " WHERE event_id = ?"
        params = (event_id,)
    cursor = conn.cursor()
    cursor.row_factory = None
    flags = [_FIELDS.index(name) for name in _FLAGS]
    out = []
    for row in cursor.execute(sql, params):
        values = list(row)
        for at in flags:
            values[at] = bool(values[at])
        out.append(Attendee(*values))
    return out


def get(conn: sqlite3.Connection, attendee_id: str) -> Attendee | None:
    row = conn.execute("SELECT * FROM attendee WHERE id = ?", (attendee_id,)).fetchone()
    return None if row is None else Attendee.from_row(row)


def count(conn: sqlite3.Connection, event_id: str | None = None) -> int:
    if event_id is None:
        row = conn.execute("SELECT count(*) FROM attendee").fetchone()
    else:
        row = conn.execute(
            "SELECT count(*) FROM attendee WHERE event_id = ?", (event_id,)
        ).fetchone()
    return int(row[0])


def checked_in_ids(conn: sqlite3.Connection) -> set[str]:
    """Ids of every attendee with at least one non-voided badge pickup."""
    return {row[0] for row in conn.execute(f"SELECT DISTINCT attendee_id FROM ({_LIVE_PICKUPS})")}


def checked_in_count(conn: sqlite3.Connection) -> int:
    row = conn.execute(f"SELECT count(DISTINCT attendee_id) FROM ({_LIVE_PICKUPS})").fetchone()
    return int(row[0])


def latest_badge(conn: sqlite3.Connection, attendee_id: str) -> BadgeInfo | None:
    """The attendee's most recently issued badge (highest serial), whatever its status."""
    row = conn.execute(
        "SELECT id, serial, status, issued_at FROM badge WHERE attendee_id = ? "
        "ORDER BY serial DESC LIMIT 1",
        (attendee_id,),
    ).fetchone()
    if row is None:
        return None
    return BadgeInfo(row["id"], row["serial"], row["status"], row["issued_at"])


def current_event(conn: sqlite3.Connection) -> EventInfo | None:
    """The event this database holds (the first one created, if there were several)."""
    row = conn.execute(
        "SELECT id, name, venue, timezone, first_day, last_day FROM event ORDER BY id LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    return EventInfo(
        row["id"], row["name"], row["venue"], row["timezone"], row["first_day"], row["last_day"]
    )


@dataclass(frozen=True)
class Correction:
    """One correction of an attendee's record: what changed, why, who (the enrolled device's
    name) and when (UTC ISO)."""

    fields: tuple[str, ...]
    reason: str
    desk: str
    wall_time: str


def corrections_for(conn: sqlite3.Connection, attendee_id: str) -> list[Correction]:
    """The attendee's corrections, oldest first."""
    rows = conn.execute(
        "SELECT c.fields, c.reason, coalesce(d.name, ''), c.wall_time "
        "FROM attendee_correction c LEFT JOIN device_replica r ON r.id = c.device_id "
        "LEFT JOIN device d ON d.id = r.device_id WHERE c.attendee_id = ? "
        "ORDER BY c.hlc, c.device_id",
        (attendee_id,),
    ).fetchall()
    return [
        Correction(tuple(f for f in str(row[0]).split(",") if f), str(row[1]), str(row[2]), row[3])
        for row in rows
    ]
