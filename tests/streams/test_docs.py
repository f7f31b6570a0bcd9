"""docs/streams.md says what the code does: the transition table, the rules, the refusal
codes of ``wufops streams``."""

from __future__ import annotations

import re
from pathlib import Path

from wufops.cli.streams import STATE_REFUSALS
from wufops.streams import TRANSITIONS
from wufops.streams.rules import STREAM_RULES

DOC = (Path(__file__).resolve().parents[2] / "docs" / "streams.md").read_text(encoding="utf-8")


def _table_after(heading: str) -> list[list[str]]:
    section = DOC.split(heading, 1)[1]
    rows = []
    for line in section.splitlines():
        if line.startswith("|---"):
            continue
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip("|").split("|")])
        elif rows:
            break
    return rows[1:]


def test_the_documented_transitions_are_the_table() -> None:
    documented = {
        row[0].strip("`"): {s.strip(" `") for s in row[1].split(",")}
        for row in _table_after("(`wufops.streams.status.TRANSITIONS`):")
    }
    assert documented == {k: set(v) for k, v in TRANSITIONS.items()}


def test_every_rule_is_documented_with_its_number_and_default() -> None:
    rows = {row[1].strip("`"): row for row in _table_after("## The checks")}
    for rule in STREAM_RULES:
        assert rule.code in rows, rule.code
        assert rows[rule.code][0] == rule.catalogue
        assert rows[rule.code][2] == rule.default_severity


def test_every_refusal_code_of_the_commands_is_documented() -> None:
    exit_codes = DOC.split("**Exit codes:**", 1)[1].split("\n\n", 1)[0]
    found = set(re.findall(r"`([a-z_]+)`", exit_codes))
    assert found >= STATE_REFUSALS
    assert {"unknown_slot", "bad_status", "unknown_channel", "cannot_write", "bad_roll"} <= found
