"""A device's side of sync, in SQL: cursor, hub epoch, snapshot progress, outbox marking.

Everything lives in the replica's own tables (``replica_meta`` keys ``sync.*`` and the
``outbox`` state columns), so it commits with the data it describes:
- pulled changes are applied through ``apply_op`` and the cursor advances **in the same
  transaction**; remote HLCs are folded into the replica's clock in that commit too;
- push outcomes mark outbox rows (applied / duplicate / rejected with code and detail);
- a snapshot arrives as a database file beside the replica (resumable: the hub's
  announcement is recorded) and replaces the replicated tables in one transaction.

Used only by the sync driver's thread, on its own ``Replica`` of the desk's file.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wufops.clock import iso_utc, parse_iso_utc
from wufops.store.apply import OpRejected, apply_op
from wufops.store.entities import TABLE_ORDER, UnknownEntity, UnknownField, columns
from wufops.store.replica import OutboxEntry, Replica
from wufops.sync import hlc as hlc_mod
from wufops.sync.digest import table_digest
from wufops.sync.hlc import ClockBounds
from wufops.sync.ops import Op
from wufops.sync.protocol import ChangeItem, PushOutcome

KEY_EPOCH = "sync.hub_epoch"
KEY_CURSOR = "sync.cursor"
KEY_BOOTSTRAPPED = "sync.bootstrapped"
KEY_SNAPSHOT = "sync.snapshot"
KEY_OFFSET = "sync.hub_offset_ms"
KEY_LAST_SYNC = "sync.last_sync_ms"
KEY_ROLE = "sync.role"
KEY_APPLY_ERRORS = "sync.apply_errors"
KEY_ENROLMENT = "sync.enrolment"
KEY_CA_PEM = "sync.ca_pem"

#: tables the triggers on replicated tables keep (the operations dashboard's counters,
#: m007_ops): a snapshot file holds them as its own triggers made them while it was built,
#: from the very rows it holds, so a snapshot installs them as they are instead of firing
#: the triggers once per row (tests/store check that the triggers write nothing else)
DERIVED_TABLES: tuple[str, ...] = ("ops_category", "ops_pickup_count", "ops_quarter")


@dataclass(frozen=True)
class SnapshotProgress:
    """A snapshot file the hub announced and this device is receiving."""

    snapshot_id: str
    seq: int
    epoch: str
    size: int
    sha256: str


@dataclass(frozen=True)
class SyncState:
    hub_epoch: str
    cursor: int
    bootstrapped: bool
    snapshot: SnapshotProgress | None
    hub_offset_ms: int
    last_sync_ms: int
    role: str
    apply_errors: int


@dataclass(frozen=True)
class ApplyReport:
    applied: int
    #: ``(seq, code)`` of changes this replica could not apply (kept out, cursor still moves)
    failed: tuple[tuple[int, str], ...]


def save_enrolment(replica: Replica, enrolment_text: str, ca_pem: bytes | None) -> None:
    """Remember how this device reaches its hub (the enrolment text holds its token: the
    replica file is as private as the device itself)."""
    with replica.transaction():
        replica.set_meta(KEY_ENROLMENT, enrolment_text)
        if ca_pem is not None:
            replica.set_meta(KEY_CA_PEM, ca_pem.decode("ascii"))


def load_enrolment(replica: Replica) -> tuple[str, bytes | None] | None:
    """``(enrolment text, venue CA PEM or None)`` if this device was enrolled."""
    text = replica.meta(KEY_ENROLMENT)
    if not text:
        return None
    pem = replica.meta(KEY_CA_PEM)
    return text, pem.encode("ascii") if pem else None


_STATE_KEYS = (
    KEY_SNAPSHOT,
    KEY_EPOCH,
    KEY_CURSOR,
    KEY_BOOTSTRAPPED,
    KEY_OFFSET,
    KEY_LAST_SYNC,
    KEY_ROLE,
    KEY_APPLY_ERRORS,
)
_STATE_QUERY = (
    f"SELECT key, value FROM replica_meta WHERE key IN ({', '.join('?' * len(_STATE_KEYS))})"
)


def read_state(replica: Replica) -> SyncState:
    """The sync state, in one query."""
    meta = dict(replica.conn.execute(_STATE_QUERY, _STATE_KEYS).fetchall())
    raw = meta.get(KEY_SNAPSHOT)
    progress = None
    if raw:
        data = json.loads(raw)
        if "snapshot_id" in data:  # (a row-by-row snapshot of an older version: start over)
            progress = SnapshotProgress(
                data["snapshot_id"], data["seq"], data["epoch"], data["size"], data["sha256"]
            )
    return SyncState(
        hub_epoch=str(meta.get(KEY_EPOCH) or ""),
        cursor=int(meta.get(KEY_CURSOR) or 0),
        bootstrapped=meta.get(KEY_BOOTSTRAPPED) == "1",
        snapshot=progress,
        hub_offset_ms=int(meta.get(KEY_OFFSET) or 0),
        last_sync_ms=int(meta.get(KEY_LAST_SYNC) or 0),
        role=str(meta.get(KEY_ROLE) or ""),
        apply_errors=int(meta.get(KEY_APPLY_ERRORS) or 0),
    )


def next_client_seq(replica: Replica) -> int:
    row = replica.conn.execute("SELECT coalesce(max(client_seq), 0) FROM outbox").fetchone()
    return int(row[0]) + 1


def refused_count(replica: Replica, code: str) -> int:
    """This device's ops the hub refused with ``code`` (kept in the outbox, shown)."""
    row = replica.conn.execute(
        "SELECT count(*) FROM outbox WHERE state = 'rejected' AND error_code = ?", (code,)
    ).fetchone()
    return int(row[0])


