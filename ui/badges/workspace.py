"""The Badges workspace: pick a layout, preview it on a sample attendee, run a batch to PDF.

Left: the layout picker (every bundled layout by its human name), the preview sample (the
attendee selected in the Attendees workspace, one found here by name or code, or demo names
in Arabic, Chinese, Devanagari and Latin with diacritics, to check every script at a glance)
and the batch-run panel (``ui.badges.run_panel``). Right: the badge as it will print
(``ui.badges.preview``, the real PDF rasterised). An attendee who has a badge is previewed
with their real token; one without gets a throw-away token (valid nowhere).

Keyboard: Alt+L layout, Alt+S sample, Alt+A find an attendee (Enter picks the best match),
then the run panel's own mnemonics; Enter in the run panel runs, Esc cancels.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.badges.preview import SAMPLES, BadgePreview, pdf_to_image, preview_badge, sample_badge
from ui.badges.run_panel import RunPanel
from ui.context import AppContext
from ui.text import directional, native_name
from wufops.badges.batch import badge_for
from wufops.badges.layout import DEFAULT_LAYOUT, Layout, LayoutError, bundled_names, load_layout
from wufops.badges.render import renderer_for

# demo samples (``ui.badges.preview.SAMPLES``) shown side by side: one per script family
SCRIPT_STRIP = (0, 1, 2, 3)  # Latin with diacritics, Arabic, Devanagari, Chinese
STRIP_DPI = 40
STRIP_BOX = (150, 170)  # each thumbnail fits this box (a sheet layout shows its page)

# bundled layouts in the order offered (others found on disk follow, by file name)
LAYOUT_ORDER = ("a6", "4x6in", "cr80", "label-54x90", "a6-on-a4")

_STYLE = """
QWidget#badgesWorkspace { background: #f4f6f8; }
QFrame#runPanel, QFrame#pickPanel { background: #ffffff; border: 1px solid #e2e8f0;
    border-radius: 10px; }
QFrame#previewPanel { background: #e8ecf1; border-radius: 10px; }
QLabel#panelTitle { font-size: 16px; font-weight: 600; color: #0f172a; }
QLabel#selectionCount { color: #0f172a; font-weight: 600; }
QLabel#runError { background: #fee2e2; border: 1px solid #ef4444; border-radius: 6px;
    color: #7f1d1d; padding: 8px 10px; }
