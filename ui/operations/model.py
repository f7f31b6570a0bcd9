"""A read-only table model over rows of display text (the Operations lists and tables).

Rows come from ``wufops.store`` / ``wufops.ops`` values, formatted by the view that owns the
model; the model only shows them, with optional per-row tooltips, text and background colours
(a red row: a device not synced). Passes ``qtmodeltester``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[str, ...]] = []
        self._tips: list[str] = []
        self._foreground: list[QColor | None] = []
        self._background: list[QColor | None] = []

    def set_rows(
        self,
        rows: Sequence[tuple[str, ...]],
        tips: Sequence[str] = (),
        *,
        foreground: Sequence[QColor | None] = (),
        background: Sequence[QColor | None] = (),
    ) -> None:
        self.beginResetModel()
        self._rows = [tuple(r) for r in rows]
        self._tips = list(tips) if tips else [""] * len(self._rows)
        self._foreground = list(foreground) if foreground else [None] * len(self._rows)
        self._background = list(background) if background else [None] * len(self._rows)
        self.endResetModel()

    def row_values(self, row: int) -> tuple[str, ...]:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[row][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[row] or None
        if role == Qt.ItemDataRole.ForegroundRole and self._foreground[row] is not None:
            return QBrush(self._foreground[row])
        if role == Qt.ItemDataRole.BackgroundRole and self._background[row] is not None:
            return QBrush(self._background[row])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None
