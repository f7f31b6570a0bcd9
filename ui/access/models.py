"""The access workspace's table models (each passes ``qtmodeltester``):

- :class:`CoverageModel` — the day's sessions that need a service, in time order: time, room,
  title, coverage (a glyph and a word on a colour: never colour alone), each service's
  filled units;
- :class:`SlotsModel` — the chosen session's slots: service and slot, who fills it, locked;
  a provider dropped on a row (MIME :data:`PROVIDER_MIME`) asks to be assigned there;
- :class:`ProvidersModel` — every provider with their load that day and their timeline (the
  painter reads :data:`TIMELINE_ROLE`); a row drags out as :data:`PROVIDER_MIME`;
- :class:`ChangesModel` — a solve proposal's changes: slot, session, before, after.

Times are the event's (``ui.schedule.messages.Clock``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from ui.access.data import AccessData, SessionRow
from ui.access.texts import AccessTexts
from ui.schedule.messages import Clock, fill
from ui.text import range_dash
from wufops.access.proposal import SlotChange
from wufops.access.timeline import TimelineDay

Index = QModelIndex | QPersistentModelIndex
PROVIDER_MIME = "application/x-wufops-provider"
# the row's key (session id, slot id, provider id)
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
# the coverage state code (``covered``, ``partial``, ``unmet``)
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
# a provider's :class:`~wufops.access.timeline.TimelineDay` (or ``None``: not working)
TIMELINE_ROLE = Qt.ItemDataRole.UserRole + 3

STATE_COLOURS = {"covered": "#bbf7d0", "partial": "#fde68a", "unmet": "#fecaca"}


class _Table(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self._count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def _count(self) -> int:
        raise NotImplementedError


# -- coverage ----------------------------------------------------------------------------------

TIME, ROOM, TITLE, STATE, SERVICES = range(5)


class CoverageModel(_Table):
    def __init__(self, data: AccessData, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data = data
        self._clock = clock
        self._texts = AccessTexts(self)
        self._rows: list[SessionRow] = []
        self.headers = (
            self.tr("Time"),
            self.tr("Room"),
            self.tr("Session"),
            self.tr("Coverage"),
            self.tr("Services filled"),
        )

    def _count(self) -> int:
        return len(self._rows)

    def set_day(self, day: int | None) -> None:
        self.beginResetModel()
        self._rows = self._data.sessions_on(day) if day is not None else []
        self.endResetModel()

    def row_of(self, session_id: str) -> int:
        for n, row in enumerate(self._rows):
            if row.session.id == session_id:
                return n
        return -1

    def session_at(self, row: int) -> SessionRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def services_text(self, row: SessionRow) -> str:
        parts = []
        for service in row.coverage.services:
            tag = self._texts.short_service(service.service, service.language)
            wanted = len(service.slots)  # required and advised units
            parts.append(f"{tag} {self._texts.ratio(min(service.filled, wanted), wanted)}")
        return " · ".join(parts)

    def services_long(self, row: SessionRow) -> str:
        """Each service with its units in words (the tooltip of the services cell)."""
        return "\n".join(
            fill(
                self.tr("%1: %2 of %3 units filled (%4 required)."),
                self._texts.service(s.service, s.language),
                min(s.filled, len(s.slots)),
                len(s.slots),
                s.required,
            )
            for s in row.coverage.services
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TIME:
                return self._clock.time(row.start_ms) + range_dash() + self._clock.time(row.end_ms)
            if column == ROOM:
                return row.room
            if column == TITLE:
                return row.session.title
            if column == STATE:
                return self._texts.state(row.coverage.state)
            if column == SERVICES:
                return self.services_text(row)
        if role == Qt.ItemDataRole.BackgroundRole and column == STATE:
            return QColor(STATE_COLOURS.get(row.coverage.state, "#ffffff"))
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE:
            return QColor("#111827")
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return row.session.title
        if role == Qt.ItemDataRole.ToolTipRole and column == SERVICES:
            return self.services_long(row)
        if role == KEY_ROLE:
            return row.session.id
        if role == STATE_ROLE:
            return row.coverage.state
        return None


# -- the chosen session's slots --------------------------------------------------------------


@dataclass(frozen=True)
class SlotLine:
    slot_id: str
    service: str
    language: str
    slot_no: int
    level: str
    provider_id: str | None
    feed_id: str | None
    counts: bool
    locked: bool


SLOT, PROVIDER, LOCK = range(3)


class SlotsModel(_Table):
    sig_dropped = Signal(str, str)
    """``(slot id, provider id)``: a provider was dropped on a slot."""

    def __init__(self, data: AccessData, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data = data
        self._texts = AccessTexts(self)
        self._lines: list[SlotLine] = []
        self.session_id = ""
        self.headers = (self.tr("Slot"), self.tr("Assigned"), self.tr("Lock"))

    def _count(self) -> int:
        return len(self._lines)

    def set_session(self, session_id: str) -> None:
        self.beginResetModel()
        self.session_id = session_id
        self._lines = []
        coverage = self._data.coverage.get(session_id)
        for service in coverage.services if coverage else ():
            for slot in service.slots:
                self._lines.append(
                    SlotLine(slot.slot_id, service.service, service.language, slot.slot_no,
                             slot.level, slot.provider_id, slot.feed_provider_id, slot.counts,
                             slot.locked)
                )  # fmt: skip
        self.endResetModel()

    def line(self, row: int) -> SlotLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of(self, slot_id: str) -> int:
        return next((n for n, line in enumerate(self._lines) if line.slot_id == slot_id), -1)

    def slot_text(self, line: SlotLine) -> str:
        text = self._texts.slot(line.service, line.language, line.slot_no)
        return f"{text} ({self._texts.level(line.level)})"

    def who(self, line: SlotLine) -> str:
        if line.provider_id is None:
            return self.tr("— open —")
        lead = self._data.name(line.provider_id)
        if line.feed_id:
            return fill(self.tr("%1 with feed %2"), lead, self._data.name(line.feed_id))
        return lead

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SLOT:
                return self.slot_text(line)
            if column == PROVIDER:
                if line.provider_id is not None and not line.counts:
                    return fill(self.tr("⚠ %1 (does not count: see the rules)"), self.who(line))
                return self.who(line)
            if column == LOCK:
                return self.tr("⚑ Locked") if line.locked else ""
        if role == Qt.ItemDataRole.BackgroundRole and column == PROVIDER:
            state = "covered" if line.counts else ("unmet" if line.level == "required" else "")
            return QColor(STATE_COLOURS[state]) if state else None
        if role == KEY_ROLE:
            return line.slot_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base

    def mimeTypes(self) -> list[str]:
        return [PROVIDER_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(PROVIDER_MIME) and self._target(row, parent) is not None

    def _target(self, row: int, parent: Index) -> SlotLine | None:
        return self.line(parent.row() if parent.isValid() else row)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        target = self._target(row, parent)
        if target is None or not data.hasFormat(PROVIDER_MIME):
            return False
        provider_id = bytes(data.data(PROVIDER_MIME).data()).decode("utf-8")
        self.sig_dropped.emit(target.slot_id, provider_id)
        return False  # nothing moves in this model: the workspace assigns and reloads


# -- providers and their day -----------------------------------------------------------------

NAME, LOAD, DAY = range(3)


class ProvidersModel(_Table):
    def __init__(self, data: AccessData, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data = data
        self._clock = clock
        self._texts = AccessTexts(self)
        self._ids: list[str] = []
        self._days: dict[str, TimelineDay | None] = {}
        self.day: int | None = None
        self.headers = (self.tr("Provider"), self.tr("Load that day"), self.tr("Day"))

    def _count(self) -> int:
        return len(self._ids)

    def set_day(self, day: int | None) -> None:
        self.beginResetModel()
        self.day = day
        self._ids = self._data.providers_in_order()
        self._days = {
            pid: self._data.timeline_on(pid, day) if day is not None else None for pid in self._ids
        }
        self.endResetModel()

    def provider_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, provider_id: str) -> int:
        return self._ids.index(provider_id) if provider_id in self._ids else -1

    def kind_text(self, provider_id: str) -> str:
        provider = self._data.plan.providers[provider_id]
        if provider.kind == "captioner":
            return self.tr("captioner")
        return self.tr("Deaf interpreter") if provider.deaf else self.tr("interpreter")

    def day_text(self, day: TimelineDay) -> str:
        """The day in words, a line per piece of work and per change of room."""
        lines = []
        travel_before = {after: minutes for _before, after, minutes in day.travels}
        for work in day.works:
            if work.slot_id in travel_before:
                lines.append(
                    self.tr("Travel to another room: %n min.", "", travel_before[work.slot_id])
                )
            room = self._data.rooms.get(work.room_id, work.room_id)
            session = self._data.plan.sessions.get(work.session_id)
            title = session.title if session else work.session_id
            service = self._texts.service(work.service, work.language)
            text = (
                self.tr("%1 in %2: %3, %4 (feeding the Deaf interpreter).")
                if work.role == "feed"
                else self.tr("%1 in %2: %3, %4.")
            )
            when = self._clock.short_span(work.start_ms, work.end_ms)
            line = fill(text, when, room, service, title)
            lines.append(fill(self.tr("%1 Locked."), line) if work.locked else line)
        return "\n".join(lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        provider_id = self._ids[index.row()]
        day = self._days.get(provider_id)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return f"{self._data.name(provider_id)} · {self.kind_text(provider_id)}"
            if column == LOAD:
                if day is None:
                    return self.tr("Not working")
                return self._texts.load(day.minutes, day.cap)
            if column == DAY:
                if day is None:
                    return ""
                return self.tr("%n assignment(s)", "", len(day.works))
        if role == Qt.ItemDataRole.BackgroundRole and column == LOAD and day is not None:
            return QColor(STATE_COLOURS["unmet"]) if day.minutes > day.cap else None
        if role == Qt.ItemDataRole.ToolTipRole and column == DAY and day is not None:
            return self.day_text(day)
        if role == TIMELINE_ROLE:
            return day
        if role == KEY_ROLE:
            return provider_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base

    def mimeTypes(self) -> list[str]:
        return [PROVIDER_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        for index in indexes:
            provider_id = self.provider_at(index.row())
            if provider_id is not None:
                mime.setData(PROVIDER_MIME, QByteArray(provider_id.encode("utf-8")))
                mime.setText(self._data.name(provider_id))
                break
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


# -- a proposal's changes --------------------------------------------------------------------

CH_SESSION, CH_SLOT, CH_BEFORE, CH_AFTER = range(4)


class ChangesModel(_Table):
    def __init__(self, data: AccessData, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data = data
        self._clock = clock
        self._texts = AccessTexts(self)
        self._changes: list[SlotChange] = []
        self.headers = (self.tr("Session"), self.tr("Slot"), self.tr("Now"), self.tr("Proposed"))

    def _count(self) -> int:
        return len(self._changes)

    def set_changes(self, changes: Sequence[SlotChange]) -> None:
        self.beginResetModel()
        self._changes = list(changes)
        self._changes.sort(key=lambda c: self._start(c.session_id))
        self.endResetModel()

    def _start(self, session_id: str) -> int:
        session = self._data.plan.sessions.get(session_id)
        return session.placement.start_ms if session and session.placement else 0

    def _unit(self, unit: tuple[str | None, str | None]) -> str:
        if unit[0] is None:
            return self.tr("— open —")
        if unit[1]:
            return fill(
                self.tr("%1 with feed %2"), self._data.name(unit[0]), self._data.name(unit[1])
            )
        return self._data.name(unit[0])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._changes):
            return None
        change = self._changes[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CH_SESSION:
                session = self._data.plan.sessions.get(change.session_id)
                title = session.title if session else change.session_id
                start = self._start(change.session_id)
                return f"{self._clock.when(start)} · {title}" if start else title
            if column == CH_SLOT:
                return self._texts.slot(change.service, change.language, change.slot_no)
            if column == CH_BEFORE:
                return self._unit(change.before)
            if column == CH_AFTER:
                return self._unit(change.after)
        if role == Qt.ItemDataRole.ToolTipRole and column in (CH_SESSION, CH_AFTER):
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == KEY_ROLE:
            return change.slot_id
        return None
