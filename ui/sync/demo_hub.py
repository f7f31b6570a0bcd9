"""``wufops demo`` with sync: an in-process hub on 127.0.0.1 (port 0) and this desk on it.

On first run the generated demo event is copied to ``demo-…-hub.db``, every attendee gets a
badge signed with the hub's issuer key (:func:`issue_demo_badges`, through the hub file's op
log, which the hub ingests once at start), an admin device ``demo-desk`` is enrolled, and
the desk's own replica ``demo-…-desk.db`` is bootstrapped from the hub by snapshot — badges
included, and the desk's own signing key certified in its first hello, so lost-badge
reprints work at once; later runs reuse all three.
:class:`DemoSession` ties it to the app: the bridge, the driver thread, and shutdown.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, Signal, Slot
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget

from ui.context import ChangeBus
from ui.language import number
from ui.sync.bridge import SyncBridge
from wufops.badges.batch import issue_missing
from wufops.clock import SystemClock
from wufops.net.driver import SyncConfig, SyncDriver
from wufops.net.server import Hub, HubThread
from wufops.store import badges as badge_store
from wufops.store import sync_state as ss
from wufops.store.hub_db import DeviceError
from wufops.store.hub_log import HubLog
from wufops.store.hub_reader import HubReader
from wufops.store.replica import Replica

DEMO_DEVICE = "demo-desk"
# ``(stage, done, total)``
Progress = Callable[[str, int, int], None]


@dataclass
class DemoSync:
    hub: HubThread
    desk_db: Path
    config: SyncConfig

    def start_driver(self) -> SyncDriver:
        return SyncDriver(self.desk_db, self.config)

    def stop(self) -> None:
        self.hub.stop()


def _copy(source: Path, target: Path) -> None:
    scratch = target.with_suffix(".tmp")
    scratch.unlink(missing_ok=True)
    src, dst = sqlite3.connect(source), sqlite3.connect(scratch)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    scratch.replace(target)


def _token(hub_db: Path, token_file: Path) -> str:
    """The demo desk's token, enrolled on first run. If the token file was lost, earlier
    demo desks are revoked (freeing the desk replica) and a new one is enrolled."""
    if token_file.is_file():
        return token_file.read_text(encoding="utf-8").strip()
    log = HubLog.open(hub_db, SystemClock())
    try:
        earlier = [
            d.name
            for d in HubReader(log.conn).devices()
            if d.name.startswith(DEMO_DEVICE) and not d.revoked
        ]
        for name in earlier:
            log.revoke(name)
        name = DEMO_DEVICE if not earlier else f"{DEMO_DEVICE}-{uuid.uuid4().hex[:6]}"
        try:
            token = log.enrol(name, "admin")[1]
        except DeviceError:
            token = log.enrol(f"{DEMO_DEVICE}-{uuid.uuid4().hex[:6]}", "admin")[1]
    finally:
        log.close()
    token_file.write_text(token, encoding="utf-8")
    token_file.chmod(0o600)
    return token


def issue_demo_badges(hub_db: Path, progress: Progress | None = None) -> int:
    """Badges for every attendee still without one, signed at the hub with its issuer key
    (the one the file holds, else a new one), in one commit through the hub file's op log.
    Returns how many were issued (0 when done before)."""
    log = HubLog.open(hub_db, SystemClock())
    try:
        issued = 0
        for event_id in badge_store.event_ids(log.conn):
            if badge_store.valid_badges(log.conn):
                continue  # issued on an earlier run (or by `wufops badges` before)
            people = badge_store.attendees_for_run(log.conn, event_id)
            issued += issue_missing(log.replica, event_id, people, progress, every=2000)[1]
        return issued
    finally:
        log.close()


def _new_hub_file(demo_db: Path, hub_db: Path, progress: Progress | None) -> None:
    """The demo event with every badge issued, renamed into place only when complete (an
    interrupted first run starts over rather than leaving a hub without badges)."""
    scratch = hub_db.with_name(hub_db.name + ".partial")
    _copy(demo_db, scratch)
    issue_demo_badges(scratch, progress)
    scratch.replace(hub_db)


def start_demo_sync(demo_db: Path, progress: Progress | None = None) -> DemoSync:
    """Start the demo hub and make sure the desk replica is bootstrapped; returns both.
    ``progress(stage, done, total)``: ``issued`` badges, then ``bootstrap`` (0, 0)."""
    hub_db = demo_db.with_name(demo_db.stem + "-hub.db")
    desk_db = demo_db.with_name(demo_db.stem + "-desk.db")
    if not hub_db.is_file():
        _new_hub_file(demo_db, hub_db, progress)
    token = _token(hub_db, demo_db.with_name(demo_db.stem + "-desk.token"))
    hub = HubThread(Hub(hub_db, port=0)).start()
    config = SyncConfig(hub.url, token)
    replica = Replica.open(desk_db, SystemClock())
    bootstrapped = ss.read_state(replica).bootstrapped
    replica.close()
    if not bootstrapped:
        if progress is not None:
            progress("bootstrap", 0, 0)
        try:
            asyncio.run(asyncio.wait_for(SyncDriver(desk_db, config).sync_once(), 120))
        except BaseException:
            hub.stop()
            raise
    return DemoSync(hub, desk_db, config)


class _SetupWindow(QWidget):
    """What the operator sees while the demo hub is prepared on first run."""

    sig_progress = Signal(str, int, int)
    sig_done = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("progressWindow")
        self.setWindowTitle(self.tr("Preparing the demo hub"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        title = QLabel(self.tr("Preparing the demo hub"))
        title.setObjectName("progressTitle")
        self.stage = QLabel(self.tr("Issuing a signed badge for every attendee…"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        for widget in (title, self.bar, self.stage):
            layout.addWidget(widget)
        self.resize(460, 150)
        self.sig_progress.connect(self._show_progress)

    @Slot(str, int, int)
    def _show_progress(self, stage: str, done: int, total: int) -> None:
        if stage == "issued" and total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
            self.stage.setText(
                self.tr("Issuing signed badges: %1 of %2")
                .replace("%1", number(done))
                .replace("%2", number(total))
            )
        elif stage == "bootstrap":
            self.bar.setRange(0, 0)
            self.stage.setText(self.tr("Starting the hub and loading the event on this desk…"))


def _start_with_window(demo_db: Path) -> DemoSync:
    """:func:`start_demo_sync` on a worker thread behind :class:`_SetupWindow`; re-raises
    what it raised."""
    window = _SetupWindow()
    window.show()
    loop = QEventLoop()
    window.sig_done.connect(loop.quit)
    outcome: list[DemoSync | BaseException] = []

    def work() -> None:
        try:
            outcome.append(start_demo_sync(demo_db, window.sig_progress.emit))
        except BaseException as error:
            outcome.append(error)
        window.sig_done.emit()

    worker = threading.Thread(target=work, name="demo-hub-setup", daemon=True)
    worker.start()
    if not outcome:
        loop.exec()
    worker.join()
    window.close()
    window.deleteLater()
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


class DemoSession:
    """What ``wufops demo`` holds while the window is open: hub, driver, bridge."""

    def __init__(self, sync: DemoSync) -> None:
        self.sync = sync
        self.desk_db = sync.desk_db
        self.bridge: SyncBridge | None = None

    @classmethod
    def start(cls, demo_db: Path) -> DemoSession:
        """Start hub and desk; a first run (badges to issue, a desk to bootstrap: ~10 s on
        the full event) shows a small progress window meanwhile."""
        hub_db = demo_db.with_name(demo_db.stem + "-hub.db")
        if hub_db.is_file() or QApplication.instance() is None:
            return cls(start_demo_sync(demo_db))
        return cls(_start_with_window(demo_db))

    def connect(self, bus: ChangeBus, replica: Replica | None = None) -> SyncBridge:
        """Start the desk's sync driver thread, reporting through a bridge on ``bus``."""
        self.bridge = SyncBridge(self.desk_db, bus)
        driver = self.sync.start_driver()
        self.bridge.attach(driver, replica)
        driver.start()
        return self.bridge

    def close(self) -> None:
        if self.bridge is not None:
            self.bridge.close()
            self.bridge = None
        self.sync.stop()