def first_pending(replica: Replica) -> int | None:
    row = replica.conn.execute(
        "SELECT min(client_seq) FROM outbox WHERE state = 'pending'"
    ).fetchone()
    return None if row[0] is None else int(row[0])


def outbox_from(replica: Replica, client_seq: int, limit: int) -> list[tuple[int, Op]]:
    """Outbox entries from ``client_seq`` on, whatever their state (a re-push sends them
    all), in client_seq order."""
    rows = replica.conn.execute(
        "SELECT client_seq, op_id, hlc, kind, entity, row_id, body, base FROM outbox "
        "WHERE client_seq >= ? ORDER BY client_seq LIMIT ?",
        (client_seq, limit),
    ).fetchall()
    return [
        (
            r[0],
            Op(r[1], replica.device_id, r[2], r[3], r[4], r[5], json.loads(r[6]), json.loads(r[7])),
        )
        for r in rows
    ]


def outbox_json_from(replica: Replica, client_seq: int, limit: int) -> list[tuple[int, str]]:
    """As :func:`outbox_from`, each op already as its JSON text (``Op.to_dict`` layout),
    built by SQLite from the stored JSON: the push path never decodes and re-encodes."""
    rows = replica.conn.execute(
        "SELECT client_seq, json_object('op_id', op_id, 'device_id', ?, 'hlc', hlc, "
        "'kind', kind, 'entity', entity, 'id', row_id, 'body', json(body), "
        "'base', json(base)) FROM outbox WHERE client_seq >= ? ORDER BY client_seq LIMIT ?",
        (replica.device_id, client_seq, limit),
    ).fetchall()
    return [(int(r[0]), str(r[1])) for r in rows]


def record_push(replica: Replica, outcomes: Sequence[PushOutcome]) -> None:
    """Mark outbox rows with what the hub did (one transaction)."""
    with replica.transaction():
        replica.conn.executemany(
            "UPDATE outbox SET state = ?, server_seq = ?, error_code = ?, error_detail = ? "
            "WHERE client_seq = ? AND op_id = ?",
            [(o.status, o.seq or None, o.code, o.detail, o.client_seq, o.op_id) for o in outcomes],
        )


