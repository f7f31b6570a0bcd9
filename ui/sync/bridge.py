"""The bridge between the sync driver's thread and the GUI thread.

The driver (``wufops.net.driver``) calls back on its own thread; :class:`SyncBridge` turns
those calls into Qt signals, which Qt delivers queued to GUI-thread objects — connect them
only to ``@Slot`` methods. :func:`bridge_for` finds the bridge of an open database (the
status widget and the Operations workspace are built from an ``AppContext``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from ui.context import ChangeBus
from wufops.net.driver import SyncConfig, SyncDriver, SyncStatus
from wufops.store import sync_state as ss
from wufops.store.replica import Replica
from wufops.sync.enrolment import EnrolmentError, parse_enrolment
from wufops.sync.ops import Op

_BRIDGES: dict[Path, SyncBridge] = {}


class SyncBridge(QObject):
    sig_status = Signal(object)
    """``SyncStatus``: the driver's state changed (phase, pending, last sync, clock offset…)."""

    sig_changes = Signal(object)
    """``tuple[Op, ...] | None``: ops pulled from the hub and applied; ``None`` after a
    snapshot replaced the replica's tables."""

    def __init__(self, db_path: Path, bus: ChangeBus | None = None) -> None:
        super().__init__()
        self.db_path = db_path
        self.status = SyncStatus()
        self.driver: SyncDriver | None = None
        self._bus = bus
        self.sig_status.connect(self._remember)
        self.sig_changes.connect(self._forward)
        if bus is not None:  # a view committed something: push it soon
            bus.sig_rows_changed.connect(self._local_change)
        _BRIDGES[db_path.resolve()] = self

    # called on the driver's thread: only emit
    def on_status(self, status: SyncStatus) -> None:
        self.sig_status.emit(status)

    def on_changes(self, ops: tuple[Op, ...] | None) -> None:
        self.sig_changes.emit(ops)

    def attach(self, driver: SyncDriver, replica: Replica | None = None) -> None:
        """Report ``driver``'s state from now on; until its first report, show
        "connecting" with what ``replica`` (the GUI thread's) knows."""
        driver.on_status = self.on_status
        driver.on_changes = self.on_changes
        self.driver = driver
        if replica is not None:
            state = ss.read_state(replica)
            self.status = SyncStatus(
                phase="connecting",
                pending=replica.pending_count(),
                last_sync_ms=state.last_sync_ms,
                hub_offset_ms=state.hub_offset_ms,
                cursor=state.cursor,
                role=state.role,
            )

    def notify_local_write(self) -> None:
        if self.driver is not None:
            self.driver.notify_local_write()

    def close(self) -> None:
        if self.driver is not None:
            self.driver.stop()
            self.driver = None
        _BRIDGES.pop(self.db_path.resolve(), None)

    @Slot(str, list)
    def _local_change(self, _entity: str, _ids: list[str]) -> None:
        self.notify_local_write()

    @Slot(object)
    def _remember(self, status: SyncStatus) -> None:
        self.status = status

    @Slot(object)
    def _forward(self, ops: tuple[Op, ...] | None) -> None:
        """Tell open views which rows the hub changed (the change bus's vocabulary)."""
        if self._bus is None:
            return
        if ops is None:  # a snapshot replaced the tables: the search index and views reload
            self._bus.everything_changed()
            return
        attendees = sorted({op.row_id for op in ops if op.entity == "attendee"})
        checkins = sorted(
            {
                str(op.body.get("attendee_id"))
                for op in ops
                if op.entity == "checkin_event" and op.body.get("attendee_id")
            }
        )
        if attendees:
            self._bus.rows_changed("attendee", attendees)
        if checkins:
            self._bus.rows_changed("checkin", checkins)
        others = sorted({op.entity for op in ops} - {"attendee", "checkin_event"})
        for entity in others:
            self._bus.rows_changed(entity, sorted({op.row_id for op in ops if op.entity == entity}))


def bridge_for(db_path: Path) -> SyncBridge | None:
    return _BRIDGES.get(db_path.resolve())


def connect_enrolled(db_path: Path, replica: Replica, bus: ChangeBus) -> SyncBridge | None:
    """If this replica was enrolled with a hub (``wufops sync --enrolment …`` on the same
    file), start its sync driver thread and return the bridge; otherwise ``None``."""
    remembered = ss.load_enrolment(replica)
    if remembered is None:
        return None
    try:
        enrolment = parse_enrolment(remembered[0])
    except EnrolmentError:
        return None
    config = SyncConfig(
        enrolment.hub,
        enrolment.token,
        ca_pem=remembered[1],
        ca_fingerprint=enrolment.ca_fingerprint,
    )
    bridge = SyncBridge(db_path, bus)
    driver = SyncDriver(db_path, config)
    bridge.attach(driver, replica)
    driver.start()
    return bridge
