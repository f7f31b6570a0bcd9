"""A badge layout preview: pick a layout (bundled or a JSON file) and a sample attendee, see
the badge exactly as it will print.

The badge is the real PDF from ``wufops.badges`` (same renderer as batch runs and the desk),
rasterised in-process with PDFium — PySide6-Essentials has no QtPdf, and shelling out to a
converter is not acceptable in the app. A layout file that does not validate shows its
problems, each with its JSON path, instead of a picture.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.pdf_pages import pdf_pages
from wufops.badges.layout import DEFAULT_LAYOUT, Layout, LayoutError, bundled_names, load_layout
from wufops.badges.render import BadgeData, BadgeRenderer
from wufops.crypto.keys import create_issuer_key
from wufops.crypto.token import sign_token
from wufops.models.attendee import Attendee

# (label shown in the picker, given, family, latin given, latin family, org, country, category)
SAMPLES: tuple[tuple[str, str, str, str, str, str, str, str], ...] = (
    (
        "Aysel Məmmədova (AZ)",
        "Aysel",
        "Məmmədova",
        "Aysel",
        "Mammadova",
        "Ministry of Urban Development and Architecture of the Republic of Azerbaijan",
        "AZ",
        "speaker",
    ),
    ("محمد العلي (EG)", "محمد", "العلي", "Mohamed", "Al-Ali", "الأهرام", "EG", "media"),
    ("अक्षय क्षत्रिय (IN)", "अक्षय", "क्षत्रिय", "Akshay", "Kshatriya", "नगर निगम दिल्ली", "IN", "vip"),
    ("张浩然 (CN)", "浩然", "张", "Haoran", "Zhang", "成都市人民政府", "CN", "participant"),
    (
        "Nguyễn Thị Ánh Tuyết (VN)",
        "Nguyễn Thị",
        "Ánh Tuyết",
        "Nguyen Thi",
        "Anh Tuyet",
        "Viện Quy hoạch Đô thị",
        "VN",
        "staff",
    ),
    (
        "María José García de la Fuente y Rodríguez-Villanueva (ES)",
        "María José",
        "García de la Fuente y Rodríguez-Villanueva",
        "Maria Jose",
        "Garcia de la Fuente y Rodriguez-Villanueva",
        "Ayuntamiento de Madrid",
        "ES",
        "volunteer",
    ),
)
EVENT_ID = "preview"
PREVIEW_DPI = 110


def sample_badge(index: int, event_name: str) -> BadgeData:
    """A sample badge; its token is signed by a throw-away key (valid nowhere)."""
    _label, given, family, latin_given, latin_family, org, country, category = SAMPLES[index]
    person = Attendee(
        id=f"preview-{index}",
        event_id=EVENT_ID,
        reg_code=f"PREVIEW-{index + 1}",
        given_name=given,
        family_name=family,
        latin_given=latin_given,
        latin_family=latin_family,
        organization=org,
        country=country,
        category=category,
    )
    token = sign_token(_PREVIEW_KEY, EVENT_ID, person.id, index + 1, 1_779_000_000)
    return BadgeData(person, token, event_name)


def preview_badge(attendee: Attendee, event_name: str) -> BadgeData:
    """A real attendee on a badge whose token is signed by the throw-away key (valid nowhere:
    for attendees who have no badge yet)."""
    token = sign_token(_PREVIEW_KEY, attendee.event_id, attendee.id, 1, 1_779_000_000)
    return BadgeData(attendee, token, event_name)


_PREVIEW_KEY = create_issuer_key(1_779_000_000)


def pdf_to_image(pdf: bytes, dpi: int) -> QImage:
    """The first page of ``pdf`` as an image (PDFium, in-process)."""
    return pdf_pages(pdf, dpi, limit=1)[0][0]


class BadgePreview(QWidget):
    """Layout and sample pickers above the rendered badge (or the layout's problems)."""

    sig_rendered = Signal(str)
    """Emitted with the layout name after a badge has been drawn."""

    def __init__(self, event_name: str = "WUF13 · Baku", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event_name = event_name
        self._layout: Layout | None = None
        self._file: Path | None = None
        self._badge: BadgeData | None = None  # shown instead of the picked sample

        self.layout_picker = QComboBox()
        self.layout_picker.addItems(bundled_names())
        self.layout_picker.setCurrentText(DEFAULT_LAYOUT)
        self.sample_picker = QComboBox()
        self.sample_picker.addItems([s[0] for s in SAMPLES])
        self.open_button = QPushButton(self.tr("Open layout file…"))
        self.title = QLabel()
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(320, 420)
        # the picture follows the space it is given (a sheet layout is a whole A4 page)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._image = QImage()  # the badge at PREVIEW_DPI; shown scaled down if it must be
        self.problems = QListWidget()
        self.problems.hide()

        # the preview's own pickers (a workspace with its own may hide them)
        self.pickers = QWidget()
        pickers = QHBoxLayout(self.pickers)
        pickers.setContentsMargins(0, 0, 0, 0)
        pickers.addWidget(QLabel(self.tr("Layout")))
        pickers.addWidget(self.layout_picker, 1)
        pickers.addWidget(QLabel(self.tr("Sample")))
        pickers.addWidget(self.sample_picker, 2)
        pickers.addWidget(self.open_button)
        column = QVBoxLayout(self)
        column.addWidget(self.pickers)
        column.addWidget(self.title)
        column.addWidget(self.picture, 1)
        column.addWidget(self.problems, 1)

        self.layout_picker.currentTextChanged.connect(self._bundled_chosen)
        self.sample_picker.currentIndexChanged.connect(self._sample_chosen)
        self.open_button.clicked.connect(self._ask_for_file)
        self._bundled_chosen(self.layout_picker.currentText())

    # -- choosing ------------------------------------------------------------------------

    @Slot(str)
    def _bundled_chosen(self, name: str) -> None:
        self._file = None
        self._load(name)

    @Slot(int)
    def _sample_chosen(self, _index: int) -> None:
        self._badge = None
        self._draw()

    def show_layout(self, name: str) -> None:
        """Preview the bundled layout ``name`` (as if picked)."""
        if self.layout_picker.currentText() != name:
            self.layout_picker.setCurrentText(name)
        else:
            self._bundled_chosen(name)

    def show_badge(self, badge: BadgeData | None) -> None:
        """Preview ``badge`` instead of the picked sample (``None``: the sample again)."""
        self._badge = badge
        self._draw()

    @Slot()
    def _ask_for_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Badge layout"))
        dialog.setNameFilter(self.tr("Badge layouts (*.json)"))
        dialog.fileSelected.connect(self.load_layout_file)
        dialog.open()

    @Slot(str)
    def load_layout_file(self, path: str) -> None:
        """Preview a layout file (shows its problems if it does not validate)."""
        self._file = Path(path)
        self._load(path)

    def _load(self, name_or_path: str) -> None:
        try:
            self._layout = load_layout(name_or_path)
        except LayoutError as error:
            self._layout = None
            self._show_problems(error.problems)
            return
        self._draw()

    # -- showing -------------------------------------------------------------------------

    def _show_problems(self, problems: list[str]) -> None:
        self._image = QImage()
        self.title.setText(self.tr("This layout cannot be used:"))
        self.picture.hide()
        self.problems.clear()
        self.problems.addItems(problems)
        self.problems.show()

    def _draw(self) -> None:
        layout = self._layout
        if layout is None:
            return
        badge = self._badge or sample_badge(self.sample_picker.currentIndex(), self._event_name)
        pdf = BadgeRenderer(layout).render_one(badge)
        image = pdf_to_image(pdf, PREVIEW_DPI)
        self.problems.hide()
        self.picture.show()
        self._image = image
        self._fit()
        self.title.setText(layout.title)
        self.sig_rendered.emit(layout.name)

    def _fit(self) -> None:
        image = self._image
        room = self.picture.contentsRect().size()
        if image.isNull():
            self.picture.clear()
            return
        if image.width() > room.width() or image.height() > room.height():
            image = image.scaled(
                room,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.picture.setPixmap(QPixmap.fromImage(image))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def current_image(self) -> QImage:
        """The badge picture on show, at full preview resolution (a null image while
        problems are listed)."""
        return QImage(self._image)
