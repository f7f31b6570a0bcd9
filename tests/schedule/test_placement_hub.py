"""Placements over a real hub on 127.0.0.1: two coordinators move one session while offline,
then sync in either order; desks cannot move sessions; a partial placement is refused.

Both coordinators' replicas (real SQLite files, the real sync driver) must end on the same
placement, one that a coordinator chose — never the room of one and the time of the other —
and both must hold the one conflict record (field ``placement``) that keeps the losing move.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.hub.helpers import hello_text, next_frame, raw_connect
from tests.schedule.build import at
from tests.sync.conftest import Device, HubEnv
from wufops.clock import SystemClock
from wufops.ids import uuid7
from wufops.models.schedule import Placement
from wufops.schedule import move_session
from wufops.store import schedule as store
from wufops.sync import hlc
from wufops.sync.ops import Op


def _prepare(env: HubEnv) -> tuple[str, dict[str, str], tuple[Device, Device]]:
    """An admin adds two rooms and a placed session; two coordinators bootstrap."""
    admin = env.device("admin-1", "admin")
    admin.sync()
    replica = admin.replica()
    try:
        event_id = replica.conn.execute("SELECT id FROM event").fetchone()[0]
        with replica.batch() as batch:
            rooms = {
                name: batch.insert("room", {"event_id": event_id, "name": name, "capacity": 200})
                for name in ("Dialogue Room 1", "Dialogue Room 2")
            }
            session_id = batch.insert(
                "session",
                {
                    "event_id": event_id,
                    "title": "Financing urban resilience",
                    "type": "dialogue",
                    **Placement(
                        rooms["Dialogue Room 1"], at(1, "10:00"), at(1, "12:00")
                    ).to_fields(),
                    "status": "scheduled",
                },
            )
    finally:
        replica.close()
    admin.sync()
    one, two = env.device("coord-1", "coordinator"), env.device("coord-2", "coordinator")
    one.sync()
    two.sync()
    return session_id, rooms, (one, two)


def _placement(device: Device, session_id: str) -> tuple[str, str, str]:
    replica = device.replica()
    try:
        row = replica.conn.execute(
            "SELECT room_id, starts_at, ends_at FROM session WHERE id = ?", (session_id,)
        ).fetchone()
        return (row[0], row[1], row[2])
    finally:
        replica.close()


def _conflicts(device: Device) -> list[tuple[str, str, str, object, object]]:
    replica = device.replica()
    try:
        return [
            (r[0], r[1], r[2], json.loads(r[3])["value"], json.loads(r[4])["value"])
            for r in replica.conn.execute(
                "SELECT kind, entity, field, winner, loser FROM conflict ORDER BY id"
            )
        ]
    finally:
        replica.close()


def _move(device: Device, session_id: str, room_id: str, start: int) -> None:
    replica = device.replica()
    try:
        move_session(replica, session_id, room_id, start)  # keeps its two hours
    finally:
        replica.close()


@pytest.mark.parametrize("first", ["coord-1", "coord-2"])
def test_two_coordinators_moving_one_session_offline_converge_on_one_move(
    hub_env: HubEnv, first: str
) -> None:
    session_id, rooms, (one, two) = _prepare(hub_env)
    room_1, room_2 = rooms["Dialogue Room 1"], rooms["Dialogue Room 2"]
    # offline: coord-1 moves it two hours later in the same room (only the time changes);
    # coord-2 moves it to the other room at the same time (only the room changes)
    _move(one, session_id, room_1, at(1, "14:00"))
    time.sleep(0.005)
    _move(two, session_id, room_2, at(1, "10:00"))
    chosen = {
        "coord-1": (room_1, _placement(one, session_id)),
        "coord-2": (room_2, _placement(two, session_id)),
    }
    order = (one, two) if first == "coord-1" else (two, one)
    for device in (*order, *order):
        device.sync()
    final = _placement(one, session_id)
    assert final == _placement(two, session_id)
    assert final in (chosen["coord-1"][1], chosen["coord-2"][1])  # never room 2 at 14:00
    assert final == chosen["coord-2"][1]  # the later move wins (LWW on HLC)
    records = _conflicts(one)
    assert records == _conflicts(two)
    fields = ("room_id", "starts_at", "ends_at")
    assert records == [
        (
            "concurrent_edit",
            "session",
            "placement",
            dict(zip(fields, chosen["coord-2"][1], strict=True)),
            dict(zip(fields, chosen["coord-1"][1], strict=True)),
        )
    ]


def test_a_desk_cannot_move_a_session(hub_env: HubEnv) -> None:
    session_id, rooms, (coordinator, _) = _prepare(hub_env)
    desk = hub_env.device("desk-1", "desk")
    desk.sync()
    before = _placement(coordinator, session_id)
    _move(desk, session_id, rooms["Dialogue Room 2"], at(2, "09:00"))
    desk.sync()
    replica = desk.replica()
    try:
        (entry,) = [e for e in replica.outbox(state=None) if e.op.entity == "session"]
    finally:
        replica.close()
    assert (entry.state, entry.error_code) == ("rejected", "role_forbidden")
    coordinator.sync()
    assert _placement(coordinator, session_id) == before
    hub = hub_env.hub_replica()
    try:
        assert store.load_sessions(
            hub.conn, hub.conn.execute("SELECT id FROM event").fetchone()[0]
        )[session_id].placement == Placement(*before[:1], at(1, "10:00"), at(1, "12:00"))
    finally:
        hub.close()


def test_the_hub_refuses_a_partial_placement(hub_env: HubEnv, tmp_path: Path) -> None:
    session_id, rooms, (coordinator, _) = _prepare(hub_env)
    token = hub_env.enrol("coord-raw", "coordinator")
    origin = uuid7(SystemClock().now_ms())
    ws = raw_connect(hub_env.url, token)
    try:
        ws.send(hello_text(origin))
        assert next_frame(ws)["type"] == "welcome"
        now = SystemClock().now_ms()
        op = Op(
            uuid7(now),
            origin,
            hlc.pack(now, 1),
            "update",
            "session",
            session_id,
            {"room_id": rooms["Dialogue Room 2"]},  # a room without its start and end
        )
        item = {"client_seq": 1, "op": op.to_dict()}
        ws.send(json.dumps({"type": "push", "v": 1, "batch_id": "b1", "ops": [item]}))
        reply = next_frame(ws)
    finally:
        ws.close()
    assert reply["type"] == "push_result", reply
    (result,) = reply["results"]
    assert (result["status"], result["code"]) == ("rejected", "partial_placement")
    coordinator.sync()
    assert _placement(coordinator, session_id)[0] == rooms["Dialogue Room 1"]
