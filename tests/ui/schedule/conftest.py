"""The schedule workspace on a real SQLite replica of a demo-like event.

The demo generator's programme (``wufops.demo``: 40 rooms, ~800 placed sessions over six
days, ~30 waiting for a room, seeded conflicts of every rule) is written once per test
session with few attendees, and each test gets its own copy of the file, opened the way the
app opens it (``ui.app.open_context``) with its settings in a throw-away ini file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from pytestqt.qtbot import QtBot

from ui.context import AppContext, Settings
from ui.schedule.settings import ScheduleSettings
from ui.schedule.workspace import ScheduleWorkspace
from wufops.clock import FakeClock

#: Mon 18 May 2026 10:00 in Baku: the forum's first full day (the demo's days are 17–22 May)
NOW_MS = 1_779_084_000_000
SCREEN = (1280, 720)


@pytest.fixture(autouse=True)
def no_dialog_left_behind(qapp: object) -> Iterator[None]:
    """Destroy the dialogs a test opened (``open()``, deleted later) once its widgets are
    gone: offscreen, a hidden dialog would stay the active window and keep the keyboard
    focus, and the next test's keystrokes would go to it."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog | QMenu):
            widget.close()
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from wufops.demo import generate

    path = tmp_path_factory.mktemp("schedule-demo") / "demo.db"
    generate(path, seed=5, attendees=150)
    return path


def copy_db(source: Path, target: Path) -> Path:
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


@pytest.fixture
def schedule_db(demo_file: Path, tmp_path: Path) -> Path:
    return copy_db(demo_file, tmp_path / "event.db")


def open_schedule_context(db: Path, tmp_path: Path) -> AppContext:
    from ui.app import application, open_context

    application()
    settings = Settings(QSettings(str(tmp_path / "app.ini"), QSettings.Format.IniFormat))
    return open_context(db, FakeClock(NOW_MS), settings)


@pytest.fixture
def schedule_context(schedule_db: Path, tmp_path: Path, qapp: object) -> Iterator[AppContext]:
    context = open_schedule_context(schedule_db, tmp_path)
    yield context
    context.replica.close()


def make_workspace(context: AppContext, tmp_path: Path, qtbot: QtBot) -> ScheduleWorkspace:
    settings = ScheduleSettings(
        QSettings(str(tmp_path / "schedule.ini"), QSettings.Format.IniFormat)
    )
    workspace = ScheduleWorkspace(context, settings=settings)
    qtbot.addWidget(workspace)
    workspace.resize(*SCREEN)
    workspace.show()
    qtbot.waitExposed(workspace)
    return workspace


@pytest.fixture
def workspace(schedule_context: AppContext, tmp_path: Path, qtbot: QtBot) -> ScheduleWorkspace:
    return make_workspace(schedule_context, tmp_path, qtbot)
