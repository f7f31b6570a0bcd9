"""docs/access-services.md says what the code does: every rule with its number and default,
every setting with its default, every refusal code of ``wufops access``, every unmet reason;
docs/scheduling.md's catalogue lists C8–C12."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from wufops.access.rules import ACCESS_RULES
from wufops.cli.access import STATE_REFUSALS
from wufops.models.access import SETTING_FIELDS, AccessSettings

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "access-services.md").read_text(encoding="utf-8")
SCHEDULING = (ROOT / "docs" / "scheduling.md").read_text(encoding="utf-8")


def _table_after(text: str, heading: str) -> list[list[str]]:
    section = text.split(heading, 1)[1]
    rows = []
    for line in section.splitlines():
        if line.startswith("|---"):
            continue
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip("|").split("|")])
        elif rows:
            break
    return rows[1:]


def test_every_rule_is_documented_with_its_number_and_default() -> None:
    for text, heading in ((DOC, "## The checks"), (SCHEDULING, "`add_access_rules`")):
        rows = {row[1].strip("`"): row for row in _table_after(text, heading)}
        for rule in ACCESS_RULES:
            assert rule.code in rows, (heading, rule.code)
            assert rows[rule.code][0] == rule.catalogue
            assert rows[rule.code][2] == rule.default_severity


def test_every_setting_is_documented_with_its_default() -> None:
    defaults = {f.name: f.default for f in fields(AccessSettings) if f.name != "id"}
    rows = _table_after(DOC, "(defaults below, each one a setting of the event):")
    documented: dict[str, str] = {}
    for row in rows:
        names = [n.strip(" `") for n in row[0].split(",")]
        values = [v.strip() for v in row[1].split(",")]
        documented.update(zip(names, values, strict=True))
    assert set(documented) == set(SETTING_FIELDS)
    for name, shown in documented.items():
        value = defaults[name]
        assert shown == ("yes" if value is True else str(value)), name


def test_refusal_codes_and_unmet_reasons_are_documented() -> None:
    codes = {c.strip(" `") for row in _table_after(DOC, "`{\"error\": code, \"detail\": …}`:")
             for c in row[0].split(",")}  # fmt: skip
    assert codes >= STATE_REFUSALS
    assert {"unknown_slot", "unknown_provider", "bad_time", "bad_time_limit", "no_database",
            "proposal_stale", "bad_span"} <= codes  # fmt: skip
    reasons = {row[0].strip("`") for row in _table_after(DOC, "lists each open unit and why:")}
    assert reasons == {"no_skill", "none_available", "all_busy", "caps_reached"}