def apply_changes(
    replica: Replica, items: Sequence[ChangeItem], to_seq: int, *, synced_ms: int = 0
) -> ApplyReport:
    """Apply pulled changes and advance the cursor to ``to_seq`` in one transaction; with
    ``synced_ms`` (caught up), note the last sync in the same commit."""
    conn = replica.conn
    failed: list[tuple[int, str]] = []
    with replica.transaction():
        for item in items:
            if not item.clock_suspect:
                replica.observe_hlc(item.op.hlc)
            if item.op.kind == "event":  # one statement, which happens whole or not at all
                try:
                    apply_op(conn, item.op)
                except (OpRejected, UnknownEntity, UnknownField) as error:
                    failed.append((item.seq, error.code))
                continue
            conn.execute("SAVEPOINT change")
            try:
                apply_op(conn, item.op)
            except OpRejected as error:
                failed.append((item.seq, error.code))
                conn.execute("ROLLBACK TO change")
            except (UnknownEntity, UnknownField) as error:
                failed.append((item.seq, error.code))
                conn.execute("ROLLBACK TO change")
            conn.execute("RELEASE change")
        replica.set_meta(KEY_CURSOR, str(to_seq))
        if synced_ms:
            replica.set_meta(KEY_LAST_SYNC, str(synced_ms))
        if failed:
            total = int(replica.meta(KEY_APPLY_ERRORS) or 0) + len(failed)
            replica.set_meta(KEY_APPLY_ERRORS, str(total))
    return ApplyReport(len(items) - len(failed), tuple(failed))


@dataclass(frozen=True)
class ClockFix:
    """What a ``welcome`` did to this device's clock (docs/protocol.md, "Clocks")."""

    #: the hub's clock minus this machine's, as measured at the welcome
    offset_ms: int
    #: what this replica now adds to its machine's clock (``offset_ms`` beyond
    #: ``hlc.CORRECT_BEYOND_MS``, else 0)
    correction_ms: int
    #: pending ops stamped beyond the hub's bounds and moved by the change of correction
    restamped: int = 0
    #: pending ops still beyond the hub's bounds: the hub will refuse them (``clock_skew``)
    out_of_bounds: int = 0
    #: the stored HLC ran ahead (a clock that was wrong) and was set back
    hlc_reset: bool = False


def note_contact(
    replica: Replica,
    role: str,
    hub_offset_ms: int,
    hub_hlc: int,
    *,
    bounds: ClockBounds | None = None,
) -> ClockFix:
    """After a welcome, in one transaction: remember the role and the hub's clock offset;
    correct this replica's clock by the offset when it is beyond ``hlc.CORRECT_BEYOND_MS``;
    move pending ops that a wrong clock stamped beyond the hub's ``bounds`` by the change of
    correction (when that brings them within); set back an HLC a wrong clock pushed ahead;
    fold in the hub's HLC. Ops still beyond the bounds are left as they are: the hub refuses
    them with ``clock_skew`` and they stay in the outbox, rejected, for the desk to show."""
    bounds = bounds or ClockBounds()
    with replica.transaction():
        hub_now = replica.clock.now_ms() + hub_offset_ms
        correction = hub_offset_ms if abs(hub_offset_ms) > hlc_mod.CORRECT_BEYOND_MS else 0
        delta = correction - replica.clock_correction_ms
        restamped, out = _restamp_pending(replica, delta, hub_now, bounds)
        # an HLC beyond the bounds was pushed there by a wrong clock: set it back (a smaller
        # lead is left to the HLC itself, which never goes back)
        reset = bounds.skew(hlc_mod.physical_ms(replica.hlc), hub_now) == "ahead"
        if reset:
            replica.set_clock(correction, _sound_hlc(replica, hub_hlc, hub_now, bounds))
        else:
            replica.set_clock(correction)
        replica.observe_hlc(hub_hlc)
        replica.set_meta(KEY_ROLE, role)
        replica.set_meta(KEY_OFFSET, str(hub_offset_ms))
    return ClockFix(hub_offset_ms, correction, restamped, out, reset)


