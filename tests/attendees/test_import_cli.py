"""`wufops event create`, `wufops import attendees`, `wufops export attendees` on real files."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from wufops.cli.main import main

EVENT_ARGS = [
    "--name", "WUF13", "--timezone", "Asia/Baku",
    "--first-day", "2026-05-17", "--last-day", "2026-05-22",
]  # fmt: skip
HEADER = "Registration code;First name;Last name;Country;Ticket type;E-mail\r\n"
GOOD = (
    "\ufeff" + HEADER + "C1;Aysel;Məmmədova;AZE;Delegate;aysel@example.org\r\n"
    "C2;محمد;العلي;Egypt;Press;\r\n"
    "C3;明;王;China;Speaker;\r\n"
)


def _event_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "wuf.db"
    assert main(["event", "create", "--db", str(db), *EVENT_ARGS]) == 0
    capsys.readouterr()
    return db


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def _count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM attendee").fetchone()[0])


def test_event_create_validates_its_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "e.db"
    base = ["event", "create", "--db", str(db), "--name", "WUF13"]
    assert main([*base, "--timezone", "Mars/Olympus", "--first-day", "2026-05-17",
                 "--last-day", "2026-05-22"]) == 2  # fmt: skip
    assert "bad_timezone" in capsys.readouterr().err
    assert main([*base, "--timezone", "Asia/Baku", "--first-day", "17/05/2026",
                 "--last-day", "2026-05-22"]) == 2  # fmt: skip
    assert "bad_date" in capsys.readouterr().err
    assert main([*base, "--timezone", "Asia/Baku", "--first-day", "2026-05-22",
                 "--last-day", "2026-05-17"]) == 2  # fmt: skip
    assert "bad_date_range" in capsys.readouterr().err
    assert main(["event", "create", "--db", str(db), *EVENT_ARGS, "--json"]) == 0
    created = json.loads(capsys.readouterr().out)
    assert created["timezone"] == "Asia/Baku" and created["first_day"] == "2026-05-17"
    assert main(["event", "list", "--db", str(db), "--json"]) == 0
    assert [e["id"] for e in json.loads(capsys.readouterr().out)] == [created["id"]]


def test_import_then_reimport_through_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _event_db(tmp_path, capsys)
    path = _file(tmp_path, "reg.csv", GOOD)
    assert main(["import", "attendees", str(path), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "created 3, updated 0, unchanged 0, invalid 0" in out
    assert "semicolon-separated" in out and "UTF-8 with BOM" in out
    assert '"Ticket type" → Category' in out and '"E-mail" → Email' in out
    assert _count(db) == 3
    changed = _file(tmp_path, "reg2.csv", GOOD.replace("Press", "VIP"))
    assert main(["import", "attendees", str(changed), "--db", str(db), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["created"], report["updated"], report["unchanged"]) == (0, 1, 2)
    assert report["status"] == "imported" and _count(db) == 3


def test_invalid_rows_exit_1_and_list_lines_and_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _event_db(tmp_path, capsys)
    bad = (
        HEADER
        + "B1;Ana;Lima;BR;Delegate;\r\nB2;Bo;Li;Atlantis;Delegate;\r\nB3;Cy;Ma;FR;Alien;x@\r\n"
    )
    path = _file(tmp_path, "bad.csv", bad)
    assert main(["import", "attendees", str(path), "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert "NOTHING IMPORTED" in out and "--skip-invalid" in out
    assert 'line 3, Country: unknown_country: "Atlantis"' in out
    assert "line 4, Ticket type: unknown_category" in out
    assert "line 4, E-mail: bad_email" in out
    assert _count(db) == 0
    assert main(["import", "attendees", str(path), "--db", str(db), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["exit_code"] == 1 and report["status"] == "invalid"
    assert [(e["line"], e["code"]) for e in report["errors"]] == [
        (3, "unknown_country"),
        (4, "unknown_category"),
        (4, "bad_email"),
    ]
    assert all(e["message"] for e in report["errors"])
    assert main(["import", "attendees", str(path), "--db", str(db), "--skip-invalid"]) == 0
    assert "created 1" in capsys.readouterr().out and _count(db) == 1


def test_many_errors_show_the_first_fifty_and_how_to_see_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _event_db(tmp_path, capsys)
    rows = "".join(f"E{i};Ann;Lee;Nowhere;Delegate;\r\n" for i in range(80))
    path = _file(tmp_path, "many.csv", HEADER + rows)
    assert main(["import", "attendees", str(path), "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert out.count("unknown_country") == 50
    assert "30 more errors" in out and "--all-errors" in out and "--json" in out
    assert main(["import", "attendees", str(path), "--db", str(db), "--all-errors"]) == 1
    assert capsys.readouterr().out.count("unknown_country") == 80


def test_file_and_database_problems_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path, "reg.csv", GOOD)
    empty_db = tmp_path / "none.db"
    sqlite3.connect(empty_db).close()
    assert main(["import", "attendees", str(path), "--db", str(tmp_path / "absent.db")]) == 2
    assert "no_event" in capsys.readouterr().err
    assert not (tmp_path / "absent.db").exists()  # a typo does not create a database
    db = _event_db(tmp_path, capsys)
    latin = tmp_path / "latin.csv"
    latin.write_bytes("Registration code,Given name,Country,Category\nR1,José,ES,vip\n".encode(
        "latin-1"))  # fmt: skip
    assert main(["import", "attendees", str(latin), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "bad_encoding" in err and "line 2" in err and "UTF-8" in err
    assert main(["import", "attendees", str(tmp_path / "nope.csv"), "--db", str(db), "--json"]) == 2
    document = json.loads(capsys.readouterr().out)
    assert document["error"]["code"] == "unreadable_file"
    assert main(["import", "attendees", str(path), "--db", str(empty_db)]) == 2
    assert "wufops event create" in capsys.readouterr().err


def test_progress_goes_to_stderr_for_big_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _event_db(tmp_path, capsys)
    rows = "".join(f"P{i:05d};Name{i};Family;AZ;Delegate;\r\n" for i in range(10_000))
    path = _file(tmp_path, "big.csv", HEADER + rows)
    assert main(["import", "attendees", str(path), "--db", str(db)]) == 0
    captured = capsys.readouterr()
    assert "created 10,000" in captured.out
    assert "reading 10,000 rows" in captured.err
    assert "writing 10,000/10,000 rows" in captured.err
    assert "rows" not in captured.out.split("\n", 1)[1]  # progress kept off stdout


def test_export_round_trips_and_filters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _event_db(tmp_path, capsys)
    assert main(["import", "attendees", str(_file(tmp_path, "r.csv", GOOD)), "--db", str(db)]) == 0
    for suffix in (".csv", ".xlsx"):
        out = tmp_path / f"all{suffix}"
        assert main(["export", "attendees", "--db", str(db), "--out", str(out)]) == 0
        assert "exported 3 attendees" in capsys.readouterr().out
        assert main(["import", "attendees", str(out), "--db", str(db)]) == 0
        assert "created 0, updated 0, unchanged 3" in capsys.readouterr().out
    press = tmp_path / "press.csv"
    assert main(["export", "attendees", "--db", str(db), "--out", str(press),
                 "--category", "Press"]) == 0  # fmt: skip
    with press.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["Registration code"], r["Given name"], r["Category"]) for r in rows] == [
        ("C2", "محمد", "media")
    ]
    azerbaijan = tmp_path / "az.csv"
    assert main(["export", "attendees", "--db", str(db), "--out", str(azerbaijan),
                 "--country", "AZE"]) == 0  # fmt: skip
    assert "exported 1 attendees" in capsys.readouterr().out
    assert main(["export", "attendees", "--db", str(db), "--out", str(press),
                 "--category", "Tourist"]) == 2  # fmt: skip
    assert "unknown_category" in capsys.readouterr().err


def test_import_and_export_are_groups_of_kinds(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import"]) == 2
    assert "attendees" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["import", "attendees", "--help"])
    assert "--skip-invalid" in capsys.readouterr().out


def test_another_module_can_add_a_kind_to_import() -> None:
    import argparse

    from wufops.cli import attendees_io

    parser = argparse.ArgumentParser(prog="wufops")
    subparsers = parser.add_subparsers()
    attendees_io.register(subparsers)
    schedule = attendees_io.verb_kinds(subparsers, "import").add_parser("schedule")
    schedule.add_argument("file")
    schedule.set_defaults(func=lambda args: 0)
    args = parser.parse_args(["import", "schedule", "frab.json"])
    assert args.file == "frab.json" and args.func(args) == 0
    args = parser.parse_args(["import", "attendees", "a.csv", "--db", "x.db"])
    assert args.func is attendees_io.run_import
