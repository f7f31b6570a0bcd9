"""The SQL behind badge pickup desks and entry gates: reads only.

Owns the queries ``wufops.checkin`` needs on the scan path, each answered from an index:

- an attendee's pickups and voids (``checkin_attendee`` index: a ``void`` event carries the
  attendee id of the pickup it undoes, so one indexed lookup finds both);
- a badge by serial (``UNIQUE``), an attendee's current valid badge, whether a badge already
  printed successfully;
- the revocation list as a SQL-backed set (``badge_not_valid`` partial index);
- counters: this desk's pickup instants in a time window, entries in a window;
- who recorded a check-in or print: the **enrolled device** its replica is bound to
  (``device_replica``, written by the hub), named from the ``device`` table — never the
  free-text ``desk`` the event carries, which is only a fallback label for replicas no hub
  has bound (a standalone desk, the hub's own file).

WAL checkpoints: SQLite's automatic checkpoint (every 1,000 WAL pages, ~100 scans) would
land inside a scan now and then and cost it several milliseconds. A desk defers it
(:func:`defer_checkpoints`: only past :data:`CHECKPOINT_SAFETY_PAGES`) and checkpoints when
the desk is idle (:func:`checkpoint`, a ``PASSIVE`` checkpoint that never blocks writers).

Gate-safe reads (:func:`badge_by_serial`, :class:`RevokedSerials`, :func:`entry_count`) never
touch the ``attendee`` table: a gate holds no names.

Writes never happen here: every check-in, void and print goes through
``wufops.store.replica.Replica`` so it lands in the op log.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from wufops.models.attendee import Attendee


@dataclass(frozen=True)
class DeskIdentity:
    """Who a replica records as: the enrolled device it is bound to, or itself."""

    #: the enrolled device's id, or the replica id when no hub has bound it (standalone)
    key: str
    #: the enrolled device's name ("" when not enrolled: the desk's own label applies)
    name: str
    enrolled: bool


def desk_identity(conn: sqlite3.Connection, replica_id: str) -> DeskIdentity:
    """The identity check-ins of replica ``replica_id`` count and show under."""
    row = conn.execute(
        "SELECT r.device_id, coalesce(d.name, '') FROM device_replica r "
        "LEFT JOIN device d ON d.id = r.device_id WHERE r.id = ?",
        (replica_id,),
    ).fetchone()
    if row is None:
        return DeskIdentity(replica_id, "", False)
    return DeskIdentity(str(row[0]), str(row[1]), True)


#: the columns that name who recorded an event ``e``: ``desk_name`` (the enrolled device's
#: name, else the event's own label) and ``desk_key`` (the enrolled device's id, else the
#: replica id); join with :data:`_WHO_JOIN`
_WHO = "coalesce(wd.name, e.desk) AS desk_name, coalesce(wr.device_id, e.device_id) AS desk_key"
_WHO_JOIN = (
    "LEFT JOIN device_replica wr ON wr.id = e.device_id LEFT JOIN device wd ON wd.id = wr.device_id"
)


@dataclass(frozen=True)
class PickupRecord:
    """One ``badge_pickup`` event (voided or not)."""

    id: str
    attendee_id: str
    #: who recorded it, for display: the enrolled device's name (see :func:`desk_identity`)
    desk: str
    #: the replica that recorded it (the event's ``device_id``)
    device_id: str
    hlc: int
    wall_time: str  # UTC ISO-8601 (``…Z``)
    badge_serial: int | None
    voided: bool = False
    void_reason: str = ""
    #: who recorded it, as a key: the enrolled device's id (the replica's id if unbound)
    desk_id: str = ""


@dataclass(frozen=True)
class PickupState:
    """An attendee's derived pickup state (design.md §3): never a stored flag."""

    #: the earliest non-voided pickup by ``(hlc, device_id)``: the one that counts
    primary: PickupRecord | None
    #: later non-voided pickups (offline desks that both handed out a badge): for supervisors
    duplicates: tuple[PickupRecord, ...] = ()
    #: pickups undone by a ``void`` event
    voided: tuple[PickupRecord, ...] = ()

    @property
    def picked_up(self) -> bool:
        return self.primary is not None


@dataclass(frozen=True)
class BadgeRecord:
    id: str
    attendee_id: str
    serial: int
    key_id: str
    issued_at: str
    status: str  # valid / revoked / lost
    token: str


@dataclass(frozen=True)
class PrintRecord:
    id: str
    badge_id: str
    attendee_id: str
    printer: str
    desk: str
    device_id: str
    hlc: int
    wall_time: str
    reason: str
    outcome: str


PRINTED_OUTCOMES: tuple[str, ...] = ("printed", "pdf")


