"""``wufops streams`` and ``wufops schedule check`` with streams: what a coordinator or a
script sees, exit codes and JSON included, on a real database written through the op log."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.streams.build import seed_streams
from wufops.cli.main import main
from wufops.clock import SystemClock
from wufops.store.replica import Replica


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "event.db"
    replica = Replica.open(path, SystemClock())
    try:
        return path, seed_streams(replica)
    finally:
        replica.close()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _outbox(path: Path) -> list[tuple[str, str, dict[str, object]]]:
    replica = Replica.open(path, SystemClock())
    try:
        return [(e.op.entity, e.op.row_id, e.op.body) for e in replica.outbox(state=None)]
    finally:
        replica.close()


def test_schedule_check_reports_the_stream_rules(
    db: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = db
    code, out, _ = _run(capsys, "schedule", "check", "--db", str(path), "--json")
    assert code == 1  # C6 and C7 block
    found = {(c["rule"], c["severity"], tuple(c["objects"])): c for c in json.loads(out)}
    assert set(found) == {
        ("channel_overlap", "block", (ids["opening"], ids["dialogue"], ids["ch1"])),
        ("no_encoder", "block", (ids["side"], ids["side_room"])),
        ("do_not_stream", "block", (ids["ministerial"], ids["ch10"])),
        ("access_not_in_picture", "warn", (ids["dialogue"], ids["ch1"])),
    }
    overlap = found[("channel_overlap", "block", (ids["opening"], ids["dialogue"], ids["ch1"]))]
    assert overlap["kinds"] == ["session", "session", "channel"]
    assert overlap["params"] == {"overlap_min": 5, "gap_min": 10, "needed_min": 15}
    assert overlap["message"] == (
        "“Opening plenary” (Mon 18 May 10:00–12:00) and “Housing dialogue” (Mon 18 May "
        "12:10–13:30) both need WUF13 Channel 1: with their pre- and post-roll they overlap by "
        "5 min (the channel needs 15 min between them, they are 10 min apart). Move one to "
        "another channel or shorten its roll."
    )
    code, out, _ = _run(capsys, "schedule", "check", "--db", str(path))
    assert "BLOCK  no_encoder: “Side event on heat” (Mon 18 May 12:00–13:00) is planned for " in out
    assert "WARN   access_not_in_picture: “Housing dialogue” (Mon 18 May 12:10–13:30)" in out
    code, out, _ = _run(capsys, "schedule", "rules", "--db", str(path), "--json")
    rules = {r["rule"]: (r["catalogue"], r["default"]) for r in json.loads(out)}
    assert rules["channel_overlap"] == ("C6", "block")
    assert rules["no_encoder"] == rules["do_not_stream"] == ("C7", "block")
    assert rules["access_not_in_picture"] == ("C7", "warn")
