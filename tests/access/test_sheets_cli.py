"""``wufops access sheets`` end to end: the command line writes every provider's PDF and
calendar and the hours CSV into a folder, says what it wrote in JSON, and refuses a missing
database with its stable code."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.access.staging import ARABIC, stage
from wufops.cli.main import main
from wufops.demo import generate


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("access-cli") / "demo.db"
    generate(path, seed=7, attendees=50)
    return path


def test_sheets_writes_a_folder_of_outputs(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    staged = stage(demo, tmp_path / "event.db")
    out = tmp_path / "sheets"
    assert main(["access", "sheets", "--db", str(staged.path), "--out", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    by_id = {p["provider"]: p for p in report["providers"]}
    assert set(by_id) == {staged.captioner, staged.partner, staged.interpreter}
    mine = by_id[staged.captioner]
    assert mine["name"] == ARABIC and mine["days"] == 1 and mine["assignments"] == 3
    assert Path(mine["pdf"]).read_bytes().startswith(b"%PDF-")
    events = Calendar.from_ical(Path(mine["ics"]).read_bytes()).walk("VEVENT")
    assert len(events) == 3
    hours = list(csv.DictReader(io.StringIO(Path(report["hours"]).read_text("utf-8-sig"))))
    assert len(hours) == report["hour_rows"] == 3
    assert report["missing_characters"] == []
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [Path(p[k]).name for p in report["providers"] for k in ("pdf", "ics")] + ["hours.csv"]
    )


def test_sheets_without_a_database_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["access", "sheets", "--db", str(tmp_path / "none.db"), "--out", str(tmp_path), "--json"]
    )
    assert code == 2
    assert json.loads(capsys.readouterr().out)["error"] == "no_database"
