"""The shared search index follows the database whoever changes it, one row or thousands."""

from __future__ import annotations

import pytest

from tests.ui.event_factory import pickup
from ui.attendees.workspace import AttendeesWorkspace
from ui.context import AppContext
from wufops.store.replica import Replica


def test_a_pulled_check_in_reaches_the_index_without_any_workspace_open(
    context: AppContext,
) -> None:
    (attendee_id,) = context.index.search("odegard")
    assert not context.index.is_checked_in(attendee_id)
    # another connection writes, as the sync thread does with its own Replica
    other = Replica.open(context.db_path, context.clock)
    try:
        pickup(other, attendee_id, desk="Desk 12")
    finally:
        other.close()
    context.bus.rows_changed("checkin", [attendee_id])
    assert context.index.is_checked_in(attendee_id)
    assert context.index.checked_in_count == 4


def test_a_pulled_correction_is_searchable_at_once(context: AppContext) -> None:
    (attendee_id,) = context.index.search("wisniewski")
    other = Replica.open(context.db_path, context.clock)
    try:
        other.update("attendee", attendee_id, {"family_name": "Kowalczyk"})
    finally:
        other.close()
    context.bus.rows_changed("attendee", [attendee_id])
    # (a name one letter away, Wiśniewska, would still find her: search forgives one typo)
    assert context.index.search("wisniewski") == []
    assert context.index.search("kowalczyk") == [attendee_id]


def test_bulk_changes_reload_wholesale(
    context: AppContext, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.attendees.workspace
    import ui.index_keeper

    monkeypatch.setattr(ui.index_keeper, "BULK", 2)
    monkeypatch.setattr(ui.attendees.workspace, "BULK", 2)
    workspace = AttendeesWorkspace(context)
    qtbot.addWidget(workspace)  # type: ignore[attr-defined]
    qtbot.keyClicks(workspace.search, "participant00")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: workspace.model.result_count == 10, timeout=2000)  # type: ignore[attr-defined]
    ids = context.index.search("participant00")[:5]
    other = Replica.open(context.db_path, context.clock)
    try:
        with other.batch() as batch:
            for n, attendee_id in enumerate(ids):
                batch.update("attendee", attendee_id, {"family_name": f"Renamed{n}"})
        for attendee_id in ids:
            pickup(other, attendee_id, desk="Desk 3")
    finally:
        other.close()
    context.bus.rows_changed("attendee", ids)
    context.bus.rows_changed("checkin", ids)
    assert workspace.model.result_count == 5  # the open search re-ran over the new state
    assert set(context.index.search("renamed")) == set(ids)
    assert context.index.checked_in_count == 3 + 5


def test_after_a_snapshot_the_index_and_the_views_follow_without_a_restart(
    context: AppContext, qtbot: object
) -> None:
    """The sync driver reports ``None`` after a snapshot replaced the replica's tables (a
    first bootstrap, a hub restored from backup): attendees may have appeared, gone or been
    renamed, with no ids to name. The search index reloads; open views show the new state."""
    from ui.sync.bridge import SyncBridge

    workspace = AttendeesWorkspace(context)
    qtbot.addWidget(workspace)  # type: ignore[attr-defined]
    (gone,) = context.index.search("odegard")
    renamed = context.index.search("wisniewski")[0]
    before = len(context.index)
    other = Replica.open(context.db_path, context.clock)  # what the snapshot wrote
    try:
        with other.batch() as batch:
            event_id = other.conn.execute("SELECT id FROM event").fetchone()[0]
            batch.insert(
                "attendee",
                {
                    "event_id": event_id,
                    "reg_code": "WUF-77777",
                    "given_name": "Ləman",
                    "family_name": "Quliyeva",
                    "latin_given": "Laman",
                    "latin_family": "Guliyeva",
                    "organization": "ADA University",
                    "country": "AZ",
                    "category": "participant",
                },
            )
            batch.update("attendee", renamed, {"family_name": "Wiśniewska"})
        other.conn.execute("DELETE FROM checkin_event WHERE attendee_id = ?", (gone,))
        other.conn.execute("DELETE FROM badge WHERE attendee_id = ?", (gone,))
        other.conn.execute("DELETE FROM attendee WHERE id = ?", (gone,))
        other.conn.commit()
    finally:
        other.close()
    bridge = SyncBridge(context.db_path, context.bus)
    try:
        bridge.on_changes(None)  # what the driver's thread calls after the snapshot
        qtbot.waitUntil(lambda: context.index.search("guliyeva") != [], timeout=2000)  # type: ignore[attr-defined]
    finally:
        bridge.close()
    assert len(context.index) == before  # one came, one went
    assert context.index.search("odegard") == []
    assert context.index.search("wisniewska") == [renamed]
    qtbot.keyClicks(workspace.search, "laman")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: workspace.model.result_count == 1, timeout=2000)  # type: ignore[attr-defined]
