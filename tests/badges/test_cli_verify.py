"""``wufops verify TOKEN --db FILE.db``: a JSON decision, exit 0 only for an admitted badge."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.badges.conftest import EventDb
from wufops.cli.main import main
from wufops.store import badges as store


def _issue(db: EventDb, index: int) -> store.IssuedBadge:
    replica = db.replica
    issuer = store.ensure_issuer_key(replica)
    with replica.batch() as batch:
        return store.issue_badge(
            replica,
            batch,
            issuer,
            attendee_id=db.attendee_ids[index],
            event_id=db.event_id,
            now_s=replica.clock.now_ms() // 1000,
        )


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, object]]:
    code = main(argv)
    out = capsys.readouterr().out
    return code, json.loads(out)


def test_valid_badge_is_admitted_with_exit_zero(
    event_db: EventDb, capsys: pytest.CaptureFixture[str]
) -> None:
    badge = _issue(event_db, 0)
    code, decision = _run(["verify", badge.token, "--db", str(event_db.path)], capsys)
    assert code == 0
    assert decision == {
        "code": "admitted",
        "attendee_id": event_db.attendee_ids[0],
        "serial": badge.serial,
        "key_id": badge.key_id,
        "message": decision["message"],
    }


def test_refused_badges_exit_one_with_their_code(
    event_db: EventDb, capsys: pytest.CaptureFixture[str]
) -> None:
    badge = _issue(event_db, 1)
    event_db.replica.update(
        "badge",
        str(store.badge_by_serial(event_db.replica.conn, badge.serial)["id"]),  # type: ignore[index]
        {"status": "lost"},
    )
    code, decision = _run(["verify", badge.token, "--db", str(event_db.path)], capsys)
    assert (code, decision["code"]) == (1, "revoked")
    code, decision = _run(["verify", "HELLO", "--db", str(event_db.path)], capsys)
    assert (code, decision["code"]) == (1, "malformed")
    flipped = badge.token[:-10] + ("A" if badge.token[-10] != "A" else "B") + badge.token[-9:]
    code, decision = _run(["verify", flipped, "--db", str(event_db.path)], capsys)
    assert (code, decision["code"]) == (1, "invalid_signature")


def test_missing_database_is_a_usage_error_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.db"
    assert main(["verify", "X", "--db", str(missing)]) == 2
    assert "no_database" in capsys.readouterr().err
    assert not missing.exists()
