"""A small demo event shared by the demo tests (generated once per module)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from wufops.demo import DemoSummary, generate
from wufops.store.database import connect

SMALL = 600


@pytest.fixture(scope="module")
def small_demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoSummary]:
    path = tmp_path_factory.mktemp("demo") / "small.db"
    return path, generate(path, seed=7, attendees=SMALL)


@pytest.fixture
def small_db(small_demo: tuple[Path, DemoSummary]) -> Iterator[sqlite3.Connection]:
    conn = connect(small_demo[0])
    yield conn
    conn.close()
