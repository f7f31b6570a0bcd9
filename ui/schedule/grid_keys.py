"""The grid's keyboard: a path for every drag (mixed into ``ScheduleGrid``).

←/→ select the previous/next session in the room, ↑/↓ the nearest in the room above/below,
Home/End the first/last in the room; Ctrl+←/→ move the selected session 5 minutes, Ctrl+↑/↓
to the room above/below; Shift+←/→ move its end, Ctrl+Shift+←/→ its start; Delete or
Backspace takes it off the grid; Enter opens its details; Esc cancels a drag, or clears the
selection. Edits are asked for with the grid's signals, as a drop is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from ui.schedule.grid_paint import ROOM_HEADER_W, TIME_HEADER_H
from ui.schedule.layout import SNAP_MIN, neighbour
from wufops.models.schedule import MINUTE_MS, Placement

if TYPE_CHECKING:
    pass

STEP_MS = SNAP_MIN * MINUTE_MS


class GridKeys:
    """Keyboard handling of :class:`~ui.schedule.grid.ScheduleGrid`."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
        ctrl = Qt.KeyboardModifier.ControlModifier
        shift = Qt.KeyboardModifier.ShiftModifier
        if key == Qt.Key.Key_Escape:
            if self.drag is not None:
                self.cancel_drag()
            else:
                self.select("", show=False)
            return
        arrows = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
        if key in arrows and mods == Qt.KeyboardModifier.NoModifier:
            self._step_selection(key)
            return
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End) and mods == Qt.KeyboardModifier.NoModifier:
            self._row_end(key == Qt.Key.Key_End)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected:
            self.sig_details_requested.emit(self.selected)
            return
        if not self.editable or not self.selected:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.sig_unplace_requested.emit(self.selected)
            return
        if key in arrows and mods in (ctrl, shift, ctrl | shift):
            self._keyboard_edit(key, mods)
            return
        super().keyPressEvent(event)

    def _step_selection(self, key: int) -> None:
        view = self.view
        if view is None or not view.rows:
            return
        found = view.block_of.get(self.selected) if self.selected else None
        if found is None:
            first = next(
                (
                    row.blocks[neighbour(row, self.ms_at(ROOM_HEADER_W)) or 0].session_id
                    for r in self.visible_rows(TIME_HEADER_H, self.viewport().height())
                    if (row := view.rows[r]).blocks
                ),
                "",
            )
            if first:
                self.select(first)
            return
        row, index = found
        blocks = view.rows[row].blocks
        if key == Qt.Key.Key_Left and index > 0:
            self.select(blocks[index - 1].session_id)
        elif key == Qt.Key.Key_Right and index + 1 < len(blocks):
            self.select(blocks[index + 1].session_id)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            start = blocks[index].start_ms
            step = -1 if key == Qt.Key.Key_Up else 1
            r = row + step
            while 0 <= r < len(view.rows):
                near = neighbour(view.rows[r], start)
                if near is not None:
                    self.select(view.rows[r].blocks[near].session_id)
                    return
                r += step

    def _row_end(self, last: bool) -> None:
        view = self.view
        found = view.block_of.get(self.selected) if view is not None and self.selected else None
        if view is None or found is None:
            return
        blocks = view.rows[found[0]].blocks
        self.select(blocks[-1 if last else 0].session_id)

    def _keyboard_edit(self, key: int, mods: Qt.KeyboardModifier) -> None:
        view = self.view
        session = self.data.session(self.selected)
        if view is None or session is None or session.placement is None:
            return
        p = session.placement
        ctrl = Qt.KeyboardModifier.ControlModifier
        shift = Qt.KeyboardModifier.ShiftModifier
        sign = -1 if key in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1
        target: Placement | None = None
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            delta = sign * STEP_MS
            if mods == ctrl:
                target = Placement(p.room_id, p.start_ms + delta, p.end_ms + delta)
            elif mods == shift and p.end_ms + delta > p.start_ms:
                target = Placement(p.room_id, p.start_ms, p.end_ms + delta)
            elif mods == ctrl | shift and p.start_ms + delta < p.end_ms:
                target = Placement(p.room_id, p.start_ms + delta, p.end_ms)
        elif mods == ctrl:
            row = view.row_of.get(p.room_id)
            if row is not None and 0 <= row + sign < len(view.rows):
                target = Placement(view.rows[row + sign].room.id, p.start_ms, p.end_ms)
        if target is None:
            return
        self.nudging = mods == ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right)
        try:
            self.sig_place_requested.emit(self.selected, target)
        finally:
            self.nudging = False
