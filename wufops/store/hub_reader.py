"""The hub's read side: change pages, digests, device lists, refusals.

One :class:`HubReader` per reader thread, each on its own connection (WAL): readers never
wait for the writer. Snapshot files are built on these connections too
(``wufops.store.hub_snapshot``), each from one read transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wufops.store import hub_db
from wufops.store.entities import TABLE_ORDER, columns
from wufops.store.hub_db import DeviceAuth, LogEntry, hash_token, open_hub_connection
from wufops.sync.digest import table_digest
from wufops.sync.hlc import SUSPECT_AHEAD_MS, ClockBounds
from wufops.sync.roles import redact_row, sees_table


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    name: str
    role: str
    revoked: bool
    created_at: str
    last_contact: str | None
    pushed: int
    rejected: int
    #: code and time of the newest op the hub refused from this device ("" if none)
    last_refusal: str = ""
    last_refusal_at: str = ""
    #: the device's clock minus the hub's at its last hello (ms; ``None``: never said)
    clock_offset_ms: int | None = None
    #: its clock is more than a minute off the hub's, or its newest refusal is
    #: ``clock_skew``: the device list shows the row in red
    clock_skew: bool = False


class HubReader:
    """Read-side queries on their own connection (one per reader thread)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @classmethod
    def open(cls, path: str | Path) -> HubReader:
        return cls(open_hub_connection(path))

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def _read(self) -> Iterator[None]:
        """One consistent view (a WAL read transaction)."""
        self.conn.execute("BEGIN")
        try:
            yield
        finally:
            self.conn.execute("COMMIT")

    def max_seq(self) -> int:
        return hub_db.max_seq(self.conn)

    def epoch(self) -> str:
        return hub_db.meta(self.conn, "hub_epoch") or ""

    def min_retained_seq(self) -> int:
        return int(hub_db.meta(self.conn, "min_retained_seq") or 0)

    def expected_client_seq(self, origin: str) -> int:
        row = self.conn.execute(
            "SELECT last_client_seq FROM hub_origin WHERE origin = ?", (origin,)
        ).fetchone()
        return 1 if row is None else int(row[0]) + 1

    def origin_owner(self, origin: str) -> str | None:
        """The device a replica id is bound to (by its first hello), unless that device has
        been revoked (then a newly enrolled device may take the replica over)."""
        row = self.conn.execute(
            "SELECT o.device_name, coalesce(a.revoked, 0) FROM hub_origin o "
            "LEFT JOIN hub_device_auth a ON a.name = o.device_name WHERE o.origin = ?",
            (origin,),
        ).fetchone()
        if row is None or not row[0] or row[1]:
            return None
        return str(row[0])

    def hlc(self) -> int:
        row = self.conn.execute("SELECT value FROM replica_meta WHERE key = 'hlc'").fetchone()
        return 0 if row is None else int(row[0])

    def authenticate(self, token: str) -> DeviceAuth | None:
        row = self.conn.execute(
            "SELECT device_id, name, role, revoked FROM hub_device_auth WHERE token_hash = ?",
            (hash_token(token),),
        ).fetchone()
        if row is None:
            return None
        return DeviceAuth(row[0], row[1], row[2], bool(row[3]))

    def revoked_names(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT name FROM hub_device_auth WHERE revoked")}

    def devices(self, bounds: ClockBounds | None = None) -> list[DeviceInfo]:
        """Every enrolled device with its contact, push and refusal counts, its newest
        refusal and its clock offset (flagged beyond ``bounds``, the hub's by default)."""
        bounds = bounds or ClockBounds()
        rows = self.conn.execute(
            "SELECT a.device_id, a.name, a.role, a.revoked, a.created_at, "
            "(SELECT max(last_contact) FROM hub_origin o WHERE o.device_name = a.name), "
            "(SELECT count(*) FROM hub_push p JOIN hub_origin o ON o.origin = p.origin "
            " WHERE o.device_name = a.name), "
            "(SELECT count(*) FROM hub_push p JOIN hub_origin o ON o.origin = p.origin "
            " WHERE o.device_name = a.name AND p.status = 'rejected'), "
            "(SELECT p.code || ' ' || p.received_at FROM hub_push p JOIN hub_origin o "
            " ON o.origin = p.origin WHERE o.device_name = a.name AND p.status = 'rejected' "
            " ORDER BY p.received_at DESC, p.client_seq DESC LIMIT 1), "
            "(SELECT o.clock_offset_ms FROM hub_origin o WHERE o.device_name = a.name "
            " ORDER BY o.last_contact DESC LIMIT 1) "
            "FROM hub_device_auth a ORDER BY a.name"
        ).fetchall()
        out = []
        for r in rows:
            code, _, at = (r[8] or "").partition(" ")
            offset = None if r[9] is None else int(r[9])
            far = offset is not None and abs(offset) > SUSPECT_AHEAD_MS
            out.append(
                DeviceInfo(
                    r[0],
                    r[1],
                    r[2],
                    bool(r[3]),
                    r[4],
                    r[5],
                    r[6],
                    r[7],
                    code,
                    at,
                    offset,
                    far or code == "clock_skew",
                )
            )
        return out

    def changes(self, cursor: int, limit: int) -> list[LogEntry]:
        rows = self.conn.execute(
            "SELECT seq, op, clock_suspect FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?",
            (cursor, limit),
        ).fetchall()
        return [LogEntry(r[0], r[1], bool(r[2])) for r in rows]

    def digests(self, role: str) -> tuple[int, dict[str, Any]]:
        """``(seq, {table: {"count", "hash"}})`` over what ``role`` sees, at one instant."""
        with self._read():
            seq = hub_db.max_seq(self.conn)
            out: dict[str, Any] = {}
            for table in TABLE_ORDER:
                if not sees_table(role, table):
                    continue
                cols = columns(self.conn, table)
                rows = self.conn.execute(f"SELECT {', '.join(cols)} FROM {table}")
                out[table] = table_digest(redact_row(role, table, cols, tuple(r)) for r in rows)
        return seq, out

    def rejected(self, limit: int = 500) -> list[dict[str, Any]]:
        """Recently rejected ops across all devices (for supervisors and operators)."""
        rows = self.conn.execute(
            "SELECT p.received_at, o.device_name, p.entity, p.code, p.detail, p.op_id "
            "FROM hub_push p LEFT JOIN hub_origin o ON o.origin = p.origin "
            "WHERE p.status = 'rejected' ORDER BY p.received_at DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [dict(r) for r in rows]
