"""Reading attendees and their derived check-in state — the SQL behind search and the desk.

Owns the queries the attendee workspace and the search index need: every attendee for the
in-memory index, one attendee by id, counts, the event they belong to, their latest badge,
and the check-in state, which is *derived* and never stored as a flag (design.md §3):

- an attendee is checked in iff a ``checkin_event`` of kind ``badge_pickup`` exists for them
  that no ``void`` event points at (``voids_id``);
- of several such pickups the *primary* one is the earliest by ``(hlc, device_id)`` — the same
  order on every replica; the later ones are duplicates, shown to supervisors.

Writes never happen here: corrections go through ``wufops.store.replica.Replica``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, fields

from wufops.attendees.model import Attendee

#: pickups no void points at (the void lookup uses the subquery's ephemeral index)
_LIVE_PICKUPS = (
    "SELECT id, attendee_id, desk, device_id, hlc, wall_time, zone, badge_serial "
    "FROM checkin_event WHERE kind = 'badge_pickup' "
    "AND id NOT IN (SELECT voids_id FROM checkin_event WHERE kind = 'void')"
)


@dataclass(frozen=True)
class Pickup:
    """One badge pickup that has not been voided."""

    id: str
    attendee_id: str
    desk: str
    device_id: str
    hlc: int
    wall_time: str  # UTC ISO-8601 (``…Z``); shown in the event's time zone by the UI
    zone: str
    badge_serial: int | None


@dataclass(frozen=True)
class CheckinState:
    """An attendee's derived check-in state."""

    primary: Pickup | None
    #: later non-voided pickups, in ``(hlc, device_id)`` order — flagged for supervisors
    duplicates: tuple[Pickup, ...] = ()
    #: pickups that a ``void`` event undid
    voided: int = 0

    @property
    def checked_in(self) -> bool:
        return self.primary is not None


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


def _pickup(row: sqlite3.Row) -> Pickup:
    return Pickup(
        id=row["id"],
        attendee_id=row["attendee_id"],
        desk=row["desk"],
        device_id=row["device_id"],
        hlc=row["hlc"],
        wall_time=row["wall_time"],
        zone=row["zone"],
        badge_serial=row["badge_serial"],
    )


def checkin_state(conn: sqlite3.Connection, attendee_id: str) -> CheckinState:
    """The derived check-in state of one attendee (primary pickup, duplicates, voids)."""
    rows = conn.execute(
        "SELECT id, attendee_id, desk, device_id, hlc, wall_time, zone, badge_serial, "
        "EXISTS (SELECT 1 FROM checkin_event v WHERE v.kind = 'void' AND v.voids_id = p.id) "
        "AS is_voided "
        "FROM checkin_event p WHERE p.attendee_id = ? AND p.kind = 'badge_pickup' "
        "ORDER BY p.hlc, p.device_id",
        (attendee_id,),
    ).fetchall()
    live = [_pickup(row) for row in rows if not row["is_voided"]]
    voided = sum(1 for row in rows if row["is_voided"])
    if not live:
        return CheckinState(primary=None, voided=voided)
    return CheckinState(primary=live[0], duplicates=tuple(live[1:]), voided=voided)


def primary_pickup(conn: sqlite3.Connection, attendee_id: str) -> Pickup | None:
    """The pickup that counts: the earliest non-voided one by ``(hlc, device_id)``."""
    return checkin_state(conn, attendee_id).primary


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
