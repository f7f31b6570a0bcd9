"""List models of the schedule workspace's side panels, and the delegate that draws them.

- :class:`UnscheduledModel` — sessions waiting for a room, searched as you type (the
  attendee search's folding: accents and case ignored, every word must match); a coordinator
  drags a row onto the grid (``ui.schedule.grid.SESSION_MIME``).
- :class:`ConflictsModel` — the conflicts, filtered by severity and rule, each as a sentence
  made from its rule code and parameters (``ui.schedule.messages``).
- :class:`LostModel` — placements that lost to a concurrent move (sync).
- :class:`ChangesModel` — what changed since the last release.

Every model passes ``qtmodeltester`` (tests/ui/schedule/test_models.py). Each row has a
headline (:data:`HEADLINE_ROLE`), a body (``DisplayRole``), a mark (:data:`MARK_ROLE`:
``("severity", "block")``, ``("type", "side_event")``…), an id (:data:`ID_ROLE`) and the
sessions it is about (:data:`SESSIONS_ROLE`); :class:`ItemDelegate` draws them on two lines.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.schedule import style
from ui.schedule.grid import SESSION_MIME, session_mime
from ui.schedule.paint import conflict_mark
from ui.schedule.rooms import matches, searchable
from wufops.models.schedule import Conflict, Session, SessionChange
from wufops.store.placement_conflicts import LostPlacement

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
HEADLINE_ROLE = ID_ROLE + 1
MARK_ROLE = ID_ROLE + 2
SESSIONS_ROLE = ID_ROLE + 3


class _ListModel(QAbstractListModel):
    """Rows of ``(id, headline, body, mark, sessions, tooltip)``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, tuple[str, str], tuple[str, ...], str]] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row_id, headline, body, mark, sessions, tip = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return body
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip or body
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{headline}: {body}"
        if role == ID_ROLE:
            return row_id
        if role == HEADLINE_ROLE:
            return headline
        if role == MARK_ROLE:
            return mark
        if role == SESSIONS_ROLE:
            return list(sessions)
        return None

    def _set(self, rows: list[tuple[str, str, str, tuple[str, str], tuple[str, ...], str]]) -> None:
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_of(self, row_id: str) -> int:
        return next((n for n, row in enumerate(self._rows) if row[0] == row_id), -1)

    def id_at(self, row: int) -> str:
        return self._rows[row][0] if 0 <= row < len(self._rows) else ""


