"""Who may edit: a coordinator's or admin's device, or a standalone database, edits; a desk
sees the same grid read-only — to answer "where is session X?" — and none of its mouse or
keyboard gestures writes anything; a gate holds no schedule and says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.ui.schedule.conftest import make_workspace
from tests.ui.schedule.helpers import drag, last_seq, outbox_after, visible_session, x_for_minutes
from ui.context import AppContext
from ui.schedule.workspace import GatePage, ScheduleWorkspace
from ui.schedule.workspace import make_workspace as build
from wufops.store import sync_state as ss

CTRL = Qt.KeyboardModifier.ControlModifier


def _as(context: AppContext, role: str) -> None:
    """This replica enrolled with that role, as the sync driver records it at welcome."""
    with context.replica.transaction():
        context.replica.set_meta(ss.KEY_ROLE, role)


@pytest.mark.parametrize("role", ["", "coordinator", "admin"])
def test_coordinators_admins_and_standalone_databases_edit(
    schedule_context: AppContext, tmp_path: Path, qtbot: QtBot, role: str
) -> None:
    _as(schedule_context, role)
    ws = make_workspace(schedule_context, tmp_path, qtbot)
    assert ws.data.editable and ws.grid.editable
    assert ws.move_button.isVisible() and not ws.banner.isVisible()


def test_a_desk_sees_the_schedule_read_only(
    schedule_context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    _as(schedule_context, "desk")
    ws = make_workspace(schedule_context, tmp_path, qtbot)
    grid, replica = ws.grid, ws.data.replica
    assert not ws.data.editable
    assert ws.banner.isVisible() and "check-in desk" in ws.banner.text()
    for hidden in (ws.move_button, ws.undo_button, ws.redo_button, ws.unscheduled.place):
        assert not hidden.isVisible()
    assert not ws.unscheduled.view.dragEnabled()
    session = visible_session(ws)
    rect = grid.block_rect(session.id)
    assert rect is not None
    seq = last_seq(replica)
    start = rect.center().toPoint()
    drag(grid, start, start + QPoint(x_for_minutes(grid, 60), 0))
    grid.setFocus()
    grid.select(session.id)
    for key, mods in (
        (Qt.Key.Key_Right, CTRL),
        (Qt.Key.Key_Down, CTRL),
        (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_M, CTRL),
    ):
        QTest.keyClick(grid, key, mods)
    assert not ws.place(session.id, session.placement)  # type: ignore[arg-type]
    assert ws.open_release() is None
    assert outbox_after(replica, seq) == []
    # what a desk is for: finding where a session is
    ws.focus_search()
    ws.find.setText(session.title)  # pasted: titles hold characters QTest cannot type
    QTest.keyClick(ws.find, Qt.Key.Key_Return)
    assert grid.selected in ws._found and session.id in ws._found


def test_a_gate_shows_that_it_holds_no_schedule(schedule_context: AppContext, qtbot: QtBot) -> None:
    _as(schedule_context, "gate")
    page = build(schedule_context)
    qtbot.addWidget(page)
    assert isinstance(page, GatePage)
    _as(schedule_context, "coordinator")
    other = build(schedule_context)
    qtbot.addWidget(other)
    assert isinstance(other, ScheduleWorkspace)
