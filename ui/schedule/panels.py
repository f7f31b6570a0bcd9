"""The side panels of the schedule workspace:

- :class:`UnscheduledPanel` — sessions waiting for a room, searched as you type; drag one
  onto the grid, or select it and press Enter ("Place…") to choose where with the keyboard;
- :class:`DropPreview` — above the panels while a session is dragged: what the drop would
  cause, in words, before the drop;
- :class:`ConflictsPanel` — every conflict in words, filtered by severity and rule;
  selecting one selects and shows its sessions on the grid. Below, placements that lost to
  another coordinator's concurrent move (sync), with Re-apply and Dismiss;
- :class:`ChangesPanel` — the last release, what changed since, and the Release button.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.schedule import style
from ui.schedule.data import ScheduleData
from ui.schedule.messages import escape, fill
from ui.schedule.models import (
    ID_ROLE,
    SESSIONS_ROLE,
    ChangesModel,
    ConflictsModel,
    ItemDelegate,
    LostModel,
    UnscheduledModel,
)
from wufops.clock import parse_iso_utc
from wufops.models.schedule import Conflict


class ElidedLabel(QLabel):
    """One line of plain text, elided to the width it is given; the whole text is its
    tooltip. It never grows taller, so a long message does not push the grid around."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_message(self, text: str) -> None:
        self._full = " ".join(text.split())
        self.setToolTip(self._full if self._full else "")
        self._elide()

    def message(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(0, self.contentsRect().width() - 2)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())


def _list(model: QObject, name: str) -> QListView:
    view = QListView()
    view.setObjectName(name)
    view.setModel(model)  # type: ignore[arg-type]  # one of our list models
    view.setItemDelegate(ItemDelegate(view))
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setWordWrap(True)
    view.setUniformItemSizes(False)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    return view


