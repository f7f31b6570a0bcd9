"""Shared fixtures. Qt runs offscreen: set before anything can import PySide6."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.tools import require_tool
from wufops.clock import FakeClock
from wufops.store.replica import Replica


@pytest.fixture
def pdftoppm() -> str:
    """poppler's rasteriser; a test that needs it fails (never skips) when it is missing."""
    return require_tool("pdftoppm")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def replica(tmp_path: Path, clock: FakeClock) -> Iterator[Replica]:
    """A desk replica on a real SQLite file."""
    rep = Replica.open(tmp_path / "desk.db", clock)
    yield rep
    rep.close()
