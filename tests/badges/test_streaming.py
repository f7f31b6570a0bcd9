"""A badge run writes each page to the file as it is finished: its memory does not grow with
the number of pages (a run of all 37,000 attendees fits in a small machine), and the file it
writes is a well-formed PDF however long the run."""

from __future__ import annotations

import itertools
import tracemalloc
from pathlib import Path

import pytest

from tests.badges.samples import SCRIPTS, attendee, qpdf_check
from tests.badges.test_visual_regression import reference_badges
from wufops.badges.layout import load_layout
from wufops.badges.render import BadgeData, BadgeRenderer


def _badges(count: int) -> list[BadgeData]:
    """``count`` badges: the sample names over and over (so the name caches stop growing),
    each with its own registration code and QR token."""
    tokens = itertools.cycle(b.token for b in reference_badges())
    names = itertools.cycle(SCRIPTS.values())
    return [BadgeData(attendee(n, next(names)), next(tokens), "WUF13") for n in range(1, count + 1)]


def _peak(renderer: BadgeRenderer, badges: list[BadgeData], path: Path) -> int:
    tracemalloc.start()
    try:
        report = renderer.render_to_file(iter(badges), path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert report.pages == len(badges)
    return peak


def test_a_run_keeps_no_page_in_memory(tmp_path: Path) -> None:
    renderer = BadgeRenderer(load_layout("a6"))
    badges = _badges(2_100)
    # fonts and name caches loaded, and CPython's free lists of small tuples full (objects
    # parked there still count as allocated for tracemalloc, though nothing holds them)
    renderer.render_to_file(iter(badges), tmp_path / "warm.pdf")
    badges = badges[:1_100]
    short = _peak(renderer, badges[:100], tmp_path / "short.pdf")
    long = _peak(renderer, badges, tmp_path / "long.pdf")
    per_page = (long - short) / 1_000
    # a page's content is ≈ 7 kB (≈ 2.2 kB compressed); kept are its offsets and number
    assert per_page < 300, f"{per_page:.0f} bytes of memory per page"
    qpdf_check((tmp_path / "long.pdf").read_bytes(), tmp_path)


class _Stop(Exception):
    pass


def test_a_run_stopped_midway_leaves_no_file(tmp_path: Path) -> None:
    """Pages go to the file as they are finished, so a run that stops (cancel raises from
    ``progress``) must take its unfinished file away: a print shop never gets half a PDF."""
    out = tmp_path / "run.pdf"

    def progress(done: int) -> None:
        if done == 700:  # past the first megabyte of pages: some are on disk already
            raise _Stop

    renderer = BadgeRenderer(load_layout("a6"))
    with pytest.raises(_Stop):
        renderer.render_to_file(iter(_badges(1_000)), out, progress=progress)
    assert not out.exists()
