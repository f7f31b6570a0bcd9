"""A wedge scanner's key stream (Shift for upper case, 5–30 ms apart, Enter or Tab) is a scan
whatever widget of the desk or the gate has the focus; a person typing never is.

Keys go through the window system's path (``tests/ui/keystrokes.py``). Timing is random: the
seed is new each run and printed. The every-widget tests scan a 24-character piece of a token
(same alphabet, Shift on every letter; a 146-character token at 5–30 ms a key takes ~2.5 s
and there are dozens of widgets): the desk calls it "not a badge code", which shows the scan
reached the decision. Whole tokens are scanned into the fields the reviewer named.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.checkin.world import World
from tests.ui.keystrokes import person_types, scanner_types
from tests.ui.test_checkin_wedge import Window, open_desk, open_window
from ui.checkin.settings import CheckinSettings
from ui.checkin.workspace import CheckinWorkspace
from ui.context import AppContext
from wufops.checkin.decisions import Decision

Desk = tuple[World, AppContext, CheckinSettings]
TERMINATORS = (Qt.Key.Key_Return, Qt.Key.Key_Tab, Qt.Key.Key_Enter)


@pytest.fixture
def desk(tmp_path: Path, qapp: object) -> Iterator[Desk]:
    yield from open_desk(tmp_path)


@pytest.fixture
def window(desk: Desk, qtbot: QtBot) -> Iterator[Window]:
    # the fonts load ~200 ms after the desk opens; the simulated scanner runs on the GUI
    # thread, so it would pause with it (a real scanner's keys queue up meanwhile)
    opened = open_window(desk, qtbot)
    win = next(opened)
    qtbot.waitUntil(lambda: win.workspace.warmed_up, timeout=10_000)
    yield win
    yield from opened


@pytest.fixture
def rng() -> random.Random:
    seed = random.randrange(2**32)
    print(f"keystroke timing seed: {seed}")
    return random.Random(seed)


def _state(widget: QWidget) -> object:
    """What typing or a stray Enter/Tab would change in this widget."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    return None


def _focusable(ws: CheckinWorkspace) -> list[QWidget]:
    return [
        w
        for w in ws.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible() and w.isEnabled()
    ]


def _never_repeats(ws: CheckinWorkspace) -> None:
    """Each scan is a new scan (the de-duplication window is not what is tested here)."""
    tick = [0.0]

    def now() -> float:
        tick[0] += 60.0
        return tick[0]

    ws.wedge.now = now


def _scan_into(
    qtbot: QtBot,
    window: Window,
    widget: QWidget,
    text: str,
    *,
    rng: random.Random,
    terminator: Qt.Key,
    seen: list[str],
) -> None:
    """Focus ``widget``, scan ``text`` into the window; the widget must not change."""
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    before, count = _state(widget), len(seen)
    clicked: list[bool] = []
    buttons = window.findChildren(QAbstractButton)
    for button in buttons:
        button.clicked.connect(clicked.append)
    handle = window.windowHandle()
    assert handle is not None
    scanner_types(handle, text, rng, terminator=terminator)
    qtbot.waitUntil(lambda: len(seen) == count + 1, timeout=3000)
    name = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()}"
    assert seen[-1] == text, name
    assert _state(widget) == before, f"the scan changed {name}"
    assert clicked == [], f"the terminator pressed a button while {name} had the focus"
    if widget.isVisible():
        assert QApplication.focusWidget() is widget, f"the terminator moved focus off {name}"


def test_a_scan_is_a_scan_in_every_focusable_widget_of_the_desk(
    desk: Desk, window: Window, qtbot: QtBot, rng: random.Random
) -> None:
    world = desk[0]
    ws = window.workspace
    _never_repeats(ws)
    scanned: list[str] = []
    ws.wedge.sig_scanned.connect(scanned.append)
    decisions: list[Decision] = []
    ws.sig_decided.connect(decisions.append)
    tokens = [world.tokens[a] for a in world.attendees[:3]]
    pieces = [token[-24:] for token in tokens]

    def nothing() -> None:
        ws._back_to_scanning()

    def undo() -> None:
        if ws.current is None or not ws.current.admitted:
            ws.scan(tokens[0])
        ws.open_undo()

    def reprint() -> None:
        ws.open_reprint()

    def settings() -> None:
        ws.settings_panel.open_panel()

    openers: dict[str, Callable[[], None]] = {
        "scanning": nothing,
        "undo panel": undo,
        "reprint panel": reprint,
        "settings panel": settings,
    }
    tried: list[str] = []
    for state, open_state in openers.items():
        open_state()
        qtbot.wait(10)
        for position, widget in enumerate(_focusable(ws)):
            open_state()  # a scan closes the undo and reprint panels
            qtbot.wait(10)
            if not widget.isVisible():
                continue
            piece = pieces[(len(tried) + position) % len(pieces)]
            terminator = TERMINATORS[len(tried) % len(TERMINATORS)]
            decided = len(decisions)
            _scan_into(qtbot, window, widget, piece, rng=rng, terminator=terminator, seen=scanned)
            assert len(decisions) == decided + 1
            assert decisions[-1].code == "malformed", state
            assert ws.card.code == "malformed"
            tried.append(f"{state}: {type(widget).__name__} {widget.objectName()}")
    assert len(tried) >= 12, tried  # the find box, the undo reason, the settings fields…
    # the undo panel's reason box never received the scan, and nothing was undone
    voids = ws._context.replica.conn.execute(
        "SELECT count(*) FROM checkin_event WHERE kind = 'void'"
    ).fetchone()[0]
    assert voids == 0


