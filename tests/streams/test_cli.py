"""``wufops streams`` and ``wufops schedule check`` with streams: what a coordinator or a
script sees, exit codes and JSON included, on a real database written through the op log."""

from __future__ import annotations

import csv
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


def test_plan_lists_every_slot_with_its_padded_window(
    db: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = db
    code, out, _ = _run(capsys, "streams", "plan", "--db", str(path), "--json")
    assert code == 0
    plan = json.loads(out)
    assert plan["padding"] == {"pre_roll_min": 10, "post_roll_min": 5}
    assert [c["name"] for c in plan["channels"]] == [
        "WUF13 Channel 1",
        "WUF13 Channel 2",
        "WUF13 Channel 10",
    ]
    first, second = plan["channels"][0]["slots"]
    assert (first["slot"], first["title"], first["room"]) == (
        ids["opening_slot"],
        "Opening plenary",
        "Plenary Hall",
    )
    assert [first[k] for k in ("on_air", "start", "end", "off_air")] == [
        "2026-05-18T09:50:00+04:00",
        "2026-05-18T10:00:00+04:00",
        "2026-05-18T12:00:00+04:00",
        "2026-05-18T12:05:00+04:00",
    ]
    assert (first["captions"], first["sign_languages"], first["audio_tracks"]) == (
        ["en"],
        ["ils"],
        ["floor", "fr"],
    )
    assert second["captions_missing"] == ["fr"]
    assert {c["rule"] for c in plan["conflicts"]} == {
        "channel_overlap",
        "no_encoder",
        "do_not_stream",
        "access_not_in_picture",
    }
    code, out, _ = _run(capsys, "streams", "plan", "--db", str(path))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == (
        "WUF13: 4 slots on 3 channels; padding 10 min before, 5 min after (times in Asia/Baku)"
    )
    assert lines[2].startswith(
        "  Mon 18 May 10:00–12:00 (on air 09:50–12:05, −10/+5 min)  “Opening plenary” · "
        "Plenary Hall · planned"
    )


def test_board_at_a_time_says_what_is_live_next_and_late(
    db: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = db
    assert (
        _run(capsys, "streams", "set-status", ids["side_slot"], "testing", "--db", str(path))[0]
        == 0
    )
    code, out, _ = _run(
        capsys, "streams", "board", "--db", str(path), "--at", "2026-05-18T12:02", "--json"
    )
    assert code == 0
    found = json.loads(out)
    assert found["at"] == "2026-05-18T12:02:00+04:00"
    one, two, ten = found["channels"]
    # the C6 overlap: the opening's post-roll and the dialogue's pre-roll both hold 12:02
    assert (one["state"], one["now"]["title"], one["next"], one["clash"]) == (
        "planned",
        "Housing dialogue",
        None,
        True,
    )
    assert one["late_s"] is None  # the opening never went live, but it has ended: missed
    assert (two["state"], two["late_s"], two["now"]["status_at"] is not None) == (
        "testing",
        120,
        True,
    )
    assert (ten["state"], ten["now"], ten["countdown_s"]) == ("off_air", None, 108 * 60)
    code, out, _ = _run(capsys, "streams", "board", "--db", str(path), "--at", "2026-05-18T12:02")
    assert out.splitlines()[0] == "WUF13 — board at Mon 18 May 12:02 (Asia/Baku)"
    assert "WUF13 Channel 2: TESTING" in out and "LATE 2 min" in out


def test_set_status_records_a_change_and_refuses_with_a_code(
    db: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = db
    slot = ids["opening_slot"]
    code, out, _ = _run(capsys, "streams", "set-status", slot[:30], "live", "--db", str(path))
    assert (code, out.strip()) == (0, "“Opening plenary” on WUF13 Channel 1: planned → live.")
    before = _outbox(path)
    code, out, err = _run(
        capsys, "streams", "set-status", slot, "testing", "--db", str(path), "--json"
    )
    assert code == 1
    assert json.loads(out) == {
        "error": "transition_refused",
        "detail": "a live slot can go to complete, not testing",
        "from": "live",
        "to": "testing",
    }
    assert "error [transition_refused]" in err
    for argv, wanted in (
        ([slot, "on_air"], "bad_status"),
        (["no-such-slot", "live"], "unknown_slot"),
    ):
        code, _, err = _run(capsys, "streams", "set-status", *argv, "--db", str(path))
        assert code == 2 and f"error [{wanted}]" in err
    assert _outbox(path) == before
    code, _, err = _run(
        capsys, "streams", "set-status", slot, "live", "--db", str(path.parent / "none.db")
    )
    assert code == 2 and "error [no_database]" in err


def test_export_writes_the_channel_run_sheet(
    db: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, ids = db
    replica = Replica.open(path, SystemClock())
    try:  # a title a spreadsheet would run as a formula
        replica.update("session", ids["dialogue"], {"title": '=HYPERLINK("x")'})
    finally:
        replica.close()
    out_file = tmp_path / "ch1.csv"
    code, out, _ = _run(
        capsys, "streams", "export", "--db", str(path), "--channel", "wuf13 channel 1",
        "--format", "csv", "--out", str(out_file),
    )  # fmt: skip
    assert code == 0
    assert out.strip() == f"Wrote the run-sheet of WUF13 Channel 1: 2 slot(s) to {out_file}."
    raw = out_file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert [r["title"] for r in rows] == ["Opening plenary", '\'=HYPERLINK("x")']
    assert (rows[0]["on_air"], rows[0]["off_air"]) == (
        "2026-05-18T09:50+04:00",
        "2026-05-18T12:05+04:00",
    )
    assert (rows[0]["captions"], rows[0]["sign_languages"], rows[1]["missing"]) == (
        "en",
        "ils",
        "captions fr",
    )
    assert rows[0]["slot"] == ids["opening_slot"]
    for argv, wanted in (
        (["--channel", "Channel 99", "--out", str(tmp_path / "x.csv")], "unknown_channel"),
        (["--channel", "WUF13 Channel 2", "--out", str(tmp_path / "no" / "x.csv")], "cannot_write"),
    ):
        code, _, err = _run(
            capsys, "streams", "export", "--db", str(path), "--format", "csv", *argv
        )
        assert code == 2 and f"error [{wanted}]" in err
    assert not (tmp_path / "x.csv").exists()


def test_planning_a_slot_withdrawing_it_and_the_events_padding(
    db: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = db
    code, out, _ = _run(
        capsys, "streams", "add", ids["dialogue"], "--db", str(path), "--channel",
        "WUF13 Channel 2", "--captions", "fr", "--json",
    )  # fmt: skip
    assert code == 0
    added = json.loads(out)
    # on Channel 2 (12:00–13:35 padded) it meets the side event (11:50–13:05) for 65 min
    on_two = [c for c in added["conflicts"] if ids["ch2"] in c["objects"]]
    assert sorted((c["rule"], c["params"].get("overlap_min")) for c in on_two) == [
        ("access_not_in_picture", None),  # Channel 2 has no caption target
        ("channel_overlap", 65),
    ]
    code, _, err = _run(
        capsys, "streams", "add", ids["dialogue"], "--db", str(path), "--channel",
        "WUF13 Channel 2",
    )  # fmt: skip
    assert code == 1 and "error [already_on_channel]" in err
    code, out, _ = _run(capsys, "streams", "withdraw", added["slot"], "--db", str(path))
    assert (code, out.strip()) == (0, f"Slot {added['slot']} is now withdrawn.")
    code, out, _ = _run(capsys, "streams", "padding", "--db", str(path))
    assert out.strip() == "WUF13: slots are padded 10 min before and 5 min after."
    assert _run(capsys, "streams", "padding", "--db", str(path), "--pre-roll", "5")[0] == 0
    code, out, _ = _run(capsys, "schedule", "check", "--db", str(path), "--json")
    # 12:10 − 5 min pre-roll meets the opening's post-roll end at 12:05: no overlap now
    assert "channel_overlap" not in {c["rule"] for c in json.loads(out)}
    code, _, err = _run(capsys, "streams", "padding", "--db", str(path), "--post-roll", "300")
    assert code == 2 and "error [bad_roll]" in err
