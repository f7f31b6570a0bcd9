"""Access edits over a real hub on 127.0.0.1: two coordinators fill the same slot during a
network cut, each on their own replica; after syncing in either order both hold one row (the
slot's deterministic id), the same provider (the later edit), and one ``concurrent_edit``
record of the unit. A desk's assignment is refused (``role_forbidden``)."""

from __future__ import annotations

import json
import time

import pytest

from tests.access.build import seed_access
from tests.sync.conftest import Device, HubEnv
from wufops.access.edits import assign
from wufops.access.plan import load_plan
from wufops.models.access import slot_id


def _prepare(env: HubEnv) -> tuple[dict[str, str], Device, Device]:
    admin = env.device("admin-1", "admin")
    admin.sync()
    replica = admin.replica()
    try:
        event_id = replica.conn.execute("SELECT id FROM event").fetchone()[0]
        ids = seed_access(replica, event_id)
    finally:
        replica.close()
    admin.sync()
    one, two = env.device("coord-1", "coordinator"), env.device("coord-2", "coordinator")
    one.sync()
    two.sync()
    return ids, one, two


def _assign(device: Device, slot: str, provider: str) -> None:
    replica = device.replica()
    try:
        assign(replica, slot, provider)
    finally:
        replica.close()


def _state(device: Device, slot: str) -> tuple[list[tuple[str, str | None]], list[object]]:
    replica = device.replica()
    try:
        rows = [
            (r[0], r[1])
            for r in replica.conn.execute("SELECT id, provider_id FROM assignment_slot")
        ]
        conflicts = [
            (r[0], r[1], json.loads(r[2])["value"])
            for r in replica.conn.execute("SELECT entity, field, winner FROM conflict")
        ]
        assert load_plan(replica.conn).assignments[slot].status == "confirmed"
        return rows, conflicts
    finally:
        replica.close()


@pytest.mark.parametrize("first", ["coord-1", "coord-2"])
def test_two_coordinators_filling_one_slot_offline_agree_on_one_row(
    hub_env: HubEnv, first: str
) -> None:
    ids, one, two = _prepare(hub_env)
    slot = slot_id(ids["afternoon"], "sign_language", "ils", 1)
    _assign(one, slot, ids["is_a"])
    time.sleep(0.005)
    _assign(two, slot, ids["is_b"])  # later: wins everywhere
    order = (one, two) if first == "coord-1" else (two, one)
    for device in (*order, *order):
        device.sync()
    rows_one, conflicts_one = _state(one, slot)
    rows_two, conflicts_two = _state(two, slot)
    assert rows_one == rows_two == [(slot, ids["is_b"])]
    assert conflicts_one == conflicts_two
    assert [(e, f) for e, f, _ in conflicts_one] == [("assignment_slot", "unit")]


def test_a_desk_cannot_assign(hub_env: HubEnv) -> None:
    ids, one, _ = _prepare(hub_env)
    desk = hub_env.device("desk-1", "desk")
    desk.sync()
    _assign(desk, slot_id(ids["afternoon"], "sign_language", "ils", 1), ids["is_a"])
    desk.sync()
    replica = desk.replica()
    try:
        refused = {(e.op.entity, e.state, e.error_code) for e in replica.outbox(state=None)}
    finally:
        replica.close()
    assert refused == {("assignment_slot", "rejected", "role_forbidden")}
    one.sync()
    rows, _ = _state_rows(one)
    assert rows == []


def _state_rows(device: Device) -> tuple[list[object], None]:
    replica = device.replica()
    try:
        return list(replica.conn.execute("SELECT id FROM assignment_slot")), None
    finally:
        replica.close()
