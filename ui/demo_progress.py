"""Creating the demo event behind a progress window, off the GUI thread.

``wufops.demo.generate(path, seed=…, attendees=…, progress=…)`` runs in a ``QThread``; it
writes a scratch file that is renamed into place only when complete, so an interrupted or
cancelled first run never leaves half an event behind. Progress reports are accepted as
``(done, total)``, ``(fraction)`` or with a leading stage text, and cross to the GUI thread as a
signal. Cancel (the button, Esc or closing the window) makes the next progress report raise,
which unwinds the generator's transaction and removes its scratch file.
"""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class _Cancelled(Exception):
    """Raised inside the generator's progress callback to stop it."""


class GenerateWorker(QObject):
    """Runs the generator; lives on its own thread."""

    sig_progress = Signal(str, int)
    """``(stage, percent)`` — percent in 0…100, or -1 when unknown."""
    sig_finished = Signal(str, str)
    """``(error_code, message)`` — both empty on success."""

    def __init__(self, target: Path, seed: int, attendees: int) -> None:
        super().__init__()
        self.target = target
        self.seed = seed
        self.attendees = attendees
        # set from the GUI thread; read by the generator's thread at its next progress report
        self.cancelled = False

    def _progress(self, *args: Any, **kwargs: Any) -> None:
        if self.cancelled:
            raise _Cancelled
        stage = next((a for a in args if isinstance(a, str)), "")
        numbers = [a for a in args if isinstance(a, int | float) and not isinstance(a, bool)]
        percent = -1
        if len(numbers) >= 2 and numbers[1]:
            percent = round(100 * numbers[0] / numbers[1])
        elif len(numbers) == 1 and 0 <= numbers[0] <= 1:
            percent = round(100 * numbers[0])
        self.sig_progress.emit(stage, max(-1, min(100, percent)))

    @Slot()
    def run(self) -> None:
        try:
            from wufops.demo import generate  # noqa: PLC0415
        except ImportError as error:
            self.sig_finished.emit("demo_unavailable", f"demo generator missing: {error}")
            return
        try:
            generate(self.target, seed=self.seed, attendees=self.attendees, progress=self._progress)
        except _Cancelled:
            self.sig_finished.emit("demo_cancelled", "demo creation cancelled; nothing was written")
            return
        except Exception as error:
            code = str(getattr(error, "code", "") or "failed")
            traceback.print_exc()
            self.sig_finished.emit(f"demo_{code}", f"could not create the demo event: {error}")
            return
        self.sig_finished.emit("", "")


class ProgressWindow(QWidget):
    def __init__(self, attendees: int) -> None:
        super().__init__()
        self.setObjectName("progressWindow")
        self.setWindowTitle(self.tr("Preparing the demo event"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        title = QLabel(self.tr("Creating the demo event"))
        title.setObjectName("progressTitle")
        detail = QLabel(
            self.tr("%Ln attendee(s) from 182 countries — only on the first run.", "", attendees)
        )
        detail.setObjectName("muted")
        self.stage = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.cancel = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        for widget in (title, detail, self.bar, self.stage):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.resize(460, 190)
        self.result: tuple[str, str] | None = None
        self.loop = QEventLoop()
        self.worker: GenerateWorker | None = None
        self.cancel.clicked.connect(self.request_cancel)

    @Slot()
    def request_cancel(self) -> None:
        if self.worker is not None and self.result is None:
            self.worker.cancelled = True
            self.cancel.setEnabled(False)
            self.stage.setText(self.tr("Cancelling…"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.request_cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.result is None:  # closing the window while it works means cancel
            self.request_cancel()
            event.ignore()
            return
        super().closeEvent(event)

    @Slot(str, int)
    def update_progress(self, stage: str, percent: int) -> None:
        if percent >= 0:
            self.bar.setRange(0, 100)
            self.bar.setValue(percent)
        if stage:
            self.stage.setText(stage)

    @Slot(str, str)
    def finish(self, code: str, message: str) -> None:
        self.result = (code, message)
        self.loop.quit()


def generate_with_progress(
    app: QApplication, target: Path, *, seed: int, attendees: int
) -> tuple[str, str] | None:
    """Create the demo database at ``target``; ``None`` on success, else ``(code, message)``."""
    window = ProgressWindow(attendees)
    window.show()
    thread = QThread()
    worker = GenerateWorker(target, seed, attendees)
    worker.moveToThread(thread)
    window.worker = worker
    worker.sig_progress.connect(window.update_progress, Qt.ConnectionType.QueuedConnection)
    worker.sig_finished.connect(window.finish, Qt.ConnectionType.QueuedConnection)
    thread.started.connect(worker.run)
    thread.start()
    window.loop.exec()
    thread.quit()
    thread.wait()
    window.close()
    result = window.result or ("demo_failed", "the demo generator stopped without a result")
    window.deleteLater()
    return None if not result[0] else result
