"""The real-hub fixture is shared with tests/sync; ``limited_hub`` starts one with chosen
limits (``wufops.net.limits.HubLimits``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.hub.helpers import seed_event
from tests.sync.conftest import Device, hub_env
from wufops.clock import SystemClock
from wufops.net.driver import SyncConfig
from wufops.net.limits import HubLimits
from wufops.net.server import Hub, HubThread
from wufops.store.hub_log import HubLog
from wufops.store.replica import Replica

__all__ = ["LimitedHub", "hub_env", "limited_hub"]


@dataclass
class LimitedHub:
    tmp: Path
    db: Path
    thread: HubThread
    attendees: list[str]

    @property
    def url(self) -> str:
        return self.thread.url

    @property
    def hub(self) -> Hub:
        return self.thread.hub

    def enrol(self, name: str, role: str = "desk") -> str:
        log = HubLog.open(self.db, SystemClock())
        try:
            return log.enrol(name, role)[1]
        finally:
            log.close()

    def device(self, name: str, role: str = "desk", **config: Any) -> Device:
        token = self.enrol(name, role)
        path = self.tmp / f"{name}.db"
        return Device(name, role, path, SyncConfig(self.url, token, **config))


@pytest.fixture
def limited_hub(tmp_path: Path) -> Iterator[Callable[..., LimitedHub]]:
    """``limited_hub(**limits)``: a hub on 127.0.0.1 (port 0) with those limits changed."""
    started: list[HubThread] = []

    def start(**limits: Any) -> LimitedHub:
        db = tmp_path / f"hub-{len(started)}.db"
        seeded = Replica.open(db, SystemClock())
        attendees = seed_event(seeded, 6)
        seeded.close()
        thread = HubThread(Hub(db, port=0, limits=HubLimits(**limits))).start()
        started.append(thread)
        return LimitedHub(tmp_path, db, thread, attendees)

    try:
        yield start
    finally:
        for thread in started:
            thread.stop()
