"""Keyboard-wedge scanning into the Check-in workspace, whatever has the focus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.checkin.world import World, desk_database
from ui.checkin.settings import CheckinSettings
from ui.checkin.workspace import CheckinWorkspace
from ui.context import AppContext, Settings
from wufops.checkin.decisions import Decision


def open_desk(tmp_path: Path) -> Iterator[tuple[World, AppContext, CheckinSettings]]:
    """A desk replica with every hub op, opened as the app opens it; PDFs to a temp folder."""
    from ui.app import application, open_context

    application()
    world, db = desk_database(tmp_path)
    settings = Settings(QSettings(str(tmp_path / "app.ini"), QSettings.Format.IniFormat))
    context = open_context(db, world.clock, settings)
    desk_settings = CheckinSettings(
        QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    )
    desk_settings.pdf_dir = tmp_path / "pdfs"
    desk_settings.sound = False
    yield world, context, desk_settings
    context.replica.close()
    world.close()


class Window(QWidget):
    """A desk window: the workspace plus an unrelated text field that holds the focus."""

    def __init__(self, context: AppContext, settings: CheckinSettings) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.elsewhere = QLineEdit()
        self.elsewhere.setObjectName("elsewhere")
        self.workspace = CheckinWorkspace(context, settings=settings)
        layout.addWidget(self.elsewhere)
        layout.addWidget(self.workspace)


def open_window(desk: tuple[World, AppContext, CheckinSettings], qtbot: QtBot) -> Iterator[Window]:
    _, context, settings = desk
    win = Window(context, settings)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitActive(win)
    yield win


@pytest.fixture
def desk(tmp_path: Path, qapp: object) -> Iterator[tuple[World, AppContext, CheckinSettings]]:
    yield from open_desk(tmp_path)


@pytest.fixture
def window(desk: tuple[World, AppContext, CheckinSettings], qtbot: QtBot) -> Iterator[Window]:
    yield from open_window(desk, qtbot)


def _decisions(workspace: CheckinWorkspace) -> list[Decision]:
    seen: list[Decision] = []
    workspace.sig_decided.connect(seen.append)
    return seen


@pytest.mark.parametrize("terminator", [Qt.Key.Key_Return, Qt.Key.Key_Tab])
def test_scanner_speed_typing_anywhere_is_a_scan(
    desk: tuple[World, AppContext, CheckinSettings],
    window: Window,
    qtbot: QtBot,
    terminator: Qt.Key,
) -> None:
    world = desk[0]
    seen = _decisions(window.workspace)
    window.elsewhere.setFocus()
    token = world.tokens[world.attendees[0]]
    qtbot.keyClicks(window.elsewhere, token)  # no delay: faster than any person
    qtbot.keyClick(window.elsewhere, terminator)
    assert [d.code for d in seen] == ["admitted"]
    assert seen[0].attendee is not None and seen[0].attendee.latin_name == "Aysel Mammadova"
    assert window.elsewhere.text() == ""  # the token never landed in the focused field
    assert window.workspace.card.code == "admitted"
    # the find-by-name field is "elsewhere" too
    window.workspace.find.query.setFocus()
    qtbot.keyClicks(window.workspace.find.query, world.tokens[world.attendees[2]])
    qtbot.keyClick(window.workspace.find.query, terminator)
    assert [d.code for d in seen] == ["admitted", "admitted"]
    assert window.workspace.find.query.text() == ""


def test_a_person_typing_keeps_their_text(
    desk: tuple[World, AppContext, CheckinSettings], window: Window, qtbot: QtBot
) -> None:
    seen = _decisions(window.workspace)
    query = window.workspace.find.query
    query.setFocus()
    qtbot.keyClicks(query, "Aysel", delay=80)  # a fast human: 80 ms a key
    qtbot.wait(120)
    assert query.text() == "Aysel"
    qtbot.keyClicks(query, "xy")  # two quick keys are still a person, after a pause
    qtbot.waitUntil(lambda: query.text() == "Ayselxy", timeout=1000)
    assert seen == []


def test_double_scan_within_one_and_a_half_seconds_is_one_scan(
    desk: tuple[World, AppContext, CheckinSettings], window: Window, qtbot: QtBot
) -> None:
    world = desk[0]
    now = [1000.0]
    window.workspace.wedge.now = lambda: now[0]
    seen = _decisions(window.workspace)
    token = world.tokens[world.attendees[0]]
    for _ in range(2):
        qtbot.keyClicks(window.elsewhere, token)
        qtbot.keyClick(window.elsewhere, Qt.Key.Key_Return)
        now[0] += 0.6
    assert [d.code for d in seen] == ["admitted"]
    now[0] += 1.0  # 1.6 s after the second: a new scan
    qtbot.keyClicks(window.elsewhere, token)
    qtbot.keyClick(window.elsewhere, Qt.Key.Key_Tab)
    assert [d.code for d in seen] == ["admitted", "already_picked_up"]


def test_scanner_without_suffix_still_scans(
    desk: tuple[World, AppContext, CheckinSettings], window: Window, qtbot: QtBot
) -> None:
    world = desk[0]
    seen = _decisions(window.workspace)
    qtbot.keyClicks(window.elsewhere, world.tokens[world.attendees[2]])
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=2000)
    assert seen[0].code == "admitted" and window.elsewhere.text() == ""


def test_the_scan_field_takes_a_typed_code(
    desk: tuple[World, AppContext, CheckinSettings], window: Window, qtbot: QtBot
) -> None:
    seen = _decisions(window.workspace)
    field = window.workspace.scan_field
    field.setFocus()
    qtbot.keyClicks(field, "WUF", delay=60)
    qtbot.wait(80)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert [d.code for d in seen] == ["malformed"]
    assert window.workspace.card.code == "malformed" and field.text() == ""


def test_keys_delivered_to_the_native_window_go_the_same_way(
    desk: tuple[World, AppContext, CheckinSettings], window: Window, qtbot: QtBot
) -> None:
    """A real keyboard's events reach the top-level QWindow first; scanner bursts are taken
    there, a person's keys reach the focused field through it."""
    from PySide6.QtTest import QTest

    world = desk[0]
    seen = _decisions(window.workspace)
    handle = window.windowHandle()
    window.elsewhere.setFocus()
    qtbot.waitUntil(window.elsewhere.hasFocus, timeout=2000)
    for char in world.tokens[world.attendees[0]]:
        QTest.keyClick(handle, char)
    QTest.keyClick(handle, Qt.Key.Key_Return)
    assert [d.code for d in seen] == ["admitted"]
    assert window.elsewhere.text() == ""
    for char in "Hi":
        QTest.keyClick(handle, char)
        qtbot.wait(60)
    qtbot.waitUntil(lambda: window.elsewhere.text() == "Hi", timeout=2000)


def test_a_us_scanner_on_an_azerty_desk_still_scans(
    desk: tuple[World, AppContext, CheckinSettings], window: Window, qtbot: QtBot
) -> None:
    from tests.checkin.test_layouts import typed_on

    world = desk[0]
    seen = _decisions(window.workspace)
    # QTest.keyClicks knows ASCII only: send the keys an AZERTY desk makes (é, ", ', (, -, è)
    for char in typed_on("azerty", world.tokens[world.attendees[2]]):
        key = Qt.Key(ord(char.upper()))  # Qt key codes of Latin-1 keys are their code points
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QCoreApplication.sendEvent(window.elsewhere, event)
    qtbot.keyClick(window.elsewhere, Qt.Key.Key_Return)
    assert [(d.code, d.keyboard_layout) for d in seen] == [("admitted", "azerty")]
    assert "AZERTY" in window.workspace.card.note.text()
    assert window.elsewhere.text() == ""
