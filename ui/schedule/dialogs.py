"""The schedule workspace's dialogs, each opened with ``open()`` (never ``exec()``):

- :class:`MoveDialog` — "Move to…" (or "Place…" for a session off the grid): room, day,
  start and end to the minute, the conflicts that placement would cause shown as you
  change it (the keyboard's way to make any drag);
- :class:`DetailsDialog` — what a session is, where, who speaks, its conflicts; and, for
  coordinators, Move to…, Take off the grid, and its status;
- :class:`ReleaseDialog` — release the schedule as the next version, or, while conflicts
  block the release, those conflicts in words;
- :class:`RoomsDialog` — which rooms the grid shows, favourites, and their order (drag).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QPointF, Qt, QTime, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ui.language import number
from ui.schedule import style
from ui.schedule.data import ScheduleData
from ui.schedule.messages import fill
from ui.schedule.paint import star
from ui.schedule.rooms import matches, searchable
from wufops.models.schedule import MINUTE_MS, Conflict, ObjectRef, Placement
from wufops.schedule import ScheduleBlocked, ScheduleError
from wufops.store import schedule as store


class FiveMinuteTimeEdit(QTimeEdit):
    """A time field whose minutes step by five (typing any minute still works)."""

    def stepBy(self, steps: int) -> None:
        if self.currentSection() == QTimeEdit.Section.MinuteSection:
            self.setTime(self.time().addSecs(steps * 300))
        else:
            super().stepBy(steps)


def _conflict_lines(data: ScheduleData, conflicts: list[Conflict]) -> str:
    """Conflicts as an HTML list: a coloured mark word, then the sentence."""
    items = []
    for conflict in conflicts:
        colour = style.SEVERITY_COLOURS.get(conflict.severity, "#475569")
        label = style.severity_name(conflict.severity)
        text = data.describe(conflict).replace("&", "&amp;").replace("<", "&lt;")
        items.append(f"<li><b style='color:{colour}'>{label}</b> — {text}</li>")
    return "<ul style='margin-left:-24px'>" + "".join(items) + "</ul>"


class MoveDialog(QDialog):
    sig_chosen = Signal(str, object)
    """``(session id, Placement)``: the coordinator chose where the session goes."""

    def __init__(
        self,
        data: ScheduleData,
        session_id: str,
        room_ids: list[str],
        default: Placement,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moveDialog")
        self.data = data
        self.session_id = session_id
        session = data.session(session_id)
        placed = session is not None and session.placement is not None
        title = session.title if session is not None else ""
        self.setWindowTitle(
            fill(self.tr("Move “%1”"), title) if placed else fill(self.tr("Place “%1”"), title)
        )
        self.room = QComboBox()
        for room_id in room_ids:
            room = data.world.rooms[room_id]
            self.room.addItem(
                fill(self.tr("%1 (%2 seats)"), room.name, number(room.capacity)), room_id
            )
        self.day = QComboBox()
        self._days = data.days()
        for day in self._days:
            self.day.addItem(data.clock.long_day(day), day.isoformat())
        self.start = FiveMinuteTimeEdit()
        self.end = FiveMinuteTimeEdit()
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.length = QLabel()
        self.length.setObjectName("muted")
        self.preview = QLabel()
        self.preview.setObjectName("movePreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setMinimumWidth(440)
        form = QFormLayout()
        form.addRow(self.tr("&Room"), self.room)
        form.addRow(self.tr("&Day"), self.day)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end)
        times.addWidget(self.length, 1)
        times_label = QLabel(self.tr("&Start – end"))
        times_label.setBuddy(self.start)
        form.addRow(times_label, times)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Move") if placed else self.tr("Place"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self._set_default(default)
        self._length_s = self.start.time().secsTo(self.end.time()) % 86_400
        self.start.timeChanged.connect(self._start_changed)
        for signal in (
            self.room.currentIndexChanged,
            self.day.currentIndexChanged,
            self.end.timeChanged,
        ):
            signal.connect(self._changed)
        self._changed()

    def _set_default(self, default: Placement) -> None:
        index = self.room.findData(default.room_id)
        self.room.setCurrentIndex(max(0, index))
        start = self.data.clock.moment(default.start_ms)
        day = start.date().toPython()
        at = self.day.findData(day.isoformat())
        self.day.setCurrentIndex(max(0, at))
        self.start.setTime(start.time())
        self.end.setTime(self.data.clock.moment(default.end_ms).time())

    def placement(self) -> Placement | None:
        """What the fields say (an end at or before the start is on the next day)."""
        room_id = self.room.currentData()
        if room_id is None or not self._days:
            return None
        day = date.fromisoformat(str(self.day.currentData()))
        zone = self.data.clock.zone

        def at(t: QTime, on: date) -> int:
            local = datetime(on.year, on.month, on.day, t.hour(), t.minute(), tzinfo=zone)
            return int(local.timestamp() * 1000)

        start = at(self.start.time(), day)
        end_day = day if self.end.time() > self.start.time() else day + timedelta(days=1)
        end = at(self.end.time(), end_day)
        if end <= start:
            return None
        return Placement(str(room_id), start, end)

    @Slot(QTime)
    def _start_changed(self, start: QTime) -> None:
        """A new start keeps the length: the end follows it."""
        self.end.blockSignals(True)
        self.end.setTime(start.addSecs(self._length_s))
        self.end.blockSignals(False)
        self._changed()

    @Slot()
    def _changed(self) -> None:
        self._length_s = self.start.time().secsTo(self.end.time()) % 86_400
        placement = self.placement()
        if placement is None:
            self.ok.setEnabled(False)
            self.length.setText("")
            self.preview.setText("")
            return
        self.ok.setEnabled(True)
        minutes = (placement.end_ms - placement.start_ms) // MINUTE_MS
        text = fill(self.tr("%1 min"), minutes)
        if self.end.time() <= self.start.time():
            text += " · " + self.tr("ends the next day")
        self.length.setText(text)
        conflicts = self.data.preview(self.session_id, placement)
        if not conflicts:
            self.preview.setText(
                f"<span style='color:{style.GOOD}'>" + self.tr("No conflict there.") + "</span>"
            )
        else:
            self.preview.setText(
                self.tr("This placement would cause:") + _conflict_lines(self.data, conflicts)
            )

    @Slot()
    def _accept(self) -> None:
        placement = self.placement()
        if placement is None:
            return
        self.accept()
        self.sig_chosen.emit(self.session_id, placement)


class DetailsDialog(QDialog):
    sig_move = Signal(str)
    """Open "Move to…" for this session id."""
    sig_unplace = Signal(str)
    """Take this session off the grid."""
    sig_status = Signal(str, str)
    """``(session id, status)``: set the session's status."""

    def __init__(self, data: ScheduleData, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsDialog")
        self.data = data
        self.session_id = session_id
        session = data.session(session_id)
        self.setWindowTitle(self.tr("Session details"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        if session is None:
            layout.addWidget(QLabel(self.tr("This session no longer exists in this event.")))
            return
        title = QLabel(session.title)
        title.setObjectName("detailTitle")
        title.setWordWrap(True)
        title.setStyleSheet("font-size: 17px; font-weight: 600;")
        layout.addWidget(title)
        form = QFormLayout()
        form.addRow(
            self.tr("Type"),
            QLabel(f"{style.type_marker(session.type)} · {style.type_name(session.type)}"),
        )
        form.addRow(self.tr("Status"), QLabel(style.status_name(session.status)))
        where = data.text.placement(session.placement)
        form.addRow(self.tr("Where"), QLabel(where))
        room = data.world.rooms.get(session.placement.room_id) if session.placement else None
        audience = fill(self.tr("%1 expected"), number(session.expected_audience))
        if room is not None:
            audience += " · " + fill(self.tr("%1 seats"), number(room.capacity))
        form.addRow(self.tr("Audience"), QLabel(audience))
        form.addRow(self.tr("Format"), QLabel(style.format_name(session.format)))
        names = store.labels(data.replica.conn, [ObjectRef("speaker", s) for s in session.speakers])
        speakers = QLabel(", ".join(names.get(s, s[:8]) for s in session.speakers) or "—")
        speakers.setWordWrap(True)
        form.addRow(self.tr("Speakers"), speakers)
        layout.addLayout(form)
        conflicts = data.conflicts_of(session_id)
        found = QLabel(
            self.tr("No conflict.")
            if not conflicts
            else self.tr("Conflicts:") + _conflict_lines(data, conflicts)
        )
        found.setTextFormat(Qt.TextFormat.RichText)
        found.setWordWrap(True)
        layout.addWidget(found)
        row = QHBoxLayout()
        if data.editable:
            move = QPushButton(self.tr("Move to…") if session.placement else self.tr("Place…"))
            move.clicked.connect(lambda: self._then(self.sig_move))
            row.addWidget(move)
            if session.placement is not None:
                off = QPushButton(self.tr("Take off the grid"))
                off.clicked.connect(lambda: self._then(self.sig_unplace))
                row.addWidget(off)
            self.status = QComboBox()
            self.status.setToolTip(self.tr("Status"))
            for code in ("draft", "scheduled", "cancelled"):
                self.status.addItem(style.status_name(code), code)
            if session.status == "released":
                self.status.insertItem(0, style.status_name("released"), "released")
            self.status.setCurrentIndex(max(0, self.status.findData(session.status)))
            self.status.activated.connect(self._status_chosen)
            row.addWidget(self.status)
        row.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)

    def _then(self, signal: Signal) -> None:
        self.accept()
        signal.emit(self.session_id)  # type: ignore[attr-defined]  # a bound SignalInstance

    @Slot(int)
    def _status_chosen(self, _index: int) -> None:
        status = str(self.status.currentData())
        session = self.data.session(self.session_id)
        if session is not None and status not in (session.status, "released"):
            self.accept()
            self.sig_status.emit(self.session_id, status)


class ReleaseDialog(QDialog):
    sig_released = Signal(int)
    """The version number just released."""
    sig_show_blocking = Signal()
    """Show the blocking conflicts in the conflicts panel."""

    def __init__(self, data: ScheduleData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("releaseDialog")
        self.data = data
        self.setWindowTitle(self.tr("Release the schedule"))
        self.setMinimumWidth(560)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.body = QLabel()
        self.body.setObjectName("releaseBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note for this version (optional)"))
        self.release = QPushButton(self.tr("Release now"))
        self.release.setObjectName("primary")
        self.release.clicked.connect(self._release)
        self.show_blocking = QPushButton(self.tr("Show in the conflicts panel"))
        self.show_blocking.clicked.connect(self._show)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.show_blocking)
        row.addStretch(1)
        row.addWidget(close)
        row.addWidget(self.release)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addWidget(self.note)
        layout.addLayout(row)
        self._render(data.checker.blocking())

    def _render(self, blocking: list[Conflict]) -> None:
        if blocking:
            self.heading.setText(
                self.tr(
                    "The schedule cannot be released: %n conflict(s) block it.", "", len(blocking)
                )
            )
            self.body.setText(
                self.tr("Fix them, or lower their rule's severity, then release.")
                + _conflict_lines(self.data, blocking[:12])
                + (
                    fill(self.tr("… and %1 more."), len(blocking) - 12)
                    if len(blocking) > 12
                    else ""
                )
            )
            self.note.hide()
            self.release.hide()
            self.show_blocking.show()
            return
        release, changes = self.data.changes()
        version = (release.version if release is not None else 0) + 1
        self.heading.setText(fill(self.tr("Release version %1"), version))
        counts: dict[str, int] = {}
        for change in changes:
            counts[change.change] = counts.get(change.change, 0) + 1
        parts = [
            self.tr("%n added", "", counts.get("added", 0)),
            self.tr("%n moved", "", counts.get("moved", 0)),
            self.tr("%n edited", "", counts.get("edited", 0)),
            self.tr("%n removed", "", counts.get("removed", 0)),
        ]
        since = (
            fill(self.tr("Since version %1:"), release.version)
            if release is not None
            else self.tr("First release:")
        )
        self.body.setText(
            f"{since} {', '.join(parts)}.<br>"
            + self.tr(
                "Every placed session that is scheduled goes into the release and becomes "
                "released; drafts stay out. Exports carry the version number."
            )
        )
        self.note.show()
        self.release.show()
        self.release.setDefault(True)
        self.show_blocking.hide()

    @Slot()
    def _release(self) -> None:
        try:
            made = self.data.release(self.note.text().strip())
        except ScheduleBlocked as blocked:
            self._render(list(blocked.conflicts))
            return
        except ScheduleError as error:
            self.body.setText(self.data.text.refusal(error.code, error.detail))
            self.release.hide()
            return
        self.accept()
        self.sig_released.emit(made.version)

    @Slot()
    def _show(self) -> None:
        self.accept()
        self.sig_show_blocking.emit()


def _star_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    star(painter, QPointF(8, 8), 7, QColor("#d97706"))
    painter.end()
    return QIcon(pixmap)


class RoomsDialog(QDialog):
    sig_changed = Signal(list, set, set, bool)
    """``(room ids in the order shown, hidden ids, favourite ids, favourites only)``;
    ``order`` is ``[]`` unless the coordinator dragged rooms into an order of their own."""

    def __init__(
        self,
        data: ScheduleData,
        ordered: list[str],
        hidden: set[str],
        favourites: set[str],
        favourites_only: bool,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roomsDialog")
        self.setWindowTitle(self.tr("Rooms"))
        self.setMinimumSize(420, 520)
        self.data = data
        self.favourites = set(favourites)
        self._reordered = False
        self._star = _star_icon()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a room"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        hint = QLabel(self.tr("Tick the rooms to show; drag to reorder; ★ pins to the top."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("roomsList")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        for room_id in ordered:
            room = data.world.rooms[room_id]
            item = QListWidgetItem(
                fill(self.tr("%1 — %2 seats · %3"), room.name, number(room.capacity), room.floor)
            )
            item.setData(Qt.ItemDataRole.UserRole, room_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, searchable(room.name, room.floor, room.zone))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Unchecked if room_id in hidden else Qt.CheckState.Checked
            )
            self._decorate(item)
            self.list.addItem(item)
        self.list.model().rowsMoved.connect(self._moved)
        self.list.itemChanged.connect(self._emit)
        self.favourite = QPushButton(self.tr("★ Favourite"))
        self.favourite.setToolTip(self.tr("Pin the selected room to the top of the grid"))
        self.favourite.clicked.connect(self._toggle_favourite)
        show_all = QPushButton(self.tr("Show all"))
        show_all.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        show_none = QPushButton(self.tr("Show none"))
        show_none.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self.only = QCheckBox(self.tr("Favourites only"))
        self.only.setChecked(favourites_only)
        self.only.toggled.connect(self._emit)
        done = QPushButton(self.tr("Done"))
        done.setDefault(True)
        done.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.favourite)
        row.addWidget(show_all)
        row.addWidget(show_none)
        row.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.only)
        bottom.addStretch(1)
        bottom.addWidget(done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addLayout(bottom)

    def _decorate(self, item: QListWidgetItem) -> None:
        room_id = str(item.data(Qt.ItemDataRole.UserRole))
        item.setIcon(self._star if room_id in self.favourites else QIcon())

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(n) for n in range(self.list.count())]

    @Slot(str)
    def _filter(self, text: str) -> None:
        for item in self._items():
            item.setHidden(
                bool(text) and not matches(text, str(item.data(Qt.ItemDataRole.UserRole + 1)))
            )

    def _check_all(self, state: Qt.CheckState) -> None:
        self.list.blockSignals(True)
        for item in self._items():
            if not item.isHidden():
                item.setCheckState(state)
        self.list.blockSignals(False)
        self._emit()

    @Slot()
    def _toggle_favourite(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        room_id = str(item.data(Qt.ItemDataRole.UserRole))
        self.favourites ^= {room_id}
        self.list.blockSignals(True)
        self._decorate(item)
        self.list.blockSignals(False)
        self._emit()

    @Slot()
    def _moved(self) -> None:
        self._reordered = True
        self._emit()

    @Slot()
    def _emit(self) -> None:
        items = self._items()
        order = [str(i.data(Qt.ItemDataRole.UserRole)) for i in items] if self._reordered else []
        hidden = {
            str(i.data(Qt.ItemDataRole.UserRole))
            for i in items
            if i.checkState() == Qt.CheckState.Unchecked
        }
        self.sig_changed.emit(order, hidden, set(self.favourites), self.only.isChecked())
