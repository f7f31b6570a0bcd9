"""The first-run panel: paste (or scan) the enrolment text, the desk bootstraps, the app opens.

Shown by ``wufops app --data-dir DIR`` when ``DIR/replica.db`` holds no event yet. Not a modal
dialog: a top-level window on the app's own event loop. The operator pastes the text that
``wufops enrol`` printed, or scans the enrolment QR with the desk's keyboard-wedge scanner
(it types the text and Enter into the focused field); Enter or *Connect* starts the
bootstrap on a worker thread (:mod:`ui.enrolment.worker`) with a busy bar and the driver's
phase. Errors are shown inline with their stable code and what to do; the text stays for
another try. ``sig_enrolled`` is emitted once the desk holds the event.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.enrolment.worker import BootstrapWorker
from ui.text import left_to_right
from wufops.net.driver import SyncStatus


class EnrolmentPanel(QWidget):
    sig_enrolled = Signal()
    """The desk holds the event and remembers its hub: open the app."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.setObjectName("enrolmentPanel")
        self.setWindowTitle(self.tr("Enrol this desk"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        title = QLabel(self.tr("Enrol this desk with the hub"))
        title.setObjectName("progressTitle")
        how = QLabel(
            self.tr(
                "Scan the enrolment QR code with the barcode scanner, or paste the enrolment "
                "text that `wufops enrol` printed on the hub, then press Enter."
            )
        )
        how.setWordWrap(True)
        how.setObjectName("muted")
        self.text = QLineEdit()
        self.text.setObjectName("enrolmentText")
        self.text.setPlaceholderText("wufops-enrol:?hub=…&name=…&token=…")
        self.ca_path = QLineEdit()
        self.ca_path.setPlaceholderText(self.tr("Venue CA file (only for wss:// hubs)"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_path, 1)
        ca_row.addWidget(browse)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: a snapshot's size is not known in advance
        self.bar.hide()
        self.stage = QLabel()
        self.error = QLabel()
        self.error.setObjectName("enrolmentError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self.start)
        self.text.returnPressed.connect(self.start)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.connect_button)
        where = QLabel(self.tr("This desk's data: %1").replace("%1", left_to_right(str(db_path))))
        where.setObjectName("muted")
        for widget in (title, how, self.text):
            layout.addWidget(widget)
        layout.addLayout(ca_row)
        for widget in (self.bar, self.stage, self.error, where):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(620, 320)
        self._thread: threading.Thread | None = None
        self._worker: BootstrapWorker | None = None
        # ``(code, detail)`` of the last attempt ("" code: enrolled)
        self.result: tuple[str, str] | None = None

    # -- actions -----------------------------------------------------------------------------

    @Slot()
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Venue CA"), "", self.tr("PEM files (*.pem)")
        )
        if path:
            self.ca_path.setText(path)

    def busy(self) -> bool:
        return self._thread is not None

    @Slot()
    def start(self) -> None:
        """Bootstrap with the text in the field (Enter, *Connect*)."""
        if self.busy():
            return
        text = self.text.text().strip()
        if not text:
            self._show_error("empty", "")
            return
        ca_pem: bytes | None = None
        if self.ca_path.text().strip():
            try:
                ca_pem = Path(self.ca_path.text().strip()).read_bytes()
            except OSError as error:
                self._show_error("no_such_file", str(error))
                return
        try:
            self.db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._show_error("data_dir", str(error))
            return
        self.error.hide()
        self.bar.show()
        self.stage.setText(self.tr("Connecting to the hub…"))
        self.connect_button.setEnabled(False)
        self.text.setReadOnly(True)
        # a plain Python thread (the driver runs asyncio there), joined when it reports;
        # the worker's signals reach this panel queued, on the GUI thread
        worker = BootstrapWorker(self.db_path, text, ca_pem)
        worker.sig_status.connect(self._status)
        worker.sig_finished.connect(self._finished)
        thread = threading.Thread(target=worker.run, name="enrolment-bootstrap", daemon=True)
        self._thread, self._worker = thread, worker
        thread.start()

    @Slot(object)
    def _status(self, status: SyncStatus) -> None:
        if status.phase == "syncing":
            self.stage.setText(
                self.tr("Downloading the event from the hub (as %1)…").replace(
                    "%1", status.device_name or "?"
                )
            )
        elif status.phase == "connecting":
            self.stage.setText(self.tr("Connecting to the hub…"))

    @Slot(str, str)
    def _finished(self, code: str, detail: str) -> None:
        thread, self._thread, self._worker = self._thread, None, None
        if thread is not None:
            thread.join(10)
        self.result = (code, detail)
        self.bar.hide()
        self.connect_button.setEnabled(True)
        self.text.setReadOnly(False)
        if code:
            self.stage.clear()
            self._show_error(code, detail)
            return
        self.stage.setText(self.tr("Done — opening the desk."))
        self.sig_enrolled.emit()

    def _show_error(self, code: str, detail: str) -> None:
        self.error.setText(
            f"error[{code}]: {self._advice(code)}" + (f" ({detail})" if detail else "")
        )
        self.error.show()
        self.text.setFocus()
        self.text.selectAll()

    def _advice(self, code: str) -> str:
        advice = {
            "empty": self.tr("Paste or scan the enrolment text first."),
            "not_enrolment": self.tr(
                "That is not an enrolment text (it starts with wufops-enrol:). Scan the "
                "enrolment QR code again or paste the whole text."
            ),
            "incomplete_enrolment": self.tr(
                "The enrolment text is cut short. Paste the whole text, or print a new one "
                "with `wufops enrol`."
            ),
            "bad_hub_address": self.tr(
                "The hub address must start with ws:// or wss://. Print a new enrolment."
            ),
            "hub_unreachable": self.tr(
                "Cannot reach the hub. Check the network cable or Wi-Fi and that the hub is "
                "running, then press Enter to try again."
            ),
            "token_refused": self.tr(
                "The hub does not know this token. Enrol the desk again on the hub "
                "(`wufops enrol`) and scan the new code."
            ),
            "device_revoked": self.tr(
                "This enrolment was revoked on the hub. Ask for a new one (`wufops enrol`)."
            ),
            "origin_taken": self.tr("This desk's data belongs to another device. Call IT."),
            "tls_without_ca": self.tr(
                "A wss:// hub needs the venue CA file: choose it with Browse…, then Connect."
            ),
            "ca_mismatch": self.tr(
                "The hub's certificate is not from the venue CA in the enrolment. Call IT; "
                "do not re-enrol blindly."
            ),
            "no_such_file": self.tr("The venue CA file cannot be read: choose it again."),
            "schema": self.tr("This app is older than the hub: install the hub's version."),
            "timeout": self.tr("The download took too long. Press Enter to resume it."),
            "data_dir": self.tr("This desk's data folder cannot be written: check the disk."),
        }
        return advice.get(code, self.tr("Enrolment failed. Press Enter to try again."))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy():  # the driver finishes its step; the panel closes when it reports
            self.stage.setText(self.tr("Finishing the current step…"))
            event.ignore()
            return
        super().closeEvent(event)
