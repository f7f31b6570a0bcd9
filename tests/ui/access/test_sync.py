"""The workspace's edits sync: over a real hub on 127.0.0.1, a coordinator assigns and locks
a slot in the Access workspace; another coordinator's device receives both after a sync; that
coordinator's own assignment, pulled back, shows in the first workspace as soon as the
change bus names it (what the sync bridge does after applying pulled ops)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.access.build import seed_access
from tests.sync.conftest import HubEnv
from ui.access.models import SLOT
from ui.access.workspace import AccessWorkspace
from ui.app import application, open_context
from ui.context import Settings
from wufops.access.edits import assign
from wufops.clock import SystemClock
from wufops.models.access import slot_id


def test_an_assignment_made_here_reaches_another_coordinator_and_back(
    hub_env: HubEnv, qtbot: QtBot, tmp_path: Path
) -> None:
    admin = hub_env.device("admin-1", "admin")
    admin.sync()
    seeded = admin.replica()
    try:
        event_id = seeded.conn.execute("SELECT id FROM event").fetchone()[0]
        ids = seed_access(seeded, event_id)
    finally:
        seeded.close()
    admin.sync()
    one, two = hub_env.device("coord-1", "coordinator"), hub_env.device("coord-2", "coordinator")
    one.sync()
    two.sync()

    application()
    settings = Settings(QSettings(str(tmp_path / "app.ini"), QSettings.Format.IniFormat))
    context = open_context(one.path, SystemClock(), settings)
    try:
        ws = AccessWorkspace(context)
        qtbot.addWidget(ws)
        ws.show()
        qtbot.waitExposed(ws)
        assert ws.data.editable and ws.data.role == "coordinator"
        # the afternoon dialogue's International Sign slot, by keyboard: pick, assign, lock
        afternoon = slot_id(ids["afternoon"], "sign_language", "ils", 1)
        day = ws.data.plan.day(ws.data.plan.sessions[ids["afternoon"]].placement.start_ms)  # type: ignore[union-attr]
        ws.day_tabs.setCurrentIndex(ws.data.days().index(day))
        ws.grid.setCurrentIndex(ws.coverage.index(ws.coverage.row_of(ids["afternoon"]), 0))
        ws.slots.table.setCurrentIndex(ws.slots.model.index(ws.slots.model.row_of(afternoon), SLOT))
        ws.slots.table.setFocus()
        QTest.keyClick(ws.slots.table, Qt.Key.Key_Return)
        qtbot.waitUntil(ws.picker.isVisible, timeout=2000)
        chosen = ws.picker.list.currentIndex().data(Qt.ItemDataRole.UserRole + 1)
        QTest.keyClick(ws.picker.filter, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not ws.picker.isVisible(), timeout=2000)
        QTest.keyClick(ws.slots.table, Qt.Key.Key_L)

        one.sync()
        two.sync()
        other = two.replica()
        try:
            row = other.conn.execute(
                "SELECT provider_id, locked FROM assignment_slot WHERE id = ?", (afternoon,)
            ).fetchone()
            assert (row[0], row[1]) == (chosen, 1)
            # the other coordinator fills the opening's English captions
            captions = slot_id(ids["opening"], "captions", "en", 1)
            assign(other, captions, ids["cap_en"])
        finally:
            other.close()
        two.sync()
        one.sync()
        context.bus.rows_changed("assignment_slot", [captions])
        ws.grid.setCurrentIndex(ws.coverage.index(ws.coverage.row_of(ids["opening"]), 0))
        qtbot.waitUntil(
            lambda: (
                ws.slots.model.line(ws.slots.model.row_of(captions)) is not None
                and ws.slots.model.line(ws.slots.model.row_of(captions)).provider_id  # type: ignore[union-attr]
                == ids["cap_en"]
            ),
            timeout=3000,
        )
    finally:
        ws.stop()
        context.replica.close()
