"""Moving and resizing sessions with the mouse: each drop is one placement op in the outbox
(room, start and end together), in 5-minute steps; the conflicts a drop would cause show
while dragging, before the drop; Esc cancels a drag and writes nothing."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.ui.schedule.helpers import (
    drag,
    last_seq,
    outbox_after,
    placement_of,
    placement_row,
    visible_session,
    x_for_minutes,
)
from ui.schedule.workspace import ScheduleWorkspace
from wufops.models.schedule import MINUTE_MS, to_iso


def test_dragging_a_session_to_another_room_and_time_writes_one_placement_op(
    workspace: ScheduleWorkspace,
) -> None:
    grid, replica = workspace.grid, workspace.data.replica
    session = visible_session(workspace, free_after_min=60)
    before = placement_of(workspace, session.id)
    view = grid.view
    assert view is not None
    row = view.row_of[before.room_id]
    target_row = row + 1 if row + 1 < len(view.rows) else row - 1
    target_room = view.rows[target_row].room.id
    rect = grid.block_rect(session.id)
    assert rect is not None
    start = rect.center().toPoint()
    # 30 minutes later, one row down: grabbed in the middle, the block keeps its length
    end = QPoint(
        start.x() + x_for_minutes(grid, 30), grid.point_for(target_room, before.start_ms).y()
    )
    seq = last_seq(replica)
    drag(grid, start, end)
    written = outbox_after(replica, seq)
    assert [(w.entity, w.row_id) for w in written] == [("session", session.id)]
    assert written[0].body == {
        "room_id": target_room,
        "starts_at": to_iso(before.start_ms + 30 * MINUTE_MS),
        "ends_at": to_iso(before.end_ms + 30 * MINUTE_MS),
    }
    assert placement_row(replica, session.id) == (
        target_room,
        to_iso(before.start_ms + 30 * MINUTE_MS),
        to_iso(before.end_ms + 30 * MINUTE_MS),
    )
    after = grid.block_rect(session.id)  # the grid follows, the session stays selected
    assert after is not None and grid.view is not None
    assert grid.view.row_of[target_room] == grid.row_at(after.center().y())
    assert grid.selected == session.id


def test_a_drop_snaps_to_five_minutes(workspace: ScheduleWorkspace) -> None:
    grid = workspace.grid
    session = visible_session(workspace, free_after_min=60)
    before = placement_of(workspace, session.id)
    rect = grid.block_rect(session.id)
    assert rect is not None
    start = rect.center().toPoint()
    # 17 minutes and a bit to the right: lands 15 minutes later, on the 5-minute grid
    drag(grid, start, start + QPoint(x_for_minutes(grid, 17.2), 0))
    after = placement_of(workspace, session.id)
    assert after.start_ms - before.start_ms == 15 * MINUTE_MS
    assert after.end_ms - after.start_ms == before.end_ms - before.start_ms
    assert (after.start_ms // MINUTE_MS) % 5 == 0


def test_dragging_the_right_edge_resizes_the_end_only(workspace: ScheduleWorkspace) -> None:
    grid, replica = workspace.grid, workspace.data.replica
    session = visible_session(workspace, free_after_min=60)
    before = placement_of(workspace, session.id)
    rect = grid.block_rect(session.id)
    assert rect is not None
    edge = QPoint(round(rect.right()) - 2, round(rect.center().y()))
    seq = last_seq(replica)
    drag(grid, edge, edge + QPoint(x_for_minutes(grid, 31), 0))
    after = placement_of(workspace, session.id)
    assert (after.room_id, after.start_ms) == (before.room_id, before.start_ms)
    assert after.end_ms == before.end_ms + 30 * MINUTE_MS
    assert len(outbox_after(replica, seq)) == 1


def test_dragging_the_left_edge_moves_the_start_only(workspace: ScheduleWorkspace) -> None:
    grid = workspace.grid
    session = visible_session(workspace)
    before = placement_of(workspace, session.id)
    rect = grid.block_rect(session.id)
    assert rect is not None
    edge = QPoint(round(rect.left()) + 2, round(rect.center().y()))
    drag(grid, edge, edge + QPoint(x_for_minutes(grid, 15), 0))
    after = placement_of(workspace, session.id)
    assert (after.room_id, after.end_ms) == (before.room_id, before.end_ms)
    assert after.start_ms == before.start_ms + 15 * MINUTE_MS


def test_the_conflict_a_drop_would_cause_shows_before_the_drop(
    workspace: ScheduleWorkspace, qtbot: QtBot
) -> None:
    grid, replica = workspace.grid, workspace.data.replica
    view = grid.view
    assert view is not None
    # a session and another one in the same room: drag the first onto the second
    row = next(r for r in view.rows if len(r.blocks) >= 2 and r.lanes == 1)
    first, second = row.blocks[0], row.blocks[1]
    other = workspace.data.session(second.session_id)
    assert other is not None
    grid.ensure_visible(first.session_id)
    rect = grid.block_rect(first.session_id)
    assert rect is not None
    grab = QPoint(round(rect.left()) + 20, round(rect.center().y()))
    onto = QPoint(round(grid.x_of(second.start_ms)) + 20, grab.y())
    seq = last_seq(replica)
    drag(grid, grab, onto, release=False)
    # before the drop: the dragged block is outlined red, the panel says what would happen
    assert grid.drag is not None and grid.drag.active
    assert grid.drag.severity == "block"
    assert {c.rule for c in grid.drag.conflicts} >= {"room_overlap"}
    preview = workspace.preview
    assert preview.isVisibleTo(workspace)
    assert other.title[:24] in preview.text()  # the session it would overlap, by name
    assert "Room overlap" in preview.text()
    assert "room_overlap" not in preview.text()  # words, not codes
    assert other.title[:24] in workspace.status.message()
    assert outbox_after(replica, seq) == []  # nothing written while dragging
    QTest.keyClick(grid, Qt.Key.Key_Escape)  # cancel: nothing written, the preview goes
    QTest.mouseRelease(
        grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, onto
    )
    assert outbox_after(replica, seq) == []
    assert grid.drag is None
    assert not preview.isVisibleTo(workspace)
