"""The line layout's bidi levels and visual order against the Unicode conformance file.

``data/BidiCharacterTest-16.0.0-badge-lines.txt.gz`` holds every case of the Unicode 16.0
``BidiCharacterTest.txt`` whose characters are of the classes a badge line can hold (letters,
Arabic and Hebrew, digits, separators, marks, spaces, brackets and other neutrals, joiners);
its header says where it comes from. Every case must give the file's levels and order.
"""

from __future__ import annotations

import gzip
import time
from pathlib import Path

import pytest

from wufops.badges.text import bidi_levels, shape, visual_order

DATA = Path(__file__).parent / "data" / "BidiCharacterTest-16.0.0-badge-lines.txt.gz"
_BASE = {"0": "L", "1": "R", "2": None}


def _cases() -> list[tuple[str, str | None, list[str], list[int]]]:
    if not DATA.is_file():
        pytest.fail(f"the bidi conformance data is missing: {DATA}")
    cases = []
    for line in gzip.decompress(DATA.read_bytes()).decode("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        points, direction, _paragraph, levels, order = line.split(";")
        text = "".join(chr(int(p, 16)) for p in points.split())
        cases.append((text, _BASE[direction], levels.split(), [int(i) for i in order.split()]))
    return cases


def test_every_conformance_case_our_lines_can_contain() -> None:
    cases = _cases()
    assert len(cases) > 90_000  # the whole subset, not a sample
    started = time.perf_counter()
    wrong = []
    for text, base, want_levels, want_order in cases:
        levels = bidi_levels(text, base)
        kept = [i for i, level in enumerate(want_levels) if level != "x"]
        got_levels = [str(levels[i]) for i in kept]
        got_order = [i for i in visual_order(levels) if want_levels[i] != "x"]
        if got_levels != [want_levels[i] for i in kept] or got_order != want_order:
            wrong.append((text, base, want_levels, levels, want_order, got_order))
    print(f"{len(cases):,} bidi cases in {time.perf_counter() - started:.1f} s")
    assert not wrong, f"{len(wrong)} cases differ, e.g. {wrong[:3]}"


@pytest.mark.parametrize(
    ("text", "base", "levels"),
    [
        # W5: a terminator next to European digits is a digit ($ 100 stays with 100)
        ("\u05d0 $100", None, [1, 1, 2, 2, 2, 2]),
        # N0: a bracket pair takes the line's direction when its content has that direction,
        # though right-to-left letters stand on both sides of the opening bracket
        ("\u05d0\u05d1(\u05d2\u05d3[&ef].)gh", "L", [1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    ],
)
def test_rules_the_hand_written_resolver_lacked(
    text: str, base: str | None, levels: list[int]
) -> None:
    assert bidi_levels(text, base) == levels


def test_a_mixed_name_is_laid_out_in_the_conformance_order() -> None:
    # an Arabic name with a year and a Latin part: the runs come out in visual order
    line = shape("محمد 2024 Khan", "regular")
    texts = [run.text for run in line.runs]
    assert texts[0].strip() == "Khan" or texts[-1].strip() == "Khan"
    assert any("2024" in t for t in texts)
