"""Fixtures for attendee tests: a real database file holding one event."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from wufops.clock import FakeClock
from wufops.store.replica import Replica

EVENT = {
    "name": "WUF13",
    "venue": "Baku",
    "timezone": "Asia/Baku",
    "first_day": "2026-05-17",
    "last_day": "2026-05-22",
}


@pytest.fixture
def event_db(tmp_path: Path) -> Path:
    """A database file with exactly one event (closed again: tests open what they need)."""
    path = tmp_path / "event.db"
    replica = Replica.open(path, FakeClock())
    replica.insert("event", EVENT)
    replica.close()
    return path


@pytest.fixture
def event_replica(event_db: Path) -> Iterator[Replica]:
    replica = Replica.open(event_db, FakeClock())
    yield replica
    replica.close()
