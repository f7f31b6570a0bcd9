"""The list of sessions waiting for a room: searched as you type (accents and case
ignored, every word must match), dragged onto the grid — where it takes the length the
session asks for (``duration_min``) — or placed with the keyboard (Enter, "Place…")."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, QTime
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.schedule.helpers import last_seq, outbox_after
from ui.schedule.dialogs import MoveDialog
from ui.schedule.models import ID_ROLE
from ui.schedule.workspace import ScheduleWorkspace
from wufops.models.schedule import MINUTE_MS, Session, to_iso


def _waiting(ws: ScheduleWorkspace) -> list[Session]:
    return ws.data.unplaced()


def test_search_finds_sessions_whatever_the_accents_and_case(workspace: ScheduleWorkspace) -> None:
    panel = workspace.unscheduled
    total = panel.model.rowCount()
    assert total == len(_waiting(workspace)) > 10
    title = _waiting(workspace)[3].title
    words = title.split()
    typed = f"{words[0].upper()} {words[-1][:4]}".replace("e", "é")
    QTest.keyClicks(panel.search, typed)
    shown = [panel.model.index(r, 0).data(ID_ROLE) for r in range(panel.model.rowCount())]
    assert 0 < len(shown) < total
    assert _waiting(workspace)[3].id in shown
    assert all(
        words[0].lower() in workspace.data.session(s).title.lower()  # type: ignore[union-attr]
        for s in shown
    )
    assert str(total) in panel.count.text()
    panel.search.clear()
    QTest.keyClicks(panel.search, "zzzz no such session")
    assert panel.model.rowCount() == 0


def _drop(ws: ScheduleWorkspace, session_id: str, at: QPoint) -> None:
    """A drag from the list arriving over the grid and dropped there, as Qt delivers it."""
    model = ws.unscheduled.model
    mime = model.mimeData([model.index(model.row_of(session_id), 0)])
    viewport = ws.grid.viewport()
    actions = Qt.DropAction.MoveAction
    left = Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(viewport, QDragEnterEvent(at, actions, mime, left, none))
    QApplication.sendEvent(viewport, QDragMoveEvent(at, actions, mime, left, none))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(at), actions, mime, left, none))


def test_a_session_dropped_on_the_grid_takes_the_length_it_asks_for(
    workspace: ScheduleWorkspace,
) -> None:
    grid, replica = workspace.grid, workspace.data.replica
    session = next(s for s in _waiting(workspace) if s.duration_min > 0)
    view = grid.view
    assert view is not None
    room = (
        next(r for r in view.rows if not r.blocks)
        if any(not r.blocks for r in view.rows)
        else view.rows[-1]
    )
    grid.verticalScrollBar().setValue(grid.tops[view.row_of[room.room.id]])
    target = view.start_ms + 13 * 60 * MINUTE_MS  # 21:00: after the day's sessions
    grid.horizontalScrollBar().setValue(round((target - view.start_ms) / MINUTE_MS * grid.ppm) - 50)
    seq = last_seq(replica)
    _drop(workspace, session.id, grid.point_for(room.room.id, target + 2 * MINUTE_MS))
    written = outbox_after(replica, seq)
    assert [(w.entity, w.row_id) for w in written] == [("session", session.id)]
    assert written[0].body == {
        "room_id": room.room.id,
        "starts_at": to_iso(target),
        "ends_at": to_iso(target + session.duration_min * MINUTE_MS),
    }
    assert workspace.unscheduled.model.row_of(session.id) == -1
    assert grid.block_rect(session.id) is not None
    assert grid.selected == session.id


def test_a_session_is_placed_from_the_list_with_the_keyboard(workspace: ScheduleWorkspace) -> None:
    panel, replica = workspace.unscheduled, workspace.data.replica
    session = next(s for s in _waiting(workspace) if s.duration_min > 0)
    panel.search.setFocus()
    panel.search.setText(session.title)  # pasted: titles hold characters QTest cannot type
    row = panel.model.row_of(session.id)
    assert row >= 0
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(row, 0))
    QTest.keyClick(panel.view, Qt.Key.Key_Return)
    dialog = next(d for d in workspace.findChildren(MoveDialog) if d.isVisible())
    assert dialog.ok.text() == "Place"
    dialog.start.setTime(QTime(20, 30))
    seq = last_seq(replica)
    dialog.ok.click()
    placed = workspace.data.session(session.id)
    assert placed is not None and placed.placement is not None
    moment = workspace.data.clock.moment(placed.placement.start_ms).time()
    assert (moment.hour(), moment.minute()) == (20, 30)
    # a new start keeps the length: the end followed it
    assert placed.placement.end_ms - placed.placement.start_ms == session.duration_min * MINUTE_MS
    assert len(outbox_after(replica, seq)) == 1
