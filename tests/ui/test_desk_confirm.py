"""Confirm, clear, repeat: a name-search pick or a registration code shows the card and waits
for a second Enter; Esc clears the find box and returns to scanning; the gate counts the same
badge twice within its repeat window as one entry and says "already counted".

Keys reach the window as a keyboard's do (``tests/ui/keystrokes.py``), at a person's pace.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.checkin.world import World
from tests.ui.keystrokes import Keyboard, person_types, scanner_types
from tests.ui.test_checkin_wedge import Window, open_desk, open_window
from ui.checkin.settings import CheckinSettings
from ui.context import AppContext
from wufops.store import checkins as store

Desk = tuple[World, AppContext, CheckinSettings]


@pytest.fixture
def desk(tmp_path: Path, qapp: object) -> Iterator[Desk]:
    yield from open_desk(tmp_path)


@pytest.fixture
def window(desk: Desk, qtbot: QtBot) -> Iterator[Window]:
    opened = open_window(desk, qtbot)
    win = next(opened)
    qtbot.waitUntil(lambda: win.workspace.warmed_up, timeout=10_000)
    yield win
    yield from opened


@pytest.fixture
def rng() -> random.Random:
    seed = random.randrange(2**32)
    print(f"keystroke timing seed: {seed}")
    return random.Random(seed)


def _keys(window: Window) -> Keyboard:
    handle = window.windowHandle()
    assert handle is not None
    return Keyboard(handle)


def _picked_up(context: AppContext, attendee_id: str) -> bool:
    return store.pickup_state(context.replica.conn, attendee_id).picked_up


def _type_into(qtbot: QtBot, window: Window, widget: object, text: str, rng: random.Random) -> None:
    widget.setFocus()  # type: ignore[attr-defined]
    qtbot.waitUntil(widget.hasFocus, timeout=2000)  # type: ignore[attr-defined]
    handle = window.windowHandle()
    assert handle is not None
    person_types(handle, text, rng)
    qtbot.waitUntil(lambda: widget.text() == text, timeout=2000)  # type: ignore[attr-defined]


def test_enter_on_a_name_result_shows_the_card_and_a_second_enter_checks_in(
    desk: Desk, window: Window, qtbot: QtBot, rng: random.Random
) -> None:
    world, context, _ = desk
    ws = window.workspace
    aysel = world.attendees[0]
    _type_into(qtbot, window, ws.find.query, "mammad", rng)
    assert ws.find.results.count() == 1
    _keys(window).tap(Qt.Key.Key_Return, "\r")
    assert ws.card.code == "confirm"
    assert "Məmmədova" in ws.card.name.text() and "Enter" in ws.card.advice.text()
    assert not _picked_up(context, aysel) and not context.index.is_checked_in(aysel)
    _keys(window).tap(Qt.Key.Key_Return, "\r")
    assert ws.card.code == "admitted" and ws.current is not None
    assert ws.current.source == "name" and ws.current.attendee_id == aysel
    assert _picked_up(context, aysel) and context.index.is_checked_in(aysel)


def test_esc_clears_the_find_box_and_returns_to_scanning(
    desk: Desk, window: Window, qtbot: QtBot, rng: random.Random
) -> None:
    world, context, _ = desk
    ws = window.workspace
    _type_into(qtbot, window, ws.find.query, "mammad", rng)
    _keys(window).tap(Qt.Key.Key_Return, "\r")
    assert ws.card.code == "confirm"
    _keys(window).tap(Qt.Key.Key_Escape)
    assert ws.find.query.text() == "" and ws.card.code == ""  # the ready card
    qtbot.waitUntil(ws.scan_field.hasFocus, timeout=2000)
    _keys(window).tap(Qt.Key.Key_Return, "\r")  # an Enter after Esc confirms nothing
    assert not _picked_up(context, world.attendees[0])
    # and a scan still works from there
    scanner_types(window.windowHandle(), world.tokens[world.attendees[2]], rng, gap_ms=(5, 12))
    qtbot.waitUntil(lambda: ws.card.code == "admitted", timeout=3000)


def test_another_pick_needs_its_own_enter(
    desk: Desk, window: Window, qtbot: QtBot, rng: random.Random
) -> None:
    _, context, _ = desk
    ws = window.workspace
    _type_into(qtbot, window, ws.find.query, "wuf-000", rng)  # every code
    keys = _keys(window)
    keys.tap(Qt.Key.Key_Return, "\r")
    first = ws.pending
    assert ws.card.code == "confirm" and first
    keys.tap(Qt.Key.Key_Down)
    keys.tap(Qt.Key.Key_Return, "\r")  # a different person: their card, still nothing done
    second = ws.pending
    assert second and second != first and ws.card.code == "confirm"
    assert not _picked_up(context, first) and not _picked_up(context, second)
    keys.tap(Qt.Key.Key_Return, "\r")
    assert _picked_up(context, second) and not _picked_up(context, first)


def test_undo_never_reaches_the_previous_person_while_a_card_waits(
    desk: Desk, window: Window, qtbot: QtBot, rng: random.Random
) -> None:
    world, context, _ = desk
    ws = window.workspace
    ws.scan(world.tokens[world.attendees[2]])
    assert ws.card.code == "admitted"
    _type_into(qtbot, window, ws.find.query, "mammad", rng)
    _keys(window).tap(Qt.Key.Key_Return, "\r")
    _keys(window).tap(Qt.Key.Key_F3)
    assert not ws.undo_panel.isVisible()
    assert "Nothing to undo" in ws.print_status.text()
    assert _picked_up(context, world.attendees[2])


@pytest.mark.parametrize("code", ["wuf-0002", "WUF-0002", "Wuf0002"])
def test_a_registration_code_typed_in_any_case_shows_the_card_to_confirm(
    desk: Desk, window: Window, qtbot: QtBot, rng: random.Random, code: str
) -> None:
    world, context, _ = desk
    ws = window.workspace
    mohammed = world.attendees[1]
    _type_into(qtbot, window, ws.scan_field, code, rng)
    _keys(window).tap(Qt.Key.Key_Return, "\r")
    assert ws.card.code == "confirm", ws.card.title.text()
    assert "Mohammed Al-Ali" in ws.card.latin.text()
    assert "WUF-0002" in ws.card.advice.text()
    assert ws.card.attention.isVisible()  # head of delegation: the banner shows already
    assert not _picked_up(context, mohammed)
    _keys(window).tap(Qt.Key.Key_Return, "\r")  # the scan field is empty: Enter confirms
    assert ws.card.code == "admitted" and _picked_up(context, mohammed)


def test_a_registration_barcode_scanned_into_the_find_box_shows_the_card(
    desk: Desk, window: Window, qtbot: QtBot, rng: random.Random
) -> None:
    world, context, _ = desk
    ws = window.workspace
    _type_into(qtbot, window, ws.find.query, "fang", rng)  # the find box shows someone else
    scanned: list[str] = []
    ws.wedge.sig_scanned.connect(scanned.append)
    scanner_types(window.windowHandle(), "wuf-0001", rng, terminator=Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: scanned == ["wuf-0001"], timeout=3000)
    assert ws.card.code == "confirm" and ws.pending == world.attendees[0]
    assert ws.find.query.text() == ""  # the find box no longer points at Fang
    _keys(window).tap(Qt.Key.Key_Return, "\r")
    assert ws.current is not None and ws.current.attendee_id == world.attendees[0]
    assert _picked_up(context, world.attendees[0])


def test_text_that_is_neither_a_badge_nor_a_code_is_still_not_a_badge(
    desk: Desk, window: Window
) -> None:
    ws = window.workspace
    for text in ("WUF-9999", "Aysel", "0001X"):
        ws.scan(text)
        assert ws.card.code == "malformed", text


def test_the_gate_says_already_counted_and_counts_one_entry(
    desk: Desk, window: Window, qtbot: QtBot, rng: random.Random
) -> None:
    world, _, settings = desk
    settings.mode = "gate"
    ws = window.workspace
    ws._apply_settings()
    ws.wedge.now = iter(range(0, 10_000, 5)).__next__  # the wedge's 1.5 s de-dupe is not it
    token = world.tokens[world.attendees[0]]
    ws.scan(token)
    assert ws.gate_card.code == "admitted" and ws.gate_card.verdict.text() == "ADMIT"
    world.clock.advance(4_000)
    scanner_types(window.windowHandle(), token, rng, gap_ms=(5, 12))
    qtbot.waitUntil(lambda: ws.gate_card.code == "already_counted", timeout=3000)
    assert ws.gate_card.verdict.text() == "ADMIT"
    assert "Already counted" in ws.gate_card.reason.text()
    qtbot.waitUntil(lambda: "Entries today: 1" in ws.counters.text(), timeout=3000)
    world.clock.advance(6_000)  # 10 s after the counted entry
    ws.scan(token)
    assert ws.gate_card.code == "admitted"
    qtbot.waitUntil(lambda: "Entries today: 2" in ws.counters.text(), timeout=3000)


def test_the_repeat_window_is_set_in_desk_settings(
    desk: Desk, window: Window, qtbot: QtBot, rng: random.Random
) -> None:
    world, _, settings = desk
    settings.mode = "gate"
    ws = window.workspace
    ws._apply_settings()
    ws.settings_panel.open_panel()
    spin = ws.settings_panel.repeat
    assert spin.value() == 10
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus, timeout=2000)
    keys = _keys(window)
    keys.tap(Qt.Key.Key_A, "a", Qt.KeyboardModifier.ControlModifier)  # select all
    for char in "30":
        keys.char(char)
        keys.pause(120)
    keys.tap(Qt.Key.Key_Return, "\r")
    assert not ws.settings_panel.isVisible() and settings.gate_repeat_s == 30
    token = world.tokens[world.attendees[1]]
    ws.scan(token)
    world.clock.advance(25_000)
    ws.scan(token)
    assert ws.gate_card.code == "already_counted"
