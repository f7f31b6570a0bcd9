"""The Operations workspace: what supervisors watch while desks work through network cuts.

Four lists, refreshed when the hub sends changes (the sync bridge), when this desk records
something (the change bus) or on demand — but only while the workspace is on screen: a change
while it is hidden marks it stale, and it refreshes once when shown again (a busy desk's
scans never pay for lists nobody is looking at):
- **Devices**: every enrolled desk, gate and coordinator, its role and last contact;
- **Duplicate pickups**: attendees handed a badge at more than one desk (offline desks both
  said yes): which pickup counts (first by HLC and device), which desks;
- **Conflicts**: concurrent edits of the same field (the later one won) and invariant
  warnings, as recorded by the hub;
- **Rejected ops**: this device's changes the hub refused, with the hub's reason.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent
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
from ui.operations.model import RowsModel
from ui.sync.bridge import bridge_for
from wufops.clock import parse_iso_utc
from wufops.net.driver import SyncStatus
from wufops.store import checkins
from wufops.store import sync_state as ss


class OperationsWorkspace(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operationsWorkspace")
        self._context = context
        #: a change arrived while hidden: refresh when shown
        self.stale = False
        self.summary = QLabel()
        self.summary.setObjectName("operationsSummary")
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)

        self.devices = RowsModel(
            [self.tr("Device"), self.tr("Role"), self.tr("State"), self.tr("Last contact")], self
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
                self.tr("What"),
                self.tr("Field"),
                self.tr("Kept"),
                self.tr("Overwritten"),
            ],
            self,
        )
        self.rejected = RowsModel(
            [self.tr("Change"), self.tr("Record"), self.tr("Reason"), self.tr("Detail")], self
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("operationsTabs")
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
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self._bridge = bridge_for(context.db_path)
        if self._bridge is not None:
            self._bridge.sig_changes.connect(self._hub_changed)
            self._bridge.sig_status.connect(self._status)
        context.bus.sig_rows_changed.connect(self._rows_changed)
        self.refresh()

    def _when(self, iso: str) -> str:
        if not iso:
            return self.tr("never")
        try:
            moment = datetime.fromtimestamp(parse_iso_utc(iso) / 1000, UTC)
        except ValueError:
            return iso
        return moment.astimezone(self._context.zone).strftime("%d %b %H:%M:%S")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def _changed(self) -> None:
        """Something these lists show may have changed: refresh now if on screen."""
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    @Slot()
    def refresh(self) -> None:
        self.stale = False
        conn = self._context.replica.conn
        devices = ss.devices(conn)
        self.devices.set_rows(
            [
                (
                    d.name,
                    d.role,
                    self.tr("revoked") if d.revoked else self.tr("active"),
                    self._when(d.last_seen),
                )
                for d in devices
            ]
        )
        rows, tips = [], []
        for state in checkins.duplicate_pickups(conn):
            if state.primary is None:
                continue
            person = checkins.attendee(conn, state.primary.attendee_id)
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
        self.summary.setText(
            " · ".join(
                (
                    self.tr("Devices: %1").replace("%1", str(len(devices))),
                    self.tr("Duplicate pickups: %1").replace("%1", str(len(rows))),
                    self.tr("Conflicts: %1").replace("%1", str(self.conflicts.rowCount())),
                    self.tr("Rejected changes from this device: %1").replace(
                        "%1", str(self.rejected.rowCount())
                    ),
                )
            )
        )

    def _what(self, entity: str, row_id: str) -> str:
        """The record a conflict is about, as a supervisor recognises it."""
        if entity == "attendee":
            person = checkins.attendee(self._context.replica.conn, row_id)
            if person is not None:
                name = f"{person.given_name} {person.family_name}".strip()
                return f"{name} ({person.reg_code})"
        return f"{entity} {row_id[:8]}"

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
