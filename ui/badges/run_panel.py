"""The batch-run panel of the Badges workspace: filters, output file, run, progress, result.

Does what ``wufops badges`` does (``ui.badges.run`` runs the same core function off the GUI
thread): category, country and limit filters with a live count of the badges they select,
the output PDF (typed, or chosen in a file dialog opened with ``open()``), Run (Enter
anywhere in the panel) and Cancel (Esc), a progress bar, errors inline by code, and at the
end "N badges written to FILE" with an "Open folder" button.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QStandardPaths,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QDesktopServices, QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.attendees.model import category_label
from ui.badges.run import (
    BatchOutcome,
    BatchRequest,
    BatchWorker,
    CountJob,
    CountSignals,
    Selection,
)
from ui.context import AppContext
from ui.language import by_country_name, country_name, number
from ui.text import left_to_right
from wufops.badges.layout import Layout
from wufops.models.attendee import CATEGORIES

# share of the progress bar each stage fills (issuing badges, rendering pages, recording)
_STAGES = {"issued": (0.0, 0.3), "rendered": (0.3, 0.65), "recorded": (0.95, 0.05)}
# milliseconds of quiet after a filter change before the selection is counted
COUNT_DEBOUNCE_MS = 150


class RunPanel(QFrame):
    """See the module docstring. ``layout_source()`` gives the layout chosen in the workspace."""

    sig_finished = Signal(object)
    """The :class:`ui.badges.run.BatchOutcome` of a run, after the panel showed it."""
    sig_counted = Signal(int)
    """The number of badges the filters select (-1: could not count)."""

    def __init__(
        self,
        context: AppContext,
        layout_source: Callable[[], Layout | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("runPanel")
        self._context = context
        self._layout_source = layout_source
        self._thread: QThread | None = None
        self._worker: BatchWorker | None = None
        self._generation = 0
        self.selected = -1  # badges the filters select, as last counted
        # opens a folder in the file manager; tests swap it
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self._build()
        # no parent: a count still running on the pool may outlive this panel
        self._count_signals = CountSignals()
        self._count_signals.sig_counted.connect(self._counted)
        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_DEBOUNCE_MS)
        self._count_timer.timeout.connect(self.recount)
        app = QCoreApplication.instance()
        if app is not None:  # never leave a run's thread behind when the app quits
            app.aboutToQuit.connect(self.shutdown)
        self.recount()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.tr("Batch run"))
        title.setObjectName("panelTitle")
        intro = QLabel(
            self.tr(
                "Badges for pre-printing, sorted by country then family name. Attendees"
                " without a badge get one. Each badge written counts as printed, so desks"
                " will not print it again at pickup."
            )
        )
        intro.setObjectName("muted")
        intro.setWordWrap(True)

        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        for code in CATEGORIES:
            self.category.addItem(category_label(code), code)
        self.country = QComboBox()
        self.country.addItem(self.tr("All countries"), None)
        for code in by_country_name(self._context.index.countries()):
            self.country.addItem(f"{country_name(code) or code} · {code}", code)
        self.limit = QLineEdit()
        self.limit.setValidator(QIntValidator(1, 10_000_000, self.limit))
        self.limit.setPlaceholderText(self.tr("No limit"))
        self.limit.setToolTip(self.tr("Only the first N badges of the selection (empty: all)"))
        for combo in (self.category, self.country):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.limit.textChanged.connect(self._filters_changed)

        self.count = QLabel()
        self.count.setObjectName("selectionCount")
        self._suggested = str(self._default_out("a6"))
        self.out = QLineEdit(self._suggested)
        self.out.textChanged.connect(self.out.setToolTip)
        self.out.setToolTip(self._suggested)
        self.out.setPlaceholderText(self.tr("Where to write the PDF"))
        self.choose = QPushButton(self.tr("C&hoose…"))
        self.choose.clicked.connect(self.choose_output)
        out_row = QHBoxLayout()
        out_row.setSpacing(6)
        out_row.addWidget(self.out, 1)
        out_row.addWidget(self.choose)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(8)
        for text, field in (
            (self.tr("Ca&tegory"), self.category),
            (self.tr("C&ountry"), self.country),
            (self.tr("Li&mit"), self.limit),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.count)
        out_label = QLabel(self.tr("Output &file"))
        out_label.setBuddy(self.out)
        form.addRow(out_label, out_row)

        self.run_button = QPushButton(self.tr("&Run batch"))
        self.run_button.setObjectName("primary")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the run (Esc); nothing is written"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.cancel_button.hide()  # shown while a run works
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)

        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.stage = QLabel()
        self.stage.setObjectName("muted")
        self.stage.hide()
        self.error = QLabel()
        self.error.setObjectName("runError")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.done = QLabel()
        self.done.setObjectName("runDone")
        self.done.setWordWrap(True)
        self.done.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton(self.tr("Open fol&der"))
        self.open_folder.clicked.connect(self._open_folder)
        self.done_box = QFrame()
        self.done_box.setObjectName("runDoneBox")
        done_row = QHBoxLayout(self.done_box)
        done_row.setContentsMargins(10, 8, 10, 8)
        done_row.addWidget(self.done, 1)
        done_row.addWidget(self.open_folder, 0, Qt.AlignmentFlag.AlignTop)
        self.done_box.hide()

        column = QVBoxLayout(self)
        column.setContentsMargins(16, 14, 16, 16)
        column.setSpacing(10)
        column.addWidget(title)
        column.addWidget(intro)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.bar)
        column.addWidget(self.stage)
        column.addWidget(self.error)
        column.addWidget(self.done_box)
        column.addStretch(1)

        self.setTabOrder(self.category, self.country)
        self.setTabOrder(self.country, self.limit)
        self.setTabOrder(self.limit, self.out)
        self.setTabOrder(self.out, self.choose)
        self.setTabOrder(self.choose, self.run_button)
        self.setTabOrder(self.run_button, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.open_folder)

    def _default_out(self, layout_name: str) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(folder or Path.home()) / f"badges-{layout_name}.pdf"

    # -- state -------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None

    def selection(self) -> Selection:
        text = self.limit.text().strip()
        limit = int(text) if text.isdigit() else 0
        return Selection(
            self._context.db_path,
            self._context.event.id,
            category=self.category.currentData(),
            country=self.country.currentData(),
            limit=limit or None,
        )

    def layout_changed(self, name: str) -> None:
        """The workspace picked another layout: follow it in the suggested file name."""
        if self.out.text() == self._suggested:  # not chosen by the user: follow the layout
            self._suggested = str(Path(self._suggested).with_name(f"badges-{name}.pdf"))
            self.out.setText(self._suggested)

    # -- counting ----------------------------------------------------------------------------

    @Slot()
    def _filters_changed(self) -> None:
        self.count.setText(self.tr("Counting…"))
        self._count_timer.start()

    @Slot()
    def recount(self) -> None:
        """Count the selection now (on a pool thread; the answer arrives as a signal)."""
        self._count_timer.stop()
        self._generation += 1
        QThreadPool.globalInstance().start(
            CountJob(self._count_signals, self._generation, self.selection())
        )

    @Slot(int, int)
    def _counted(self, generation: int, count: int) -> None:
        if generation != self._generation:
            return  # an older filter's answer
        self.selected = count
        if count < 0:
            self.count.setText(self.tr("Could not count the selection"))
        elif count == 0:
            self.count.setText(self.tr("No attendee matches these filters"))
        else:
            self.count.setText(self.tr("%Ln badge(s) selected", "", count))
        self.sig_counted.emit(count)

    # -- output file -------------------------------------------------------------------------

    @Slot()
    def choose_output(self) -> None:
        """Ask where to write the PDF (a non-blocking dialog)."""
        dialog = QFileDialog(self, self.tr("Write badges to"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        current = Path(self.out.text()) if self.out.text().strip() else None
        if current is not None:
            dialog.setDirectory(str(current.parent))
            dialog.selectFile(current.name)
        dialog.fileSelected.connect(self._file_chosen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        dialog.open()

    @Slot(str)
    def _file_chosen(self, path: str) -> None:
        self.out.setText(path)
        self.run_button.setFocus()

    # -- running -----------------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        """Run the batch (Enter or the Run button); errors before the start show inline."""
        if self.running:
            return
        layout = self._layout_source()
        text = self.out.text().strip()
        if layout is None:
            self._show_error("no_layout", "")
            return
        if not text:
            self._show_error("no_output", "")
            self.out.setFocus()
            return
        out = Path(text).expanduser()
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
            self.out.setText(str(out))
        request = BatchRequest(self.selection(), out, layout, desk=self._context.settings.desk_name)
        self.error.hide()
        self.done_box.hide()
        self.bar.setValue(0)
        self.bar.show()
        self.stage.setText(self.tr("Starting…"))
        self.stage.show()
        self._set_running(True)
        thread = QThread(self)
        worker = BatchWorker(request, self._context.clock)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.sig_progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        worker.sig_finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._thread, self._worker = thread, worker
        thread.start()

    @Slot()
    def cancel(self) -> None:
        """Stop the run at its next progress report; nothing is written."""
        if self._worker is not None:
            self._worker.cancel()
            self.cancel_button.setEnabled(False)
            self.stage.setText(self.tr("Cancelling…"))

    @Slot()
    def shutdown(self) -> None:
        """Cancel a run and wait for its thread (the window is closing)."""
        self.cancel()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.cancel_button.setVisible(running)
        for field in (self.category, self.country, self.limit, self.out, self.choose):
            field.setEnabled(not running)
        if running:
            self.cancel_button.setFocus()

    @Slot(str, int, int)
    def _progress(self, stage: str, done: int, total: int) -> None:
        if self._worker is None or not self.cancel_button.isEnabled():
            return  # cancelling: keep saying so
        start, share = _STAGES.get(stage, (0.0, 1.0))
        fraction = start + share * (done / total if total else 1.0)
        self.bar.setValue(round(1000 * fraction))
        numbers = f"{number(done)} / {number(total)}"
        if stage == "issued":
            text = self.tr("Issuing badges: %1").replace("%1", numbers)
        elif stage == "rendered":
            text = self.tr("Writing badges: %1").replace("%1", numbers)
        else:
            text = self.tr("Recording them as printed: %1").replace("%1", numbers)
        self.stage.setText(text)

    @Slot(object)
    def _finished(self, outcome: BatchOutcome) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread, self._worker = None, None
        self._set_running(False)
        self.bar.hide()
        self.stage.hide()
        if outcome.code:
            self._show_error(outcome.code, outcome.detail)
            self.run_button.setFocus()
        else:
            self._show_done(outcome)
            if outcome.attendee_ids:
                self._context.bus.rows_changed("badge", list(outcome.attendee_ids))
            self.open_folder.setFocus()
        self.recount()
        self.sig_finished.emit(outcome)

    # -- results -----------------------------------------------------------------------------

    def _show_done(self, outcome: BatchOutcome) -> None:
        assert outcome.out is not None
        self.last_out = outcome.out
        lines = [
            self.tr("%Ln badge(s) written to %1", "", outcome.badges).replace(
                "%1", left_to_right(str(outcome.out))
            )
        ]
        details = [self.tr("%Ln page(s)", "", outcome.pages)]
        if outcome.issued:
            details.append(self.tr("%Ln newly issued", "", outcome.issued))
        lines.append(" · ".join(details))
        if outcome.missing_glyphs:
            lines.append(
                self.tr(
                    "%Ln character(s) could not be set in any bundled font: check those badges",
                    "",
                    outcome.missing_glyphs,
                )
            )
        self.done.setText("\n".join(lines))
        self.done_box.show()

    def _show_error(self, code: str, detail: str) -> None:
        self.done_box.hide()
        text = self._message(code)
        if detail and code in ("cannot_write", "failed", "cannot_open"):
            text = f"{text}\n{detail}"
        self.error.setText(text)
        self.error.show()

    def _message(self, code: str) -> str:
        """The user's words for an error code (every code the run can give)."""
        out = self.out.text().strip()
        messages = {
            "cancelled": self.tr("Cancelled. No file was written and no badge was marked printed."),
            "cannot_write": self.tr(
                "Cannot write %1. Choose a folder you can write to, or close the file if"
                " another program has it open."
            ).replace("%1", out),
            "no_output": self.tr("Choose where to write the PDF first."),
            "no_layout": self.tr("This layout cannot be used: pick another one."),
            "no_attendees": self.tr(
                "No attendee matches these filters: change the category, country or limit."
            ),
            "unknown_event": self.tr("This event is not in the database any more."),
            "choose_event": self.tr("The database holds several events; open one event."),
            "attendee_ref_collision": self.tr(
                "Two attendees share a badge reference; ask the hub operator to fix it"
                " before printing."
            ),
            "serials_exhausted": self.tr(
                "This device has used up its badge serial numbers: sync with the hub."
            ),
            "no_serial_range": self.tr(
                "This device has no badge serial numbers yet: sync with the hub."
            ),
            "cannot_open": self.tr("Could not open the event database."),
        }
        found = messages.get(code)
        if found is None:
            found = self.tr("The run stopped with an error (%1).").replace("%1", code)
        return found

    @Slot()
    def _open_folder(self) -> None:
        out: Path | None = getattr(self, "last_out", None)
        if out is not None:
            self.open_url(QUrl.fromLocalFile(str(out.parent)))

    # -- keys --------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused.isEnabled():
                focused.click()  # Enter presses the button that has the focus
            elif not self.running:
                self.start()
            return
        if key == Qt.Key.Key_Escape and self.running:
            self.cancel()
            return
        super().keyPressEvent(event)
