"""The Check-in workspace: badge pickup desk or entry gate, run from the keyboard.

Pickup mode: a scan field (and a keyboard wedge that catches scanner input wherever the focus
is in the window), find-by-name, the decision card, auto-print of a first pickup (once), an
inline reprint panel (F2, reason required), an inline undo panel (F3, reason required), print
now (F4, a badge that never printed), desk settings (F10), counters always visible.
Gate mode: ADMIT / DENY in huge type and today's entries; no names anywhere.

Decisions come from ``wufops.checkin`` (Qt-free); this module only shows them, prints and
plays sounds. Nothing in the scan path opens a dialog.
"""

from __future__ import annotations

import contextlib
import gc
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.checkin.card import DecisionCard, GateCard
from ui.checkin.find import FindByName, by_registration_code
from ui.checkin.panels import ReprintPanel, SettingsPanel, UndoPanel
from ui.checkin.printer import PrintFailed, print_pdf, printer_named
from ui.checkin.settings import CheckinSettings
from ui.checkin.sound import OutcomeSounds, sound_for
from ui.checkin.wedge import KeyboardWedge
from ui.context import EVERYTHING, AppContext
from ui.language import number
from ui.text import left_to_right
from wufops.checkin.decisions import AttendeeSummary, CheckinError, Decision
from wufops.checkin.gate import Gate
from wufops.checkin.pickup import PickupDesk, PrintJob, PrintOutcome
from wufops.checkin.printing import GlyphMissing, render_job, warm_up
from wufops.clock import iso_utc
from wufops.i18n import error_text

# counters refresh at most this often while scans come in a burst
COUNTERS_EVERY_S = 1.0

_STYLE = """
QWidget#checkinWorkspace { background: #f4f6f8; }
QLabel#deskLine { font-size: 15px; color: #334155; }
QLabel#counters { font-size: 18px; font-weight: 700; color: #0f172a; }
QLineEdit#scanField { font-size: 18px; padding: 10px 12px; }
QLabel#keysHint { color: #475569; font-size: 14px; }
QLabel#printStatus { font-size: 15px; color: #0f172a; }
QFrame#findColumn { background: #ffffff; border-radius: 12px; }
"""


