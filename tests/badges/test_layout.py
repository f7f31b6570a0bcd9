"""Badge layouts: the bundled ones validate; a broken one is refused with JSON-path errors."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from db.vocabulary import CATEGORIES
from wufops.badges.layout import (
    MIN_CONTRAST,
    BandElement,
    LayoutError,
    QrElement,
    bundled_names,
    contrast_ratio,
    layout_dir,
    load_layout,
    parse_layout,
)


def _a6() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((layout_dir() / "a6.json").read_text(encoding="utf-8"))
    return data


def _problems(data: Any) -> list[str]:
    with pytest.raises(LayoutError) as error:
        parse_layout(data, "test.json")
    assert error.value.code == "invalid_layout"
    return error.value.problems


def test_bundled_layouts_cover_the_page_sizes_and_validate() -> None:
    names = bundled_names()
    assert {"a6", "4x6in", "cr80", "label-54x90", "a6-on-a4"} <= set(names)
    sizes = {}
    for name in names:
        layout = load_layout(name)
        sizes[name] = (round(layout.width_mm, 2), round(layout.height_mm, 2))
        assert set(layout.categories) == set(CATEGORIES)
        assert any(isinstance(e, QrElement) for e in layout.elements)
        assert any(isinstance(e, BandElement) for e in layout.elements)
        for style in layout.categories.values():
            assert contrast_ratio(style.fill, style.text) >= MIN_CONTRAST
            assert style.label.strip()
    assert sizes["a6"] == (105, 148)
    assert sizes["4x6in"] == (101.6, 152.4)
    assert sizes["cr80"] == (53.98, 85.6)
    assert sizes["label-54x90"] == (54, 90)
    sheet = load_layout("a6-on-a4").sheet
    assert sheet is not None and sheet.per_page == 4
    assert (sheet.width_mm, sheet.height_mm) == (210, 297)


def test_every_problem_is_reported_with_its_json_path() -> None:
    data = _a6()
    data["elements"][2]["size_pt"] = -3
    data["elements"][2]["colour"] = "red"
    data["elements"][3]["fontsize"] = 12
    data["elements"][4]["field"] = "shoe_size"
    problems = _problems(data)
    assert "$.elements[2].size_pt: must be a number > 0" in problems
    assert "$.elements[2].colour: must be a colour written #RRGGBB" in problems
    assert any(p.startswith("$.elements[3].fontsize: unknown key") for p in problems)
    assert any(p.startswith("$.elements[4].field: must be one of") for p in problems)


def test_low_contrast_category_colours_are_refused() -> None:
    data = _a6()
    data["categories"]["volunteer"] = {"label": "VOLUNTEER", "fill": "#F9A825", "text": "#FFFFFF"}
    (problem,) = _problems(data)
    assert problem.startswith("$.categories.volunteer: label contrast")


def test_a_missing_category_is_named() -> None:
    data = _a6()
    del data["categories"]["media"]
    assert "$.categories.media: is required" in _problems(data)


def test_qr_too_small_to_scan_or_outside_the_badge_is_refused() -> None:
    data = _a6()
    qr_index = next(i for i, e in enumerate(data["elements"]) if e["type"] == "qr")
    small = copy.deepcopy(data)
    small["elements"][qr_index]["size_mm"] = 10
    (problem,) = _problems(small)
    assert problem.startswith(f"$.elements[{qr_index}].size_mm: QR modules would be")
    outside = copy.deepcopy(data)
    outside["elements"][qr_index]["x_mm"] = 90
    assert any("reaches outside the 105 × 148 mm badge" in p for p in _problems(outside))
    none = copy.deepcopy(data)
    del none["elements"][qr_index]
    assert any(p.startswith("$.elements: needs a qr element") for p in _problems(none))


def test_wrong_schema_and_shapes_are_refused() -> None:
    assert _problems([]) == ["$: must be an object"]
    data = _a6()
    data["schema"] = "something-else"
    data["elements"] = []
    problems = _problems(data)
    assert '$.schema: must be "wufops-badge-layout/1"' in problems
    assert "$.elements: must be a non-empty list" in problems


def test_sheet_that_does_not_fit_its_page_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a6.json").write_text(json.dumps(_a6()), encoding="utf-8")
    sheet = {
        "schema": "wufops-badge-layout/1",
        "name": "too-many",
        "title": "3 × A6 across A4",
        "sheet": {"badge": "a6", "width_mm": 210, "height_mm": 297, "columns": 3, "rows": 2},
    }
    path = tmp_path / "too-many.json"
    path.write_text(json.dumps(sheet), encoding="utf-8")
    with pytest.raises(LayoutError) as error:
        load_layout(path)
    (problem,) = error.value.problems
    assert problem.startswith("$.sheet: 3×2 badges of 105×148 mm need 315×296 mm")


def test_unknown_layout_and_broken_json_have_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(LayoutError) as error:
        load_layout("a5-landscape")
    assert "bundled: " in error.value.problems[0] and "a6" in error.value.problems[0]
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema": ', encoding="utf-8")
    with pytest.raises(LayoutError) as error:
        load_layout(broken)
    assert error.value.problems[0].startswith("$: not JSON (line 1")