def test_a_scan_is_a_scan_in_every_focusable_widget_of_the_gate(
    desk: Desk, window: Window, qtbot: QtBot, rng: random.Random
) -> None:
    world, _, settings = desk
    settings.mode = "gate"
    ws = window.workspace
    ws._apply_settings()
    _never_repeats(ws)
    scanned: list[str] = []
    ws.wedge.sig_scanned.connect(scanned.append)
    decisions: list[Decision] = []
    ws.sig_decided.connect(decisions.append)
    tried = 0
    for open_settings in (False, True):
        if open_settings:
            ws.settings_panel.open_panel()
        for widget in _focusable(ws):
            piece = world.tokens[world.attendees[tried % 3]][-24:]
            terminator = TERMINATORS[tried % 3]
            _scan_into(qtbot, window, widget, piece, rng=rng, terminator=terminator, seen=scanned)
            assert decisions[-1].code == "malformed" and decisions[-1].mode == "gate"
            assert ws.gate_card.verdict.text() == "DENY"
            tried += 1
    # and a whole badge, with the focus in the last of them
    world.clock.advance(60_000)
    token = world.tokens[world.attendees[0]]
    _scan_into(qtbot, window, widget, token, rng=rng, terminator=TERMINATORS[0], seen=scanned)
    assert decisions[-1].code == "admitted" and ws.gate_card.verdict.text() == "ADMIT"
    assert tried >= 8


@pytest.mark.parametrize("field", ["find", "scan", "undo"])
def test_a_slow_scanner_with_shift_in_the_named_fields(
    desk: Desk, window: Window, qtbot: QtBot, rng: random.Random, field: str
) -> None:
    """The reviewer's cases: the find box, the scan field, the undo-reason box; the scanner
    at its slowest common setting (20–30 ms a key)."""
    world = desk[0]
    ws = window.workspace
    if field == "undo":
        ws.scan(world.tokens[world.attendees[1]])
        ws.open_undo()
    widget = {"find": ws.find.query, "scan": ws.scan_field, "undo": ws.undo_panel.reason}[field]
    seen: list[Decision] = []
    ws.sig_decided.connect(seen.append)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    handle = window.windowHandle()
    assert handle is not None
    scanner_types(handle, world.tokens[world.attendees[0]], rng, gap_ms=(20, 30))
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=3000)
    assert seen[0].code == "admitted"
    assert seen[0].attendee is not None and seen[0].attendee.latin_name == "Aysel Mammadova"
    assert widget.text() == ""


@pytest.mark.parametrize("field", ["find", "scan", "undo", "desk name", "elsewhere"])
def test_a_person_typing_is_never_a_scan(
    desk: Desk, window: Window, qtbot: QtBot, rng: random.Random, field: str
) -> None:
    world = desk[0]
    ws = window.workspace
    if field == "undo":
        ws.scan(world.tokens[world.attendees[1]])
        ws.open_undo()
    if field == "desk name":
        ws.settings_panel.open_panel()
        ws.settings_panel.desk.clear()
    widget = {
        "find": ws.find.query,
        "scan": ws.scan_field,
        "undo": ws.undo_panel.reason,
        "desk name": ws.settings_panel.desk,
        "elsewhere": window.elsewhere,
    }[field]
    scanned: list[str] = []
    ws.wedge.sig_scanned.connect(scanned.append)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    handle = window.windowHandle()
    assert handle is not None
    typed = "Gate NORTH 2 wrong badge WUF-0002"
    person_types(handle, typed, rng)
    qtbot.waitUntil(lambda: widget.text() == typed, timeout=2000)
    assert scanned == []


def test_a_person_typing_in_quick_bursts_keeps_every_key_in_order(
    desk: Desk, window: Window, qtbot: QtBot
) -> None:
    """Seven keys at scanner speed (one fewer than a scan), a pause, seven more: a person's
    text, in order, nothing lost or doubled."""
    ws = window.workspace
    query = ws.find.query
    query.setFocus()
    qtbot.waitUntil(query.hasFocus, timeout=2000)
    handle = window.windowHandle()
    assert handle is not None
    rng = random.Random(7)
    scanner_types(handle, "Mammado", rng, gap_ms=(5, 10), terminator=None)
    QTest.qWait(150)
    scanner_types(handle, "va Ays", rng, gap_ms=(5, 10), terminator=None)
    qtbot.waitUntil(lambda: query.text() == "Mammadova Ays", timeout=2000)
