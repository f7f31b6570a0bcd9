"""Desks, a gate and a real hub on 127.0.0.1 with real SQLite files: they converge."""

from __future__ import annotations

import asyncio
import json
import time

import pytest
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import connect

from db import SCHEMA_VERSION
from tests.hub.helpers import entry, pickup
from tests.sync.conftest import Device, HubEnv
from wufops.clock import FakeClock, SystemClock
from wufops.net.driver import SyncConfig, SyncDriver, SyncFatal
from wufops.store.apply import canonical_dump
from wufops.store.checkins import pickup_state
from wufops.store.hub_log import HubLog
from wufops.store.replica import Replica
from wufops.sync import frames as fr


def _dump(device: Device) -> dict[str, list[tuple[object, ...]]]:
    replica = device.replica()
    try:
        return canonical_dump(replica.conn)
    finally:
        replica.close()


def _hub_dump(env: HubEnv) -> dict[str, list[tuple[object, ...]]]:
    replica = env.hub_replica()
    try:
        return canonical_dump(replica.conn)
    finally:
        replica.close()


def test_two_desks_and_a_gate_work_offline_and_converge(hub_env: HubEnv) -> None:
    d1, d2 = hub_env.device("desk-1"), hub_env.device("desk-2")
    gate = hub_env.device("gate-1", "gate")
    for device in (d1, d2, gate):
        device.sync()  # bootstrap from the hub
    a, b, c = hub_env.attendees[:3]
    # -- the network is down: everyone keeps working on their replica --
    r1, r2, rg = d1.replica(), d2.replica(), gate.replica()
    pickup(r1, a, "desk-1")
    pickup(r1, b, "desk-1")
    pickup(r2, a, "desk-2")  # the same attendee at the other desk
    pickup(r2, c, "desk-2")
    r1.update("attendee", c, {"latin_family": "Wang"})
    entry(rg, a)
    for r in (r1, r2, rg):
        r.close()
    # -- back online --
    for _ in range(2):
        for device in (d1, d2, gate):
            status = device.sync()
            assert status.pending == 0 and status.phase == "online"
    hub = _hub_dump(hub_env)
    assert _dump(d1) == _dump(d2) == hub
    assert len(hub["checkin_event"]) == 5
    for device in (d1, d2):
        replica = device.replica()
        state = pickup_state(replica.conn, a)
        assert state.primary is not None and len(state.duplicates) == 1
        assert {state.primary.desk, state.duplicates[0].desk} == {"desk-1", "desk-2"}
        replica.close()
    gate_dump = _dump(gate)
    assert gate_dump["checkin_event"] == hub["checkin_event"]
    names = {row[3:5] for row in gate_dump["attendee"]}  # given_name, family_name
    assert names == {("", "·")}  # a gate holds no names
    assert gate_dump["conflict"] == [] and gate_dump["print_event"] == []


def test_concurrent_edit_gives_exactly_one_conflict_on_every_replica(hub_env: HubEnv) -> None:
    d1, d2 = hub_env.device("desk-1"), hub_env.device("desk-2")
    d1.sync()
    d2.sync()
    a = hub_env.attendees[0]
    # which edit is later is set by the desks' clocks, not by how fast this test runs:
    # desk-2 edits one second after desk-1 (well inside the hub's clock-suspect bound)
    now = SystemClock().now_ms()
    r1 = Replica.open(d1.path, FakeClock(now))
    r2 = Replica.open(d2.path, FakeClock(now + 1000))
    r1.update("attendee", a, {"family_name": "Mammadova"})
    r2.update("attendee", a, {"family_name": "Məmmədova"})
    r1.close()
    r2.close()
    for device in (d1, d2, d1):
        device.sync()
    for dump in (_dump(d1), _dump(d2), _hub_dump(hub_env)):
        (conflict,) = dump["conflict"]
        assert conflict[5] == "family_name"  # id, kind, code, entity, row_id, field
        assert "Məmmədova" in str(conflict[6])  # the later edit wins
    assert _dump(d1) == _dump(d2) == _hub_dump(hub_env)


