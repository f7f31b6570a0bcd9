"""docs/import.md documents every alias, synonym and code the code accepts or emits."""

from __future__ import annotations

from pathlib import Path

import pytest

from wufops.attendees.io.errors import FILE_CODES, ROW_CODES
from wufops.attendees.io.mapping import COLUMNS, IMPORT_ONLY
from wufops.attendees.io.values import CATEGORY_SYNONYMS, COUNTRY_ALIASES, fold

DOC = (Path(__file__).parents[2] / "docs" / "import.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("column", [*COLUMNS, *IMPORT_ONLY], ids=lambda c: c.field)
def test_every_header_alias_is_in_the_mapping_table(column: object) -> None:
    from wufops.attendees.io.mapping import Column

    assert isinstance(column, Column)
    rows = [line for line in DOC.splitlines() if line.startswith("|") and column.aliases[0] in line]
    assert rows, f"no table row for {column.field}"
    row = next(r for r in rows if all(alias in r for alias in column.aliases))
    assert ", ".join(column.aliases) in row


def test_every_category_synonym_is_documented() -> None:
    for code, synonyms in CATEGORY_SYNONYMS.items():
        assert f"| `{code}` | {', '.join(synonyms)} |" in DOC


def test_every_country_alias_is_documented() -> None:
    folded = fold(DOC)
    for alias in COUNTRY_ALIASES:
        assert alias in folded, alias


@pytest.mark.parametrize("code", [*FILE_CODES, *ROW_CODES])
def test_every_error_code_is_documented(code: str) -> None:
    assert f"| `{code}` |" in DOC


def test_country_aliases_are_lookup_keys() -> None:
    assert all(fold(alias) == alias for alias in COUNTRY_ALIASES)
