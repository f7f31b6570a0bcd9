"""An acknowledged scan survives a power cut: the desk commits with ``synchronous=FULL``.

In WAL mode ``synchronous=NORMAL`` syncs the WAL only at checkpoints — and a desk defers those
out of the scan path — so an OS crash or power cut could take back scans the desk had already
shown as admitted. Every connection that commits check-ins (the desk app's, ``wufops scan``'s)
now syncs each commit. ``benchmarks/bench_checkin.py`` prints the price.
"""

from __future__ import annotations

from pathlib import Path

from tests.checkin.world import World
from wufops.checkin.pickup import PickupDesk
from wufops.clock import SystemClock
from wufops.net.driver import SyncConfig, SyncDriver
from wufops.store.replica import Replica

FULL = 2
NORMAL = 1


def test_the_connection_that_commits_a_scan_syncs_every_commit(world: World) -> None:
    replica = world.replica("desk1")
    desk = PickupDesk(replica, desk="Desk 1")
    assert desk.scan(world.tokens[world.attendees[0]]).admitted
    assert replica.conn.execute("PRAGMA synchronous").fetchone()[0] == FULL


def test_the_cli_syncs_every_commit_and_the_sync_driver_need_not(tmp_path: Path) -> None:
    """``wufops scan`` (same ``Replica.open`` default) is FULL. The sync driver's connection
    commits only what it fetches again after a power cut (pulled changes with their cursor,
    push outcomes, snapshot chunks): NORMAL, so applying other desks' work costs no fsync."""
    path = tmp_path / "replica.db"
    cli = Replica.open(path, SystemClock())
    assert cli.conn.execute("PRAGMA synchronous").fetchone()[0] == FULL
    cli.close()
    driver = SyncDriver(path, SyncConfig("ws://127.0.0.1:9", "t"))
    driver._open_replica()
    try:
        assert driver.replica.conn.execute("PRAGMA synchronous").fetchone()[0] == NORMAL
    finally:
        driver._close_replica()
