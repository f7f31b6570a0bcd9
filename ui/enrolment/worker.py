"""Bootstrapping a new desk from its hub, off the GUI thread.

:class:`BootstrapWorker`'s ``run`` is called on a worker thread: it parses the enrolment
text, runs the real sync driver's ``sync_once`` (snapshot, push, pull — what ``wufops sync
--enrolment … --once`` does) and, only once the desk holds the event, remembers the
enrolment in the replica (``wufops.store.sync_state.save_enrolment``) so the app connects by
itself from then on. A failure leaves no enrolment behind: the panel is offered again.

Results cross to the GUI thread as signals with a stable ``code`` ("" on success).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from wufops.clock import SystemClock
from wufops.net.driver import SyncConfig, SyncDriver, SyncFatal, SyncStatus
from wufops.store import sync_state as ss
from wufops.store.replica import Replica
from wufops.sync.enrolment import Enrolment, EnrolmentError, parse_enrolment

# a bootstrap that has not finished by then is reported as ``timeout``
BOOTSTRAP_TIMEOUT_S = 300.0


def parse(text: str, ca_pem: bytes | None) -> tuple[Enrolment, SyncConfig]:
    """The enrolment and the driver's config; raises ``EnrolmentError`` (with a code)."""
    enrolment = parse_enrolment(text)
    if enrolment.hub.startswith("wss://") and ca_pem is None:
        raise EnrolmentError("tls_without_ca", "a wss:// hub needs the venue CA file")
    config = SyncConfig(
        enrolment.hub, enrolment.token, ca_pem=ca_pem, ca_fingerprint=enrolment.ca_fingerprint
    )
    return enrolment, config


class BootstrapWorker(QObject):
    sig_status = Signal(object)
    """``SyncStatus`` reported by the driver while it works."""
    sig_finished = Signal(str, str)
    """``(code, detail)``: both empty when the desk holds the event."""

    def __init__(self, db_path: Path, text: str, ca_pem: bytes | None) -> None:
        super().__init__()
        self.db_path = db_path
        self.text = text
        self.ca_pem = ca_pem

    def _report(self, status: SyncStatus) -> None:  # on this worker's thread: only emit
        self.sig_status.emit(status)

    @Slot()
    def run(self) -> None:
        code, detail = self._bootstrap()
        self.sig_finished.emit(code, detail)

    def _bootstrap(self) -> tuple[str, str]:
        try:
            enrolment, config = parse(self.text, self.ca_pem)
        except EnrolmentError as error:
            return error.code, error.detail
        driver = SyncDriver(self.db_path, config, on_status=self._report)
        try:
            asyncio.run(asyncio.wait_for(driver.sync_once(), BOOTSTRAP_TIMEOUT_S))
        except SyncFatal as error:
            return error.code, error.detail
        except ConnectionError as error:
            return "hub_unreachable", str(error)
        except TimeoutError:
            return "timeout", f"not done after {BOOTSTRAP_TIMEOUT_S:.0f} s"
        except OSError as error:
            return "data_dir", str(error)
        replica = Replica.open(self.db_path, SystemClock())
        try:
            ss.save_enrolment(replica, enrolment.to_text(), self.ca_pem)
        finally:
            replica.close()
        return "", ""


def needs_enrolment(db_path: Path) -> bool:
    """True when ``db_path`` holds no bootstrapped replica (new data dir, or a first
    bootstrap that failed): the app offers the first-run panel instead of an error."""
    if not db_path.is_file():
        return True
    replica = Replica.open(db_path, SystemClock())
    try:
        return not ss.read_state(replica).bootstrapped
    finally:
        replica.close()
