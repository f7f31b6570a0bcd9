"""The Check-in workspace as desk staff use it: auto-print once, printers, reprint and undo
from the keyboard, find by name, gate mode without names, a screenshot of every state."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.checkin.world import World, enrol_desk_key
from tests.tools import screenshot_dir
from tests.ui.test_checkin_wedge import Window, open_desk, open_window
from ui.checkin.settings import CheckinSettings
from ui.checkin.workspace import CheckinWorkspace
from ui.context import AppContext
from wufops.store import checkins as store

Desk = tuple[World, AppContext, CheckinSettings]
needs_poppler = pytest.mark.usefixtures("pdftoppm")  # fails, never skips, without poppler


@pytest.fixture
def desk(tmp_path: Path, qapp: object) -> Iterator[Desk]:
    yield from open_desk(tmp_path)


@pytest.fixture
def window(desk: Desk, qtbot: QtBot) -> Iterator[Window]:
    yield from open_window(desk, qtbot)


def _prints(context: AppContext, attendee_id: str) -> list[tuple[str, str, str]]:
    return [
        (p.reason, p.outcome, p.printer)
        for p in store.prints_for(context.replica.conn, attendee_id)
    ]


def press(qtbot: QtBot, window: Window, key: Qt.Key) -> None:
    """A function key pressed while the focus is outside the workspace, in the same window."""
    window.elsewhere.setFocus()
    qtbot.keyClick(window.elsewhere, key)


def _decode(pdf: Path) -> list[str]:
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(prefix)], check=True, timeout=60)
    found = []
    for png in sorted(pdf.parent.glob(prefix.name + "-*.png")):
        with Image.open(png) as image:
            found.extend(r.text for r in zxingcpp.read_barcodes(image.convert("L")))
    return found


def test_first_pickup_auto_prints_exactly_once(desk: Desk, window: Window, qtbot: QtBot) -> None:
    world, context, settings = desk
    ws = window.workspace
    aysel = world.attendees[0]
    ws.scan(world.tokens[aysel])
    qtbot.waitUntil(lambda: ws.last_print[0] == "pdf", timeout=5000)
    files = list(settings.pdf_dir.glob("*.pdf"))
    assert len(files) == 1 and files[0].read_bytes().startswith(b"%PDF")
    ws.scan(world.tokens[aysel])  # already picked up: no print
    assert ws.card.code == "already_picked_up"
    press(qtbot, window, Qt.Key.Key_F3)  # undo the pickup, then pick up again
    qtbot.keyClicks(ws.undo_panel.reason, "wrong person", delay=45)  # a person types
    qtbot.keyClick(ws.undo_panel.reason, Qt.Key.Key_Return)
    ws.scan(world.tokens[aysel])
    assert ws.card.code == "admitted"
    qtbot.wait(50)
    assert len(list(settings.pdf_dir.glob("*.pdf"))) == 1  # printed before: not again
    assert _prints(context, aysel) == [("first", "pdf", f"pdf:{settings.pdf_dir}")]


@needs_poppler
def test_printing_to_a_pdf_printer_makes_a_real_pdf_whose_qr_verifies(
    desk: Desk, window: Window, qtbot: QtBot, tmp_path: Path
) -> None:
    world, context, settings = desk
    ws = window.workspace
    out = tmp_path / "printed.pdf"

    def pdf_printer(name: str) -> QPrinter:
        assert name == "Badge printer 1"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    settings.printer = "Badge printer 1"
    ws.printer_factory = pdf_printer
    fang = world.attendees[2]
    ws.scan(world.tokens[fang])
    qtbot.waitUntil(lambda: ws.last_print[0] == "printed", timeout=10_000)
    assert out.read_bytes().startswith(b"%PDF")
    assert _decode(out) == [world.tokens[fang]]
    assert _prints(context, fang) == [("first", "printed", "Badge printer 1")]


def test_missing_printer_is_logged_failed_and_f4_prints_later(
    desk: Desk, window: Window, qtbot: QtBot
) -> None:
    world, context, settings = desk
    ws = window.workspace
    settings.printer = "No such printer 42"
    aysel = world.attendees[0]
    ws.scan(world.tokens[aysel])
    qtbot.waitUntil(lambda: ws.last_print[0] == "failed", timeout=5000)
    assert "no_printer" in ws.print_status.text()
    assert ws.card.code == "admitted"  # the pickup stands
    settings.printer = ""  # fall back to PDF files
    press(qtbot, window, Qt.Key.Key_F4)
    assert ws.last_print[0] == "pdf"
    assert [p[:2] for p in _prints(context, aysel)] == [("first", "failed"), ("first", "pdf")]


def test_a_name_no_font_can_set_is_not_printed_and_the_desk_says_why(
    desk: Desk, window: Window, qtbot: QtBot
) -> None:
    """Tifinagh (U+2D5C) has no bundled font: the pickup stands, nothing is printed, the
    print is logged failed and the status names the character; the desk keeps working."""
    world, context, settings = desk
    ws = window.workspace
    aysel = world.attendees[0]
    context.replica.update("attendee", aysel, {"given_name": "ⵜⴰⵙⵍⵉⵎⵜ"})
    ws.scan(world.tokens[aysel])
    qtbot.waitUntil(lambda: ws.last_print[0] == "failed", timeout=5000)
    assert ws.card.code == "admitted"
    assert "glyph_missing" in ws.print_status.text() and "U+2D5C" in ws.print_status.text()
    assert list(settings.pdf_dir.glob("*.pdf")) == []
    assert [p[:2] for p in _prints(context, aysel)] == [("first", "failed")]
    fang = world.attendees[2]
    ws.scan(world.tokens[fang])  # the next person prints as usual
    qtbot.waitUntil(lambda: ws.last_print[0] == "pdf", timeout=5000)


def test_reprint_lost_from_the_keyboard_revokes_the_old_badge(
    desk: Desk, window: Window, qtbot: QtBot
) -> None:
    world, context, settings = desk
    enrol_desk_key(world, context.replica)
    ws = window.workspace
    aysel = world.attendees[0]
    ws.scan(world.tokens[aysel])
    qtbot.waitUntil(lambda: ws.last_print[0] == "pdf", timeout=5000)
    press(qtbot, window, Qt.Key.Key_F2)
    assert ws.reprint_panel.isVisible()
    qtbot.keyClick(ws.reprint_panel.reason, Qt.Key.Key_Down)  # damaged → lost
    assert ws.reprint_panel.reason.currentData() == "lost"
    qtbot.keyClick(ws.reprint_panel.reason, Qt.Key.Key_Return)
    assert not ws.reprint_panel.isVisible()
    assert [p[:2] for p in _prints(context, aysel)] == [("first", "pdf"), ("lost", "pdf")]
    assert len(list(settings.pdf_dir.glob("*.pdf"))) == 2
    ws.scan(world.tokens[aysel])
    assert ws.card.code == "revoked"


def test_undo_needs_a_reason(desk: Desk, window: Window, qtbot: QtBot) -> None:
    world, context, _ = desk
    ws = window.workspace
    ws.scan(world.tokens[world.attendees[2]])
    assert "Today 1" in ws.counters.text()
    press(qtbot, window, Qt.Key.Key_F3)
    qtbot.keyClick(ws.undo_panel.reason, Qt.Key.Key_Return)  # no reason: stays open
    assert ws.undo_panel.isVisible() and ws.undo_panel.error.isVisible()
    qtbot.keyClicks(ws.undo_panel.reason, "wrong Wang", delay=45)
    qtbot.keyClick(ws.undo_panel.reason, Qt.Key.Key_Return)
    assert not ws.undo_panel.isVisible()
    assert "Today 0" in ws.counters.text()
    state = store.pickup_state(context.replica.conn, world.attendees[2])
    assert not state.picked_up and state.voided[0].void_reason == "wrong Wang"
    assert not context.index.is_checked_in(world.attendees[2])


def test_find_by_name_then_enter_twice_picks_up(desk: Desk, window: Window, qtbot: QtBot) -> None:
    world, context, _ = desk
    ws = window.workspace
    qtbot.keyClick(ws, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    ws.focus_search()
    query = ws.find.query
    qtbot.keyClicks(query, "mammad", delay=60)  # accent-insensitive: Məmmədova
    qtbot.waitUntil(lambda: query.text() == "mammad", timeout=2000)
    assert ws.find.results.count() == 1
    qtbot.keyClick(query, Qt.Key.Key_Return)
    assert ws.card.code == "confirm"  # the card first: a name is less certain than a badge
    qtbot.keyClick(query, Qt.Key.Key_Return)
    assert ws.card.code == "admitted"
    assert ws.current is not None and ws.current.source == "name"
    assert context.index.is_checked_in(world.attendees[0])


def _texts(widget: CheckinWorkspace) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_gate_mode_shows_admit_deny_and_no_names(desk: Desk, window: Window, qtbot: QtBot) -> None:
    world, _, settings = desk
    settings.mode = "gate"
    settings.gate_zone = "Blue Zone"
    ws = window.workspace
    ws._apply_settings()
    assert not ws.find_column.isVisible()
    ws.scan(world.tokens[world.attendees[1]])
    assert ws.gate_card.code == "admitted" and ws.gate_card.verdict.text() == "ADMIT"
    # counters follow within a second (they are coalesced during a burst of scans)
    qtbot.waitUntil(lambda: "Entries today: 1" in ws.counters.text(), timeout=3000)
    ws.scan("NOT-A-BADGE")
    assert ws.gate_card.verdict.text() == "DENY"
    shown = _texts(ws)
    for name in ("محمد", "Mohammed", "Ministry", "Aysel"):
        assert name not in shown


def test_screenshot_every_decision_state(desk: Desk, window: Window, qtbot: QtBot) -> None:
    """Grab the workspace in each state (look at them in artifacts/screenshots/checkin/)."""
    world, _, settings = desk
    out = screenshot_dir("checkin")
    ws = window.workspace
    ws.resize(1280, 800)
    held = world.attendees[3]
    states = {
        "idle": None,
        "admitted_vip": world.tokens[world.attendees[1]],
        "already_picked_up": world.tokens[world.attendees[1]],
        "admitted_access_needs": world.tokens[world.attendees[2]],
        "blocked": world.tokens[held],
        "invalid_signature": world.tokens[held][:60] + "A" + world.tokens[held][61:],
        "malformed": "HELLO",
    }
    colours = {}
    for name, token in states.items():
        if token is not None:
            ws.scan(token)
        qtbot.wait(30)
        image = ws.grab().toImage()
        assert image.save(str(out / f"checkin-{name}.png"))
        colours[name] = image.pixelColor(ws.cards.geometry().center()).name()
    settings.mode = "gate"
    ws._apply_settings()
    qtbot.wait(30)  # let the layout give the find column's room to the card
    for name, token in (("gate_admit", world.tokens[world.attendees[0]]), ("gate_deny", "X1")):
        ws.scan(token)
        image = ws.grab().toImage()
        assert image.save(str(out / f"checkin-{name}.png"))
        colours[name] = image.pixelColor(ws.cards.geometry().center()).name()
    assert colours["admitted_vip"] == colours["admitted_access_needs"] == "#15803d"
    assert colours["already_picked_up"] == "#f59e0b"
    assert colours["blocked"] == colours["malformed"] == colours["gate_deny"] == "#b91c1c"
    assert colours["gate_admit"] == "#15803d"


def test_desk_settings_from_the_keyboard_switch_to_gate_mode(
    desk: Desk, window: Window, qtbot: QtBot
) -> None:
    world, _, settings = desk
    ws = window.workspace
    press(qtbot, window, Qt.Key.Key_F10)
    panel = ws.settings_panel
    assert panel.isVisible() and panel.desk.hasFocus()
    panel.desk.selectAll()
    qtbot.keyClicks(panel.desk, "Gate North", delay=45)
    panel.mode.setFocus()
    qtbot.keyClick(panel.mode, Qt.Key.Key_Down)  # pickup → gate
    panel.zone.setFocus()
    qtbot.keyClicks(panel.zone, "Blue", delay=45)
    qtbot.keyClick(panel.zone, Qt.Key.Key_Return)
    assert not panel.isVisible()
    assert settings.mode == "gate" and settings.desk_name == "Gate North"
    assert settings.gate_zone == "Blue"
    ws.scan(world.tokens[world.attendees[0]])
    assert ws.gate_card.code == "admitted"
    row = ws._context.replica.conn.execute(
        "SELECT desk, zone FROM checkin_event WHERE kind = 'entry'"
    ).fetchone()
    assert tuple(row) == ("Gate North", "Blue")


def test_each_outcome_has_its_own_sound(desk: Desk, window: Window) -> None:
    from ui.checkin.sound import SOUNDS, sound_file, sound_for

    world, _, _ = desk
    ws = window.workspace
    played = []
    for token in (
        world.tokens[world.attendees[0]],  # admitted
        world.tokens[world.attendees[1]],  # admitted, head of delegation
        world.tokens[world.attendees[0]],  # already picked up
        "HELLO",  # refused
    ):
        ws.scan(token)
        assert ws.current is not None
        played.append(sound_for(ws.current))
    assert played == ["admitted", "attention", "duplicate", "refused"]
    assert all(sound_file(name).is_file() for name in SOUNDS)
    assert ws.sounds.backend == "qtmultimedia"  # PySide6-Addons is a dependency


def test_counters_catch_up_after_a_burst_of_scans(desk: Desk, window: Window, qtbot: QtBot) -> None:
    world, _, _ = desk
    ws = window.workspace
    for attendee_id in world.attendees[:3]:
        ws.scan(world.tokens[attendee_id])
        world.clock.advance(20_000)
    assert "Today 1" in ws.counters.text()  # the burst's first scan refreshed at once
    qtbot.waitUntil(lambda: "Today 3" in ws.counters.text(), timeout=3000)
    assert "20 s per attendee" in ws.counters.text()
