"""``wufops badges``: issues missing badges through the op log and prints them, sorted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import zxingcpp

from tests.badges.conftest import EventDb
from tests.badges.samples import rasterise
from wufops.cli.main import main


def _page_tokens(pdf: Path, folder: Path) -> list[list[str]]:
    folder.mkdir()
    return [
        [c.text for c in zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode)]
        for page in rasterise(pdf.read_bytes(), folder, dpi=150)
    ]


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_run_issues_badges_and_prints_them_in_pre_printing_order(
    event_db: EventDb, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, out = str(event_db.path), tmp_path / "run" / "badges.pdf"
    code, stdout, stderr = _run(["badges", "--db", db, "--out", str(out)], capsys)
    assert code == 0, stderr
    summary = json.loads(stdout)
    assert summary | {"out": ""} == {
        "out": "",
        "layout": "a6",
        "badges": 4,
        "issued": 4,
        "pages": 4,
        "refused": [],
    }
    assert "badges: rendered 4/4" in stderr and "badges: issued 4/4" in stderr
    conn = event_db.replica.conn
    rows = conn.execute("SELECT attendee_id, token FROM badge WHERE status = 'valid'").fetchall()
    assert len(rows) == 4
    pending = [e.op.entity for e in event_db.replica.outbox(limit=10_000)]
    assert pending.count("badge") == 4 and pending.count("signing_key") == 1
    # pages sorted by country: AZ, EG, JP, RU
    token_of = {r[1]: r[0] for r in rows}
    countries = {r[0]: r[1] for r in conn.execute("SELECT id, country FROM attendee").fetchall()}
    pages = _page_tokens(out, tmp_path / "pages")
    assert [countries[token_of[p[0]]] for p in pages] == ["AZ", "EG", "JP", "RU"]
    # a token from the printed badge verifies
    code, stdout, _ = _run(["verify", pages[0][0], "--db", db], capsys)
    assert code == 0 and json.loads(stdout)["code"] == "admitted"
    # a second run reuses the badges: nothing issued, the same tokens printed
    code, stdout, _ = _run(["badges", "--db", db, "--out", str(out)], capsys)
    assert code == 0 and json.loads(stdout)["issued"] == 0
    assert _page_tokens(out, tmp_path / "again") == pages


def test_filters_limit_and_sheet_layout(
    event_db: EventDb, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(event_db.path)
    out = str(tmp_path / "b.pdf")
    code, stdout, _ = _run(["badges", "--db", db, "--out", out, "--category", "speaker"], capsys)
    assert code == 0 and json.loads(stdout)["badges"] == 1
    code, stdout, _ = _run(["badges", "--db", db, "--out", out, "--country", "ru"], capsys)
    assert code == 0 and json.loads(stdout)["badges"] == 1
    code, stdout, _ = _run(["badges", "--db", db, "--out", out, "--limit", "3"], capsys)
    assert code == 0 and json.loads(stdout)["badges"] == 3
    code, stdout, _ = _run(["badges", "--db", db, "--out", out, "--layout", "a6-on-a4"], capsys)
    assert code == 0 and json.loads(stdout) | {"out": ""} == {
        "out": "",
        "layout": "a6-on-a4",
        "badges": 4,
        "issued": 0,  # the runs above covered everyone (--limit 3 + --country RU)
        "pages": 1,
        "refused": [],
    }
    pages = _page_tokens(Path(out), tmp_path / "sheet")
    assert len(pages) == 1 and len(pages[0]) == 4


def test_bad_arguments_are_clear_errors_and_change_nothing(
    event_db: EventDb, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, out = str(event_db.path), tmp_path / "x.pdf"
    code, _, stderr = _run(["badges", "--db", db, "--out", str(out), "--layout", "a5"], capsys)
    assert code == 2 and json.loads(stderr)["error"] == "invalid_layout"
    code, _, stderr = _run(["badges", "--db", db, "--out", str(out), "--country", "FR"], capsys)
    assert code == 2 and json.loads(stderr)["error"] == "no_attendees"
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    code, _, stderr = _run(["badges", "--db", db, "--out", str(blocked / "x.pdf")], capsys)
    assert code == 2 and json.loads(stderr)["error"] == "cannot_write"
    with pytest.raises(SystemExit):
        main(["badges", "--db", db, "--out", str(out), "--country", "France"])
    capsys.readouterr()
    assert not out.exists()
    assert event_db.replica.conn.execute("SELECT count(*) FROM badge").fetchone()[0] == 0
