"""Inline (never modal) panels of the check-in workspace: reprint with a reason, undo with a
reason, desk settings. Each opens in place under the decision card, is driven by the keyboard
(Tab, Enter, Esc) and gives focus back to the scan path when it closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui import language
from ui.checkin.printer import available_printers
from ui.checkin.settings import CheckinSettings
from wufops.badges.layout import bundled_names
from wufops.i18n.languages import LANGUAGES, SHIPPED

_PANEL_STYLE = (
    "QFrame#inlinePanel { background: #ffffff; border: 2px solid #0b6bcb; border-radius: 10px; }"
    "QLabel#panelTitle { font-size: 16px; font-weight: 700; }"
)


class _Panel(QFrame):
    sig_closed = Signal()
    sig_opened = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlinePanel")
        self.setStyleSheet(_PANEL_STYLE)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(16, 12, 16, 12)
        heading = QLabel(title)
        heading.setObjectName("panelTitle")
        self._layout.addWidget(heading)
        self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_panel()
            return
        super().keyPressEvent(event)

    def close_panel(self) -> None:
        self.hide()
        self.sig_closed.emit()

    def _buttons(
        self, confirm: str, beside: QWidget | None = None
    ) -> tuple[QPushButton, QPushButton]:
        """Cancel and confirm at the end of a row of their own, or of ``beside``'s row (one
        line less: the card above keeps its room on a 720-pixel screen)."""
        row = QHBoxLayout()
        ok = QPushButton(confirm)
        ok.setDefault(True)
        cancel = QPushButton(self.tr("Cancel (Esc)"))
        cancel.clicked.connect(self.close_panel)
        if beside is None:
            row.addStretch(1)
        else:
            row.addWidget(beside, 1)
        row.addWidget(cancel)
        row.addWidget(ok)
        self._layout.addLayout(row)
        return ok, cancel


class ReprintPanel(_Panel):
    """Reprint needs a reason: damaged, lost (revokes the old badge), name corrected."""

    sig_reprint = Signal(str)  # reason code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reprint the badge — why? (↑/↓ choose, Enter reprints)"), parent)
        self.reason = QComboBox()
        self.reason.addItem(self.tr("Damaged — same badge number"), "damaged")
        self.reason.addItem(self.tr("Lost — the old badge stops working at the gates"), "lost")
        self.reason.addItem(self.tr("Name corrected — same badge number"), "name_corrected")
        self._layout.addWidget(self.reason)
        ok, _ = self._buttons(self.tr("Reprint (Enter)"))
        ok.clicked.connect(self._confirm)

    def open_for(self, who: str) -> None:
        self.reason.setCurrentIndex(0)
        self.reason.setToolTip(who)
        self.show()
        self.reason.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._confirm()
            return
        super().keyPressEvent(event)

    def _confirm(self) -> None:
        reason = str(self.reason.currentData())
        self.hide()
        self.sig_reprint.emit(reason)
        self.sig_closed.emit()


class UndoPanel(_Panel):
    """Undo a wrong check-in: a void event with the reason typed here."""

    sig_undo = Signal(str)  # reason text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Undo this check-in — why?"), parent)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. scanned the wrong badge"))
        self.reason.returnPressed.connect(self._confirm)
        ok, _ = self._buttons(self.tr("Undo check-in (Enter)"), beside=self.reason)
        ok.clicked.connect(self._confirm)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.hide()
        self._layout.addWidget(self.error)

    def open_for(self, who: str) -> None:
        self.reason.clear()
        self.error.hide()
        self.reason.setToolTip(who)
        self.show()
        self.reason.setFocus()

    def _confirm(self) -> None:
        text = self.reason.text().strip()
        if not text:
            self.error.setText(self.tr("Type a reason first."))
            self.error.show()
            return
        self.hide()
        self.sig_undo.emit(text)
        self.sig_closed.emit()


class SettingsPanel(_Panel):
    """Desk name, mode, printer (or PDF folder), gate zone, sound, and the desk's language
    (the same switch as the picker at the foot of the rail: the window rebuilds in it)."""

    sig_saved = Signal()

    def __init__(self, settings: CheckinSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Desk settings"), parent)
        self._settings = settings
        form = QFormLayout()
        self.desk = QLineEdit()
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Badge pickup"), "pickup")
        self.mode.addItem(self.tr("Entry gate"), "gate")
        self.printer = QComboBox()
        self.pdf_dir = QLineEdit()
        self.layout_name = QComboBox()
        for name in bundled_names():
            self.layout_name.addItem(name, name)
        self.zone = QLineEdit()
        self.repeat = QSpinBox()
        self.repeat.setRange(0, 600)
        #: unit after a number of seconds (keep the leading space if your language uses one)
        self.repeat.setSuffix(self.tr(" s"))
        #: shown in the seconds field when it is 0: repeated scans are not merged
        self.repeat.setSpecialValueText(self.tr("off"))
        self.repeat.setToolTip(
            self.tr("The same badge again at this gate within this time counts one entry")
        )
        self.sound = QCheckBox(self.tr("Sound per outcome"))
        self.language = QComboBox()
        self.language.setObjectName("deskLanguage")
        for code in SHIPPED:
            self.language.addItem(LANGUAGES[code].name, code)
        form.addRow(self.tr("Desk or gate name"), self.desk)
        form.addRow(self.tr("Mode"), self.mode)
        form.addRow(self.tr("Printer"), self.printer)
        form.addRow(self.tr("PDF folder (no printer)"), self.pdf_dir)
        form.addRow(self.tr("Badge stock (layout)"), self.layout_name)
        form.addRow(self.tr("Gate zone"), self.zone)
        form.addRow(self.tr("Gate: same badge again within"), self.repeat)
        form.addRow("", self.sound)
        form.addRow(QCoreApplication.translate("MainWindow", "Language"), self.language)
        self._layout.addLayout(form)
        ok, _ = self._buttons(self.tr("Save (Enter)"))
        ok.clicked.connect(self._save)
        for edit in (self.desk, self.pdf_dir, self.zone):
            edit.returnPressed.connect(self._save)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._save()  # Enter in the spin box or a combo box saves too
            return
        super().keyPressEvent(event)

    def open_panel(self) -> None:
        s = self._settings
        self.desk.setText(s.desk_name)
        self.mode.setCurrentIndex(1 if s.mode == "gate" else 0)
        self.printer.clear()
        self.printer.addItem(self.tr("No printer — save PDF files"), "")
        for name in available_printers():
            self.printer.addItem(name, name)
        if s.printer and self.printer.findData(s.printer) < 0:
            self.printer.addItem(self.tr("%1 (not found)").replace("%1", s.printer), s.printer)
        self.printer.setCurrentIndex(max(0, self.printer.findData(s.printer)))
        self.pdf_dir.setText(str(s.pdf_dir))
        self.layout_name.setCurrentIndex(max(0, self.layout_name.findData(s.layout)))
        self.zone.setText(s.gate_zone)
        self.repeat.setValue(round(s.gate_repeat_s))
        self.sound.setChecked(s.sound)
        self.language.setCurrentIndex(max(0, self.language.findData(language.current().code)))
        self.show()
        self.sig_opened.emit()
        self.desk.setFocus()

    def _save(self) -> None:
        s = self._settings
        s.desk_name = self.desk.text() or s.desk_name
        s.mode = "gate" if self.mode.currentData() == "gate" else "pickup"
        s.printer = str(self.printer.currentData() or "")
        if self.pdf_dir.text().strip():
            s.pdf_dir = Path(self.pdf_dir.text().strip())
        s.layout = str(self.layout_name.currentData() or "a6")
        s.gate_zone = self.zone.text()
        s.gate_repeat_s = self.repeat.value()
        s.sound = self.sound.isChecked()
        self.hide()
        self.sig_saved.emit()
        self.sig_closed.emit()
        code = str(self.language.currentData() or "")
        switch = getattr(self.window(), "set_language", None)
        if code and code != language.current().code and callable(switch):
            QTimer.singleShot(0, lambda: switch(code))  # the window rebuilds this panel too
