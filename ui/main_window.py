"""The main window: a workspace switcher on the left, the current workspace, a status bar.

Workspaces and status-bar widgets come from the registry in ``ui.workspaces`` — adding one
is a line there, nothing here. Each workspace widget is built on first use. Ctrl+1…Ctrl+9
switch workspaces in registry order; Ctrl+F asks the current workspace to ``focus_search()``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import EVERYTHING, AppContext
from ui.workspaces import STATUS_WIDGETS, WORKSPACES, Workspace


class MainWindow(QMainWindow):
    def __init__(
        self,
        context: AppContext,
        workspaces: list[Workspace] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._workspaces = list(WORKSPACES if workspaces is None else workspaces)
        self._built: dict[int, QWidget] = {}
        # the event alone: the window system appends the application's display name
        # ("WUF13 Baku — WUF Ops"), so naming the app here too made it say "WUF Ops" twice
        self.setWindowTitle(context.event.name or context.db_path.name)

        rail = QWidget()
        rail.setObjectName("rail")
        rail_layout = QVBoxLayout(rail)
        rail_layout.setContentsMargins(0, 0, 0, 0)
        rail_layout.setSpacing(0)
        brand = QLabel(self.tr("WUF Ops"))
        brand.setObjectName("brand")
        event = QLabel(context.event.name)
        event.setObjectName("railEvent")
        event.setWordWrap(True)
        self.switcher = QListWidget()
        self.switcher.setObjectName("switcher")
        self.switcher.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for number, workspace in enumerate(self._workspaces, start=1):
            title = QCoreApplication.translate("Workspaces", workspace.title)
            item = QListWidgetItem(title)
            if number <= 9:
                item.setToolTip(f"{title}  (Ctrl+{number})")
            item.setData(Qt.ItemDataRole.UserRole, workspace.key)
            self.switcher.addItem(item)
        rail_layout.addWidget(brand)
        rail_layout.addWidget(event)
        rail_layout.addWidget(self.switcher, 1)
        rail.setFixedWidth(200)

        self.stack = QStackedWidget()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(rail)
        row.addWidget(self.stack, 1)
        layout.addLayout(row)
        self.setCentralWidget(central)

        self._status_event = QLabel()
        self._status_counts = QLabel()
        self.statusBar().addWidget(self._status_event)
        self.statusBar().addWidget(self._status_counts)
        for factory in STATUS_WIDGETS:
            self.statusBar().addPermanentWidget(factory(context))
        self._update_status()
        context.bus.sig_rows_changed.connect(self._rows_changed)

        self.switcher.currentRowChanged.connect(self.show_workspace)
        for number in range(1, min(9, len(self._workspaces)) + 1):
            QShortcut(
                QKeySequence(f"Ctrl+{number}"),
                self,
                lambda n=number: self.show_workspace(n - 1),
            )
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)

        start = next(
            (i for i, w in enumerate(self._workspaces) if w.key == context.settings.last_workspace),
            0,
        )
        if self._workspaces:
            self.show_workspace(start)

    @property
    def workspace_keys(self) -> list[str]:
        return [w.key for w in self._workspaces]

    def current_workspace(self) -> QWidget | None:
        return self.stack.currentWidget()

    @Slot(int)
    def show_workspace(self, position: int) -> None:
        if not 0 <= position < len(self._workspaces):
            return
        widget = self._built.get(position)
        if widget is None:
            widget = self._workspaces[position].factory(self._context)
            self._built[position] = widget
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        if self.switcher.currentRow() != position:
            self.switcher.setCurrentRow(position)
        self._context.settings.last_workspace = self._workspaces[position].key
        QTimer.singleShot(0, self.focus_search)

    @Slot()
    def focus_search(self) -> None:
        focus = getattr(self.stack.currentWidget(), "focus_search", None)
        if callable(focus):
            focus()

    @Slot(str, list)
    def _rows_changed(self, entity: str, ids: list[str]) -> None:
        if entity in ("attendee", "checkin", EVERYTHING):
            self._update_status()

    def _update_status(self) -> None:
        event = self._context.event
        self._status_event.setText(
            self.tr("%1 · %2 · times in %3")
            .replace("%1", event.name)
            .replace("%2", event.venue or "—")
            .replace("%3", event.timezone)
        )
        index = self._context.index
        self._status_counts.setText(
            #: two counts side by side ("37,000 attendees · 1,204 checked in")
            self.tr("%1 · %2")
            .replace("%1", self.tr("%Ln attendee(s)", "", len(index)))
            .replace("%2", self.tr("%Ln checked in", "", index.checked_in_count))
        )
