"""The Schedule workspace: where room coordinators place the forum's sessions.

A day × room grid (``ui.schedule.grid``) in the event's time zone, with day tabs, a room
filter (search, the Rooms dialog's ticks and favourites) and order (name, floor and zone,
capacity, or the coordinator's own, remembered on this device), and beside it three panels:
the sessions still to place, the conflicts, and the release. Every edit — a drag, a
keyboard move, "Move to…", a drop from the list, a status — is one op through the op log
(``ui.schedule.data``), undone and redone with ``QUndoStack`` (Ctrl+Z, Ctrl+Shift+Z), each
undo itself a new op. Changes pulled by sync update the grid and the conflicts as they
arrive, keeping the selection and the scroll position.

Roles: a coordinator's or admin's device (or a standalone database) edits; a desk sees the
same grid read-only, to answer "where is session X?" (Ctrl+F finds it); a gate holds no
schedule and says so.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QPoint, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.schedule import style
from ui.schedule.data import ScheduleData, Update
from ui.schedule.dialogs import DetailsDialog, MoveDialog, ReleaseDialog, RoomsDialog
from ui.schedule.editor import ScheduleEditor
from ui.schedule.grid import ScheduleGrid
from ui.schedule.layout import build_day
from ui.schedule.messages import fill
from ui.schedule.panels import (
    ChangesPanel,
    ConflictsPanel,
    DropPreview,
    ElidedLabel,
    UnscheduledPanel,
)
from ui.schedule.rooms import matches, ordered_rooms, searchable, shown_rooms
from ui.schedule.settings import ORDERS, ZOOMS, ScheduleSettings
from ui.schedule.toolbar import ScheduleToolbar
from wufops.models.schedule import Conflict, Placement
from wufops.store.sync_state import read_state

TAB_UNSCHEDULED, TAB_CONFLICTS, TAB_RELEASE = range(3)


class ScheduleWorkspace(QWidget):
    """See the module docstring."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        settings: ScheduleSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleWorkspace")
        self.setStyleSheet(style.WORKSPACE_QSS)
        self._context = context
        shared = getattr(context.settings, "_q", None)
        self.settings = settings or ScheduleSettings(
            shared if isinstance(shared, QSettings) else None
        )
        self.data = ScheduleData(context, parent=self)
        self.editor = ScheduleEditor(self.data, self)
        self.undo_stack = self.editor.undo_stack
        self.editor.sig_said.connect(self.say)
        self.editor.sig_placed.connect(self._placed)
        self.editor.sig_unplaced.connect(self._unplaced)
        #: rooms a selected conflict named, shown whatever the filter until it changes
        self._revealed: set[str] = set()
        self._days: list[date] = []
        self._found: list[str] = []
        self._release_stale = True
        self._sized = False
        self._build()
        self.data.sig_changed.connect(self._data_changed)
        self._reload_all()
        self.grid.scroll_to_first()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        data = self.data
        editable = data.editable
        self.toolbar = ScheduleToolbar(self.settings, editable)
        self.day_tabs = self.toolbar.day_tabs
        self.find = self.toolbar.find
        self.found = self.toolbar.found
        self.room_filter = self.toolbar.room_filter
        self.rooms_button = self.toolbar.rooms_button
        self.order = self.toolbar.order
        self.compact = self.toolbar.compact
        self.zoom_out = self.toolbar.zoom_out
        self.zoom_in = self.toolbar.zoom_in
        self.undo_button = self.toolbar.undo_button
        self.redo_button = self.toolbar.redo_button
        self.move_button = self.toolbar.move_button
        self.day_tabs.currentChanged.connect(self._day_changed)
        self.find.textChanged.connect(self._find_changed)
        self.find.returnPressed.connect(self._find_next)
        self.room_filter.textChanged.connect(self._rooms_filter_changed)
        self.rooms_button.clicked.connect(self.open_rooms)
        self.order.currentIndexChanged.connect(self._order_changed)
        self.compact.toggled.connect(self._compact_changed)
        self.cancelled = self.toolbar.cancelled
        self.cancelled.toggled.connect(self._cancelled_changed)
        self.zoom_out.clicked.connect(lambda: self.zoom(-1))
        self.zoom_in.clicked.connect(lambda: self.zoom(1))
        self.undo_button.clicked.connect(self.editor.undo)
        self.redo_button.clicked.connect(self.editor.redo)
        self.undo_stack.undoTextChanged.connect(self._undo_tips)
        self.undo_stack.redoTextChanged.connect(self._undo_tips)
        self.move_button.clicked.connect(lambda: self.open_move())  # noqa: PLW0108 (not checked)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)

        self.banner = QLabel()
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background:#fef3c7; border:1px solid #f59e0b; border-radius:6px; padding:6px 10px;"
            "color:#78350f;"
        )
        self.banner.setVisible(not editable)

        self.grid = ScheduleGrid(data)
        self.grid.set_compact(self.settings.compact)
        self.grid.set_zoom(self.settings.zoom)
        self.grid.tooltip_for = self.data.tooltip
        self.grid.room_tooltip_for = self.data.text.room_tooltip
        self.grid.sig_place_requested.connect(self.place)
        self.grid.sig_unplace_requested.connect(self.unplace)
        self.grid.sig_details_requested.connect(self.open_details)
        self.grid.sig_preview.connect(self._preview)
        self.grid.sig_selected.connect(self._selected)
        self.grid.sig_context_menu.connect(self._context_menu)
        self.status = ElidedLabel()
        self.status.setObjectName("scheduleStatus")
        grid_box = QWidget()
        grid_box.setObjectName("gridBox")
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.setSpacing(4)
        grid_layout.addWidget(self.grid, 1)
        grid_layout.addWidget(self.status)

        self.unscheduled = UnscheduledPanel(editable)
        self.unscheduled.model.length_min = lambda s: self.data.length_ms(s) // 60_000
        self.unscheduled.sig_place.connect(self.open_move)
        self.conflicts = ConflictsPanel(editable)
        self.conflicts.sig_reveal.connect(self.reveal)
        self.conflicts.sig_reapply.connect(self.editor.reapply_lost)
        self.conflicts.sig_dismiss.connect(self.editor.dismiss_lost)
        self.release = ChangesPanel(editable)
        self.release.sig_reveal.connect(self.reveal)
        self.release.sig_release.connect(self.open_release)
        self.side = QTabWidget()
        self.side.setObjectName("scheduleSide")
        self.side.addTab(self.unscheduled, "")
        self.side.addTab(self.conflicts, "")
        self.side.addTab(self.release, self.tr("Release"))
        self.side.currentChanged.connect(self._side_changed)
        self.preview = DropPreview()
        side_box = QWidget()
        side_box.setObjectName("sideBox")
        side_box.setMinimumWidth(290)
        side_layout = QVBoxLayout(side_box)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(6)
        side_layout.addWidget(self.preview)
        side_layout.addWidget(self.side, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("scheduleSplitter")
        self.splitter.addWidget(grid_box)
        self.splitter.addWidget(side_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([760, 320])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self._actions()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            # the panels take about a quarter of the width: wider on a large monitor
            self._sized = True
            width = max(1, self.splitter.width())
            side = max(300, min(460, round(width * 0.27)))
            self.splitter.setSizes([width - side, side])

    def _actions(self) -> None:
        def action(keys: list[QKeySequence], slot: object) -> QAction:
            made = QAction(self)
            made.setShortcuts(keys)
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        standard = QKeySequence.StandardKey
        self.undo_action = action([QKeySequence(standard.Undo)], self.editor.undo)
        self.redo_action = action(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")], self.editor.redo
        )
        action([QKeySequence("Ctrl+M")], lambda: self.open_move())  # noqa: PLW0108 (not checked)
        action([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")], lambda: self.zoom(1))
        action([QKeySequence("Ctrl+-")], lambda: self.zoom(-1))
        action([QKeySequence("Ctrl+PgDown")], lambda: self._step_day(1))
        action([QKeySequence("Ctrl+PgUp")], lambda: self._step_day(-1))

    # -- reading the data ----------------------------------------------------------------------

    def _reload_all(self) -> None:
        """Day tabs, rooms, the grid and every panel from the data as it is."""
        self.grid.set_editable(self.data.editable)
        for panel in (self.toolbar, self.unscheduled, self.conflicts, self.release):
            panel.set_editable(self.data.editable)
        self.banner.setText(
            fill(
                self.tr(
                    "Read only: this device's role (%1) can look sessions up; only "
                    "coordinators change the schedule."
                ),
                self._role_name(self.data.role),
            )
        )
        self.banner.setVisible(not self.data.editable)
        self.grid.forget()
        self._fill_day_tabs()
        self._rebuild_view()
        self._refresh_unscheduled()
        self._refresh_conflicts()
        self._refresh_lost()
        self._release_stale = True
        self._refresh_release_if_shown()
        self.say("")

    def _role_name(self, role: str) -> str:
        names = {
            "desk": self.tr("check-in desk"),
            "gate": self.tr("entry gate"),
            "coordinator": self.tr("coordinator"),
            "admin": self.tr("administrator"),
        }
        return names.get(role, role or "—")

    def _fill_day_tabs(self) -> None:
        days = self.data.days()
        current = self.current_day()
        if days == self._days and self.day_tabs.count() == len(days):
            return
        self._days = days
        self.day_tabs.blockSignals(True)
        while self.day_tabs.count():
            self.day_tabs.removeTab(0)
        for day in days:
            at = self.day_tabs.addTab(self.data.clock.day(day))
            self.day_tabs.setTabToolTip(at, self.data.clock.long_day(day))
        wanted = current or _day(self.settings.day)
        if wanted not in days:
            wanted = self._first_day_with_sessions()
        self.day_tabs.setCurrentIndex(days.index(wanted) if wanted in days else 0)
        self.day_tabs.blockSignals(False)

    def _first_day_with_sessions(self) -> date | None:
        for day in self._days:
            if any(self.data.day_of(s.id) == day for s in self.data.world.sessions.values()):
                return day
        return self._days[0] if self._days else None

    def current_day(self) -> date | None:
        index = self.day_tabs.currentIndex()
        return self._days[index] if 0 <= index < len(self._days) else None

    def shown_room_ids(self) -> list[str]:
        settings = self.settings
        return shown_rooms(
            self.data.world.rooms,
            order=settings.order,
            custom=settings.custom_order,
            favourites=settings.favourites,
            hidden=settings.hidden,
            favourites_only=settings.favourites_only,
            query=self.room_filter.text(),
            revealed=self._revealed,
        )

    def _rebuild_view(self) -> None:
        day = self.current_day()
        if day is None:
            return
        self.grid.favourites = self.settings.favourites
        self.grid.set_view(
            build_day(
                self.data.world,
                day,
                self.shown_room_ids(),
                show_cancelled=self.settings.show_cancelled,
            )
        )

    def _refresh_unscheduled(self) -> None:
        self.unscheduled.model.set_sessions(self.data.unplaced())
        self.unscheduled.refresh()
        self.side.setTabText(
            TAB_UNSCHEDULED, fill(self.tr("To place (%1)"), self.unscheduled.model.total)
        )

    def _refresh_conflicts(self) -> None:
        conflicts = self.data.conflicts()
        self.conflicts.model.set_conflicts([(c, self.data.describe(c)) for c in conflicts])
        self.conflicts.refresh_rules()
        self.side.setTabText(TAB_CONFLICTS, fill(self.tr("Conflicts (%1)"), len(conflicts)))

    def _refresh_lost(self) -> None:
        self.conflicts.show_lost_records(self.data, self._context.replica.device_id)

    def _refresh_release_if_shown(self) -> None:
        if self._release_stale and self.side.currentIndex() == TAB_RELEASE:
            self._release_stale = False
            self.release.show_changes(self.data)

    @Slot(object)
    def _data_changed(self, update: Update) -> None:
        if update.everything:
            self._revealed.clear()
            self._reload_all()
            return
        if update.sessions or update.rooms:
            self.grid.forget(update.sessions if not update.rooms else None)
            self._fill_day_tabs()
            self._rebuild_view()
            self._refresh_unscheduled()
        if update.conflicts or update.sessions or update.rooms:
            self._refresh_conflicts()
        if update.lost:
            self._refresh_lost()
        if update.releases or update.sessions:
            self._release_stale = True
            self._refresh_release_if_shown()

    # -- tooltips ----------------------------------------------------------------------------

    # -- selection, reveal, find --------------------------------------------------------------

    def selected_session(self) -> str:
        """The session the coordinator is working on: the grid's, else the list's."""
        if self.grid.selected:
            return self.grid.selected
        index = self.unscheduled.view.currentIndex()
        if self.side.currentIndex() == TAB_UNSCHEDULED and index.isValid():
            return str(self.unscheduled.model.id_at(index.row()))
        return ""

    @Slot(str)
    def _selected(self, session_id: str) -> None:
        self.grid.set_related(set())
        session = self.data.session(session_id) if session_id else None
        if session is None:
            return
        conflicts = self.data.conflicts_of(session_id)
        where = self.data.text.placement(session.placement)
        text = f"{session.title} — {where}"
        if conflicts:
            text += " · " + self.tr("%n conflict(s)", "", len(conflicts))
        self.say(text, conflicts[0].severity if conflicts else "")

    @Slot(list)
    def reveal(self, session_ids: list[str]) -> None:
        """Select the first of ``session_ids`` and show it (switching day, showing a room the
        filter hides); the others are outlined."""
        placed = [s for s in session_ids if self.data.day_of(s) is not None]
        if not placed:
            for session_id in session_ids:
                row = self.unscheduled.model.row_of(session_id)
                if row >= 0:
                    self.side.setCurrentIndex(TAB_UNSCHEDULED)
                    self.unscheduled.view.setCurrentIndex(self.unscheduled.model.index(row, 0))
            return
        first = placed[0]
        day = self.data.day_of(first)
        rooms = set()
        for session_id in placed:
            session = self.data.session(session_id)
            if session is not None and session.placement is not None:
                rooms.add(session.placement.room_id)
        shown = set(self.shown_room_ids())
        if not rooms <= shown:
            self._revealed |= rooms
        if day is not None and day != self.current_day() and day in self._days:
            self.day_tabs.setCurrentIndex(self._days.index(day))  # rebuilds the view
        elif not rooms <= shown:
            self._rebuild_view()
        self.grid.select(first, show=False)
        self.grid.set_related(set(placed[1:]))
        self.grid.ensure_visible(first, with_ids=placed[1:])

    def focus_search(self) -> None:
        self.find.setFocus()
        self.find.selectAll()

    @Slot(str)
    def _find_changed(self, text: str) -> None:
        if not text.strip():
            self._found = []
            self.found.setText("")
            return
        found = [s for s in self.data.world.sessions.values() if matches(text, searchable(s.title))]
        found.sort(key=lambda s: (s.placement is None, s.placement.start_ms if s.placement else 0))
        self._found = [s.id for s in found]
        self.found.setText(self.tr("%n found", "", len(found)))

    @Slot()
    def _find_next(self) -> None:
        if not self._found:
            return
        current = self.grid.selected
        at = self._found.index(current) + 1 if current in self._found else 0
        self.reveal([self._found[at % len(self._found)]])
        self.grid.setFocus()

    # -- view settings -------------------------------------------------------------------------

    @Slot(int)
    def _day_changed(self, _index: int) -> None:
        day = self.current_day()
        if day is not None:
            self.settings.day = day.isoformat()
        self._rebuild_view()
        self.grid.scroll_to_first()

    def _step_day(self, step: int) -> None:
        count = self.day_tabs.count()
        if count:
            self.day_tabs.setCurrentIndex((self.day_tabs.currentIndex() + step) % count)

    @Slot(str)
    def _rooms_filter_changed(self, _text: str) -> None:
        self._revealed.clear()
        self._rebuild_view()

    @Slot(int)
    def _order_changed(self, _index: int) -> None:
        order = self.order.currentData()
        if order in ORDERS:
            self.settings.order = order
        self._rebuild_view()

    @Slot(bool)
    def _compact_changed(self, compact: bool) -> None:
        self.settings.compact = compact
        self.grid.set_compact(compact)

    @Slot(bool)
    def _cancelled_changed(self, shown: bool) -> None:
        self.settings.show_cancelled = shown
        self._rebuild_view()

    def zoom(self, step: int) -> None:
        current = min(range(len(ZOOMS)), key=lambda i: abs(ZOOMS[i] - self.grid.ppm))
        target = ZOOMS[max(0, min(len(ZOOMS) - 1, current + step))]
        self.settings.zoom = target
        self.grid.set_zoom(target)

    @Slot()
    def open_rooms(self) -> None:
        settings = self.settings
        ordered = [
            r.id
            for r in ordered_rooms(
                self.data.world.rooms.values(),
                settings.order,
                settings.custom_order,
                settings.favourites,
            )
        ]
        dialog = RoomsDialog(
            self.data,
            ordered,
            settings.hidden,
            settings.favourites,
            settings.favourites_only,
            parent=self,
        )
        dialog.sig_changed.connect(self._rooms_chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @Slot(list, set, set, bool)
    def _rooms_chosen(
        self, order: list[str], hidden: set[str], favourites: set[str], only: bool
    ) -> None:
        settings = self.settings
        if order:
            settings.custom_order = order
            settings.order = "custom"
            self.order.blockSignals(True)
            self.order.setCurrentIndex(self.order.findData("custom"))
            self.order.blockSignals(False)
        settings.hidden = hidden
        settings.favourites = favourites
        settings.favourites_only = only
        self._revealed.clear()
        self._rebuild_view()

    # -- edits -------------------------------------------------------------------------------

    def say(self, text: str, tone: str = "") -> None:
        """One line under the grid (elided; the whole text in its tooltip)."""
        colours = {"block": "#b91c1c", "error": "#b91c1c", "warn": "#92400e", "good": "#166534"}
        self.status.setStyleSheet(f"color: {colours.get(tone, '#334155')};")
        self.status.set_message(text or self.hint())

    def hint(self) -> str:
        if not self.data.editable:
            return self.tr("Select a session for its details (Enter). Ctrl+F finds a session.")
        return self.tr(
            "Drag: move · an edge: resize · Ctrl+arrows: move · Delete: off the grid · "
            "Enter: details · Ctrl+M: Move to…"
        )

    @Slot(str, object)
    def place(self, session_id: str, placement: Placement) -> bool:
        """Place a session (a drop, a keyboard move, "Move to…"); ``False`` if refused."""
        return self.editor.place(session_id, placement, nudge=self.grid.nudging)

    @Slot(str)
    def unplace(self, session_id: str) -> bool:
        return self.editor.unplace(session_id)

    @Slot(str, str)
    def set_status(self, session_id: str, status: str) -> bool:
        return self.editor.set_status(session_id, status)

    @Slot(str)
    def _placed(self, session_id: str) -> None:
        if self.data.day_of(session_id) != self.current_day():
            self.reveal([session_id])
        else:
            self.grid.select(session_id)

    @Slot(str)
    def _unplaced(self, _session_id: str) -> None:
        self.grid.select("", show=False)

    @Slot()
    def _undo_tips(self) -> None:
        self.undo_button.setToolTip(
            fill(self.tr("Undo: %1 (Ctrl+Z)"), self.undo_stack.undoText())
            if self.undo_stack.canUndo()
            else self.tr("Nothing to undo")
        )
        self.redo_button.setToolTip(
            fill(self.tr("Redo: %1 (Ctrl+Shift+Z)"), self.undo_stack.redoText())
            if self.undo_stack.canRedo()
            else self.tr("Nothing to redo")
        )

    # -- dialogs -----------------------------------------------------------------------------

    @Slot()
    def open_move(self, session_id: str | None = None) -> MoveDialog | None:
        """ "Move to…" the selected session (or "Place…" a session off the grid)."""
        session_id = session_id or self.selected_session()
        session = self.data.session(session_id) if session_id else None
        if not self.data.editable or session is None:
            return None
        rooms = self.shown_room_ids() or sorted(self.data.world.rooms)
        if session.placement is not None:
            default = session.placement
            if default.room_id not in rooms:
                rooms = [default.room_id, *rooms]
        else:
            day = self.current_day() or date.today()
            start = int(
                datetime(day.year, day.month, day.day, 9, tzinfo=self.data.clock.zone).timestamp()
                * 1000
            )
            room_id = rooms[0]
            other = self.data.session(self.grid.selected) if self.grid.selected else None
            if other is not None and other.placement is not None:
                room_id = other.placement.room_id
            default = Placement(room_id, start, start + self.data.length_ms(session))
        dialog = MoveDialog(self.data, session_id, rooms, default, self)
        dialog.sig_chosen.connect(self.place)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    @Slot(str)
    def open_details(self, session_id: str) -> DetailsDialog:
        dialog = DetailsDialog(self.data, session_id, self)
        dialog.sig_move.connect(self.open_move)
        dialog.sig_unplace.connect(self.unplace)
        dialog.sig_status.connect(self.set_status)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    @Slot()
    def open_release(self) -> ReleaseDialog | None:
        if not self.data.editable:
            return None
        dialog = ReleaseDialog(self.data, self)
        dialog.sig_released.connect(self._released)
        dialog.sig_show_blocking.connect(self._show_blocking)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    @Slot(int)
    def _released(self, version: int) -> None:
        self.say(fill(self.tr("Released version %1."), version), "good")

    @Slot()
    def _show_blocking(self) -> None:
        self.side.setCurrentIndex(TAB_CONFLICTS)
        self.conflicts.severity.setCurrentIndex(self.conflicts.severity.findData("block"))
        self.conflicts.select_row(0)

    @Slot(str, QPoint)
    def _context_menu(self, session_id: str, where: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Details…"), lambda: self.open_details(session_id))
        if self.data.editable:
            menu.addAction(self.tr("Move to…"), lambda: self.open_move(session_id))
            menu.addAction(self.tr("Take off the grid"), lambda: self.unplace(session_id))
            status = menu.addMenu(self.tr("Status"))
            for code in ("draft", "scheduled", "cancelled"):
                status.addAction(
                    style.status_name(code), lambda c=code: self.set_status(session_id, c)
                )
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(where)

    # -- while dragging ----------------------------------------------------------------------

    @Slot(str, object)
    def _preview(self, session_id: str, conflicts: list[Conflict] | None) -> None:
        """While dragging: what the drop would cause, above the panels and under the grid."""
        said, tone = self.preview.show_conflicts(self.data, session_id, conflicts)
        self.say(said, tone)

    @Slot(int)
    def _side_changed(self, _index: int) -> None:
        self._refresh_release_if_shown()


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:  # a settings file edited by hand
        return None


class GatePage(QWidget):
    """What an entry gate shows instead: gates hold no schedule (``wufops.sync.roles``)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleGatePage")
        note = QLabel(
            self.tr(
                "Entry gates do not hold the schedule. Ask a coordinator or a check-in desk "
                "where a session takes place."
            )
        )
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(note)


def make_workspace(context: AppContext) -> QWidget:
    """The Schedule workspace, or on an entry gate the page that says it has none."""
    if read_state(context.replica).role == "gate":
        return GatePage(context)
    return ScheduleWorkspace(context)
