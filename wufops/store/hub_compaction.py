"""Compacting the hub's change log: drop the entries every device has already pulled.

The change log grows by one row per op for the whole event (37,000 pickups, their prints,
every correction). A device only ever asks for entries above its cursor, and a new device
bootstraps from a snapshot of the hub's tables, never from the log; so an entry that every
device has pulled serves nobody. :func:`compact` deletes those and raises the hub's
``min_retained_seq`` to the highest sequence it deleted. The hub answers a pull from a cursor
below it with ``reset_required("compacted")`` and that device re-snapshots (docs/protocol.md).

The horizon is the lowest cursor among the devices that hold it back: every enrolled,
unrevoked device's current replica (the origin it last said hello from) that has said hello
at least once. The cursor is the one the device sent in its last ``hello``, so the hub never
overestimates it. Devices that never connected will bootstrap anyway; revoked ones never
sync again. With ``stale_after_ms``, a device not seen for that long stops holding the log
back: an operator's choice for a laptop left in a drawer, which re-snapshots when it returns.

What stays: the newest entry always (the log's top is the hub's ``max_seq``, which devices
compare their cursor with), and everything the dedup needs — a replayed push is answered
from ``hub_push``, which compaction never touches. ``min_retained_seq`` only ever rises.
Freed pages are reused by SQLite for new entries; the file does not shrink.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from wufops.clock import iso_utc
from wufops.store import hub_db
from wufops.store.hub_log import HubLog

META_KEY = "min_retained_seq"


@dataclass(frozen=True)
class DeviceCursor:
    name: str
    cursor: int
    last_contact: str


@dataclass(frozen=True)
class Compaction:
    """What a compaction did (or, dry run, would do)."""

    #: ``min_retained_seq`` after it: entries at or below are gone
    horizon: int
    #: ``min_retained_seq`` before it
    previous: int
    #: change-log entries deleted
    dropped: int
    #: entries left
    kept: int
    #: the slowest of the devices that hold the log back (their cursor sets the horizon)
    held_back_by: tuple[str, ...]
    #: devices left behind the horizon (stale): they re-snapshot on their next sync
    re_snapshot: tuple[str, ...]
    dry_run: bool


def device_cursors(conn: sqlite3.Connection) -> list[DeviceCursor]:
    """The last hello of each enrolled, unrevoked device's current replica."""
    rows = conn.execute(
        "SELECT o.device_name, o.cursor, o.last_contact FROM hub_origin o "
        "JOIN hub_device_auth a ON a.name = o.device_name AND a.revoked = 0 "
        "WHERE o.cursor IS NOT NULL AND o.last_contact IS NOT NULL "
        "AND o.last_contact = (SELECT max(last_contact) FROM hub_origin n "
        "WHERE n.device_name = o.device_name) "
        "ORDER BY o.device_name"
    ).fetchall()
    return [DeviceCursor(str(r[0]), int(r[1]), str(r[2])) for r in rows]


def compact(
    log: HubLog, *, now_ms: int, stale_after_ms: int | None = None, dry_run: bool = False
) -> Compaction:
    """Drop the change-log entries every device that holds the log back has pulled."""
    conn = log.conn
    with log.replica.transaction():
        previous = int(hub_db.meta(conn, META_KEY) or 0)
        top = hub_db.max_seq(conn)
        devices = device_cursors(conn)
        stale_before = iso_utc(now_ms - stale_after_ms) if stale_after_ms is not None else ""
        holding = [d for d in devices if d.last_contact >= stale_before]
        slowest = min((d.cursor for d in holding), default=top)
        horizon = max(previous, min(slowest, top - 1))
        held_back_by = tuple(d.name for d in holding if d.cursor == slowest)
        behind = tuple(d.name for d in devices if d.cursor < horizon)
        dropped = 0
        if horizon > previous:
            dropped = int(
                conn.execute(
                    "SELECT count(*) FROM change_log WHERE seq <= ?", (horizon,)
                ).fetchone()[0]
            )
            if not dry_run:
                conn.execute("DELETE FROM change_log WHERE seq <= ?", (horizon,))
                hub_db.set_meta(conn, META_KEY, str(horizon))
        total = int(conn.execute("SELECT count(*) FROM change_log").fetchone()[0])
    return Compaction(
        horizon=horizon,
        previous=previous,
        dropped=dropped,
        kept=total - dropped if dry_run else total,
        held_back_by=held_back_by,
        re_snapshot=behind,
        dry_run=dry_run,
    )
