"""Product → category maps: flags and files, every mistake a coded error naming the entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from wufops.attendees.io.categories import SKIP, CategoryMap, parse_flags, read_category_map
from wufops.attendees.io.errors import FileError
from wufops.attendees.io.messages import file_error_message


def test_products_compare_like_categories_and_flags_override_a_file(tmp_path: Path) -> None:
    path = tmp_path / "products.xlsx"
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in (["Product", "Category"], ["Délégué·e — pass", "Delegate"], ["Parking", "skip"]):
        sheet.append(row)
    workbook.save(path)
    mapping = read_category_map(path).merged(parse_flags(["Parking=staff"]))
    assert mapping.lookup("DELEGUE-E PASS") == "participant"
    assert mapping.lookup("parking") == "staff"
    assert mapping.lookup("Unknown") is None
    assert parse_flags(["Lunch = - "]).lookup("lunch") == SKIP


@pytest.mark.parametrize(
    ("pairs", "reason"),
    [
        ([("Pass", "astronaut")], "unknown_category"),
        ([("Pass", "Press"), ("PASS", "VIP")], "conflict"),
        ([(" ", "Press")], "no_product"),
    ],
)
def test_bad_pairs_name_the_entry(pairs: list[tuple[str, str]], reason: str) -> None:
    with pytest.raises(FileError) as refused:
        CategoryMap.from_pairs(pairs, "test")
    assert refused.value.code == "bad_category_map"
    assert refused.value.params["reason"] == reason
    assert "test" in file_error_message(refused.value)


def test_a_file_row_that_is_not_two_cells_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "products.csv"
    path.write_text("Delegate pass;participant\nPress;media;extra\n", encoding="utf-8")
    with pytest.raises(FileError) as refused:
        read_category_map(path)
    assert refused.value.params["reason"] == "not_two_columns"
    assert refused.value.params["line"] == 2
    assert "line 2" in file_error_message(refused.value)
    with pytest.raises(FileError) as missing:
        read_category_map(tmp_path / "nope.csv")
    assert missing.value.code == "bad_category_map"
    assert missing.value.params["reason"] == "unreadable_file"
