"""The attendee table model: search results shown lazily, refreshed row by row.

A ``QAbstractTableModel`` over a list of attendee ids (the result of
``AttendeeIndex.search``); rows are handed to the view in pages through
``canFetchMore``/``fetchMore`` so 37,000 results cost what one screenful costs. Cell values
come from the in-memory index; :meth:`AttendeeTableModel.refresh` re-reads only the rows
named after a correction or a check-in.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from ui.language import country_name
from ui.text import directional, is_rtl, native_name
from wufops.attendees.search import AttendeeIndex
from wufops.models.attendee import Attendee

Index = QModelIndex | QPersistentModelIndex

# rows handed to the view per fetch
PAGE = 200

ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1

COL_NAME, COL_LATIN, COL_ORG, COL_COUNTRY, COL_CATEGORY, COL_NEEDS, COL_STATUS = range(7)


def category_label(category: str) -> str:
    labels = {
        "participant": QCoreApplication.translate("AttendeeTableModel", "Participant"),
        "speaker": QCoreApplication.translate("AttendeeTableModel", "Speaker"),
        "media": QCoreApplication.translate("AttendeeTableModel", "Media"),
        "vip": QCoreApplication.translate("AttendeeTableModel", "VIP / head of delegation"),
        "staff": QCoreApplication.translate("AttendeeTableModel", "Staff"),
        "volunteer": QCoreApplication.translate("AttendeeTableModel", "Volunteer"),
        "exhibitor": QCoreApplication.translate("AttendeeTableModel", "Exhibitor"),
        "security": QCoreApplication.translate("AttendeeTableModel", "Security"),
    }
    return labels.get(category, category)


def need_labels(attendee: Attendee) -> list[str]:
    out = []
    if attendee.sign_language:
        out.append(
            QCoreApplication.translate("AttendeeTableModel", "Sign language (%1)").replace(
                "%1", attendee.sign_language
            )
        )
    if attendee.captions:
        out.append(QCoreApplication.translate("AttendeeTableModel", "Captions"))
    if attendee.step_free:
        out.append(QCoreApplication.translate("AttendeeTableModel", "Step-free access"))
    if attendee.assistance:
        out.append(QCoreApplication.translate("AttendeeTableModel", "Assistance"))
    return out


class AttendeeTableModel(QAbstractTableModel):
    """Search results as table rows; see the module docstring."""

    def __init__(self, index: AttendeeIndex, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._index = index
        self._ids: list[str] = []
        self._loaded = 0
        self._rows_by_id: dict[str, int] | None = None
        self._headers = (
            QCoreApplication.translate("AttendeeTableModel", "Name"),
            QCoreApplication.translate("AttendeeTableModel", "Latin name"),
            QCoreApplication.translate("AttendeeTableModel", "Organization"),
            QCoreApplication.translate("AttendeeTableModel", "Country"),
            QCoreApplication.translate("AttendeeTableModel", "Category"),
            QCoreApplication.translate("AttendeeTableModel", "Needs"),
            QCoreApplication.translate("AttendeeTableModel", "Check-in"),
        )

    # -- results -----------------------------------------------------------------------------

    def set_results(self, ids: list[str]) -> None:
        """Show ``ids`` (in this order); only the first page is handed to the view."""
        self.beginResetModel()
        self._ids = ids
        self._loaded = min(PAGE, len(ids))
        self._rows_by_id = None
        self.endResetModel()

    @property
    def result_count(self) -> int:
        """How many attendees matched (loaded into the view or not)."""
        return len(self._ids)

    def attendee_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < self._loaded else None

    def row_of(self, attendee_id: str) -> int | None:
        """The row showing ``attendee_id``, if it is loaded."""
        if self._rows_by_id is None:
            self._rows_by_id = {aid: row for row, aid in enumerate(self._ids)}
        row = self._rows_by_id.get(attendee_id)
        return row if row is not None and row < self._loaded else None

    def refresh(self, attendee_ids: Iterable[str]) -> None:
        """Re-read these attendees' rows (only those shown) from the index."""
        last = self.columnCount() - 1
        for attendee_id in attendee_ids:
            row = self.row_of(attendee_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    # -- lazy loading ------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._loaded < len(self._ids)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = min(PAGE, len(self._ids) - self._loaded)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + more - 1)
        self._loaded += more
        self.endInsertRows()

    # -- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._loaded:
            return None
        attendee_id = self._ids[index.row()]
        if role == ID_ROLE:
            return attendee_id
        if attendee_id not in self._index:
            return None
        a = self._index.get(attendee_id)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(a, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(a, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == COL_NAME and is_rtl(a.display_name):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            if a.security_hold or a.attention:
                return QColor("#b45309")
            if self._index.is_checked_in(a.id):
                return QColor("#15803d")
            return QColor("#6b7280")
        if role == Qt.ItemDataRole.FontRole and column == COL_NAME:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        return None

    def _display(self, a: Attendee, column: int) -> str:
        if column == COL_NAME:
            return directional(native_name(a.given_name, a.family_name))
        if column == COL_LATIN:
            return a.latin_name if a.latin_name != a.display_name else ""
        if column == COL_ORG:
            return directional(a.organization)
        if column == COL_COUNTRY:
            return country_name(a.country) or a.country
        if column == COL_CATEGORY:
            return category_label(a.category)
        if column == COL_NEEDS:
            return QLocale().createSeparatedList(need_labels(a))
        if column == COL_STATUS:
            state = (
                #: check-in column: the attendee has checked in
                "✓ " + QCoreApplication.translate("AttendeeTableModel", "In")
                if self._index.is_checked_in(a.id)
                #: check-in column: the attendee has not checked in yet
                else QCoreApplication.translate("AttendeeTableModel", "Not yet")
            )
            if a.security_hold:
                #: check-in column: a security hold is set on this attendee (a noun)
                hold = QCoreApplication.translate("AttendeeTableModel", "Hold")
                return "⚑ " + hold + " · " + state
            if a.attention:
                return "⚑ " + state
            return state
        return ""

    def _tooltip(self, a: Attendee, column: int) -> str | None:
        if column == COL_NAME:
            return f"{native_name(a.given_name, a.family_name)}\n{a.latin_name}\n{a.reg_code}"
        if column == COL_COUNTRY:
            return a.country
        if column == COL_STATUS and a.attention and a.attention_note:
            return a.attention_note
        return None
