"""The desk app with sync: status always visible, pulled changes reach the Operations lists.

A real hub on 127.0.0.1, real SQLite files, real widgets offscreen; the GUI desk's driver
runs on its own thread and reports through the Qt bridge.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.hub.helpers import pickup
from tests.sync.conftest import Device, HubEnv
from tests.ui.event_factory import make_event
from ui.context import AppContext, Settings
from ui.operations.model import RowsModel
from ui.operations.workspace import OperationsWorkspace
from ui.sync.bridge import SyncBridge
from ui.sync.status import SyncStatusWidget
from wufops.clock import SystemClock
from wufops.net.driver import SyncConfig, SyncDriver
from wufops.net.server import Hub, HubThread
from wufops.store.hub_log import HubLog


@pytest.fixture
def synced(tmp_path: Path, qapp: object) -> Iterator[tuple[AppContext, SyncBridge, Device, str]]:
    from ui.app import application, open_context

    made = tmp_path / "made.db"
    ids = make_event(made, extra=0)
    hub_db = tmp_path / "hub.db"
    shutil.copyfile(made, hub_db)
    log = HubLog.open(hub_db, SystemClock())
    tokens = [log.enrol(name, "desk")[1] for name in ("gui-desk", "desk-2")]
    log.close()
    hub = HubThread(Hub(hub_db, port=0)).start()
    gui = Device("gui-desk", "desk", tmp_path / "gui.db", SyncConfig(hub.url, tokens[0]))
    other = Device("desk-2", "desk", tmp_path / "desk2.db", SyncConfig(hub.url, tokens[1]))
    gui.sync()
    other.sync()
    application()
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    context = open_context(gui.path, SystemClock(), settings)
    bridge = SyncBridge(gui.path, context.bus)
    driver = SyncDriver(gui.path, gui.config)
    bridge.attach(driver)
    driver.start()
    attendee = list(ids.values())[-1]  # the first three already picked up at "Desk 1"
    try:
        yield context, bridge, other, attendee
    finally:
        bridge.close()
        context.replica.close()
        hub.stop()


def test_status_and_operations_follow_the_hub(
    synced: tuple[AppContext, SyncBridge, Device, str], qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    context, bridge, other, attendee = synced
    status = SyncStatusWidget(context)
    qtbot.addWidget(status)
    qtbot.waitUntil(lambda: "Online" in status.state.text(), timeout=10_000)
    assert "0 pending" in status.detail.text() and "hub clock" in status.detail.text()
    operations = OperationsWorkspace(context)
    qtbot.addWidget(operations)
    operations.show()  # Operations re-reads its lists only while on screen
    assert {r[0] for r in (operations.devices.row_values(i) for i in range(2))} == {
        "gui-desk",
        "desk-2",
    }
    # the same attendee handed a badge here and at the other desk
    pickup(context.replica, attendee, "gui-desk")
    context.bus.rows_changed("checkin", [attendee])  # what the check-in screen does
    replica = other.replica()
    pickup(replica, attendee, "desk-2")
    replica.close()
    other.sync()
    qtbot.waitUntil(lambda: operations.duplicates.rowCount() == 1, timeout=10_000)
    row = operations.duplicates.row_values(0)
    assert {row[2].split(" · ")[0], row[3].split(" · ")[0]} == {"gui-desk", "desk-2"}
    qtbot.waitUntil(lambda: bridge.status.pending == 0, timeout=10_000)
    qtmodeltester.check(operations.duplicates)
    qtmodeltester.check(operations.devices)


def test_a_desk_without_a_hub_says_so(tmp_path: Path, qapp: object, qtbot: QtBot) -> None:
    from ui.app import application, open_context

    make_event(tmp_path / "alone.db", extra=0)
    application()
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    context = open_context(tmp_path / "alone.db", SystemClock(), settings)
    widget = SyncStatusWidget(context)
    qtbot.addWidget(widget)
    assert "Standalone" in widget.state.text()
    model = RowsModel(["a", "b"])
    model.set_rows([("1", "2"), ("3", "4")])
    assert model.rowCount() == 2 and model.data(model.index(1, 1)) == "4"
    context.replica.close()


def test_an_enrolled_replica_connects_when_the_app_opens(
    hub_env: HubEnv, tmp_path: Path, qapp: object, qtbot: QtBot
) -> None:
    from ui.app import application, open_context
    from ui.sync.bridge import connect_enrolled
    from wufops.cli.main import main

    token = hub_env.enrol("desk-9", "desk")
    data = tmp_path / "desk9"
    text = f"wufops-enrol:?hub={hub_env.url}&name=desk-9&token={token}"
    assert main(["sync", "--data-dir", str(data), "--enrolment", text, "--once"]) == 0
    application()
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    context = open_context(data / "replica.db", SystemClock(), settings)
    bridge = connect_enrolled(context.db_path, context.replica, context.bus)
    assert bridge is not None
    try:
        widget = SyncStatusWidget(context)
        qtbot.addWidget(widget)
        qtbot.waitUntil(lambda: "Online" in widget.state.text(), timeout=10_000)
        assert bridge.status.device_name == "desk-9" and bridge.status.role == "desk"
    finally:
        bridge.close()
        context.replica.close()


def test_a_clock_skew_refusal_shows_in_red_in_the_status(
    synced: tuple[AppContext, SyncBridge, Device, str], qtbot: QtBot
) -> None:
    """An op the hub refused because a wrong clock stamped it: the desk's status bar says so,
    in red, and the op stays in the outbox with its reason."""
    from tests.hub.helpers import pickup
    from wufops.sync import hlc

    context, bridge, _other, attendee = synced
    status = SyncStatusWidget(context)
    qtbot.addWidget(status)
    qtbot.waitUntil(lambda: "Online" in status.state.text(), timeout=10_000)
    replica = context.replica
    pickup(replica, attendee)  # then stamped 1970 in the queue (a broken or tampered client)
    stamp = hlc.pack(86_400_000, 0)
    replica.conn.execute(
        "UPDATE outbox SET hlc = ?, body = json_set(body, '$.hlc', ?) WHERE state = 'pending'",
        (stamp, stamp),
    )
    bridge.driver.notify_local_write()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: bridge.status.clock_refused == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "clock was wrong" in status.detail.text(), timeout=5_000)
    assert "#b3261e" in status.detail.styleSheet()
    assert "clock_skew" in status.toolTip()
    assert [e.error_code for e in replica.outbox(state="rejected")] == ["clock_skew"]
