"""The hub's storage: change log, push dedup, device credentials, epoch, snapshots, digests.

The one module a multi-venue deployment would swap for PostgreSQL (design.md §1). The hub's
database is a full replica (the tables of ``db.migrations``, through ``Replica`` for its own
HLC and device id) plus the hub-only tables of ``db.hub_migrations``.

Writes (:class:`HubLog`, one connection, one writer): a push batch is one
``BEGIN IMMEDIATE … COMMIT``. For each op in client_seq order it dedups by
``(origin, client_seq)`` and ``op_id``, authorizes it for the device's role, applies it
through the same merge path as every desk (``apply_op(record_conflicts=True)``), appends it
to ``change_log`` (``seq`` = AUTOINCREMENT, so commit order), appends any conflict record
the merge made as a hub-authored op, and records the outcome — a rejected op advances the
queue like any other. Results are returned only after COMMIT (``synchronous=FULL``).

Keys (design.md §4): the hub holds the issuer key (the one its file already holds — a demo
event, a database that ran ``wufops badges`` — else a new one, made when first needed). It
certifies the public key a desk or admin device sends in ``hello``
(:meth:`HubLog.certify_device_key`) and publishes the record through its own outbox → change
log; revoking a device revokes its desk keys in the same commit.

Reads (:class:`HubReader`, one connection per reader thread, WAL): change pages, chunked
snapshots inside one read transaction, per-table digests.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from db.hub_migrations import hub_migrations
from db.migrations import apply_migrations
from wufops.badges.keys import BadgeKeyError, Signer, key_id_for
from wufops.clock import Clock, iso_utc, parse_iso_utc
from wufops.errors import CodedError
from wufops.ids import uuid7
from wufops.store import badges as badge_store
from wufops.store.apply import OpRejected, apply_op
from wufops.store.database import connect
from wufops.store.entities import TABLE_ORDER, UnknownEntity, UnknownField, columns
from wufops.store.replica import Replica
from wufops.sync import hlc as hlc_mod
from wufops.sync.digest import table_digest
from wufops.sync.ops import Op
from wufops.sync.protocol import PushOutcome, SnapshotRow
from wufops.sync.roles import (
    KEY_ROLES,
    ROLES,
    authorize,
    redact_fields,
    redact_row,
    sees_table,
)

#: an op whose HLC is this far ahead of hub time is kept but marked clock-suspect
CLOCK_SUSPECT_MS = 60_000
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
#: most unrevoked desk keys one device may hold (a desk that lost its file asks again; a
#: device asking without end would use up the 65,535 serial ranges)
MAX_KEYS_PER_DEVICE = 4
#: ``device.last_seen`` is refreshed at most this often
LAST_SEEN_GRANULARITY_MS = 60_000


class DeviceError(CodedError):
    """Enrolment or revocation refused; ``code`` is stable."""


@dataclass(frozen=True)
class DeviceAuth:
    device_id: str
    name: str
    role: str
    revoked: bool


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


@dataclass(frozen=True)
class KeyCertification:
    """The hub's answer to a device's ``hello.desk_key``: a key id, or a refusal ``code``."""

    key_id: str = ""
    code: str = ""
    detail: str = ""
    #: change-log entries appended (the certified record): the hub pokes its peers
    appended: int = 0
    entries: tuple[LogEntry, ...] = ()


@dataclass(frozen=True)
class LogEntry:
    seq: int
    op_text: str
    clock_suspect: bool


@dataclass(frozen=True)
class SnapshotPart:
    table: str
    columns: tuple[str, ...]
    rows: tuple[SnapshotRow, ...]
    last_id: str


@dataclass(frozen=True)
class Snapshot:
    seq: int
    tables: tuple[str, ...]
    parts: tuple[SnapshotPart, ...]


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM hub_meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO hub_meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def _max_seq(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()
    return int(row[0])


def open_hub_connection(path: str | Path) -> sqlite3.Connection:
    """A migrated hub connection (replica schema + hub tables), ``synchronous=FULL``.

    Foreign keys are not enforced here (see :func:`sync_apply_mode`): the hub applies ops
    from many devices, whose order across devices is not causal after a restore."""
    conn = connect(path, durability="hub")
    apply_migrations(sqlite_utils.Database(conn), migration_set=hub_migrations)
    sync_apply_mode(conn)
    return conn


def sync_apply_mode(conn: sqlite3.Connection) -> None:
    """Set a connection that applies *other devices'* ops not to enforce foreign keys.

    References between rows made on different devices are eventually consistent: after a
    hub restore, desks re-push in whatever order they reconnect, so a void can reach the
    hub before the pickup it undoes, a session before its room. Refusing those would lose
    acknowledged work for good; accepting them converges once the other op arrives (a void
    of a pickup not yet seen voids nothing until then). Local writes, made through the
    desk's own ``Replica`` connections, keep enforcing foreign keys.
    """
    conn.execute("PRAGMA foreign_keys=OFF")


class HubLog:
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
        return _meta(self.conn, "hub_epoch") or ""

    def start(self) -> str:
        """Prepare to serve: a new epoch for a new hub or a restored backup copy, then log
        any ops this file holds in its own outbox (a demo event, CLI enrolments). Returns
        the epoch."""
        with self.replica.transaction():
            if _meta(self.conn, "epoch_live") != "1":
                _set_meta(self.conn, "hub_epoch", uuid7(self.clock.now_ms()))
                _set_meta(self.conn, "epoch_live", "1")
                if _meta(self.conn, "created") is None:
                    _set_meta(self.conn, "created", iso_utc(self.clock.now_ms()))
            self._ingest_local_outbox()
        return self.epoch()

    def issuer(self) -> Signer:
        """The issuer key this hub signs with: the one its file holds (secret and record),
        else a new one (made on first use, so a hub that certifies nothing publishes no key),
        published through the outbox and logged by the caller or the outbox poll."""
        return badge_store.ensure_issuer_key(self.replica)

    def certify_device_key(self, device_name: str, role: str, public_hex: str) -> KeyCertification:
        """Certify the Ed25519 public key a device sent in ``hello`` with the issuer key.

        Only desk and admin devices get one (``key_role_forbidden``); a key already
        certified for this device is answered with its id (a repeated hello changes
        nothing); a key id held by another device or revoked is ``key_id_taken``; a device
        holding :data:`MAX_KEYS_PER_DEVICE` unrevoked keys gets ``key_limit``."""
        if role not in KEY_ROLES:
            return KeyCertification(code="key_role_forbidden", detail=f"a {role} signs no badges")
        try:
            public = bytes.fromhex(public_hex)
        except ValueError:
            return KeyCertification(code="bad_public_key", detail="not hex")
        if len(public) != 32:
            return KeyCertification(code="bad_public_key", detail="an Ed25519 key is 32 bytes")
        row = self.conn.execute(
            "SELECT device_id FROM hub_device_auth WHERE name = ?", (device_name,)
        ).fetchone()
        if row is None:
            return KeyCertification(code="unknown_device", detail=device_name)
        device_id = str(row[0])
        key_id = key_id_for(public)
        known = self.conn.execute(
            "SELECT device_id, revoked_from FROM signing_key WHERE id = ?", (key_id,)
        ).fetchone()
        if known is not None:
            if known[0] == device_id and not known[1]:
                return KeyCertification(key_id=key_id)
            return KeyCertification(code="key_id_taken", detail="make a new desk key")
        held = [
            k for k in badge_store.desk_keys_of(self.conn, device_id) if k.revoked_from_s is None
        ]
        if len(held) >= MAX_KEYS_PER_DEVICE:
            return KeyCertification(code="key_limit", detail=f"{len(held)} keys held")
        try:
            record = badge_store.certify_desk(self.replica, self.issuer(), public, device_id)
        except (BadgeKeyError, badge_store.BadgeStoreError) as error:
            return KeyCertification(code=error.code, detail=error.detail)
        appended = self.ingest_local_outbox()
        return KeyCertification(key_id=record.key_id, appended=appended)

    def mark_as_backup_copy(self) -> None:
        """On a backup file: whoever starts a hub on it gets a new epoch."""
        with self.replica.transaction():
            _set_meta(self.conn, "epoch_live", "0")

    def ingest_local_outbox(self) -> int:
        with self.replica.transaction():
            return self._ingest_local_outbox()

    def _ingest_local_outbox(self) -> int:
        """Append this file's own pending outbox ops (already applied here) to the log."""
        conn = self.conn
        iso = iso_utc(self.clock.now_ms())
        origin = self.replica.device_id
        before = _max_seq(conn)
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
        return _max_seq(conn) - before

    # -- pushes ------------------------------------------------------------------------------

    def max_seq(self) -> int:
        return _max_seq(self.conn)

    def min_retained_seq(self) -> int:
        return int(_meta(self.conn, "min_retained_seq") or 0)

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
        self, origin: str, role: str, device_name: str, entries: Sequence[tuple[int, Op]]
    ) -> PushBatch:
        """Take one pushed batch in one transaction; the outcomes are durable on return.

        The merge writes happen op by op; the bookkeeping (change-log rows with their
        sequence numbers, outcome rows) is collected and written with one statement each
        before COMMIT — same transaction, a fraction of the statements.
        """
        now = self.clock.now_ms()
        iso = iso_utc(now)
        outcomes: list[PushOutcome] = []
        resend: int | None = None
        before = _max_seq(self.conn)
        with self.replica.transaction():
            self._begin_batch([op.op_id for _, op in entries])
            last = self._last_client_seq(origin)
            records = []
            for client_seq, op in entries:
                if client_seq <= last:
                    outcomes.append(self._replayed(origin, client_seq, op, role, now=now, iso=iso))
                elif client_seq > last + 1:
                    resend = last + 1
                    break
                else:
                    outcome = self._take(client_seq, op, role, now, iso)
                    records.append(self._record(origin, outcome, op.entity, iso))
                    outcomes.append(outcome)
                    last = client_seq
            if self._batch_hlc:
                self.replica.observe_hlc(self._batch_hlc)
            self._flush_log(iso)
            self.conn.executemany(
                "INSERT OR IGNORE INTO hub_push (origin, client_seq, op_id, entity, status, "
                "seq, code, detail, clock_suspect, received_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                records,
            )
            self._set_last_client_seq(origin, last, device_name, iso)
            durable = _max_seq(self.conn)
        logged, self._appended = tuple(self._appended), []
        return PushBatch(tuple(outcomes), durable, resend, durable - before, logged)

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
        self._next_seq = max(int(row[0]) if row else 0, _max_seq(self.conn)) + 1

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

    def _take(self, client_seq: int, op: Op, role: str, now: int, iso: str) -> PushOutcome:
        conn = self.conn
        seen = self._known.get(op.op_id)
        if seen is not None:
            return PushOutcome(client_seq, op.op_id, "duplicate", seen)
        refusal = authorize(role, op)
        if refusal is not None:
            return PushOutcome(client_seq, op.op_id, "rejected", 0, refusal.code, refusal.detail)
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
        suspect = hlc_mod.physical_ms(op.hlc) > now + CLOCK_SUSPECT_MS
        if not suspect and op.hlc > self._batch_hlc:
            self._batch_hlc = op.hlc  # folded into the hub's clock once per batch
        seq = self._append(op, client_seq, suspect)
        if applied.concurrent:
            self._log_new_conflicts(op.entity, op.row_id)
        return PushOutcome(client_seq, op.op_id, "applied", seq, clock_suspect=suspect)

    def _append(self, op: Op, client_seq: int | None, suspect: bool) -> int:
        """Give ``op`` the next sequence number; written by :meth:`_flush_log`."""
        text = _encode(op.to_dict())  # same text as op.to_json(), one encoder for all
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

    def record_contact(
        self, origin: str, device_name: str, clock_offset_ms: int, cursor: int
    ) -> None:
        """A device said hello: remember when, its clock offset and cursor."""
        iso = iso_utc(self.clock.now_ms())
        with self.replica.transaction():
            self.conn.execute(
                "INSERT INTO hub_origin (origin, device_name, last_contact, clock_offset_ms, "
                "cursor) VALUES (?, ?, ?, ?, ?) ON CONFLICT (origin) DO UPDATE SET "
                "device_name = excluded.device_name, last_contact = excluded.last_contact, "
                "clock_offset_ms = excluded.clock_offset_ms, cursor = excluded.cursor",
                (origin, device_name, iso, clock_offset_ms, cursor),
            )

    def touch_device(self, name: str) -> int:
        """Set the replicated ``device.last_seen`` (an op, so supervisors see contact)."""
        now = self.clock.now_ms()
        with self.replica.batch() as batch:
            row = self.conn.execute(
                "SELECT a.device_id, d.last_seen FROM hub_device_auth a "
                "JOIN device d ON d.id = a.device_id WHERE a.name = ?",
                (name,),
            ).fetchone()
            if row is None:
                return 0
            if row[1] and parse_iso_utc(row[1]) > now - LAST_SEEN_GRANULARITY_MS:
                return 0  # at most one op a minute per device: contact, not chatter
            batch.update("device", row[0], {"last_seen": iso_utc(now)})
            return self._ingest_local_outbox()

    # -- devices -----------------------------------------------------------------------------

    def enrol(self, name: str, role: str) -> tuple[str, str]:
        """Create a device; returns ``(device_id, token)``. Only the token's hash is kept."""
        if role not in ROLES:
            raise DeviceError("unknown_role", f"role must be one of {', '.join(ROLES)}")
        if not name.strip():
            raise DeviceError("empty_name", "a device needs a name")
        token = secrets.token_urlsafe(32)
        while token.startswith("-"):  # `wufops sync --token -x…` would read it as an option
            token = secrets.token_urlsafe(32)
        with self.replica.batch() as batch:
            taken = self.conn.execute(
                "SELECT 1 FROM hub_device_auth WHERE name = ?", (name,)
            ).fetchone()
            if taken is not None:
                raise DeviceError("name_taken", f"a device named {name!r} is enrolled")
            device_id = batch.insert("device", {"name": name, "role": role, "revoked": 0})
            self.conn.execute(
                "INSERT INTO hub_device_auth (device_id, name, role, token_hash, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (device_id, name, role, hash_token(token), iso_utc(self.clock.now_ms())),
            )
            self._ingest_local_outbox()
        return device_id, token

    def revoke(self, name: str) -> None:
        with self.replica.batch() as batch:
            row = self.conn.execute(
                "SELECT device_id FROM hub_device_auth WHERE name = ?", (name,)
            ).fetchone()
            if row is None:
                raise DeviceError("unknown_device", f"no device named {name!r}")
            self.conn.execute("UPDATE hub_device_auth SET revoked = 1 WHERE name = ?", (name,))
            batch.update("device", row[0], {"revoked": 1})
            # its desk keys too: badges it signs from now on are refused by every verifier
            revoked_from = iso_utc(self.clock.now_ms() // 1000 * 1000)
            for key in badge_store.desk_keys_of(self.conn, row[0]):
                if key.revoked_from_s is None:
                    batch.update("signing_key", key.key_id, {"revoked_from": revoked_from})
            self._ingest_local_outbox()


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
        return _max_seq(self.conn)

    def epoch(self) -> str:
        return _meta(self.conn, "hub_epoch") or ""

    def min_retained_seq(self) -> int:
        return int(_meta(self.conn, "min_retained_seq") or 0)

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

    def devices(self) -> list[DeviceInfo]:
        rows = self.conn.execute(
            "SELECT a.device_id, a.name, a.role, a.revoked, a.created_at, "
            "(SELECT max(last_contact) FROM hub_origin o WHERE o.device_name = a.name), "
            "(SELECT count(*) FROM hub_push p JOIN hub_origin o ON o.origin = p.origin "
            " WHERE o.device_name = a.name), "
            "(SELECT count(*) FROM hub_push p JOIN hub_origin o ON o.origin = p.origin "
            " WHERE o.device_name = a.name AND p.status = 'rejected') "
            "FROM hub_device_auth a ORDER BY a.name"
        ).fetchall()
        return [DeviceInfo(r[0], r[1], r[2], bool(r[3]), r[4], r[5], r[6], r[7]) for r in rows]

    def changes(self, cursor: int, limit: int) -> list[LogEntry]:
        rows = self.conn.execute(
            "SELECT seq, op, clock_suspect FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?",
            (cursor, limit),
        ).fetchall()
        return [LogEntry(r[0], r[1], bool(r[2])) for r in rows]

    def snapshot(self, role: str, after_table: str, after_id: str, chunk_rows: int) -> Snapshot:
        """Every row ``role`` may see, with field versions, from one read transaction;
        resumes after ``(after_table, after_id)`` when given."""
        tables = tuple(t for t in TABLE_ORDER if sees_table(role, t))
        start = tables.index(after_table) if after_table in tables else 0
        parts: list[SnapshotPart] = []
        with self._read():
            seq = _max_seq(self.conn)
            for table in tables[start:]:
                from_id = after_id if table == after_table else ""
                parts.extend(self._table_parts(role, table, from_id, chunk_rows))
        return Snapshot(seq, tables, tuple(parts))

    def _table_parts(
        self, role: str, table: str, from_id: str, chunk_rows: int
    ) -> Iterator[SnapshotPart]:
        cols = columns(self.conn, table)
        query = f"SELECT {', '.join(cols)} FROM {table} WHERE id > ? ORDER BY id LIMIT ?"
        last = from_id
        while True:
            rows = self.conn.execute(query, (last, chunk_rows)).fetchall()
            if not rows:
                return
            first_id, last = rows[0][0], rows[-1][0]
            versions = self._versions(role, table, first_id, last)
            yield SnapshotPart(
                table,
                cols,
                tuple(
                    SnapshotRow(redact_row(role, table, cols, tuple(r)), versions.get(r[0], ()))
                    for r in rows
                ),
                last,
            )
            if len(rows) < chunk_rows:
                return

    def _versions(
        self, role: str, table: str, first_id: str, last_id: str
    ) -> dict[str, tuple[tuple[int, str, tuple[str, ...]], ...]]:
        grouped: dict[str, dict[tuple[int, str], list[str]]] = {}
        for row_id, field, hlc, device in self.conn.execute(
            "SELECT row_id, field, hlc, device_id FROM field_version "
            "WHERE entity = ? AND row_id BETWEEN ? AND ?",
            (table, first_id, last_id),
        ):
            grouped.setdefault(row_id, {}).setdefault((hlc, device), []).append(field)
        out: dict[str, tuple[tuple[int, str, tuple[str, ...]], ...]] = {}
        for row_id, groups in grouped.items():
            kept = []
            for (hlc, device), names in sorted(groups.items()):
                shown = redact_fields(role, table, sorted(names))
                if shown:
                    kept.append((hlc, device, shown))
            out[row_id] = tuple(kept)
        return out

    def digests(self, role: str) -> tuple[int, dict[str, Any]]:
        """``(seq, {table: {"count", "hash"}})`` over what ``role`` sees, at one instant."""
        with self._read():
            seq = _max_seq(self.conn)
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


def backup(source: str | Path, target: str | Path) -> None:
    """A consistent online copy of the hub (sqlite3 backup API), marked as a copy so a hub
    started on it takes a new epoch and devices re-push what it lacks."""
    target = Path(target)
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    src = sqlite3.connect(str(source), timeout=30.0)
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
        dst.execute(
            "INSERT INTO hub_meta (key, value) VALUES ('epoch_live', '0') "
            "ON CONFLICT (key) DO UPDATE SET value = '0'"
        )
        dst.commit()
    finally:
        dst.close()
        src.close()
