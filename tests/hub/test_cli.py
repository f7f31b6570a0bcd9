"""``wufops hub backup``, ``enrol``, ``devices`` and ``sync`` as an operator uses them."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from tests.hub.helpers import pickup, seed_event
from tests.sync.conftest import HubEnv
from wufops.cli.main import main
from wufops.clock import SystemClock
from wufops.store.hub_log import HubLog
from wufops.store.replica import Replica
from wufops.sync.enrolment import parse_enrolment


def test_enrol_prints_the_token_once_and_writes_a_scannable_qr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, qr = tmp_path / "hub.db", tmp_path / "desk-07.png"
    args = ["enrol", "--db", str(db), "--role", "desk", "--name", "desk-07", "--json"]
    assert main([*args, "--hub", "ws://10.0.0.5:8765", "--qr", str(qr)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["name"] == "desk-07" and printed["role"] == "desk" and printed["token"]
    (decoded,) = zxingcpp.read_barcodes(Image.open(qr))
    enrolment = parse_enrolment(decoded.text)
    assert enrolment.hub == "ws://10.0.0.5:8765" and enrolment.token == printed["token"]
    assert printed["token"] not in db.read_bytes().decode("latin-1")  # only its hash is kept
    assert main(args) == 2
    assert "error[name_taken]" in capsys.readouterr().err


def test_devices_list_and_revoke(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "hub.db"
    assert main(["enrol", "--db", str(db), "--role", "gate", "--name", "gate-north"]) == 0
    out = capsys.readouterr().out
    assert "token:" in out and "shown only this once" in out
    assert main(["devices", "revoke", "gate-north", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["devices", "list", "--db", str(db), "--json"]) == 0
    (device,) = json.loads(capsys.readouterr().out)
    assert device["name"] == "gate-north" and device["revoked"] is True
    assert main(["devices", "revoke", "nobody", "--db", str(db)]) == 2
    assert "error[unknown_device]" in capsys.readouterr().err
    assert main(["devices", "list", "--db", str(tmp_path / "missing.db")]) == 2


def test_hub_backup_makes_a_copy_that_starts_a_new_epoch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "hub.db"
    made = Replica.open(db, SystemClock())
    seed_event(made, 3)
    made.close()
    live = HubLog.open(db, SystemClock())
    epoch = live.start()
    assert main(["hub", "backup", "--db", str(db), "--out", str(tmp_path / "copy.db")]) == 0
    assert "new epoch" in capsys.readouterr().out
    restored = HubLog.open(tmp_path / "copy.db", SystemClock())
    assert restored.start() != epoch and restored.max_seq() == live.max_seq()
    assert main(["hub", "backup", "--db", str(db), "--out", str(db)]) == 2
    live.close()
    restored.close()


def test_sync_once_exits_zero_when_caught_up_and_non_zero_with_a_reason(
    hub_env: HubEnv, capsys: pytest.CaptureFixture[str]
) -> None:
    token = hub_env.enrol("kiosk-1", "desk")
    data = hub_env.tmp / "kiosk"
    base = ["sync", "--data-dir", str(data), "--once", "--timeout", "20"]
    assert main([*base, "--hub", hub_env.url, "--token", token]) == 0
    assert capsys.readouterr().out.startswith("online:")
    replica = Replica.open(data / "replica.db", SystemClock())
    assert replica.conn.execute("SELECT count(*) FROM attendee").fetchone()[0] == 6
    replica.close()
    assert main([*base, "--hub", hub_env.url, "--token", "wrong"]) == 1
    assert "error[token_refused]" in capsys.readouterr().err
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    assert main([*base, "--hub", f"ws://127.0.0.1:{closed}", "--token", token]) == 1
    assert "error[hub_unreachable]" in capsys.readouterr().err
    assert main([*base, "--hub", "http://nope", "--token", token]) == 2
    assert "error[bad_hub_address]" in capsys.readouterr().err


def test_sync_remembers_its_enrolment_for_the_next_run(
    hub_env: HubEnv, capsys: pytest.CaptureFixture[str]
) -> None:
    token = hub_env.enrol("kiosk-2", "desk")
    text = f"wufops-enrol:?hub={hub_env.url}&name=kiosk-2&token={token}"
    data = hub_env.tmp / "kiosk2"
    assert main(["sync", "--data-dir", str(data), "--enrolment", text, "--once"]) == 0
    replica = Replica.open(data / "replica.db", SystemClock())
    pickup(replica, hub_env.attendees[0], "kiosk-2")
    replica.close()
    capsys.readouterr()
    assert main(["sync", "--data-dir", str(data), "--once"]) == 0  # no address, no token
    assert "pending 0" in capsys.readouterr().out
    hub = hub_env.hub_replica()
    desks = [r[0] for r in hub.conn.execute("SELECT desk FROM checkin_event")]
    hub.close()
    assert desks == ["kiosk-2"]
    assert main(["sync", "--data-dir", str(hub_env.tmp / "new"), "--once"]) == 2
    assert "error[missing_hub]" in capsys.readouterr().err
