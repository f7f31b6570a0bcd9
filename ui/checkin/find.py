"""Find-by-name for people without their badge: search as you type over the app's in-memory
attendee index (accent-insensitive, any script), arrow keys to move, Enter picks (the desk
then shows the card and waits for a second Enter). :func:`by_registration_code` finds the
person a registration code names, in any case, for the scan field.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ui.text import directional
from wufops.attendees.search import AttendeeIndex
from wufops.checkin.badging import KeyCache, resolver, verify_scan
from wufops.store import checkins as checkin_store

MAX_RESULTS = 40


def by_registration_code(index: AttendeeIndex, text: str) -> str | None:
    """The attendee whose registration code ``text`` is, whatever its case and separators;
    ``None`` when no one's code is exactly that (a name or part of a code is not enough).
    The rule is the index's (:meth:`AttendeeIndex.find_code`), shared with ``wufops find``."""
    return index.find_code(text)


def attendee_scanned(
    conn: sqlite3.Connection, event_id: str, index: AttendeeIndex, text: str
) -> str | None:
    """Whose badge or registration code ``text`` is — a look-up only, nothing recorded (the
    Attendees workspace shows that person). A badge must verify (signature, this event);
    a revoked badge still names its holder."""
    by_code = by_registration_code(index, text)
    if by_code is not None:
        return by_code
    verdict, _ = verify_scan(
        text,
        KeyCache(conn).keyring(),
        checkin_store.RevokedSerials(conn),
        event_id,
        resolver(conn, event_id),
    )
    if verdict.code in ("admitted", "revoked") and verdict.attendee_id in index:
        return verdict.attendee_id
    return None


class FindByName(QWidget):
    sig_picked = Signal(str)
    """An attendee id the desk operator picked (Enter or double-click)."""
    sig_enter = Signal()
    """Enter with no result to pick (the box is empty): confirms a card waiting for it."""

    def __init__(self, index: AttendeeIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index = index
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("No code? Find by name (Ctrl+F)"))
        title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.query = QLineEdit()
        self.query.setObjectName("findQuery")
        self.query.setPlaceholderText(self.tr("Name, organization or registration code"))
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("findResults")
        self.results.setStyleSheet(
            "QListWidget { font-size: 15px; } QListWidget::item { padding: 6px; }"
        )
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setUniformItemSizes(True)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #64748b;")
        layout.addWidget(title)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self.query.textChanged.connect(self._search)
        self.query.returnPressed.connect(self.pick_current)
        self.query.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item: self.pick_current())
        self._search("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None and self.results.count():
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
        return False

    def focus(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def _search(self, text: str) -> None:
        self.results.clear()
        if not text.strip():
            self.hint.setText(self.tr("Type to search %Ln attendee(s)", "", len(self._index)))
            return
        ids = self._index.search(text)
        for attendee_id in ids[:MAX_RESULTS]:
            person = self._index.get(attendee_id)
            line = directional(person.display_name)
            if person.latin_name != person.display_name:
                line += f"  ({person.latin_name})"
            details = " · ".join(
                p for p in (person.organization, person.country, person.reg_code) if p
            )
            if self._index.is_checked_in(attendee_id):
                details = "✔ " + self.tr("picked up") + " · " + details
            item = QListWidgetItem(f"{line}\n{details}")
            item.setData(Qt.ItemDataRole.UserRole, attendee_id)
            self.results.addItem(item)
        if ids:
            self.results.setCurrentRow(0)
        more = len(ids) - MAX_RESULTS
        self.hint.setText(
            self.tr("No match")
            if not ids
            else self.tr("%n more match(es) — type more of the name", "", more)
            if more > 0
            else self.tr("Enter picks the highlighted person")
        )

    def pick_current(self) -> None:
        item = self.results.currentItem()
        if item is None:
            if not self.query.text().strip():
                self.sig_enter.emit()
            return
        self.sig_picked.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def refresh(self) -> None:
        self._search(self.query.text())
