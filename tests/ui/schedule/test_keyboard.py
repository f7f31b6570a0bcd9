"""A keyboard path for every drag: arrows select, Ctrl+arrows move (5 minutes, or a room),
Shift / Ctrl+Shift+arrows move the end / the start, Delete takes a session off the grid,
Enter opens its details, Ctrl+M opens "Move to…" — each edit one op, like a drop."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.schedule.helpers import (
    last_seq,
    outbox_after,
    placement_of,
    status_row,
    visible_session,
)
from ui.schedule.dialogs import DetailsDialog, MoveDialog
from ui.schedule.workspace import ScheduleWorkspace
from wufops.models.schedule import MINUTE_MS

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _select(ws: ScheduleWorkspace, session_id: str) -> None:
    ws.grid.setFocus()
    ws.grid.select(session_id)


def test_arrows_walk_the_sessions_of_a_room_and_between_rooms(workspace: ScheduleWorkspace) -> None:
    grid = workspace.grid
    view = grid.view
    assert view is not None
    r = next(i for i, row in enumerate(view.rows) if len(row.blocks) >= 2)
    row = view.rows[r]
    _select(workspace, row.blocks[0].session_id)
    QTest.keyClick(grid, Qt.Key.Key_Right)
    assert grid.selected == row.blocks[1].session_id
    QTest.keyClick(grid, Qt.Key.Key_Left)
    assert grid.selected == row.blocks[0].session_id
    QTest.keyClick(grid, Qt.Key.Key_End)
    assert grid.selected == row.blocks[-1].session_id
    below = next(k for k in range(r + 1, len(view.rows)) if view.rows[k].blocks)
    QTest.keyClick(grid, Qt.Key.Key_Down)
    assert view.block_of[grid.selected][0] == below


def test_ctrl_arrows_move_by_five_minutes_and_to_the_next_room(
    workspace: ScheduleWorkspace,
) -> None:
    grid, replica = workspace.grid, workspace.data.replica
    session = visible_session(workspace, free_after_min=30)
    before = placement_of(workspace, session.id)
    _select(workspace, session.id)
    seq = last_seq(replica)
    QTest.keyClick(grid, Qt.Key.Key_Right, CTRL)
    moved = placement_of(workspace, session.id)
    assert (moved.start_ms, moved.end_ms) == (
        before.start_ms + 5 * MINUTE_MS,
        before.end_ms + 5 * MINUTE_MS,
    )
    view = grid.view
    assert view is not None
    row = view.row_of[before.room_id]
    QTest.keyClick(grid, Qt.Key.Key_Down, CTRL)
    assert placement_of(workspace, session.id).room_id == view.rows[row + 1].room.id
    written = outbox_after(replica, seq)
    assert [w.row_id for w in written] == [session.id, session.id]
    assert all(set(w.body) == {"room_id", "starts_at", "ends_at"} for w in written)
    assert grid.selected == session.id  # still selected where it went


def test_shift_arrows_move_the_end_and_ctrl_shift_arrows_the_start(
    workspace: ScheduleWorkspace,
) -> None:
    grid = workspace.grid
    session = visible_session(workspace, free_after_min=30)
    before = placement_of(workspace, session.id)
    _select(workspace, session.id)
    QTest.keyClick(grid, Qt.Key.Key_Right, SHIFT)
    QTest.keyClick(grid, Qt.Key.Key_Right, SHIFT)
    after = placement_of(workspace, session.id)
    assert (after.start_ms, after.end_ms) == (before.start_ms, before.end_ms + 10 * MINUTE_MS)
    QTest.keyClick(grid, Qt.Key.Key_Right, CTRL | SHIFT)
    after = placement_of(workspace, session.id)
    assert (after.start_ms, after.end_ms) == (
        before.start_ms + 5 * MINUTE_MS,
        before.end_ms + 10 * MINUTE_MS,
    )


def test_delete_takes_a_session_off_the_grid_into_the_list(workspace: ScheduleWorkspace) -> None:
    grid, replica = workspace.grid, workspace.data.replica
    session = visible_session(workspace, status="scheduled")
    waiting = workspace.unscheduled.model.total
    _select(workspace, session.id)
    seq = last_seq(replica)
    QTest.keyClick(grid, Qt.Key.Key_Delete)
    assert workspace.data.session(session.id).placement is None  # type: ignore[union-attr]
    assert grid.block_rect(session.id) is None
    assert workspace.unscheduled.model.total == waiting + 1
    assert workspace.unscheduled.model.row_of(session.id) >= 0
    written = outbox_after(replica, seq)
    assert written[0].body == {"room_id": None, "starts_at": None, "ends_at": None}
    assert status_row(replica, session.id) == "draft"  # only placed sessions are scheduled


def test_enter_opens_the_details_and_ctrl_m_moves_to_a_chosen_room_and_time(
    workspace: ScheduleWorkspace, qtbot: QtBot
) -> None:
    grid, replica = workspace.grid, workspace.data.replica
    session = visible_session(workspace)
    _select(workspace, session.id)
    QTest.keyClick(grid, Qt.Key.Key_Return)
    details = workspace.findChild(DetailsDialog)
    assert details is not None and details.isVisible()
    assert details.windowModality() == Qt.WindowModality.WindowModal  # open(), not exec()
    details.reject()
    QTest.keyClick(grid, Qt.Key.Key_M, CTRL)
    dialog = next(d for d in workspace.findChildren(MoveDialog) if d.isVisible())
    target_room = dialog.room.itemData(3)
    dialog.room.setCurrentIndex(3)
    dialog.day.setCurrentIndex(dialog.day.count() - 1)
    dialog.start.setTime(QTime(16, 7))
    dialog.end.setTime(QTime(17, 22))
    seq = last_seq(replica)
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    after = placement_of(workspace, session.id)
    moment = workspace.data.clock.moment(after.start_ms)
    assert after.room_id == target_room
    assert moment.date().toPython() == workspace.data.days()[-1]
    assert (moment.time().hour(), moment.time().minute()) == (16, 7)  # to the minute
    assert (after.end_ms - after.start_ms) // MINUTE_MS == 75
    assert len(outbox_after(replica, seq)) == 1
    # the grid followed it to its day
    assert workspace.current_day() == workspace.data.days()[-1]
    assert grid.selected == session.id
    QApplication.processEvents()
