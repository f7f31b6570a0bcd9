"""The single write path of the app: every change is an op.

One transaction changes the rows (through the merge rule in ``wufops.store.apply``), records
the field versions and appends the op to the outbox, and persists the hybrid logical clock —
so the hub and the transport can carry exactly what was committed, and a desk that is killed
mid-write has either all of it or none of it.

    replica = Replica.open(path, SystemClock())
    with replica.batch() as batch:
        batch.update("attendee", attendee_id, {"family_name": "Məmmədova"})
        batch.event("checkin_event", {...})
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wufops.clock import Clock, iso_utc
from wufops.ids import uuid7, uuid7s
from wufops.store.apply import OpRejected, apply_inserts, apply_op
from wufops.store.database import Durability, connect
from wufops.store.entities import EDITED, EVENTS, UnknownEntity, check_fields
from wufops.sync import hlc as hlc_mod
from wufops.sync.merge import complete_groups
from wufops.sync.ops import JsonValue, Op, OpKind

#: an op's body as the outbox stores it (compact, names in every script unescaped)
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

META_DEVICE_ID = "device_id"
META_HLC = "hlc"
#: ms to add to this machine's clock to get the hub's (set at ``welcome`` when the two differ
#: by more than ``hlc.CORRECT_BEYOND_MS``; 0 otherwise): HLCs and wall times use the sum
META_CLOCK_CORRECTION = "clock.correction_ms"
#: changes whenever the persisted HLC is set back (a poisoned clock repaired at ``welcome``):
#: every connection on the file then takes the file's HLC as it is, not the max with its own
META_CLOCK_RESET = "clock.reset"


class Batch:
    """Writes collected inside one transaction; obtain it from :meth:`Replica.batch`."""

    def __init__(self, replica: Replica) -> None:
        self._replica = replica
        self.ops: list[Op] = []

    def insert(
        self, entity: str, fields: Mapping[str, JsonValue], row_id: str | None = None
    ) -> str:
        """Create a row of an edited entity; returns its id (UUIDv7 unless given)."""
        if entity not in EDITED:
            raise UnknownEntity(entity)
        return self._write("insert", entity, row_id, dict(fields), base={})

    def insert_many(
        self, entity: str, rows: Iterable[tuple[str | None, Mapping[str, JsonValue]]]
    ) -> list[str]:
        """Create many rows of an edited entity: ``(row id or None, fields)`` each, returning
        the ids. Exactly what :meth:`insert` would do row by row — one insert op each, its own
        HLC, its field versions, its outbox row, all in this batch's transaction — written
        set-wise (``apply_inserts``; a row already here goes through the merge rule)."""
        if entity not in EDITED:
            raise UnknownEntity(entity)
        replica = self._replica
        device = replica.device_id
        given = list(rows)
        if not given:
            return []
        ops: list[Op] = []
        run_ms, pool = -1, iter(list[str]())
        for at, (stamp, (row_id, fields)) in enumerate(
            zip(replica._next_hlcs(len(given)), given, strict=True)
        ):
            ms = hlc_mod.physical_ms(stamp)
            if ms != run_ms:  # ids of the instant each op is stamped at
                run_ms, pool = ms, iter(uuid7s(ms, 2 * (len(given) - at)))
            op_id = next(pool)
            ops.append(
                Op(op_id, device, stamp, "insert", entity, row_id or next(pool), dict(fields))
            )
        apply_inserts(replica.conn, ops)
        replica.conn.executemany(
            "INSERT INTO outbox (op_id, hlc, kind, entity, row_id, body, base) "
            "VALUES (?, ?, 'insert', ?, ?, ?, '{}')",
            [(op.op_id, op.hlc, entity, op.row_id, _encode(op.body)) for op in ops],
        )
        self.ops.extend(ops)
        return [op.row_id for op in ops]

    def update(self, entity: str, row_id: str, fields: Mapping[str, JsonValue]) -> Op | None:
        """Change some fields of a row; fields whose value is unchanged are left out.

        Returns the op, or ``None`` when nothing changed.
        """
        if entity not in EDITED:
            raise UnknownEntity(entity)
        conn = self._replica.conn
        check_fields(conn, entity, list(fields))
        row = conn.execute(f"SELECT * FROM {entity} WHERE id = ?", (row_id,)).fetchone()
        if row is None:
            raise OpRejected("unknown_row", f"{entity} {row_id} does not exist")
        changed = {k: v for k, v in fields.items() if row[k] != v}
        if not changed:
            return None
        # a field group (a session's placement) is written whole or not at all
        changed = complete_groups(entity, changed, fields)
        base = {
            r[0]: r[1]
            for r in conn.execute(
                "SELECT field, hlc FROM field_version WHERE entity = ? AND row_id = ?",
                (entity, row_id),
            )
            if r[0] in changed
        }
        base = {name: base.get(name, 0) for name in changed}
        seen = max(base.values())
        after = 0
        if seen >= self._replica._pending_hlc:
            # The version replaced is stamped ahead of this clock: stamp after it, or the edit
            # would lose to what it replaces and a correction made after seeing a value would
            # silently vanish. A version within the fold limit moves this clock on; one
            # further ahead (clock-suspect) is stepped over by this op alone — this replica's
            # clock never jumps to a suspect time.
            if self._replica.may_fold(seen):
                self._replica.observe_hlc(seen)
            else:
                after = seen
        self._write("update", entity, row_id, changed, base, after=after)
        return self.ops[-1]

    def event(
        self,
        entity: str,
        fields: Mapping[str, JsonValue],
        *,
        stamped: bool = False,
        row_id: str | None = None,
    ) -> str:
        """Record an immutable event (check-in, print); returns its id (UUIDv7 unless given:
        the demo's seeded history gives its own).

        ``stamped``: set the event's own ``hlc`` and ``device_id`` fields to the op's HLC and
        this device, so the row orders by the same ``(hlc, device_id)`` on every replica.
        """
        if entity not in EVENTS:
            raise UnknownEntity(entity)
        return self._write("event", entity, row_id, dict(fields), base={}, stamp_body=stamped)

    def _write(
        self,
        kind: OpKind,
        entity: str,
        row_id: str | None,
        body: dict[str, JsonValue],
        base: dict[str, int],
        *,
        stamp_body: bool = False,
        after: int = 0,
    ) -> str:
        replica = self._replica
        stamp = replica._next_hlc()
        if stamp <= after:
            stamp = hlc_mod.receive(after, 0, 0)  # just after ``after``, clock not moved
        if stamp_body:
            body = {**body, "hlc": stamp, "device_id": replica.device_id}
        op = Op(
            op_id=uuid7(hlc_mod.physical_ms(stamp)),
            device_id=replica.device_id,
            hlc=stamp,
            kind=kind,
            entity=entity,
            row_id=row_id or uuid7(hlc_mod.physical_ms(stamp)),
            body=body,
            base=base,
        )
        apply_op(replica.conn, op)
        replica.conn.execute(
            "INSERT INTO outbox (op_id, hlc, kind, entity, row_id, body, base) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                op.op_id,
                op.hlc,
                op.kind,
                op.entity,
                op.row_id,
                json.dumps(op.body, ensure_ascii=False, separators=(",", ":")),
                json.dumps(op.base, separators=(",", ":")),
            ),
        )
        self.ops.append(op)
        return op.row_id


@dataclass(frozen=True)
class OutboxEntry:
    client_seq: int
    op: Op
    state: str
    error_code: str
    error_detail: str


class Replica:
    """A device's local database and its identity; owns the HLC.

    Not thread-safe (one connection per thread): a sync thread opens its own ``Replica`` on
    the same file.
    """

    def __init__(self, conn: sqlite3.Connection, clock: Clock) -> None:
        self.conn = conn
        self.clock = clock
        device_id = self.meta(META_DEVICE_ID)
        if device_id is None:
            device_id = uuid7(clock.now_ms())
            conn.execute(
                "INSERT OR IGNORE INTO replica_meta (key, value) VALUES (?, ?)",
                (META_DEVICE_ID, device_id),
            )
            device_id = self.meta(META_DEVICE_ID) or device_id
        self.device_id: str = device_id
        self._hlc = 0
        self._correction_ms = 0
        self._clock_reset = ""
        self._load_clock()
        self._pending_hlc = self._hlc

    @classmethod
    def open(cls, path: str | Path, clock: Clock, *, durability: Durability = "desk") -> Replica:
        return cls(connect(path, durability=durability), clock)

    def close(self) -> None:
        self.conn.close()

    # -- meta ------------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM replica_meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        """Set a meta value (inside the caller's transaction, if any)."""
        self.conn.execute(
            "INSERT INTO replica_meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # -- clock -----------------------------------------------------------------------------

    @property
    def hlc(self) -> int:
        """The last HLC this replica issued or saw."""
        return self._hlc

    @property
    def clock_correction_ms(self) -> int:
        """What this replica adds to its machine's clock (the hub's offset, or 0)."""
        return self._correction_ms

    def now_ms(self) -> int:
        """This machine's clock, corrected by the hub's offset when it was wrong."""
        return self.clock.now_ms() + self._correction_ms

    def _load_clock(self) -> None:
        """Read the persisted HLC, correction and reset mark (one query)."""
        found = dict(
            self.conn.execute(
                "SELECT key, value FROM replica_meta WHERE key IN (?, ?, ?)",
                (META_HLC, META_CLOCK_CORRECTION, META_CLOCK_RESET),
            ).fetchall()
        )
        stored = int(found.get(META_HLC) or 0)
        reset = str(found.get(META_CLOCK_RESET) or "")
        if reset != self._clock_reset:  # set back on purpose: take it as it is
            self._hlc, self._clock_reset = stored, reset
        else:
            # another Replica on the same file (a worker thread, the sync driver) may have
            # issued later HLCs since: never stamp below what the file already holds
            self._hlc = max(self._hlc, stored)
        self._correction_ms = int(found.get(META_CLOCK_CORRECTION) or 0)

    def _next_hlc(self) -> int:
        self._pending_hlc = hlc_mod.tick(self._pending_hlc, self.now_ms())
        return self._pending_hlc

    def _next_hlcs(self, count: int) -> list[int]:
        """``count`` HLCs in a row, as :meth:`_next_hlc` would issue them at this instant."""
        now = self.now_ms()
        last = self._pending_hlc
        stamps = []
        for _ in range(count):
            last = hlc_mod.tick(last, now)
            stamps.append(last)
        self._pending_hlc = last
        return stamps

    def may_fold(self, remote: int) -> bool:
        """Whether ``remote`` may move this replica's clock: not when it is stamped more than
        ``hlc.SUSPECT_AHEAD_MS`` ahead of this (corrected) clock — a clock-suspect HLC."""
        return hlc_mod.physical_ms(remote) <= self.now_ms() + hlc_mod.SUSPECT_AHEAD_MS

    def observe_hlc(self, remote: int) -> None:
        """Fold a remote HLC into the clock (inside a transaction that also persists it),
        unless it is clock-suspect (:meth:`may_fold`): then it is left out."""
        if self.may_fold(remote):
            self._pending_hlc = hlc_mod.receive(self._pending_hlc, remote, self.now_ms())

    def set_clock(self, correction_ms: int, reset_hlc: int | None = None) -> None:
        """Inside a transaction: correct this machine's clock by ``correction_ms`` from now
        on and, with ``reset_hlc``, set the HLC back to it (a clock that ran ahead poisoned
        the stored HLC; every connection on the file follows)."""
        self._correction_ms = correction_ms
        self.set_meta(META_CLOCK_CORRECTION, str(correction_ms))
        if reset_hlc is not None:
            self._pending_hlc = reset_hlc
            self._clock_reset = uuid7(self.clock.now_ms())
            self.set_meta(META_CLOCK_RESET, self._clock_reset)

    # -- transactions ------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """``BEGIN IMMEDIATE … COMMIT``; the HLC is persisted in the same commit."""
        self.conn.execute("BEGIN IMMEDIATE")
        self._load_clock()
        self._pending_hlc = self._hlc
        reset = self._clock_reset
        try:
            yield
            if self._pending_hlc != self._hlc or self._clock_reset != reset:  # reset: written
                self.set_meta(META_HLC, str(self._pending_hlc))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self._hlc = self._pending_hlc

    @contextmanager
    def batch(self) -> Iterator[Batch]:
        """Several writes committed together (or not at all)."""
        with self.transaction():
            yield Batch(self)

    def insert(
        self, entity: str, fields: Mapping[str, JsonValue], row_id: str | None = None
    ) -> str:
        with self.batch() as batch:
            return batch.insert(entity, fields, row_id)

    def update(self, entity: str, row_id: str, fields: Mapping[str, JsonValue]) -> Op | None:
        with self.batch() as batch:
            return batch.update(entity, row_id, fields)

    def event(self, entity: str, fields: Mapping[str, JsonValue]) -> str:
        with self.batch() as batch:
            return batch.event(entity, fields)

    # -- outbox ------------------------------------------------------------------------------

    def pending_count(self) -> int:
        row = self.conn.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()
        return int(row[0])

    def rejected_count(self) -> int:
        """Ops of this device the hub refused (kept in the outbox with their reason)."""
        row = self.conn.execute("SELECT count(*) FROM outbox WHERE state = 'rejected'").fetchone()
        return int(row[0])

    def outbox(
        self, state: str | None = "pending", limit: int = 1000, *, from_seq: int = 0
    ) -> list[OutboxEntry]:
        sql = "SELECT * FROM outbox WHERE client_seq >= ?"
        params: list[Any] = [from_seq]
        if state is not None:
            sql += " AND state = ?"
            params.append(state)
        sql += " ORDER BY client_seq LIMIT ?"
        params.append(limit)
        return [
            OutboxEntry(
                client_seq=row["client_seq"],
                op=Op(
                    op_id=row["op_id"],
                    device_id=self.device_id,
                    hlc=row["hlc"],
                    kind=row["kind"],
                    entity=row["entity"],
                    row_id=row["row_id"],
                    body=json.loads(row["body"]),
                    base=json.loads(row["base"]),
                ),
                state=row["state"],
                error_code=row["error_code"],
                error_detail=row["error_detail"],
            )
            for row in self.conn.execute(sql, params)
        ]

    def now_iso(self) -> str:
        return iso_utc(self.now_ms())
