"""Drawing one session block, and the marks on it.

A block shows its type by colour *and* a two-letter marker, its status by its outline
(draft: dashed; scheduled: solid; released: solid with a check mark; cancelled: greyed,
hatched and struck through), and its worst conflict by a mark drawn at any size — a red
disc for a conflict that blocks the release, an amber triangle for a warning — and an
outline of that colour. Short blocks keep the mark (pretalx #736: warnings too small to
see). Text is the title (elided), then the time when the block is tall enough.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QStaticText,
)

from ui.schedule import style

MARK = 12.0


@dataclass
class Fonts:
    title: QFont
    small: QFont
    marker: QFont
    title_metrics: QFontMetrics
    small_metrics: QFontMetrics
    marker_metrics: QFontMetrics

    @classmethod
    def make(cls, base: QFont) -> Fonts:
        title = QFont(base)
        title.setPixelSize(12)
        title.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        small.setPixelSize(11)
        marker = QFont(base)
        marker.setPixelSize(9)
        marker.setWeight(QFont.Weight.Bold)
        return cls(
            title, small, marker, QFontMetrics(title), QFontMetrics(small), QFontMetrics(marker)
        )


def conflict_mark(painter: QPainter, centre: QPointF, severity: str, size: float = MARK) -> None:
    """A red disc (blocks the release) or an amber triangle (warning), with a "!"."""
    colour = QColor(style.SEVERITY_COLOURS.get(severity, style.SEVERITY_COLOURS["warn"]))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor("#ffffff"), 1.2))
    painter.setBrush(colour)
    half = size / 2
    if severity == "block":
        painter.drawEllipse(centre, half, half)
    else:
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(centre.x(), centre.y() - half - 1),
                    QPointF(centre.x() + half + 1, centre.y() + half),
                    QPointF(centre.x() - half - 1, centre.y() + half),
                ]
            )
        )
    painter.setPen(QPen(QColor("#ffffff"), 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    top = centre.y() - half * 0.45
    painter.drawLine(QPointF(centre.x(), top), QPointF(centre.x(), centre.y() + half * 0.15))
    painter.drawPoint(QPointF(centre.x(), centre.y() + half * 0.5))
    painter.restore()


def check_mark(painter: QPainter, at: QPointF, colour: QColor, size: float = 9.0) -> None:
    """A check mark (the session is in a release)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(
        QPen(colour, 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    )
    path = QPainterPath(QPointF(at.x(), at.y() + size * 0.55))
    path.lineTo(QPointF(at.x() + size * 0.35, at.y() + size * 0.9))
    path.lineTo(QPointF(at.x() + size, at.y() + size * 0.1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.restore()


def star(painter: QPainter, centre: QPointF, radius: float, colour: QColor) -> None:
    """A five-pointed star (a favourite room)."""
    points = []
    for k in range(10):
        r = radius if k % 2 == 0 else radius * 0.45
        angle = -math.pi / 2 + k * math.pi / 5
        points.append(QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle)))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF(points))
    painter.restore()


class BlockLook:
    """What a block says and its colours, made once per session and kept until the session
    changes; the texts elided to a width are kept too, so a repaint (a scroll, a drag frame)
    lays out no text again."""

    __slots__ = ("_texts", "chip", "edge", "fill", "marker", "status", "time", "title", "type")

    def __init__(self, title: str, marker: str, time: str, session_type: str, status: str) -> None:
        self.title = title
        self.marker = marker
        self.time = time
        self.type = session_type
        self.status = status
        colour = style.type_colour(session_type)
        if status == "cancelled":
            self.fill, self.edge, self.chip = (
                QColor("#eef0f3"),
                QColor("#9aa5b1"),
                QColor("#9aa5b1"),
            )
        elif status == "draft":
            self.fill, self.edge, self.chip = style.tint(colour, 0.93), colour, colour
        else:
            self.fill, self.edge, self.chip = (
                style.tint(colour, 0.84),
                style.tint(colour, 0.35),
                colour,
            )
        self._texts: dict[tuple[int, int], QStaticText] = {}

    def text(self, which: int, metrics: QFontMetrics, width: int) -> QStaticText:
        """The title (0), time (1) or marker (2) elided to ``width``, laid out once."""
        key = (which, width)
        found = self._texts.get(key)
        if found is None:
            source = (self.title, self.time, self.marker)[which]
            found = QStaticText(metrics.elidedText(source, Qt.TextElideMode.ElideRight, width))
            found.setTextFormat(Qt.TextFormat.PlainText)
            found.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
            if len(self._texts) > 24:  # zoomed many times: keep the cache small
                self._texts.clear()
            self._texts[key] = found
        return found