def _sound_hlc(replica: Replica, hub_hlc: int, hub_now: int, bounds: ClockBounds) -> int:
    """The HLC to go on from after a wrong clock: the latest of the hub's and of this
    replica's own ops that lie within the hub's bounds."""
    limit = hlc_mod.pack(hub_now + bounds.ahead_ms, hlc_mod.COUNTER_MAX)
    row = replica.conn.execute(
        "SELECT coalesce(max(hlc), 0) FROM outbox WHERE hlc <= ?", (limit,)
    ).fetchone()
    return max(int(row[0]), hub_hlc if hub_hlc <= limit else 0)


def _restamp_pending(
    replica: Replica, delta: int, hub_now: int, bounds: ClockBounds
) -> tuple[int, int]:
    """Move pending ops stamped beyond ``bounds`` by ``delta`` where that brings them within:
    the op's HLC, an event's wall time, and what the op wrote here (the event row, the
    field versions). Returns ``(moved, still beyond)``."""
    conn = replica.conn
    moved = out = 0
    #: old HLC → new, so a later op based on a moved one stays based on it
    renamed: dict[int, int] = {}
    low, high = hub_now - bounds.behind_ms, hub_now + bounds.ahead_ms
    first = conn.execute(  # the usual answer, in one indexed pass: nothing to move
        "SELECT min(client_seq) FROM outbox WHERE state = 'pending' AND (hlc > ? OR hlc < ? "
        "OR (kind = 'event' AND (json_extract(body, '$.wall_time') > ? "
        "OR json_extract(body, '$.wall_time') < ?)))",
        (
            hlc_mod.pack(high, hlc_mod.COUNTER_MAX),
            hlc_mod.pack(max(low, 0), 0),
            iso_utc(high),
            iso_utc(max(low, 0)),
        ),
    ).fetchone()[0]
    if first is None:
        return 0, 0
    for entry in _pending_from(replica, int(first)):
        op = entry.op
        stamp = op.hlc
        body = dict(op.body)
        base = {name: renamed.get(seen, seen) for name, seen in op.base.items()}
        if bounds.skew(hlc_mod.physical_ms(stamp), hub_now):
            shifted = hlc_mod.shift(stamp, delta)
            if delta and bounds.within(hlc_mod.physical_ms(shifted), hub_now):
                # still after the versions it replaced, or the edit would lose to them
                floor = max(base.values(), default=0)
                stamp = shifted if shifted > floor else hlc_mod.receive(floor, 0, 0)
        wall = body.get("wall_time") if op.kind == "event" else None
        if isinstance(wall, str) and _beyond(wall, hub_now, bounds):
            moved_wall = iso_utc(parse_iso_utc(wall) + delta)
            if delta and not _beyond(moved_wall, hub_now, bounds):
                body["wall_time"] = moved_wall
        if body.get("hlc") == op.hlc:
            body["hlc"] = stamp  # a stamped event carries its op's HLC
        if stamp == op.hlc and body == op.body and base == op.base:
            if bounds.skew(hlc_mod.physical_ms(stamp), hub_now) or (
                isinstance(wall, str) and _beyond(wall, hub_now, bounds)
            ):
                out += 1
            continue
        renamed[op.hlc] = stamp
        conn.execute(
            "UPDATE outbox SET hlc = ?, body = ?, base = ? WHERE client_seq = ?",
            (
                stamp,
                json.dumps(body, ensure_ascii=False, separators=(",", ":")),
                json.dumps(base, separators=(",", ":")),
                entry.client_seq,
            ),
        )
        if op.kind == "event":
            changed = {k: body[k] for k in ("hlc", "wall_time") if body.get(k) != op.body.get(k)}
            if changed:  # this device's own event, not yet taken by the hub: its stamp
                sets = ", ".join(f"{k} = ?" for k in changed)
                conn.execute(
                    f"UPDATE {op.entity} SET {sets} WHERE id = ?", [*changed.values(), op.row_id]
                )
        else:
            conn.execute(
                "UPDATE field_version SET hlc = ? WHERE entity = ? AND row_id = ? "
                "AND hlc = ? AND device_id = ?",
                (stamp, op.entity, op.row_id, op.hlc, replica.device_id),
            )
        moved += 1
    return moved, out


