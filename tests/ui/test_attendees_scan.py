"""A scanner used while the Attendees workspace is on screen looks the person up: the badge
(Shift, 5–30 ms a key) or a registration code never lands as text in the search field, and
nothing is checked in."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.checkin.world import World
from tests.ui.keystrokes import person_types, scanner_types
from tests.ui.test_checkin_wedge import open_desk
from ui.attendees.workspace import AttendeesWorkspace
from ui.checkin.settings import CheckinSettings
from ui.context import AppContext
from wufops.store import checkins as store

Desk = tuple[World, AppContext, CheckinSettings]


@pytest.fixture
def desk(tmp_path: Path, qapp: object) -> Iterator[Desk]:
    yield from open_desk(tmp_path)


@pytest.fixture
def workspace(desk: Desk, qtbot: QtBot) -> Iterator[AttendeesWorkspace]:
    window = QWidget()
    attendees = AttendeesWorkspace(desk[1])
    QVBoxLayout(window).addWidget(attendees)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    yield attendees
    # gone before the desk fixture closes the replica: a queued selection change must not
    # reach a workspace whose database is closed
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def rng() -> random.Random:
    seed = random.randrange(2**32)
    print(f"keystroke timing seed: {seed}")
    return random.Random(seed)


@pytest.mark.parametrize("what", ["badge", "code"])
def test_a_scan_in_the_attendee_search_shows_that_person(
    desk: Desk, workspace: AttendeesWorkspace, qtbot: QtBot, rng: random.Random, what: str
) -> None:
    world, context, _ = desk
    fang = world.attendees[2]
    workspace.search.setFocus()
    qtbot.waitUntil(workspace.search.hasFocus, timeout=2000)
    handle = workspace.window().windowHandle()
    assert handle is not None
    text = world.tokens[fang] if what == "badge" else "wuf-0003"
    scanner_types(handle, text, rng, gap_ms=(5, 12) if what == "badge" else (5, 30))
    qtbot.waitUntil(lambda: workspace.detail.attendee_id == fang, timeout=3000)
    assert workspace.search.text() == "WUF-0003"  # the person's code, not the scanned text
    assert not store.pickup_state(context.replica.conn, fang).picked_up  # a look-up only


def test_a_person_typing_in_the_attendee_search_keeps_searching(
    desk: Desk, workspace: AttendeesWorkspace, qtbot: QtBot, rng: random.Random
) -> None:
    workspace.search.setFocus()
    qtbot.waitUntil(workspace.search.hasFocus, timeout=2000)
    handle = workspace.window().windowHandle()
    assert handle is not None
    person_types(handle, "Mammadova", rng)
    qtbot.waitUntil(lambda: workspace.search.text() == "Mammadova", timeout=2000)
    qtbot.waitUntil(lambda: workspace.model.result_count == 1, timeout=2000)


def test_a_scan_of_something_else_says_so_and_leaves_the_search_alone(
    desk: Desk, workspace: AttendeesWorkspace, qtbot: QtBot, rng: random.Random
) -> None:
    workspace.search.setText("Aysel")
    workspace.search.setFocus()
    qtbot.waitUntil(workspace.search.hasFocus, timeout=2000)
    handle = workspace.window().windowHandle()
    assert handle is not None
    scanner_types(handle, "ZZ4ZZ7QQ2QQ3", rng, terminator=Qt.Key.Key_Tab)
    qtbot.waitUntil(workspace.no_results.isVisible, timeout=3000)
    assert "not a badge" in workspace.no_results.text()
    assert workspace.search.text() == "Aysel"
