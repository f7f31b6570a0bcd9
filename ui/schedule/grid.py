"""The day × room grid: a custom-painted scroll area that draws only what is on screen.

Rooms are rows (their header column stays on the left while scrolling sideways), time runs
left to right (the time header stays on top while scrolling down); the day runs from 08:00
to midnight, or longer when a session needs it (past midnight the header names the next
day). Sessions that overlap in one room sit in lanes of a taller row, so an overlap is seen,
never hidden. Times a room is closed are hatched.

Stream channels are lanes in a band under the time header, pinned there while the rooms
scroll (``ui.schedule.channels``): each streamed session on its channel's lane, its pre- and
post-roll drawn hatched and lighter either side of it, its slot status as a word, and a C6
overlap as a red band where two padded windows share the channel. While a session is
dragged, its slots are drawn where they would go too. A slot on a lane is its session:
clicking it selects the session, dragging it moves the session in time (its room stays).

Mouse: click selects; drag moves (rooms and times), a block's left or right edge resizes,
both in 5-minute steps; the view scrolls by itself near its edges while dragging; Esc
cancels. While dragging, the block is drawn where it would land, outlined red (a conflict
that blocks the release) or amber (a warning) by what :meth:`ScheduleData.preview` says the
drop would cause, and :attr:`ScheduleGrid.sig_preview` tells the conflicts panel — before
the drop. Sessions dragged from the unscheduled list land the same way (drag and drop).

Keyboard (the path for every drag): ←/→ select the previous/next session in the room (or on
the channel's lane), ↑/↓ the nearest one in the room (or lane) above/below — ↑ from the top
room goes up into the channel lanes, ↓ from the last lane back to the rooms —, Home/End the
first/last; Ctrl+←/→ move the
selected session 5 minutes, Ctrl+↑/↓ move it to the room above/below; Shift+←/→ move its
end, Ctrl+Shift+←/→ its start, 5 minutes at a time; Delete or Backspace takes it off the
grid; Enter opens its details; Esc clears the selection. The grid itself never writes:
it asks (``sig_place_requested``, ``sig_unplace_requested``), the workspace edits.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

from PySide6.QtCore import (
    QEvent,
    QMimeData,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip, QWidget

from ui.schedule.channels import ChannelLane, LaneBlock
from ui.schedule.data import ScheduleData
from ui.schedule.grid_keys import GridKeys
from ui.schedule.grid_paint import ROOM_HEADER_W, TIME_HEADER_H, GridPainter
from ui.schedule.layout import (
    MAX_ROW_LANES,
    SNAP_MIN,
    Block,
    DayView,
    snap,
)
from wufops.models.schedule import MINUTE_MS, Conflict, Placement, Session

# mime type of a session dragged from the unscheduled list (its id, UTF-8)
SESSION_MIME = "application/x-wufops-session"
ROW_H = 52
COMPACT_ROW_H = 30
# a channel lane's height (each sub-lane of overlapping slots), and the gap under the band
LANE_H = 22
COMPACT_LANE_H = 18
BAND_GAP = 6
EDGE_PX = 6
STEP_MS = SNAP_MIN * MINUTE_MS
AUTOSCROLL_MARGIN = 28

# "time": a slot dragged on its channel's lane moves its session in time, never its room
DragMode = Literal["move", "start", "end", "drop", "time"]


@dataclass
class Drag:
    session_id: str
    mode: DragMode
    press: QPoint
    origin: Placement | None
    length_ms: int
    # from the block's start to the point grabbed (moves)
    grab_ms: int = 0
    active: bool = False
    candidate: Placement | None = None
    conflicts: list[Conflict] = field(default_factory=list)
    last: QPoint = field(default_factory=QPoint)

    @property
    def severity(self) -> str:
        ranks = {"block": 0, "warn": 1}
        found = [c.severity for c in self.conflicts if c.severity in ranks]
        return min(found, key=lambda s: ranks[s]) if found else ""


def session_mime(session_id: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(SESSION_MIME, session_id.encode("utf-8"))
    return mime


class ScheduleGrid(GridKeys, QAbstractScrollArea):
    ROW_H = ROW_H

    sig_selected = Signal(str)
    """The selected session's id ("" when none is selected)."""
    sig_place_requested = Signal(str, object)
    """``(session id, Placement)``: a drop or a keyboard move asks to place the session."""
    sig_unplace_requested = Signal(str)
    """A session id to take off the grid (Delete / Backspace)."""
    sig_details_requested = Signal(str)
    """A session id whose details to open (Enter, double-click)."""
    sig_preview = Signal(str, object)
    """``(session id, list[Conflict] | None)``: what the drop being dragged would cause;
    ``None`` when the drag ended or left the grid."""
    sig_context_menu = Signal(str, QPoint)
    """``(session id, global position)``: a right-click on a session."""

    def __init__(self, data: ScheduleData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleGrid")
        # the time axis runs left to right in every language, rooms on its left (an Arabic
        # desk too: docs/languages.md); titles elide at their end, not their start
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.data = data
        self.editable = data.editable
        self.view: DayView | None = None
        self.ppm = 2.0
        self.base_h = ROW_H
        self.selected = ""
        self.related: set[str] = set()
        self.favourites: set[str] = set()
        self.tooltip_for: Callable[[str], str] = lambda _id: ""
        self.room_tooltip_for: Callable[[str], str] = lambda _id: ""
        # ``(channel id, session id)`` -> a slot's tooltip; a channel id -> its lane's
        self.slot_tooltip_for: Callable[[str, str], str] = lambda _c, _s: ""
        self.channel_tooltip_for: Callable[[str], str] = lambda _id: ""
        self.drag: Drag | None = None
        # True while a keyboard nudge (Ctrl+←/→) asks to move: consecutive ones undo as one
        self.nudging = False
        self.tops: list[int] = [0]
        # the channel lanes drawn above the rooms, and their tops inside the band
        self.lanes: list[ChannelLane] = []
        self.lane_tops: list[int] = [0]
        self.band_h = 0
        self.lane_h = LANE_H
        # the channel whose lane the keyboard is on ("": the rooms)
        self.lane_focus = ""
        self.painter = GridPainter(self)
        self._autoscroll = QTimer(self)
        self._autoscroll.setInterval(30)
        self._autoscroll.timeout.connect(self._autoscroll_tick)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.viewport().setAcceptDrops(True)
        self.viewport().setAutoFillBackground(False)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self.horizontalScrollBar().setSingleStep(40)
        self.verticalScrollBar().setSingleStep(ROW_H // 2)
        self.horizontalScrollBar().valueChanged.connect(self.viewport().update)
        self.verticalScrollBar().valueChanged.connect(self.viewport().update)
        self.setAccessibleName(self.tr("Schedule grid"))

    # -- setting what is shown -----------------------------------------------------------------

    def set_view(self, view: DayView) -> None:
        """Show ``view`` (a day's rows); the scroll position and selection are kept."""
        self.view = view
        self._relayout()

    def set_zoom(self, ppm: float) -> None:
        """Pixels per minute; the time at the left of the view stays where it is."""
        if self.view is None:
            self.ppm = ppm
            return
        left_ms = self.ms_at(ROOM_HEADER_W)
        self.ppm = ppm
        self._relayout()
        self.horizontalScrollBar().setValue(
            round((left_ms - self.view.start_ms) / MINUTE_MS * self.ppm)
        )

    def set_compact(self, compact: bool) -> None:
        self.base_h = COMPACT_ROW_H if compact else ROW_H
        self.lane_h = COMPACT_LANE_H if compact else LANE_H
        self._relayout()

    def set_lanes(self, lanes: list[ChannelLane]) -> None:
        """Draw ``lanes`` (the shown channels on this day) above the rooms."""
        self.lanes = lanes
        if self.lane_focus and self.lane_of(self.lane_focus) is None:
            self.lane_focus = ""
        self._relayout()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.viewport().setAcceptDrops(editable)

    def forget(self, session_ids: frozenset[str] | None = None) -> None:
        """Drop the drawn text of changed sessions (all when ``None``)."""
        self.painter.forget(session_ids)

    def _relayout(self) -> None:
        view = self.view
        tops = [0]
        if view is not None:
            for row in view.rows:
                tops.append(tops[-1] + self.row_height(row.lanes))
        self.tops = tops
        lane_tops = [0]
        for lane in self.lanes:
            lane_tops.append(lane_tops[-1] + self.lane_h * lane.lanes)
        self.lane_tops = lane_tops
        self.band_h = lane_tops[-1] + BAND_GAP if self.lanes else 0
        self._update_scrollbars()
        self.viewport().update()

    def row_height(self, lanes: int) -> int:
        return self.base_h * max(1, min(lanes, MAX_ROW_LANES))

    def content_size(self) -> QSize:
        minutes = self.view.minutes if self.view is not None else 0
        return QSize(round(minutes * self.ppm), self.tops[-1])

    def _update_scrollbars(self) -> None:
        size = self.content_size()
        body_w = max(0, self.viewport().width() - ROOM_HEADER_W)
        body_h = max(0, self.viewport().height() - self.header_h)
        hbar, vbar = self.horizontalScrollBar(), self.verticalScrollBar()
        hbar.setRange(0, max(0, size.width() - body_w))
        hbar.setPageStep(max(1, body_w))
        vbar.setRange(0, max(0, size.height() - body_h))
        vbar.setPageStep(max(1, body_h))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scrollbars()

    def sizeHint(self) -> QSize:
        return QSize(720, 480)

    # -- geometry ----------------------------------------------------------------------------

    def x_of(self, ms: int) -> float:
        """Viewport x of the instant ``ms``."""
        assert self.view is not None
        return (
            ROOM_HEADER_W
            + (ms - self.view.start_ms) / MINUTE_MS * self.ppm
            - self.horizontalScrollBar().value()
        )

    def ms_at(self, x: float) -> int:
        """The instant at viewport x (not clamped to the day)."""
        if self.view is None:
            return 0
        content = x - ROOM_HEADER_W + self.horizontalScrollBar().value()
        return self.view.start_ms + round(content / self.ppm * MINUTE_MS)

    @property
    def header_h(self) -> int:
        """Where the rooms begin: under the time header and the channel band."""
        return TIME_HEADER_H + self.band_h

    def row_top(self, row: int) -> int:
        return self.header_h + self.tops[row] - self.verticalScrollBar().value()

    def row_at(self, y: float, *, clamp: bool = False) -> int | None:
        """The row at viewport y (``clamp``: the first or last row beyond them)."""
        if self.view is None or not self.view.rows:
            return None
        content = y - self.header_h + self.verticalScrollBar().value()
        row = bisect_right(self.tops, content) - 1
        if 0 <= row < len(self.view.rows):
            return row
        if clamp:
            return 0 if row < 0 else len(self.view.rows) - 1
        return None

    def visible_rows(self, top: int, bottom: int) -> range:
        """The rows between viewport y ``top`` and ``bottom``."""
        if self.view is None or not self.view.rows:
            return range(0)
        first = self.row_at(top, clamp=True) or 0
        last = self.row_at(bottom, clamp=True)
        last = len(self.view.rows) - 1 if last is None else last
        return range(first, last + 1)

    def block_rect(self, session_id: str) -> QRectF | None:
        """Where a session's block is drawn (viewport coordinates), if on this day."""
        if self.view is None:
            return None
        found = self.view.block_of.get(session_id)
        if found is None:
            return None
        row, index = found
        return self.rect_of(row, self.view.rows[row].blocks[index])

    def rect_of(self, row: int, block: Block) -> QRectF:
        top = self.row_top(row)
        height = self.row_height(self.view.rows[row].lanes if self.view else 1)
        pad = 3.0
        lane_h = (height - 2 * pad) / block.lanes
        x0, x1 = self.x_of(block.start_ms), self.x_of(block.end_ms)
        y = top + pad + block.lane * lane_h
        gap = 2.0 if block.lanes > 1 else 0.0
        return QRectF(x0 + 1, y, max(3.0, x1 - x0 - 2), lane_h - gap)

    def point_for(self, room_id: str, ms: int) -> QPoint:
        """A viewport point in ``room_id``'s row at the instant ``ms`` (for keyboard-free
        tools and tests)."""
        assert self.view is not None
        row = self.view.row_of[room_id]
        top = self.row_top(row)
        return QPoint(round(self.x_of(ms)), top + self.row_height(self.view.rows[row].lanes) // 2)

    def body_rect(self) -> QRect:
        vp = self.viewport().rect()
        return QRect(
            ROOM_HEADER_W, self.header_h, vp.width() - ROOM_HEADER_W, vp.height() - self.header_h
        )

    # -- the channel lanes ---------------------------------------------------------------------

    def band_rect(self) -> QRect:
        """The lanes' body (viewport coordinates; empty when no lane is shown)."""
        height = self.band_h - BAND_GAP if self.lanes else 0
        return QRect(ROOM_HEADER_W, TIME_HEADER_H, self.viewport().width() - ROOM_HEADER_W, height)

    def lane_of(self, channel_id: str) -> int | None:
        for n, lane in enumerate(self.lanes):
            if lane.channel.id == channel_id:
                return n
        return None

    def lane_at(self, y: float) -> int | None:
        content = y - TIME_HEADER_H
        if not self.lanes or content < 0:
            return None
        lane = bisect_right(self.lane_tops, content) - 1
        return lane if 0 <= lane < len(self.lanes) else None

    def lane_rect(self, lane: int, block: LaneBlock, start_ms: int, end_ms: int) -> QRectF:
        """Where ``[start_ms, end_ms)`` of ``block`` is drawn on ``lane``."""
        top = TIME_HEADER_H + self.lane_tops[lane]
        height = self.lane_tops[lane + 1] - self.lane_tops[lane]
        pad = 2.0
        sub_h = (height - 2 * pad) / block.lanes
        x0, x1 = self.x_of(start_ms), self.x_of(end_ms)
        y = top + pad + block.lane * sub_h
        gap = 1.0 if block.lanes > 1 else 0.0
        return QRectF(x0 + 1, y, max(3.0, x1 - x0 - 2), sub_h - gap)

    def slot_rect(self, channel_id: str, session_id: str) -> QRectF | None:
        """Where a session's slot is drawn on a channel's lane (its padded window)."""
        lane = self.lane_of(channel_id)
        if lane is None:
            return None
        index = self.lanes[lane].index_of(session_id)
        if index is None:
            return None
        block = self.lanes[lane].blocks[index]
        return self.lane_rect(lane, block, block.window.on_air_ms, block.window.off_air_ms)

    def hit_lane(self, pos: QPointF) -> tuple[str, str] | None:
        """``(channel id, session id)`` of the slot under ``pos`` on a lane."""
        if not self.band_rect().contains(pos.toPoint()):
            return None
        lane = self.lane_at(pos.y())
        if lane is None:
            return None
        for block in reversed(self.lanes[lane].blocks):
            window = block.window
            rect = self.lane_rect(lane, block, window.on_air_ms, window.off_air_ms)
            if rect.adjusted(-1, -1, 1, 1).contains(pos):
                return self.lanes[lane].channel.id, block.session_id
        return None

    def hit(self, pos: QPointF) -> tuple[str, DragMode] | None:
        """The session under ``pos`` and what a press there grabs (body or an edge)."""
        if self.view is None or not self.body_rect().contains(pos.toPoint()):
            return None
        row = self.row_at(pos.y())
        if row is None:
            return None
        for block in self.view.rows[row].blocks:
            rect = self.rect_of(row, block)
            if not rect.adjusted(-1, -1, 1, 1).contains(pos):
                continue
            if rect.width() >= 3 * EDGE_PX:
                if pos.x() <= rect.left() + EDGE_PX:
                    return block.session_id, "start"
                if pos.x() >= rect.right() - EDGE_PX:
                    return block.session_id, "end"
            elif pos.x() >= rect.right() - 2:
                return block.session_id, "end"
            return block.session_id, "move"
        return None

    # -- selection -----------------------------------------------------------------------------

    def select(self, session_id: str, *, show: bool = True, lane: str | None = None) -> None:
        """Select a session; ``lane``: the channel lane the keyboard is on ("": the rooms;
        ``None``: kept while the same session stays selected)."""
        changed = session_id != self.selected
        if lane is None:
            lane = self.lane_focus if not changed else ""
        lane = lane if session_id else ""
        moved = lane != self.lane_focus  # the same session, from its room to a lane or back
        self.lane_focus = lane
        self.selected = session_id
        if show and session_id:
            self.ensure_visible(session_id)
        self.viewport().update()
        if changed or moved:
            self.sig_selected.emit(session_id)

    def set_related(self, ids: set[str]) -> None:
        self.related = set(ids)
        self.viewport().update()

    def ensure_visible(self, session_id: str, *, with_ids: Iterable[str] = ()) -> None:
        """Scroll so the session's block is on screen (with the blocks of ``with_ids`` too,
        when they fit). A block out of sight is brought to the left third of the view; one
        already visible stays put."""
        if self.view is None or session_id not in self.view.block_of:
            return
        spans = []
        for sid in (session_id, *with_ids):
            found = self.view.block_of.get(sid)
            if found is not None:
                block = self.view.rows[found[0]].blocks[found[1]]
                spans.append((found[0], block.start_ms, block.end_ms))
        body = self.body_rect()
        hbar, vbar = self.horizontalScrollBar(), self.verticalScrollBar()

        def x(ms: int) -> float:
            assert self.view is not None
            return (ms - self.view.start_ms) / MINUTE_MS * self.ppm

        x0, x1 = x(min(s[1] for s in spans)), x(max(s[2] for s in spans))
        if x1 - x0 > body.width():  # they do not fit together: the session itself
            x0, x1 = x(spans[0][1]), x(spans[0][2])
        if x0 < hbar.value() or x1 > hbar.value() + body.width():
            hbar.setValue(round(x0 - min(body.width() / 3, max(0.0, body.width() - (x1 - x0)) / 2)))
        y0 = self.tops[min(s[0] for s in spans)]
        y1 = self.tops[max(s[0] for s in spans) + 1]
        if y1 - y0 > body.height():
            y0, y1 = self.tops[spans[0][0]], self.tops[spans[0][0] + 1]
        if y0 < vbar.value() or y1 > vbar.value() + body.height():
            vbar.setValue(
                round(y0 - min(body.height() / 3, max(0.0, body.height() - (y1 - y0)) / 2))
            )

    def scroll_to_first(self) -> None:
        """Scroll to half an hour before the day's first session (the top stays)."""
        view = self.view
        if view is None:
            return
        starts = [b.start_ms for row in view.rows for b in row.blocks]
        first = min(starts) if starts else view.start_ms
        offset = (first - 30 * MINUTE_MS - view.start_ms) / MINUTE_MS * self.ppm
        self.horizontalScrollBar().setValue(max(0, round(offset)))

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        try:
            self.painter.paint(painter, event.rect())
        finally:
            painter.end()

    # -- mouse -------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        found = self.hit(event.position())
        on_lane = self.hit_lane(event.position()) if found is None else None
        if on_lane is not None:
            found = (on_lane[1], "time")
        if found is None:
            if self.body_rect().contains(event.position().toPoint()):
                self.select("", show=False)
            return
        session_id, mode = found
        self.select(session_id, show=False, lane=on_lane[0] if on_lane is not None else "")
        session = self.data.session(session_id)
        if not self.editable or session is None or session.placement is None:
            return
        placement = session.placement
        self.drag = Drag(
            session_id,
            mode,
            event.position().toPoint(),
            placement,
            placement.end_ms - placement.start_ms,
            grab_ms=self.ms_at(event.position().x()) - placement.start_ms,
            last=event.position().toPoint(),
        )

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        drag = self.drag
        if drag is None or not event.buttons() & Qt.MouseButton.LeftButton:
            self._hover(event.position())
            return
        drag.last = pos
        if not drag.active:
            if (pos - drag.press).manhattanLength() < QApplication.startDragDistance():
                return
            drag.active = True
            self._autoscroll.start()
        self._follow(pos)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag = self.drag
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        if drag.active:
            self._follow(event.position().toPoint())
        self._end_drag(drop=drag.active)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        found = self.hit(event.position())
        on_lane = self.hit_lane(event.position()) if found is None else None
        if on_lane is not None:
            self.select(on_lane[1], show=False, lane=on_lane[0])
            self.sig_details_requested.emit(on_lane[1])
        elif found is not None:
            self.select(found[0], show=False)
            self.sig_details_requested.emit(found[0])

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        found = self.hit(QPointF(event.pos()))
        if found is None:
            return
        self.select(found[0], show=False)
        self.sig_context_menu.emit(found[0], event.globalPos())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            # Shift+wheel scrolls sideways (through time)
            delta = event.angleDelta().y() or event.angleDelta().x()
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - delta)
            event.accept()
            return
        super().wheelEvent(event)

    def _hover(self, pos: QPointF) -> None:
        found = self.hit(pos) if self.editable else None
        if found is None and self.editable and self.hit_lane(pos) is not None:
            found = ("", "time")
        if found is None:
            self.viewport().unsetCursor()
        elif found[1] in ("start", "end"):
            self.viewport().setCursor(Qt.CursorShape.SizeHorCursor)
        else:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)

    def _candidate(self, drag: Drag, pos: QPoint) -> Placement | None:
        view = self.view
        if view is None or not view.rows:
            return None
        ms = self.ms_at(pos.x())
        origin = drag.origin
        step_origin = view.start_ms
        if drag.mode == "time":
            assert origin is not None
            length = drag.length_ms
            start = snap(ms - drag.grab_ms, step_origin)
            start = max(view.start_ms, min(start, view.end_ms - length))
            return Placement(origin.room_id, start, start + length)
        if drag.mode in ("move", "drop"):
            row = self.row_at(pos.y(), clamp=True)
            assert row is not None
            length = drag.length_ms
            start = snap(ms - drag.grab_ms, step_origin)
            start = max(view.start_ms, min(start, view.end_ms - length))
            return Placement(view.rows[row].room.id, start, start + length)
        assert origin is not None
        if drag.mode == "end":
            end = max(origin.start_ms + STEP_MS, min(snap(ms, step_origin), view.end_ms))
            return Placement(origin.room_id, origin.start_ms, end)
        start = min(origin.end_ms - STEP_MS, max(snap(ms, step_origin), view.start_ms))
        return Placement(origin.room_id, start, origin.end_ms)

    def _follow(self, pos: QPoint) -> None:
        """The drag is at ``pos``: where would it land, and what would that cause?"""
        drag = self.drag
        if drag is None:
            return
        candidate = self._candidate(drag, pos)
        if candidate == drag.candidate:
            return
        drag.candidate = candidate
        drag.conflicts = (
            self.data.preview(drag.session_id, candidate) if candidate is not None else []
        )
        self.sig_preview.emit(drag.session_id, list(drag.conflicts))
        self.viewport().update()

    def _end_drag(self, *, drop: bool) -> None:
        drag = self.drag
        self.drag = None
        self._autoscroll.stop()
        if drag is None:
            return
        if drag.active:
            self.sig_preview.emit(drag.session_id, None)
        self.viewport().update()
        if drop and drag.candidate is not None and drag.candidate != drag.origin:
            self.sig_place_requested.emit(drag.session_id, drag.candidate)

    def cancel_drag(self) -> None:
        self._end_drag(drop=False)

    def _autoscroll_tick(self) -> None:
        drag = self.drag
        if drag is None or not drag.active:
            self._autoscroll.stop()
            return
        body = self.body_rect()
        pos = drag.last
        dx = dy = 0
        if pos.x() < body.left() + AUTOSCROLL_MARGIN:
            dx = -max(4, body.left() + AUTOSCROLL_MARGIN - pos.x())
        elif pos.x() > body.right() - AUTOSCROLL_MARGIN:
            dx = max(4, pos.x() - body.right() + AUTOSCROLL_MARGIN)
        if pos.y() < body.top() + AUTOSCROLL_MARGIN:
            dy = -max(4, body.top() + AUTOSCROLL_MARGIN - pos.y())
        elif pos.y() > body.bottom() - AUTOSCROLL_MARGIN:
            dy = max(4, pos.y() - body.bottom() + AUTOSCROLL_MARGIN)
        if not (dx or dy):
            return
        hbar, vbar = self.horizontalScrollBar(), self.verticalScrollBar()
        before = (hbar.value(), vbar.value())
        hbar.setValue(hbar.value() + min(40, dx) if dx > 0 else hbar.value() + max(-40, dx))
        vbar.setValue(vbar.value() + min(40, dy) if dy > 0 else vbar.value() + max(-40, dy))
        if (hbar.value(), vbar.value()) != before:
            self._follow(pos)

    # -- drag and drop from the unscheduled list -------------------------------------------------

    def _dropped_session(self, mime: QMimeData) -> Session | None:
        if not self.editable or not mime.hasFormat(SESSION_MIME):
            return None
        session_id = bytes(mime.data(SESSION_MIME).data()).decode("utf-8", "replace")
        return self.data.session(session_id)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        session = self._dropped_session(event.mimeData())
        if session is None:
            event.ignore()
            return
        pos = event.position().toPoint()
        self.drag = Drag(
            session.id,
            "drop",
            pos,
            session.placement,
            self.data.length_ms(session),
            active=True,
            last=pos,
        )
        self._autoscroll.start()
        event.acceptProposedAction()
        self._follow(pos)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        drag = self.drag
        pos = event.position().toPoint()
        if drag is None or drag.mode != "drop":
            event.ignore()
            return
        drag.last = pos
        if not self.body_rect().contains(pos):
            event.ignore()
            return
        self._follow(pos)
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        if self.drag is not None and self.drag.mode == "drop":
            self._end_drag(drop=False)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        drag = self.drag
        if drag is None or drag.mode != "drop":
            event.ignore()
            return
        self._follow(event.position().toPoint())
        event.acceptProposedAction()
        self._end_drag(drop=True)

    # -- tooltips ----------------------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            pos = QPointF(event.pos())
            found = self.hit(pos)
            on_lane = self.hit_lane(pos) if found is None else None
            text = ""
            if found is not None:
                text = self.tooltip_for(found[0])
            elif on_lane is not None:
                text = self.slot_tooltip_for(*on_lane)
            elif pos.x() < ROOM_HEADER_W and (lane := self.lane_at(pos.y())) is not None:
                if pos.y() < TIME_HEADER_H + self.lane_tops[-1]:
                    text = self.channel_tooltip_for(self.lanes[lane].channel.id)
            elif self.view is not None and pos.x() < ROOM_HEADER_W and pos.y() > self.header_h:
                row = self.row_at(pos.y())
                if row is not None:
                    text = self.room_tooltip_for(self.view.rows[row].room.id)
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)