class UnscheduledPanel(QWidget):
    sig_place = Signal(str)
    """Place this session with the keyboard (opens "Place…")."""
    sig_selected = Signal(str)
    """A session of the list was selected."""

    def __init__(self, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unscheduledPanel")
        self.search = QLineEdit()
        self.search.setObjectName("unscheduledSearch")
        self.search.setPlaceholderText(self.tr("Search sessions to place"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.count.setWordWrap(True)  # "32 сессии ждут размещения" beside the Place button
        self.model = UnscheduledModel(self)
        self.model.draggable = editable
        self.view = _list(self.model, "unscheduledList")
        self.view.setDragEnabled(editable)
        self.view.setDragDropMode(
            QAbstractItemView.DragDropMode.DragOnly
            if editable
            else QAbstractItemView.DragDropMode.NoDragDrop
        )
        self.view.installEventFilter(self)
        self.view.doubleClicked.connect(self._activated)
        self.view.selectionModel().currentChanged.connect(self._current)
        self.place = QPushButton(self.tr("Place…"))
        self.place.setToolTip(self.tr("Choose a room and time for the selected session (Enter)"))
        self.place.clicked.connect(lambda: self._activated(self.view.currentIndex()))
        self.place.setVisible(editable)
        hint = QLabel(
            self.tr("Drag a session onto the grid, or select it and press Enter.")
            if editable
            else self.tr("Sessions not placed yet.")
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.search.textChanged.connect(self._search)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.place)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.search)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self._update_count()

    def set_editable(self, editable: bool) -> None:
        self.model.draggable = editable
        self.view.setDragEnabled(editable)
        self.place.setVisible(editable)

    @Slot(str)
    def _search(self, text: str) -> None:
        self.model.set_query(text)
        self._update_count()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def refresh(self) -> None:
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if shown == total:
            self.count.setText(self.tr("%n session(s) to place", "", total))
        else:
            self.count.setText(
                self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))
            )

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and self.place.isVisible():
            self.sig_place.emit(str(index.data(ID_ROLE)))

    @Slot(QModelIndex, QModelIndex)
    def _current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.sig_selected.emit(str(current.data(ID_ROLE)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._activated(self.view.currentIndex())
                return True
            if watched is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                self.view.setFocus()
                if not self.view.currentIndex().isValid() and self.model.rowCount():
                    self.view.setCurrentIndex(self.model.index(0, 0))
                return True
        return super().eventFilter(watched, event)


class DropPreview(QLabel):
    """What the drop being dragged would cause (hidden when nothing is dragged)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropPreview")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.hide()

    def show_conflicts(
        self, data: ScheduleData, session_id: str, conflicts: list[Conflict] | None
    ) -> tuple[str, str]:
        """Show what dropping ``session_id`` here would cause (``None``: the drag ended);
        returns one line of it and its tone, for the status line."""
        if conflicts is None:
            self.show_preview("", "")
            return "", ""
        if not conflicts:
            said = self.tr("Drop here: no conflict.")
            self.show_preview(f"<b style='color:{style.GOOD}'>{escape(said)}</b>", "")
            return said, "good"
        head = self.tr("Drop here: %n conflict(s)", "", len(conflicts))
        lines = [f"<b>{escape(head)}</b>"]
        for conflict in conflicts[:4]:
            colour = style.SEVERITY_COLOURS.get(conflict.severity, "#475569")
            lines.append(
                f"<span style='color:{colour}'>●</span> "
                f"<b>{escape(style.rule_name(conflict.rule))}</b> — "
                f"{escape(data.text.short(conflict, session_id))}"
            )
        if len(conflicts) > 4:
            lines.append(escape(fill(self.tr("… and %1 more."), len(conflicts) - 4)))
        worst = conflicts[0]
        self.show_preview("<br>".join(lines), worst.severity)
        return f"{head}: {data.text.short(worst, session_id)}", worst.severity

    def show_preview(self, html: str, severity: str) -> None:
        colours = {"block": ("#fef2f2", "#c81e1e"), "warn": ("#fffbeb", "#d97706")}
        fill, edge = colours.get(severity, ("#f0fdf4", "#15803d"))
        self.setStyleSheet(
            f"QLabel#dropPreview {{ background: {fill}; border: 1px solid {edge};"
            " border-radius: 6px; padding: 6px 8px; font-size: 12px; }"
        )
        self.setText(html)
        self.setVisible(bool(html))


class ConflictsPanel(QWidget):
    sig_reveal = Signal(list)
    """Session ids to select and show on the grid (a conflict was selected)."""
    sig_reapply = Signal(str)
    """A lost placement's record id: put the session back where the losing move put it."""
    sig_dismiss = Signal(str)
    """A lost placement's record id: mark it resolved."""

    def __init__(self, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsPanel")
        self.severity = QComboBox()
        self.severity.setObjectName("severityFilter")
        self.severity.setToolTip(self.tr("Severity"))
        self.severity.addItem(self.tr("All severities"), "")
        self.severity.addItem(style.severity_name("block"), "block")
        self.severity.addItem(style.severity_name("warn"), "warn")
        self.rule = QComboBox()
        self.rule.setObjectName("ruleFilter")
        self.rule.setToolTip(self.tr("Rule"))
        self.rule.addItem(self.tr("All rules"), "")
        for combo in (self.severity, self.rule):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            combo.currentIndexChanged.connect(self._filter)
        self.summary = QLabel()
        self.summary.setObjectName("conflictSummary")
        self.summary.setWordWrap(True)
        self.model = ConflictsModel(self)
        self.view = _list(self.model, "conflictList")
        self.view.selectionModel().currentChanged.connect(self._current)
        self.view.clicked.connect(self._clicked)
        self.lost_title = QLabel(self.tr("Moves that lost to another coordinator's move"))
        self.lost_title.setObjectName("sectionTitle")
        self.lost_title.setWordWrap(True)
        self.lost_model = LostModel(self)
        self.lost_view = _list(self.lost_model, "lostList")
        self.lost_view.setMaximumHeight(150)
        self.lost_view.selectionModel().currentChanged.connect(self._lost_current)
        self.reapply = QPushButton(self.tr("Re-apply"))
        self.reapply.setToolTip(self.tr("Put the session back where the lost move put it"))
        self.reapply.clicked.connect(lambda: self._lost_action(self.sig_reapply))
        self.dismiss = QPushButton(self.tr("Dismiss"))
        self.dismiss.setToolTip(self.tr("Keep the session where it is and mark this resolved"))
        self.dismiss.clicked.connect(lambda: self._lost_action(self.sig_dismiss))
        for button in (self.reapply, self.dismiss):
            button.setVisible(editable)
        # one above the other: side by side, "All severities" is cut in most languages
        filters = QVBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.severity)
        filters.addWidget(self.rule)
        lost_buttons = QHBoxLayout()
        lost_buttons.addStretch(1)
        lost_buttons.addWidget(self.reapply)
        lost_buttons.addWidget(self.dismiss)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.lost_box = QWidget()
        lost_layout = QVBoxLayout(self.lost_box)
        lost_layout.setContentsMargins(0, 4, 0, 0)
        lost_layout.addWidget(self.lost_title)
        lost_layout.addWidget(self.lost_view)
        lost_layout.addLayout(lost_buttons)
        layout.addWidget(self.lost_box)
        self.lost_box.hide()

    def set_editable(self, editable: bool) -> None:
        for button in (self.reapply, self.dismiss):
            button.setVisible(editable)

    def refresh_rules(self) -> None:
        current = self.rule.currentData()
        self.rule.blockSignals(True)
        self.rule.clear()
        self.rule.addItem(self.tr("All rules"), "")
        for code in self.model.rules():
            self.rule.addItem(style.rule_name(code), code)
        self.rule.setCurrentIndex(max(0, self.rule.findData(current)))
        self.rule.blockSignals(False)
        counts = self.model.counts()
        blocking = self.tr("%n conflict(s) block the release", "", counts.get("block", 0))
        warnings = self.tr("%n warning(s)", "", counts.get("warn", 0))
        #: two counts side by side ("3 conflicts block the release · 5 warnings")
        self.summary.setText(self.tr("%1 · %2").replace("%1", blocking).replace("%2", warnings))

    def show_lost_records(self, data: ScheduleData, this_replica: str) -> None:
        """The placements that lost to a concurrent move, in words."""
        headline = self.tr("Lost placement")
        self.lost_model.set_lost(
            [(r, headline, data.text.lost(r, this_replica)) for r in data.lost]
        )
        self.lost_box.setVisible(bool(data.lost))

    @Slot()
    def _filter(self) -> None:
        self.model.set_filter(str(self.severity.currentData()), str(self.rule.currentData()))

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, 0))

    @Slot(QModelIndex, QModelIndex)
    def _current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.sig_reveal.emit(list(current.data(SESSIONS_ROLE) or []))

    @Slot(QModelIndex)
    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():  # clicking the selected conflict again shows it again
            self.sig_reveal.emit(list(index.data(SESSIONS_ROLE) or []))

    @Slot(QModelIndex, QModelIndex)
    def _lost_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.sig_reveal.emit(list(current.data(SESSIONS_ROLE) or []))

    def _lost_action(self, signal: Signal) -> None:
        index = self.lost_view.currentIndex()
        if not index.isValid() and self.lost_model.rowCount():
            index = self.lost_model.index(0, 0)
        if index.isValid():
            signal.emit(str(index.data(ID_ROLE)))  # type: ignore[attr-defined]  # bound signal


