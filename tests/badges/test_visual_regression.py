"""Badges look the same as before, page by page: every script, the Latin line, wrapped names,
QR codes, a sheet with cut guides and a label layout snapped to printer dots, rasterised with
poppler and compared pixel by pixel with reference rasters (``data/reference``, see its
README: made by the reportlab renderer the streaming PDF writer replaced)."""

from __future__ import annotations

import base64
import os
import random
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from tests.badges.samples import EVENT_NAME, SCRIPTS, attendee
from wufops.badges.layout import load_layout
from wufops.badges.render import BadgeData, BadgeRenderer

REFERENCE = Path(__file__).parent / "data" / "reference"
DPI = 60
#: layout -> pages compared (all of them for A6, the first ones elsewhere)
PAGES = {"a6": None, "a6-on-a4": 1, "label-54x90": 2, "cr80": 2}
#: a pixel "differs" when its grey level moves by more than this (anti-aliasing noise)
LEVEL = 64
#: and a page may have at most this share of such pixels
SHARE = 0.001


def reference_badges() -> list[BadgeData]:
    """One name per script and the hard cases, with fixed tokens (a seeded generator)."""
    rng = random.Random(7)
    rows = [
        *SCRIPTS.values(),
        ("བཀྲ་ཤིས་", "རྡོ་རྗེ་", "BT", "participant", "Thimphu Thromde"),
        ("ᠪᠠᠲᠤ", "ᠴᠢᠮᠡᠳ", "CN", "participant", ""),
        ("𠮷男", "𠮷田", "JP", "participant", ""),
        (
            "María José",
            "García de la Fuente y Rodríguez-Villanueva Sánchez",
            "ES",
            "speaker",
            "Ayuntamiento de Madrid",
        ),
    ]
    badges = []
    for index, row in enumerate(rows, start=1):
        raw = bytes(rng.randrange(256) for _ in range(91))
        token = base64.b32encode(raw).decode("ascii").rstrip("=")
        badges.append(BadgeData(attendee(index, row), token, EVENT_NAME))
    return badges


def _raster(pdf: bytes, folder: Path, name: str, last: int | None) -> list[Path]:
    source = folder / f"{name}.pdf"
    source.write_bytes(pdf)
    command = ["pdftoppm", "-gray", "-r", str(DPI), "-png"]
    if last is not None:
        command += ["-f", "1", "-l", str(last)]
    subprocess.run([*command, str(source), str(folder / name)], check=True, timeout=120)
    return sorted(folder.glob(f"{name}-[0-9]*.png"))


@pytest.mark.parametrize("layout_name", list(PAGES))
def test_badge_pages_match_their_reference_rasters(layout_name: str, tmp_path: Path) -> None:
    pdf, report = BadgeRenderer(load_layout(layout_name)).render(reference_badges())
    assert report.refused == ()
    pages = _raster(pdf, tmp_path, layout_name, PAGES[layout_name])
    assert pages, "pdftoppm rasterised nothing"
    if os.environ.get("WUFOPS_WRITE_REFERENCE") == "1":
        for page in pages:
            Image.open(page).save(REFERENCE / page.name, optimize=True)
        pytest.fail(f"reference rasters of {layout_name} rewritten: look at them, then commit")
    wanted = sorted(REFERENCE.glob(f"{layout_name}-[0-9]*.png"))
    assert [p.name for p in pages] == [p.name for p in wanted]
    differing = {}
    for page, reference in zip(pages, wanted, strict=True):
        got, want = Image.open(page).convert("L"), Image.open(reference).convert("L")
        assert got.size == want.size, page.name
        histogram = ImageChops.difference(got, want).histogram()
        moved = sum(histogram[LEVEL + 1 :])
        if moved > SHARE * got.size[0] * got.size[1]:
            differing[page.name] = moved
    assert differing == {}, f"pixels differing by more than {LEVEL} grey levels: {differing}"
