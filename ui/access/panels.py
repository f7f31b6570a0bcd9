"""The access workspace's panels:

- :class:`SlotsPanel` — the chosen session's slots with who fills them; keys: Enter opens
  the picker, Delete clears the slot, L (or Ctrl+L) locks or unlocks it; a provider dragged
  from the providers list and dropped on a slot is assigned there;
- :class:`ProposalPanel` — a solve's proposal: what it would change, the coverage and the
  largest load after it, Accept / Discard;
- :class:`UnmetPanel` — the units left open, why (``wufops.access.report`` codes), and the
  smallest change that would cover each: so many more providers of a kind on a day's
  morning, afternoon or evening.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.access.data import AccessData
from ui.access.models import ChangesModel, SlotsModel
from ui.access.texts import AccessTexts
from ui.access.timeline_view import ChipDelegate
from ui.keys import latin_key
from ui.schedule.messages import Clock, fill
from wufops.access.proposal import Proposal
from wufops.access.report import Suggestion, UnmetReport


class SlotsTable(QTableView):
    """The slots table: its keys are the panel's."""

    sig_assign = Signal()
    sig_clear = Signal()
    sig_lock = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = latin_key(event)
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.sig_assign.emit()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and plain:
            self.sig_clear.emit()
            return
        if key == Qt.Key.Key_L and (
            plain or event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            self.sig_lock.emit()
            return
        super().keyPressEvent(event)


class SlotsPanel(QWidget):
    def __init__(self, data: AccessData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Choose a session to see its slots."))
        self.heading.setObjectName("slotsHeading")
        self.heading.setWordWrap(True)
        self.model = SlotsModel(data, self)
        self.table = SlotsTable()
        self.table.setObjectName("slotsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAcceptDrops(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.table.setDropIndicatorShown(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setItemDelegateForColumn(1, ChipDelegate(self.table))
        self.model.modelReset.connect(self.table.resizeRowsToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.assign_button = QPushButton(self.tr("Assign… (Enter)"))
        self.clear_button = QPushButton(self.tr("Clear (Delete)"))
        self.lock_button = QPushButton(self.tr("Lock or unlock (L)"))
        for button in (self.assign_button, self.clear_button, self.lock_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        buttons = QHBoxLayout()
        buttons.addWidget(self.assign_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.lock_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def current_slot(self) -> str | None:
        line = self.model.line(self.table.currentIndex().row())
        return line.slot_id if line else None

    def select_slot(self, slot_id: str | None) -> None:
        row = self.model.row_of(slot_id) if slot_id else -1
        if row < 0 and self.model.rowCount():
            # the first open slot, else the first
            row = next(
                (n for n in range(self.model.rowCount()) if self.model.line(n).provider_id is None),  # type: ignore[union-attr]
                0,
            )
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))


class ProposalPanel(QWidget):
    def __init__(self, data: AccessData, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = AccessTexts(self)
        self.summary = QLabel(self.tr("Run a solve to see a proposal here."))
        self.summary.setObjectName("proposalSummary")
        self.summary.setWordWrap(True)
        self.model = ChangesModel(data, clock, self)
        self.table = QTableView()
        self.table.setObjectName("proposalTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 210), (2, 200), (3, 250)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.accept_button = QPushButton(self.tr("&Accept the proposal"))
        self.discard_button = QPushButton(self.tr("&Discard it"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.show_proposal(None)

    def show_proposal(self, proposal: Proposal | None) -> None:
        pending = proposal is not None
        self.accept_button.setEnabled(pending)
        self.discard_button.setEnabled(pending)
        if proposal is None:
            self.model.set_changes([])
            self.summary.setText(self.tr("Run a solve to see a proposal here."))
            return
        self.model.set_changes(proposal.changes)
        c = proposal.coverage
        lines = [
            self._texts.solve_status(proposal.status, proposal.proven),
            self._texts.changes(len(proposal.changes)),
            self._texts.coverage_line(c.filled_required, c.required, c.filled_advised, c.advised),
            self._texts.max_load(proposal.max_day_load, proposal.max_load),
            self.tr("The coverage grid shows the plan as the proposal would leave it."),
        ]
        self.summary.setText("\n".join(lines))


class UnmetPanel(QWidget):
    def __init__(self, data: AccessData, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = data
        self._clock = clock
        self._texts = AccessTexts(self)
        self.summary = QLabel()
        self.summary.setObjectName("unmetSummary")
        self.summary.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.table = QTableView()
        self.table.setObjectName("unmetTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def why(self, code: str) -> str:
        return {
            "no_skill": self.tr("No provider has this language (or the accreditation it needs)."),
            "none_available": self.tr(
                "Nobody with this language declared they can work then, or they are absent."
            ),
            "all_busy": self.tr("Everyone who could is already working at that time."),
            "caps_reached": self.tr("Those free then have reached their day's cap or need a rest."),
        }.get(code, code)

    def _day(self, iso: str) -> str:
        return self._clock.long_day(date.fromisoformat(iso))

    def change(self, s: Suggestion) -> str:
        """The smallest change as one whole sentence per part of the day."""
        kind = self._texts.service(s.service, s.language)
        if s.accredited:
            kind = fill(self.tr("%1 (WFD-WASLI accredited)"), kind)
        text = {
            "morning": self.tr("%n more provider(s) of %1 on the morning of %2.", "", s.count),
            "afternoon": self.tr("%n more provider(s) of %1 on the afternoon of %2.", "", s.count),
            "evening": self.tr("%n more provider(s) of %1 on the evening of %2.", "", s.count),
        }[s.part]
        return fill(text, kind, self._day(s.day))

    def show_report(self, report: UnmetReport) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Session"),
                self.tr("Time"),
                self.tr("Slot"),
                self.tr("Why it is open"),
                self.tr("Smallest change that covers it"),
            ]
        )
        by_slot = {slot: s for s in report.suggestions for slot in s.slots}
        required = sum(item.need.level == "required" for item in report.items)
        if not report.items:
            self.summary.setText(self.tr("Every unit of demand is filled: nothing is open."))
        else:
            self.summary.setText(
                self.tr("%n required unit(s) open.", "", required)
                + " "
                + self.tr("%n advised unit(s) open.", "", len(report.items) - required)
            )
        for item in report.items:
            need = item.need
            session = self._data.plan.sessions.get(need.session_id)
            title = session.title if session else need.session_id
            slot = self._texts.slot(need.service, need.language, need.slot_no)
            slot = f"{slot} ({self._texts.level(need.level)})"
            suggestion = by_slot.get(need.id)
            cells = [
                title,
                self._clock.span(need.start_ms, need.end_ms),
                slot,
                self.why(item.reason),
                self.change(suggestion) if suggestion else "",
            ]
            row = []
            for text in cells:
                cell = QStandardItem(text)
                cell.setEditable(False)
                cell.setData(need.id, Qt.ItemDataRole.UserRole + 1)
                row.append(cell)
            self.model.appendRow(row)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((220, 120, 180, 210)):
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        self.table.resizeRowsToContents()