def test_role_violations_are_rejected_with_a_code_and_later_ops_still_apply(
    hub_env: HubEnv,
) -> None:
    gate = hub_env.device("gate-1", "gate")
    gate.sync()
    replica = gate.replica()
    pickup(replica, hub_env.attendees[0], "gate-1")  # not a gate's job
    entry(replica, hub_env.attendees[0])
    replica.close()
    status = gate.sync()
    assert status.rejected == 1 and status.pending == 0
    replica = gate.replica()
    outbox = replica.outbox(state=None)
    assert [(e.state, e.error_code) for e in outbox] == [
        ("rejected", "role_forbidden"),
        ("applied", ""),
    ]
    assert outbox[0].error_detail  # shown to the user with its reason
    replica.close()
    kinds = [row[2] for row in _hub_dump(hub_env)["checkin_event"]]
    assert kinds == ["entry"]
    # the refused pickup does not linger on the gate: it matches the hub again
    assert [row[2] for row in _dump(gate)["checkin_event"]] == ["entry"]


def test_wrong_or_missing_token_is_refused_at_the_handshake(hub_env: HubEnv) -> None:
    with pytest.raises(InvalidStatus) as refused:
        connect(hub_env.url, open_timeout=5).close()
    assert refused.value.response.status_code == 401
    config = SyncConfig(hub_env.url, "not-a-token")
    with pytest.raises(SyncFatal) as fatal:
        Device("x", "desk", hub_env.tmp / "x.db", config).sync()
    assert fatal.value.code == "token_refused"


def test_a_revoked_device_is_disconnected_and_then_refused(hub_env: HubEnv) -> None:
    desk = hub_env.device("desk-9")
    driver = SyncDriver(desk.path, desk.config).start()
    try:
        deadline = time.monotonic() + 10
        while driver.status.phase != "online" and time.monotonic() < deadline:
            time.sleep(0.02)
        assert driver.status.phase == "online"
        log = HubLog.open(hub_env.db, SystemClock())
        log.revoke("desk-9")
        log.close()
        deadline = time.monotonic() + 10
        while driver.fatal is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert driver.fatal is not None and driver.fatal.code == "device_revoked"
        assert driver.status.phase == "stopped"
    finally:
        driver.stop()
    with pytest.raises(SyncFatal) as fatal:
        desk.sync()
    assert fatal.value.code == "device_revoked"


def _next(ws: object) -> dict[str, object]:
    """The next frame that is not a poke (pokes may arrive at any time)."""
    while (reply := json.loads(ws.recv(timeout=5)))["type"] == "poke":  # type: ignore[attr-defined]
        pass
    return reply  # type: ignore[no-any-return]


def _hello(device_id: str = "0190a000-0000-7000-8000-00000000000a") -> str:
    return fr.encode(fr.Hello(device_id, SCHEMA_VERSION, "test", "", 0, 1))


@pytest.mark.parametrize(
    ("frame", "code"),
    [
        ("{not json", "malformed_json"),
        ('{"type": "format_disk", "v": 1}', "unknown_type"),
        ('{"type": "pull", "v": 99, "cursor": 0, "limit": 1}', "unsupported_version"),
        (" " * (fr.MAX_FRAME_BYTES + 1), "frame_too_large"),
    ],
)
def test_bad_frames_get_an_error_and_a_close_while_others_keep_working(
    hub_env: HubEnv, frame: str, code: str
) -> None:
    token = hub_env.enrol("rogue", "desk")
    healthy = hub_env.device("desk-ok")
    healthy.sync()
    headers = {"Authorization": f"Bearer {token}"}
    with connect(hub_env.url, additional_headers=headers, max_size=None) as ws:
        ws.send(_hello())
        assert json.loads(ws.recv(timeout=5))["type"] == "welcome"
        ws.send(frame)
        reply = _next(ws)
        assert reply["type"] == "error" and reply["code"] == code and reply["fatal"] is True
        with pytest.raises(ConnectionClosed):
            _next(ws)
    replica = healthy.replica()
    pickup(replica, hub_env.attendees[0])
    replica.close()
    assert healthy.sync().pending == 0  # the hub kept serving


