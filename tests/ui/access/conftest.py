"""The access workspace on a real SQLite replica of the demo event (seed 7: 60 providers,
the sessions that need sign language or captions, one Chinese captioner for two Chinese-
captioned sessions at once). The demo file is written once per test session; each test gets
its own copy, opened the way the app opens it (``ui.app.open_context``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from pytestqt.qtbot import QtBot

from tests.sync.conftest import hub_env
from tests.ui.schedule.conftest import copy_db, open_schedule_context
from ui.access.workspace import AccessWorkspace
from ui.context import AppContext

__all__ = ["hub_env"]


@pytest.fixture(autouse=True)
def no_dialog_left_behind(qapp: object) -> Iterator[None]:
    """Close the picker a test opened (offscreen it would keep the keyboard focus)."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog | QMenu):
            widget.close()
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


@pytest.fixture(scope="session")
def access_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from wufops.demo import generate

    path = tmp_path_factory.mktemp("access-demo") / "demo.db"
    generate(path, seed=7, attendees=60)
    return path


@pytest.fixture
def access_context(access_demo: Path, tmp_path: Path, qapp: object) -> Iterator[AppContext]:
    context = open_schedule_context(copy_db(access_demo, tmp_path / "event.db"), tmp_path)
    yield context
    context.replica.close()


@pytest.fixture
def workspace(access_context: AppContext, qtbot: QtBot) -> Iterator[AccessWorkspace]:
    ws = AccessWorkspace(access_context)
    qtbot.addWidget(ws)
    ws.resize(1280, 760)
    ws.show()
    qtbot.waitExposed(ws)
    ws.activateWindow()
    qtbot.waitActive(ws)
    yield ws
    ws.stop()
