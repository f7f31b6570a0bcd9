"""The hub as a process and as a file: kill -9, restore from backup, TLS, snapshot resume."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from tests.hub.helpers import entry, pickup, seed_event
from tests.sync.conftest import Device, HubEnv
from wufops.clock import SystemClock
from wufops.net.driver import SyncConfig, SyncDriver, SyncFatal
from wufops.net.launch import free_port, start_hub_process
from wufops.net.server import Hub, HubThread
from wufops.net.tls import ensure_venue_tls
from wufops.store import checkins
from wufops.store import sync_state as ss
from wufops.store.apply import canonical_dump
from wufops.store.hub_db import backup
from wufops.store.hub_log import HubLog
from wufops.store.hub_snapshot import SnapshotCache
from wufops.store.replica import Replica


def _log_op_ids(db: Path) -> set[str]:
    log = HubLog.open(db, SystemClock())
    try:
        return {r[0] for r in log.conn.execute("SELECT op_id FROM change_log")}
    finally:
        log.close()


@pytest.mark.timeout(120)
def test_kill_9_of_the_hub_loses_no_acknowledged_op(tmp_path: Path) -> None:
    db = tmp_path / "hub.db"
    seeded = Replica.open(db, SystemClock())
    attendees = seed_event(seeded, 50)
    seeded.close()
    log = HubLog.open(db, SystemClock())
    token = log.enrol("desk-1", "desk")[1]
    log.close()
    port = free_port()
    proc = start_hub_process(db, port)
    desk = Device(
        "desk-1", "desk", tmp_path / "desk.db", SyncConfig(f"ws://127.0.0.1:{port}", token)
    )
    try:
        desk.sync()
        replica = desk.replica()
        for n in range(4000):  # a long cut: eight pushes' worth of queued scans
            pickup(replica, attendees[n % len(attendees)])
        driver = SyncDriver(desk.path, desk.config).start()
        deadline = time.monotonic() + 30
        acked = 0
        while acked == 0 and time.monotonic() < deadline:
            acked = replica.conn.execute(
                "SELECT count(*) FROM outbox WHERE state = 'applied'"
            ).fetchone()[0]
            time.sleep(0.002)
        os.kill(proc.pid, signal.SIGKILL)  # mid-stream
        proc.wait(10)
        driver.stop()
        acknowledged = {
            r[0] for r in replica.conn.execute("SELECT op_id FROM outbox WHERE state = 'applied'")
        }
        assert acknowledged
        assert acknowledged <= _log_op_ids(db)  # durable before it was acknowledged
        proc = start_hub_process(db, port)  # restart on the same file
        status = desk.sync()
        assert status.pending == 0
        all_ops = {r[0] for r in replica.conn.execute("SELECT op_id FROM outbox")}
        assert all_ops <= _log_op_ids(db)
        hub = Replica.open(db, SystemClock())
        count = hub.conn.execute("SELECT count(*) FROM checkin_event").fetchone()[0]
        assert count == 4000  # each exactly once
        hub.close()
        replica.close()
    finally:
        proc.kill()
        proc.wait(10)


def test_a_hub_restored_from_an_older_backup_gets_everything_back(hub_env: HubEnv) -> None:
    d1, d2 = hub_env.device("desk-1"), hub_env.device("desk-2")
    d1.sync()
    d2.sync()
    r1 = d1.replica()
    for attendee in hub_env.attendees[:3]:
        pickup(r1, attendee)
    d1.sync()
    backup(hub_env.db, hub_env.tmp / "backup.db")  # online, while the hub runs
    for attendee in hub_env.attendees[3:]:
        pickup(r1, attendee)
    d1.sync()
    r2 = d2.replica()
    pickup(r2, hub_env.attendees[0], "desk-2")
    d2.sync()
    old_epoch = hub_env.thread.hub.epoch
    hub_env.thread.stop()
    for suffix in ("", "-wal", "-shm"):
        Path(str(hub_env.db) + suffix).unlink(missing_ok=True)
    shutil.copyfile(hub_env.tmp / "backup.db", hub_env.db)
    restored = HubThread(Hub(hub_env.db, port=0)).start()
    hub_env.thread = restored  # the fixture stops it
    assert restored.hub.epoch != old_epoch
    for device in (d1, d2):
        device.config = SyncConfig(restored.url, device.config.token)
    for device in (d1, d2, d1):
        assert device.sync().pending == 0
    hub = hub_env.hub_replica()
    try:
        assert hub.conn.execute("SELECT count(*) FROM checkin_event").fetchone()[0] == 7
        assert canonical_dump(hub.conn) == canonical_dump(r1.conn) == canonical_dump(r2.conn)
    finally:
        hub.close()
        r1.close()
        r2.close()


def test_wss_with_the_pinned_venue_ca(tmp_path: Path) -> None:
    import datetime as dt

    db = tmp_path / "hub.db"
    made = Replica.open(db, SystemClock())
    seed_event(made, 2)
    made.close()
    tls = ensure_venue_tls(tmp_path / "tls", ["127.0.0.1"], dt.datetime.now(dt.UTC))
    log = HubLog.open(db, SystemClock())
    token = log.enrol("desk-1", "desk")[1]
    log.close()
    thread = HubThread(Hub(db, port=0, tls=tls)).start()
    try:
        assert thread.url.startswith("wss://")
        pem = tls.ca_cert.read_bytes()
        good = SyncConfig(thread.url, token, ca_pem=pem, ca_fingerprint=tls.fingerprint)
        assert Device("d", "desk", tmp_path / "d.db", good).sync().phase == "online"
        wrong = SyncConfig(thread.url, token, ca_pem=pem, ca_fingerprint="00" * 32)
        with pytest.raises(SyncFatal) as fatal:
            Device("e", "desk", tmp_path / "e.db", wrong).sync()
        assert fatal.value.code == "ca_mismatch"
        plain = SyncConfig(thread.url.replace("wss://", "ws://"), token)
        with pytest.raises(ConnectionError):
            Device("f", "desk", tmp_path / "f.db", plain).sync()
    finally:
        thread.stop()


def test_a_cut_snapshot_resumes_where_it_stopped(tmp_path: Path) -> None:
    """A snapshot file cut off part-way (the link dropped, the desk restarted) goes on from
    the bytes the desk holds, in the same file; the desk ends equal to the hub."""
    db = tmp_path / "hub.db"
    made = Replica.open(db, SystemClock())
    seed_event(made, 7)
    made.close()
    log = HubLog.open(db, SystemClock())
    log.start()
    cache = SnapshotCache(tmp_path / "snapshots", SystemClock())
    snap = cache.get(log.conn, "desk")
    announced = ss.SnapshotProgress(snap.snapshot_id, snap.seq, snap.epoch, snap.size, snap.sha256)
    desk = Replica.open(tmp_path / "desk.db", SystemClock())
    pickup(desk, "someone")  # a local op from before the snapshot stays
    first = ss.SnapshotDownload(desk, announced, 0)
    cut = snap.size // 3
    first.write(snap.read(0, cut))
    first.abandon()  # the link drops
    desk.close()
    desk = Replica.open(tmp_path / "desk.db", SystemClock())
    assert not ss.read_state(desk).bootstrapped
    snapshot_id, offset = ss.resume_offset(desk, snap.epoch)
    assert (snapshot_id, offset) == (snap.snapshot_id, cut)
    again, start = cache.resolve(log.conn, "desk", snapshot_id, offset)
    assert (again, start) == (snap, cut)
    rest = ss.SnapshotDownload(desk, announced, start)
    rest.write(snap.read(start, snap.size))
    assert rest.finish() == snap.seq
    hub_rows = canonical_dump(log.conn)
    mine = canonical_dump(desk.conn)
    assert {t: rows for t, rows in mine.items() if t != "checkin_event"} == {
        t: rows for t, rows in hub_rows.items() if t != "checkin_event"
    }
    assert len(mine["checkin_event"]) == 1 and desk.pending_count() == 1
    assert ss.read_state(desk).bootstrapped and ss.read_state(desk).cursor == snap.seq
    assert not ss.snapshot_path(desk).exists()
    desk.close()
    log.close()


def test_a_damaged_snapshot_file_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "hub.db"
    made = Replica.open(db, SystemClock())
    seed_event(made, 3)
    made.close()
    log = HubLog.open(db, SystemClock())
    log.start()
    snap = SnapshotCache(tmp_path / "snapshots", SystemClock()).get(log.conn, "desk")
    announced = ss.SnapshotProgress(snap.snapshot_id, snap.seq, snap.epoch, snap.size, snap.sha256)
    desk = Replica.open(tmp_path / "desk.db", SystemClock())
    data = bytearray(snap.read(0, snap.size))
    data[len(data) // 2] ^= 0xFF  # one bit flipped on the way
    download = ss.SnapshotDownload(desk, announced, 0)
    download.write(bytes(data))
    with pytest.raises(ss.SnapshotDamaged):
        download.finish()
    assert desk.conn.execute("SELECT count(*) FROM attendee").fetchone()[0] == 0
    assert ss.read_state(desk).snapshot is None and not ss.snapshot_path(desk).exists()
    # a file of another schema is refused too, before anything is replaced
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE attendee (id TEXT)")
    with pytest.raises(ss.SnapshotDamaged):
        ss.install_snapshot(desk, other, 1, "e")
    desk.close()
    log.close()


def test_a_diverged_replica_is_repaired_by_the_digest_check(hub_env: HubEnv) -> None:
    desk = hub_env.device("desk-1")
    desk.sync()
    replica = desk.replica()
    replica.conn.execute("UPDATE attendee SET organization = 'tampered'")  # not through ops
    config = SyncConfig(hub_env.url, desk.config.token, digest_interval_s=0.0)
    driver = SyncDriver(desk.path, config)
    done = threading.Event()

    async def until_repaired() -> None:
        task = asyncio.ensure_future(driver.run())
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            row = replica.conn.execute(
                "SELECT count(*) FROM attendee WHERE organization = 'tampered'"
            ).fetchone()
            if row[0] == 0:
                done.set()
                break
            await asyncio.sleep(0.02)
        driver.stop(0)
        await task

    asyncio.run(until_repaired())
    assert done.is_set()
    hub = hub_env.hub_replica()
    assert canonical_dump(replica.conn) == canonical_dump(hub.conn)
    hub.close()
    replica.close()


def test_a_cursor_below_the_retained_log_re_snapshots(hub_env: HubEnv) -> None:
    desk, other = hub_env.device("desk-1"), hub_env.device("desk-2")
    desk.sync()
    other_replica = other.replica()
    other.sync()
    for attendee in hub_env.attendees:
        pickup(other_replica, attendee, "desk-2")
    other_replica.close()
    other.sync()
    log = HubLog.open(hub_env.db, SystemClock())  # as a compaction would leave it
    with log.replica.transaction():
        log.conn.execute(
            "INSERT INTO hub_meta (key, value) VALUES ('min_retained_seq', ?)",
            (str(log.max_seq() - 2),),
        )
    log.close()
    # the hub re-reads min_retained_seq every second; make it look now instead of waiting
    hub_env.thread.hub._retained = 10**9
    status = desk.sync()  # its cursor is older than what the hub keeps: reset, re-snapshot
    assert status.pending == 0
    replica, hub = desk.replica(), hub_env.hub_replica()
    try:
        assert canonical_dump(replica.conn) == canonical_dump(hub.conn)
        top = hub.conn.execute("SELECT max(seq) FROM change_log").fetchone()[0]
        assert ss.read_state(replica).cursor == top
    finally:
        replica.close()
        hub.close()


def test_a_desk_keeps_working_offline_and_syncs_once_the_hub_comes_up(tmp_path: Path) -> None:
    db = tmp_path / "hub.db"
    made = Replica.open(db, SystemClock())
    attendees = seed_event(made, 3)
    made.close()
    log = HubLog.open(db, SystemClock())
    token = log.enrol("desk-1", "desk")[1]
    log.close()
    port = free_port()
    first = HubThread(Hub(db, port=port)).start()
    desk = Device("desk-1", "desk", tmp_path / "desk.db", SyncConfig(first.url, token))
    desk.sync()
    first.stop()  # the hub goes away
    seen: list[str] = []
    config = SyncConfig(first.url, token, backoff_initial_s=0.05, backoff_max_s=0.2)
    driver = SyncDriver(desk.path, config, on_status=lambda s: seen.append(s.phase))
    driver.start()
    try:
        replica = desk.replica()
        pickup(replica, attendees[0])  # work goes on
        driver.notify_local_write()
        deadline = time.monotonic() + 10
        while seen.count("connecting") < 3 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert seen.count("connecting") >= 3  # it keeps trying, with backoff
        assert driver.status.last_error == "hub_unreachable" and driver.status.pending == 1
        second = HubThread(Hub(db, port=port)).start()  # back on the same address
        try:
            deadline = time.monotonic() + 10
            while driver.status.pending and time.monotonic() < deadline:
                time.sleep(0.02)
            assert driver.status.pending == 0 and driver.status.last_error == ""
        finally:
            driver.stop()
            second.stop()
        replica.close()
    finally:
        driver.stop()


def test_the_demo_event_two_desks_and_a_gate_cut_off_then_converged(tmp_path: Path) -> None:
    from wufops import demo

    db = tmp_path / "hub.db"
    demo.generate(db, seed=13, attendees=300)  # every row is an op in its outbox
    log = HubLog.open(db, SystemClock())
    tokens = {
        name: log.enrol(name, role)[1]
        for name, role in (("desk-1", "desk"), ("desk-2", "desk"), ("gate-1", "gate"))
    }
    log.close()
    thread = HubThread(Hub(db, port=0)).start()
    try:
        devices = {
            name: Device(name, "", tmp_path / f"{name}.db", SyncConfig(thread.url, token))
            for name, token in tokens.items()
        }
        for device in devices.values():
            device.sync()  # bootstrap the demo event from the hub
        r1, r2, rg = (devices[n].replica() for n in ("desk-1", "desk-2", "gate-1"))
        people = [r[0] for r in r1.conn.execute("SELECT id FROM attendee ORDER BY id LIMIT 40")]
        assert (
            len(people) == 40
            and rg.conn.execute(
                "SELECT count(*) FROM attendee WHERE family_name != '·'"
            ).fetchone()[0]
            == 0
        )  # the gate got the event without names
        for n, person in enumerate(people):  # the network is down; everyone keeps working
            pickup(r1 if n % 2 else r2, person, "desk-1" if n % 2 else "desk-2")
        pickup(r1, people[0], "desk-1")  # the same attendee at both desks
        entry(rg, people[0])
        for r in (r1, r2, rg):
            r.close()
        for _ in range(2):
            for device in devices.values():
                assert device.sync().pending == 0
        hub = Replica.open(db, SystemClock())
        dumps = {}
        for name, device in devices.items():
            replica = device.replica()
            dumps[name] = canonical_dump(replica.conn)
            replica.close()
        assert dumps["desk-1"] == dumps["desk-2"] == canonical_dump(hub.conn)
        assert dumps["gate-1"]["checkin_event"] == dumps["desk-1"]["checkin_event"]
        state = checkins.pickup_state(hub.conn, people[0])
        assert state.primary is not None and len(state.duplicates) == 1
        hub.close()
    finally:
        thread.stop()
