"""The Streams workspace: the control room's live board (docs/streams.md).

One row per channel — on air now, next and the countdown to its pre-roll, the status and who
set it, LATE when a session has started and its slot is not live, captions and sign
language in the picture. Keyboard first: Up/Down or 1–9 choose a channel, T testing, L live,
C complete, P back to planned; a refused change says why in words in the message bar. F11
shows the same board full screen on a wall screen (the last screen when there are several),
Esc or F11 there brings it back.

Figures come from ``wufops.streams.board`` over a plan held in memory: every second the
board is recomputed from it (no database read; only the cells whose text changed repaint).
The plan is read again only when the change bus says stream, session or room rows changed —
a status change made here, or changes pulled from the hub — coalesced into one read.
Times are the event's.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.context import EVERYTHING, AppContext
from ui.streams.model import CHANNEL, BoardModel
from ui.streams.texts import StreamTexts
from ui.streams.view import BoardView
from wufops.store import sync_state as ss
from wufops.streams import Plan, StreamError, board, load_plan, set_slot_status
from wufops.sync.roles import writable_fields

#: change-bus entities whose rows the board shows
WATCHED = frozenset(
    {
        "stream_slot",
        "stream_channel",
        "stream_settings",
        "stream_status_change",
        "session",
        "room",
        "device",
        "device_replica",
        EVERYTHING,
    }
)

_STYLE = """
QWidget#streamsWorkspace, QWidget#wallBoard { background: #0b1220; }
QWidget#streamsWorkspace QLabel, QWidget#wallBoard QLabel {
    color: #ffffff; background: transparent;
}
QLabel#boardTitle { font-size: 22px; font-weight: 700; }
QLabel#boardClock { font-size: 26px; font-weight: 700; }
QLabel#boardKeys { font-size: 14px; color: #cbd5e1; }
QLabel#boardMessage { font-size: 17px; font-weight: 600; border-radius: 8px; padding: 8px 12px; }
QLabel#boardMessage[tone="refused"] { background: #facc15; color: #111827; }
QLabel#boardMessage[tone="done"] { background: #14532d; color: #ffffff; }
QLabel#boardMessage[tone="idle"] { background: #111a2e; color: #cbd5e1; }
QPushButton#wallButton {
    background: #1e293b; color: #ffffff; border: 1px solid #475569; border-radius: 6px;
    padding: 6px 14px; font-size: 14px; font-weight: 600;
}
QPushButton#wallButton:focus { border: 2px solid #38bdf8; }
QTableView#streamBoard { background: #0b1220; border: none; color: #ffffff; }
QTableView#streamBoard QHeaderView::section {
    background: #0b1220; color: #cbd5e1; border: none; border-bottom: 2px solid #334155;
    padding: 4px 10px;
}
"""


class WallBoard(QWidget):
    """The board alone, full screen, for a wall screen: same model, same selection, same
    keys; Esc or F11 closes it."""

    def __init__(self, workspace: StreamsWorkspace) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setObjectName("wallBoard")
        self.setStyleSheet(_STYLE)
        self.setWindowTitle(workspace.title.text())
        self._workspace = workspace
        self.title = QLabel()
        self.title.setObjectName("boardTitle")
        self.clock = QLabel()
        self.clock.setObjectName("boardClock")
        self.view = BoardView()
        self.view.setModel(workspace.model)
        self.view.setSelectionModel(workspace.view.selectionModel())
        self.view.sig_status.connect(workspace.change_status)
        self.view.sig_wall.connect(self.close)
        self.message = QLabel()
        self.message.setObjectName("boardMessage")
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.clock)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

    def scale(self) -> None:
        """Headline sizes follow the screen: readable across a room."""
        height = max(720, self.height())
        self.title.setStyleSheet(f"font-size: {height // 28}px; font-weight: 700;")
        self.clock.setStyleSheet(f"font-size: {height // 22}px; font-weight: 700;")
        self.message.setStyleSheet(f"font-size: {height // 40}px;")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scale()
        self.view.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self._workspace.wall_closed()


class StreamsWorkspace(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("streamsWorkspace")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_STYLE)
        self._context = context
        self._texts = StreamTexts(self)
        self._plan: Plan | None = None
        #: the plan is out of date: read it again when next on screen
        self.stale = False
        self.wall: WallBoard | None = None
        self.reads = 0  # how many times the plan was read (tests count them)

        self.title = QLabel(self.tr("Live board"))
        self.title.setObjectName("boardTitle")
        self.clock = QLabel()
        self.clock.setObjectName("boardClock")
        self.wall_button = QPushButton(self.tr("Wall screen (F11)"))
        self.wall_button.setObjectName("wallButton")
        self.wall_button.clicked.connect(self.toggle_wall)
        self.model = BoardModel(context.zone, context.replica.device_id, context.event.name, self)
        self.view = BoardView()
        self.view.setModel(self.model)
        self.view.sig_status.connect(self.change_status)
        self.view.sig_wall.connect(self.toggle_wall)
        self.message = QLabel()
        self.message.setObjectName("boardMessage")
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.keys = QLabel(
            self.tr(
                "↑ ↓ or 1–8: channel · T testing · L live · C complete · P planned · "
                "F11 wall screen"
            )
        )
        self.keys.setObjectName("boardKeys")
        self.keys.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.clock)
        top.addSpacing(12)
        top.addWidget(self.wall_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.keys)
        self._say("idle", self.tr("Choose a channel, then T, L, C or P to change its status."))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._second)
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(0)
        self._reload.timeout.connect(self.reload)
        context.bus.sig_rows_changed.connect(self._rows_changed)
        self.reload()
        self.view.select_row(0)

    # -- reading and ticking -----------------------------------------------------------------

    @property
    def plan(self) -> Plan | None:
        return self._plan

    def _on_screen(self) -> bool:
        return self.isVisible() or (self.wall is not None and self.wall.isVisible())

    @Slot()
    def reload(self) -> None:
        """Read the plan again (on a change), then redraw."""
        self.stale = False
        selected = self._selected_channel()
        self._plan = load_plan(self._context.replica.conn, self._context.event.id)
        self.reads += 1
        self.tick()
        if selected is not None:
            row = self.model.row_of(selected)
            if row >= 0 and row != self.view.currentIndex().row():
                self.view.select_row(row)

    def now_ms(self) -> int:
        return self._context.replica.now_ms()

    def tick(self) -> None:
        """Recompute the board for this second from the plan in memory (no database)."""
        if self._plan is None:
            return
        at = self.now_ms()
        self.model.set_board(board(self._plan, at))
        moment = datetime.fromtimestamp(at / 1000, self._context.zone)
        day = QLocale().dayName(moment.isoweekday(), QLocale.FormatType.ShortFormat)
        text = f"{day} {moment:%d} · {moment:%H:%M:%S}"
        self.clock.setText(text)
        if self.wall is not None:
            self.wall.clock.setText(text)

    @Slot()
    def _second(self) -> None:
        self.tick()
        self._arm()

    def _arm(self) -> None:
        """Tick again just after the next whole second (the countdowns then step evenly)."""
        if self._on_screen():
            self._timer.start(1000 - self.now_ms() % 1000 + 5)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()
        else:
            self.tick()
        self._arm()
        self.view.setFocus()
        QTimer.singleShot(0, self.view, self.view.fit)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.wall is not None and not self.window().isVisible():
            self.wall.close()  # the app's window closed: the wall screen goes with it
        if not self._on_screen():
            self._timer.stop()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys the focused widget left (the wall button has the focus after a click) are
        the board's."""
        self.view.keyPressEvent(event)

    def focus_search(self) -> None:
        """The main window's Ctrl+F (and switching here): the board takes the keys."""
        self.view.setFocus()

    @Slot(str, list)
    def _rows_changed(self, entity: str, _ids: list[str]) -> None:
        if entity not in WATCHED:
            return
        if self._on_screen():
            self._reload.start()  # once, however many entities a pulled batch names
        else:
            self.stale = True

    # -- status keys -------------------------------------------------------------------------

    def _selected_channel(self) -> str | None:
        row = self.model.channel_row(self.view.currentIndex().row())
        return row.channel.id if row is not None else None

    def _say(self, tone: str, text: str) -> None:
        for label in (self.message, *((self.wall.message,) if self.wall is not None else ())):
            label.setProperty("tone", tone)
            label.setText(text)
            label.style().unpolish(label)
            label.style().polish(label)

    @Slot(str)
    def change_status(self, status: str) -> None:
        """Move the selected channel's slot (now's, else next's) to ``status``."""
        number = self.view.currentIndex().row()
        row = self.model.channel_row(number)
        if row is None:
            return
        channel = self.model.cell(number, CHANNEL).primary  # as the row names it
        target = row.target
        if target is None:
            self._say("refused", self._texts.refusal("nothing_planned", channel, "", "", ""))
            return
        role = ss.read_state(self._context.replica).role
        fields = writable_fields(role, "stream_slot")
        if fields is not None and "status" not in fields:
            self._say("refused", self._texts.refusal("role_forbidden", channel, "", "", ""))
            return
        try:
            set_slot_status(
                self._context.replica, target.slot_id, status, event_id=self._context.event.id
            )
        except StreamError as error:
            self._say(
                "refused",
                self._texts.refusal(
                    error.code,
                    channel,
                    target.title,
                    error.from_status or target.status,
                    error.to_status or status,
                ),
            )
            return
        self._say("done", self._texts.changed(channel, target.title, status))
        self._context.bus.rows_changed("stream_slot", [target.slot_id])
        self._reload.stop()
        self.reload()

    # -- the wall screen ---------------------------------------------------------------------

    @Slot()
    def toggle_wall(self) -> None:
        if self.wall is not None and self.wall.isVisible():
            self.wall.close()
            return
        self.wall = WallBoard(self)
        self.wall.title.setText(self.title.text() + " · " + self._context.event.name)
        self.wall.message.setProperty("tone", self.message.property("tone"))
        self.wall.message.setText(self.message.text())
        screens = QGuiApplication.screens()
        here = self.screen()
        wall_screen = next((s for s in reversed(screens) if s is not here), here)
        if wall_screen is not None:
            self.wall.setScreen(wall_screen)
            self.wall.setGeometry(wall_screen.geometry())
        self.wall.showFullScreen()
        self.tick()
        self._arm()

    def wall_closed(self) -> None:
        self.wall = None
        if not self.isVisible():
            self._timer.stop()
        else:
            self.view.setFocus()
