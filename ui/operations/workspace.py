"""The Operations workspace: the supervisor's screen.

Tabs:
- **Dashboard** (:class:`~ui.operations.dashboard.DashboardView`): where the queue is, why,
  and what to do, then six charts — computed by ``wufops.ops.dashboard`` (Qt-free), drawn
  here. F11 or the *Wall screen* button shows it full screen (``ui.operations.wall``);
- **Devices**: sync health of every device this desk knows of, this desk first (its live
  link and outbox), a red row for one not heard of for longer than the stale limit;
- **Duplicate pickups**: attendees handed a badge at more than one desk (offline desks both
  said yes): which pickup counts (first by HLC and device), which desks;
- **Conflicts**: concurrent edits of the same field (the later one won) and invariant
  warnings, as recorded by the hub;
- **Rejected changes**: this device's changes the hub refused, with the hub's reason.

Everything refreshes only while it is on screen (the workspace or the wall window): every
:data:`AUTO_REFRESH_S` seconds, and when the hub sends changes (the sync bridge) or this desk
records something (the change bus) — at once for the first change, then at most once per
:data:`COALESCE_S` while changes keep coming. A change while nothing is on screen marks it
stale: it refreshes once when shown again, and a busy desk's scans never pay for figures
nobody is looking at.

Settings (thresholds, the expected arrivals) come from ``ops-settings.json`` beside the
event's database when there is one (docs/operations.md).
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import EVERYTHING, AppContext
from ui.language import day_and_clock, number
from ui.operations.dashboard import DashboardView
from ui.operations.model import RowsModel
from ui.operations.wall import WallWindow
from ui.sync.bridge import bridge_for
from wufops.clock import parse_iso_utc
from wufops.errors import CodedError
from wufops.net.driver import SyncStatus
from wufops.ops import Link, OpsError, dashboard
from wufops.ops.figures import Dashboard, DeviceHealth
from wufops.ops.palette import CRITICAL, STALE_BACKGROUND
from wufops.ops.settings import OpsSettings, load_settings, settings_beside
from wufops.store import checkins
from wufops.store import ops as ops_store
from wufops.store import sync_state as ss

# seconds between refreshes while on screen
AUTO_REFRESH_S = 20
# after a change-driven refresh, further changes wait this long (and refresh once)
COALESCE_S = 2.0


class OperationsWorkspace(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operationsWorkspace")
        self._context = context
        # a change arrived while nothing was on screen: refresh when shown
        self.stale = False
        self.board: Dashboard | None = None
        self.settings, self.settings_problem = self._load_settings()
        self.summary = QLabel()
        self.summary.setObjectName("operationsSummary")
        refresh = QPushButton(self.tr("Refresh"))
        refresh.setObjectName("opsRefresh")
        refresh.clicked.connect(self.refresh)
        self.wall_button = QPushButton(self.tr("Wall screen (F11)"))
        self.wall_button.setObjectName("opsWallButton")
        self.wall_button.clicked.connect(self.toggle_wall)

        self.view = DashboardView()
        self.devices = RowsModel(
            [
                self.tr("Device"),
                self.tr("Role"),
                self.tr("State"),
                self.tr("Last seen"),
                self.tr("Newest record"),
                self.tr("Pending"),
                #: column header: how late a device's recent changes reached the hub
                self.tr("Lag"),
            ],
            self,
        )
        self.duplicates = RowsModel(
            [
                self.tr("Attendee"),
                self.tr("Registration"),
                self.tr("Counted pickup"),
                self.tr("Duplicate pickups"),
            ],
            self,
        )
        self.conflicts = RowsModel(
            [
                self.tr("Detected"),
                #: column header: the kind of record a sync conflict was about
                self.tr("What"),
                self.tr("Field"),
                #: column header: the value a sync conflict kept
                self.tr("Kept"),
                #: column header: the value a sync conflict replaced
                self.tr("Overwritten"),
            ],
            self,
        )
        self.rejected = RowsModel(
            [self.tr("Change"), self.tr("Record"), self.tr("Reason"), self.tr("Detail")], self
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("operationsTabs")
        self.tabs.addTab(self.view, self.tr("Dashboard"))
        self._tables: list[QTableView] = []
        for model, title in (
            (self.devices, self.tr("Devices")),
            (self.duplicates, self.tr("Duplicate pickups")),
            (self.conflicts, self.tr("Conflicts")),
            (self.rejected, self.tr("Rejected changes")),
        ):
            view = QTableView()
            view.setModel(model)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setAlternatingRowColors(True)
            view.setShowGrid(False)
            view.verticalHeader().hide()
            header = view.horizontalHeader()
            header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
            self._tables.append(view)
            self.tabs.addTab(view, title)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.wall_button)
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.wall: WallWindow | None = None
        QShortcut(QKeySequence("F11"), self, self.toggle_wall)
        self._auto = QTimer(self, interval=AUTO_REFRESH_S * 1000)
        self._auto.timeout.connect(self._tick)
        self._coalesce = QTimer(self, singleShot=True)
        self._coalesce.timeout.connect(self._coalesced)
        self._changed_at = float("-inf")

        self._bridge = bridge_for(context.db_path)
        if self._bridge is not None:
            self._bridge.sig_changes.connect(self._hub_changed)
            self._bridge.sig_status.connect(self._status)
        context.bus.sig_rows_changed.connect(self._rows_changed)
        self.refresh()

    def _load_settings(self) -> tuple[OpsSettings, str]:
        path = settings_beside(self._context.db_path)
        if not path.is_file():
            return OpsSettings(), ""
        try:
            return load_settings(path), ""
        except CodedError as error:
            return OpsSettings(), f"{error.code}: {error.detail}"

    # -- when to refresh ---------------------------------------------------------------------

    @property
    def on_screen(self) -> bool:
        """The workspace or its wall window is showing the figures."""
        return self.isVisible() or (self.wall is not None and self.wall.isVisible())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._auto.start()
        if self.stale:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not self.on_screen:
            self._auto.stop()
            self._coalesce.stop()

    def _changed(self) -> None:
        """Something shown may have changed: refresh now if on screen (coalesced)."""
        if not self.on_screen:
            self.stale = True
            return
        since = time.monotonic() - self._changed_at
        if since >= COALESCE_S:
            self._changed_at = time.monotonic()
            self.refresh()
        elif not self._coalesce.isActive():
            self._coalesce.start(int((COALESCE_S - since) * 1000) + 1)

    @Slot()
    def _coalesced(self) -> None:
        self._changed_at = time.monotonic()
        if self.on_screen:
            self.refresh()
        else:
            self.stale = True

    @Slot()
    def _tick(self) -> None:
        if self.on_screen:
            self.refresh()
        else:
            self._auto.stop()

    # -- wall screen -----------------------------------------------------------------------

    @Slot()
    def toggle_wall(self) -> None:
        """F11: the dashboard full screen on this display; F11 or Esc there leaves it."""
        if self.wall is not None:
            self.wall.close()
            return
        self.wall = WallWindow(self.tr("Operations — %1").replace("%1", self._context.event.name))
        self.wall.sig_closed.connect(self._wall_closed)
        if self.board is not None:
            self.wall.set_board(self.board)
        self.wall.showFullScreen()
        self.wall.view.focus_chart(0)
        self._auto.start()

    @Slot()
    def _wall_closed(self) -> None:
        wall, self.wall = self.wall, None
        if wall is not None:
            wall.deleteLater()
        if not self.isVisible():
            self._auto.stop()

    # -- refresh ---------------------------------------------------------------------------

    def _link(self) -> Link | None:
        if self._bridge is None:
            return None
        s = self._bridge.status
        return Link(s.phase, s.last_sync_ms, s.cursor, s.hub_seq, s.device_name, s.role)

    @Slot()
    def refresh(self) -> None:
        self.stale = False
        conn = self._context.replica.conn
        try:
            board = dashboard(
                conn,
                now_ms=self._context.clock.now_ms(),
                settings=self.settings,
                link=self._link(),
            )
        except OpsError:
            board = None
        self.board = board
        if board is not None:
            self.view.set_board(board)
            if self.wall is not None:
                self.wall.set_board(board)
            self._devices(board)
        rows, tips = [], []
        for attendee_id in ops_store.duplicate_attendees(conn):
            state = checkins.pickup_state(conn, attendee_id)
            if state.primary is None or not state.duplicates:
                continue
            person = checkins.attendee(conn, attendee_id)
            name = f"{person.given_name} {person.family_name}".strip() if person else "?"
            counted = f"{state.primary.desk or '—'} · {self._when(state.primary.wall_time)}"
            others = ", ".join(
                f"{d.desk or '—'} · {self._when(d.wall_time)}" for d in state.duplicates
            )
            rows.append((name, person.reg_code if person else "", counted, others))
            tips.append(self.tr("Badge sharing or double queueing: check with the attendee"))
        self.duplicates.set_rows(rows, tips)
        self.conflicts.set_rows(
            [
                (
                    self._when(c.detected_at),
                    self._what(c.entity, c.row_id),
                    c.field,
                    _value(c.winner),
                    _value(c.loser),
                )
                for c in ss.conflicts(conn)
            ]
        )
        self.rejected.set_rows(
            [
                (f"#{r.client_seq} {r.kind}", f"{r.entity} {r.row_id[:8]}", r.code, r.detail)
                for r in ss.rejected_ops(conn)
            ]
        )
        for view in self._tables:
            view.resizeColumnsToContents()
        devices = board.devices if board is not None else ()
        red = sum(1 for d in devices if d.stale)
        parts = [
            self.tr("Devices: %1").replace("%1", str(len(devices))),
            self.tr("Duplicate pickups: %1").replace("%1", str(len(rows))),
            self.tr("Conflicts: %1").replace("%1", str(self.conflicts.rowCount())),
            self.tr("Rejected changes from this device: %1").replace(
                "%1", str(self.rejected.rowCount())
            ),
        ]
        if red:
            parts.insert(1, self.tr("not syncing: %1").replace("%1", str(red)))
        if self.settings_problem:
            parts.append(self.tr("settings ignored (%1)").replace("%1", self.settings_problem))
        self.summary.setText(" · ".join(parts))
        self.tabs.setTabText(
            1, self.tr("Devices (%n not syncing)", "", red) if red else self.tr("Devices")
        )

    def _devices(self, board: Dashboard) -> None:
        states = {
            "online": self.tr("online"),
            "quiet": self.tr("quiet"),
            "stale": self.tr("not syncing"),
            "never": self.tr("never seen"),
            "revoked": self.tr("revoked"),
            "offline": self.tr("offline"),
        }
        rows, tips, fg, bg = [], [], [], []
        for d in board.devices:
            name = d.name or self.tr("this desk")
            role = d.role
            if d.source == "self":  # the name stays the device's: the role says it is here
                role = self.tr("%1 (this desk)").replace("%1", d.role or "—")
            rows.append(
                (
                    name,
                    role,
                    states[d.state],
                    self._ago(d.last_seen_ms, board.at_ms if d.source != "self" else None),
                    self._clock(d.last_record_ms),
                    "—" if d.pending is None else number(d.pending),
                    self._duration(d.lag_ms),
                )
            )
            tips.append(self._device_tip(d))
            fg.append(QColor(CRITICAL) if d.stale else None)
            bg.append(QColor(STALE_BACKGROUND) if d.stale else None)
        self.devices.set_rows(rows, tips, foreground=fg, background=bg)

    def _device_tip(self, d: DeviceHealth) -> str:
        if d.source == "self":
            return self.tr(
                "This desk: its own link and the ops it holds that the hub has not "
                "acknowledged; lag is the age of the oldest of them"
            )
        if d.source == "hub":
            return self.tr("As the hub recorded it; lag: how late its recent work arrived")
        return self.tr(
            "As replicated to this desk: last seen is the hub's last contact or its newest "
            "record here. Only the hub knows other devices' pending ops and lag."
        )

    def _ago(self, ms: int | None, at_ms: int | None) -> str:
        if ms is None:
            return self.tr("never")
        if at_ms is None:
            return self._clock(ms)
        minutes = max(0, (at_ms - ms) // 60_000)
        if minutes < 1:
            return self.tr("just now")
        if minutes < 120:
            return self.tr("%1 min ago").replace("%1", str(minutes))
        return self._clock(ms)

    def _clock(self, ms: int | None) -> str:
        if ms is None:
            return "—"
        moment = datetime.fromtimestamp(ms / 1000, UTC).astimezone(self._context.zone)
        day = QLocale().toString(QDate(moment.year, moment.month, moment.day), "d MMM")
        return f"{day} {moment:%H:%M}"

    def _duration(self, ms: int | None) -> str:
        if ms is None:
            return "—"
        if ms < 60_000:
            return self.tr("%1 s").replace("%1", str(ms // 1000))
        if ms < 180 * 60_000:
            return self.tr("%1 min").replace("%1", str(ms // 60_000))
        return self.tr("%1 h").replace("%1", str(ms // 3600_000))

    def _when(self, iso: str) -> str:
        if not iso:
            return self.tr("never")
        try:
            moment = datetime.fromtimestamp(parse_iso_utc(iso) / 1000, UTC)
        except ValueError:
            return iso
        return day_and_clock(moment.astimezone(self._context.zone), seconds=True)

    def _what(self, entity: str, row_id: str) -> str:
        """The record a conflict is about, as a supervisor recognises it."""
        if entity == "attendee":
            person = checkins.attendee(self._context.replica.conn, row_id)
            if person is not None:
                name = f"{person.given_name} {person.family_name}".strip()
                return f"{name} ({person.reg_code})"
        return f"{entity} {row_id[:8]}"

    def focus_search(self) -> None:
        """Ctrl+F / showing the workspace: the keyboard goes to the first chart."""
        if self.tabs.currentWidget() is self.view:
            self.view.focus_chart(0)

    @Slot(object)
    def _hub_changed(self, _ops: object) -> None:
        self._changed()

    @Slot(object)
    def _status(self, status: SyncStatus) -> None:
        if status.rejected != self.rejected.rowCount():
            self._changed()

    @Slot(str, list)
    def _rows_changed(self, entity: str, _ids: list[str]) -> None:
        if entity in ("checkin", "device", "conflict", EVERYTHING):
            self._changed()


def _value(side: str) -> str:
    """A conflict side (``{"hlc", "device_id", "value"}`` JSON) as the value it carried."""
    try:
        data = json.loads(side)
    except ValueError:
        return side
    value = data.get("value") if isinstance(data, dict) else side
    return "—" if value in (None, "") else str(value)