class ChangesPanel(QWidget):
    sig_reveal = Signal(list)
    """Session ids to select and show on the grid."""
    sig_release = Signal()
    """Open the release dialog."""

    def __init__(self, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changesPanel")
        self.version = QLabel()
        self.version.setObjectName("releaseVersion")
        self.version.setWordWrap(True)
        self.model = ChangesModel(self)
        self.view = _list(self.model, "changesList")
        self.view.selectionModel().currentChanged.connect(self._current)
        self.release = QPushButton(self.tr("Release…"))
        self.release.setObjectName("primary")
        self.release.setToolTip(self.tr("Publish the schedule as its next version"))
        self.release.clicked.connect(self.sig_release)
        self.release.setVisible(editable)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.release)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.version)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def set_editable(self, editable: bool) -> None:
        self.release.setVisible(editable)

    def show_changes(self, data: ScheduleData) -> None:
        """The last release, and what changed since (read from the database: call it when
        the panel is on screen)."""
        release, changes = data.changes()
        if release is None:
            self.version.setText(self.tr("Never released. Every scheduled session is new."))
        else:
            try:
                when = data.clock.when(parse_iso_utc(release.wall_time))
            except ValueError:
                when = release.wall_time
            self.version.setText(
                fill(self.tr("Version %1, released %2."), release.version, when)
                + " "
                + self.tr("%n change(s) since then.", "", len(changes))
            )
        names = {
            "added": self.tr("Added"),
            "removed": self.tr("Removed"),
            "moved": self.tr("Moved"),
            "edited": self.tr("Edited"),
        }
        rows = []
        for change in changes:
            session = data.session(change.session_id)
            where = data.text.placement(session.placement if session else None)
            title = session.title if session is not None else change.session_id[:8]
            rows.append((change, names.get(change.change, change.change), f"{title} — {where}"))
        self.model.set_changes(rows)

    @Slot(QModelIndex, QModelIndex)
    def _current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.sig_reveal.emit(list(current.data(SESSIONS_ROLE) or []))