def _pending_from(replica: Replica, client_seq: int) -> Iterator[OutboxEntry]:
    """Pending outbox entries from ``client_seq`` on, in order, a page at a time."""
    while True:
        page = replica.outbox("pending", limit=1000, from_seq=client_seq)
        if not page:
            return
        yield from page
        client_seq = page[-1].client_seq + 1


def _beyond(wall: str, hub_now: int, bounds: ClockBounds) -> bool:
    try:
        return not bounds.within(parse_iso_utc(wall), hub_now)
    except ValueError:
        return False


def mark_synced(replica: Replica, now_ms: int) -> None:
    with replica.transaction():
        replica.set_meta(KEY_LAST_SYNC, str(now_ms))


# -- snapshots ---------------------------------------------------------------------------------


class SnapshotDamaged(Exception):
    """The snapshot file that arrived is not the one the hub announced (size, SHA-256), or
    not a replica of this schema: it is thrown away and a fresh one asked for."""


@contextmanager
def _without_foreign_keys(conn: sqlite3.Connection) -> Iterator[None]:
    """Hub rows are consistent as a whole, not table by table: check keys off meanwhile
    (and back to what the connection had after)."""
    before = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    conn.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA foreign_keys={'ON' if before else 'OFF'}")


def snapshot_path(replica: Replica) -> Path:
    """Where a snapshot file arrives: beside the replica's own file."""
    row = replica.conn.execute("PRAGMA database_list").fetchone()
    return Path(str(row[2]) + ".snapshot")


def _set_progress(replica: Replica, progress: SnapshotProgress | None) -> None:
    if progress is None:
        replica.conn.execute("DELETE FROM replica_meta WHERE key = ?", (KEY_SNAPSHOT,))
        return
    replica.set_meta(KEY_SNAPSHOT, json.dumps(progress.__dict__))


def resume_offset(replica: Replica, epoch: str) -> tuple[str, int]:
    """``(snapshot id, bytes held)`` of a cut transfer from a hub of ``epoch``, to ask the hub
    to go on from there; ``("", 0)`` when there is none to resume."""
    progress = read_state(replica).snapshot
    path = snapshot_path(replica)
    if progress is None or progress.epoch != epoch or not path.is_file():
        return "", 0
    return progress.snapshot_id, min(path.stat().st_size, progress.size)


def snapshot_floor(replica: Replica, epoch: str) -> int:
    """The oldest log position a snapshot may hold for this replica: its cursor, when it
    re-snapshots from the hub of ``epoch`` it already follows (a cursor never goes back
    within an epoch); 0 otherwise."""
    state = read_state(replica)
    return state.cursor if state.bootstrapped and state.hub_epoch == epoch else 0


