"""Undo and redo (QUndoStack, Ctrl+Z / Ctrl+Shift+Z): each step writes a new op that puts
back what was there — history is never rewritten, so an undo syncs like any edit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.schedule.helpers import (
    last_seq,
    outbox_after,
    placement_of,
    placement_row,
    status_row,
    visible_session,
)
from ui.schedule.workspace import ScheduleWorkspace
from wufops.models.schedule import MINUTE_MS, Placement, to_iso

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _fields(p: Placement) -> tuple[str, str, str]:
    return (p.room_id, to_iso(p.start_ms), to_iso(p.end_ms))


def test_undo_and_redo_a_move_each_write_a_new_op(workspace: ScheduleWorkspace) -> None:
    grid, replica = workspace.grid, workspace.data.replica
    session = visible_session(workspace, free_after_min=60)
    before = placement_of(workspace, session.id)
    target = Placement(
        before.room_id, before.start_ms + 30 * MINUTE_MS, before.end_ms + 30 * MINUTE_MS
    )
    seq = last_seq(replica)
    assert workspace.place(session.id, target)
    grid.setFocus()
    QTest.keyClick(grid, Qt.Key.Key_Z, CTRL)
    assert placement_row(replica, session.id) == _fields(before)
    assert grid.block_rect(session.id) is not None
    QTest.keyClick(grid, Qt.Key.Key_Z, CTRL | SHIFT)
    assert placement_row(replica, session.id) == _fields(target)
    written = outbox_after(replica, seq)
    assert [w.body["starts_at"] for w in written] == [
        to_iso(target.start_ms),
        to_iso(before.start_ms),
        to_iso(target.start_ms),
    ]
    assert "Redone" in workspace.status.message()


def test_undoing_a_session_taken_off_the_grid_puts_it_back_scheduled(
    workspace: ScheduleWorkspace,
) -> None:
    replica = workspace.data.replica
    session = visible_session(workspace, status="scheduled")
    before = placement_of(workspace, session.id)
    assert workspace.unplace(session.id)
    assert status_row(replica, session.id) == "draft"
    assert workspace.unscheduled.model.row_of(session.id) >= 0
    workspace.undo_button.click()
    assert placement_row(replica, session.id) == _fields(before)
    assert status_row(replica, session.id) == "scheduled"
    assert workspace.unscheduled.model.row_of(session.id) == -1


def test_consecutive_nudges_undo_as_one_step(workspace: ScheduleWorkspace) -> None:
    grid, replica = workspace.grid, workspace.data.replica
    session = visible_session(workspace, free_after_min=30)
    before = placement_of(workspace, session.id)
    grid.setFocus()
    grid.select(session.id)
    seq = last_seq(replica)
    for _ in range(3):
        QTest.keyClick(grid, Qt.Key.Key_Right, CTRL)
    assert placement_of(workspace, session.id).start_ms == before.start_ms + 15 * MINUTE_MS
    assert workspace.undo_stack.count() == 1
    QTest.keyClick(grid, Qt.Key.Key_Z, CTRL)
    assert placement_row(replica, session.id) == _fields(before)
    assert len(outbox_after(replica, seq)) == 4  # three nudges and one undo, all ops


def test_a_status_change_is_undone_too(workspace: ScheduleWorkspace) -> None:
    replica = workspace.data.replica
    session = visible_session(workspace, status="scheduled")
    assert workspace.set_status(session.id, "cancelled")
    assert status_row(replica, session.id) == "cancelled"
    workspace.undo_stack.undo()
    assert status_row(replica, session.id) == "scheduled"
    workspace.undo_stack.redo()
    assert status_row(replica, session.id) == "cancelled"
