"""Fixtures for the desk app's widget tests.

Qt runs offscreen (``tests/conftest.py`` sets ``QT_QPA_PLATFORM=offscreen`` before any Qt
import; this module insists). Every test here fails if it leaves a Python thread or a
``QThread`` running (as napari does): a leaked worker would outlive its window in the app.
"""

from __future__ import annotations

import os
import threading
import time
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThread, QThreadPool

from tests.ui.event_factory import make_event
from ui.context import AppContext, Settings
from wufops.clock import FakeClock

# tests/conftest.py sets it before any Qt import; a widget test must never need a display
assert os.environ.get("QT_QPA_PLATFORM") == "offscreen", "widget tests must run offscreen"


@pytest.fixture(autouse=True)
def no_leaked_threads(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a test that leaves threads (Python, QThread or thread-pool work) running."""
    before = set(threading.enumerate())
    _started_qthreads: weakref.WeakSet[QThread] = weakref.WeakSet()
    original_start = QThread.start

    def recording_start(self: QThread, *args: object) -> None:
        _started_qthreads.add(self)
        original_start(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(QThread, "start", recording_start)
    yield
    deadline = time.monotonic() + 2.0
    while True:
        python = [t for t in threading.enumerate() if t not in before and t.is_alive()]
        qthreads = [t for t in list(_started_qthreads) if t.isRunning()]
        pool = QThreadPool.globalInstance().activeThreadCount()
        if not (python or qthreads or pool) or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    leaks = [t.name for t in python] + [repr(t) for t in qthreads]
    if pool:
        leaks.append(f"{pool} QThreadPool workers")
    if leaks:
        pytest.fail(f"test left threads running: {', '.join(leaks)}")


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    """A test that switched the desk's language (translators, locale, direction, the core
    catalogue) leaves the next one an English desk."""
    yield
    from PySide6.QtWidgets import QApplication

    from ui.language import apply_language

    app = QApplication.instance()
    if app is not None and app.property("wufops_language") not in (None, "en"):
        apply_language(app, "en")


@pytest.fixture
def event_db(tmp_path: Path) -> Path:
    """A small multi-script event on a real SQLite file (3 attendees checked in)."""
    path = tmp_path / "event.db"
    make_event(path)
    return path


@pytest.fixture
def context(event_db: Path, tmp_path: Path, qapp: object) -> Iterator[AppContext]:
    from ui.app import application, open_context

    application()  # style sheet and fonts, as the app has them
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    ctx = open_context(event_db, FakeClock(1_779_000_900_000), settings)
    yield ctx
    ctx.replica.close()