class SnapshotDownload:
    """A snapshot file arriving from the hub (``snapshot_file``, its bytes, its end) into
    ``<replica>.snapshot``, then installed as the replica's tables in one transaction.

    The announcement is recorded in the replica (``sync.snapshot``): a cut transfer resumes
    where the file ends when the hub still holds the same snapshot; another snapshot id, or
    an offset the file does not reach, starts the file over."""

    def __init__(self, replica: Replica, announced: SnapshotProgress, offset: int) -> None:
        self.replica = replica
        self.path = snapshot_path(replica)
        self.progress = announced
        self._digest = hashlib.sha256()
        before = read_state(replica).snapshot
        same = before is not None and before.snapshot_id == announced.snapshot_id
        if not same or offset == 0 or not self.path.is_file():
            offset = 0
        elif self.path.stat().st_size < offset:
            with replica.transaction():
                _set_progress(replica, None)
            self.path.unlink(missing_ok=True)
            raise SnapshotDamaged("the hub resumes past the end of the file held here")
        with replica.transaction():
            _set_progress(replica, announced)
            replica.set_meta(KEY_BOOTSTRAPPED, "0")
        # unbuffered: what ``resume_offset`` sees on disk is every byte written
        self._file = self.path.open("r+b" if offset else "wb", buffering=0)
        self._file.truncate(offset)
        self._file.seek(0)
        while offset and (block := self._file.read(min(1 << 20, offset - self._file.tell()))):
            self._digest.update(block)  # what is held counts towards the digest
        self._file.seek(offset)
        self.received = offset

    def write(self, data: bytes) -> None:
        if self.received + len(data) > self.progress.size:
            raise SnapshotDamaged("more bytes than the hub announced")
        self._file.write(data)
        self._digest.update(data)
        self.received += len(data)

    def abandon(self) -> None:
        """The link failed: keep what arrived (flushed) for a resume."""
        self._file.close()

    def finish(self) -> int:
        """Check the file and make it this replica's state; returns the cursor."""
        self._file.flush()
        self._file.close()
        replica = self.replica
        try:
            if self.received != self.progress.size:
                raise SnapshotDamaged(f"{self.received} of {self.progress.size} bytes")
            if self._digest.hexdigest() != self.progress.sha256:
                raise SnapshotDamaged("the file's SHA-256 is not the one announced")
            install_snapshot(replica, self.path, self.progress.seq, self.progress.epoch)
        except (SnapshotDamaged, sqlite3.DatabaseError) as error:
            with replica.transaction():
                _set_progress(replica, None)
            self.path.unlink(missing_ok=True)
            if isinstance(error, SnapshotDamaged):
                raise
            raise SnapshotDamaged(f"not a replica database: {error}") from None
        self.path.unlink(missing_ok=True)
        return self.progress.seq


def install_snapshot(replica: Replica, path: Path, seq: int, epoch: str) -> None:
    """Replace this replica's replicated tables and field versions with those of the
    snapshot file at ``path`` (one transaction, so every reader sees the old state or the
    new, never half), keep what is this device's own (outbox, secrets, meta), re-apply the
    local ops the hub has not taken yet and set the cursor to ``seq``.

    The rows are copied by SQLite from file to file (``INSERT … SELECT *`` into emptied
    tables of the same schema, which SQLite does record by record, indexes included), and
    the counters the triggers keep are copied with them (:data:`DERIVED_TABLES`) while the
    triggers are set aside; the pending local ops re-applied after go through the triggers."""
    conn = replica.conn
    conn.execute("ATTACH DATABASE ? AS snap", (str(path),))
    try:
        _check_schema(conn)
        limit = hlc_mod.pack(replica.now_ms() + hlc_mod.SUSPECT_AHEAD_MS, hlc_mod.COUNTER_MAX)
        with _without_foreign_keys(conn), replica.transaction():
            # the triggers are set aside for the copy (DDL is part of this transaction):
            # what they would write row by row, the file holds already (DERIVED_TABLES)
            triggers = conn.execute(
                "SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger'"
            ).fetchall()
            for name, _ in triggers:
                conn.execute(f'DROP TRIGGER main."{name}"')
            for table in (*reversed(TABLE_ORDER), "field_version", *DERIVED_TABLES):
                conn.execute(f"DELETE FROM main.{table}")
            for table in (*TABLE_ORDER, "field_version", *DERIVED_TABLES):
                conn.execute(f"INSERT INTO main.{table} SELECT * FROM snap.{table}")
            for _, sql in triggers:
                conn.execute(sql)
            # the newest sound version moves this clock (a clock-suspect one never does)
            newest = conn.execute(
                "SELECT max(hlc) FROM snap.field_version WHERE hlc <= ?", (limit,)
            ).fetchone()[0]
            if newest:
                replica.observe_hlc(int(newest))
            _reapply_pending(replica)
            replica.set_meta(KEY_CURSOR, str(seq))
            replica.set_meta(KEY_EPOCH, epoch)
            replica.set_meta(KEY_BOOTSTRAPPED, "1")
            _set_progress(replica, None)
    finally:
        conn.execute("DETACH DATABASE snap")


