"""The end-of-run checks shared by the in-process model and the process-level fault tests.

Each takes the hub's connection and the desks' (named) connections after quiescence and
fails with a message that says which replica broke which promise:

- :func:`assert_nothing_lost` — every op in every desk's outbox is in the hub's change log
  or was rejected there with a code and a reason (the desk holds the same code); no outbox
  entry is still pending;
- :func:`assert_converged` — every replica's canonical dump equals the hub's;
- :func:`assert_one_primary_pickup` — per attendee, the primary pickup is the earliest
  non-voided by ``(hlc, device_id)`` and every other live pickup is a duplicate, on every
  replica;
- :func:`assert_conflicts_recorded` — replaying the hub's log in commit order, every edit
  that met a version of its field it was not based on, with a different value (a concurrent
  edit), has exactly one conflict record, and there is no other, on every replica; and an
  edit based on the very version it meets (made after seeing it) wins over it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from wufops.store.apply import canonical_dump
from wufops.store.checkins import pickup_state
from wufops.sync.merge import Version
from wufops.sync.ops import Op

Named = Sequence[tuple[str, sqlite3.Connection]]


def hub_verdicts(hub: sqlite3.Connection) -> tuple[set[str], dict[str, tuple[str, str]]]:
    """``(op ids in the change log, {rejected op id: (code, detail)})``."""
    logged = {r[0] for r in hub.execute("SELECT op_id FROM change_log")}
    rejected = {
        r[0]: (r[1], r[2])
        for r in hub.execute("SELECT op_id, code, detail FROM hub_push WHERE status = 'rejected'")
    }
    return logged, rejected


def assert_nothing_lost(hub: sqlite3.Connection, desks: Named) -> None:
    logged, rejected = hub_verdicts(hub)
    for name, conn in desks:
        stuck = conn.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0]
        assert stuck == 0, f"{name}: {stuck} ops stuck pending after the network healed"
        for op_id, entity, state, code in conn.execute(
            "SELECT op_id, entity, state, error_code FROM outbox"
        ):
            if op_id in logged:
                continue
            assert op_id in rejected, f"{name}: {entity} op {op_id} ({state}) lost at the hub"
            hub_code, detail = rejected[op_id]
            assert hub_code and detail, f"{name}: op {op_id} rejected without a reason"
            assert state == "rejected" and code == hub_code, (
                f"{name}: op {op_id} rejected at the hub ({hub_code}) but {state} on the desk"
            )


def assert_converged(hub: sqlite3.Connection, desks: Named) -> None:
    expected = canonical_dump(hub)
    for name, conn in desks:
        dump = canonical_dump(conn)
        differ = [table for table in expected if dump.get(table) != expected[table]]
        assert not differ, f"{name} diverged from the hub in {differ}"


def assert_one_primary_pickup(
    hub: sqlite3.Connection, desks: Named, attendees: Iterable[str]
) -> None:
    rows = hub.execute(
        "SELECT id, attendee_id, kind, voids_id, hlc, device_id FROM checkin_event"
    ).fetchall()
    voided = {r[3] for r in rows if r[2] == "void"}
    live: dict[str, list[tuple[int, str, str]]] = {}
    for r in rows:
        if r[2] == "badge_pickup" and r[0] not in voided:
            live.setdefault(r[1], []).append((r[4], r[5], r[0]))
    for attendee in attendees:
        order = [x[2] for x in sorted(live.get(attendee, []))]
        for name, conn in [("hub", hub), *desks]:
            state = pickup_state(conn, attendee)
            primary = state.primary.id if state.primary is not None else None
            assert primary == (order[0] if order else None), f"{name}: wrong primary pickup"
            duplicates = [d.id for d in state.duplicates]
            assert duplicates == order[1:], f"{name}: duplicates of {attendee} not flagged"


def expected_conflicts(hub: sqlite3.Connection) -> list[tuple[Any, ...]]:
    """The conflict records the hub's log calls for, as ``(entity, row, field, winner hlc,
    winner device, loser hlc, loser device)``."""
    current: dict[tuple[str, str, str], tuple[Version, Any]] = {}
    expected: list[tuple[Any, ...]] = []
    for (text,) in hub.execute("SELECT op FROM change_log ORDER BY seq"):
        op = Op.from_dict(json.loads(text))
        if op.kind == "event" or op.entity == "conflict":
            continue
        incoming = Version(op.hlc, op.device_id)
        for name, value in op.body.items():
            key = (op.entity, op.row_id, name)
            met = current.get(key)
            if met is None:
                current[key] = (incoming, value)
                continue
            version, met_value = met
            if version == incoming:
                continue
            if op.base.get(name, 0) == version.hlc:
                assert incoming > version, (
                    f"an edit of {op.entity}.{name} made after seeing the value it replaces "
                    f"lost to it (op {op.op_id}): a correction silently discarded"
                )
            elif value != met_value:
                win, lose = max(incoming, version), min(incoming, version)
                expected.append(
                    (op.entity, op.row_id, name, win.hlc, win.device_id, lose.hlc, lose.device_id)
                )
            if incoming > version:
                current[key] = (incoming, value)
    return sorted(expected)


def conflict_records(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    found = []
    for entity, row_id, name, winner, loser in conn.execute(
        "SELECT entity, row_id, field, winner, loser FROM conflict WHERE kind = 'concurrent_edit'"
    ):
        win, lose = json.loads(winner), json.loads(loser)
        found.append(
            (entity, row_id, name, win["hlc"], win["device_id"], lose["hlc"], lose["device_id"])
        )
    return sorted(found)


def assert_conflicts_recorded(hub: sqlite3.Connection, desks: Named) -> None:
    expected = expected_conflicts(hub)
    for name, conn in [("hub", hub), *desks]:
        found = conflict_records(conn)
        assert found == expected, (
            f"{name}: {len(found)} conflict records, the edits call for {len(expected)}"
        )