class UnscheduledModel(_ListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draggable = True
        self._sessions: list[Session] = []
        self._keys: dict[str, str] = {}
        self._query = ""
        #: ``(session) -> minutes`` it takes when placed
        self.length_min: Callable[[Session], int] = lambda s: s.duration_min

    def set_sessions(self, sessions: Sequence[Session]) -> None:
        self._sessions = list(sessions)
        self._keys = {s.id: searchable(s.title, style.type_name(s.type), s.type) for s in sessions}
        self._refilter()

    def set_query(self, query: str) -> None:
        self._query = query
        self._refilter()

    @property
    def total(self) -> int:
        return len(self._sessions)

    def _refilter(self) -> None:
        rows = []
        for session in self._sessions:
            if self._query and not matches(self._query, self._keys[session.id]):
                continue
            minutes = self.length_min(session)
            headline = " · ".join(
                (style.type_name(session.type), f"{minutes} min", style.status_name(session.status))
            )
            rows.append(
                (session.id, headline, session.title, ("type", session.type), (session.id,), "")
            )
        self._set(rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.draggable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [SESSION_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        valid = [i for i in indexes if i.isValid()]
        if not valid:
            return QMimeData()
        return session_mime(self.id_at(valid[0].row()))

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


class ConflictsModel(_ListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.severity = ""  # "" any, "block", "warn"
        self.rule = ""  # "" any
        self._all: list[tuple[Conflict, str]] = []

    def set_conflicts(self, conflicts: Sequence[tuple[Conflict, str]]) -> None:
        """``(conflict, its sentence)`` pairs, strongest first."""
        self._all = list(conflicts)
        self._refilter()

    def set_filter(self, severity: str, rule: str) -> None:
        self.severity, self.rule = severity, rule
        self._refilter()

    def rules(self) -> list[str]:
        return sorted({c.rule for c, _ in self._all})

    def counts(self) -> dict[str, int]:
        found = {"block": 0, "warn": 0}
        for conflict, _ in self._all:
            found[conflict.severity] = found.get(conflict.severity, 0) + 1
        return found

    def conflict_at(self, row: int) -> Conflict | None:
        key = self.id_at(row)
        return next((c for c, _ in self._all if c.key == key), None)

    def _refilter(self) -> None:
        rows = []
        for conflict, text in self._all:
            if self.severity and conflict.severity != self.severity:
                continue
            if self.rule and conflict.rule != self.rule:
                continue
            headline = (
                f"{style.severity_name(conflict.severity)} · {style.rule_name(conflict.rule)}"
            )
            rows.append(
                (
                    conflict.key,
                    headline,
                    text,
                    ("severity", conflict.severity),
                    conflict.session_ids,
                    "",
                )
            )
        self._set(rows)


class LostModel(_ListModel):
    def set_lost(self, lost: Sequence[tuple[LostPlacement, str, str]]) -> None:
        """``(record, headline, sentence)`` per lost placement."""
        self._set(
            [
                (r.id, headline, text, ("severity", "warn"), (r.session_id,), "")
                for r, headline, text in lost
            ]
        )


class ChangesModel(_ListModel):
    def set_changes(self, changes: Sequence[tuple[SessionChange, str, str]]) -> None:
        """``(change, headline, sentence)`` per changed session."""
        self._set(
            [
                (
                    c.session_id,
                    headline,
                    text,
                    ("change", c.change),
                    (c.session_id,),
                    ", ".join(c.fields),
                )
                for c, headline, text in changes
            ]
        )


class ItemDelegate(QStyledItemDelegate):
    """Two lines: a marked headline (type chip or severity mark) and a wrapped body."""

    PAD = 8

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        head, body = QFont(option.font), QFont(option.font)
        head.setPixelSize(11)
        head.setWeight(QFont.Weight.DemiBold)
        body.setPixelSize(12)
        return head, body

    def _body_rect(self, option: QStyleOptionViewItem, width: int) -> QRect:
        return QRect(0, 0, max(40, width - 2 * self.PAD), 10_000)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        head, body = self._fonts(option)
        width = option.rect.width() or 280
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = QFontMetrics(body)
        bound = metrics.boundingRect(
            self._body_rect(option, width), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(width, self.PAD + QFontMetrics(head).height() + 4 + bound.height() + self.PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(rect, QColor("#dbeafe") if selected else QColor("#ffffff"))
        painter.setPen(QPen(QColor("#e2e8f0"), 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        head, body = self._fonts(option)
        x = rect.left() + self.PAD
        top = rect.top() + self.PAD
        head_h = QFontMetrics(head).height()
        kind, value = index.data(MARK_ROLE) or ("", "")
        if kind == "severity":
            conflict_mark(painter, QPointF(x + 6, top + head_h / 2), value, 11)
            colour = QColor(style.SEVERITY_COLOURS.get(value, "#475569"))
            x += 18
        elif kind == "type":
            colour = style.type_colour(value)
            chip = QRectF(x, top + 1, 10, head_h - 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(chip, 2, 2)
            x += 16
        else:
            colour = QColor({"removed": "#c81e1e", "added": "#15803d"}.get(value, "#0b6bcb"))
        painter.setFont(head)
        painter.setPen(colour)
        headline = QFontMetrics(head).elidedText(
            str(index.data(HEADLINE_ROLE) or ""), Qt.TextElideMode.ElideRight, rect.right() - x - 6
        )
        painter.drawText(
            QRect(x, top, rect.right() - x, head_h), int(Qt.AlignmentFlag.AlignVCenter), headline
        )
        painter.setFont(body)
        painter.setPen(QColor("#0f172a"))
        body_rect = QRect(
            rect.left() + self.PAD, top + head_h + 4, rect.width() - 2 * self.PAD, rect.height()
        )
        painter.drawText(
            body_rect,
            int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignTop),
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
        )
        painter.restore()