def pickup_state(conn: sqlite3.Connection, attendee_id: str) -> PickupState:
    """Primary pickup, duplicates and voided pickups of one attendee (one indexed query)."""
    rows = conn.execute(
        "SELECT e.id, e.attendee_id, e.kind, e.device_id, e.hlc, e.wall_time, e.badge_serial, "
        f"e.voids_id, e.reason, {_WHO} FROM checkin_event e {_WHO_JOIN} "
        "WHERE e.attendee_id = ? AND e.kind IN ('badge_pickup', 'void')",
        (attendee_id,),
    ).fetchall()
    void_reasons = {row["voids_id"]: row["reason"] for row in rows if row["kind"] == "void"}
    pickups = sorted(
        (row for row in rows if row["kind"] == "badge_pickup"),
        key=lambda row: (row["hlc"], row["device_id"]),
    )
    live: list[PickupRecord] = []
    voided: list[PickupRecord] = []
    for row in pickups:
        is_voided = row["id"] in void_reasons
        record = PickupRecord(
            id=row["id"],
            attendee_id=row["attendee_id"],
            desk=row["desk_name"],
            device_id=row["device_id"],
            hlc=row["hlc"],
            wall_time=row["wall_time"],
            badge_serial=row["badge_serial"],
            voided=is_voided,
            void_reason=void_reasons.get(row["id"], ""),
            desk_id=row["desk_key"],
        )
        (voided if is_voided else live).append(record)
    return PickupState(
        primary=live[0] if live else None, duplicates=tuple(live[1:]), voided=tuple(voided)
    )


def pickup_by_id(conn: sqlite3.Connection, checkin_id: str) -> PickupRecord | None:
    """A ``badge_pickup`` event by id (``None`` for another kind or an unknown id)."""
    row = conn.execute(
        "SELECT attendee_id FROM checkin_event WHERE id = ? AND kind = 'badge_pickup'",
        (checkin_id,),
    ).fetchone()
    if row is None:
        return None
    state = pickup_state(conn, row[0])
    everything = [*state.duplicates, *state.voided]
    if state.primary is not None:
        everything.append(state.primary)
    return next((record for record in everything if record.id == checkin_id), None)


def duplicate_pickups(conn: sqlite3.Connection) -> list[PickupState]:
    """Every attendee with more than one non-voided pickup (for the supervisors' list)."""
    rows = conn.execute(
        "SELECT attendee_id FROM checkin_event p WHERE kind = 'badge_pickup' "
        "AND NOT EXISTS (SELECT 1 FROM checkin_event v WHERE v.attendee_id = p.attendee_id "
        "AND v.kind = 'void' AND v.voids_id = p.id) "
        "GROUP BY attendee_id HAVING count(*) > 1 ORDER BY attendee_id"
    ).fetchall()
    return [pickup_state(conn, row[0]) for row in rows]


def _badge(row: sqlite3.Row) -> BadgeRecord:
    return BadgeRecord(
        id=row["id"],
        attendee_id=row["attendee_id"],
        serial=row["serial"],
        key_id=row["key_id"],
        issued_at=row["issued_at"],
        status=row["status"],
        token=row["token"],
    )


_BADGE_COLUMNS = "id, attendee_id, serial, key_id, issued_at, status, token"


def badge_by_serial(conn: sqlite3.Connection, serial: int) -> BadgeRecord | None:
    """The badge with this serial (gate-safe: reads the badge table only)."""
    row = conn.execute(f"SELECT {_BADGE_COLUMNS} FROM badge WHERE serial = ?", (serial,)).fetchone()
    return None if row is None else _badge(row)


def badge_by_id(conn: sqlite3.Connection, badge_id: str) -> BadgeRecord | None:
    row = conn.execute(f"SELECT {_BADGE_COLUMNS} FROM badge WHERE id = ?", (badge_id,)).fetchone()
    return None if row is None else _badge(row)


def valid_badge_for(conn: sqlite3.Connection, attendee_id: str) -> BadgeRecord | None:
    """The attendee's newest badge that is still valid (the one a desk prints)."""
    row = conn.execute(
        f"SELECT {_BADGE_COLUMNS} FROM badge WHERE attendee_id = ? AND status = 'valid' "
        "ORDER BY issued_at DESC, serial DESC LIMIT 1",
        (attendee_id,),
    ).fetchone()
    return None if row is None else _badge(row)


