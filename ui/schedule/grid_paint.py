"""Painting the schedule grid: the body (rows, closed hours, time lines, session blocks,
the "now" line, the block being dragged where it would land) and the sticky headers (times
on top, rooms on the left, the day in the corner), only inside the area asked for.

:meth:`GridPainter.paint` is what the grid's ``paintEvent`` calls, and what the repaint
benchmark times (``benchmarks/bench_schedule_grid.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPixmap

from ui.language import number
from ui.schedule import style
from ui.schedule.lane_paint import LanePainter
from ui.schedule.layout import Block
from ui.schedule.paint import BlockLook, Fonts, paint_block, star
from ui.schedule.style import type_marker
from wufops.models.schedule import MINUTE_MS, Session

if TYPE_CHECKING:
    from ui.schedule.grid import Drag, ScheduleGrid

ROOM_HEADER_W = 200
TIME_HEADER_H = 38


def _hatch() -> QBrush:
    """Closed hours: a grey tile with diagonal lines (a texture brush fills fast)."""
    tile = QPixmap(12, 12)
    tile.fill(QColor(style.UNAVAILABLE))
    painter = QPainter(tile)
    painter.setPen(QPen(QColor(style.UNAVAILABLE_HATCH), 1))
    painter.drawLine(0, 11, 11, 0)
    painter.end()
    return QBrush(tile)


class GridPainter(QObject):
    """Paints one :class:`~ui.schedule.grid.ScheduleGrid` (see the module docstring)."""

    def __init__(self, grid: ScheduleGrid) -> None:
        super().__init__(grid)
        self.g = grid
        self.fonts = Fonts.make(grid.font())
        self._looks: dict[str, tuple[Session, BlockLook]] = {}
        self._header_font = QFont(grid.font())
        self._header_font.setPixelSize(12)
        self._header_bold = QFont(self._header_font)
        self._header_bold.setWeight(QFont.Weight.DemiBold)
        self._header_small = QFont(grid.font())
        self._header_small.setPixelSize(11)
        self._closed_brush = _hatch()
        self.lanes = LanePainter(grid)

    def forget(self, session_ids: frozenset[str] | None = None) -> None:
        """Drop the drawn text of changed sessions (all when ``None``)."""
        if session_ids is None:
            self._looks.clear()
        else:
            for session_id in session_ids:
                self._looks.pop(session_id, None)

    def look(self, session: Session) -> BlockLook:
        cached = self._looks.get(session.id)
        if cached is not None and cached[0] is session:
            return cached[1]
        placement = session.placement
        time = (
            self.g.data.clock.short_span(placement.start_ms, placement.end_ms) if placement else ""
        )
        made = BlockLook(
            session.title, type_marker(session.type), time, session.type, session.status
        )
        self._looks[session.id] = (session, made)
        return made

    def paint(self, painter: QPainter, clip: QRect) -> None:
        """Everything in ``clip`` (viewport coordinates): body, then the sticky headers."""
        vp = self.g.viewport().rect()
        painter.fillRect(clip, QColor(style.GRID_BACKGROUND))
        if self.g.view is None:
            return
        body = self.g.body_rect()
        painter.save()
        painter.setClipRect(body.intersected(clip))
        self._paint_body(painter, body.intersected(clip))
        painter.restore()
        band = self.g.band_rect()
        if not band.isEmpty():
            self.lanes.paint_band(painter, band.intersected(clip))
            self.lanes.paint_headers(painter, QRect(0, band.top(), ROOM_HEADER_W, band.height()))
            gap = QRect(0, band.bottom() + 1, vp.width(), self.g.header_h - band.bottom() - 1)
            self.lanes.paint_gap(painter, gap)
        self._paint_time_header(
            painter, QRect(ROOM_HEADER_W, 0, vp.width() - ROOM_HEADER_W, TIME_HEADER_H)
        )
        top = self.g.header_h
        self._paint_room_header(painter, QRect(0, top, ROOM_HEADER_W, vp.height() - top))
        self._paint_corner(painter, QRect(0, 0, ROOM_HEADER_W, TIME_HEADER_H))

    def _paint_body(self, painter: QPainter, area: QRect) -> None:
        view = self.g.view
        assert view is not None
        t0 = max(view.start_ms, self.g.ms_at(area.left()) - MINUTE_MS)
        t1 = min(view.end_ms, self.g.ms_at(area.right() + 1) + MINUTE_MS)
        day_right = self.g.x_of(view.end_ms)
        rows = self.g.visible_rows(area.top(), area.bottom())
        closed_brush = self._closed_brush
        stripe = QColor(style.ROW_STRIPE)
        painter.setPen(Qt.PenStyle.NoPen)
        for r in rows:
            top = self.g.row_top(r)
            height = self.g.tops[r + 1] - self.g.tops[r]
            if r % 2:
                painter.fillRect(QRectF(area.left(), top, area.width(), height), stripe)
            for start, end in view.rows[r].closed:
                if end <= t0 or start >= t1:
                    continue
                span = QRectF(
                    self.g.x_of(start), top, self.g.x_of(end) - self.g.x_of(start), height
                )
                painter.fillRect(span, closed_brush)
        if day_right < area.right():
            painter.fillRect(
                QRectF(day_right, area.top(), area.right() - day_right + 1, area.height()),
                QColor(style.UNAVAILABLE),
            )
        # time lines
        step = 15 if 15 * self.g.ppm >= 10 else 60
        first = t0 - (t0 - view.start_ms) % (step * MINUTE_MS)
        hour_pen = QPen(QColor(style.HOUR_LINE), 1)
        quarter_pen = QPen(QColor(style.QUARTER_LINE), 1)
        midnight_pen = QPen(QColor(style.MIDNIGHT_LINE), 1.5)
        tick = first
        while tick <= t1:
            x = round(self.g.x_of(tick)) + 0.5
            local = self.g.data.clock.moment(tick).time()
            if local.hour() == 0 and local.minute() == 0:
                painter.setPen(midnight_pen)
            elif local.minute() == 0:
                painter.setPen(hour_pen)
            else:
                painter.setPen(quarter_pen)
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom() + 1))
            tick += step * MINUTE_MS
        painter.setPen(QPen(QColor(style.HOUR_LINE), 1))
        for r in rows:
            y = self.g.row_top(r) + self.g.tops[r + 1] - self.g.tops[r] - 0.5
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right() + 1, y))
        # sessions
        sessions = self.g.data.world.sessions
        worst = self.g.data.worst
        drag = self.g.drag
        dragged = drag.session_id if drag is not None and drag.active else ""
        for r in rows:
            for block in view.rows[r].blocks:
                if block.end_ms <= t0 or block.start_ms >= t1:
                    continue
                session = sessions.get(block.session_id)
                if session is None:
                    continue
                rect = self.g.rect_of(r, block)
                if block.session_id == dragged:
                    painter.setOpacity(0.3)
                paint_block(
                    painter,
                    rect,
                    self.look(session),
                    self.fonts,
                    severity=worst.get(block.session_id, ""),
                    selected=block.session_id == self.g.selected,
                    related=block.session_id in self.g.related,
                    text_left=ROOM_HEADER_W,
                )
                if block.session_id == dragged:
                    painter.setOpacity(1.0)
        self._paint_now(painter, area)
        if drag is not None and drag.active and drag.candidate is not None:
            self._paint_ghost(painter, drag)

    def _paint_now(self, painter: QPainter, area: QRect) -> None:
        assert self.g.view is not None
        now = self.g.data.context.clock.now_ms()
        if not self.g.view.start_ms <= now < self.g.view.end_ms:
            return
        x = self.g.x_of(now)
        if area.left() <= x <= area.right():
            painter.setPen(QPen(QColor(style.NOW_LINE), 1.5))
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom() + 1))

    def _paint_ghost(self, painter: QPainter, drag: Drag) -> None:
        view = self.g.view
        candidate = drag.candidate
        assert view is not None and candidate is not None
        row = view.row_of.get(candidate.room_id)
        session = self.g.data.session(drag.session_id)
        if row is None or session is None:
            return
        rect = self.g.rect_of(row, Block(drag.session_id, candidate.start_ms, candidate.end_ms))
        severity = drag.severity
        paint_block(
            painter,
            rect,
            BlockLook(
                session.title,
                type_marker(session.type),
                self.g.data.clock.short_span(candidate.start_ms, candidate.end_ms),
                session.type,
                session.status,
            ),
            self.fonts,
            severity=severity,
            ghost=True,
        )
        colour = QColor(style.SEVERITY_COLOURS[severity] if severity else style.SELECTED)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, 2.5))
        painter.drawRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5))
        # where and when it would land, in a bubble above the block
        room = view.rows[row].room.name
        label = f"{room} · {self.g.data.clock.short_span(candidate.start_ms, candidate.end_ms)}"
        if drag.conflicts:
            label += " · " + self.tr("%n conflict(s)", "", len(drag.conflicts))
        metrics = self.fonts.small_metrics
        width = metrics.horizontalAdvance(label) + 14
        bubble = QRectF(rect.left(), rect.top() - 22, width, 19)
        if bubble.top() < self.g.header_h:
            bubble.moveTop(rect.bottom() + 3)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.drawRoundedRect(bubble, 4, 4)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(self.fonts.small)
        painter.drawText(bubble, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_time_header(self, painter: QPainter, rect: QRect) -> None:
        view = self.g.view
        assert view is not None
        painter.fillRect(rect, QColor(style.HEADER_BACKGROUND))
        painter.save()
        painter.setClipRect(rect)
        t0 = max(view.start_ms, self.g.ms_at(rect.left()) - 120 * MINUTE_MS)
        t1 = min(view.end_ms, self.g.ms_at(rect.right()) + MINUTE_MS)
        label_every = 60 if 60 * self.g.ppm >= 52 else 120
        step = 15 if 15 * self.g.ppm >= 10 else 60
        tick = t0 - (t0 - view.start_ms) % (step * MINUTE_MS)
        bottom = rect.bottom()
        clock = self.g.data.clock
        while tick <= t1:
            x = round(self.g.x_of(tick)) + 0.5
            local = clock.moment(tick).time()
            minute_of_day = local.hour() * 60 + local.minute()
            if local.minute() == 0:
                painter.setPen(QPen(QColor(style.HEADER_RULE), 1))
                painter.drawLine(QPointF(x, bottom - 9), QPointF(x, bottom))
                if minute_of_day % label_every == 0:
                    if minute_of_day == 0:
                        painter.setFont(self._header_bold)
                        painter.setPen(QColor(style.HEADER_TEXT))
                        text = clock.day(clock.moment(tick).date().toPython())
                    else:
                        painter.setFont(self._header_font)
                        painter.setPen(QColor(style.HEADER_TEXT))
                        text = clock.time(tick)
                    painter.drawText(QPointF(x + 5, rect.top() + 20), text)
            else:
                painter.setPen(QPen(QColor(style.HEADER_RULE), 1))
                painter.drawLine(QPointF(x, bottom - 4), QPointF(x, bottom))
            tick += step * MINUTE_MS
        now = self.g.data.context.clock.now_ms()
        if view.start_ms <= now < view.end_ms:
            x = self.g.x_of(now)
            painter.setPen(QPen(QColor(style.NOW_LINE), 1.5))
            painter.drawLine(QPointF(x, rect.top() + 26), QPointF(x, bottom))
        painter.restore()
        painter.setPen(QPen(QColor(style.HEADER_RULE), 1))
        painter.drawLine(
            QPointF(rect.left(), bottom + 0.5), QPointF(rect.right() + 1, bottom + 0.5)
        )

    def _paint_room_header(self, painter: QPainter, rect: QRect) -> None:
        view = self.g.view
        assert view is not None
        painter.fillRect(rect, QColor(style.HEADER_BACKGROUND))
        painter.save()
        painter.setClipRect(rect)
        rows = self.g.visible_rows(rect.top(), rect.bottom())
        bold_metrics = self.fonts.title_metrics
        small_metrics = self.fonts.small_metrics
        selected_row = -1
        if self.g.selected:
            found = view.block_of.get(self.g.selected)
            selected_row = found[0] if found is not None else -1
        for r in rows:
            room = view.rows[r].room
            top = self.g.row_top(r)
            height = self.g.tops[r + 1] - self.g.tops[r]
            if r == selected_row:
                painter.fillRect(QRectF(rect.left(), top, rect.width(), height), QColor("#e0ecfb"))
            x = rect.left() + 12
            width = rect.width() - 24
            favourite = room.id in self.g.favourites
            if favourite:
                star(painter, QPointF(rect.right() - 12, top + 15), 6, QColor("#d97706"))
                width -= 14
            painter.setFont(self.fonts.title)
            painter.setPen(QColor(style.HEADER_TEXT))
            compact = self.g.base_h < self.g.ROW_H
            name_y = (
                top + (height + bold_metrics.ascent() - bold_metrics.descent()) / 2
                if compact
                else top + 20
            )
            painter.drawText(
                QPointF(x, name_y),
                bold_metrics.elidedText(room.name, Qt.TextElideMode.ElideRight, width),
            )
            if not compact:
                painter.setFont(self.fonts.small)
                painter.setPen(QColor(style.HEADER_MUTED))
                detail = self.tr("%1 seats").replace("%1", number(room.capacity))
                if room.floor:
                    detail += f" · {room.floor}"
                painter.drawText(
                    QPointF(x, top + 37),
                    small_metrics.elidedText(detail, Qt.TextElideMode.ElideRight, width),
                )
            painter.setPen(QPen(QColor(style.HEADER_RULE), 1))
            painter.drawLine(
                QPointF(rect.left(), top + height - 0.5), QPointF(rect.right(), top + height - 0.5)
            )
        painter.restore()
        painter.setPen(QPen(QColor(style.HEADER_RULE), 1))
        painter.drawLine(
            QPointF(rect.right() + 0.5, rect.top()), QPointF(rect.right() + 0.5, rect.bottom() + 1)
        )

    def _paint_corner(self, painter: QPainter, rect: QRect) -> None:
        view = self.g.view
        assert view is not None
        painter.fillRect(rect, QColor(style.HEADER_BACKGROUND))
        painter.setFont(self._header_bold)
        painter.setPen(QColor(style.HEADER_TEXT))
        painter.drawText(
            QPointF(rect.left() + 12, rect.top() + 16), self.g.data.clock.day(view.day)
        )
        painter.setFont(self._header_small)
        painter.setPen(QColor(style.HEADER_MUTED))
        painter.drawText(
            QPointF(rect.left() + 12, rect.top() + 31),
            self.tr("%n room(s)", "", len(view.rows)) + " · " + self.g.data.clock.zone.key,
        )
        painter.setPen(QPen(QColor(style.HEADER_RULE), 1))
        painter.drawLine(
            QPointF(rect.right() + 0.5, rect.top()), QPointF(rect.right() + 0.5, rect.bottom() + 1)
        )
        painter.drawLine(
            QPointF(rect.left(), rect.bottom() + 0.5),
            QPointF(rect.right() + 1, rect.bottom() + 0.5),
        )
