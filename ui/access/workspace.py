"""The Access workspace: where the access-services coordinator assigns sign-language
interpreters and captioners to sessions (docs/access-services.md, "The access workspace").

- **Coverage** — the day's sessions that need a service, in time order, each covered /
  partly covered / not covered (a glyph and a word on a colour); beside it the chosen
  session's slots and every provider with their load that day. Enter (or Assign…) opens the
  picker: those who fit first, every other one with why not; a provider dragged from the list
  onto a slot is assigned there; Delete clears a slot; L locks or unlocks it (a locked slot is
  kept as it is by every solve).
- **Providers** — each provider's day: work blocks by room, travel, rests, load against the
  cap (``ui.access.timeline_view``).
- **Unmet demand** — the units left open, why, and the smallest change that would cover each.
- **Proposal** — Solve (Alt+S) runs the core's solver on a worker thread with a progress bar
  and Cancel (Esc); its proposal is shown as changes, and the coverage grid previews the plan
  it would leave, until the coordinator accepts (Alt+A) or discards (Alt+D) it.

Every edit is one op through the core's op-log functions (``wufops.access.edits``), so it
syncs; changes pulled from the hub refresh the views. Days: Ctrl+PgUp / Ctrl+PgDown. Times
are the event's. A device whose role may not change assignments sees everything read-only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabBar,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.access.data import AccessData
from ui.access.models import (
    DAY,
    LOAD,
    NAME,
    ROOM,
    SERVICES,
    STATE,
    TIME,
    TITLE,
    CoverageModel,
    ProvidersModel,
)
from ui.access.panels import ProposalPanel, SlotsPanel, UnmetPanel
from ui.access.picker import Picker
from ui.access.solve import SolveRun
from ui.access.texts import AccessTexts
from ui.access.timeline_view import ChipDelegate, TimelineDelegate
from ui.context import EVERYTHING, AppContext
from ui.schedule.messages import Clock, fill
from wufops.access.coverage import session_coverage
from wufops.access.edits import AccessError
from wufops.access.proposal import Proposal
from wufops.access.report import unmet_report
from wufops.access.solver import SolveProgress
from wufops.store.sync_state import read_state

# change-bus entities whose rows the workspace shows
WATCHED = frozenset(
    {"assignment_slot", "provider", "access_settings", "session", "room", EVERYTHING}
)
# seconds a solve may take
TIME_LIMIT_S = 10.0

TAB_COVERAGE, TAB_PROVIDERS, TAB_UNMET, TAB_PROPOSAL = range(4)

_STYLE = """
QLabel#accessMessage { border-radius: 6px; padding: 6px 10px; }
QLabel#accessMessage[tone="refused"] { background: #fde68a; color: #111827; }
QLabel#accessMessage[tone="done"] { background: #dcfce7; color: #14532d; }
QLabel#accessMessage[tone="idle"] { background: #f1f5f9; color: #334155; }
QLabel#accessBanner { background: #e0f2fe; color: #0c4a6e; padding: 4px 8px; }
"""


def _table(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    return view


class AccessWorkspace(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accessWorkspace")
        self.setStyleSheet(_STYLE)
        self._context = context
        self._texts = AccessTexts(self)
        self.clock = Clock(context.zone)
        self.data = AccessData(context)
        self.proposal: Proposal | None = None
        self.run: SolveRun | None = None
        self.stale = False
        self._days: list[int] = []

        # -- the top row: days, solve, progress ------------------------------------------------
        self.title = QLabel(self.tr("Access services"))
        self.title.setObjectName("accessTitle")
        self.title.setStyleSheet("font-size: 17px; font-weight: 700;")
        self.day_tabs = QTabBar()
        self.day_tabs.setObjectName("accessDays")
        self.day_tabs.setExpanding(False)
        self.day_tabs.currentChanged.connect(self._day_changed)
        self.solve_button = QPushButton(self.tr("&Solve"))
        self.solve_button.setObjectName("solveButton")
        self.solve_button.clicked.connect(self.start_solve)
        self.progress = QProgressBar()
        self.progress.setObjectName("solveProgress")
        self.progress.setMinimumWidth(200)
        self.progress.setFormat(self.tr("%v of %m required"))
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel_button.setObjectName("cancelSolve")
        self.cancel_button.clicked.connect(self.cancel_solve)
        self.progress.hide()
        self.cancel_button.hide()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.day_tabs, 1)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        top.addWidget(self.solve_button)

        self.banner = QLabel()
        self.banner.setObjectName("accessBanner")
        self.banner.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("accessMessage")
        self.message.setWordWrap(True)

        # -- coverage tab ----------------------------------------------------------------------
        self.coverage = CoverageModel(self.data, self.clock, self)
        self.grid = _table("coverageGrid")
        self.grid.setModel(self.coverage)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((ROOM, 120), (SERVICES, 130)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.grid.setColumnWidth(column, width)
        self.grid.setItemDelegateForColumn(STATE, ChipDelegate(self.grid))
        self.grid.selectionModel().currentRowChanged.connect(self._session_changed)
        self.grid.activated.connect(lambda _index: self._enter_slots())
        self.slots = SlotsPanel(self.data)
        self.slots.model.sig_dropped.connect(self.assign_dropped)
        self.slots.table.sig_assign.connect(self.open_picker)
        self.slots.table.sig_clear.connect(self.clear_slot)
        self.slots.table.sig_lock.connect(self.toggle_lock)
        self.slots.assign_button.clicked.connect(self.open_picker)
        self.slots.clear_button.clicked.connect(self.clear_slot)
        self.slots.lock_button.clicked.connect(self.toggle_lock)
        self.providers = ProvidersModel(self.data, self.clock, self)
        self.provider_list = _table("providerList")
        self.provider_list.setModel(self.providers)
        self.provider_list.setDragEnabled(True)
        self.provider_list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.provider_list.hideColumn(DAY)
        self.provider_list.setItemDelegateForColumn(LOAD, ChipDelegate(self.provider_list))
        plist = self.provider_list.horizontalHeader()
        plist.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        plist.setSectionResizeMode(LOAD, QHeaderView.ResizeMode.ResizeToContents)
        drag_note = QLabel(self.tr("Drag a provider onto a slot to assign them."))
        drag_note.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.slots, 3)
        side_layout.addWidget(drag_note)
        side_layout.addWidget(self.provider_list, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.grid)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([830, 410])

        # -- providers tab ---------------------------------------------------------------------
        self.timelines = _table("providerTimelines")
        self.timelines.setModel(self.providers)
        self.timelines.setItemDelegateForColumn(
            DAY, TimelineDelegate(lambda: self.data.plan, self.data.rooms, self.timelines)
        )
        tl = self.timelines.horizontalHeader()
        tl.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        self.timelines.setItemDelegateForColumn(LOAD, ChipDelegate(self.timelines))
        self.timelines.setColumnWidth(NAME, 300)
        self.timelines.setColumnWidth(LOAD, 150)
        tl.setSectionResizeMode(DAY, QHeaderView.ResizeMode.Stretch)
        self.timeline_note = QLabel(
            self.tr(
                "Blue: sign language; violet: captions; paler: feeding a Deaf interpreter; "
                "⚑ and a thick outline: locked; stripes: travel (red when too short); a red "
                "underline: too long without a rest. Hours 07:00 to 21:00."
            )
        )
        self.timeline_note.setWordWrap(True)
        timeline_page = QWidget()
        tl_layout = QVBoxLayout(timeline_page)
        tl_layout.addWidget(self.timelines, 1)
        tl_layout.addWidget(self.timeline_note)

        # -- unmet and proposal tabs -----------------------------------------------------------
        self.unmet = UnmetPanel(self.data, self.clock)
        self.proposal_panel = ProposalPanel(self.data, self.clock)
        self.proposal_panel.accept_button.clicked.connect(self.accept_proposal)
        self.proposal_panel.discard_button.clicked.connect(self.discard_proposal)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("accessTabs")
        self.tabs.addTab(split, self.tr("Coverage"))
        self.tabs.addTab(timeline_page, self.tr("Providers"))
        self.tabs.addTab(self.unmet, self.tr("Unmet demand"))
        self.tabs.addTab(self.proposal_panel, self.tr("Proposal"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.keys = QLabel(
            self.tr(
                "Enter: assign · Delete: clear · L: lock or unlock · drag a provider onto a "
                "slot · Ctrl+PgUp / Ctrl+PgDown: day · Alt+S: solve · Esc: stop a solve"
            )
        )
        self.keys.setWordWrap(True)
        self.keys.setStyleSheet("color: #475569;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.keys)

        self.picker = Picker(self)
        self.picker.sig_chosen.connect(self.assign_chosen)
        self._shortcut("Ctrl+PgDown", lambda: self.step_day(1))
        self._shortcut("Ctrl+PgUp", lambda: self.step_day(-1))
        self._shortcut("Esc", self.cancel_solve)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.refresh)
        context.bus.sig_rows_changed.connect(self._rows_changed)
        self._fill_days()
        self._apply_role()
        self.refresh_views()
        self.say("idle", self.tr("Choose a session, then a slot: Enter assigns, L locks."))

    def _shortcut(self, keys: str, slot: Callable[[], object]) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    # -- reading -----------------------------------------------------------------------------

    def current_day(self) -> int | None:
        index = self.day_tabs.currentIndex()
        return self._days[index] if 0 <= index < len(self._days) else None

    def _fill_days(self) -> None:
        days = self.data.days()
        if days == self._days and self.day_tabs.count() == len(days):
            return
        keep = self.current_day()
        self._days = days
        self.day_tabs.blockSignals(True)
        while self.day_tabs.count():
            self.day_tabs.removeTab(0)
        for day in days:
            self.day_tabs.addTab(self.clock.day(self.data.day_date(day)))
        if keep in days:
            self.day_tabs.setCurrentIndex(days.index(keep))
        self.day_tabs.blockSignals(False)

    def _apply_role(self) -> None:
        editable = self.data.editable
        for widget in (
            self.slots.assign_button,
            self.slots.clear_button,
            self.slots.lock_button,
            self.solve_button,
        ):
            widget.setEnabled(editable and (widget is self.solve_button or self.proposal is None))
        if not editable:
            self.banner.setText(
                self.tr(
                    "Read only: this device's role cannot change assignments; only coordinators do."
                )
            )
        elif self.proposal is not None:
            self.banner.setText(
                self.tr(
                    "Preview: the grid shows the plan as the proposal would leave it. Accept "
                    "or discard it (Proposal tab) before changing slots by hand."
                )
            )
        self.banner.setVisible(not editable or self.proposal is not None)

    @Slot()
    def refresh(self) -> None:
        """Read the plan again (after an edit here or changes pulled from the hub)."""
        self.stale = False
        self.data.reload()
        if self.proposal is not None:
            self.data.coverage = session_coverage(self.data.plan, self.proposal.units)
        self._fill_days()
        self._apply_role()
        self.refresh_views()

    def refresh_views(self) -> None:
        session = self.current_session()
        slot = self.slots.current_slot()
        provider_row = self.provider_list.currentIndex().row()
        day = self.current_day()
        self.coverage.set_day(day)
        self.providers.set_day(day)
        row = self.coverage.row_of(session) if session else -1
        if row < 0 and self.coverage.rowCount():
            row = 0
        if row >= 0:
            self.grid.setCurrentIndex(self.coverage.index(row, 0))
        self._show_session(self.current_session() or "", slot)
        if 0 <= provider_row < self.providers.rowCount():
            self.provider_list.setCurrentIndex(self.providers.index(provider_row, 0))
        self.timelines.resizeRowsToContents()
        if self.tabs.currentIndex() == TAB_UNMET:
            self._refresh_unmet()

    def _refresh_unmet(self) -> None:
        units = self.proposal.units if self.proposal is not None else None
        self.unmet.show_report(unmet_report(self.data.plan, units))

    def current_session(self) -> str | None:
        found = self.coverage.session_at(self.grid.currentIndex().row())
        return found.session.id if found else None

    def _show_session(self, session_id: str, slot: str | None = None) -> None:
        self.slots.model.set_session(session_id)
        row = self.data.session_row(session_id) if session_id else None
        if row is None:
            self.slots.heading.setText(self.tr("Choose a session to see its slots."))
        else:
            self.slots.heading.setText(
                fill(
                    self.tr("“%1” — %2, %3. %4."),
                    row.session.title,
                    self.clock.span(row.start_ms, row.end_ms),
                    row.room,
                    self._texts.state(row.coverage.state),
                )
            )
        self.slots.select_slot(slot)

    @Slot(QModelIndex, QModelIndex)
    def _session_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        found = self.coverage.session_at(current.row())
        self._show_session(found.session.id if found else "")

    @Slot(int)
    def _day_changed(self, _index: int) -> None:
        self.refresh_views()

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        if index == TAB_UNMET:
            self._refresh_unmet()

    def step_day(self, step: int) -> None:
        count = self.day_tabs.count()
        if count:
            self.day_tabs.setCurrentIndex((self.day_tabs.currentIndex() + step) % count)

    def _enter_slots(self) -> None:
        self.slots.table.setFocus()
        if not self.slots.table.currentIndex().isValid():
            self.slots.select_slot(None)

    @Slot(str, list)
    def _rows_changed(self, entity: str, _ids: list[str]) -> None:
        if entity not in WATCHED:
            return
        if self.isVisible():
            self._reload_timer.start()  # once, however many entities a batch names
        else:
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()
        self.grid.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not self.window().isVisible():
            self.stop()  # the app's window closed: a running solve stops with it

    def focus_search(self) -> None:
        """The main window's Ctrl+F: the grid takes the keys."""
        self.tabs.setCurrentIndex(TAB_COVERAGE)
        self.grid.setFocus()

    def say(self, tone: str, text: str) -> None:
        self.message.setProperty("tone", tone)
        self.message.setText(text)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    # -- edits -------------------------------------------------------------------------------

    def _can_edit_now(self) -> bool:
        if not self.data.editable:
            self.say("refused", self._texts.refused("role_forbidden"))
            return False
        if self.proposal is not None:
            self.say(
                "refused",
                self.tr("Accept or discard the proposal first (Proposal tab)."),
            )
            return False
        return True

    def _slot_words(self, slot_id: str) -> tuple[str, str]:
        need = self.data.plan.need(slot_id)
        row = self.data.plan.assignments.get(slot_id)
        target = need or row
        if target is None:
            return slot_id, ""
        session = self.data.plan.sessions.get(target.session_id)
        slot = self._texts.slot(target.service, target.language, target.slot_no)
        return slot, session.title if session else target.session_id

    def _edited(self, slot_id: str, text: str, tone: str = "done") -> None:
        self._context.bus.rows_changed("assignment_slot", [slot_id])
        self._reload_timer.stop()
        self.refresh()
        self.slots.select_slot(slot_id)
        self.say(tone, text)

    @Slot()
    def open_picker(self) -> None:
        slot_id = self.slots.current_slot()
        if slot_id is None or not self._can_edit_now():
            return
        if self.data.is_locked(slot_id):
            self.say("refused", self._texts.refused("slot_locked"))
            return
        slot, title = self._slot_words(slot_id)
        heading = fill(self.tr("Who takes %1 at “%2”?"), slot, title)
        self.picker.show_for(
            slot_id, heading, self.data.candidates(slot_id), self.data.feeds(slot_id)
        )

    @Slot(str, str, str)
    def assign_chosen(self, slot_id: str, provider_id: str, feed_id: str) -> None:
        self._assign(slot_id, provider_id, feed_id or None)

    @Slot(str, str)
    def assign_dropped(self, slot_id: str, provider_id: str) -> None:
        if not self._can_edit_now():
            return
        self._assign(slot_id, provider_id, None)

    def _assign(self, slot_id: str, provider_id: str, feed_id: str | None) -> None:
        judged = None
        if self.data.plan.need(slot_id) is not None:
            found = self.data.candidates(slot_id)
            judged = next((c for c in found if c.provider_id == provider_id), None)
        try:
            self.data.assign(slot_id, provider_id, feed_id)
        except AccessError as error:
            self.say("refused", self._texts.refused(error.code))
            return
        slot, title = self._slot_words(slot_id)
        who = self.data.name(provider_id)
        if judged is not None and not judged.fits:
            # done, and a rule is broken: said in the warning colour, with why
            text = self._texts.assigned_anyway(who, slot, title, list(judged.reasons))
            self._edited(slot_id, text, tone="refused")
            return
        self._edited(slot_id, self._texts.assigned(who, slot, title))

    @Slot()
    def clear_slot(self) -> None:
        slot_id = self.slots.current_slot()
        if slot_id is None or not self._can_edit_now():
            return
        try:
            self.data.unassign(slot_id)
        except AccessError as error:
            self.say("refused", self._texts.refused(error.code))
            return
        self._edited(slot_id, self._texts.unassigned(*self._slot_words(slot_id)))

    @Slot()
    def toggle_lock(self) -> None:
        slot_id = self.slots.current_slot()
        if slot_id is None or not self._can_edit_now():
            return
        locked = not self.data.is_locked(slot_id)
        try:
            self.data.set_lock(slot_id, locked)
        except AccessError as error:
            self.say("refused", self._texts.refused(error.code))
            return
        words = self._slot_words(slot_id)
        self._edited(
            slot_id, self._texts.locked(*words) if locked else self._texts.unlocked(*words)
        )

    # -- solving -----------------------------------------------------------------------------

    @Slot()
    def start_solve(self) -> None:
        if self.run is not None or not self.data.editable:
            return
        if self.proposal is not None:
            self.discard_proposal()
        self.data.reload()
        self.run = SolveRun(self.data.plan, TIME_LIMIT_S, self)
        self.run.sig_progress.connect(self._progress)
        self.run.sig_done.connect(self._solved)
        self.run.sig_failed.connect(self._solve_failed)
        required = sum(n.level == "required" for n in self.data.plan.demand)
        self.progress.setRange(0, max(1, required))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.solve_button.setEnabled(False)
        self.say("idle", self.tr("Solving… Esc stops it and keeps the best plan found so far."))
        self.run.start()

    @Slot(object)
    def _progress(self, progress: SolveProgress) -> None:
        self.progress.setRange(0, max(1, progress.required))
        self.progress.setValue(progress.filled_required)
        phase = {
            "greedy": self.tr("A first plan is made."),
            "cover": self.tr("Covering as many units as possible…"),
            "balance": self.tr("Evening out the loads…"),
            "done": self.tr("Finishing…"),
        }.get(progress.phase, "")
        self.say("idle", phase)

    @Slot()
    def cancel_solve(self) -> None:
        if self.run is not None:
            self.run.cancel()
            self.say("idle", self.tr("Stopping the solve…"))

    def _solve_ended(self) -> None:
        if self.run is not None:
            self.run.deleteLater()
        self.run = None
        self.progress.hide()
        self.cancel_button.hide()
        self.solve_button.setEnabled(self.data.editable)

    @Slot(object)
    def _solved(self, proposal: Proposal) -> None:
        self._solve_ended()
        if not proposal.changes:
            self.say("done", self.tr("The solve found nothing to change."))
            return
        self.proposal = proposal
        self.proposal_panel.show_proposal(proposal)
        self.refresh()
        self.tabs.setCurrentIndex(TAB_PROPOSAL)
        self.proposal_panel.table.setFocus()
        self.say("idle", self._texts.changes(len(proposal.changes)))

    @Slot(str)
    def _solve_failed(self, message: str) -> None:
        self._solve_ended()
        self.say("refused", fill(self.tr("The solve failed: %1"), message))

    @Slot()
    def accept_proposal(self) -> None:
        proposal = self.proposal
        if proposal is None:
            return
        try:
            count = self.data.accept(proposal)
        except AccessError as error:
            self.say("refused", self._texts.refused(error.code))
            return
        self.proposal = None
        self.proposal_panel.show_proposal(None)
        self._context.bus.rows_changed("assignment_slot", [c.slot_id for c in proposal.changes])
        self._reload_timer.stop()
        self.refresh()
        self.tabs.setCurrentIndex(TAB_COVERAGE)
        self.grid.setFocus()
        self.say("done", self._texts.accepted(count))

    @Slot()
    def discard_proposal(self) -> None:
        if self.proposal is None:
            return
        self.proposal = None
        self.proposal_panel.show_proposal(None)
        self.refresh()
        self.say("idle", self.tr("The proposal was discarded; nothing changed."))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)

    def stop(self) -> None:
        """Stop a running solve and join its thread (the window is closing)."""
        if self.run is not None:
            self.run.wait()
            self._solve_ended()


class GatePage(QWidget):
    """What an entry gate shows instead: gates hold no schedule (``wufops.sync.roles``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accessGatePage")
        note = QLabel(
            self.tr(
                "Entry gates do not hold the access plan. Ask the access-services coordinator "
                "who interprets or captions a session."
            )
        )
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(note)


def make_workspace(context: AppContext) -> QWidget:
    """The Access workspace, or on an entry gate the page that says it has none."""
    if read_state(context.replica).role == "gate":
        return GatePage()
    return AccessWorkspace(context)
