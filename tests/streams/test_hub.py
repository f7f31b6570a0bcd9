"""Slot statuses over a real hub on 127.0.0.1: two control-room screens change one slot's
status during a network cut, then sync in either order; a desk cannot change a status.

Both replicas (real SQLite files, the real sync driver) must end with the same status (the
later change, LWW), the same trail of every change (both screens' changes kept, each naming
the enrolled device that made it), one ``concurrent_edit`` conflict record for the field
``status``, and the same board.
"""

from __future__ import annotations

import json
import time

import pytest

from tests.streams.build import at, seed_streams
from tests.sync.conftest import Device, HubEnv
from wufops.store import streams as store
from wufops.streams import Board, board, load_plan, set_slot_status


def _prepare(env: HubEnv) -> tuple[dict[str, str], Device, Device]:
    """An admin plans the streams; two control-room screens (coordinators) bootstrap."""
    admin = env.device("admin-1", "admin")
    admin.sync()
    replica = admin.replica()
    try:
        event_id = replica.conn.execute("SELECT id FROM event").fetchone()[0]
        ids = seed_streams(replica, event_id)
    finally:
        replica.close()
    admin.sync()
    one, two = env.device("control-1", "coordinator"), env.device("control-2", "coordinator")
    one.sync()
    two.sync()
    return ids, one, two


def _set(device: Device, slot_id: str, *statuses: str) -> None:
    replica = device.replica()
    try:
        for status in statuses:
            set_slot_status(replica, slot_id, status)
    finally:
        replica.close()


def _state(device: Device, ids: dict[str, str]) -> tuple[str, list[tuple[str, str, str]], Board]:
    replica = device.replica()
    try:
        status = store.load_slots(replica.conn, ids["event"], [ids["opening_slot"]])
        trail = [
            (c.from_status, c.to_status, c.device_name)
            for c in store.status_changes(replica.conn, [ids["opening_slot"]])
        ]
        return (
            status[ids["opening_slot"]].status,
            trail,
            board(load_plan(replica.conn), at(1, "10:01")),
        )
    finally:
        replica.close()


def _conflicts(device: Device) -> list[tuple[str, str, object, object]]:
    replica = device.replica()
    try:
        return [
            (r[0], r[1], json.loads(r[2])["value"], json.loads(r[3])["value"])
            for r in replica.conn.execute("SELECT entity, field, winner, loser FROM conflict")
        ]
    finally:
        replica.close()


@pytest.mark.parametrize("first", ["control-1", "control-2"])
def test_two_control_rooms_changing_one_slot_during_a_cut_agree_afterwards(
    hub_env: HubEnv, first: str
) -> None:
    ids, one, two = _prepare(hub_env)
    slot = ids["opening_slot"]
    # the cut: control-1 tests the signal and goes live; control-2, a moment later and not
    # seeing it, starts a test of its own
    _set(one, slot, "testing", "live")
    time.sleep(0.005)
    _set(two, slot, "testing")
    order = (one, two) if first == "control-1" else (two, one)
    for device in (*order, *order):
        device.sync()
    status_one, trail_one, board_one = _state(one, ids)
    status_two, trail_two, board_two = _state(two, ids)
    assert status_one == status_two == "testing"  # the later change wins, everywhere
    assert trail_one == trail_two
    assert sorted(trail_one) == [
        ("planned", "testing", "control-1"),
        ("planned", "testing", "control-2"),
        ("testing", "live", "control-1"),
    ]
    assert board_one == board_two
    row = board_one.rows[0]
    assert row.now is not None and row.now.changed is not None
    assert (row.state, row.now.changed.device_name) == ("testing", "control-2")
    assert row.late_ms == 60_000  # 10:01, the opening began at 10:00 and is not live
    assert _conflicts(one) == _conflicts(two) == [("stream_slot", "status", "testing", "live")]


def test_a_desk_cannot_change_a_slot_status(hub_env: HubEnv) -> None:
    ids, one, _ = _prepare(hub_env)
    desk = hub_env.device("desk-1", "desk")
    desk.sync()
    _set(desk, ids["opening_slot"], "live")  # its own file takes it; the hub will not
    desk.sync()
    replica = desk.replica()
    try:
        refused = {(e.op.entity, e.state, e.error_code) for e in replica.outbox(state=None)}
    finally:
        replica.close()
    assert refused == {
        ("stream_slot", "rejected", "role_forbidden"),
        ("stream_status_change", "rejected", "role_forbidden"),
    }
    one.sync()
    status, trail, _ = _state(one, ids)
    assert (status, trail) == ("planned", [])
