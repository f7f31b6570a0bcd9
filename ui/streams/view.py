"""How the live board looks: big type, high contrast, every state a colour *and* a word.

:class:`BoardView` is a table of channels that fills its height (rows share it, so the same
board reads on a laptop and across a room on a wall screen), takes the board's keys — Up/Down
or 1–9 choose a channel; T, L, C, P ask for a status (:attr:`BoardView.sig_status`); F11 asks
for the wall screen (:attr:`BoardView.sig_wall`) — and paints each cell with
:class:`BoardDelegate`: its main line, a smaller line, and chips (LIVE on red, TESTING on
amber, LATE on yellow…). Text sizes follow the row height.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ui.streams.model import CELL_ROLE, STATE_ROLE, Cell

BOARD_BG = QColor("#0b1220")
BOARD_ALT = QColor("#111a2e")
TEXT = QColor("#ffffff")
SOFT = QColor("#cbd5e1")
SELECTED = QColor("#38bdf8")
#: chip kind -> (background, text): contrast ≥ 4.5:1 everywhere
CHIPS: dict[str, tuple[str, str]] = {
    "live": ("#dc2626", "#ffffff"),
    "testing": ("#f59e0b", "#111827"),
    "planned": ("#334155", "#ffffff"),
    "complete": ("#15803d", "#ffffff"),
    "off_air": ("#1e293b", "#cbd5e1"),
    "late": ("#facc15", "#111827"),
    "overrun": ("#f97316", "#111827"),
    "clash": ("#e879f9", "#111827"),
    "missing": ("#fbbf24", "#111827"),
    "closed": ("#f87171", "#111827"),
    "key": ("#e2e8f0", "#0b1220"),
}
#: the stripe at the left of a row, by state
STRIPES = {
    "live": "#dc2626",
    "testing": "#f59e0b",
    "planned": "#64748b",
    "complete": "#15803d",
    "off_air": "#1e293b",
}
#: share of the table's width each column takes
COLUMN_SHARES = (0.18, 0.18, 0.28, 0.22, 0.14)
MIN_ROW = 64


class BoardDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        cell = index.data(CELL_ROLE)
        if not isinstance(cell, Cell):
            return
        rect: QRect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(rect, BOARD_ALT if index.row() % 2 else BOARD_BG)
        height = rect.height()
        stripe = max(6, height // 10) if index.column() == 0 else 0
        if stripe:
            state = str(index.data(STATE_ROLE) or "off_air")
            band = QRect(rect.left(), rect.top(), stripe, rect.height())
            painter.fillRect(band, QColor(STRIPES.get(state, "#1e293b")))
        pad = max(8, height // 8)
        left = rect.left() + pad + stripe
        right = rect.right() - pad
        main_font = _font(painter, max(15, round(height * 0.27)), bold=True)
        small_font = _font(painter, max(12, round(height * 0.19)), bold=False)
        chip_font = _font(painter, max(12, round(height * 0.21)), bold=True)
        lines = (
            max(QFontMetrics(main_font).height(), _chip_height(chip_font, height)),
            max(QFontMetrics(small_font).height(), _chip_height(chip_font, height)),
        )
        gap = max(2, height // 24)
        top = rect.top() + max(2, (height - lines[0] - lines[1] - gap) // 2)
        second = top + lines[0] + gap
        x = _chips(
            painter, cell.chips, font=chip_font, x=left, top=top, line=lines[0], right=right,
            row_height=height,
        )  # fmt: skip
        _text(
            painter, cell.primary, font=main_font, colour=TEXT, x=x, top=top, right=right,
            line=lines[0],
        )  # fmt: skip
        x = _chips(
            painter, cell.alerts, font=chip_font, x=left, top=second, line=lines[1], right=right,
            row_height=height,
        )  # fmt: skip
        _text(
            painter, cell.secondary, font=small_font, colour=SOFT, x=x, top=second, right=right,
            line=lines[1],
        )  # fmt: skip
        if option.state & QStyle.StateFlag.State_Selected:
            pen = QPen(SELECTED, max(3, height // 20))
            painter.setPen(pen)
            half = pen.width() // 2
            painter.drawLine(rect.left(), rect.top() + half, rect.right(), rect.top() + half)
            painter.drawLine(rect.left(), rect.bottom() - half, rect.right(), rect.bottom() - half)
            if index.column() == 0:
                painter.drawLine(rect.left() + half, rect.top(), rect.left() + half, rect.bottom())
            if index.column() == index.model().columnCount() - 1:
                painter.drawLine(
                    rect.right() - half, rect.top(), rect.right() - half, rect.bottom()
                )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(160, MIN_ROW)


def _font(painter: QPainter, pixels: int, *, bold: bool) -> QFont:
    font = QFont(painter.font())
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def _chip_height(font: QFont, row_height: int) -> int:
    return QFontMetrics(font).height() + max(4, row_height // 14)


def _chips(
    painter: QPainter,
    chips: tuple[tuple[str, str], ...],
    *,
    font: QFont,
    x: int,
    top: int,
    line: int,
    right: int,
    row_height: int,
) -> int:
    """Draw chips from ``x`` on a line of height ``line``; returns where the text goes on.
    A chip that does not fit whole is not drawn (nor any after it)."""
    metrics = QFontMetrics(font)
    height = _chip_height(font, row_height)
    y = top + (line - height) // 2
    for text, kind in chips:
        width = metrics.horizontalAdvance(text) + height // 2 + 8
        if x + width > right:
            break
        background, foreground = CHIPS.get(kind, ("#334155", "#ffffff"))
        box = QRectF(x, y, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(box, height / 4, height / 4)
        painter.setPen(QColor(foreground))
        painter.setFont(font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        x += width + max(6, row_height // 12)
    return x


def _text(
    painter: QPainter,
    text: str,
    *,
    font: QFont,
    colour: QColor,
    x: int,
    top: int,
    right: int,
    line: int,
) -> None:
    if not text or x >= right:
        return
    painter.setFont(font)
    painter.setPen(colour)
    room = right - x
    shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, room)
    painter.drawText(
        QRect(x, top, room, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown
    )


class BoardView(QTableView):
    sig_status = Signal(str)
    """A status key was pressed on the selected channel: ``testing``, ``live``, ``complete``,
    ``planned``."""

    sig_wall = Signal()
    """F11: show (or leave) the wall screen."""

    KEYS: ClassVar[dict[Qt.Key, str]] = {
        Qt.Key.Key_T: "testing",
        Qt.Key.Key_L: "live",
        Qt.Key.Key_C: "complete",
        Qt.Key.Key_P: "planned",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("streamBoard")
        self.setItemDelegate(BoardDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)

    def select_row(self, row: int) -> None:
        model = self.model()
        if model is not None and 0 <= row < model.rowCount():
            self.selectRow(row)
            self.setCurrentIndex(model.index(row, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_F11:
            self.sig_wall.emit()
            return
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.select_row(int(key) - int(Qt.Key.Key_1))
            return
        status = self.KEYS.get(Qt.Key(key))
        if status is not None and not event.isAutoRepeat():
            self.sig_status.emit(status)
            return
        super().keyPressEvent(event)

    def fit(self) -> None:
        """Share the height between the rows (at least :data:`MIN_ROW` each) and the width
        between the columns."""
        model = self.model()
        if model is None:
            return
        rows = max(1, model.rowCount(), 8)
        room = self.viewport().height()
        height = max(MIN_ROW, room // rows)
        for row in range(model.rowCount()):
            self.setRowHeight(row, height)
        width = self.viewport().width()
        used = 0
        for column, share in enumerate(COLUMN_SHARES):
            size = width - used if column == len(COLUMN_SHARES) - 1 else int(width * share)
            self.setColumnWidth(column, size)
            used += size
        # a style sheet sets the app's fonts, so the header's size is set the same way
        size = max(13, height // 5)
        sheet = f"QHeaderView::section {{ font-size: {size}px; font-weight: 700; }}"
        if self.horizontalHeader().styleSheet() != sheet:
            self.horizontalHeader().setStyleSheet(sheet)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()