class CheckinWorkspace(QWidget):
    sig_decided = Signal(object)
    """A :class:`wufops.checkin.decisions.Decision` was shown (after it was committed)."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        settings: CheckinSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkinWorkspace")
        self.setStyleSheet(_STYLE)
        self._context = context
        # the desk's settings live in the same store as the app's (tests give the app an ini
        # file)
        self.settings = settings or CheckinSettings(context.settings.qsettings)
        # opens a printer by name; tests swap in a PDF-format QPrinter
        self.printer_factory: Callable[[str], QPrinter] = printer_named
        self.current: Decision | None = None
        # the attendee whose card waits for a second Enter (found by name or code)
        self.pending = ""
        self.last_print: tuple[str, str] = ("", "")  # (outcome, where)
        self.sounds = OutcomeSounds(self, enabled=self.settings.sound)
        self._build()
        self.wedge = KeyboardWedge(self)
        self.wedge.sig_scanned.connect(self._wedge_scanned)
        self._apply_settings()
        self._counted_at = float("-inf")
        self._counters_timer = QTimer(
            self, singleShot=True, interval=round(COUNTERS_EVERY_S * 1000)
        )
        self._counters_timer.timeout.connect(self.refresh_counters)
        self._tick = QTimer(self, interval=30_000)
        self._tick.timeout.connect(self.refresh_counters)
        self._tick.start()
        # WAL checkpoint after a quiet second, never inside a scan
        self._quiet = QTimer(self, singleShot=True, interval=1_000)
        self._quiet.timeout.connect(self._idle)
        # pickups and corrections from elsewhere (sync, other workspaces) reach the find list
        self._find_stale = False
        context.bus.sig_rows_changed.connect(self._rows_changed)
        # fonts for every script loaded once the workspace is up, not on the first scan
        self.warmed_up = False
        QTimer.singleShot(200, self._warm_up)

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        zone = self._context.zone
        self.desk_line = QLabel()
        self.desk_line.setObjectName("deskLine")
        self.desk_line.setWordWrap(True)  # a long PDF folder path wraps, never widens the window
        self.counters = QLabel()
        self.counters.setObjectName("counters")
        header = QHBoxLayout()
        header.addWidget(self.desk_line, 1)
        header.addWidget(self.counters)

        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("scanField")
        self.scan_field.setPlaceholderText(
            self.tr("Scan a badge — the scanner works wherever the cursor is")
        )
        self.scan_field.returnPressed.connect(self._scan_field_entered)

        self.card = DecisionCard(zone)
        self.gate_card = GateCard()
        self.cards = QStackedWidget()
        self.cards.addWidget(self.card)
        self.cards.addWidget(self.gate_card)

        self.reprint_panel = ReprintPanel()
        self.reprint_panel.sig_reprint.connect(self.reprint)
        self.undo_panel = UndoPanel()
        self.undo_panel.sig_undo.connect(self.undo)
        self.settings_panel = SettingsPanel(self.settings)
        self.settings_panel.sig_saved.connect(self._apply_settings)
        # desk settings take the card's place while open (both do not fit a 720-pixel screen)
        self.settings_panel.sig_opened.connect(self.cards.hide)
        self.settings_panel.sig_closed.connect(self.cards.show)
        for panel in (self.reprint_panel, self.undo_panel, self.settings_panel):
            panel.sig_closed.connect(self._back_to_scanning)

        self.keys_hint = QLabel()
        self.keys_hint.setObjectName("keysHint")
        self.keys_hint.setWordWrap(True)
        self.print_status = QLabel()
        self.print_status.setObjectName("printStatus")
        self.print_status.setWordWrap(True)

        main = QVBoxLayout()
        main.addLayout(header)
        main.addWidget(self.scan_field)
        main.addWidget(self.cards, 1)
        main.addWidget(self.reprint_panel)
        main.addWidget(self.undo_panel)
        main.addWidget(self.settings_panel)
        main.addWidget(self.print_status)
        main.addWidget(self.keys_hint)

        self.find = FindByName(self._context.index)
        self.find.sig_picked.connect(self.pickup_by_name)
        self.find.sig_enter.connect(self.confirm_pickup)
        self.find_column = QFrame()
        self.find_column.setObjectName("findColumn")
        column = QVBoxLayout(self.find_column)
        column.setContentsMargins(14, 14, 14, 14)
        column.addWidget(self.find)
        self.find_column.setFixedWidth(330)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(20, 12, 20, 12)
        outer.setSpacing(18)
        outer.addLayout(main, 1)
        outer.addWidget(self.find_column)

        shortcuts: list[tuple[str, Callable[[], None]]] = [
            ("F2", self.open_reprint),
            ("F3", self.open_undo),
            ("F4", self.print_now),
            ("F10", self.open_settings),
            ("Escape", self._back_to_scanning),
        ]
        for key, slot in shortcuts:
            shortcut = QShortcut(QKeySequence(key), self, slot)
            # anywhere in the window, like the scanner; Qt ignores it while the workspace
            # is hidden behind another one
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)

    @Slot()
    def _apply_settings(self) -> None:
        s = self.settings
        replica = self._context.replica
        self.desk = PickupDesk(replica, desk=s.desk_name)
        self.gate = Gate(
            replica, gate=s.desk_name, zone=s.gate_zone, repeat_window_s=s.gate_repeat_s
        )
        self.sounds.enabled = s.sound
        gate = s.mode == "gate"
        self.cards.setCurrentWidget(self.gate_card if gate else self.card)
        self.find_column.setVisible(not gate)
        if gate:
            where = self.tr("Entry gate · %1").replace("%1", self.desk.desk_name)
            if s.gate_zone:
                where += " · " + self.tr("zone %1").replace("%1", s.gate_zone)
            self.keys_hint.setText(self.tr("F10: desk settings"))
        else:
            printer = s.printer or self.tr("none (PDF files)")
            where = (
                self.tr("Badge pickup · %1 · printer: %2")
                .replace("%1", self.desk.desk_name)  # its enrolled name, once enrolled
                .replace("%2", printer)
            )
            self.desk_line.setToolTip(
                ""
                if s.printer
                else self.tr("PDF files go to %1").replace("%1", left_to_right(str(s.pdf_dir)))
            )
            self.keys_hint.setText(
                self.tr(
                    "Ctrl+F find by name · F2 reprint · F3 undo · F4 print now · "
                    "F10 desk settings · Esc back to scanning"
                )
            )
        self.desk_line.setText(where)
        self.refresh_counters()

    @property
    def mode(self) -> str:
        return self.settings.mode

    # -- focus -------------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F from the main window: find by name (pickup) or the scan field (gate)."""
        if self.mode == "gate":
            self.scan_field.setFocus()
        else:
            self.find.focus()

    @Slot()
    def _back_to_scanning(self) -> None:
        """Esc: close a panel, clear the find box, drop a card waiting for confirmation;
        the cursor goes back to the scan field."""
        for panel in (self.reprint_panel, self.undo_panel, self.settings_panel):
            panel.hide()
        self.cards.show()
        self.find.query.clear()
        if self.pending:
            self.pending = ""
            self.card.show_idle()
        self.scan_field.setFocus()

    # -- scanning ----------------------------------------------------------------------------

    @Slot()
    def _scan_field_entered(self) -> None:
        text = self.scan_field.text()
        self.scan_field.clear()
        if not text.strip() and self.pending:
            self.confirm_pickup()  # the second Enter
            return
        self.scan(text)

    @Slot(str)
    def _wedge_scanned(self, text: str) -> None:
        """A scanner's burst: timed from its first key (the dashboard's scan-to-decision)."""
        self.scan(text, started_ms=self.wedge.scan_started_ms)

    @Slot(str)
    def scan(self, text: str, started_ms: float | None = None) -> None:
        """Decide on a scanned token (from the wedge or typed into the scan field). At a
        desk, text that is not a badge token but a registration code (any case, from the
        confirmation e-mail's barcode or typed) shows that person's card for confirmation."""
        if not text.strip():
            return
        try:
            decision = (
                self.gate.scan(text)
                if self.mode == "gate"
                else self.desk.scan(text, started_ms=started_ms)
            )
        except (sqlite3.Error, CheckinError) as error:
            self._failed(error)
            return
        if decision.mode == "pickup" and decision.code == "malformed":
            attendee_id = by_registration_code(self._context.index, text)
            if attendee_id is not None:
                self.find.query.clear()  # Enter in the find box now confirms this card
                self.propose(attendee_id)
                return
        self._show(decision)

    @Slot(str)
    def pickup_by_name(self, attendee_id: str) -> None:
        """Enter on a find-by-name result: the person's card first; Enter again (on the same
        person) checks them in."""
        if self.mode == "gate":
            return
        if attendee_id == self.pending:
            self.confirm_pickup()
        else:
            self.propose(attendee_id)

    def propose(self, attendee_id: str) -> None:
        """Show who was found, waiting for Enter; nothing is recorded yet."""
        index = self._context.index
        if attendee_id not in index:
            return
        person = index.get(attendee_id)
        for panel in (self.reprint_panel, self.undo_panel):
            panel.hide()
        self.pending = attendee_id
        self.current = None  # F2/F3 must not act on the previous person meanwhile
        self.card.show_confirm(
            AttendeeSummary.of(person),
            reg_code=person.reg_code,
            picked_up=index.is_checked_in(attendee_id),
        )
        self.print_status.clear()

    @Slot()
    def confirm_pickup(self) -> None:
        """The second Enter: check in the person whose card is shown."""
        attendee_id, self.pending = self.pending, ""
        if not attendee_id or self.mode == "gate":
            return
        try:
            decision = self.desk.pickup_attendee(attendee_id)
        except (sqlite3.Error, CheckinError) as error:
            self._failed(error)
            return
        self._show(decision)
        self.find.query.clear()

    def _failed(self, error: Exception) -> None:
        code = getattr(error, "code", "database_error")
        self.print_status.setText(
            self.tr(
                "Could not record the scan (%1) — scan again; if it repeats, call a supervisor."
            ).replace("%1", str(code))
        )
        self.sounds.play("refused")

    def _show(self, decision: Decision) -> None:
        for panel in (self.reprint_panel, self.undo_panel, self.settings_panel):
            panel.hide()  # the decision is what the person at the desk needs to see now
        self.cards.show()
        self.pending = ""
        self.current = decision
        if decision.mode == "gate":
            self.gate_card.show_decision(decision)
        else:
            self.card.show_decision(decision)
        self.sounds.play(sound_for(decision))
        if decision.mode == "pickup" and decision.admitted:
            self._checked_in(decision.attendee_id)
        self.print_status.clear()
        self._refresh_counters_soon()
        self.sig_decided.emit(decision)
        self._quiet.start()
        if decision.mode == "pickup" and decision.admitted and decision.print_due:
            attendee_id = decision.attendee_id
            QTimer.singleShot(0, lambda: self._auto_print(attendee_id))

    def _checked_in(self, attendee_id: str) -> None:
        """Tell every view (and the search index's keeper) that this pickup state changed."""
        self._context.bus.rows_changed("checkin", [attendee_id])

    @Slot(str, list)
    def _rows_changed(self, entity: str, _ids: list[str]) -> None:
        if entity not in ("checkin", "attendee", EVERYTHING):
            return
        if self.find.isVisible():
            self.find.refresh()
        else:
            self._find_stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._find_stale:
            self._find_stale = False
            self.find.refresh()

    @Slot()
    def _warm_up(self) -> None:
        """Fonts loaded now; then the long-lived start-up data (attendee index, fonts, keys)
        leaves the cyclic garbage collector's scans (``gc.freeze``), whose full passes over
        it would otherwise pause a scan for several milliseconds every few dozen scans."""
        with contextlib.suppress(ValueError):  # a broken layout shows when printing
            warm_up(self.settings.layout)
        gc.freeze()
        self.warmed_up = True

    @Slot()
    def _idle(self) -> None:
        # busy (the sync thread writing)? the next quiet second tries again
        with contextlib.suppress(sqlite3.Error):
            (self.gate if self.mode == "gate" else self.desk).idle()

    # -- counters ----------------------------------------------------------------------------

    def _refresh_counters_soon(self) -> None:
        """After a scan: now, or — in a burst — once a second (the counter queries read the
        day's events; at a busy gate that is ~10 ms a time on the GUI thread)."""
        if time.monotonic() - self._counted_at >= COUNTERS_EVERY_S:
            self.refresh_counters()
        elif not self._counters_timer.isActive():
            self._counters_timer.start()

    @Slot()
    def refresh_counters(self) -> None:
        self._counted_at = time.monotonic()
        try:
            if self.desk.desk_name not in self.desk_line.text():  # enrolled since: its name
                self._apply_settings()
            if self.mode == "gate":
                self.counters.setText(
                    self.tr("Entries today: %1").replace("%1", number(self.gate.entries_today()))
                )
                return
            counters = self.desk.counters()
        except sqlite3.Error:
            return
        median = (
            self.tr("%1 s per attendee").replace("%1", f"{counters.median_seconds:.0f}")
            if counters.median_seconds is not None
            else self.tr("— s per attendee")
        )
        self.counters.setText(
            self.tr("Today %1 · This hour %2 · %3")
            .replace("%1", number(counters.pickups_today))
            .replace("%2", number(counters.pickups_this_hour))
            .replace("%3", median)
        )

    # -- printing ----------------------------------------------------------------------------

    def _auto_print(self, attendee_id: str) -> None:
        try:
            job = self.desk.first_print(attendee_id)
        except CheckinError as error:
            if error.code != "already_printed":  # printed meanwhile: print once, say nothing
                self._action_refused(error)
            return
        self.print_job(job)

    @Slot()
    def print_now(self) -> None:
        """F4: print a badge that never printed successfully (first print, not a reprint)."""
        decision = self.current
        if decision is None or decision.mode != "pickup" or not decision.attendee_id:
            return
        try:
            job = self.desk.first_print(decision.attendee_id)
        except CheckinError as error:
            self._action_refused(error)
            return
        self.print_job(job)

    def print_job(self, job: PrintJob) -> PrintOutcome:
        """Render, print (or save the PDF), log the print; never raises."""
        outcome: PrintOutcome
        printer_name = self.settings.printer
        where = printer_name
        try:
            pdf = render_job(self._context.replica.conn, job, self.settings.layout)
            if printer_name:
                print_pdf(pdf, self.printer_factory(printer_name), f"badge {job.serial}")
                outcome = "printed"
            else:
                where = str(self._save_pdf(pdf, job))
                outcome = "pdf"
        except GlyphMissing as error:
            # a character no bundled font can set: never a blank or partial name on a badge
            outcome = "failed"
            chars = " ".join(f"{c} (U+{ord(c):04X})" for c in error.refusal.characters)
            self.print_status.setText(
                self.tr(
                    "Not printed (glyph_missing): no font on this desk can print %1. "
                    "Write the badge by hand and tell the supervisor."
                ).replace("%1", chars)
            )
        except (PrintFailed, OSError, ValueError) as error:
            outcome = "failed"
            detail = getattr(error, "code", type(error).__name__)
            self.print_status.setText(
                self.tr("Print failed (%1) — fix the printer, then F4 prints again.").replace(
                    "%1", str(detail)
                )
            )
        logged_where = where if outcome != "pdf" else f"pdf:{Path(where).parent}"
        self.desk.record_print(job, logged_where, outcome)
        self.last_print = (outcome, where)
        if outcome == "printed":
            self.print_status.setText(
                self.tr("Badge %1 sent to %2")
                .replace("%1", str(job.serial))
                .replace("%2", left_to_right(where))
            )
        elif outcome == "pdf":
            self.print_status.setText(
                self.tr("Badge saved as %1").replace("%1", left_to_right(where))
            )
        return outcome

    def _save_pdf(self, pdf: bytes, job: PrintJob) -> Path:
        folder = self.settings.pdf_dir
        folder.mkdir(parents=True, exist_ok=True)
        stamp = iso_utc(self._context.clock.now_ms()).replace(":", "").replace("-", "")[:15]
        path = folder / f"badge-{job.serial}-{job.reason}-{stamp}.pdf"
        path.write_bytes(pdf)
        return path

    # -- reprint and undo ----------------------------------------------------------------------

    def _who(self) -> str:
        decision = self.current
        if decision is None or decision.attendee is None:
            return ""
        return decision.attendee.name

    @Slot()
    def open_settings(self) -> None:
        """F10: desk settings, in the card's place (one inline panel at a time)."""
        self.reprint_panel.hide()
        self.undo_panel.hide()
        self.settings_panel.open_panel()

    @Slot()
    def open_reprint(self) -> None:
        decision = self.current
        if decision is None or decision.mode != "pickup" or decision.attendee is None:
            self.print_status.setText(self.tr("Scan or find the person first, then F2."))
            return
        self.undo_panel.hide()
        self.settings_panel.hide()
        self.cards.show()
        self.reprint_panel.open_for(self._who())

    @Slot()
    def open_undo(self) -> None:
        decision = self.current
        if decision is None or self._undo_target(decision) == "":
            self.print_status.setText(self.tr("Nothing to undo: scan or find the person first."))
            return
        self.reprint_panel.hide()
        self.settings_panel.hide()
        self.cards.show()
        self.undo_panel.open_for(self._who())

    @staticmethod
    def _undo_target(decision: Decision) -> str:
        if decision.mode != "pickup":
            return ""
        if decision.admitted:
            return decision.checkin_id
        if decision.first_pickup is not None:
            return decision.first_pickup.checkin_id
        return ""

    @Slot(str)
    def reprint(self, reason: str) -> None:
        decision = self.current
        if decision is None or not decision.attendee_id:
            return
        try:
            job = self.desk.reprint(decision.attendee_id, reason)
        except CheckinError as error:
            self._action_refused(error)
            return
        self.print_job(job)
        if job.revoked_serial is not None:
            self._context.bus.rows_changed("badge", [job.attendee_id])

    @Slot(str)
    def undo(self, reason: str) -> None:
        decision = self.current
        if decision is None:
            return
        target = self._undo_target(decision)
        try:
            self.desk.undo(target, reason)
        except CheckinError as error:
            self._action_refused(error)
            return
        self._checked_in(decision.attendee_id)
        self.card.show_idle()
        self.current = None
        self.print_status.setText(self.tr("Check-in undone: %1").replace("%1", reason))
        self.refresh_counters()

    def _action_refused(self, error: CheckinError) -> None:
        texts = {
            "no_signing_key": self.tr(
                "This desk cannot issue a new badge (no desk signing key): "
                "send the person to the help desk."
            ),
            "already_printed": self.tr("Already printed — use F2 with a reason to reprint."),
            "no_badge": self.tr("This person has no valid badge on this desk."),
            "already_voided": self.tr("That check-in was already undone."),
        }
        # any other code: the core catalogue's words for it, in the desk's language
        self.print_status.setText(texts.get(error.code) or error_text(error.code))
