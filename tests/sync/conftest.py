"""A real hub on 127.0.0.1 (port 0) over a real SQLite file, and devices enrolled on it."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.hub.helpers import seed_event
from wufops.clock import SystemClock
from wufops.net.driver import SyncConfig, SyncDriver, SyncStatus
from wufops.net.server import Hub, HubThread
from wufops.store.hub_log import HubLog
from wufops.store.replica import Replica


@dataclass
class Device:
    name: str
    role: str
    path: Path
    config: SyncConfig

    def sync(self) -> SyncStatus:
        """One full sync (bootstrap, push, pull until caught up) on a fresh event loop."""
        return asyncio.run(asyncio.wait_for(SyncDriver(self.path, self.config).sync_once(), 30))

    def replica(self) -> Replica:
        return Replica.open(self.path, SystemClock())


@dataclass
class HubEnv:
    tmp: Path
    db: Path
    thread: HubThread
    attendees: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.thread.url

    def enrol(self, name: str, role: str) -> str:
        log = HubLog.open(self.db, SystemClock())
        try:
            return log.enrol(name, role)[1]
        finally:
            log.close()

    def device(self, name: str, role: str = "desk") -> Device:
        token = self.enrol(name, role)
        return Device(name, role, self.tmp / f"{name}.db", SyncConfig(self.url, token))

    def hub_replica(self) -> Replica:
        return Replica.open(self.db, SystemClock())


@pytest.fixture
def hub_env(tmp_path: Path) -> Iterator[HubEnv]:
    db = tmp_path / "hub.db"
    seeded = Replica.open(db, SystemClock())  # an event made elsewhere: all rows in its outbox
    attendees = seed_event(seeded, 6)
    seeded.close()
    env = HubEnv(tmp_path, db, HubThread(Hub(db, port=0)).start(), attendees)
    try:
        yield env
    finally:
        env.thread.stop()  # the hub running now (a test may have restarted it)