class RevokedSerials:
    """The revocation list as a set answered by the ``badge_not_valid`` partial index.

    ``serial in revoked`` costs one index probe, so a gate never loads the whole list; iterate
    it to export the list.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __contains__(self, serial: object) -> bool:
        if not isinstance(serial, int):
            return False
        row = self._conn.execute(
            "SELECT 1 FROM badge WHERE serial = ? AND status != 'valid'", (serial,)
        ).fetchone()
        return row is not None

    def __iter__(self) -> Iterator[int]:
        rows = self._conn.execute("SELECT serial FROM badge WHERE status != 'valid'").fetchall()
        return iter([int(row[0]) for row in rows])

    def __len__(self) -> int:
        return int(
            self._conn.execute("SELECT count(*) FROM badge WHERE status != 'valid'").fetchone()[0]
        )


def attendee(conn: sqlite3.Connection, attendee_id: str) -> Attendee | None:
    """The attendee a desk shows on its decision card (desks only, never gates)."""
    row = conn.execute("SELECT * FROM attendee WHERE id = ?", (attendee_id,)).fetchone()
    return None if row is None else Attendee.from_row(row)


def attendee_count(conn: sqlite3.Connection, event_id: str) -> int:
    """How many attendees of ``event_id`` this desk holds (``attendee_event`` index)."""
    row = conn.execute("SELECT count(*) FROM attendee WHERE event_id = ?", (event_id,)).fetchone()
    return int(row[0])


def has_successful_print(conn: sqlite3.Connection, badge_id: str) -> bool:
    """Whether this badge was already printed (to paper or to a PDF file) anywhere."""
    row = conn.execute(
        "SELECT 1 FROM print_event WHERE badge_id = ? AND outcome IN ('printed', 'pdf') LIMIT 1",
        (badge_id,),
    ).fetchone()
    return row is not None


def prints_for(conn: sqlite3.Connection, attendee_id: str) -> list[PrintRecord]:
    """Every print of the attendee's badges, oldest first."""
    rows = conn.execute(
        "SELECT e.id, e.badge_id, e.attendee_id, e.printer, coalesce(wd.name, e.desk) AS desk, "
        "e.device_id, e.hlc, e.wall_time, e.reason, e.outcome "
        f"FROM print_event e {_WHO_JOIN} WHERE e.attendee_id = ? ORDER BY e.hlc, e.device_id",
        (attendee_id,),
    ).fetchall()
    return [PrintRecord(**dict(row)) for row in rows]


def pickup_times(
    conn: sqlite3.Connection, desk: DeskIdentity, replica_id: str, since: str, until: str
) -> list[str]:
    """UTC instants of the non-voided pickups recorded by ``desk`` — every replica bound to
    its enrolled device, or ``replica_id`` alone when not enrolled — with
    ``since <= wall_time < until``. Keyed on the device, never on a name: two desks named
    alike do not merge, a renamed one does not split."""
    rows = conn.execute(
        "SELECT p.wall_time FROM checkin_event p WHERE p.kind = 'badge_pickup' "
        "AND p.wall_time >= ? AND p.wall_time < ? "
        "AND (p.device_id = ? OR p.device_id IN (SELECT id FROM device_replica "
        "WHERE device_id = ?)) "
        "AND NOT EXISTS (SELECT 1 FROM checkin_event v WHERE v.attendee_id = p.attendee_id "
        "AND v.kind = 'void' AND v.voids_id = p.id) ORDER BY p.wall_time",
        (since, until, replica_id, desk.key if desk.enrolled else ""),
    ).fetchall()
    return [str(row[0]) for row in rows]


def entry_count(conn: sqlite3.Connection, since: str, until: str, zone: str | None = None) -> int:
    """Entries recorded (by any gate, or at ``zone``) with ``since <= wall_time < until``."""
    sql = "SELECT count(*) FROM checkin_event WHERE kind = 'entry' AND wall_time >= ? "
    sql += "AND wall_time < ?"
    params: list[str] = [since, until]
    if zone is not None:
        sql += " AND zone = ?"
        params.append(zone)
    return int(conn.execute(sql, params).fetchone()[0])


@dataclass(frozen=True)
class EventRef:
    id: str
    timezone: str


def current_event(conn: sqlite3.Connection) -> EventRef | None:
    """The event this database holds (the first one created, if several)."""
    row = conn.execute("SELECT id, timezone FROM event ORDER BY id LIMIT 1").fetchone()
    return None if row is None else EventRef(row[0], row[1])


def event_name(conn: sqlite3.Connection) -> str:
    """The name printed on badges (the first event's name; empty if none)."""
    row = conn.execute("SELECT name FROM event ORDER BY id LIMIT 1").fetchone()
    return "" if row is None else str(row[0])


#: a desk connection still checkpoints by itself past this many WAL pages (~1,000 scans)
CHECKPOINT_SAFETY_PAGES = 10_000


def defer_checkpoints(conn: sqlite3.Connection, pages: int = CHECKPOINT_SAFETY_PAGES) -> None:
    """Keep automatic WAL checkpoints out of the scan path (see the module docstring)."""
    conn.execute(f"PRAGMA wal_autocheckpoint = {int(pages)}")


def checkpoint(conn: sqlite3.Connection) -> None:
    """Copy the WAL into the database now, between scans (``PASSIVE``: never waits)."""
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