_WHITE = QColor("#ffffff")
_TEXT = QColor(style.BLOCK_TEXT)
_MUTED = QColor(style.BLOCK_MUTED)
_GREY_TEXT = QColor("#64748b")
_CANCELLED_HATCH = QBrush(QColor("#cfd5dc"), Qt.BrushStyle.BDiagPattern)
_SEVERITY = {k: QColor(v) for k, v in style.SEVERITY_COLOURS.items()}


def paint_block(
    painter: QPainter,
    rect: QRectF,
    look: BlockLook,
    fonts: Fonts,
    *,
    severity: str = "",
    selected: bool = False,
    related: bool = False,
    ghost: bool = False,
    text_left: float | None = None,
) -> None:
    """Draw a block in ``rect``; ``text_left``: where its text may start at the earliest
    (a block running off the left of the view keeps its title in sight)."""
    cancelled = look.status == "cancelled"
    draft = look.status == "draft"
    fill = look.fill
    if ghost:
        fill = QColor(fill)
        fill.setAlpha(215)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRect(rect)
    if cancelled:
        painter.setBrush(_CANCELLED_HATCH)
        painter.drawRect(rect)
    painter.setBrush(look.chip)
    painter.drawRect(QRectF(rect.x(), rect.y(), min(4.0, rect.width()), rect.height()))

    # outline: status, then the conflict's colour over it
    pen = QPen(look.edge, 1.0)
    if draft:
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidthF(1.3)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(pen)
    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
    conflicted = severity in ("block", "warn")
    if conflicted:
        painter.setPen(QPen(_SEVERITY[severity], 2.0))
        painter.drawRect(rect.adjusted(1, 1, -1, -1))

    width, height = rect.width(), rect.height()
    right = rect.right() - 4
    mark_room = MARK + 6 if conflicted else 0.0
    x = rect.x() + 8
    if text_left is not None and text_left > x:
        x = min(text_left + 4, right - 60)
    text_x = x
    y = rect.y()
    one_line = height < 34
    if width >= 34:
        marker = look.text(2, fonts.marker_metrics, 40)
        chip_w = marker.size().width() + 8
        chip = QRectF(x, y + (height - 14) / 2 if one_line else y + 5, chip_w, 14)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(look.chip)
        painter.drawRoundedRect(chip, 3, 3)
        painter.setPen(_WHITE)
        painter.setFont(fonts.marker)
        painter.drawStaticText(
            QPointF(chip.x() + 4, chip.y() + (14 - marker.size().height()) / 2), marker
        )
        x = chip.right() + 6
    room = right - mark_room - x
    title_metrics = fonts.title_metrics
    if room > 8:
        painter.setFont(fonts.title)
        painter.setPen(_GREY_TEXT if cancelled else _TEXT)
        title = look.text(0, title_metrics, int(room))
        top = (
            y + (height - title_metrics.height()) / 2
            if one_line
            else y + 5 + 14 - 3 - title_metrics.ascent()
        )
        painter.drawStaticText(QPointF(x, top), title)
        if cancelled and title.text():
            painter.setPen(QPen(_GREY_TEXT, 1.2))
            strike = top + title_metrics.ascent() * 0.65
            painter.drawLine(QPointF(x, strike), QPointF(x + title.size().width(), strike))
    if not one_line and width > 40:
        small = fonts.small_metrics
        line_top = y + 5 + 14 + 4
        if line_top + small.height() <= rect.bottom():
            painter.setFont(fonts.small)
            painter.setPen(_MUTED)
            time = look.text(1, small, int(right - text_x - 14))
            painter.drawStaticText(QPointF(text_x, line_top), time)
            if look.status == "released":
                check_mark(
                    painter,
                    QPointF(text_x + time.size().width() + 5, line_top + small.ascent() - 8),
                    QColor(style.GOOD),
                )
    elif look.status == "released" and width > 24:
        check_mark(painter, QPointF(rect.right() - mark_room - 14, y + 3), QColor(style.GOOD), 7)
    if conflicted:
        size = min(MARK, max(8.0, height - 6))
        centre = QPointF(
            max(rect.x() + size / 2 + 1, rect.right() - size / 2 - 4),
            rect.y() + size / 2 + 3 if not one_line else rect.center().y(),
        )
        conflict_mark(painter, centre, severity, size)
    if related:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(style.RELATED), 2.0, Qt.PenStyle.DashLine))
        painter.drawRect(rect.adjusted(-1, -1, 1, 1))
    if selected:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(style.SELECTED), 2.5))
        painter.drawRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5))
