"""The workspace over a real hub on 127.0.0.1 (port 0) and the real sync driver.

- A move another coordinator made reaches this desk's grid and conflicts as the driver pulls
  it (driver → ``SyncBridge`` → change bus → the workspace), incrementally: the same world
  and checker updated in place, the selection and the scroll position kept.
- Two coordinators moving one session offline: the one whose move lost sees it in the
  conflicts panel ("Your move … lost to coord-2's move"), and can re-apply it (a new move and
  the record marked resolved, both synced) — or dismiss it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tests.ui.schedule.conftest import SCREEN
from tests.ui.schedule.helpers import placement_of, placement_row, visible_session
from ui.app import application, open_context
from ui.context import AppContext, Settings
from ui.schedule.settings import ScheduleSettings
from ui.schedule.workspace import TAB_CONFLICTS, ScheduleWorkspace
from ui.sync.bridge import SyncBridge
from wufops.clock import SystemClock
from wufops.models.schedule import MINUTE_MS, Placement, to_iso
from wufops.net.driver import SyncConfig, SyncDriver
from wufops.net.server import Hub, HubThread
from wufops.schedule import move_session
from wufops.store.hub_log import HubLog
from wufops.store.replica import Replica


@dataclass
class Coordinator:
    name: str
    path: Path
    config: SyncConfig

    def sync(self, bridge: SyncBridge | None = None) -> None:
        """One full sync; pulled changes reach ``bridge`` as they do in the app."""
        driver = SyncDriver(self.path, self.config)
        if bridge is not None:
            driver.on_changes = bridge.on_changes
        asyncio.run(asyncio.wait_for(driver.sync_once(), 60))


@dataclass
class Env:
    hub: HubThread
    one: Coordinator
    two: Coordinator


@pytest.fixture
def env(demo_file: Path, tmp_path: Path) -> Iterator[Env]:
    from tests.ui.schedule.conftest import copy_db

    db = copy_db(demo_file, tmp_path / "hub.db")  # the demo event, every row in its op log
    hub = HubThread(Hub(db, port=0)).start()
    try:
        coordinators = []
        for name in ("coord-1", "coord-2"):
            log = HubLog.open(db, SystemClock())
            try:
                token = log.enrol(name, "coordinator")[1]
            finally:
                log.close()
            made = Coordinator(name, tmp_path / f"{name}.db", SyncConfig(hub.url, token))
            made.sync()
            coordinators.append(made)
        yield Env(hub, coordinators[0], coordinators[1])
    finally:
        hub.stop()


@pytest.fixture
def desk(
    env: Env, tmp_path: Path, qtbot: QtBot, qapp: object
) -> Iterator[tuple[ScheduleWorkspace, SyncBridge]]:
    application()
    settings = Settings(QSettings(str(tmp_path / "app.ini"), QSettings.Format.IniFormat))
    context: AppContext = open_context(env.one.path, SystemClock(), settings)
    bridge = SyncBridge(context.db_path, context.bus)
    ws = ScheduleWorkspace(
        context,
        settings=ScheduleSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
    )
    qtbot.addWidget(ws)
    ws.resize(*SCREEN)
    ws.show()
    qtbot.waitExposed(ws)
    yield ws, bridge
    bridge.close()
    context.replica.close()


def _move_there(path: Path, session_id: str, placement: Placement) -> None:
    replica = Replica.open(path, SystemClock())
    try:
        move_session(replica, session_id, placement.room_id, placement.start_ms, placement.end_ms)
    finally:
        replica.close()


def test_a_pulled_move_updates_the_grid_in_place_keeping_selection_and_scroll(
    env: Env, desk: tuple[ScheduleWorkspace, SyncBridge]
) -> None:
    ws, bridge = desk
    assert ws.data.role == "coordinator" and ws.data.editable
    grid = ws.grid
    mine = visible_session(ws)
    view = grid.view
    assert view is not None
    # the session another coordinator moves: on screen, not the one selected here
    theirs = next(
        ws.data.session(b.session_id)
        for row in view.rows
        for b in row.blocks
        if b.session_id != mine.id and grid.block_rect(b.session_id) is not None
    )
    assert theirs is not None and theirs.placement is not None
    grid.select(mine.id)
    grid.horizontalScrollBar().setValue(37)
    grid.verticalScrollBar().setValue(41)
    world, checker = ws.data.world, ws.data.checker
    before = theirs.placement
    target = Placement(
        before.room_id, before.start_ms + 45 * MINUTE_MS, before.end_ms + 45 * MINUTE_MS
    )
    _move_there(env.two.path, theirs.id, target)
    env.two.sync()
    env.one.sync(bridge)
    assert placement_of(ws, theirs.id) == target  # the grid's world follows…
    block = grid.view.block(theirs.id) if grid.view else None
    assert block is not None and block.start_ms == target.start_ms  # …and what it draws
    assert ws.data.world is world and ws.data.checker is checker  # in place, no reload
    assert grid.selected == mine.id
    assert (grid.horizontalScrollBar().value(), grid.verticalScrollBar().value()) == (37, 41)
    fresh = [c.key for c in type(checker)(world.copy(), ws.data.registry).conflicts()]
    assert [c.key for c in ws.data.conflicts()] == fresh  # incremental equals a bulk check


def test_a_move_that_lost_to_another_coordinators_is_shown_and_can_be_reapplied(
    env: Env, desk: tuple[ScheduleWorkspace, SyncBridge]
) -> None:
    ws, bridge = desk
    session = visible_session(ws, free_after_min=60)
    before = placement_of(ws, session.id)
    mine = Placement(
        before.room_id, before.start_ms + 30 * MINUTE_MS, before.end_ms + 30 * MINUTE_MS
    )
    assert ws.place(session.id, mine)  # offline, on this desk first
    time.sleep(0.01)
    theirs = Placement(
        before.room_id, before.start_ms - 30 * MINUTE_MS, before.end_ms - 30 * MINUTE_MS
    )
    _move_there(env.two.path, session.id, theirs)  # later: it wins
    env.two.sync()
    env.one.sync(bridge)
    assert placement_of(ws, session.id) == theirs
    panel = ws.conflicts
    assert panel.lost_model.rowCount() == 1
    text = str(panel.lost_model.index(0, 0).data())
    assert text.startswith("Your move of “") and "coord-2" in text, text
    ws.side.setCurrentIndex(TAB_CONFLICTS)
    assert panel.lost_box.isVisible() and panel.reapply.isVisible()
    panel.lost_view.setCurrentIndex(panel.lost_model.index(0, 0))
    assert ws.grid.selected == session.id  # selecting it shows the session
    panel.reapply.click()
    assert placement_of(ws, session.id) == mine
    assert panel.lost_model.rowCount() == 0
    assert not panel.lost_box.isVisible()
    env.one.sync(bridge)
    env.two.sync()
    check = Replica.open(env.two.path, SystemClock())
    try:
        assert placement_row(check, session.id) == (
            mine.room_id,
            to_iso(mine.start_ms),
            to_iso(mine.end_ms),
        )
        resolved = check.conn.execute(
            "SELECT resolved FROM conflict WHERE row_id = ? AND field = 'placement'",
            (session.id,),
        ).fetchall()
    finally:
        check.close()
    assert [tuple(r) for r in resolved] == [(1,)]
