"""Arbitrary names and arbitrary layout files: never a crash, never a .notdef box."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.badges.samples import EVENT_NAME, attendee
from wufops.badges.layout import LayoutError, layout_dir, load_layout, parse_layout
from wufops.badges.render import BadgeData, BadgeRenderer
from wufops.badges.text import bidi_levels, shape, visual_order

_NAMES = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=40
)


@settings(max_examples=300, deadline=None)
@given(_NAMES)
def test_any_text_shapes_without_notdef_and_accounts_for_every_character(text: str) -> None:
    line = shape(text, "bold")
    drawn = {g for run in line.runs for g in run.gids}
    assert 0 not in drawn
    assert all(run.width >= 0 for run in line.runs)
    shown = "".join(run.text for run in line.runs)
    for char in set(line.text) - set(shown):
        assert char in line.missing


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=4), max_size=30))
def test_visual_order_is_a_permutation(levels: list[int]) -> None:
    assert sorted(visual_order(levels)) == list(range(len(levels)))


@settings(max_examples=200, deadline=None)
@given(_NAMES)
def test_bidi_levels_cover_every_character(text: str) -> None:
    levels = bidi_levels(text)
    assert len(levels) == len(text) and all(0 <= lv <= 126 for lv in levels)  # UAX #9 max
    if not any(0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in text):
        assert all(lv <= 2 for lv in levels)  # no explicit embedding: implicit levels only


_RENDERER = BadgeRenderer(load_layout("cr80"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_NAMES.filter(str.strip), _NAMES, _NAMES)
def test_any_name_renders_to_a_pdf_or_is_refused_naming_what_lacks_a_glyph(
    given_name: str, family: str, org: str
) -> None:
    person = attendee(1, (given_name, family, "AZ", "participant", org))
    pdf, report = _RENDERER.render([BadgeData(person, "A" * 146, EVENT_NAME)])
    assert pdf.startswith(b"%PDF-") and report.pages == 1
    texts = [" ".join(t.split()) for t in (given_name, family, org)]  # as a box sets them
    lacking = {c for t in texts for w in ("bold", "regular") for c in shape(t, w).missing}
    if report.refused:
        (refusal,) = report.refused
        assert report.badges == 0 and refusal.code == "glyph_missing"
        assert set(refusal.characters) and set(refusal.characters) <= lacking
    else:
        assert report.badges == 1 and not lacking


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
_A6: dict[str, Any] = json.loads((layout_dir() / "a6.json").read_text(encoding="utf-8"))


@settings(max_examples=300, deadline=None)
@given(_JSON)
def test_arbitrary_json_is_refused_with_paths_never_a_crash(data: Any) -> None:
    try:
        parse_layout(data, "fuzz.json")
    except LayoutError as error:
        assert error.problems and all(p.startswith("$") for p in error.problems)


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=0, max_value=len(_A6["elements"]) - 1),
    st.sampled_from(
        [
            "x_mm",
            "y_mm",
            "size_pt",
            "min_size_pt",
            "max_lines",
            "field",
            "type",
            "size_mm",
            "align",
            "colour",
            "quiet_zone_modules",
            "width_mm",
        ]
    ),
    _JSON,
)
def test_any_corrupted_element_value_gives_a_path_precise_error(
    index: int, key: str, value: Any
) -> None:
    data = json.loads(json.dumps(_A6))
    data["elements"][index][key] = value
    try:
        parse_layout(data, "fuzz.json")
    except LayoutError as error:
        assert any(
            p.startswith(f"$.elements[{index}]") or p.startswith("$.elements:")
            for p in error.problems
        ), error.problems
