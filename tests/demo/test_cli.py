"""``wufops generate-demo`` round trip through the real command-line entry point."""

from __future__ import annotations

from pathlib import Path

import pytest

from wufops.cli.main import main
from wufops.store.database import connect


def test_generate_demo_writes_the_event_and_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "demo.db"
    assert main(["generate-demo", "--out", str(out), "--attendees", "250", "--seed", "3"]) == 0
    captured = capsys.readouterr()
    assert "250 attendees" in captured.out and "40 rooms" in captured.out
    assert "100 %" in captured.err  # progress went to stderr
    conn = connect(out)
    try:
        assert conn.execute("SELECT count(*) FROM attendee").fetchone()[0] == 250
        assert conn.execute("SELECT timezone FROM event").fetchone()[0] == "Asia/Baku"
    finally:
        conn.close()
    size = out.stat().st_size

    assert main(["generate-demo", "--out", str(out), "--attendees", "250", "--quiet"]) == 1
    captured = capsys.readouterr()
    assert "target_exists" in captured.err and str(out) in captured.err
    assert out.stat().st_size == size


def test_generate_demo_rejects_a_bad_attendee_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "demo.db"
    assert main(["generate-demo", "--out", str(out), "--attendees", "-5", "--quiet"]) == 1
    assert "bad_attendee_count" in capsys.readouterr().err
    assert not out.exists()
