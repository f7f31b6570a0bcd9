"""Painting the channel lanes of the schedule grid (``ui.schedule.channels``): the band under
the time header and the channels' names beside it.

Each slot is drawn as its session's span — tinted with the session type's colour as in the
rooms, with the slot's status as a coloured word (LIVE, TESTING, PLANNED, COMPLETE, the live
board's words and colours) and the title — between its pre-roll and post-roll, drawn as a
lighter hatched band either side. A slot in a stream conflict is outlined red (blocks the
release) or amber (a warning) with the conflict mark; where two padded windows on a channel
overlap (C6) the shared minutes are crossed in the conflict's colour across the lane. While a
session is dragged its slots are faded where they are and drawn where they would go,
outlined by what the drop would cause on that channel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen

from ui.schedule import style
from ui.schedule.channels import (
    STREAM_CODES,
    ChannelLane,
    LaneBlock,
    stream_severities,
    windows_at,
    worst,
)
from ui.schedule.paint import conflict_mark
from ui.streams.texts import StreamTexts
from wufops.models.schedule import MINUTE_MS
from wufops.models.streams import PaddedWindow

if TYPE_CHECKING:
    from ui.schedule.grid import ScheduleGrid

# a slot status's chip: background, text (the live board's colours, contrast 4.5:1 or more)
STATUS_CHIPS: dict[str, tuple[str, str]] = {
    "live": ("#dc2626", "#ffffff"),
    "testing": ("#f59e0b", "#111827"),
    "planned": ("#475569", "#ffffff"),
    "complete": ("#15803d", "#ffffff"),
}
BAND_BACKGROUND = "#f7f9fc"
LANE_STRIPE = "#eef2f7"


class LanePainter(QObject):
    """Paints the lanes of one :class:`~ui.schedule.grid.ScheduleGrid`."""

    def __init__(self, grid: ScheduleGrid) -> None:
        super().__init__(grid)
        self.g = grid
        self.texts = StreamTexts(self)
        self.chip_font = QFont(grid.font())
        self.chip_font.setPixelSize(9)
        self.chip_font.setWeight(QFont.Weight.Bold)
        self.chip_metrics = QFontMetrics(self.chip_font)
        self.title_font = QFont(grid.font())
        self.title_font.setPixelSize(11)
        self.title_font.setWeight(QFont.Weight.DemiBold)
        self.title_metrics = QFontMetrics(self.title_font)
        self.name_font = QFont(grid.font())
        self.name_font.setPixelSize(12)
        self.name_font.setWeight(QFont.Weight.DemiBold)
        self.name_metrics = QFontMetrics(self.name_font)
        self.small_font = QFont(grid.font())
        self.small_font.setPixelSize(10)
        self.small_metrics = QFontMetrics(self.small_font)

    # -- the band ------------------------------------------------------------------------------

    def paint_band(self, painter: QPainter, area: QRect) -> None:
        """The lanes inside ``area`` (a part of :meth:`ScheduleGrid.band_rect`)."""
        g = self.g
        view = g.view
        if view is None or not g.lanes or area.isEmpty():
            return
        painter.save()
        painter.setClipRect(area)
        painter.fillRect(area, QColor(BAND_BACKGROUND))
        t0 = max(view.start_ms, g.ms_at(area.left()) - MINUTE_MS)
        t1 = min(view.end_ms, g.ms_at(area.right() + 1) + MINUTE_MS)
        self._lines(painter, area, t0, t1)
        severities = stream_severities(g.data.conflicts())
        drag = g.drag
        dragged = drag.session_id if drag is not None and drag.active else ""
        for n, lane in enumerate(g.lanes):
            for block in lane.blocks:
                w = block.window
                if w.off_air_ms <= t0 or w.on_air_ms >= t1:
                    continue
                if block.session_id == dragged:
                    painter.setOpacity(0.3)
                self._slot(
                    painter,
                    n,
                    block,
                    severity=worst(severities, lane.channel.id, block.session_id),
                    selected=block.session_id == g.selected,
                    focused=block.session_id == g.selected and g.lane_focus == lane.channel.id,
                )
                painter.setOpacity(1.0)
            self._overlaps(painter, n, lane, t0, t1)
        if drag is not None and drag.active and drag.candidate is not None:
            self._ghosts(painter)
        now = g.data.context.clock.now_ms()
        if view.start_ms <= now < view.end_ms:
            x = g.x_of(now)
            painter.setPen(QPen(QColor(style.NOW_LINE), 1.5))
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom() + 1))
        painter.restore()

    def _lines(self, painter: QPainter, area: QRect, t0: int, t1: int) -> None:
        g = self.g
        assert g.view is not None
        for n in range(len(g.lanes)):
            top = g.band_rect().top() + g.lane_tops[n]
            height = g.lane_tops[n + 1] - g.lane_tops[n]
            if n % 2:
                painter.fillRect(
                    QRectF(area.left(), top, area.width(), height), QColor(LANE_STRIPE)
                )
        hour = 60 * MINUTE_MS
        tick = t0 - (t0 - g.view.start_ms) % hour
        painter.setPen(QPen(QColor(style.HOUR_LINE), 1))
        while tick <= t1:
            x = round(g.x_of(tick)) + 0.5
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom() + 1))
            tick += hour
        painter.setPen(QPen(QColor(style.HOUR_LINE), 1))
        for n in range(1, len(g.lanes)):
            y = g.band_rect().top() + g.lane_tops[n] - 0.5
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right() + 1, y))

    def _slot(
        self,
        painter: QPainter,
        lane: int,
        block: LaneBlock,
        *,
        severity: str,
        selected: bool = False,
        focused: bool = False,
        ghost: bool = False,
    ) -> None:
        g = self.g
        w = block.window
        session = g.data.session(w.session_id)
        colour = style.type_colour(session.type if session is not None else "")
        padded = g.lane_rect(lane, block, w.on_air_ms, w.off_air_ms)
        span = g.lane_rect(lane, block, w.start_ms, w.end_ms)
        # the rolls: lighter, hatched
        painter.setPen(Qt.PenStyle.NoPen)
        roll_fill = style.tint(colour, 0.92)
        if ghost:
            roll_fill.setAlpha(220)
        painter.setBrush(roll_fill)
        painter.drawRect(padded)
        painter.setBrush(QBrush(style.tint(colour, 0.55), Qt.BrushStyle.BDiagPattern))
        painter.drawRect(
            QRectF(padded.left(), padded.top(), span.left() - padded.left(), padded.height())
        )
        painter.drawRect(
            QRectF(span.right(), padded.top(), padded.right() - span.right(), padded.height())
        )
        # the session itself
        fill = style.tint(colour, 0.78)
        if ghost:
            fill.setAlpha(230)
        painter.setBrush(fill)
        painter.drawRect(span)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(style.tint(colour, 0.35), 1.0))
        painter.drawRect(padded.adjusted(0.5, 0.5, -0.5, -0.5))
        # status word, then the title
        right = span.right() - 3
        if severity:
            right -= 14
        # a slot running off the left of the view keeps its status and title in sight
        x = max(span.left() + 3, min(float(g.band_rect().left() + 4), right - 60))
        background, text = STATUS_CHIPS.get(w.status, STATUS_CHIPS["planned"])
        word = self.texts.status(w.status)
        chip_w = self.chip_metrics.horizontalAdvance(word) + 8
        chip_h = min(12.0, span.height() - 6)
        if right - x >= chip_w and chip_h >= 8:
            chip = QRectF(x, span.center().y() - chip_h / 2, chip_w, chip_h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(chip, 3, 3)
            painter.setPen(QColor(text))
            painter.setFont(self.chip_font)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, word)
            x = chip.right() + 5
        elif right - x >= 6:  # too narrow for the word: the status's colour as a bar
            painter.fillRect(QRectF(span.left(), span.top(), 4, span.height()), QColor(background))
        if right - x > 12 and session is not None:
            painter.setFont(self.title_font)
            painter.setPen(QColor(style.BLOCK_TEXT))
            title = self.title_metrics.elidedText(
                session.title, Qt.TextElideMode.ElideRight, int(right - x)
            )
            baseline = (
                span.center().y() + (self.title_metrics.ascent() - self.title_metrics.descent()) / 2
            )
            painter.drawText(QPointF(x, baseline), title)
        if severity in ("block", "warn"):
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(style.SEVERITY_COLOURS[severity]), 2.0))
            painter.drawRect(padded.adjusted(1, 1, -1, -1))
            size = min(12.0, padded.height() - 4)
            if padded.width() > size + 8 and size >= 7:
                centre = QPointF(
                    min(span.right(), padded.right()) - size / 2 - 3, padded.center().y()
                )
                conflict_mark(painter, centre, severity, size)
        if selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            pen = QPen(QColor(style.SELECTED), 2.5 if focused else 1.8)
            if not focused:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(padded.adjusted(-1, -1, 1, 1))

    def _overlaps(self, painter: QPainter, n: int, lane: ChannelLane, t0: int, t1: int) -> None:
        """C6: the minutes two padded windows share, crossed across the lane."""
        g = self.g
        top = g.band_rect().top() + g.lane_tops[n]
        height = g.lane_tops[n + 1] - g.lane_tops[n]
        for start, end, severity in lane.overlaps:
            if end <= t0 or start >= t1:
                continue
            colour = QColor(style.SEVERITY_COLOURS[severity])
            x0, x1 = g.x_of(start), g.x_of(end)
            rect = QRectF(x0, top + 1, max(3.0, x1 - x0), height - 2)
            wash = QColor(colour)
            wash.setAlpha(60)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(wash)
            painter.drawRect(rect)
            painter.setBrush(QBrush(colour, Qt.BrushStyle.DiagCrossPattern))
            painter.drawRect(rect)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(colour, 1.5))
            painter.drawRect(rect)

    def _ghosts(self, painter: QPainter) -> None:
        """The dragged session's slots where the drop would put them."""
        g = self.g
        drag = g.drag
        assert drag is not None and drag.candidate is not None
        windows: list[PaddedWindow] = windows_at(g.data.world, drag.session_id, drag.candidate)
        found: dict[str, str] = {}
        for conflict in drag.conflicts:
            if conflict.rule not in STREAM_CODES or conflict.severity not in ("block", "warn"):
                continue
            for channel_id in conflict.ids("channel") or [w.channel_id for w in windows]:
                if found.get(channel_id) != "block":
                    found[channel_id] = conflict.severity
        for window in windows:
            lane = g.lane_of(window.channel_id)
            if lane is None:
                continue
            severity = found.get(window.channel_id, "")
            block = LaneBlock(window, 0, 1)
            self._slot(painter, lane, block, severity=severity, ghost=True)
            rect = g.lane_rect(lane, block, window.on_air_ms, window.off_air_ms)
            colour = QColor(style.SEVERITY_COLOURS[severity] if severity else style.SELECTED)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(colour, 2.5))
            painter.drawRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5))

    # -- the channels' names ---------------------------------------------------------------------

    def paint_headers(self, painter: QPainter, rect: QRect) -> None:
        """The lanes' names in the left column (``rect``: beside the band)."""
        g = self.g
        if not g.lanes:
            return
        painter.save()
        painter.fillRect(rect, QColor(style.HEADER_BACKGROUND))
        painter.setClipRect(rect)
        prefix = f"{g.data.world.event.name} "
        for n, lane in enumerate(g.lanes):
            top = rect.top() + g.lane_tops[n]
            height = g.lane_tops[n + 1] - g.lane_tops[n]
            if lane.channel.id == g.lane_focus:
                painter.fillRect(QRectF(rect.left(), top, rect.width(), height), QColor("#e0ecfb"))
            # a small "on air" dot: the channel's colour is the live board's red
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#dc2626"))
            painter.drawEllipse(
                QPointF(rect.left() + 14, top + min(height, g.lane_h) / 2), 3.5, 3.5
            )
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            name = lane.channel.name
            if name.startswith(prefix) and len(name) > len(prefix):
                name = name[len(prefix) :]
            width = rect.width() - 34
            baseline = (
                top
                + (min(height, g.lane_h) + self.name_metrics.ascent() - self.name_metrics.descent())
                / 2
            )
            painter.setFont(self.name_font)
            painter.setPen(QColor(style.HEADER_TEXT))
            shown = self.name_metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QPointF(rect.left() + 24, baseline), shown)
            platform = lane.channel.platform
            used = self.name_metrics.horizontalAdvance(shown)
            if platform and width - used > 40:
                painter.setFont(self.small_font)
                painter.setPen(QColor(style.HEADER_MUTED))
                painter.drawText(
                    QPointF(rect.left() + 24 + used + 6, baseline),
                    self.small_metrics.elidedText(
                        platform, Qt.TextElideMode.ElideRight, int(width - used - 6)
                    ),
                )
            painter.setPen(QPen(QColor(style.HEADER_RULE), 1))
            painter.drawLine(
                QPointF(rect.left(), top + height - 0.5), QPointF(rect.right(), top + height - 0.5)
            )
        painter.restore()

    def paint_gap(self, painter: QPainter, rect: QRect) -> None:
        """The strip between the lanes and the rooms (the whole width)."""
        painter.fillRect(rect, QColor(style.HEADER_BACKGROUND))
        painter.setPen(QPen(QColor(style.HEADER_RULE), 1))
        painter.drawLine(
            QPointF(rect.left(), rect.top() + 0.5), QPointF(rect.right() + 1, rect.top() + 0.5)
        )
        painter.drawLine(
            QPointF(rect.left(), rect.bottom() + 0.5),
            QPointF(rect.right() + 1, rect.bottom() + 0.5),
        )
