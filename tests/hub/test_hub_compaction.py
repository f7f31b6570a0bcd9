"""``wufops hub compact``: the hub drops what every desk has pulled, over a real socket.

A running hub on 127.0.0.1, desks syncing through it with real SQLite files. Compaction
drops change-log entries below the slowest desk's cursor; that desk then catches up from the
log without a snapshot. A desk left behind the horizon (``--stale-after``) gets
``reset_required("compacted")``, re-snapshots and converges like the others.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.hub.helpers import pickup, seed_event
from tests.sync.conftest import Device, HubEnv
from wufops.cli.main import main
from wufops.clock import SystemClock
from wufops.store import sync_state as ss
from wufops.store.apply import canonical_dump
from wufops.store.hub_compaction import compact
from wufops.store.hub_log import HubLog
from wufops.store.replica import Replica


@pytest.fixture
def snapshots(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The db path of every snapshot a desk installs (the real ``install_snapshot`` runs)."""
    started: list[str] = []
    real = ss.install_snapshot

    def counting(replica: Replica, path: Path, seq: int, epoch: str) -> None:
        started.append(str(replica.conn.execute("PRAGMA database_list").fetchone()[2]))
        real(replica, path, seq, epoch)

    monkeypatch.setattr(ss, "install_snapshot", counting)
    yield started


def _compact(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> dict[str, object]:
    capsys.readouterr()
    assert main(["hub", "compact", "--db", str(db), *args]) == 0
    summary: dict[str, object] = json.loads(capsys.readouterr().out)
    return summary


def _log_rows(db: Path) -> tuple[int, int, int]:
    """``(entries, lowest seq, highest seq)`` of the hub's change log."""
    log = HubLog.open(db, SystemClock())
    try:
        row = log.conn.execute("SELECT count(*), min(seq), max(seq) FROM change_log").fetchone()
        return int(row[0]), int(row[1] or 0), int(row[2] or 0)
    finally:
        log.close()


def _wait_until(condition: Callable[[], bool], what: str, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


def _record(device: Device, attendees: list[str]) -> None:
    replica = device.replica()
    try:
        for attendee in attendees:
            pickup(replica, attendee, device.name)
    finally:
        replica.close()


def _same_as_hub(env: HubEnv, *devices: Device) -> None:
    hub = env.hub_replica()
    try:
        expected = canonical_dump(hub.conn)
        for device in devices:
            replica = device.replica()
            try:
                assert canonical_dump(replica.conn) == expected, f"{device.name} diverged"
            finally:
                replica.close()
    finally:
        hub.close()


def test_compaction_keeps_what_the_slowest_desk_needs_and_a_stale_desk_re_snapshots(
    hub_env: HubEnv, snapshots: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    d1, d2 = hub_env.device("desk-1"), hub_env.device("desk-2")
    for device in (d1, d2, d1, d2):  # bootstrap, then a hello that tells the hub the cursor
        device.sync()
    assert len(snapshots) == 2
    slow_cursor = max(_log_rows(hub_env.db)[2], 0)
    # desk-2 goes offline; desk-1 keeps checking people in
    _record(d1, hub_env.attendees[:3])
    d1.sync()
    d1.sync()
    entries_before, _, top = _log_rows(hub_env.db)

    first = _compact(capsys, hub_env.db)

    assert first["horizon"] == slow_cursor and first["held_back_by"] == ["desk-2"]
    assert first["re_snapshot"] == []
    entries, lowest, highest = _log_rows(hub_env.db)
    assert (entries, lowest, highest) == (entries_before - first["dropped"], slow_cursor + 1, top)
    assert first["dropped"] > 0
    _wait_until(lambda: hub_env.thread.hub._retained == slow_cursor, "the hub to see it")
    d2.sync()  # the slowest desk catches up from the log it was waiting for: no snapshot
    assert len(snapshots) == 2
    _same_as_hub(hub_env, d1, d2)

    # desk-2 offline again, last seen three hours ago; desk-1 works on
    replica = d2.replica()
    d2_cursor = ss.read_state(replica).cursor
    replica.close()
    _record(d1, hub_env.attendees[3:6])
    d1.sync()
    d1.sync()
    three_hours_ago = datetime.now(UTC) - timedelta(hours=3)
    log = HubLog.open(hub_env.db, SystemClock())
    with log.replica.transaction():
        log.conn.execute(
            "UPDATE hub_origin SET last_contact = ? WHERE device_name = 'desk-2'",
            (three_hours_ago.strftime("%Y-%m-%dT%H:%M:%S.000Z"),),
        )
    log.close()
    held = _compact(capsys, hub_env.db, "--dry-run")
    assert held["dropped"] == 0 and held["held_back_by"] == ["desk-2"]

    second = _compact(capsys, hub_env.db, "--stale-after", "120")

    assert second["re_snapshot"] == ["desk-2"] and second["held_back_by"] == ["desk-1"]
    horizon = second["horizon"]
    assert isinstance(horizon, int) and horizon > d2_cursor
    assert _log_rows(hub_env.db)[1] == horizon + 1
    _wait_until(lambda: hub_env.thread.hub._retained == horizon, "the hub to see it")
    d2.sync()  # behind the horizon: reset_required("compacted"), then a fresh snapshot
    assert snapshots[2:] == [str(d2.path)]
    d1.sync()  # desk-1 was at the horizon: it pulls on
    assert len(snapshots) == 3
    _same_as_hub(hub_env, d1, d2)
    replica = d2.replica()
    try:
        assert ss.read_state(replica).cursor == _log_rows(hub_env.db)[2]
    finally:
        replica.close()


def test_compaction_never_drops_the_newest_entry_nor_goes_back(tmp_path: Path) -> None:
    db = tmp_path / "hub.db"
    made = Replica.open(db, SystemClock())
    seed_event(made, 3)
    made.close()
    log = HubLog.open(db, SystemClock())
    try:
        log.ingest_local_outbox()
        top = log.max_seq()
        assert top >= 1
        now = SystemClock().now_ms()
        done = compact(log, now_ms=now)  # no device holds the log back
        assert done.horizon == top - 1 and log.max_seq() == top
        assert log.min_retained_seq() == top - 1
        again = compact(log, now_ms=now)
        assert again.dropped == 0 and again.horizon == top - 1
    finally:
        log.close()


def test_a_revoked_device_does_not_hold_the_log_back(
    hub_env: HubEnv, capsys: pytest.CaptureFixture[str]
) -> None:
    d1, gone = hub_env.device("desk-1"), hub_env.device("desk-9")
    for device in (d1, gone, d1, gone):
        device.sync()
    _record(d1, hub_env.attendees[:2])
    d1.sync()
    d1.sync()
    assert main(["devices", "revoke", "--db", str(hub_env.db), "desk-9"]) == 0
    summary = _compact(capsys, hub_env.db)
    assert summary["held_back_by"] == ["desk-1"]
    assert summary["re_snapshot"] == []