def test_a_replayed_push_changes_nothing_and_a_gap_asks_to_resend(hub_env: HubEnv) -> None:
    desk = hub_env.device("desk-1")
    desk.sync()
    replica = desk.replica()
    for attendee in hub_env.attendees[:3]:
        pickup(replica, attendee)
    ops = [{"client_seq": e.client_seq, "op": e.op.to_dict()} for e in replica.outbox()]
    device_id = replica.device_id
    replica.close()
    token = desk.config.token
    with connect(hub_env.url, additional_headers={"Authorization": f"Bearer {token}"}) as ws:
        ws.send(_hello(device_id))
        assert json.loads(ws.recv(timeout=5))["expected_client_seq"] == 1
        ws.send(fr.encode(fr.Push("gap", ops[2:])))
        assert _next(ws) == {
            "type": "resend_from",
            "v": 1,
            "batch_id": "gap",
            "client_seq": 1,
        }
        answers = []
        for batch in ("first", "replay"):
            ws.send(fr.encode(fr.Push(batch, ops)))
            answers.append(_next(ws)["results"])
    assert answers[0] == answers[1]
    assert [r["status"] for r in answers[0]] == ["applied"] * 3
    assert len(_hub_dump(hub_env)["checkin_event"]) == 3


def test_a_poke_brings_one_desks_scan_to_another_live_desk(hub_env: HubEnv) -> None:
    d1, d2 = hub_env.device("desk-1"), hub_env.device("desk-2")
    drivers = [SyncDriver(d.path, d.config).start() for d in (d1, d2)]
    try:
        deadline = time.monotonic() + 10
        while any(d.status.phase != "online" for d in drivers) and time.monotonic() < deadline:
            time.sleep(0.02)
        replica = d1.replica()
        event_id = pickup(replica, hub_env.attendees[0])
        replica.close()
        drivers[0].notify_local_write()
        other = d2.replica()
        deadline = time.monotonic() + 5
        found = None
        while found is None and time.monotonic() < deadline:
            found = other.conn.execute(
                "SELECT desk FROM checkin_event WHERE id = ?", (event_id,)
            ).fetchone()
            time.sleep(0.02)
        other.close()
        assert found is not None and found[0] == "desk-1"
        assert drivers[0].status.pending == 0
    finally:
        for driver in drivers:
            driver.stop()


def test_a_device_with_a_newer_schema_is_refused_and_the_hub_goes_on(hub_env: HubEnv) -> None:
    token = hub_env.enrol("future", "desk")
    with connect(hub_env.url, additional_headers={"Authorization": f"Bearer {token}"}) as ws:
        ws.send(fr.encode(fr.Hello("0190a000-0000-7000-8000-0000000000ff", 999, "9", "", 0, 1)))
        reply = _next(ws)
        assert reply["type"] == "error" and reply["code"] == "schema_too_new"
        with pytest.raises(ConnectionClosed):
            _next(ws)
    assert hub_env.device("desk-ok").sync().phase == "online"


def test_a_replica_cannot_be_spoken_for_by_another_devices_token(hub_env: HubEnv) -> None:
    desk = hub_env.device("desk-1")
    desk.sync()
    thief = Device("desk-x", "desk", desk.path, SyncConfig(hub_env.url, hub_env.enrol("x", "desk")))
    with pytest.raises(SyncFatal) as refused:
        thief.sync()  # another token on desk-1's replica
    assert refused.value.code == "origin_taken"
    log = HubLog.open(hub_env.db, SystemClock())
    log.revoke("desk-1")  # re-keying: revoke the old token, enrol a new one
    log.close()
    rekeyed = Device(
        "desk-1b", "desk", desk.path, SyncConfig(hub_env.url, hub_env.enrol("desk-1b", "desk"))
    )
    assert rekeyed.sync().phase == "online"


