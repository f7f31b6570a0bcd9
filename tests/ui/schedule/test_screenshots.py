"""Screenshots of the schedule workspace in its main states, in English and French, on a desk
laptop (1280×720) and a large monitor (1920×1080): the grid, a drag showing the conflict it
would cause, the conflicts panel, and each dialog, saved in ``artifacts/screenshots/schedule/``
(look at them). Each is also checked for text that does not fit (``tests.ui.fit``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, QPoint
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.tools import screenshot_dir
from tests.ui.fit import clipped
from tests.ui.schedule.helpers import drag
from ui.app import install_translators
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.schedule.dialogs import DetailsDialog, MoveDialog, ReleaseDialog, RoomsDialog
from ui.schedule.workspace import TAB_CONFLICTS, ScheduleWorkspace
from wufops.store import sync_state as ss


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = []
    before = QLocale()
    if request.param == "fr":
        french = QLocale(QLocale.Language.French, QLocale.Country.France)
        installed = install_translators(app, french)
        assert installed, "wufops_fr.qm did not load"
        QLocale.setDefault(french)  # dates and times as a French desk shows them
    yield request.param
    QLocale.setDefault(before)
    for translator in installed:
        app.removeTranslator(translator)


def _dialog(ws: ScheduleWorkspace, kind: type[QDialog]) -> QDialog:
    found = [d for d in ws.findChildren(kind) if d.isVisible()]
    assert found, f"no {kind.__name__} open"
    return found[-1]


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=["laptop", "monitor"])
def test_schedule_screenshots(
    schedule_context: AppContext,
    language: str,
    size: tuple[int, int],
    qtbot: QtBot,
) -> None:
    out = screenshot_dir("schedule")
    window = MainWindow(schedule_context)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.show_workspace(window.workspace_keys.index("schedule"))
    ws = window.current_workspace()
    assert isinstance(ws, ScheduleWorkspace)
    width = size[0]
    # the forum's first full day, where the seeded conflicts are
    overlap = next(c for c in ws.data.conflicts() if c.rule == "room_overlap")

    def overview() -> None:
        ws.reveal(list(overlap.session_ids))

    def dragging() -> None:
        grid = ws.grid
        _, second = overlap.session_ids
        rect = grid.block_rect(second)
        assert rect is not None
        grab = rect.center().toPoint()
        drag(grid, grab, grab + QPoint(-round(40 * grid.ppm), 0), release=False)

    def conflicts() -> None:
        ws.grid.cancel_drag()
        ws.side.setCurrentIndex(TAB_CONFLICTS)
        ws.conflicts.select_row(1)

    shots: list[tuple[str, Callable[[], object], type[QDialog] | None]] = [
        ("grid", overview, None),
        ("dragging", dragging, None),
        ("conflicts", conflicts, None),
        ("move", lambda: ws.open_move(overlap.session_ids[0]), MoveDialog),
        ("details", lambda: ws.open_details(overlap.session_ids[0]), DetailsDialog),
        ("release", ws.open_release, ReleaseDialog),
        ("rooms", ws.open_rooms, RoomsDialog),
    ]
    problems: dict[str, list[str]] = {}
    for name, enter, kind in shots:
        enter()
        qtbot.wait(30)
        target: QWidget = window if kind is None else _dialog(ws, kind)
        assert target.grab().save(str(out / f"schedule-{language}-{width}-{name}.png"))
        found = clipped(target)
        if found:
            problems[name] = found
        if kind is not None:
            target.close()
    assert problems == {}, f"{language} {size}: {problems}"


def test_desk_screenshot(schedule_context: AppContext, language: str, qtbot: QtBot) -> None:
    with schedule_context.replica.transaction():
        schedule_context.replica.set_meta(ss.KEY_ROLE, "desk")
    window = MainWindow(schedule_context)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.show_workspace(window.workspace_keys.index("schedule"))
    ws = window.current_workspace()
    assert isinstance(ws, ScheduleWorkspace)
    ws.find.setText(ws.data.unplaced()[0].title.split()[0])
    qtbot.wait(30)
    assert window.grab().save(
        str(screenshot_dir("schedule") / f"schedule-{language}-1280-desk.png")
    )
    assert clipped(window) == []
