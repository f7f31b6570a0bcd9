"""The hub's write side: push batches into the change log, epoch, the hub's own outbox.

Writes (:class:`HubLog`, one connection, one writer): a push batch is one
``BEGIN IMMEDIATE … COMMIT``. For each op in client_seq order it dedups by
``(origin, client_seq)`` and ``op_id``, authorizes it for the device's role, applies it
through the same merge path as every desk (``apply_op(record_conflicts=True)``), appends it
to ``change_log`` (``seq`` = AUTOINCREMENT, so commit order), appends any conflict record
the merge made as a hub-authored op, and records the outcome — a rejected op advances the
queue like any other. Results are returned only after COMMIT (``synchronous=FULL``).

Authorization is per entity and field (``wufops.sync.roles.PERMISSIONS``); the scope
questions of the table (is this badge signed with the pushing device's own desk key? did that
device issue the replacement of the badge it retires?) are answered here from the hub's rows
(:class:`_HubScopes`). Clocks are bounded on both sides of the hub's own
(:class:`~wufops.sync.hlc.ClockBounds`): an op whose HLC, or an event whose wall time, lies
beyond them is refused with ``clock_skew``; an op more than a minute ahead but within them is
applied, marked ``clock_suspect`` and never folded into the hub's clock.

Replica bindings (:meth:`HubLog.bind_replica`): the first hello of a replica on an
authenticated connection writes a ``device_replica`` row (hub-authored, replicated), so every
check-in and print is attributed to the enrolled device that pushed it, whatever name its
body carries.

Devices and keys (``hub_devices``, mixed in): enrolment, revocation, contact, and the desk
keys the hub certifies with its issuer key (design.md §4) — the one its file already holds (a
demo event, a database that ran ``wufops badges``), else a new one made when first needed.

The file itself (opening, metadata, backup) is ``hub_db``; reads are ``hub_reader``.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wufops.clock import Clock, iso_utc, parse_iso_utc
from wufops.crypto.keys import SERIAL_COUNTER_BITS, Signer
from wufops.ids import uuid7
from wufops.store import badges as badge_store
from wufops.store import hub_db
from wufops.store.apply import Applied, OpRejected, apply_events, apply_op
from wufops.store.entities import EVENTS, UnknownEntity, UnknownField
from wufops.store.hub_db import LogEntry, open_hub_connection
from wufops.store.hub_devices import DeviceWrites
from wufops.store.replica import Replica
from wufops.sync import hlc as hlc_mod
from wufops.sync.hlc import SUSPECT_AHEAD_MS, ClockBounds
from wufops.sync.ops import Op
from wufops.sync.protocol import PushOutcome
from wufops.sync.roles import ANY_ENTITY, PERMISSIONS, Refusal, authorize

#: an op whose HLC is this far ahead of hub time is kept but marked clock-suspect
CLOCK_SUSPECT_MS = SUSPECT_AHEAD_MS
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


@dataclass(frozen=True)
class PushBatch:
    outcomes: tuple[PushOutcome, ...]
    durable_seq: int
    #: the client_seq the hub needs first when the batch began past a gap, else ``None``
    resend_from: int | None
    #: change-log entries this batch appended
    appended: int
    #: those entries, in seq order (the hub keeps a hot tail of the log in memory)
    entries: tuple[LogEntry, ...] = ()
    #: why nothing was taken (``device_revoked``: revoked before this transaction), or ""
    refused: str = ""


class HubLog(DeviceWrites):
    """The hub's write side. Not thread-safe: the hub's writer thread owns it."""

    def __init__(self, conn: sqlite3.Connection, clock: Clock) -> None:
        self.conn = conn
        self.clock = clock
        self.replica = Replica(conn, clock)
        self._appended: list[LogEntry] = []
        self._pending_log: list[tuple[Any, ...]] = []
        self._known: dict[str, int] = {}
        self._next_seq = 0
        self._batch_hlc = 0
        #: how far from the hub's clock an op's time may lie (the hub's configuration)
        self.bounds = ClockBounds()
        self._scopes = _HubScopes(conn, "")
        self._window: _Window | None = None
        self._authorized: dict[tuple[Any, ...], Refusal | None] = {}

    @classmethod
    def open(cls, path: str | Path, clock: Clock) -> HubLog:
        return cls(open_hub_connection(path), clock)

    def close(self) -> None:
        self.conn.close()

    @property
    def node_id(self) -> str:
        """The hub's own replica id (origin of the conflict records it writes)."""
        return self.replica.device_id

    # -- epoch -------------------------------------------------------------------------------

    def epoch(self) -> str:
        return hub_db.meta(self.conn, "hub_epoch") or ""

    def start(self) -> str:
        """Prepare to serve: a new epoch for a new hub or a restored backup copy, then log
        any ops this file holds in its own outbox (a demo event, CLI enrolments). Returns
        the epoch."""
        with self.replica.transaction():
            if hub_db.meta(self.conn, "epoch_live") != "1":
                hub_db.set_meta(self.conn, "hub_epoch", uuid7(self.clock.now_ms()))
                hub_db.set_meta(self.conn, "epoch_live", "1")
                if hub_db.meta(self.conn, "created") is None:
                    hub_db.set_meta(self.conn, "created", iso_utc(self.clock.now_ms()))
            self._ingest_local_outbox()
        return self.epoch()

    def issuer(self) -> Signer:
        """The issuer key this hub signs with: the one its file holds (secret and record),
        else a new one (made on first use, so a hub that certifies nothing publishes no key),
        published through the outbox and logged by the caller or the outbox poll."""
        return badge_store.ensure_issuer_key(self.replica)

    def mark_as_backup_copy(self) -> None:
        """On a backup file: whoever starts a hub on it gets a new epoch."""
        with self.replica.transaction():
            hub_db.set_meta(self.conn, "epoch_live", "0")

    def ingest_local_outbox(self) -> int:
        with self.replica.transaction():
            return self._ingest_local_outbox()

    def _ingest_local_outbox(self) -> int:
        """Append this file's own pending outbox ops (already applied here) to the log."""
        conn = self.conn
        iso = iso_utc(self.clock.now_ms())
        origin = self.replica.device_id
        before = hub_db.max_seq(conn)
        conn.execute(
            "INSERT OR IGNORE INTO change_log (op_id, origin, client_seq, entity, op, "
            "committed_at) SELECT op_id, ?, client_seq, entity, json_object('op_id', op_id, "
            "'device_id', ?, 'hlc', hlc, 'kind', kind, 'entity', entity, 'id', row_id, "
            "'body', json(body), 'base', json(base)), ? FROM outbox WHERE state = 'pending' "
            "ORDER BY client_seq",
            (origin, origin, iso),
        )
        conn.execute(
            "INSERT OR IGNORE INTO hub_push (origin, client_seq, op_id, entity, status, seq, "
            "received_at) SELECT ?, o.client_seq, o.op_id, o.entity, 'applied', c.seq, ? "
            "FROM outbox o JOIN change_log c ON c.op_id = o.op_id WHERE o.state = 'pending'",
            (origin, iso),
        )
        conn.execute(
            "UPDATE outbox SET state = 'applied', server_seq = (SELECT seq FROM change_log "
            "WHERE change_log.op_id = outbox.op_id) WHERE state = 'pending'"
        )
        last = conn.execute("SELECT coalesce(max(client_seq), 0) FROM outbox").fetchone()[0]
        self._set_last_client_seq(origin, int(last), "hub", iso)
        return hub_db.max_seq(conn) - before

    # -- pushes ------------------------------------------------------------------------------

    def max_seq(self) -> int:
        return hub_db.max_seq(self.conn)

    def min_retained_seq(self) -> int:
        return int(hub_db.meta(self.conn, "min_retained_seq") or 0)

    def expected_client_seq(self, origin: str) -> int:
        return self._last_client_seq(origin) + 1

    def _last_client_seq(self, origin: str) -> int:
        row = self.conn.execute(
            "SELECT last_client_seq FROM hub_origin WHERE origin = ?", (origin,)
        ).fetchone()
        return 0 if row is None else int(row[0])

    def _set_last_client_seq(self, origin: str, last: int, name: str, iso: str) -> None:
        self.conn.execute(
            "INSERT INTO hub_origin (origin, last_client_seq, device_name, last_contact) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (origin) DO UPDATE SET "
            "last_client_seq = max(last_client_seq, excluded.last_client_seq), "
            "device_name = excluded.device_name, last_contact = excluded.last_contact",
            (origin, last, name, iso),
        )

    def push(
        self,
        origin: str,
        role: str,
        device_name: str,
        entries: Sequence[tuple[int, Op]],
        texts: Sequence[str] = (),
    ) -> PushBatch:
        """Take one pushed batch in one transaction; the outcomes are durable on return.

        Each op is screened in client_seq order (dedup, role, clock bounds). Consecutive
        events that pass are applied together (``apply_events``: the grow-only rule,
        set-wise) before the next op of another kind, so the log keeps the device's order;
        edits go through ``apply_op`` one by one. The bookkeeping (change-log rows with their
        sequence numbers, outcome rows) is collected and written with one statement each
        before COMMIT — same transaction, a fraction of the statements. ``texts``: each
        op's JSON text as received (``""``: none), logged as it is instead of re-encoded.
        """
        now = self.clock.now_ms()
        iso = iso_utc(now)
        outcomes: list[PushOutcome | None] = []
        #: positions in ``outcomes`` of ops taken by this batch (not replayed), and their entity
        taken: list[tuple[int, str]] = []
        resend: int | None = None
        before = hub_db.max_seq(self.conn)
        with self.replica.transaction():
            refused = self.device_refusal(device_name)  # a revoke committed before us wins
            if refused:
                return PushBatch((), before, None, 0, refused=refused)
            self._scopes = _HubScopes(self.conn, self._enrolled_id(device_name))
            self._begin_batch([op.op_id for _, op in entries])
            self._window = None  # the hub's HLC may have moved since the last batch
            last = self._last_client_seq(origin)
            run = _EventRun()
            for at, (client_seq, op) in enumerate(entries):
                text = texts[at] if texts else ""
                if client_seq <= last:
                    self._take_run(run, outcomes, now)
                    outcomes.append(self._replayed(origin, client_seq, op, role, now=now, iso=iso))
                    continue
                if client_seq > last + 1:
                    resend = last + 1
                    break
                last = client_seq
                taken.append((len(outcomes), op.entity))
                if op.kind == "event" and op.entity in EVENTS and op.op_id not in run.op_ids:
                    refusal = self._screen(client_seq, op, role, now)
                    if refusal is None:
                        run.add(len(outcomes), client_seq, op, text)
                        outcomes.append(None)  # filled in when the run is applied
                    else:
                        outcomes.append(refusal)
                    continue
                self._take_run(run, outcomes, now)
                outcomes.append(self._take(client_seq, op, role, now, iso, text))
            self._take_run(run, outcomes, now)
            done = [o for o in outcomes if o is not None]
            assert len(done) == len(outcomes), "every op of the batch has an outcome"
            if self._batch_hlc:
                self.replica.observe_hlc(self._batch_hlc)
            self._flush_log(iso)
            self.conn.executemany(
                "INSERT OR IGNORE INTO hub_push (origin, client_seq, op_id, entity, status, "
                "seq, code, detail, clock_suspect, received_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [self._record(origin, done[at], entity, iso) for at, entity in taken],
            )
            self._set_last_client_seq(origin, last, device_name, iso)
            durable = hub_db.max_seq(self.conn)
        logged, self._appended = tuple(self._appended), []
        return PushBatch(tuple(done), durable, resend, durable - before, logged)

    def _begin_batch(self, op_ids: list[str]) -> None:
        self._appended = []
        self._pending_log = []
        self._known = {}
        self._batch_hlc = 0
        for start in range(0, len(op_ids), 500):
            chunk = op_ids[start : start + 500]
            self._known.update(
                self.conn.execute(
                    f"SELECT op_id, seq FROM change_log WHERE op_id IN "
                    f"({', '.join('?' * len(chunk))})",
                    chunk,
                ).fetchall()
            )
        row = self.conn.execute(
            "SELECT seq FROM sqlite_sequence WHERE name = 'change_log'"
        ).fetchone()
        self._next_seq = max(int(row[0]) if row else 0, hub_db.max_seq(self.conn)) + 1

    def _flush_log(self, iso: str) -> None:
        self.conn.executemany(
            "INSERT INTO change_log (seq, op_id, origin, client_seq, entity, op, clock_suspect, "
            "committed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(*row, iso) for row in self._pending_log],
        )
        self._pending_log = []

    def _replayed(
        self, origin: str, client_seq: int, op: Op, role: str, *, now: int, iso: str
    ) -> PushOutcome:
        row = self.conn.execute(
            "SELECT op_id, status, seq, code, detail, clock_suspect FROM hub_push "
            "WHERE origin = ? AND client_seq = ?",
            (origin, client_seq),
        ).fetchone()
        if row is not None and row["op_id"] == op.op_id:
            return PushOutcome(
                client_seq,
                op.op_id,
                row["status"],
                row["seq"] or 0,
                row["code"],
                row["detail"],
                bool(row["clock_suspect"]),
            )
        # A client_seq the hub has seen with another op (a desk restored from an old copy
        # reused it): still a new op — dedup by op_id alone, never drop it.
        return self._take(client_seq, op, role, now, iso)

    def _screen(self, client_seq: int, op: Op, role: str, now: int) -> PushOutcome | None:
        """What the hub answers without applying ``op`` — already logged (``duplicate``),
        not this role's to make, stamped beyond the clock bounds — or ``None``: apply it."""
        seen = self._known.get(op.op_id)
        if seen is not None:
            return PushOutcome(client_seq, op.op_id, "duplicate", seen)
        refusal = self._authorize(role, op)
        if refusal is not None:
            return PushOutcome(client_seq, op.op_id, "rejected", 0, refusal.code, refusal.detail)
        skew = self._skew(op, now)
        if skew:
            return PushOutcome(client_seq, op.op_id, "rejected", 0, "clock_skew", skew)
        return None

    def _authorize(self, role: str, op: Op) -> Refusal | None:
        """``authorize``, remembered per shape of op when no scope question is involved: a
        push of 500 pickups asks the permission table once, not 500 times."""
        if (role, op.entity) in _SCOPED or (role, ANY_ENTITY) in _SCOPED:
            return authorize(role, op, self._scopes)  # the answer depends on the hub's rows
        body = op.body
        claimed, stamped = body.get("device_id"), body.get("hlc")
        key = (
            role,
            op.kind,
            op.entity,
            tuple(body),
            tuple(body.get(name) for name in _VALUE_FIELDS),
            claimed is None or claimed == op.device_id,
            stamped is None or stamped == op.hlc,
        )
        try:
            return self._authorized[key]
        except KeyError:
            pass
        except TypeError:  # an unhashable value: nothing to remember
            return authorize(role, op, self._scopes)
        answer = self._authorized[key] = authorize(role, op, self._scopes)
        if len(self._authorized) > _AUTHORIZED_KEPT:
            self._authorized.clear()
        return answer

    def _take(  # noqa: PLR0917 (the op's place in the batch, as push reads it)
        self, client_seq: int, op: Op, role: str, now: int, iso: str, text: str = ""
    ) -> PushOutcome:
        conn = self.conn
        screened = self._screen(client_seq, op, role, now)
        if screened is not None:
            return screened
        # An event is one INSERT that either happens or raises; an edit writes several
        # statements, so it gets a savepoint to undo a half-applied edit.
        guarded = op.kind != "event"
        if guarded:
            conn.execute("SAVEPOINT hub_op")
        try:
            applied = apply_op(conn, op, record_conflicts=True, detected_at=iso)
        except (OpRejected, UnknownEntity, UnknownField) as error:
            if guarded:
                conn.execute("ROLLBACK TO hub_op")
                conn.execute("RELEASE hub_op")
            code = error.code
            detail = error.detail if isinstance(error, OpRejected) else str(error)
            return PushOutcome(client_seq, op.op_id, "rejected", 0, code, detail)
        if guarded:
            conn.execute("RELEASE hub_op")
        if applied.outcome == "duplicate":
            return PushOutcome(client_seq, op.op_id, "duplicate", 0)
        seq, suspect = self._logged(op, client_seq, now, text)
        if applied.concurrent:
            self._log_new_conflicts(op.entity, op.row_id)
        return PushOutcome(client_seq, op.op_id, "applied", seq, clock_suspect=suspect)

    def _take_run(self, run: _EventRun, outcomes: list[PushOutcome | None], now: int) -> None:
        """Apply the screened events of ``run`` together and fill in their outcomes."""
        if not run.ops:
            return
        results = apply_events(self.conn, run.ops)
        for at, client_seq, op, text, result in zip(
            run.positions, run.client_seqs, run.ops, run.texts, results, strict=True
        ):
            if isinstance(result, Applied):
                if result.outcome == "duplicate":
                    outcomes[at] = PushOutcome(client_seq, op.op_id, "duplicate", 0)
                else:
                    seq, suspect = self._logged(op, client_seq, now, text)
                    outcomes[at] = PushOutcome(
                        client_seq, op.op_id, "applied", seq, clock_suspect=suspect
                    )
            else:
                detail = result.detail if isinstance(result, OpRejected) else str(result)
                outcomes[at] = PushOutcome(client_seq, op.op_id, "rejected", 0, result.code, detail)
        run.clear()

    def _logged(self, op: Op, client_seq: int, now: int, text: str) -> tuple[int, bool]:
        """Append an applied op to the log: ``(seq, clock_suspect)``."""
        suspect = hlc_mod.physical_ms(op.hlc) > now + CLOCK_SUSPECT_MS
        if not suspect and op.hlc > self._batch_hlc:
            self._batch_hlc = op.hlc  # folded into the hub's clock once per batch
        return self._append(op, client_seq, suspect, text), suspect

    def _skew(self, op: Op, now: int) -> str:
        """Why ``op``'s time lies beyond the hub's bounds (``""``: it does not)."""
        window = self._window
        if window is None or window.at != now:
            # the hub's own HLC: ahead of its wall clock when that clock just stepped back —
            # the ops it took before the step must still be taken again (a re-push)
            window = self._window = _Window(
                max(now, hlc_mod.physical_ms(self.replica.hlc)), self.bounds, now
            )
        return window.skew(op)

    def _enrolled_id(self, device_name: str) -> str:
        row = self.conn.execute(
            "SELECT device_id FROM hub_device_auth WHERE name = ?", (device_name,)
        ).fetchone()
        return "" if row is None else str(row[0])

    # -- replica bindings ----------------------------------------------------------------------

    def bind_replica(self, origin: str, device_name: str) -> int:
        """Bind replica ``origin`` to the enrolled device ``device_name`` (a hub-authored
        ``device_replica`` op, logged at once) unless it already is. Returns the number of
        change-log entries appended (the caller pokes its peers)."""
        device_id = self._enrolled_id(device_name)
        if not device_id or not origin:
            return 0
        with self.replica.batch() as batch:
            row = self.conn.execute(
                "SELECT device_id FROM device_replica WHERE id = ?", (origin,)
            ).fetchone()
            if row is not None and row[0] == device_id:
                return 0
            bound = {"device_id": device_id, "bound_at": iso_utc(self.clock.now_ms())}
            if row is None:
                batch.insert("device_replica", bound, row_id=origin)
            else:  # the replica's former device was revoked: its new device takes it over
                batch.update("device_replica", origin, bound)
            return self._ingest_local_outbox()

    def _append(self, op: Op, client_seq: int | None, suspect: bool, text: str = "") -> int:
        """Give ``op`` the next sequence number; written by :meth:`_flush_log`. ``text``:
        the op as the device sent it, else it is encoded here (as ``op.to_json()``)."""
        text = text or _encode(op.to_dict())
        seq = self._next_seq
        self._next_seq += 1
        self._known[op.op_id] = seq
        self._pending_log.append(
            (seq, op.op_id, op.device_id, client_seq, op.entity, text, int(suspect))
        )
        self._appended.append(LogEntry(seq, text, suspect))
        return seq

    def _record(self, origin: str, outcome: PushOutcome, entity: str, iso: str) -> tuple[Any, ...]:
        return (
            origin,
            outcome.client_seq,
            outcome.op_id,
            entity,
            outcome.status,
            outcome.seq or None,
            outcome.code,
            outcome.detail,
            int(outcome.clock_suspect),
            iso,
        )

    def _log_new_conflicts(self, entity: str, row_id: str) -> None:
        """Conflict rows the merge just made become hub-authored ops in the log, so every
        replica receives the same records in the hub's commit order."""
        rows = self.conn.execute(
            "SELECT c.* FROM conflict c LEFT JOIN field_version f ON f.entity = 'conflict' "
            "AND f.row_id = c.id AND f.field = 'kind' WHERE c.entity = ? AND c.row_id = ? "
            "AND f.row_id IS NULL ORDER BY c.id",
            (entity, row_id),
        ).fetchall()
        if rows and self._batch_hlc:
            self.replica.observe_hlc(self._batch_hlc)  # a record comes after what it records
        for row in rows:
            stamp = self.replica._next_hlc()
            body = {k: row[k] for k in row.keys() if k != "id"}  # noqa: SIM118 (sqlite3.Row)
            op = Op(
                uuid7(hlc_mod.physical_ms(stamp)),
                self.replica.device_id,
                stamp,
                "insert",
                "conflict",
                row["id"],
                body,
            )
            apply_op(self.conn, op)  # records its field versions: now logged
            self._append(op, None, False)