def _check_schema(conn: sqlite3.Connection) -> None:
    """The snapshot file must be a replica of this very schema: the same migrations, the
    same columns in every replicated table."""
    query = "SELECT name FROM {}._sqlite_migrations WHERE migration_set = 'wufops' ORDER BY rowid"
    ours = [r[0] for r in conn.execute(query.format("main"))]
    try:
        theirs = [r[0] for r in conn.execute(query.format("snap"))]
    except sqlite3.DatabaseError as error:
        raise SnapshotDamaged(f"not a replica database: {error}") from None
    if theirs != ours:
        raise SnapshotDamaged(f"schema {len(theirs)} migrations, this replica {len(ours)}")
    for table in (*TABLE_ORDER, "field_version", *DERIVED_TABLES):
        mine = conn.execute(f"PRAGMA main.table_info({table})").fetchall()
        held = conn.execute(f"PRAGMA snap.table_info({table})").fetchall()
        if [tuple(r) for r in mine] != [tuple(r) for r in held]:
            raise SnapshotDamaged(f"table {table} differs from this replica's")


def _reapply_pending(replica: Replica) -> None:
    """Local ops the hub has not taken yet go on top of the snapshot (inside its
    transaction): what this desk recorded stays visible here until the hub has it."""
    conn = replica.conn
    for entry in _pending_from(replica, 1):
        conn.execute("SAVEPOINT local")
        try:
            apply_op(conn, entry.op)
        except (OpRejected, UnknownEntity, UnknownField):
            conn.execute("ROLLBACK TO local")
        conn.execute("RELEASE local")


def adopt_epoch(replica: Replica, epoch: str) -> None:
    with replica.transaction():
        replica.set_meta(KEY_EPOCH, epoch)


def local_digests(conn: sqlite3.Connection, tables: Sequence[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for table in tables:
        cols = columns(conn, table)
        out[table] = table_digest(
            tuple(r) for r in conn.execute(f"SELECT {', '.join(cols)} FROM {table}")
        )
    return out


# -- what supervisors see (Operations workspace) ---------------------------------------------


@dataclass(frozen=True)
class DeviceRow:
    name: str
    role: str
    revoked: bool
    last_seen: str


@dataclass(frozen=True)
class ConflictRow:
    detected_at: str
    kind: str
    code: str
    entity: str
    row_id: str
    field: str
    winner: str
    loser: str
    resolved: bool


@dataclass(frozen=True)
class RejectedOp:
    client_seq: int
    entity: str
    row_id: str
    kind: str
    code: str
    detail: str


def devices(conn: sqlite3.Connection) -> list[DeviceRow]:
    """Enrolled devices as replicated from the hub, most recently seen first."""
    return [
        DeviceRow(r[0], r[1], bool(r[2]), r[3] or "")
        for r in conn.execute(
            "SELECT name, role, revoked, last_seen FROM device "
            "ORDER BY last_seen IS NULL, last_seen DESC, name"
        )
    ]


def conflicts(conn: sqlite3.Connection, limit: int = 1000) -> list[ConflictRow]:
    """Conflict records (made by the hub, replicated everywhere), newest first."""
    return [
        ConflictRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8]))
        for r in conn.execute(
            "SELECT detected_at, kind, code, entity, row_id, field, winner, loser, resolved "
            "FROM conflict ORDER BY detected_at DESC, id LIMIT ?",
            (limit,),
        )
    ]


def rejected_ops(conn: sqlite3.Connection, limit: int = 1000) -> list[RejectedOp]:
    """This device's ops the hub refused, with the hub's code and reason."""
    return [
        RejectedOp(r[0], r[1], r[2], r[3], r[4], r[5])
        for r in conn.execute(
            "SELECT client_seq, entity, row_id, kind, error_code, error_detail FROM outbox "
            "WHERE state = 'rejected' ORDER BY client_seq DESC LIMIT ?",
            (limit,),
        )
    ]
