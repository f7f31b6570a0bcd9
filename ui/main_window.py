"""The main window: a workspace switcher on the left, the current workspace, a status bar.

Workspaces and status-bar widgets come from the registry in ``ui.workspaces`` — adding one
is a line there, nothing here. Each workspace widget is built on first use. Ctrl+1…Ctrl+9
switch workspaces in registry order; Ctrl+F asks the current workspace to ``focus_search()``.
The language picker at the foot of the rail switches the desk's language
(``ui/language.py``): the window rebuilds itself in place on the same event.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from ui import language
from ui.context import EVERYTHING, AppContext
from ui.text import leading_edge
from ui.workspaces import STATUS_WIDGETS, WORKSPACES, Workspace
from wufops.i18n.languages import LANGUAGES, SHIPPED


class MainWindow(QMainWindow):
    sig_language_changed = Signal(str)
    """``(code)``: the desk now speaks this language (the window was rebuilt in it)."""

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
        self._stale: set[int] = set()  # built in an earlier language, kept while busy
        # the event alone: the window system appends the application's display name
        # ("WUF13 Baku — WUF Ops"), so naming the app here too made it say "WUF Ops" twice
        self.setWindowTitle(context.event.name or context.db_path.name)
        self._build()
        context.bus.sig_rows_changed.connect(self._rows_changed)
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

    def _build(self) -> None:
        """The rail, the workspace stack and the status bar, in the current language."""
        context = self._context
        rail = QWidget()
        rail.setObjectName("rail")
        rail_layout = QVBoxLayout(rail)
        rail_layout.setContentsMargins(0, 0, 0, 0)
        rail_layout.setSpacing(0)
        brand = QLabel(self.tr("WUF Ops"))
        brand.setObjectName("brand")
        event = QLabel(context.event.name)
        event.setObjectName("railEvent")
        event.setAlignment(leading_edge())
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
        rail_layout.addWidget(self._language_picker())
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
        self.setCentralWidget(central)  # deletes the previous one (a language change)

        self.setStatusBar(QStatusBar())
        self._status_event = QLabel()
        self._status_counts = QLabel()
        self.statusBar().addWidget(self._status_event)
        self.statusBar().addWidget(self._status_counts)
        for factory in STATUS_WIDGETS:
            self.statusBar().addPermanentWidget(factory(context))
        self._update_status()
        self.switcher.currentRowChanged.connect(self.show_workspace)

    def _language_picker(self) -> QWidget:
        """The language of this desk, at the foot of the rail: each language in its own name."""
        box = QWidget()
        box.setObjectName("languageBox")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.setSpacing(4)
        label = QLabel(self.tr("Language"))
        label.setObjectName("languageLabel")
        self.language_picker = QComboBox()
        self.language_picker.setObjectName("languagePicker")
        self.language_picker.setAccessibleName(self.tr("Language of this desk"))
        self.language_picker.setToolTip(self.tr("Language of this desk"))
        label.setBuddy(self.language_picker)
        shown = language.current().code
        for code in SHIPPED:
            self.language_picker.addItem(LANGUAGES[code].name, code)
            # a name in its own direction, whatever the window's
            self.language_picker.setItemData(
                self.language_picker.count() - 1,
                Qt.AlignmentFlag.AlignLeft
                if not LANGUAGES[code].rtl
                else Qt.AlignmentFlag.AlignRight,
                Qt.ItemDataRole.TextAlignmentRole,
            )
        self.language_picker.setCurrentIndex(max(0, self.language_picker.findData(shown)))
        self.language_picker.activated.connect(self._language_picked)
        layout.addWidget(label)
        layout.addWidget(self.language_picker)
        return box

    @Slot(int)
    def _language_picked(self, index: int) -> None:
        code = str(self.language_picker.itemData(index))
        if code != language.current().code:
            # after this slot returns: the picker itself is rebuilt
            QTimer.singleShot(0, lambda: self.set_language(code))

    def set_language(self, code: str) -> None:
        """Speak ``code`` from now on, remember it for this device, and rebuild the window in
        it — same event, same workspace, same size; a workspace that is busy (a badge run)
        keeps running and is rebuilt the next time it is shown idle."""
        app = QCoreApplication.instance()
        assert app is not None
        language.store_language(code, self._context.settings.qsettings)
        language.apply_language(app, code)
        self.retranslate()
        self.sig_language_changed.emit(language.current().code)

    def retranslate(self) -> None:
        """Rebuild the rail, the status bar and the workspaces in the current language."""
        position = self.switcher.currentRow()
        kept: dict[int, QWidget] = {}
        for index, widget in self._built.items():
            if _busy(widget):
                self.stack.removeWidget(widget)
                widget.setParent(None)
                kept[index] = widget
                self._stale.add(index)
        self._built = kept
        self._build()
        for widget in kept.values():
            self.stack.addWidget(widget)
        if self._workspaces:
            self.show_workspace(max(position, 0))

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
        if widget is not None and position in self._stale and not _busy(widget):
            self._stale.discard(position)  # built in the previous language, now idle
            self.stack.removeWidget(widget)
            widget.deleteLater()
            widget = None
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


def _busy(widget: QWidget) -> bool:
    """A workspace doing work that a rebuild would cut short (it says so with ``busy()``)."""
    busy = getattr(widget, "busy", None)
    return bool(busy()) if callable(busy) else False
