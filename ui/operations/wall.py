"""Wall mode: the dashboard alone, full screen, for the large screen in the operations room.

A top-level window holding its own :class:`~ui.operations.dashboard.DashboardView` (bigger
type); the Operations workspace hands it every refreshed dashboard while it is open. F11 or
Esc leaves it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.operations.dashboard import DashboardView
from wufops.ops.figures import Dashboard


class WallWindow(QWidget):
    sig_closed = Signal()
    """The wall window was left (F11, Esc, or closed by the window system)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("opsWall")
        self.setWindowTitle(title)
        self.view = DashboardView(wall=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.addWidget(self.view)

    def set_board(self, board: Dashboard) -> None:
        self.view.set_board(board)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11) and self.view.zoomed is None:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.sig_closed.emit()