#: what :func:`authorize` reads of an op besides its role, kind, entity and field names: the
#: fields whose values a grant restricts (and an event's device and stamp claims, kept as
#: whether they hold); a grant with a scope asks the hub's rows, so its answers are not kept
_VALUE_FIELDS: tuple[str, ...] = tuple(
    sorted({name for grants in PERMISSIONS.values() for g in grants for name in g.values})
)
_SCOPED: frozenset[tuple[str, str]] = frozenset(
    (role, g.entity) for role, grants in PERMISSIONS.items() for g in grants if g.scope
)
#: answers remembered at most (shapes of op seen; a handful in practice)
_AUTHORIZED_KEPT = 4096

#: the one text form ``iso_utc`` writes: such instants compare as text in time order
_CANONICAL_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z")


class _Window:
    """The hub's clock bounds around one instant (``now``: the later of its wall clock and
    its HLC), as the HLCs and wall-time texts they admit — a push's ops are checked against
    it by comparison, without unpacking each stamp or parsing each wall time."""

    def __init__(self, now: int, bounds: ClockBounds, at: int) -> None:
        self.now = now
        self.bounds = bounds
        #: the wall-clock reading this window was made for
        self.at = at
        low = max(now - bounds.behind_ms, 0)
        high = now + bounds.ahead_ms
        self.lowest_hlc = hlc_mod.pack(low, 0)
        self.highest_hlc = hlc_mod.pack(high, hlc_mod.COUNTER_MAX)
        self.lowest_wall = iso_utc(low)
        self.highest_wall = iso_utc(high)

    def skew(self, op: Op) -> str:
        if not self.lowest_hlc <= op.hlc <= self.highest_hlc:
            stamp = hlc_mod.physical_ms(op.hlc)
            side = self.bounds.skew(stamp, self.now)
            if side:
                return (
                    f"op stamped {iso_utc(stamp)}, {side} of the hub's clock ({iso_utc(self.now)})"
                )
        wall = op.body.get("wall_time") if op.kind == "event" else None
        if not isinstance(wall, str):
            return ""
        if self.lowest_wall <= wall <= self.highest_wall and _CANONICAL_ISO.fullmatch(wall):
            return ""
        try:
            wall_ms = parse_iso_utc(wall)
        except ValueError:
            return ""  # not an instant: the table's constraints decide
        side = self.bounds.skew(wall_ms, self.now)
        if side:
            return f"wall time {wall}, {side} of the hub's clock ({iso_utc(self.now)})"
        return ""


