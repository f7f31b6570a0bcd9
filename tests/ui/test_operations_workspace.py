"""The Operations workspace refreshes while on screen, and only then: changes that arrive
while another workspace is shown mark it stale; it catches up once when shown again."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.event_factory import pickup
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.operations.workspace import OperationsWorkspace
from wufops.store.replica import Replica


def test_operations_refreshes_only_while_visible(context: AppContext, qtbot: QtBot) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    keys = window.workspace_keys
    window.show_workspace(keys.index("operations"))
    operations = window.current_workspace()
    assert isinstance(operations, OperationsWorkspace)
    assert "Duplicate pickups: 0" in operations.summary.text()
    window.show_workspace(keys.index("attendees"))
    qtbot.waitUntil(lambda: not operations.isVisible(), timeout=2000)
    # the device list is read by Operations alone: count its queries
    reads: list[str] = []
    context.replica.conn.set_trace_callback(
        lambda sql: reads.append(sql) if "FROM device" in sql else None
    )
    (someone,) = [a for a in context.index.search("") if context.index.is_checked_in(a)][:1]
    other = Replica.open(context.db_path, context.clock)  # another desk's pickup, pulled
    try:
        pickup(other, someone, desk="Desk 9")
    finally:
        other.close()
    for _ in range(50):  # a busy desk: scans and pulled changes while Operations is hidden
        context.bus.rows_changed("checkin", [someone])
        context.bus.everything_changed()
    assert reads == []  # nobody looking: nothing re-read
    window.show_workspace(keys.index("operations"))
    qtbot.waitUntil(lambda: len(reads) == 1, timeout=2000)  # caught up once
    assert "Duplicate pickups: 1" in operations.summary.text()
    context.bus.rows_changed("checkin", [someone])  # on screen: follows at once
    assert len(reads) == 2
    context.replica.conn.set_trace_callback(None)
