"""``wufops schedule``: what a coordinator or a script sees, exit codes and JSON included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.schedule.build import at, seed_schedule
from wufops.cli.main import main
from wufops.clock import SystemClock
from wufops.models.schedule import to_iso
from wufops.store.replica import Replica


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "event.db"
    replica = Replica.open(path, SystemClock())
    try:
        return path, seed_schedule(replica)
    finally:
        replica.close()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["schedule", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _outbox(path: Path) -> list[tuple[str, str, dict[str, object]]]:
    replica = Replica.open(path, SystemClock())
    try:
        return [(e.op.entity, e.op.row_id, e.op.body) for e in replica.outbox(state=None)]
    finally:
        replica.close()


def test_check_lists_conflicts_and_exits_1_while_one_blocks(
    db: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = db
    code, out, _ = _run(capsys, "check", "--db", str(path), "--json")
    assert code == 1
    (conflict,) = json.loads(out)
    assert conflict["rule"] == "room_overlap" and conflict["severity"] == "block"
    assert conflict["objects"] == [ids["opening"], ids["dialogue"], ids["hall"]]
    assert conflict["kinds"] == ["session", "session", "room"]
    assert conflict["params"] == {"overlap_min": 30, "gap_min": 0, "changeover_min": 15}
    assert conflict["message"] == (
        "“Opening plenary” (Mon 18 May 10:00–12:00) and “Housing dialogue” (Mon 18 May "
        "11:30–13:00) overlap by 30 min in Hall A. Move or shorten one of them."
    )
    code, out, _ = _run(capsys, "check", "--db", str(path))
    assert code == 1
    assert out.splitlines()[0] == "WUF13: 3 placed sessions, 1 conflicts (1 block, 0 warn)"
    assert "BLOCK  room_overlap: “Opening plenary”" in out


def test_move_records_one_op_with_the_whole_placement_and_keeps_the_length(
    db: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = db
    before = len(_outbox(path))
    # the event's local time (Baku, UTC+4), no offset: keeps its 90 minutes
    code, out, _ = _run(
        capsys, "move", ids["dialogue"][:24], "--db", str(path), "--room", "hall a",
        "--start", "2026-05-18T12:15",
    )  # fmt: skip
    assert code == 0
    assert out.startswith(
        "Moved “Housing dialogue” to Hall A, Mon 18 May 12:15–13:45 "
        "(was: Hall A, Mon 18 May 11:30–13:00)."
    )
    entity, row_id, body = _outbox(path)[before]
    assert (entity, row_id) == ("session", ids["dialogue"])
    assert body == {
        "room_id": ids["hall"],
        "starts_at": to_iso(at(1, "12:15")),
        "ends_at": to_iso(at(1, "13:45")),
    }
    assert len(_outbox(path)) == before + 1
    code, out, _ = _run(capsys, "check", "--db", str(path))
    assert code == 0 and "0 conflicts" in out
    # with an offset and an end; the conflicts it makes are listed, the move still happens
    code, out, _ = _run(
        capsys, "move", ids["side"], "--db", str(path), "--room", "Room B",
        "--start", "2026-05-18T06:00:00Z", "--end", "2026-05-18T13:30:00+04:00", "--json",
    )  # fmt: skip
    assert code == 0
    moved = json.loads(out)
    assert (moved["start"], moved["end"]) == (to_iso(at(1, "10:00")), to_iso(at(1, "13:30")))
    assert {c["rule"] for c in moved["conflicts"]} == {"speaker_double_booked"}


MON = "2026-05-18T10:00"
EARLY = "2026-05-18T09:00"


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["move", "no-such-session", "--room", "Hall A", "--start", MON], "unknown_session"),
        (["move", "{opening}", "--room", "Hall Z", "--start", MON], "unknown_room"),
        (["move", "{opening}", "--room", "Hall A", "--start", "Monday 10am"], "bad_time"),
        (
            ["move", "{opening}", "--room", "Hall A", "--start", MON, "--end", EARLY],
            "bad_placement",
        ),
        (["move", "{proposal}", "--room", "Hall A", "--start", MON, "--end", MON], "bad_placement"),
        (["status", "{proposal}", "scheduled"], "not_placed"),
        (["severity", "room_overlaps", "warn"], "unknown_rule"),
    ],
)
def test_refusals_have_a_code_and_change_nothing(
    db: tuple[Path, dict[str, str]],
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    code: str,
) -> None:
    path, ids = db
    before = _outbox(path)
    argv = [a.format(**ids) for a in argv]
    status, _, err = _run(capsys, *argv, "--db", str(path))
    assert f"error [{code}]:" in err
    assert status == (1 if code == "not_placed" else 2)
    assert _outbox(path) == before


def test_release_is_refused_with_schedule_blocked_then_released_with_a_version(
    db: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = db
    code, out, err = _run(capsys, "release", "--db", str(path), "--json")
    assert code == 1 and "error [schedule_blocked]" in err
    refused = json.loads(out)
    assert refused["error"] == "schedule_blocked"
    assert [c["rule"] for c in refused["conflicts"]] == ["room_overlap"]
    code, out, _ = _run(capsys, "severity", "room_overlap", "warn", "--db", str(path))
    assert (code, out) == (0, "room_overlap is now warn for WUF13 (default: block).\n")
    code, out, _ = _run(capsys, "rules", "--db", str(path))
    assert "C1   room_overlap             warn (default block)" in out
    code, out, _ = _run(capsys, "release", "--db", str(path))
    assert (code, out) == (0, "Released version 1 of WUF13: 3 sessions.\n")
    code, _, err = _run(capsys, "release", "--db", str(path))
    assert code == 1 and "error [nothing_changed]" in err
    code, out, _ = _run(capsys, "status", ids["side"], "cancelled", "--db", str(path))
    assert (code, out) == (0, "“Side event on heat” is now cancelled.\n")
    code, out, _ = _run(capsys, "changes", "--db", str(path))
    assert out.splitlines() == [
        "WUF13: 1 change(s) since version 1 (1 removed)",
        f"removed  {ids['side']}  “Side event on heat”",
    ]


def test_a_missing_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "check", "--db", str(tmp_path / "none.db"))
    assert code == 2 and "error [no_database]" in err
    assert not (tmp_path / "none.db").exists()
