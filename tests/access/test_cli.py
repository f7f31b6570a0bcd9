"""``wufops access …``: what a coordinator or a script sees, exit codes and JSON included,
on a real database written through the op log (tests/access/build.py: one Chinese writer
for two Chinese sessions at once, two captioners for four caption units at once)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.access.build import seed_access
from wufops.cli.main import main
from wufops.clock import SystemClock
from wufops.models.access import slot_id
from wufops.store.replica import Replica


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "event.db"
    replica = Replica.open(path, SystemClock())
    try:
        return path, seed_access(replica)
    finally:
        replica.close()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _slots(path: Path) -> dict[str, tuple[str | None, str, int]]:
    replica = Replica.open(path, SystemClock())
    try:
        return {
            r[0]: (r[1], r[2], r[3])
            for r in replica.conn.execute(
                "SELECT id, provider_id, status, locked FROM assignment_slot"
            )
        }
    finally:
        replica.close()


def test_solve_writes_the_proposal_and_prints_coverage_unmet_and_load(
    capsys: pytest.CaptureFixture[str], db: tuple[Path, dict[str, str]]
) -> None:
    path, _ = db
    code, out, _ = _run(capsys, "access", "solve", "--db", str(path), "--json",
                        "--time-limit", "5")  # fmt: skip
    data = json.loads(out)
    assert code == 1  # required units left open
    assert data["coverage"] == {"required": 7, "filled_required": 5, "advised": 0,
                                "filled_advised": 0}  # fmt: skip
    assert data["proven"] is True
    assert len(data["unmet"]) == 2
    assert {u["service"] for u in data["unmet"]} <= {"captions"}
    assert data["max_load_min"] == 180  # the afternoon dialogue after the opening
    assert data["written"] == len(data["changes"]) == 5
    slots = _slots(path)
    assert len(slots) == 5 and {s[1] for s in slots.values()} == {"proposed"}
    # a second solve finds nothing to change
    code, out, _ = _run(capsys, "access", "solve", "--db", str(path), "--json", "--dry-run")
    assert json.loads(out)["changes"] == []


def test_check_lists_conflicts_with_codes_and_exits_1_on_block(
    capsys: pytest.CaptureFixture[str], db: tuple[Path, dict[str, str]]
) -> None:
    path, ids = db
    code, out, _ = _run(capsys, "access", "check", "--db", str(path), "--json")
    conflicts = json.loads(out)
    assert code == 1
    assert {c["rule"] for c in conflicts} == {"access_unassigned"}
    assert all(c["severity"] == "block" and c["message"] for c in conflicts)
    assert {c["objects"][0] for c in conflicts} == {
        ids[k] for k in ("opening", "side", "talk", "afternoon")
    }
    _run(capsys, "access", "solve", "--db", str(path))
    code, out, _ = _run(capsys, "access", "check", "--db", str(path))
    assert code == 1  # two caption units stay open
    assert "access_unassigned" in out or "access_team_short" in out
    assert "provider_double_booked" not in out


def test_report_gives_reasons_suggestions_and_loads(
    capsys: pytest.CaptureFixture[str], db: tuple[Path, dict[str, str]]
) -> None:
    path, ids = db
    _run(capsys, "access", "solve", "--db", str(path))
    code, out, _ = _run(capsys, "access", "report", "--db", str(path), "--json")
    rows = json.loads(out)
    assert code == 0
    unmet = [r for r in rows if r["code"] in ("no_skill", "none_available", "all_busy",
                                                "caps_reached")]  # fmt: skip
    assert len(unmet) == 2 and {r["code"] for r in unmet} == {"all_busy"}
    add = [r for r in rows if r["code"] == "add_provider"]
    assert add and all(r["service"] == "captions" and r["day"] == "2026-05-18" for r in add)
    assert sum(r["count"] for r in add) >= 1
    loads = {r["provider"]: r["minutes"] for r in rows if r["code"] == "load"}
    assert set(loads) == {ids[k] for k in ("is_a", "is_b", "is_deaf", "cap_en", "cap_zh")}
    code, out, _ = _run(capsys, "access", "report", "--db", str(path))
    assert "more" in out and "captioner" in out and "on day 2 (2026-05-18)" in out


def test_lock_and_absent(
    capsys: pytest.CaptureFixture[str], db: tuple[Path, dict[str, str]]
) -> None:
    path, ids = db
    _run(capsys, "access", "solve", "--db", str(path))
    slot = slot_id(ids["afternoon"], "sign_language", "ils", 1)
    code, out, _ = _run(capsys, "access", "lock", slot[:12], "--db", str(path), "--json")
    assert (code, json.loads(out)) == (0, {"slot": slot, "locked": True})
    holder = _slots(path)[slot][0]
    assert holder is not None
    code, out, _ = _run(capsys, "access", "absent", holder, "--db", str(path), "--json",
                        "--from", "2026-05-18T13:00", "--to", "2026-05-18T16:00")  # fmt: skip
    assert code == 0 and json.loads(out) == {"provider": holder, "slots": [slot]}
    # the lock holds: a re-solve keeps the slot, and check shows the absence (C11)
    _run(capsys, "access", "solve", "--db", str(path))
    assert _slots(path)[slot] == (holder, "proposed", 1)
    code, out, _ = _run(capsys, "access", "check", "--db", str(path), "--json")
    assert any(c["rule"] == "provider_unavailable" and c["params"]["reason"] == "absent"
               for c in json.loads(out))  # fmt: skip
    code, out, _ = _run(capsys, "access", "lock", slot, "--db", str(path), "--unlock")
    assert code == 0 and "unlocked" in out
    _run(capsys, "access", "solve", "--db", str(path))
    assert _slots(path)[slot][0] != holder


@pytest.mark.parametrize(
    ("argv", "code", "error"),
    [
        (["lock", "nonexistent-slot"], 2, "unknown_slot"),
        (["absent", "nobody-at-all"], 2, "unknown_provider"),
        (["absent", "Is A", "--from", "yesterday"], 2, "bad_time"),
        (["solve", "--time-limit", "0"], 2, "bad_time_limit"),
    ],
)
def test_bad_input_has_a_stable_code(
    capsys: pytest.CaptureFixture[str],
    db: tuple[Path, dict[str, str]],
    argv: list[str],
    code: int,
    error: str,
) -> None:
    path, _ = db
    got, out, err = _run(capsys, "access", *argv, "--db", str(path), "--json")
    assert got == code
    assert json.loads(out)["error"] == error
    assert f"error [{error}]" in err


def test_no_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = _run(capsys, "access", "check", "--db", str(tmp_path / "none.db"))
    assert code == 2 and "error [no_database]" in err


def test_settings_are_shown_changed_and_bad_ones_refused(
    capsys: pytest.CaptureFixture[str], db: tuple[Path, dict[str, str]]
) -> None:
    path, _ = db
    code, out, _ = _run(capsys, "access", "settings", "--db", str(path), "--json")
    rows = {r["name"]: r for r in json.loads(out)}
    assert code == 0
    assert rows["travel_min"] == {"name": "travel_min", "value": 15, "default": 15}
    assert rows["accredited_high_level"]["value"] is True
    code, out, _ = _run(capsys, "access", "settings", "--db", str(path),
                        "--set", "travel_min=20", "--set", "accredited_high_level=no")  # fmt: skip
    assert code == 0
    assert "travel_min             20   (default 15)" in out
    assert "accredited_high_level  no   (default yes)" in out
    assert "arrival_min            30\n" in out
    for bad, error in (
        ("travel=5", "unknown_setting"),
        ("travel_min=soon", "bad_setting"),
        ("travel_min=2000", "bad_setting"),
        ("accredited_high_level=maybe", "bad_setting"),
        ("travel_min", "bad_setting"),
    ):
        code, out, err = _run(capsys, "access", "settings", "--db", str(path),
                              "--set", "arrival_min=45", "--set", bad, "--json")  # fmt: skip
        assert code == 2 and f"error [{error}]" in err, bad
        assert json.loads(out)["error"] == error
    # nothing of a refused command was written, the earlier change stays
    _, out, _ = _run(capsys, "access", "settings", "--db", str(path), "--json")
    values = {r["name"]: r["value"] for r in json.loads(out)}
    assert (values["travel_min"], values["arrival_min"]) == (20, 30)
    assert values["accredited_high_level"] is False


def test_an_access_rule_severity_is_set_like_any_rule(
    capsys: pytest.CaptureFixture[str], db: tuple[Path, dict[str, str]]
) -> None:
    path, _ = db
    code, out, _ = _run(capsys, "schedule", "rules", "--db", str(path))
    assert "C12  access_unassigned        block" in out
    code, out, _ = _run(capsys, "schedule", "severity", "access_unassigned", "warn",
                        "--db", str(path))  # fmt: skip
    assert code == 0 and "(default: block)" in out
    code, out, _ = _run(capsys, "access", "check", "--db", str(path), "--json")
    conflicts = json.loads(out)
    assert code == 0  # open services no longer block
    assert conflicts and {c["severity"] for c in conflicts} == {"warn"}
    _run(capsys, "schedule", "severity", "access_unassigned", "off", "--db", str(path))
    code, out, _ = _run(capsys, "access", "check", "--db", str(path), "--json")
    assert (code, json.loads(out)) == (0, [])