QFrame#runDoneBox { background: #dcfce7; border: 1px solid #22c55e; border-radius: 6px; }
QLabel#runDone { color: #14532d; }
QLabel#layoutTitle { color: #334155; font-size: 13px; }
QLabel#scriptThumb { background: transparent; }
QLabel#scriptCaption { color: #475569; font-size: 12px; }
QComboBox:disabled, QLineEdit:disabled { background: #f1f5f9;
    color: #94a3b8; }
QPushButton:disabled { color: #94a3b8; background: #f1f5f9; }
"""


class BadgesWorkspace(QWidget):
    """See the module docstring."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("badgesWorkspace")
        self.setStyleSheet(_STYLE)
        self._context = context
        self._layouts: dict[str, Layout] = {}
        self._attendee_id: str | None = None  # the attendee sample, when one is chosen
        self._followed: str | None = None  # the Attendees workspace's selection, last seen
        self._build()
        self.layout_picker.currentIndexChanged.connect(self._layout_chosen)
        self.sample.currentIndexChanged.connect(self._sample_chosen)
        self.find.returnPressed.connect(self._find_attendee)
        context.bus.sig_rows_changed.connect(self._rows_changed)
        self._layout_chosen()

    # -- building ----------------------------------------------------------------------------

    def _layout_names(self) -> dict[str, str]:
        return {
            "a6": self.tr("A6"),
            "4x6in": self.tr("4×6 in"),
            "cr80": self.tr("CR80 card"),
            "label-54x90": self.tr("54×90 mm label"),
            "a6-on-a4": self.tr("4×A6 on A4"),
            "a6-en-az": self.tr("A6, EN + AZ", "layout: category in English and Azerbaijani"),
        }

    def _build(self) -> None:
        names = self._layout_names()
        bundled = bundled_names()
        order = [n for n in LAYOUT_ORDER if n in bundled] + sorted(
            n for n in bundled if n not in LAYOUT_ORDER
        )
        self.layout_picker = QComboBox()
        for name in order:
            self.layout_picker.addItem(names.get(name, name), name)
        self.layout_picker.setCurrentIndex(max(0, order.index(DEFAULT_LAYOUT)))

        self.sample = QComboBox()
        self.sample.setToolTip(self.tr("Whose name the preview shows"))
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("Name or registration code, then Enter"))
        self.find.setClearButtonEnabled(True)
        self.find_note = QLabel()
        self.find_note.setObjectName("muted")
        self.find_note.setWordWrap(True)
        self._fill_samples()

        pick = QFrame()
        pick.setObjectName("pickPanel")
        pick.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        title = QLabel(self.tr("Layout and preview"))
        title.setObjectName("panelTitle")
        form = QFormLayout()
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(8)
        for text, field in (
            (self.tr("&Layout"), self.layout_picker),
            (self.tr("&Sample"), self.sample),
            (self.tr("Find &attendee"), self.find),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.find_note)
        self._form = form
        form.setRowVisible(self.find_note, False)
        pick_column = QVBoxLayout(pick)
        pick_column.setContentsMargins(16, 14, 16, 14)
        pick_column.setSpacing(10)
        pick_column.addWidget(title)
        pick_column.addLayout(form)

        self.run_panel = RunPanel(self._context, self.current_layout)

        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(pick)
        left.addWidget(self.run_panel, 1)
        left_box = QWidget()
        left_box.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        left_box.setFixedWidth(470)

        self.preview = BadgePreview(self._context.event.name)
        self.preview.pickers.hide()  # this workspace has its own, with human names
        self.preview.title.setObjectName("layoutTitle")
        preview_panel = QFrame()
        preview_panel.setObjectName("previewPanel")
        preview_row = QHBoxLayout(preview_panel)
        preview_row.setContentsMargins(12, 12, 12, 12)
        preview_row.addWidget(self.preview, 1)
        strip = QVBoxLayout()
        strip.setSpacing(2)
        strip_title = QLabel(self.tr("Every script"))
        strip_title.setObjectName("scriptCaption")
        strip.addWidget(strip_title)
        self.thumbs: list[QLabel] = []
        captions = (
            self.tr("Latin, diacritics"),
            self.tr("Arabic"),
            self.tr("Devanagari"),
            self.tr("Chinese"),
        )
        for caption in captions:
            thumb = QLabel()
            thumb.setObjectName("scriptThumb")
            thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
            thumb.setFixedSize(*STRIP_BOX)
            thumb.setToolTip(caption)
            label = QLabel(caption)
            label.setObjectName("scriptCaption")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            strip.addWidget(thumb)
            strip.addWidget(label)
            strip.addSpacing(6)
            self.thumbs.append(thumb)
        strip.addStretch(1)
        # the strip scrolls rather than setting the window's minimum height (1280×720 desks)
        strip_box = QWidget()
        strip_box.setLayout(strip)
        strip.setContentsMargins(0, 0, 0, 0)
        strip_scroll = QScrollArea()
        strip_scroll.setObjectName("scriptStrip")
        strip_scroll.setWidget(strip_box)
        strip_scroll.setWidgetResizable(True)
        strip_scroll.setFrameShape(QFrame.Shape.NoFrame)
        strip_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        strip_scroll.setFixedWidth(strip_box.sizeHint().width() + 16)
        preview_row.addWidget(strip_scroll)

        row = QHBoxLayout(self)
        row.setContentsMargins(16, 14, 16, 14)
        row.setSpacing(14)
        row.addWidget(left_box)
        row.addWidget(preview_panel, 1)

        self.setTabOrder(self.layout_picker, self.sample)
        self.setTabOrder(self.sample, self.find)
        self.setTabOrder(self.find, self.run_panel.category)

    def _fill_samples(self) -> None:
        self.sample.blockSignals(True)
        self.sample.clear()
        if self._attendee_id is not None and self._attendee_id in self._context.index:
            person = self._context.index.get(self._attendee_id)
            name = directional(native_name(person.given_name, person.family_name))
            self.sample.addItem(
                self.tr("Attendee: %1").replace("%1", f"{name} ({person.country})"),
                self._attendee_id,
            )
        for index, sample in enumerate(SAMPLES):
            self.sample.addItem(self.tr("Demo: %1").replace("%1", sample[0]), index)
        self.sample.setCurrentIndex(0)
        self.sample.blockSignals(False)

    # -- public ------------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F: find an attendee to preview."""
        self.find.setFocus()
        self.find.selectAll()

    def current_layout(self) -> Layout | None:
        name = self.layout_picker.currentData()
        if name is None:
            return None
        found = self._layouts.get(name)
        if found is None:
            try:
                found = self._layouts[name] = load_layout(name)
            except LayoutError:
                return None
        return found

    def use_attendee(self, attendee_id: str) -> None:
        """Preview ``attendee_id`` (offered first in the sample picker from now on)."""
        if attendee_id not in self._context.index:
            return
        self._attendee_id = attendee_id
        self._fill_samples()
        self._sample_chosen()

    def shutdown(self) -> None:
        """Cancel a running batch and wait for it (the window is closing)."""
        self.run_panel.shutdown()

    # -- choosing ----------------------------------------------------------------------------

    @Slot()
    def _layout_chosen(self) -> None:
        name = self.layout_picker.currentData()
        self.preview.show_layout(name)
        self.run_panel.layout_changed(name)
        self._draw_strip()

    def _draw_strip(self) -> None:
        """The chosen layout with a name in each script family, small, side by side."""
        layout = self.current_layout()
        for thumb, index in zip(self.thumbs, SCRIPT_STRIP, strict=True):
            if layout is None:
                thumb.clear()
                continue
            badge = sample_badge(index, self._context.event.name)
            image = pdf_to_image(renderer_for(layout).render_one(badge), STRIP_DPI)
            thumb.setPixmap(
                QPixmap.fromImage(
                    image.scaled(
                        *STRIP_BOX,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            )

    @Slot()
    def _sample_chosen(self) -> None:
        data = self.sample.currentData()
        if isinstance(data, str):  # an attendee id
            conn = self._context.replica.conn
            badge = badge_for(conn, data)
            if badge is None:
                badge = preview_badge(self._context.index.get(data), self._context.event.name)
                self._note(self.tr("No badge issued yet: this QR code is only a sample."))
            else:
                self._note("")
            self.preview.show_badge(badge)
            return
        self._note("")
        self.preview.sample_picker.setCurrentIndex(int(data or 0))
        self.preview.show_badge(None)

    @Slot()
    def _find_attendee(self) -> None:
        text = self.find.text().strip()
        if not text:
            return
        found = self._context.index.search(text)
        if not found:
            self._note(self.tr("No attendee matches “%1”.").replace("%1", text))
            return
        self._note("")
        self.use_attendee(found[0])

    @Slot(str, list)
    def _rows_changed(self, entity: str, ids: list[str]) -> None:
        """The attendee on show got a badge or a correction: show the badge as it is now."""
        if entity in ("badge", "attendee") and self.sample.currentData() in ids:
            if entity == "attendee":
                self._fill_samples()  # the name in the picker may have changed
            self._sample_chosen()

    def _note(self, text: str) -> None:
        """A line under the pickers (hidden, taking no room, when empty)."""
        self.find_note.setText(text)
        self._form.setRowVisible(self.find_note, bool(text))

    def _selected_in_attendees(self) -> str | None:
        """The attendee selected in the Attendees workspace of this window, if any."""
        from ui.attendees.model import ID_ROLE  # noqa: PLC0415 -- only when shown
        from ui.attendees.workspace import AttendeesWorkspace  # noqa: PLC0415

        for workspace in self.window().findChildren(AttendeesWorkspace):
            index = workspace.table.currentIndex()
            if index.isValid():
                value = index.data(ID_ROLE)
                return str(value) if value else None
        return None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._follow_selection)

    @Slot()
    def _follow_selection(self) -> None:
        """Coming from the Attendees workspace with someone else selected: preview them
        (a pick made here stays until the selection there changes)."""
        selected = self._selected_in_attendees()
        if selected is not None and selected != self._followed:
            self._followed = selected
            self.use_attendee(selected)
