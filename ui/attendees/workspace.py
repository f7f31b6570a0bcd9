"""The Attendees workspace: search as you type, filters, the results table and the detail panel.

Keyboard-first: type to search (Ctrl+F from anywhere), Down moves into the results, arrows
move, Enter opens the correction form for the selected attendee, Esc clears the search and
returns to the search field. A badge or a registration-confirmation code scanned while this
workspace is on screen (the keyboard wedge, wherever the cursor is) shows that person —
a look-up, never a check-in — instead of typing the code into the search. The search runs
on the in-memory index (Qt-free, ``wufops.attendees.search``) after a short debounce; the
change bus refreshes only the rows that changed.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.attendees.detail import DetailPanel
from ui.attendees.model import (
    COL_CATEGORY,
    COL_COUNTRY,
    COL_LATIN,
    COL_NAME,
    COL_NEEDS,
    COL_ORG,
    COL_STATUS,
    ID_ROLE,
    AttendeeTableModel,
    category_label,
)
from ui.checkin.find import attendee_scanned
from ui.checkin.wedge import KeyboardWedge
from ui.context import EVERYTHING, AppContext
from ui.index_keeper import BULK
from ui.language import by_country_name, country_name, number
from wufops.attendees.search import SearchFilters
from wufops.models.attendee import CATEGORIES

# milliseconds of quiet typing before the search runs (coalesces bursts and pastes)
DEBOUNCE_MS = 20


class AttendeesWorkspace(QWidget):
    """See the module docstring."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendeesWorkspace")
        self._context = context
        self.last_search_ms = 0.0

        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(self.tr("Name, organization, country or code"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)

        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        for code in CATEGORIES:
            self.category.addItem(category_label(code), code)
        self.country = QComboBox()
        self.country.addItem(self.tr("All countries"), None)
        for code in by_country_name(context.index.countries()):
            self.country.addItem(f"{country_name(code) or code}", code)
        self.need = QComboBox()
        self.need.addItem(self.tr("Any needs"), None)
        for code, text in (
            ("any", self.tr("Has a need")),
            ("sign_language", self.tr("Sign language")),
            ("captions", self.tr("Captions")),
            ("step_free", self.tr("Step-free access")),
            ("assistance", self.tr("Assistance")),
        ):
            self.need.addItem(text, code)
        self.checked = QComboBox()
        self.checked.addItem(self.tr("Checked in or not"), None)
        self.checked.addItem(self.tr("Checked in"), True)
        self.checked.addItem(self.tr("Not checked in"), False)
        for combo, tip in (
            (self.category, self.tr("Category")),
            (self.country, self.tr("Country")),
            (self.need, self.tr("Accessibility need")),
            (self.checked, self.tr("Check-in state")),
        ):
            combo.setToolTip(tip)
            combo.setAccessibleName(tip)
            combo.currentIndexChanged.connect(self._run_search)
        self.count = QLabel()
        self.count.setObjectName("resultCount")
        self.no_results = QLabel()
        self.no_results.setObjectName("noResults")
        self.no_results.setWordWrap(True)
        self.no_results.hide()

        self.model = AttendeeTableModel(context.index, self)
        self.table = QTableView()
        self.table.setObjectName("attendeeTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in (
            (COL_NAME, 175),
            (COL_LATIN, 135),
            (COL_ORG, 160),
            (COL_COUNTRY, 110),
            (COL_CATEGORY, 90),
            (COL_NEEDS, 95),
        ):
            header.resizeSection(column, width)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.Stretch)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(self._open_edit)

        self.detail = DetailPanel(context)
        self.detail.setMinimumWidth(260)
        self.detail.sig_closed_edit.connect(self.table.setFocus)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.search, 1)
        self.search.setMinimumWidth(220)
        bar.addWidget(self.count)
        # the filters on a row of their own: four "All …" texts and a search field do not fit
        # one 1280-pixel row in every language (Spanish, Russian, Azerbaijani are longer)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        for combo in (self.category, self.country, self.need, self.checked):
            # as wide as their first entry ("All countries"), not their longest (a country
            # name), so the row fits a 1280-pixel desk screen in every language
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(1)
            combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance(combo.itemText(0)) + 72)
            filters.addWidget(combo)
        filters.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([1000, 330])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.setSpacing(10)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.no_results)
        layout.addWidget(splitter, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._debounce.start)
        context.bus.sig_rows_changed.connect(self._rows_changed)
        self.wedge = KeyboardWedge(self)
        self.wedge.sig_scanned.connect(self.show_scanned)
        self._run_search()

    # -- public ------------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search field, text selected for overtyping."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def filters(self) -> SearchFilters:
        return SearchFilters(
            category=self.category.currentData(),
            country=self.country.currentData(),
            need=self.need.currentData(),
            checked_in=self.checked.currentData(),
        )

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    # -- search ------------------------------------------------------------------------------

    @Slot()
    def _run_search(self) -> None:
        self._debounce.stop()
        started = time.perf_counter()
        ids = self._context.index.search(self.search.text(), self.filters())
        self.model.set_results(ids)
        self.last_search_ms = (time.perf_counter() - started) * 1000
        total = len(self._context.index)
        self.count.setText(
            self.tr("%1 of %2").replace("%1", number(len(ids))).replace("%2", number(total))
        )
        self.no_results.setVisible(not ids)
        if ids:
            self.select_row(0)
        else:
            self.no_results.setText(
                self.tr(
                    "No one matches “%1” with these filters. Check the spelling, type part of"
                    " a name, or press Esc to clear the search and filters."
                ).replace("%1", self.search.text().strip())
            )
            self.detail.show_attendee(None)

    @Slot()
    def clear_search(self) -> None:
        self.search.clear()
        for combo in (self.category, self.country, self.need, self.checked):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._run_search()
        self.focus_search()

    @Slot(str)
    def show_scanned(self, text: str) -> None:
        """A scanned badge or registration code: that person, all filters off."""
        conn = self._context.replica.conn
        attendee_id = attendee_scanned(conn, self._context.event.id, self._context.index, text)
        if attendee_id is None:
            self.no_results.setText(
                self.tr("The scanned code is not a badge or a registration code of this event.")
            )
            self.no_results.show()
            return
        for combo in (self.category, self.country, self.need, self.checked):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.setText(self._context.index.get(attendee_id).reg_code)
        self._run_search()
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(ID_ROLE) == attendee_id:
                self.select_row(row)
                break
        self.table.setFocus()

    # -- selection and keys ------------------------------------------------------------------

    @Slot()
    def _current_changed(self) -> None:
        index = self.table.currentIndex()
        self.detail.show_attendee(index.data(ID_ROLE) if index.isValid() else None)

    @Slot()
    def _open_edit(self) -> None:
        if self.detail.attendee_id is not None:
            self.detail.start_edit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search:
            if key == Qt.Key.Key_Escape:
                self.clear_search()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                if self._debounce.isActive():
                    self._run_search()
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.table.currentIndex().isValid():
                    self.select_row(0)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._debounce.isActive():
                    self._run_search()
                self._open_edit()
                return True
        elif watched is self.table:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_edit()
                return True
            if key == Qt.Key.Key_Escape:
                self.clear_search()
                return True
            text = event.text()
            chord = (
                Qt.KeyboardModifier.ControlModifier
                | Qt.KeyboardModifier.AltModifier
                | Qt.KeyboardModifier.MetaModifier
            )
            if text and text.isprintable() and not event.modifiers() & chord:
                # typing while in the table goes on with the search
                self.search.setFocus()
                self.search.setText(self.search.text() + text)
                return True
        return super().eventFilter(watched, event)

    # -- changes from anywhere ---------------------------------------------------------------

    @Slot(str, list)
    def _rows_changed(self, entity: str, ids: list[str]) -> None:
        """Refresh the rows that changed (the index is already current: ``ui.index_keeper``).
        ``attendee``, ``checkin`` and ``badge`` all name attendee ids."""
        if entity not in ("attendee", "checkin", "badge", EVERYTHING):
            return
        if entity == EVERYTHING or len(ids) > BULK:
            self._run_search()  # a bulk change: re-run the current search over the new state
        else:
            self.model.refresh(ids)
        shown = self.detail.attendee_id
        named = entity == EVERYTHING or shown in ids
        if shown is not None and named and not self.detail.editing:
            self.detail.show_attendee(shown)