def test_a_gates_redacted_replica_matches_the_hubs_gate_digests(hub_env: HubEnv) -> None:
    from wufops.store import sync_state as ss
    from wufops.store.hub_reader import HubReader
    from wufops.sync.roles import sees_table

    admin, gate = hub_env.device("admin-1", "admin"), hub_env.device("gate-1", "gate")
    admin.sync()
    gate.sync()  # snapshot
    replica = admin.replica()
    event_id = replica.conn.execute("SELECT id FROM event").fetchone()[0]
    replica.insert(  # arrives at the gate as a (redacted) change, not in a snapshot
        "attendee",
        {
            "event_id": event_id,
            "reg_code": "WUF-NEW",
            "given_name": "Zeynəb",
            "family_name": "Həsənova",
            "country": "AZ",
            "category": "vip",
            "attention_note": "protocol escort",
        },
    )
    replica.update("attendee", hub_env.attendees[1], {"security_hold": 1, "email": "x@y.az"})
    replica.close()
    admin.sync()
    gate.sync()
    hub = HubReader.open(hub_env.db)
    seq, hub_digests = hub.digests("gate")
    hub.close()
    mine = gate.replica()
    assert ss.read_state(mine).cursor == seq
    tables = [t for t in hub_digests if sees_table("gate", t)]
    assert ss.local_digests(mine.conn, tables) == hub_digests
    text = str(canonical_dump(mine.conn))
    mine.close()
    assert "Həsənova" not in text and "protocol escort" not in text and "x@y.az" not in text


class _CountingDriver(SyncDriver):
    """The real driver, counting the pull requests it makes."""

    pulls = 0

    async def _pull(self) -> None:
        self.pulls += 1
        await super()._pull()


def test_a_scan_reaches_an_idle_desk_in_the_poke_without_a_pull(hub_env: HubEnv) -> None:
    """After a commit the hub's poke carries the commit's changes: a desk that follows the
    log applies them as they come — a scan at one desk is committed at the other without
    that desk asking for it (100 desks would otherwise send 100 pulls per scan)."""
    d1, d2 = hub_env.device("desk-1"), hub_env.device("desk-2")
    gate = hub_env.device("gate-1", "gate")
    for device in (d1, d2, gate):
        device.sync()
    arrived: dict[str, list[str]] = {"desk": [], "gate": []}

    async def scenario() -> tuple[int, int]:
        listener = _CountingDriver(
            d2.path,
            d2.config,
            on_changes=lambda ops: arrived["desk"].extend(op.entity for op in ops or ()),
        )
        watcher = _CountingDriver(
            gate.path,
            gate.config,
            on_changes=lambda ops: arrived["gate"].extend(
                f"{op.entity}:{op.body.get('family_name', '')}" for op in ops or ()
            ),
        )
        tasks = [asyncio.create_task(d.run()) for d in (listener, watcher)]
        while listener.status.phase != "online" or watcher.status.phase != "online":
            await asyncio.sleep(0.02)
        pulls = (listener.pulls, watcher.pulls)
        arrived["desk"].clear()
        arrived["gate"].clear()
        r1 = d1.replica()
        pickup(r1, hub_env.attendees[0], "desk-1")
        r1.update("attendee", hub_env.attendees[1], {"family_name": "Hüseynova"})
        r1.close()
        await SyncDriver(d1.path, d1.config).sync_once()  # pushed: the hub commits, pokes
        deadline = time.monotonic() + 10
        while len(arrived["desk"]) < 2 or not arrived["gate"]:
            assert time.monotonic() < deadline, arrived
            await asyncio.sleep(0.02)
        counted = (listener.pulls - pulls[0], watcher.pulls - pulls[1])
        for driver in (listener, watcher):
            driver.stop(0)
        await asyncio.gather(*tasks)
        return counted

    assert asyncio.run(scenario()) == (0, 0)
    assert sorted(arrived["desk"]) == ["attendee", "checkin_event"]
    assert arrived["gate"] == ["checkin_event:"]  # the gate's poke carried no name
    assert _dump(d2) == _hub_dump(hub_env)
