"""The decision card: a large colour-coded panel that says what to do with the person in front
of the desk — green admitted, amber already picked up, red refused with the reason.

Never a dialog: the card is replaced by the next scan. All text is made here with ``tr()``
from the stable decision code; names are shown in their own script and in Latin.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui.language import country_name
from ui.text import directional, format_instant, leading_edge
from wufops.checkin.decisions import AttendeeSummary, Decision
from wufops.checkin.gate import Gate

GREEN, AMBER, RED, IDLE = "#15803d", "#f59e0b", "#b91c1c", "#e2e8f0"
CONFIRM = "#1d4ed8"  # a person found by name or registration code, not yet checked in

_STYLE = """
QFrame#decisionCard {{ background: {bg}; border-radius: 14px; }}
QFrame#decisionCard QLabel {{ color: {fg}; background: transparent; }}
QLabel#cardTitle {{ font-size: {title}px; font-weight: 700; }}
QLabel#cardAdvice {{ font-size: 18px; }}
QLabel#cardName {{ font-size: 44px; font-weight: 700; }}
QLabel#cardLatin {{ font-size: 24px; }}
QLabel#cardMeta {{ font-size: 19px; }}
QLabel#cardNeeds {{ font-size: 19px; font-weight: 600; }}
QLabel#cardFirst {{ font-size: 21px; font-weight: 600; }}
QLabel#cardNote {{ font-size: 17px; font-style: italic; }}
QFrame#decisionCard QLabel#cardAttention {{
    background: #fde047; color: #111827; font-size: 22px; font-weight: 700;
    border-radius: 8px; padding: 10px 14px;
}}
"""


def _label(name: str, *, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class DecisionCard(QFrame):
    """Pickup-mode card: who, what to do, accessibility needs, attention banner."""

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionCard")
        self._zone = zone
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 14, 28, 14)
        layout.setSpacing(4)  # an Arabic card (taller lines) still fits 720 px
        self.title = _label("cardTitle")
        self.advice = _label("cardAdvice")
        self.attention = _label("cardAttention")
        self.name = _label("cardName")
        self.latin = _label("cardLatin")
        self.meta = _label("cardMeta")
        self.needs = _label("cardNeeds")
        self.first = _label("cardFirst")
        self.note = _label("cardNote")
        for widget in (self.title, self.advice, self.attention):
            layout.addWidget(widget)
        layout.addSpacing(4)
        # names in the other direction's script line up with the rest of the card: the
        # card's leading edge (the right one in an Arabic desk), whatever the name's script
        for widget in (self.name, self.latin, self.meta, self.needs, self.first, self.note):
            widget.setAlignment(leading_edge())
            layout.addWidget(widget)
        layout.addStretch(1)
        self.code = ""
        self.show_idle()

    # -- states --------------------------------------------------------------------------

    def _paint(self, bg: str, fg: str, title_px: int = 40) -> None:
        self.setStyleSheet(_STYLE.format(bg=bg, fg=fg, title=title_px))

    def _clear(self) -> None:
        for label in (
            self.advice,
            self.attention,
            self.name,
            self.latin,
            self.meta,
            self.needs,
            self.first,
            self.note,
        ):
            label.clear()
            label.hide()

    def show_idle(self) -> None:
        self.code = ""
        self._clear()
        self._paint(IDLE, "#334155", 34)
        self.title.setText(self.tr("Ready — scan a badge or find a name"))
        self._set(
            self.advice,
            self.tr(
                "The scanner works wherever the cursor is. Ctrl+F: find by name · F2: reprint · "
                "F3: undo · F10: desk settings"
            ),
        )

    def show_confirm(self, person: AttendeeSummary, *, reg_code: str, picked_up: bool) -> None:
        """A person found by name or registration code: who, and Enter to check them in
        (a search pick is less certain than a signed badge)."""
        self.code = "confirm"
        self._clear()
        self._paint(CONFIRM, "#ffffff", 34)
        self.title.setText(self.tr("Check in this person?"))
        advice = self.tr(
            "Enter checks in · Esc cancels. Registration code %1, found by name or code, not by "
            "badge: check a photo ID."
        ).replace("%1", reg_code)
        if picked_up:
            advice += " " + self.tr("Already picked up: Enter shows when and where.")
        self._set(self.advice, advice)
        self._show_person(person)

    def show_decision(self, decision: Decision) -> None:
        self.code = decision.code
        self._clear()
        colour, title, advice = self._texts(decision)
        self._paint(colour, "#111827" if colour == AMBER else "#ffffff")
        self.title.setText(title)
        self._set(self.advice, advice)
        if decision.attendee is not None:
            self._show_person(decision.attendee)
        first = decision.first_pickup
        if first is not None:
            self._set(
                self.first,
                self.tr("First pickup: %1 at %2")
                .replace("%1", format_instant(first.wall_time, self._zone))
                .replace("%2", first.desk or self.tr("another desk")),
            )
        notes = []
        if decision.duplicate_pickups:
            notes.append(
                self.tr("Handed out more than once while desks were offline — tell a supervisor.")
            )
        if decision.keyboard_layout:
            notes.append(
                self.tr(
                    "The scanner types for another keyboard layout (%1 read as US): "
                    "set it to this desk's layout."
                ).replace("%1", decision.keyboard_layout.upper())
            )
        if decision.newer_badge:
            notes.append(
                self.tr(
                    "This badge was issued after this desk last synced: checked against the "
                    "person it names. It can be reprinted here after the next sync."
                )
            )
        self._set(self.note, "\n".join(notes))

    def _set(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _show_person(self, person: AttendeeSummary) -> None:
        self._set(self.name, directional(person.name))
        if person.latin_name != person.name:
            self._set(self.latin, person.latin_name)
        parts = [self._category(person.category)]
        if person.organization:
            parts.append(directional(person.organization))
        parts.append(country_name(person.country) or person.country)
        self._set(self.meta, "  ·  ".join(parts))
        self._set(self.needs, self._needs(person))
        if person.attention:
            note = person.attention_note or self._category(person.category)
            self._set(
                self.attention,
                self.tr("⚑ %1 — call the protocol officer").replace("%1", note),
            )

    def _needs(self, person: AttendeeSummary) -> str:
        needs = []
        for need in person.access_needs:
            if need == "sign_language":
                needs.append(self.tr("Sign language: %1").replace("%1", person.sign_language))
            elif need == "captions":
                needs.append(self.tr("Captions"))
            elif need == "step_free":
                needs.append(self.tr("Step-free access"))
            elif need == "assistance":
                needs.append(self.tr("Assistance"))
        return (
            self.tr("Access needs: %1").replace("%1", QLocale().createSeparatedList(needs))
            if needs
            else ""
        )

    def _category(self, category: str) -> str:
        names = {
            "participant": self.tr("PARTICIPANT"),
            "speaker": self.tr("SPEAKER"),
            "media": self.tr("MEDIA"),
            "vip": self.tr("VIP / HEAD OF DELEGATION"),
            "staff": self.tr("STAFF"),
            "volunteer": self.tr("VOLUNTEER"),
            "exhibitor": self.tr("EXHIBITOR"),
            "security": self.tr("SECURITY"),
        }
        return names.get(category, category.upper())

    def _texts(self, decision: Decision) -> tuple[str, str, str]:
        code = decision.code
        if code == "admitted":
            advice = (
                self.tr("Printing the badge — hand it over.")
                if decision.print_due
                else self.tr("Badge already printed — hand it over.")
            )
            if decision.source == "name":
                advice += " " + self.tr("Found by name or code: check a photo ID.")
            return GREEN, self.tr("✔ Admitted"), advice
        if code == "already_picked_up":
            advice = self.tr("Check photo ID. A new badge only with a reprint reason (F2).")
            if decision.print_due:
                advice = self.tr("The badge never printed: F4 prints it now.")
            return AMBER, self.tr("● Already picked up"), advice
        refusals = {
            "revoked": (
                self.tr("✘ Refused — badge revoked"),
                self.tr("Reported lost or replaced. Check photo ID; send to the help desk."),
            ),
            "unknown": (
                self.tr("✘ Refused — unknown badge"),
                self.tr("Not known on this desk. Check the sync state, or find the name."),
            ),
            "invalid_signature": (
                self.tr("✘ Refused — forged or damaged code"),
                self.tr("Do not hand out a badge. Call a supervisor."),
            ),
            "wrong_event": (
                self.tr("✘ Refused — badge of another event"),
                self.tr("Ask for the WUF confirmation, or find the name."),
            ),
            "malformed": (
                self.tr("✘ Not a badge code"),
                self.tr("Scan the QR code on the confirmation or badge, or find the name."),
            ),
            "blocked": (
                self.tr("✘ Refused — security hold"),
                self.tr("Do not hand out the badge. Call the security supervisor."),
            ),
        }
        title, advice = refusals[code]
        return RED, title, advice


class FittedVerdict(QLabel):
    """The gate's one word in the largest type that fits the card: 150 px for "ADMIT", less
    for a longer word ("BURAXMAYIN", "ESCANEAR") or a taller script (Arabic) instead of a
    window larger than the screen."""

    LARGEST, SMALLEST = 150, 48

    def __init__(self) -> None:
        super().__init__()
        self._px = 0
        self._apply(self.LARGEST)

    def _apply(self, px: int) -> None:
        if px != self._px:
            self._px = px
            self.setStyleSheet(f"font-size: {px}px; font-weight: 800;")

    def _metrics(self, px: int) -> QFontMetrics:
        font = QFont(self.font())
        font.setPixelSize(px)
        return QFontMetrics(font)

    def _width_at(self, px: int) -> int:
        return self._metrics(px).horizontalAdvance(self.text()) + 8

    def _height_at(self, px: int) -> int:
        return self._metrics(px).height() + 4

    def _fit(self) -> None:
        px = self.LARGEST
        while px > self.SMALLEST and (
            self._width_at(px) > self.width() or self._height_at(px) > self.height()
        ):
            px -= 6
        self._apply(px)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def minimumSizeHint(self) -> QSize:
        return QSize(self._width_at(self.SMALLEST), self._height_at(self.SMALLEST))

    def sizeHint(self) -> QSize:
        return QSize(self._width_at(self.LARGEST), self._height_at(self.LARGEST))


class GateCard(QFrame):
    """Gate-mode card: ADMIT or DENY in huge type, the reason, nothing personal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionCard")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        self.verdict = FittedVerdict()
        self.verdict.setObjectName("gateVerdict")
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reason = _label("gateReason")
        self.reason.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(self.verdict)
        layout.addWidget(self.reason)
        layout.addStretch(1)
        self.code = ""
        self.show_idle()

    def _paint(self, bg: str) -> None:
        self.setStyleSheet(
            f"QFrame#decisionCard {{ background: {bg}; border-radius: 14px; }}"
            "QLabel { color: #ffffff; background: transparent; }"
            "QLabel#gateReason { font-size: 30px; font-weight: 600; }"
        )

    def show_idle(self) -> None:
        self.code = ""
        self._paint("#475569")
        self.verdict.setText(self.tr("SCAN"))
        self.reason.setText(self.tr("Hold the badge QR code under the scanner"))

    def show_decision(self, decision: Decision) -> None:
        self.code = decision.code
        if decision.admitted:
            self._paint(GREEN)
            self.verdict.setText(self.tr("ADMIT"))
            if Gate.already_counted(decision):
                self.code = "already_counted"
                self.reason.setText(self.tr("Already counted — the same badge moments ago"))
            else:
                self.reason.setText(self.tr("Valid badge"))
            return
        self._paint(RED)
        self.verdict.setText(self.tr("DENY"))
        reasons = {
            "revoked": self.tr("Badge revoked (lost or replaced) — send to the badge desk"),
            "unknown": self.tr("Unknown badge — send to the badge desk"),
            "invalid_signature": self.tr("Forged or damaged code — call a supervisor"),
            "wrong_event": self.tr("Badge of another event"),
            "malformed": self.tr("Not a badge code — scan the badge QR code"),
            "already_picked_up": self.tr("Already used"),
            "blocked": self.tr("Security hold — call a supervisor"),
        }
        self.reason.setText(reasons.get(decision.code, decision.code))
