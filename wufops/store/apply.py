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
from dataclasses import dataclass
from typing import Literal

from wufops.errors import CodedError
from wufops.store.entities import (
    EDITED,
    EVENTS,
    TABLE_ORDER,
    UnknownEntity,
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
    names = ["id", *op.body]
    sql = (
        f"INSERT OR IGNORE INTO {op.entity} ({', '.join(names)}) "
        f"VALUES ({', '.join('?' * len(names))})"
    )
    try:
        cursor = conn.execute(sql, [op.row_id, *op.body.values()])
    except sqlite3.IntegrityError as error:
        raise OpRejected("constraint", str(error)) from None
    if cursor.rowcount == 0:
        return Applied("duplicate")
    return Applied("applied", tuple(op.body))


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
