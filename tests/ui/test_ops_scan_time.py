"""The desk records a scan's duration from the scanner's first key to its decision — what the
operations dashboard shows per desk as the scan-to-decision time."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from tests.checkin.world import World
from tests.ui.keystrokes import Keyboard
from tests.ui.test_checkin_wedge import Window, open_desk, open_window
from ui.checkin.settings import CheckinSettings
from ui.context import AppContext

desk = pytest.fixture(open_desk)


@pytest.fixture
def window(desk: tuple[World, AppContext, CheckinSettings], qtbot: QtBot) -> Iterator[Window]:
    yield from open_window(desk, qtbot)


def test_a_wedge_scan_is_timed_from_its_first_key(
    desk: tuple[World, AppContext, CheckinSettings], window: Window, qtbot: QtBot
) -> None:
    from PySide6.QtCore import Qt

    world, context, _ = desk
    seed = random.randrange(1 << 30)
    print(f"seed {seed}")
    rng = random.Random(seed)
    token = world.tokens[world.attendees[0]]
    window.elsewhere.setFocus()
    handle = window.windowHandle()
    assert handle is not None
    keys = Keyboard(handle)
    began = time.monotonic()
    for char in token:  # a slow scanner: the whole token takes a noticeable while
        keys.char(char)
        keys.pause(rng.randint(8, 14))
    keys.tap(Qt.Key.Key_Return, "\r")
    qtbot.waitUntil(lambda: window.workspace.card.code == "admitted", timeout=3000)
    took_ms = (time.monotonic() - began) * 1000
    typed_ms = keys.elapsed_ms - 14  # the last gap comes after the last key
    (scan_ms,) = context.replica.conn.execute(
        "SELECT scan_ms FROM checkin_event WHERE kind = 'badge_pickup'"
    ).fetchone()
    # at least the scanner's typing (the keys' own schedule), at most the whole measured span
    assert typed_ms * 0.9 <= scan_ms <= took_ms, (typed_ms, scan_ms, took_ms)
