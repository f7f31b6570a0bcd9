"""The shell: main window, workspace registry, shortcuts, ``wufops app/demo --screenshot``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from ui.context import AppContext
from ui.main_window import MainWindow
from ui.workspaces import WORKSPACES, Workspace


def _wufops(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The desk commands in a child process, with settings and data kept under tmp_path."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        HOME=str(tmp_path),
    )
    return subprocess.run(
        [sys.executable, "-m", "wufops.cli.main", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
        check=False,
    )


def _is_real_screenshot(path: Path) -> None:
    image = QImage(str(path))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1440, 900)
    # not a blank canvas: the rail, the table and the text give many distinct colours
    colours = {image.pixel(x, y) for x in range(0, 1440, 7) for y in range(0, 900, 7)}
    assert len(colours) > 50


def test_main_window_shows_only_registered_workspaces(context: AppContext, qtbot: object) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert window.workspace_keys == [w.key for w in WORKSPACES]
    assert window.switcher.count() == len(WORKSPACES)
    texts = " ".join(label.text() for label in window.statusBar().findChildren(QLabel))
    assert "Asia/Baku" in texts and "54 attendees" in texts and "3 checked in" in texts


def test_ctrl_number_switches_and_ctrl_f_focuses_search(context: AppContext, qtbot: object) -> None:
    other = QLineEdit()
    extra = Workspace("scratch", "Scratch", lambda _ctx: other)
    window = MainWindow(context, workspaces=[*WORKSPACES, extra])
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)  # type: ignore[attr-defined]
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)  # type: ignore[attr-defined]
    # keys go where a person's keystrokes go: to the focused widget
    extra_key = Qt.Key(Qt.Key.Key_1 + len(WORKSPACES))  # the workspace after the registry's
    qtbot.keyClick(QApplication.focusWidget(), extra_key, ctrl)  # type: ignore[attr-defined]
    assert window.current_workspace() is other
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)  # type: ignore[attr-defined]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, ctrl)  # type: ignore[attr-defined]
    attendees = window.current_workspace()
    assert attendees is not None and attendees.objectName() == "attendeesWorkspace"
    attendees.table.setFocus()  # type: ignore[attr-defined]
    qtbot.waitUntil(attendees.table.hasFocus, timeout=2000)  # type: ignore[attr-defined]
    qtbot.keyClick(attendees.table, Qt.Key.Key_F, ctrl)  # type: ignore[attr-defined]
    qtbot.waitUntil(attendees.search.hasFocus, timeout=2000)  # type: ignore[attr-defined]


def test_app_screenshot_is_written(event_db: Path, tmp_path: Path) -> None:
    shot = tmp_path / "desk.png"
    result = _wufops(tmp_path, "app", "--db", str(event_db), "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    _is_real_screenshot(shot)


def test_app_on_a_missing_database_says_what_to_do(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.db"
    result = _wufops(tmp_path, "app", "--db", str(missing), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 2
    assert "error[db_not_found]" in result.stderr and "wufops demo" in result.stderr
    assert not missing.exists()  # nothing created behind the user's back


def test_demo_screenshot_on_a_small_generated_event(tmp_path: Path) -> None:
    shot = tmp_path / "demo.png"
    data = tmp_path / "demo-data"
    result = _wufops(
        tmp_path,
        "demo",
        "--data-dir",
        str(data),
        "--attendees",
        "300",
        "--seed",
        "5",
        "--screenshot",
        str(shot),
    )
    assert result.returncode == 0, result.stderr
    _is_real_screenshot(shot)
    assert list(data.glob("demo-5-300.db"))
    assert not list(data.glob("*.partial.db"))


def test_french_translation_is_loaded_from_resources(context: AppContext, qtbot: object) -> None:
    from PySide6.QtCore import QLocale

    from ui.app import install_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_translators(app, QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        assert installed, "resources/translations/wufops_fr.qm did not load"
        window = MainWindow(context)
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        assert window.switcher.item(0).text() == "Participants"
        workspace = window.current_workspace()
        assert workspace is not None
        assert workspace.search.placeholderText().startswith("Rechercher")  # type: ignore[attr-defined]
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def test_app_on_a_file_that_is_not_a_database_leaves_it_alone(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    content = b"attendee list, not SQLite\n" * 40
    bogus.write_bytes(content)
    result = _wufops(tmp_path, "app", "--db", str(bogus), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 2
    assert "error[db_unreadable]" in result.stderr
    assert bogus.read_bytes() == content
    assert not (tmp_path / "x.png").exists()
