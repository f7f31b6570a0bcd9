"""The hub's device list says, per device, how many of its ops have not reached the hub
(issue 16, sync health "pending ops … at the hub for all devices"): a device cut off mid-push
shows what it still owes, over a real socket, through ``wufops ops report`` on the hub's file."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.hub.helpers import entry_ops, hello_text, next_frame, outbox_entries, pickup, raw_connect
from tests.sync.conftest import HubEnv
from wufops.cli.main import main
from wufops.clock import SystemClock
from wufops.ids import uuid7
from wufops.sync import frames as fr


def _devices(hub_env: HubEnv, capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, Any]]:
    capsys.readouterr()
    assert main(["ops", "report", "--db", str(hub_env.db), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["devices_from"] == "hub"
    return {d["name"]: d for d in data["devices"]}


def _push(hub_env: HubEnv, token: str, device_id: str, made: int, items: list[Any]) -> None:
    """Say hello as a replica that has made ``made`` ops, push ``items``, wait for the result."""
    with raw_connect(hub_env.url, token) as ws:
        ws.send(hello_text(device_id, next_client_seq=made + 1))
        assert next_frame(ws)["type"] == "welcome"
        if items:
            ws.send(fr.encode(fr.Push("b", items)))
            reply = next_frame(ws)
            assert reply["type"] == "push_result", reply
            assert {r["status"] for r in reply["results"]} <= {"applied", "duplicate"}, reply


def test_a_device_cut_off_mid_push_shows_what_the_hub_still_lacks(
    hub_env: HubEnv, capsys: pytest.CaptureFixture[str]
) -> None:
    token = hub_env.enrol("gate-7", "gate")
    hub_env.enrol("gate-8", "gate")  # enrolled, never connected: nothing known
    device_id = uuid7(SystemClock().now_ms())
    ops = entry_ops(device_id, hub_env.attendees, 10)
    _push(hub_env, token, device_id, 10, ops[:4])  # 10 made, 4 arrive, then the link drops
    devices = _devices(hub_env, capsys)
    assert devices["gate-7"]["pending"] == 6
    assert devices["gate-8"]["pending"] is None
    _push(hub_env, token, device_id, 10, ops[4:])  # back: the other 6 arrive
    assert _devices(hub_env, capsys)["gate-7"]["pending"] == 0


def test_a_desk_synced_by_the_real_driver_owes_nothing(
    hub_env: HubEnv, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = hub_env.device("desk-3")
    desk.sync()  # bootstrapped: it holds the event
    replica = desk.replica()
    try:
        for attendee in hub_env.attendees[:3]:
            pickup(replica, attendee, "desk-3")
        made = len(outbox_entries(replica))
    finally:
        replica.close()
    assert made >= 3
    desk.sync()
    devices = _devices(hub_env, capsys)
    assert devices["desk-3"]["pending"] == 0
    assert devices["desk-3"]["state"] == "online"
