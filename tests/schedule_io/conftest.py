"""Databases and helpers for the interchange tests: an empty event file, a small demo event
(the demo programme: ~800 placed sessions in 40 rooms, generated once per module), the
command line, and a fingerprint of everything a refused import must leave as it was."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from wufops.cli.main import main
from wufops.clock import SystemClock
from wufops.demo import generate
from wufops.store.apply import canonical_dump
from wufops.store.replica import Replica
from wufops.sync.ops import JsonValue


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    generate(path, seed=7, attendees=600)
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "event.db"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture
def empty_db(tmp_path: Path) -> Path:
    """A new database file without an event (an import creates it)."""
    path = tmp_path / "empty.db"
    Replica.open(path, SystemClock()).close()
    return path


@pytest.fixture
def open_replica() -> Iterator[list[Replica]]:
    opened: list[Replica] = []
    yield opened
    for replica in opened:
        replica.close()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["schedule", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def fingerprint(path: Path) -> tuple[dict[str, list[tuple[JsonValue, ...]]], int]:
    """Every replicated row and the number of ops in the outbox."""
    replica = Replica.open(path, SystemClock())
    try:
        outbox = replica.conn.execute("SELECT count(*) FROM outbox").fetchone()[0]
        return canonical_dump(replica.conn), int(outbox)
    finally:
        replica.close()
