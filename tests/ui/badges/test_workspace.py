"""The Badges workspace (Qt, offscreen): layouts and preview, a real batch run to PDF off the
GUI thread, cancel without leftovers, errors inline. Screenshots go to ``$BADGES_SHOTS`` when
set (to look at them), else to the test's temporary folder."""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QObject, QSettings, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.badges.samples import rasterise
from tests.ui.event_factory import make_event
from ui.app import application, open_context
from ui.badges.run import BatchOutcome
from ui.badges.workspace import BadgesWorkspace
from ui.context import AppContext, Settings
from ui.main_window import MainWindow
from wufops.badges.batch import select_attendees
from wufops.clock import FakeClock
from wufops.crypto.token import verify_token
from wufops.store import badges as store

LAYOUT_NAMES = ["A6", "4×6 in", "CR80 card", "54×90 mm label", "4×A6 on A4", "A6, EN + AZ"]


def _shot(widget: object, tmp_path: Path, name: str) -> Path:
    folder = Path(os.environ.get("BADGES_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"badges-{name}.png"
    for _ in range(3):  # nested relayouts settle, as the screen would show them
        QApplication.processEvents()
    assert widget.grab().save(str(path))  # type: ignore[attr-defined]
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1440, 900)
    return path


class _OnGuiThread(QObject):
    """A receiver living on the GUI thread, so a worker's signal reaches ``call`` there
    (queued): a plain function connected to a worker's signal runs on the worker's thread,
    where grabbing or clicking widgets crashes Qt."""

    def __init__(self, call: Callable[[str, int, int], None]) -> None:
        super().__init__()
        self.call = call

    @Slot(str, int, int)
    def receive(self, stage: str, done: int, total: int) -> None:
        self.call(stage, done, total)


def _window(context: AppContext, qtbot: QtBot) -> tuple[MainWindow, BadgesWorkspace]:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    window.show_workspace(window.workspace_keys.index("badges"))
    workspace = window.current_workspace()
    assert isinstance(workspace, BadgesWorkspace)
    QApplication.processEvents()  # the workspace looks at the Attendees selection when shown
    return window, workspace


def _wait_counted(qtbot: QtBot, workspace: BadgesWorkspace) -> int:
    panel = workspace.run_panel
    qtbot.waitUntil(lambda: not panel._count_timer.isActive(), timeout=3000)
    with qtbot.waitSignal(panel.sig_counted, timeout=5000) as counted:
        panel.recount()
    return int(counted.args[0])


def _run(qtbot: QtBot, workspace: BadgesWorkspace, where: QWidget | None = None) -> BatchOutcome:
    panel = workspace.run_panel
    with qtbot.waitSignal(panel.sig_finished, timeout=60_000) as finished:
        # Enter anywhere in the run panel runs the batch
        qtbot.keyClick(where or panel.out, Qt.Key.Key_Return)
    outcome = finished.args[0]
    assert isinstance(outcome, BatchOutcome)
    assert not panel.running
    return outcome


def test_lists_every_layout_by_name_and_previews_each(
    context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    window, workspace = _window(context, qtbot)
    picker = workspace.layout_picker
    assert [picker.itemText(i) for i in range(picker.count())] == LAYOUT_NAMES
    sizes = {}
    for index in range(picker.count()):
        if picker.currentIndex() == index:
            continue
        with qtbot.waitSignal(workspace.preview.sig_rendered, timeout=5000) as rendered:
            picker.setCurrentIndex(index)
        assert rendered.args == [picker.itemData(index)]
        image = workspace.preview.current_image()
        sizes[picker.itemText(index)] = (image.width(), image.height())
    assert sizes["4×A6 on A4"][0] > sizes["CR80 card"][0]  # a sheet is a bigger picture
    # every demo script is one pick away, and the preview redraws for each
    samples = [workspace.sample.itemText(i) for i in range(workspace.sample.count())]
    for script_sample in ("محمد", "张浩然", "अक्षय", "Məmmədova"):
        assert any(script_sample in s for s in samples)
    picker.setCurrentIndex(0)
    before = workspace.preview.current_image()
    with qtbot.waitSignal(workspace.preview.sig_rendered, timeout=5000):
        workspace.sample.setCurrentIndex(1)  # Arabic
    assert workspace.preview.current_image() != before
    # an attendee found by name is previewed (no badge yet: a throw-away token)
    qtbot.keyClicks(workspace.find, "wisniewski")  # typed without diacritics
    with qtbot.waitSignal(workspace.preview.sig_rendered, timeout=5000):
        qtbot.keyClick(workspace.find, Qt.Key.Key_Return)
    assert workspace.sample.currentText().startswith("Attendee: Łukasz Wiśniewski")
    assert not workspace.preview.current_image().isNull()
    # mnemonics reach every field
    buddies = {
        label.text(): label.buddy() for label in workspace.findChildren(QLabel) if label.buddy()
    }
    assert buddies["&Layout"] is picker and buddies["Output &file"] is workspace.run_panel.out
    assert {"&Sample", "Find &attendee", "Ca&tegory", "C&ountry", "Li&mit"} <= set(buddies)
    # Enter on a focused button presses it: "Choose…" opens the (non-blocking) file dialog
    panel = workspace.run_panel
    panel.choose.setFocus()
    qtbot.keyClick(panel.choose, Qt.Key.Key_Return)
    assert panel.file_dialog.isVisible() and not panel.running
    assert panel.file_dialog.isModal()  # window-modal, opened with open(): no nested loop
    panel.file_dialog.fileSelected.emit(str(tmp_path / "chosen.pdf"))
    panel.file_dialog.reject()
    assert panel.out.text() == str(tmp_path / "chosen.pdf")
    _wait_counted(qtbot, workspace)
    _shot(window, tmp_path, "before")


def test_a_batch_run_writes_the_selection_to_a_pdf_whose_badges_verify(
    context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    window, workspace = _window(context, qtbot)
    conn = context.replica.conn
    first = select_attendees(conn, context.event.id, category="participant")[0]
    workspace.use_attendee(first.id)
    assert workspace.find_note.isVisible()
    assert workspace.find_note.text() == "No badge issued yet: this QR code is only a sample."
    panel = workspace.run_panel
    opened: list[QUrl] = []
    panel.open_url = opened.append
    panel.category.setCurrentIndex(panel.category.findData("participant"))
    selected = _wait_counted(qtbot, workspace)
    expected = select_attendees(conn, context.event.id, category="participant")
    assert selected == len(expected) > 10
    assert panel.count.text() == f"{selected} badges selected"
    out = tmp_path / "out" / "participants.pdf"
    panel.out.setText(str(out))
    workspace.layout_picker.setCurrentIndex(2)  # CR80 card
    outcome = _run(qtbot, workspace)
    assert outcome.code == "" and outcome.badges == selected
    assert sorted(p.name for p in out.parent.iterdir()) == ["participants.pdf"]
    document = pdfium.PdfDocument(out)
    assert len(document) == selected
    document.close()
    assert panel.done_box.isVisible()
    assert panel.done.text().startswith(f"{selected} badges written to {out}")
    _shot(window, tmp_path, "after")
    # the first badge scans and verifies against this event's keys
    pages = tmp_path / "pages"
    pages.mkdir()
    first = rasterise(out.read_bytes(), pages, dpi=150)[0]
    (code,) = zxingcpp.read_barcodes(first, formats=zxingcpp.BarcodeFormat.QRCode)
    decision = verify_token(
        code.text,
        store.load_keyring(conn),
        store.revoked_serials(conn),
        context.event.id,
        resolve_attendee=store.attendee_resolver(conn, context.event.id),
    )
    assert decision.admitted and decision.attendee_id == expected[0].id
    # each badge written counts as printed (no auto-print at pickup), through the op log
    printed = conn.execute(
        "SELECT count(*), min(printer), min(outcome) FROM print_event"
    ).fetchone()
    assert tuple(printed) == (selected, "batch:participants.pdf", "pdf")
    # "Open folder" opens the folder the PDF is in
    qtbot.mouseClick(panel.open_folder, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(out.parent)]
    # the attendee on show now previews with the real badge's token
    assert workspace.find_note.text() == "" and workspace.find_note.isHidden()  # real badge
    workspace.use_attendee(expected[0].id)
    image = workspace.preview.current_image()
    saved = tmp_path / "attendee.png"
    image.save(str(saved))
    (shown,) = zxingcpp.read_barcodes(Image.open(saved), formats=zxingcpp.BarcodeFormat.QRCode)
    assert shown.text == code.text


@pytest.fixture
def big_context(tmp_path: Path, qapp: object) -> Iterator[AppContext]:
    path = tmp_path / "big.db"
    make_event(path, extra=1500)
    application()
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    ctx = open_context(path, FakeClock(1_779_000_900_000), settings)
    yield ctx
    ctx.replica.close()


def test_cancel_mid_run_leaves_no_file_and_the_app_stays_responsive(
    big_context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    window, workspace = _window(big_context, qtbot)
    panel = workspace.run_panel
    out = tmp_path / "out" / "all.pdf"
    panel.out.setText(str(out))
    assert _wait_counted(qtbot, workspace) == 1514
    ticks: list[float] = []
    heartbeat = QTimer(interval=20)
    heartbeat.timeout.connect(lambda: ticks.append(time.monotonic()))
    heartbeat.start()
    seen: list[tuple[str, int]] = []
    cancelled_at: list[float] = []

    def on_progress(stage: str, done: int, _total: int) -> None:
        seen.append((stage, done))
        if stage == "rendered" and done >= 300 and panel.cancel_button.isEnabled():
            _shot(window, tmp_path, "during")
            assert panel.bar.isVisible() and panel.bar.value() > 300
            cancelled_at.append(time.monotonic())
            qtbot.keyClick(panel.cancel_button, Qt.Key.Key_Escape)  # Esc cancels

    receiver = _OnGuiThread(on_progress)
    assert panel._worker is None
    with qtbot.waitSignal(panel.sig_finished, timeout=60_000) as finished:
        qtbot.keyClick(panel.out, Qt.Key.Key_Return)
        assert panel._worker is not None
        panel._worker.sig_progress.connect(receiver.receive)
    stopped_after = time.monotonic() - cancelled_at[0]
    heartbeat.stop()
    assert finished.args[0].code == "cancelled"
    assert stopped_after < 1.0, f"cancel took {stopped_after:.2f} s"  # promptly
    assert ("rendered", 1514) not in seen  # stopped mid-run
    assert not out.exists() and list(out.parent.iterdir()) == []  # no PDF, no scratch file
    assert big_context.replica.conn.execute("SELECT count(*) FROM print_event").fetchone()[0] == 0
    assert panel.error.isVisible() and panel.error.text().startswith("Cancelled.")
    # the GUI thread kept running its event loop throughout the run
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 5 and max(gaps) < 0.5, max(gaps)
    assert panel.run_button.isEnabled() and not panel.cancel_button.isEnabled()


def test_an_unwritable_output_is_an_inline_error(
    context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    _, workspace = _window(context, qtbot)
    panel = workspace.run_panel
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    panel.out.setText(str(blocker / "badges.pdf"))
    outcome = _run(qtbot, workspace)
    assert outcome.code == "cannot_write"
    assert panel.error.isVisible()
    assert panel.error.text().startswith(f"Cannot write {blocker / 'badges.pdf'}.")
    assert not panel.done_box.isVisible()
    assert context.replica.conn.execute("SELECT count(*) FROM print_event").fetchone()[0] == 0
    # the filters select nobody: said before running, and the run refuses with its code
    panel.country.setCurrentIndex(panel.country.findData("KE"))
    panel.category.setCurrentIndex(panel.category.findData("vip"))
    assert _wait_counted(qtbot, workspace) == 0
    assert panel.count.text() == "No attendee matches these filters"
    panel.out.setText(str(tmp_path / "x.pdf"))
    assert _run(qtbot, workspace, panel.category).code == "no_attendees"
    assert panel.error.text().startswith("No attendee matches these filters")
    # a limit caps the selection; letters cannot be typed into it
    panel.category.setCurrentIndex(panel.category.findData("participant"))
    qtbot.keyClicks(panel.limit, "3x")
    assert panel.limit.text() == "3"
    assert _wait_counted(qtbot, workspace) == 3
    assert panel.count.text() == "3 badges selected"
    QApplication.processEvents()
