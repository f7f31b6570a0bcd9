"""A provider's day drawn in a table cell: their work as blocks on the hours of the day (sign
language blue, captions violet; a locked slot outlined thick and marked ⚑), travel between
rooms as a striped bar (red when shorter than the travel buffer), a rest as a gap, and a
continuous stretch longer than the rule underlined red. Every block also carries its room
in text where it fits, so nothing is told by colour alone; the cell's tooltip lists the day
in words.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.access.models import TIMELINE_ROLE
from wufops.access.plan import AccessPlan
from wufops.access.timeline import TimelineDay

# the hours a day row spans (local time)
FIRST_HOUR, LAST_HOUR = 7, 21
SERVICE_COLOURS = {"sign_language": "#2563eb", "captions": "#7c3aed"}


class TimelineDelegate(QStyledItemDelegate):
    def __init__(self, plan_of: object, rooms: dict[str, str], parent: QWidget | None = None
                 ) -> None:  # fmt: skip
        super().__init__(parent)
        # a callable giving the current plan (the workspace reloads it)
        self._plan_of = plan_of
        self._rooms = rooms

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                 ) -> QSize:  # fmt: skip
        return QSize(480, 40)

    def _x(self, rect: QRectF, plan: AccessPlan, ms: int) -> float:
        local = datetime.fromtimestamp(ms / 1000, plan.days.zone)
        hours = local.hour + local.minute / 60 - FIRST_HOUR
        span = LAST_HOUR - FIRST_HOUR
        return rect.left() + rect.width() * max(0.0, min(1.0, hours / span))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:  # fmt: skip
        day = index.data(TIMELINE_ROLE)
        plan: AccessPlan = self._plan_of()  # type: ignore[operator]
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        rect = QRectF(option.rect).adjusted(14, 3, -14, -3)
        # hour ticks, every other hour named, under the bar
        small = painter.font()
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.7))
        painter.setFont(small)
        painter.setPen(QPen(QColor("#94a3b8"), 1))
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            x = rect.left() + rect.width() * (hour - FIRST_HOUR) / (LAST_HOUR - FIRST_HOUR)
            painter.drawLine(int(x), int(rect.bottom() - 13), int(x), int(rect.bottom() - 10))
            if hour % 2 == 1:
                label = QRectF(x - 14, rect.bottom() - 10, 28, 10)
                painter.drawText(label, Qt.AlignmentFlag.AlignCenter, f"{hour:02d}")
        rect = rect.adjusted(0, 0, 0, -12)
        if isinstance(day, TimelineDay):
            self._paint_day(painter, rect, plan, day, option.font)
        painter.restore()

    def _paint_day(self, painter: QPainter, rect: QRectF, plan: AccessPlan, day: TimelineDay,
                   option_font: QFont) -> None:  # fmt: skip
        bar = rect.adjusted(0, 0, 0, -5)
        travel_ms = plan.settings.travel_min * 60_000
        by_slot = {w.slot_id: w for w in day.works}
        for before, after, minutes in day.travels:
            a, b = by_slot.get(before), by_slot.get(after)
            if a is None or b is None:
                continue
            x0, x1 = self._x(bar, plan, a.end_ms), self._x(bar, plan, b.start_ms)
            short = minutes * 60_000 < travel_ms
            colour = QColor("#dc2626" if short else "#64748b")
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
            painter.drawRect(QRectF(x0, bar.top() + bar.height() / 3, max(2.0, x1 - x0),
                                    bar.height() / 3))  # fmt: skip
        for work in day.works:
            x0, x1 = self._x(bar, plan, work.start_ms), self._x(bar, plan, work.end_ms)
            block = QRectF(x0, bar.top(), max(3.0, x1 - x0), bar.height())
            colour = QColor(SERVICE_COLOURS.get(work.service, "#475569"))
            if work.role == "feed":
                colour = colour.lighter(140)
            painter.setBrush(colour)
            painter.setPen(QPen(QColor("#0f172a"), 2.5 if work.locked else 0.8))
            painter.drawRoundedRect(block, 3, 3)
            label = ("⚑ " if work.locked else "") + self._rooms.get(work.room_id, "")
            painter.setPen(QColor("#ffffff"))
            painter.setFont(option_font)
            metrics = painter.fontMetrics()
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(block.width()) - 4)
            painter.drawText(block.adjusted(3, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter, text)
        cap_ms = plan.settings.max_continuous_min * 60_000
        painter.setPen(QPen(QColor("#dc2626"), 3))
        for start, end in day.stretches:
            if end - start > cap_ms:
                y = rect.bottom() - 2
                painter.drawLine(int(self._x(bar, plan, start)), int(y),
                                 int(self._x(bar, plan, end)), int(y))  # fmt: skip


class ChipDelegate(QStyledItemDelegate):
    """A cell drawn on its model's ``BackgroundRole`` colour as a rounded chip: the desk's
    style sheet styles table items, which makes Qt ignore that role otherwise."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:  # fmt: skip
        colour = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(colour, QColor) and not option.state & QStyle.StateFlag.State_Selected:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(option.rect).adjusted(2, 3, -2, -3), 5, 5)
            painter.restore()
        super().paint(painter, option, index)
