"""The detail panel of the Attendees workspace: one attendee's facts and the name correction.

Shows names in their script (right-to-left where they are) and in Latin, organization,
country, category, accessibility needs, the attention flag and note, badge and check-in state
(times in the event's time zone). The correction form edits the given and family names
(as registered and Latin) and the category, and asks why; saving writes the change and its
reason through the op log in one batch (``wufops.attendees.correction``), then the change
bus tells every view which row changed. Earlier corrections are listed with their reasons.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.attendees.model import category_label, need_labels
from ui.context import AppContext
from ui.language import country_name
from ui.text import format_instant, is_rtl, native_name
from wufops.attendees.correction import MAX_REASON, CorrectionRefused, correct
from wufops.models.attendee import CATEGORIES, Attendee
from wufops.store import attendees as store
from wufops.store import checkins
from wufops.store.apply import OpRejected
from wufops.store.sync_state import read_state
from wufops.sync.roles import writable_fields

EDITABLE = ("given_name", "family_name", "latin_given", "latin_family", "category")


def _label(text: str = "", object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


def _set_direction(label: QLabel, text: str) -> None:
    """Right-to-left names read and align right-to-left."""
    rtl = is_rtl(text)
    label.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    label.setAlignment(
        (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        | Qt.AlignmentFlag.AlignVCenter
    )
    label.setText(text)


class CorrectionForm(QFrame):
    """Given/family name (as registered and Latin) and category; Enter saves, Esc cancels."""

    sig_save = Signal(dict)
    """Emitted with ``{field: value}`` of every editable field when the user saves."""
    sig_cancel = Signal()
    """Emitted when the user abandons the correction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionForm")
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above fields
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setVerticalSpacing(4)
        self.given = QLineEdit()
        self.family = QLineEdit()
        self.latin_given = QLineEdit()
        self.latin_family = QLineEdit()
        self.category = QComboBox()
        for code in CATEGORIES:
            self.category.addItem(category_label(code), code)
        layout.addRow(self.tr("Given name"), self.given)
        layout.addRow(self.tr("Family name"), self.family)
        layout.addRow(self.tr("Given name (Latin)"), self.latin_given)
        layout.addRow(self.tr("Family name (Latin)"), self.latin_family)
        layout.addRow(self.tr("Category"), self.category)
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setPlaceholderText(self.tr("e.g. spelling as in the passport"))
        layout.addRow(self.tr("Reason (required)"), self.reason)
        self.error = _label(object_name="formError")
        self.error.hide()
        layout.addRow(self.error)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save correction"))
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addRow(buttons)
        self.save_button.clicked.connect(self._save)
        self.cancel_button.clicked.connect(self.sig_cancel)
        for edit in (self.given, self.family, self.latin_given, self.latin_family, self.reason):
            edit.returnPressed.connect(self._save)
            edit.textChanged.connect(self._update_direction)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc (not taken by a field) abandons the correction."""
        if event.key() == Qt.Key.Key_Escape:
            self.sig_cancel.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def load(self, attendee: Attendee) -> None:
        self.given.setText(attendee.given_name)
        self.family.setText(attendee.family_name)
        self.latin_given.setText(attendee.latin_given)
        self.latin_family.setText(attendee.latin_family)
        self.category.setCurrentIndex(max(0, self.category.findData(attendee.category)))
        self.reason.clear()
        self.show_error("")

    def values(self) -> dict[str, str]:
        return {
            "given_name": self.given.text().strip(),
            "family_name": self.family.text().strip(),
            "latin_given": self.latin_given.text().strip(),
            "latin_family": self.latin_family.text().strip(),
            "category": str(self.category.currentData()),
        }

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    @Slot()
    def _update_direction(self) -> None:
        for edit in (self.given, self.family):
            edit.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft
                if is_rtl(edit.text())
                else Qt.LayoutDirection.LeftToRight
            )

    @Slot()
    def _save(self) -> None:
        values = self.values()
        if not (values["given_name"] or values["family_name"]):
            self.show_error(self.tr("Type a given name or a family name."))
            return
        if not self.reason.text().strip():
            self.show_error(self.tr("Say why you are correcting this record."))
            self.reason.setFocus()
            return
        self.sig_save.emit(values)


class DetailPanel(QScrollArea):
    """Everything a desk needs about one attendee; see the module docstring."""

    sig_saved = Signal(str)
    """``attendee_id``: a correction was committed to the local op log."""
    sig_closed_edit = Signal()
    """The correction form closed (saved or cancelled): focus can go back to the table."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._attendee: Attendee | None = None
        self.setObjectName("detailPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("detailBody")
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(10)

        self.empty = _label(self.tr("Select an attendee to see their details."), "muted")
        self.name = _label(object_name="detailName")
        self.latin = _label(object_name="detailLatin")
        self.chips = _label(object_name="detailChips")
        self.chips.setTextFormat(Qt.TextFormat.RichText)
        self.attention = _label(object_name="attentionBox")
        self.hold = _label(object_name="holdBox")
        for widget in (self.empty, self.name, self.latin, self.chips, self.hold, self.attention):
            layout.addWidget(widget)

        facts = QFormLayout()
        facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        facts.setHorizontalSpacing(16)
        self.organization = _label()
        self.country = _label()
        self.needs = _label()
        self.badge = _label()
        self.checkin = _label()
        self.checkin.setTextFormat(Qt.TextFormat.RichText)
        self.corrections = _label()
        self._fact_labels = []
        for caption, widget in (
            (self.tr("Organization"), self.organization),
            (self.tr("Country"), self.country),
            (self.tr("Needs"), self.needs),
            (self.tr("Badge"), self.badge),
            (self.tr("Check-in"), self.checkin),
            (self.tr("Corrected"), self.corrections),
        ):
            label = QLabel(caption)
            label.setObjectName("factLabel")
            self._fact_labels.append(label)
            facts.addRow(label, widget)
        self.facts = QWidget()
        self.facts.setLayout(facts)
        layout.addWidget(self.facts)

        self.edit_button = QPushButton(self.tr("Correct name or category (Enter)"))
        self.edit_button.clicked.connect(self.start_edit)
        layout.addWidget(self.edit_button)
        self.form = CorrectionForm()
        self.form.hide()
        self.form.sig_save.connect(self._save)
        self.form.sig_cancel.connect(self.cancel_edit)
        layout.addWidget(self.form)
        self.saved = _label(object_name="savedNote")
        self.saved.hide()
        layout.addWidget(self.saved)
        layout.addStretch(1)
        self.show_attendee(None)

    @property
    def attendee_id(self) -> str | None:
        return None if self._attendee is None else self._attendee.id

    @property
    def editing(self) -> bool:
        return self.form.isVisible()

    def show_attendee(self, attendee_id: str | None) -> None:
        """Show one attendee (re-read from the store), or the empty state."""
        attendee = None
        if attendee_id is not None:
            attendee = store.get(self._context.replica.conn, attendee_id)
        if attendee is None or attendee_id != self.attendee_id:
            self.form.hide()
            self.saved.hide()
        self._attendee = attendee
        has = attendee is not None
        for widget in (self.name, self.latin, self.chips, self.facts, self.edit_button):
            widget.setVisible(has)
        self.empty.setVisible(not has)
        if attendee is None:
            self.attention.hide()
            self.hold.hide()
            return
        _set_direction(self.name, native_name(attendee.given_name, attendee.family_name))
        self.latin.setText(attendee.latin_name)
        self.latin.setVisible(attendee.latin_name != attendee.display_name)
        self.chips.setText(
            f"<span class='chip'>{category_label(attendee.category)}</span>"
            f"&nbsp;&nbsp;<span style='color:#6b7280'>{attendee.reg_code}</span>"
        )
        self.attention.setVisible(attendee.attention)
        note = attendee.attention_note or self.tr("No note recorded.")
        self.attention.setText(self.tr("⚑ Attention: %1").replace("%1", note))
        self.hold.setVisible(attendee.security_hold)
        self.hold.setText(self.tr("Security hold: send to the supervisor desk."))
        _set_direction(self.organization, attendee.organization or "—")
        name = country_name(attendee.country)
        self.country.setText(f"{name} ({attendee.country})" if name else attendee.country)
        self.needs.setText(
            QLocale().createSeparatedList(need_labels(attendee)) or self.tr("None declared")
        )
        self._show_badge(attendee)
        self._show_checkin(attendee)
        self._show_corrections(attendee)

    def _show_badge(self, attendee: Attendee) -> None:
        badge = store.latest_badge(self._context.replica.conn, attendee.id)
        if badge is None:
            self.badge.setText(self.tr("Not issued yet"))
            return
        statuses = {
            "valid": self.tr("valid"),
            "revoked": self.tr("revoked"),
            "lost": self.tr("reported lost"),
        }
        self.badge.setText(
            self.tr("No. %1 · %2 · issued %3")
            .replace("%1", str(badge.serial))
            .replace("%2", statuses.get(badge.status, badge.status))
            .replace("%3", format_instant(badge.issued_at, self._context.zone))
        )

    def _show_corrections(self, attendee: Attendee) -> None:
        """Every correction of the record, newest first: when, where and why."""
        done = store.corrections_for(self._context.replica.conn, attendee.id)
        lines = [
            self.tr("%1 at %2: %3")
            .replace("%1", format_instant(c.wall_time, self._context.zone))
            .replace("%2", c.desk or self.tr("unknown desk"))
            .replace("%3", c.reason)
            for c in reversed(done)
        ]
        self.corrections.setText("\n".join(lines) or self.tr("Never"))

    def _show_checkin(self, attendee: Attendee) -> None:
        state = checkins.pickup_state(self._context.replica.conn, attendee.id)
        zone = self._context.zone
        if state.primary is None:
            text = "<span style='color:#6b7280'>" + self.tr("Not checked in") + "</span>"
        else:
            where = state.primary.desk or self.tr("unknown desk")
            text = (
                "<b style='color:#15803d'>✓ "
                + self.tr("Checked in %1 at %2")
                .replace("%1", format_instant(state.primary.wall_time, zone))
                .replace("%2", where)
                + "</b>"
            )
            if state.duplicates:
                text += (
                    "<br><span style='color:#b45309'>"
                    + self.tr(
                        "%n duplicate pickup(s) flagged for supervisors", "", len(state.duplicates)
                    )
                    + "</span>"
                )
        if state.voided:
            text += (
                "<br><span style='color:#6b7280'>"
                + self.tr("%n pickup(s) undone", "", len(state.voided))
                + "</span>"
            )
        if state.primary is not None:
            text += f"<br><span style='color:#6b7280'>{zone.key}</span>"
        self.checkin.setText(text)

    # -- correction --------------------------------------------------------------------------

    @Slot()
    def start_edit(self) -> None:
        if self._attendee is None:
            return
        self.saved.hide()
        self.form.load(self._attendee)
        # only what the hub takes from this device's role (a desk: the names; categories
        # belong to an administrator — wufops.sync.roles)
        role = read_state(self._context.replica).role
        writable = writable_fields(role, "attendee")
        allowed = writable is None or "category" in writable
        self.form.category.setEnabled(allowed)
        self.form.category.setToolTip(
            "" if allowed else self.tr("Only an administrator changes the category")
        )
        self.form.show()
        self.edit_button.hide()
        self.form.given.setFocus()
        self.form.given.selectAll()
        self.ensureWidgetVisible(self.form)

    @Slot()
    def cancel_edit(self) -> None:
        self.form.hide()
        self.edit_button.setVisible(self._attendee is not None)
        self.sig_closed_edit.emit()

    @Slot(dict)
    def _save(self, values: dict[str, str]) -> None:
        attendee = self._attendee
        if attendee is None:
            return
        try:
            op = correct(self._context.replica, attendee.id, values, self.form.reason.text())
        except CorrectionRefused as error:
            self.form.show_error(
                self.tr("Not saved (%1). The record is unchanged.").replace("%1", error.code)
            )
            return
        except OpRejected as error:
            self.form.show_error(
                self.tr("Not saved (%1). The record is unchanged.").replace("%1", error.code)
            )
            return
        except sqlite3.OperationalError:  # disk full, database locked for too long
            self.form.show_error(
                self.tr(
                    "Not saved: this desk's database cannot be written right now. "
                    "Try again; if it persists, call the supervisor."
                )
            )
            return
        if op is None:
            self.form.show_error(self.tr("Nothing changed."))
            return
        self._context.bus.rows_changed("attendee", [attendee.id])  # index and views follow
        self.form.hide()
        self.show_attendee(attendee.id)
        self.saved.setText(self.tr("Correction saved on this desk; it syncs automatically."))
        self.saved.show()
        self.sig_saved.emit(attendee.id)
        self.sig_closed_edit.emit()
