"""What the grid shows and how: headers that stay while scrolling, the room order, filter
and favourites remembered on this computer, cancelled sessions shown struck or hidden."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from tests.ui.schedule.conftest import make_workspace
from tests.ui.schedule.helpers import visible_session
from ui.context import AppContext
from ui.schedule import style
from ui.schedule.grid_paint import ROOM_HEADER_W, TIME_HEADER_H
from ui.schedule.workspace import ScheduleWorkspace


def test_the_room_and_time_headers_stay_while_the_grid_scrolls(
    workspace: ScheduleWorkspace,
) -> None:
    grid = workspace.grid
    grid.horizontalScrollBar().setValue(0)
    grid.verticalScrollBar().setValue(0)
    before = grid.viewport().grab().toImage()
    first_row = grid.row_at(TIME_HEADER_H + 2)
    grid.horizontalScrollBar().setValue(grid.horizontalScrollBar().maximum() // 2)
    grid.verticalScrollBar().setValue(grid.verticalScrollBar().maximum() // 2)
    after = grid.viewport().grab().toImage()
    assert grid.row_at(TIME_HEADER_H + 2) != first_row  # the rooms did scroll…
    corner = before.copy(0, 0, ROOM_HEADER_W - 2, TIME_HEADER_H - 2)
    assert after.copy(0, 0, ROOM_HEADER_W - 2, TIME_HEADER_H - 2) == corner  # …the corner did not
    header = QColor(style.HEADER_BACKGROUND)
    # the time header is still on top, the room names still on the left
    assert after.pixelColor(ROOM_HEADER_W + 3, 2) == header
    assert after.pixelColor(3, TIME_HEADER_H + 4) in (header, QColor("#e0ecfb"))


def test_room_order_filter_and_favourites_are_remembered(
    schedule_context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    ws = make_workspace(schedule_context, tmp_path, qtbot)
    rooms = ws.data.world.rooms
    ws.order.setCurrentIndex(ws.order.findData("capacity"))
    shown = ws.shown_room_ids()
    assert [rooms[r].capacity for r in shown] == sorted(
        (rooms[r].capacity for r in shown), reverse=True
    )
    smallest = shown[-1]
    ws._rooms_chosen([], {shown[0]}, {smallest}, False)  # as the Rooms dialog reports it
    shown = ws.shown_room_ids()
    assert shown[0] == smallest  # a favourite comes first
    ws.zoom(1)
    zoom = ws.grid.ppm
    again = make_workspace(schedule_context, tmp_path, qtbot)  # the same computer, later
    assert again.order.currentData() == "capacity"
    assert again.shown_room_ids() == shown
    assert again.grid.ppm == zoom
    assert again.grid.view is not None
    assert [row.room.id for row in again.grid.view.rows] == shown


def test_cancelled_sessions_are_struck_or_hidden(workspace: ScheduleWorkspace) -> None:
    session = visible_session(workspace, status="scheduled")
    assert workspace.set_status(session.id, "cancelled")
    assert workspace.grid.block_rect(session.id) is not None  # shown, greyed and struck
    assert workspace.grid.painter.look(workspace.data.session(session.id)).status == "cancelled"  # type: ignore[arg-type]
    workspace.cancelled.setChecked(False)
    assert workspace.grid.block_rect(session.id) is None
    assert workspace.settings.show_cancelled is False
    workspace.cancelled.setChecked(True)
    assert workspace.grid.block_rect(session.id) is not None
