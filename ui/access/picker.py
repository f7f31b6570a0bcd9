"""The picker: who can fill a slot. Opened with ``open()`` (never blocking), keyboard first:
type to narrow the list by name, ↑ ↓ to choose, Enter to assign, Esc to close.

The providers who fit come first, least loaded that day first (``✓``, with their load); every
other provider of the slot's kind follows with the reasons they do not fit, in words
(``✗``; ``wufops.access.eligibility`` codes) — they can still be chosen: a coordinator may
know better, and the rules then show what it breaks. A Deaf interpreter (``◆``) fits with a
hearing feed interpreter: choosing one turns the list into the feeds for that slot.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QColor, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ui.access.texts import AccessTexts
from ui.schedule.messages import fill
from ui.text import directional
from wufops.access.eligibility import Candidate

# the provider id of a row
PROVIDER_ROLE = Qt.ItemDataRole.UserRole + 1
# whether the row's provider fits
FITS_ROLE = Qt.ItemDataRole.UserRole + 2


class Picker(QDialog):
    sig_chosen = Signal(str, str, str)
    """``(slot id, provider id, feed id or "")``: assign this."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accessPicker")
        self.setWindowTitle(self.tr("Assign a provider"))
        self.setModal(True)
        self._texts = AccessTexts(self)
        self.slot_id = ""
        self._lead = ""  # a Deaf interpreter chosen: the list now shows feeds
        self._feeds: list[Candidate] = []
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setObjectName("pickerHeading")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to find a provider by name"))
        self.filter.setClearButtonEnabled(True)
        self.items = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.items)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterRole(Qt.ItemDataRole.UserRole + 3)
        self.list = QListView()
        self.list.setObjectName("pickerList")
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(True)
        self.list.activated.connect(self._activated)
        self.filter.textChanged.connect(self._narrow)
        self.keys = QLabel(self.tr("Type a name · ↑ ↓ choose · Enter assign · Esc close"))
        self.keys.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.assign_button = buttons.addButton(
            self.tr("Assign"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.assign_button.clicked.connect(self.choose_current)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.keys)
        layout.addWidget(buttons)
        self.resize(560, 520)
        self.filter.installEventFilter(self)

    # -- filling ----------------------------------------------------------------------------

    def show_for(self, slot_id: str, heading: str, found: list[Candidate],
                 feeds: list[Candidate]) -> None:  # fmt: skip
        """List ``found`` (in the core's order) for ``slot_id``; ``feeds``: the hearing
        interpreters who could feed a Deaf one there."""
        self.slot_id = slot_id
        self._lead = ""
        self._feeds = feeds
        self.heading.setText(heading)
        self._fill(found, feed=False)
        self.open()
        self.filter.setFocus()

    def _line(self, c: Candidate, feed: bool) -> str:
        name = directional(c.name)  # an Arabic name keeps the dash after it on its right
        if c.fits and c.needs_feed and not feed:
            return fill(self.tr("◆ %1 — %2"), name, self._texts.fits_with_feed(c.load_min))
        if c.fits:
            return fill(self.tr("✓ %1 — %2"), name, self._texts.fits(c.load_min))
        reasons = " ".join(self._texts.reason(code) for code in c.reasons)
        return fill(self.tr("✗ %1 — %2"), name, reasons)

    def _fill(self, found: list[Candidate], *, feed: bool) -> None:
        self.items.clear()
        for c in found:
            item = QStandardItem(self._line(c, feed))
            item.setEditable(False)
            item.setData(c.provider_id, PROVIDER_ROLE)
            item.setData(c.fits, FITS_ROLE)
            item.setData(c.name, Qt.ItemDataRole.UserRole + 3)
            item.setData(c.needs_feed and not feed, Qt.ItemDataRole.UserRole + 4)
            if not c.fits:
                item.setForeground(QColor("#6b7280"))
            self.items.appendRow(item)
        self.filter.clear()
        self._narrow("")

    @Slot(str)
    def _narrow(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    # -- choosing ---------------------------------------------------------------------------

    def row_texts(self) -> list[str]:
        """What the list shows, in order (tests read it)."""
        return [str(self.proxy.index(r, 0).data()) for r in range(self.proxy.rowCount())]

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        self.list.setCurrentIndex(index)
        self.choose_current()

    @Slot()
    def choose_current(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid():
            return
        provider_id = str(index.data(PROVIDER_ROLE))
        if self._lead:
            lead, self._lead = self._lead, ""
            self.accept()
            self.sig_chosen.emit(self.slot_id, lead, provider_id)
            return
        if index.data(Qt.ItemDataRole.UserRole + 4):
            self._lead = provider_id
            self.heading.setText(
                fill(
                    self.tr("Choose the hearing interpreter who feeds %1 in this slot."),
                    str(index.data(Qt.ItemDataRole.UserRole + 3)),
                )
            )
            self._fill(self._feeds, feed=True)
            self.filter.setFocus()
            return
        self.accept()
        self.sig_chosen.emit(self.slot_id, provider_id, "")

    def eventFilter(self, watched: object, event: object) -> bool:
        """In the name field, ↑ ↓ move in the list and Enter assigns."""
        if (
            watched is self.filter
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
        ):
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self.list.keyPressEvent(event)  # type: ignore[arg-type]
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose_current()
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]
