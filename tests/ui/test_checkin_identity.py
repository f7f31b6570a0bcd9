"""The Check-in workspace shows who this desk is and what a late badge means.

- the header names the desk by its **enrolled** name once the hub has bound its replica (sync
  brings the ``device`` and ``device_replica`` rows), not the "Desk 1" of its settings;
- a badge issued after the desk's last sync is decided on its attendee and the card says the
  badge is newer than the desk's copy.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.checkin.world import World, push
from tests.ui.test_checkin_wedge import Window, open_desk, open_window
from ui.checkin.settings import CheckinSettings
from ui.context import AppContext
from wufops.store import badges as badge_store

Desk = tuple[World, AppContext, CheckinSettings]


@pytest.fixture
def desk(tmp_path: Path, qapp: object) -> Iterator[Desk]:
    yield from open_desk(tmp_path)


@pytest.fixture
def window(desk: Desk, qtbot: QtBot) -> Iterator[Window]:
    yield from open_window(desk, qtbot)


def test_the_header_shows_the_enrolled_name(desk: Desk, window: Window, qtbot: QtBot) -> None:
    world, context, settings = desk
    ws = window.workspace
    assert settings.desk_name == "Desk 1" and "Desk 1" in ws.desk_line.text()
    # the hub enrols this desk as desk-07 and binds its replica; sync brings both rows
    device_id = world.hub.insert("device", {"name": "desk-07", "role": "desk", "revoked": 0})
    world.hub.insert(
        "device_replica",
        {"device_id": device_id, "bound_at": world.hub.now_iso()},
        row_id=context.replica.device_id,
    )
    push(world.hub, context.replica)
    ws.refresh_counters()
    qtbot.waitUntil(lambda: "desk-07" in ws.desk_line.text(), timeout=3000)
    assert "Desk 1" not in ws.desk_line.text()
    ws.scan(world.tokens[world.attendees[0]])
    row = context.replica.conn.execute("SELECT desk FROM checkin_event").fetchone()
    assert row[0] == "desk-07"
    assert ws.desk.counters().pickups_today == 1  # counted for the enrolled device
    window.grab().save(str(Path(settings.pdf_dir).parent / "enrolled-header.png"), "PNG")


def test_the_card_says_a_badge_is_newer_than_the_desk(desk: Desk, window: Window) -> None:
    world, _context, settings = desk
    world.clock.advance(60_000)
    with world.hub.batch() as batch:  # issued at the hub after this desk's last sync
        late = badge_store.issue_badge(
            world.hub,
            batch,
            world.issuer,
            attendee_id=world.attendees[2],
            event_id=world.event_id,
            now_s=world.clock.now_ms() // 1000,
        )
    ws = window.workspace
    ws.scan(late.token)
    assert ws.card.code == "admitted"
    assert "issued after this desk last synced" in ws.card.note.text()
    window.grab().save(str(Path(settings.pdf_dir).parent / "late-badge.png"), "PNG")
