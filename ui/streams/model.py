"""The live board's table model: one row per channel, made from a ``wufops.streams.Board``.

Columns: channel, status, now, next, captions and sign language. Each cell has a display
text (what a screen reader and the tests read) and, for the board's painter
(``ui.streams.view``), a :class:`Cell`: a main line, a smaller line and chips — a status or
warning as a colour *and* a word. :meth:`BoardModel.set_board` replaces the rows and tells
the views only about the cells whose text changed (the countdowns, every second). Passes
``qtmodeltester``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ui.streams.texts import StreamTexts
from ui.text import range_dash
from wufops.streams import Board, BoardSlot, ChannelRow

Index = QModelIndex | QPersistentModelIndex

CHANNEL, STATUS, NOW, NEXT, ACCESS = range(5)
# the cell the board's painter draws
CELL_ROLE = Qt.ItemDataRole.UserRole + 1
# the row's state code (``live``, ``testing``, ``planned``, ``complete``, ``off_air``)
STATE_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Cell:
    primary: str
    secondary: str = ""
    # chips before the main line, (text, kind): kind is a state code, ``key`` (the digit
    # that selects the channel) or ``closed`` (do not stream)
    chips: tuple[tuple[str, str], ...] = ()
    # warnings before the smaller line: ``late``, ``overrun``, ``clash``, ``missing``
    alerts: tuple[tuple[str, str], ...] = ()

    @property
    def text(self) -> str:
        parts = [c[0] for c in self.chips] + [self.primary]
        parts += [a[0] for a in self.alerts] + [self.secondary]
        return " · ".join(p for p in parts if p)


def countdown(ms: int) -> str:
    """``1:58:00`` from an hour on, ``9:45`` below."""
    seconds = max(0, (ms + 999) // 1000)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class BoardModel(QAbstractTableModel):
    def __init__(
        self,
        zone: ZoneInfo,
        device_id: str = "",
        event_name: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._zone = zone
        # left out at the start of channel names on its own board ("WUF13 Channel 1")
        self._prefix = f"{event_name} " if event_name else ""
        # this replica's id: a change it made is shown as "this device"
        self._device_id = device_id
        self._texts = StreamTexts(self)
        self._rows: list[tuple[Cell, ...]] = []
        self._states: list[str] = []
        self._channels: list[str] = []
        self._board: Board | None = None
        self._headers = (
            self.tr("Channel"),
            self.tr("Status"),
            self.tr("On air now"),
            #: column header: the next session planned on the channel
            self.tr("Next"),
            self.tr("Captions · sign"),
        )

    # -- what the workspace asks -------------------------------------------------------------

    @property
    def board(self) -> Board | None:
        return self._board

    def channel_row(self, row: int) -> ChannelRow | None:
        if self._board is None or not 0 <= row < len(self._board.rows):
            return None
        return self._board.rows[row]

    def row_of(self, channel_id: str) -> int:
        return self._channels.index(channel_id) if channel_id in self._channels else -1

    def cell(self, row: int, column: int) -> Cell:
        return self._rows[row][column]

    def set_board(self, board: Board) -> None:
        """Show ``board``; views repaint only the cells whose text changed."""
        self._board = board
        rows = [self._make(r, n) for n, r in enumerate(board.rows)]
        channels = [r.channel.id for r in board.rows]
        if channels != self._channels:
            self.beginResetModel()
            self._rows, self._channels = rows, channels
            self._states = [r.state for r in board.rows]
            self.endResetModel()
            return
        for n, (old, new) in enumerate(zip(self._rows, rows, strict=True)):
            if old == new:
                continue
            changed = [c for c in range(len(new)) if old[c] != new[c]]
            self._rows[n] = new
            self._states[n] = board.rows[n].state
            self.dataChanged.emit(self.index(n, min(changed)), self.index(n, max(changed)))

    # -- the cells ---------------------------------------------------------------------------

    def _time(self, ms: int, *, day: bool = False) -> str:
        moment = datetime.fromtimestamp(ms / 1000, self._zone)
        clock = f"{moment.hour:02d}:{moment.minute:02d}"
        if not day:
            return clock
        name = QLocale().dayName(moment.isoweekday(), QLocale.FormatType.ShortFormat)
        return f"{name} {clock}"

    def _who(self, slot: BoardSlot) -> str:
        changed = slot.changed
        if changed is None:
            return ""
        who = changed.device_name or (
            self.tr("this device")
            if changed.device_id == self._device_id
            else changed.device_id[:8]
        )
        when = datetime.fromisoformat(changed.wall_time.replace("Z", "+00:00"))
        at = when.astimezone(self._zone)
        return self.tr("by %1 at %2").replace("%1", who).replace("%2", f"{at:%H:%M}")

    def _make(self, row: ChannelRow, number: int) -> tuple[Cell, ...]:
        texts = self._texts
        key = ((str(number + 1), "key"),) if number < 9 else ()
        name = row.channel.name
        if self._prefix and name.startswith(self._prefix) and len(name) > len(self._prefix):
            name = name[len(self._prefix) :]
        channel = Cell(name, row.channel.platform, key)
        alerts: list[tuple[str, str]] = []
        if row.late_ms is not None:
            minutes = row.late_ms // 60_000
            alerts.append((self.tr("LATE %1 min").replace("%1", str(minutes)), "late"))
        if row.overrun_ms is not None:
            minutes = row.overrun_ms // 60_000
            alerts.append((self.tr("OVERRUN %1 min").replace("%1", str(minutes)), "overrun"))
        if row.clash:
            alerts.append((self.tr("CLASH"), "clash"))
        status = Cell(
            "",
            self._who(row.now) if row.now else "",
            ((texts.status(row.state), row.state),),
            tuple(alerts),
        )
        now = Cell("—")
        if row.now is not None:
            w = row.now.window
            when = f"{self._time(w.start_ms)}{range_dash()}{self._time(w.end_ms)}"
            closed = ((self.tr("DO NOT STREAM"), "closed"),) if row.now.do_not_stream else ()
            now = Cell(row.now.title, f"{when} · {row.now.room}", closed)
        upcoming = Cell("—")
        if row.next is not None and row.countdown_ms is not None:
            w = row.next.window
            other_day = (
                datetime.fromtimestamp(w.start_ms / 1000, self._zone).date()
                != datetime.fromtimestamp(self._board_at() / 1000, self._zone).date()
            )
            start = self._time(w.start_ms, day=other_day)
            if row.countdown_ms > 0:
                when = (
                    self.tr("%1 · pre-roll in %2")
                    .replace("%1", start)
                    .replace("%2", countdown(row.countdown_ms))
                )
            else:
                when = self.tr("%1 · in pre-roll").replace("%1", start)
            upcoming = Cell(row.next.title, when)
        return (channel, status, now, upcoming, self._access(row.target))

    def _board_at(self) -> int:
        return self._board.at_ms if self._board is not None else 0

    def _access(self, slot: BoardSlot | None) -> Cell:
        if slot is None:
            return Cell("—")
        texts = self._texts
        captions = " ".join(texts.language(c) for c in slot.captions)
        signs = " ".join(texts.language(s) for s in slot.sign_languages)
        #: CC = closed captions; %1: language codes such as EN FR
        primary = self.tr("CC %1").replace("%1", captions) if captions else self.tr("No captions")
        secondary = self.tr("Sign: %1").replace("%1", signs) if signs else self.tr("No sign")
        alerts: list[tuple[str, str]] = []
        if slot.captions_missing:
            missing = " ".join(texts.language(c) for c in slot.captions_missing)
            #: short alert chip: captions in languages %1 are required but missing from the stream
            alerts.append((self.tr("NO CC %1").replace("%1", missing), "missing"))
        if slot.sign_missing:
            missing = " ".join(texts.language(s) for s in slot.sign_missing)
            #: short alert chip: sign language %1 (codes such as IS, ASL) is required but
            #: missing from the stream
            alerts.append((self.tr("NO SIGN %1").replace("%1", missing), "missing"))
        return Cell(primary, secondary, (), tuple(alerts))

    # -- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._headers):
            return None
        cell = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._headers[index.column()]}: {cell.text}"
        if role == CELL_ROLE:
            return cell
        if role == STATE_ROLE:
            return self._states[index.row()]
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

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


__all__: Sequence[str] = ("ACCESS", "CHANNEL", "NEXT", "NOW", "STATUS", "BoardModel", "Cell")
