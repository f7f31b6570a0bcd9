"""`wufops find TEXT --db DB`: the desk's search from the command line, on a real database."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from wufops.cli.main import main
from wufops.clock import FakeClock
from wufops.store.replica import Replica

PEOPLE = [
    ("ABC12-1", "Aysel", "Məmmədova", "", "", "AZ", "participant"),
    ("ABC12-10", "Muhammad", "Iqbal", "", "", "PK", "speaker"),
    ("ABC12-11", "Mohamed", "Salah", "", "", "EG", "vip"),
    ("ABC12-12", "Александр", "Белых", "", "", "RU", "media"),
    ("ABC12-13", "Jan", "Kowalski", "", "", "PL", "staff"),
]


@pytest.fixture
def db(event_db: Path) -> Path:
    replica = Replica.open(event_db, FakeClock())
    try:
        event_id = replica.conn.execute("SELECT id FROM event").fetchone()[0]
        with replica.batch() as batch:
            for code, given, family, lgiven, lfamily, country, category in PEOPLE:
                batch.insert(
                    "attendee",
                    {
                        "event_id": event_id,
                        "reg_code": code,
                        "given_name": given,
                        "family_name": family,
                        "latin_given": lgiven,
                        "latin_family": lfamily,
                        "organization": "UN-Habitat",
                        "country": country,
                        "category": category,
                    },
                )
    finally:
        replica.close()
    return event_db


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any]:
    code = main(["find", *argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_finds_with_the_desks_ranking_and_prints_stable_json(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, doc = _json(capsys, "Mohammed", "--db", str(db))
    assert code == 0
    assert doc["version"] == 1 and doc["query"] == "Mohammed"
    assert doc["total"] == 2 and doc["shown"] == 2
    results = doc["results"]
    assert [r["family_name"] for r in results] == ["Iqbal", "Salah"]
    first = results[0]
    assert set(first) == {
        "rank", "match", "id", "reg_code", "name", "latin_name", "given_name", "family_name",
        "latin_given", "latin_family", "organization", "country", "category", "checked_in",
    }  # fmt: skip
    assert first["rank"] == 1 and first["match"] == "variant"
    assert first["checked_in"] is False
    # the Cyrillic name by its Latin spelling; the typo; ə typed as e
    _, doc = _json(capsys, "Alexander", "--db", str(db))
    assert doc["results"][0]["family_name"] == "Белых"
    _, doc = _json(capsys, "Kowlaski", "--db", str(db))
    assert doc["results"][0]["match"] == "typo"
    assert _json(capsys, "memmedova", "--db", str(db))[1]["total"] == 1


def test_a_code_in_lower_case_comes_first_and_limit_cuts(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, doc = _json(capsys, "abc12-1", "--db", str(db), "--limit", "2")
    assert code == 0
    assert doc["total"] == 5 and doc["shown"] == 2
    results = doc["results"]
    assert results[0]["reg_code"] == "ABC12-1" and results[0]["match"] == "code"
    code, doc = _json(capsys, "abc12", "--db", str(db), "--limit", "0")
    assert doc["shown"] == 5  # 0: everyone


def test_words_without_quotes_and_human_output(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["find", "aysel", "mammadova", "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == '1 attendee found for "aysel mammadova":'
    assert "ABC12-1" in out[1] and "Aysel Məmmədova" in out[1] and "[name]" in out[1]


def test_no_one_found_exits_1(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["find", "zzqx", "--db", str(db)]) == 1
    assert capsys.readouterr().out.strip() == 'no one found for "zzqx"'
    code, doc = _json(capsys, "zzqx", "--db", str(db))
    assert code == 1 and doc["total"] == 0 and doc["results"] == []


def test_missing_or_unreadable_database_is_a_coded_error_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.db"
    assert main(["find", "x", "--db", str(missing)]) == 2
    assert "db_not_found" in capsys.readouterr().err
    assert not missing.exists()  # nothing created at a mistyped path
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all\n" * 10)
    before = junk.read_bytes()
    code, doc = _json(capsys, "x", "--db", str(junk))
    assert code == 2
    assert doc["status"] == "error" and doc["error"]["code"] == "db_unreadable"
    assert junk.read_bytes() == before
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (x)")
    assert main(["find", "x", "--db", str(other)]) == 2
    assert "db_unreadable" in capsys.readouterr().err


def test_an_event_database_without_events_or_with_another_event(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.db"
    Replica.open(empty, FakeClock()).close()
    assert main(["find", "x", "--db", str(empty)]) == 2
    assert "no_event" in capsys.readouterr().err
    assert main(["find", "x", "--db", str(db), "--event", "e-unknown"]) == 2
    assert "unknown_event" in capsys.readouterr().err


def test_reads_while_a_desk_holds_the_database_open(db: Path) -> None:
    """Read-only: a desk writing at the same time neither blocks it nor is blocked by it."""
    replica = Replica.open(db, FakeClock())
    try:
        with replica.batch():
            done = subprocess.run(
                [sys.executable, "-m", "wufops.cli.main", "find", "salah", "--db", str(db)],
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
    finally:
        replica.close()
    assert done.returncode == 0, done.stderr
    assert "ABC12-11" in done.stdout


def test_limit_must_be_a_whole_number(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["find", "x", "--db", str(db), "--limit", "-3"])
    assert exit_info.value.code == 2
    assert "whole number" in capsys.readouterr().err