class _EventRun:
    """Consecutive screened events of a push, waiting to be applied together."""

    def __init__(self) -> None:
        self.positions: list[int] = []
        self.client_seqs: list[int] = []
        self.ops: list[Op] = []
        self.texts: list[str] = []
        self.op_ids: set[str] = set()

    def add(self, position: int, client_seq: int, op: Op, text: str) -> None:
        self.positions.append(position)
        self.client_seqs.append(client_seq)
        self.ops.append(op)
        self.texts.append(text)
        self.op_ids.add(op.op_id)

    def clear(self) -> None:
        self.positions, self.client_seqs, self.ops, self.texts = [], [], [], []
        self.op_ids = set()


class _HubScopes:
    """The scope answers of ``wufops.sync.roles`` from the hub's own rows, for one push by
    the enrolled device ``device_id`` ("" when the pusher is not an enrolled device: every
    scoped grant is then refused)."""

    def __init__(self, conn: sqlite3.Connection, device_id: str) -> None:
        self.conn = conn
        self.device_id = device_id

    def _own_key(self, key_id: object) -> sqlite3.Row | None:
        if not self.device_id or not isinstance(key_id, str):
            return None
        row: sqlite3.Row | None = self.conn.execute(
            "SELECT serial_range FROM signing_key WHERE id = ? AND kind = 'desk' "
            "AND device_id = ? AND revoked_from = ''",
            (key_id, self.device_id),
        ).fetchone()
        return row

    def own_desk_key(self, op: Op) -> bool:
        key = self._own_key(op.body.get("key_id"))
        serial = op.body.get("serial")
        if key is None or type(serial) is not int:
            return False
        base = int(key["serial_range"]) << SERIAL_COUNTER_BITS
        return base < serial < base + (1 << SERIAL_COUNTER_BITS)

    def replaced_badge(self, op: Op) -> bool:
        if not self.device_id:
            return False
        row = self.conn.execute(
            "SELECT 1 FROM badge old JOIN badge new ON new.attendee_id = old.attendee_id "
            "AND new.id != old.id AND new.status = 'valid' "
            "JOIN signing_key k ON k.id = new.key_id AND k.kind = 'desk' AND k.device_id = ? "
            "WHERE old.id = ? LIMIT 1",
            (self.device_id, op.row_id),
        ).fetchone()
        return row is not None
