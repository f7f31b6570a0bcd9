"""The sync indicator, always visible in the status bar: online / offline / syncing, pending
ops, last sync time (in the event's time zone) and the hub's clock offset — in red when the
offset is large or the hub refused ops stamped with a wrong clock (``clock_skew``)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ui.context import AppContext
from ui.language import clock
from ui.sync.bridge import bridge_for
from wufops.net.driver import SyncStatus

# offsets beyond this are worth a supervisor's attention
OFFSET_WARN_MS = 2_000


class SyncStatusWidget(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self._zone = context.zone
        self.state = QLabel()
        self.state.setObjectName("syncState")
        self.detail = QLabel()
        self.detail.setObjectName("syncDetail")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 4, 0)
        layout.setSpacing(10)
        layout.addWidget(self.state)
        layout.addWidget(self.detail)
        self.bridge = bridge_for(context.db_path)
        if self.bridge is None:
            self.state.setText(self.tr("● Standalone"))
            self.state.setToolTip(self.tr("This desk is not connected to a hub"))
            self.detail.setText("")
            return
        self.bridge.sig_status.connect(self.show_status)
        self.show_status(self.bridge.status)

    @Slot(object)
    def show_status(self, status: SyncStatus) -> None:
        colours = {
            "online": "#1b7f3b",
            "syncing": "#1f5fbf",
            "connecting": "#9a6b00",
            "offline": "#b3261e",
            "stopped": "#b3261e",
        }
        texts = {
            "online": self.tr("Online"),
            "syncing": self.tr("Syncing…"),
            "connecting": self.tr("Connecting…"),
            "offline": self.tr("Offline — working locally"),
            "stopped": self.tr("Sync stopped"),
        }
        self.state.setText(f"● {texts[status.phase]}")
        self.state.setStyleSheet(f"color: {colours[status.phase]}; font-weight: 600;")
        parts = [self.tr("%n pending", "", status.pending)]
        if status.rejected:
            parts.append(self.tr("%n rejected", "", status.rejected))
        if status.clock_refused:
            # ops stamped with a clock the hub's offset could not repair: kept, refused
            parts.append(
                self.tr("%n refused: this desk's clock was wrong", "", status.clock_refused)
            )
        if status.last_sync_ms:
            when = datetime.fromtimestamp(status.last_sync_ms / 1000, UTC).astimezone(self._zone)
            parts.append(self.tr("last sync %1").replace("%1", clock(when, seconds=True)))
        else:
            parts.append(self.tr("never synced"))
        offset = status.hub_offset_ms / 1000
        hub_clock = self.tr("hub clock %1 s").replace("%1", f"{offset:+.1f}")
        parts.append(hub_clock)
        self.detail.setText(" · ".join(parts))
        warn = abs(status.hub_offset_ms) > OFFSET_WARN_MS or status.clock_refused > 0
        self.detail.setStyleSheet("color: #b3261e;" if warn else "")
        tip = [
            self.tr("Device %1 (%2)")
            .replace("%1", status.device_name or "—")
            .replace("%2", status.role or "—")
        ]
        if status.desk_key_id:
            tip.append(
                self.tr("Badge signing key %1 certified by the hub").replace(
                    "%1", status.desk_key_id
                )
            )
        elif status.desk_key_error and status.desk_key_error != "key_role_forbidden":
            tip.append(
                self.tr(
                    "The hub did not certify this desk's badge key (%1): lost-badge reprints "
                    "need the hub until it does"
                ).replace("%1", status.desk_key_error)
            )
        if status.clock_correction_ms:
            tip.append(
                self.tr(
                    "This computer's clock is %1 s off the hub's: the desk uses the hub's time"
                ).replace("%1", f"{-status.clock_correction_ms / 1000:+.0f}")
            )
        if status.clock_refused:
            tip.append(
                self.tr(
                    "The hub refused %n operation(s) stamped with a wrong clock (clock_skew): "
                    "they are kept on this desk — tell a supervisor",
                    "",
                    status.clock_refused,
                )
            )
        if status.last_error:
            tip.append(self.tr("Last problem: %1").replace("%1", self._problem(status)))
        self.setToolTip("\n".join(tip))

    def _problem(self, status: SyncStatus) -> str:
        """What went wrong, in words (a method: lupdate files the texts under this class)."""
        texts = {
            "hub_unreachable": self.tr("the hub cannot be reached; retrying"),
            "token_refused": self.tr("the hub refused this device's token: enrol it again"),
            "device_revoked": self.tr("this device has been revoked by a supervisor"),
            "origin_taken": self.tr("this data belongs to another enrolled device: call IT"),
            "schema": self.tr("this app is older than the hub: upgrade it"),
            "ca_mismatch": self.tr("the hub's certificate is not the venue's: call IT"),
            "apply_failed": self.tr("some changes from the hub could not be applied here"),
            "diverged": self.tr("this replica differed from the hub and was reloaded"),
            "sync_error": self.tr("an unexpected sync error; retrying (see the log)"),
            "too_many_connections": self.tr(
                "the hub holds too many connections from this device at once (is the app open "
                "twice?); retrying later"
            ),
            "rate_limited": self.tr("the hub asked this desk to slow down; retrying shortly"),
            "too_many_attempts": self.tr(
                "too many refused connections from this network address; retrying later"
            ),
            "hub_busy": self.tr("the hub is busy; retrying shortly"),
            "replica_limit": self.tr(
                "this device has synced too many copies of its data: call IT to re-enrol it"
            ),
            "internal_error": self.tr("the hub failed on a request; retrying (see its log)"),
        }
        return texts.get(status.last_error, status.last_error)
