"""``wufops scan``: a real subprocess on a real replica file — JSON out, exit status, the
same rows the desk records; where a data directory's database is."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.checkin.world import desk_database
from wufops.cli.sync import REPLICA_FILE
from wufops.paths import REPLICA_DB_NAME, DataDirError
from wufops.paths import desk_database as find_desk_database
from wufops.store.database import connect


def _scan(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wufops.cli.main", "scan", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONUTF8": "1"},
        check=False,
    )


def test_scan_round_trip_pickup_then_duplicate_then_gate(tmp_path: Path) -> None:
    (tmp_path / "w").mkdir()
    world, db = desk_database(tmp_path / "w")
    data_dir = tmp_path / "desk-data"
    data_dir.mkdir()
    shutil.move(db, data_dir / REPLICA_DB_NAME)
    token = world.tokens[world.attendees[1]]
    first = _scan(token, "--data-dir", str(data_dir), "--desk", "Kiosk 3")
    assert first.returncode == 0, first.stderr
    decision = json.loads(first.stdout)
    assert decision["code"] == "admitted" and decision["admitted"] is True
    assert decision["attendee"]["name"] == "محمد العلي"
    assert decision["attendee"]["attention"] is True
    second = _scan(token, "--data-dir", str(data_dir), "--desk", "Kiosk 4")
    assert second.returncode == 1
    again = json.loads(second.stdout)
    assert again["code"] == "already_picked_up"
    assert again["first_pickup"]["desk"] == "Kiosk 3"
    assert again["first_pickup"]["checkin_id"] == decision["checkin_id"]
    gate = _scan(token, "--db", str(data_dir / REPLICA_DB_NAME), "--mode", "gate", "--zone", "Blue")
    assert gate.returncode == 0, gate.stderr
    entry = json.loads(gate.stdout)
    assert entry["mode"] == "gate" and entry["attendee"] is None
    forged = _scan(token[:-8] + "AAAAAAAA", "--data-dir", str(data_dir))
    assert forged.returncode == 1 and json.loads(forged.stdout)["code"] == "invalid_signature"
    conn = connect(data_dir / REPLICA_DB_NAME)
    rows = conn.execute("SELECT kind, desk, zone FROM checkin_event ORDER BY hlc").fetchall()
    pending = conn.execute(
        "SELECT count(*) FROM outbox WHERE entity = 'checkin_event' AND state = 'pending'"
    ).fetchone()[0]
    conn.close()
    assert [tuple(r) for r in rows] == [("badge_pickup", "Kiosk 3", ""), ("entry", "CLI", "Blue")]
    assert pending == 2  # both in the op log for sync to carry
    world.close()


def test_scan_usage_errors_exit_2_with_a_code(tmp_path: Path) -> None:
    missing = _scan("X", "--data-dir", str(tmp_path / "nowhere"))
    assert missing.returncode == 2
    assert json.loads(missing.stderr)["error"] == "no_data_dir"
    empty = tmp_path / "empty"
    empty.mkdir()
    result = _scan("X", "--data-dir", str(empty))
    assert result.returncode == 2 and json.loads(result.stderr)["error"] == "no_database"
    no_event = empty / "blank.db"
    connect(no_event).close()
    result = _scan("X", "--db", str(no_event))
    assert result.returncode == 2 and json.loads(result.stderr)["error"] == "no_event"


def test_data_dir_rule(tmp_path: Path) -> None:
    assert REPLICA_DB_NAME == REPLICA_FILE  # the file `wufops sync --data-dir` keeps in step
    (tmp_path / "hub.db").write_bytes(b"")
    (tmp_path / "demo-13-37000.db").write_bytes(b"")
    assert find_desk_database(tmp_path).name == "demo-13-37000.db"
    # what `wufops demo` leaves: the generated event, the hub's copy, the synced desk replica
    (tmp_path / "demo-13-37000-hub.db").write_bytes(b"")
    (tmp_path / "demo-13-37000-desk.db").write_bytes(b"")
    assert find_desk_database(tmp_path).name == "demo-13-37000-desk.db"
    (tmp_path / "demo-7-500-desk.db").write_bytes(b"")
    with pytest.raises(DataDirError) as several:
        find_desk_database(tmp_path)
    assert several.value.code == "choose_database"
    (tmp_path / REPLICA_DB_NAME).write_bytes(b"")
    assert find_desk_database(tmp_path).name == REPLICA_DB_NAME
