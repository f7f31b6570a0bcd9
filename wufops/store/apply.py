"""Applying an op to a database through the one merge rule — desks and hub alike.

The caller owns the transaction: ``apply_op`` must run inside ``BEGIN … COMMIT`` together
with whatever else that commit records (outbox row, cursor, change log).

An edit that writes part of a field group (``wufops.sync.merge.FIELD_GROUPS``: a session's
room without its start and end) is refused as ``partial_<group>`` (``partial_placement``)
everywhere it is applied: the local write path, the hub, a desk applying pulled changes.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from wufops.errors import CodedError
from wufops.store.entities import (
    EDITED,
    EVENTS,
    TABLE_ORDER,
    UnknownEntity,
    UnknownField,
    check_fields,
    columns,
)
from wufops.sync.merge import FIELD_GROUPS, ConcurrentEdit, Version, partial_group, resolve_edit
from wufops.sync.ops import JsonValue, Op

Outcome = Literal["applied", "duplicate"]

_CONFLICT_NS = uuid.UUID("5b0b6a43-8f0e-4a53-9d43-0b1c9e0e7a11")


class OpRejected(CodedError):
    """The op cannot apply here (unknown row, broken constraint): refused with a code."""


@dataclass(frozen=True)
class Applied:
    outcome: Outcome
    #: fields actually written (empty for a duplicate or a fully-lost edit)
    written: tuple[str, ...] = ()
    concurrent: tuple[ConcurrentEdit, ...] = ()


def apply_op(
    conn: sqlite3.Connection,
    op: Op,
    *,
    record_conflicts: bool = False,
    detected_at: str = "",
) -> Applied:
    """Apply ``op``; idempotent. With ``record_conflicts`` concurrent edits become rows of
    ``conflict`` (the hub does this, in its commit order, so every replica sees the same
    records)."""
    if op.entity in EVENTS:
        return _apply_event(conn, op)
    if op.entity not in EDITED:
        raise UnknownEntity(op.entity)
    if op.kind == "event":
        raise OpRejected("wrong_kind", f"{op.entity} is edited field by field, not an event")
    return _apply_edit(conn, op, record_conflicts, detected_at)


def _apply_event(conn: sqlite3.Connection, op: Op) -> Applied:
    if op.kind != "event":
        raise OpRejected("wrong_kind", f"{op.entity} records are immutable events")
    check_fields(conn, op.entity, list(op.body))
    if conn.execute(f"SELECT 1 FROM {op.entity} WHERE id = ?", (op.row_id,)).fetchone():
        return Applied("duplicate")  # in the set already, whatever this copy says
    try:
        cursor = conn.execute(
            _event_insert(op.entity, tuple(op.body)), [op.row_id, *op.body.values()]
        )
    except sqlite3.IntegrityError as error:
        raise OpRejected("constraint", str(error)) from None
    if cursor.rowcount == 0:
        return Applied("duplicate")
    return Applied("applied", tuple(op.body))


def _event_insert(entity: str, names: tuple[str, ...]) -> str:
    """Insert an event unless its id is there: only the id's conflict is "already applied"
    (``INSERT OR IGNORE`` would also skip a row breaking a CHECK or NOT NULL rule and call
    it a duplicate — an op lost without a trace)."""
    columns_ = ", ".join(("id", *names))
    marks = ", ".join("?" * (len(names) + 1))
    return f"INSERT INTO {entity} ({columns_}) VALUES ({marks}) ON CONFLICT (id) DO NOTHING"


#: what :func:`apply_events` answers for one op: applied/duplicate, or why it cannot apply
EventResult = Applied | OpRejected | UnknownField


def apply_events(conn: sqlite3.Connection, ops: Sequence[Op]) -> list[EventResult]:
    """Apply many events (``kind == "event"`` ops of an event entity) set-wise: the same rule
    as :func:`apply_op` — a grow-only set, an event whose id is already here is a duplicate
    — with one query for the ids already here and one ``executemany`` per entity and field
    set. Returns each op's result in order; the caller owns the transaction, as for
    ``apply_op``. An op that breaks a constraint is found by applying its group one op at a
    time, and only that op is refused."""
    results: list[EventResult | None] = [None] * len(ops)
    present: set[tuple[str, str]] = set()
    by_entity: dict[str, list[str]] = {}
    for op in ops:
        if op.entity not in EVENTS or op.kind != "event":
            raise ValueError(f"apply_events takes events only, not {op.kind} {op.entity}")
        by_entity.setdefault(op.entity, []).append(op.row_id)
    for entity, ids in by_entity.items():
        for start in range(0, len(ids), _IN_CHUNK):
            chunk = ids[start : start + _IN_CHUNK]
            rows = conn.execute(
                f"SELECT id FROM {entity} WHERE id IN ({', '.join('?' * len(chunk))})", chunk
            )
            present.update((entity, row[0]) for row in rows)
    groups: dict[tuple[str, tuple[str, ...]], list[int]] = {}
    first: set[tuple[str, str]] = set()
    #: ops repeating an id met earlier in this call: they wait for it, and go one by one
    repeats: list[int] = []
    unknown: dict[tuple[str, tuple[str, ...]], UnknownField | None] = {}
    for at, op in enumerate(ops):
        shape = (op.entity, tuple(op.body))
        if shape not in unknown:
            try:
                check_fields(conn, op.entity, list(shape[1]))
                unknown[shape] = None
            except UnknownField as error:
                unknown[shape] = error
        key = (op.entity, op.row_id)
        refused = unknown[shape]
        if refused is not None:  # as apply_op: the fields are checked first
            results[at] = refused
        elif key in present:
            results[at] = Applied("duplicate")
        elif key in first:
            repeats.append(at)
        else:
            first.add(key)
            groups.setdefault(shape, []).append(at)
    for (entity, names), members in groups.items():
        inserted = _insert_events(conn, entity, names, [ops[at] for at in members])
        for at, result in zip(members, inserted, strict=True):
            results[at] = result
    for at in repeats:  # the same id again: a duplicate, unless the first could not apply
        try:
            results[at] = _apply_event(conn, ops[at])
        except (OpRejected, UnknownField) as error:
            results[at] = error
    return [r if r is not None else Applied("duplicate") for r in results]


#: ids per ``IN (…)`` list (SQLite allows 32,766 parameters; smaller lists plan the same)
_IN_CHUNK = 500


def _insert_events(
    conn: sqlite3.Connection, entity: str, names: tuple[str, ...], ops: list[Op]
) -> list[EventResult]:
    """Insert events of one entity and field set, none of them here yet."""
    conn.execute("SAVEPOINT events")
    before = conn.total_changes
    try:
        conn.executemany(
            _event_insert(entity, names), [(op.row_id, *op.body.values()) for op in ops]
        )
        whole = conn.total_changes - before == len(ops)
    except sqlite3.IntegrityError:
        whole = False
    if whole:
        conn.execute("RELEASE events")
        return [Applied("applied", names) for _ in ops]
    conn.execute("ROLLBACK TO events")  # one op breaks a rule: find it, keep the others
    conn.execute("RELEASE events")
    results: list[EventResult] = []
    for op in ops:
        try:
            results.append(_apply_event(conn, op))
        except OpRejected as error:
            results.append(error)
    return results


def apply_inserts(conn: sqlite3.Connection, ops: Sequence[Op]) -> list[Applied]:
    """Apply many ``insert`` ops of edited entities set-wise where their rows are not here
    yet — what the merge rule does there: with no version to compare, every field is
    written, each with the op's version — with one ``executemany`` for the rows and one for
    their field versions. An op whose row is here already (a re-import), or comes twice in
    this call, goes through :func:`apply_op` (last writer wins, field by field). Raises like
    ``apply_op`` (``OpRejected("constraint")`` for the op that breaks a table rule, found by
    applying one at a time); the caller owns the transaction."""
    new: dict[tuple[str, tuple[str, ...]], list[Op]] = {}
    later: list[Op] = []
    seen: set[tuple[str, str]] = set()
    by_entity: dict[str, list[str]] = {}
    for op in ops:
        if op.entity not in EDITED or op.kind != "insert":
            raise ValueError(f"apply_inserts takes inserts only, not {op.kind} {op.entity}")
        by_entity.setdefault(op.entity, []).append(op.row_id)
    present: set[tuple[str, str]] = set()  # a row here, or field versions of one
    for entity, ids in by_entity.items():
        for start in range(0, len(ids), _IN_CHUNK):
            chunk = ids[start : start + _IN_CHUNK]
            marks = ", ".join("?" * len(chunk))
            rows = conn.execute(
                f"SELECT id FROM {entity} WHERE id IN ({marks}) UNION "
                f"SELECT row_id FROM field_version WHERE entity = ? AND row_id IN ({marks})",
                [*chunk, entity, *chunk],
            )
            present.update((entity, row[0]) for row in rows)
    for op in ops:
        key = (op.entity, op.row_id)
        if key in present or key in seen:
            later.append(op)
        else:
            seen.add(key)
            new.setdefault((op.entity, tuple(op.body)), []).append(op)
    for (entity, names), group in new.items():
        check_fields(conn, entity, list(names))
        conn.execute("SAVEPOINT inserts")
        try:
            conn.executemany(
                f"INSERT INTO {entity} ({', '.join(('id', *names))}) "
                f"VALUES ({', '.join('?' * (len(names) + 1))})",
                [(op.row_id, *op.body.values()) for op in group],
            )
        except sqlite3.IntegrityError:
            conn.execute("ROLLBACK TO inserts")  # find the op that breaks the rule
            conn.execute("RELEASE inserts")
            for op in group:
                apply_op(conn, op)
            continue
        conn.execute("RELEASE inserts")
        conn.executemany(
            "INSERT INTO field_version (entity, row_id, field, hlc, device_id) "
            "VALUES (?, ?, ?, ?, ?)",
            [(entity, op.row_id, name, op.hlc, op.device_id) for op in group for name in names],
        )
    results = [Applied("applied", tuple(op.body)) for op in ops]
    if later:
        done = {id(op): apply_op(conn, op) for op in later}
        results = [done.get(id(op), result) for op, result in zip(ops, results, strict=True)]
    return results


def _apply_edit(
    conn: sqlite3.Connection, op: Op, record_conflicts: bool, detected_at: str
) -> Applied:
    check_fields(conn, op.entity, list(op.body))
    group = partial_group(op.entity, op.body)
    if group is not None:
        members = ", ".join(FIELD_GROUPS[op.entity][group])
        raise OpRejected(
            f"partial_{group}",
            f"{op.entity} {group} is one value: an edit writes all of {members} or none",
        )
    versions = {
        row[0]: Version(row[1], row[2])
        for row in conn.execute(
            "SELECT field, hlc, device_id FROM field_version WHERE entity = ? AND row_id = ?",
            (op.entity, op.row_id),
        )
    }
    row = conn.execute(f"SELECT * FROM {op.entity} WHERE id = ?", (op.row_id,)).fetchone()
    values: dict[str, JsonValue] = dict(row) if row is not None else {}
    resolution = resolve_edit(op, versions, values)
    if (
        not resolution.writes
        and versions
        and all(versions.get(name) == Version(op.hlc, op.device_id) for name in op.body)
    ):
        return Applied("duplicate")
    writes = resolution.writes
    try:
        if row is None:
            if op.kind != "insert":
                raise OpRejected("unknown_row", f"{op.entity} {op.row_id} does not exist here")
            names = ["id", *writes]
            conn.execute(
                f"INSERT INTO {op.entity} ({', '.join(names)}) "
                f"VALUES ({', '.join('?' * len(names))})",
                [op.row_id, *writes.values()],
            )
        elif writes:
            assignments = ", ".join(f"{name} = ?" for name in writes)
            conn.execute(
                f"UPDATE {op.entity} SET {assignments} WHERE id = ?",
                [*writes.values(), op.row_id],
            )
    except sqlite3.IntegrityError as error:
        raise OpRejected("constraint", str(error)) from None
    if writes:
        conn.executemany(
            "INSERT INTO field_version (entity, row_id, field, hlc, device_id) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity, row_id, field) "
            "DO UPDATE SET hlc = excluded.hlc, device_id = excluded.device_id",
            [(op.entity, op.row_id, name, op.hlc, op.device_id) for name in writes],
        )
    if record_conflicts:
        for edit in resolution.concurrent:
            _record_conflict(conn, op, edit, detected_at)
    return Applied("applied", tuple(writes), resolution.concurrent)


def _record_conflict(
    conn: sqlite3.Connection, op: Op, edit: ConcurrentEdit, detected_at: str
) -> None:
    key = f"{op.entity}/{op.row_id}/{edit.field}/{edit.winner}/{edit.loser}"
    conn.execute(
        "INSERT OR IGNORE INTO conflict "
        "(id, kind, code, entity, row_id, field, winner, loser, detected_at) "
        "VALUES (?, 'concurrent_edit', 'concurrent_edit', ?, ?, ?, ?, ?, ?)",
        (
            str(uuid.uuid5(_CONFLICT_NS, key)),
            op.entity,
            op.row_id,
            edit.field,
            json.dumps(_side(edit.winner, edit.winner_value), ensure_ascii=False),
            json.dumps(_side(edit.loser, edit.loser_value), ensure_ascii=False),
            detected_at,
        ),
    )


def _side(version: Version, value: JsonValue) -> dict[str, JsonValue]:
    return {"hlc": version.hlc, "device_id": version.device_id, "value": value}


def canonical_dump(conn: sqlite3.Connection) -> dict[str, list[tuple[JsonValue, ...]]]:
    """Every replicated row, sorted: two replicas have converged when their dumps are equal."""
    dump: dict[str, list[tuple[JsonValue, ...]]] = {}
    for table in TABLE_ORDER:
        names = columns(conn, table)
        rows = conn.execute(f"SELECT {', '.join(names)} FROM {table} ORDER BY id").fetchall()
        dump[table] = [tuple(r) for r in rows]
    return dump
