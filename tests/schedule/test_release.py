"""Releasing the schedule: refused while a block conflict stands, versioned, and what changed
since — on real SQLite files, and over a real hub for two coordinators releasing offline."""

from __future__ import annotations

import pytest

from tests.schedule.build import at, seed_schedule, window
from tests.sync.conftest import HubEnv
from wufops.clock import FakeClock
from wufops.models.schedule import SessionChange
from wufops.schedule import (
    Checker,
    ScheduleBlocked,
    ScheduleError,
    changes_since_last_release,
    core_registry,
    current_version,
    load_world,
    move_session,
    release_schedule,
    released_sessions,
    reloaded,
    set_severity,
    set_speaker_availability,
    set_status,
    unplace_session,
)
from wufops.store import schedule as store
from wufops.store.apply import canonical_dump
from wufops.store.replica import Replica


def _statuses(replica: Replica, event_id: str) -> dict[str, str]:
    return {sid: s.status for sid, s in store.load_sessions(replica.conn, event_id).items()}


def test_a_release_is_refused_while_a_block_conflict_stands_and_writes_nothing(
    replica: Replica,
) -> None:
    ids = seed_schedule(replica)
    registry = core_registry()
    before = canonical_dump(replica.conn)
    outbox = replica.pending_count()
    with pytest.raises(ScheduleBlocked) as refused:
        release_schedule(replica, registry)
    assert refused.value.code == "schedule_blocked"
    (blocking,) = refused.value.conflicts
    assert (blocking.rule, blocking.session_ids) == (
        "room_overlap",
        (ids["opening"], ids["dialogue"]),
    )
    assert canonical_dump(replica.conn) == before and replica.pending_count() == outbox
    assert current_version(replica.conn, ids["event"]) == 0


def test_release_versions_and_changes_since_the_last_release(
    replica: Replica, clock: FakeClock
) -> None:
    ids = seed_schedule(replica)
    registry = core_registry()
    move_session(replica, ids["dialogue"], ids["hall"], at(1, "12:15"))  # after 15 min changeover
    release = release_schedule(replica, registry, note="first")
    assert (release.version, release.item_count, release.complete) == (1, 3, True)
    statuses = _statuses(replica, ids["event"])
    assert statuses[ids["opening"]] == statuses[ids["side"]] == "released"
    assert statuses[ids["proposal"]] == "draft"  # unplaced: not in the release
    assert changes_since_last_release(replica.conn, ids["event"])[1] == []
    with pytest.raises(ScheduleError) as refused:
        release_schedule(replica, registry)
    assert refused.value.code == "nothing_changed"

    # a coordinator moves a released session, cancels one and schedules the proposal
    clock.advance(60_000)
    move_session(replica, ids["side"], ids["room_b"], at(2, "09:00"))
    set_status(replica, ids["opening"], "cancelled")
    move_session(replica, ids["proposal"], ids["room_b"], at(3, "10:00"))  # asks for 90 min
    set_status(replica, ids["proposal"], "scheduled")
    assert _statuses(replica, ids["event"])[ids["side"]] == "released"  # still, but changed
    last, changes = changes_since_last_release(replica.conn, ids["event"])
    assert last is not None and last.version == 1
    assert changes == [
        SessionChange(ids["proposal"], "added"),
        SessionChange(ids["opening"], "removed"),
        SessionChange(ids["side"], "moved", ("ends_at", "starts_at")),
    ]
    second = release_schedule(replica, registry)
    assert second.version == 2 and second.item_count == 3
    version, items = released_sessions(replica.conn, ids["event"])
    assert version == second
    assert set(items) == {ids["dialogue"], ids["side"], ids["proposal"]}
    assert items[ids["proposal"]]["status"] == "released"
    assert (
        items[ids["proposal"]]["ends_at"]
        == store.session_rows(replica.conn, ids["event"])[ids["proposal"]]["ends_at"]
    )
    assert [r.version for r in store.releases(replica.conn, ids["event"])] == [1, 2]
    # the first release still holds what it published
    first_items = store.release_items(replica.conn, release.id)
    assert first_items[ids["side"]]["starts_at"] != items[ids["side"]]["starts_at"]


def test_a_lower_severity_lets_the_release_through(replica: Replica) -> None:
    seed_schedule(replica)
    registry = core_registry()
    set_severity(replica, registry, "room_overlap", "warn")
    assert release_schedule(replica, registry).version == 1
    set_severity(replica, registry, "room_overlap", "block")
    world = load_world(replica.conn, registry)
    assert [c.rule for c in Checker(world, registry).blocking()] == ["room_overlap"]
    with pytest.raises(ScheduleError) as refused:
        set_severity(replica, registry, "room_overlap", "fatal")
    assert refused.value.code == "bad_severity"
    with pytest.raises(ScheduleError) as refused:
        set_severity(replica, registry, "no_such_rule", "warn")
    assert refused.value.code == "unknown_rule"


def test_statuses_follow_the_placement(replica: Replica) -> None:
    ids = seed_schedule(replica)
    with pytest.raises(ScheduleError) as refused:
        set_status(replica, ids["proposal"], "scheduled")
    assert refused.value.code == "not_placed"
    with pytest.raises(ScheduleError) as refused:
        set_status(replica, ids["side"], "released")
    assert refused.value.code == "release_only"
    unplace_session(replica, ids["side"])
    side = store.load_sessions(replica.conn, ids["event"], [ids["side"]])[ids["side"]]
    assert (side.placement, side.status) == (None, "draft")
    with pytest.raises(ScheduleError) as refused:
        move_session(replica, ids["side"], ids["room_b"], at(2, "09:00"))  # no length to keep
    assert refused.value.code == "end_required"


def test_a_speaker_changing_their_windows_updates_the_warning_through_the_database(
    replica: Replica,
) -> None:
    """pretalx #480, from the database: the edit reloads only the speaker's row."""
    ids = seed_schedule(replica)
    registry = core_registry()
    checker = Checker(load_world(replica.conn, registry), registry)
    assert "speaker_unavailable" not in {c.rule for c in checker.conflicts()}
    leaves = [window(1, "08:00", "13:30")]  # after the dialogue, before the side event
    set_speaker_availability(replica, ids["ivan"], leaves)
    delta = checker.apply(
        reloaded(replica.conn, checker.world, registry, [("speaker_availability", ids["ivan"])])
    )
    assert [(c.rule, c.session_ids) for c in delta.appeared] == [
        ("speaker_unavailable", (ids["side"],))
    ]
    set_speaker_availability(replica, ids["ivan"], [])
    delta = checker.apply(
        reloaded(replica.conn, checker.world, registry, [("speaker_availability", ids["ivan"])])
    )
    assert [c.rule for c in delta.gone] == ["speaker_unavailable"]
    assert checker.findings() == Checker(load_world(replica.conn, registry), registry).findings()


def test_two_coordinators_releasing_offline_agree_on_the_version_numbers(hub_env: HubEnv) -> None:
    admin = hub_env.device("admin-1", "admin")
    admin.sync()
    replica = admin.replica()
    try:
        event_id = replica.conn.execute("SELECT id FROM event").fetchone()[0]
        ids = seed_schedule(replica, event_id)
        move_session(replica, ids["dialogue"], ids["hall"], at(1, "12:15"))
    finally:
        replica.close()
    admin.sync()
    one, two = hub_env.device("coord-1", "coordinator"), hub_env.device("coord-2", "coordinator")
    one.sync()
    two.sync()
    registry = core_registry()
    # offline: coord-1 moves the side event and releases; coord-2 releases what it has
    seen = {}
    for device, change in ((one, True), (two, False)):
        replica = device.replica()
        try:
            if change:
                move_session(replica, ids["side"], ids["room_b"], at(2, "09:00"))
            mine = release_schedule(replica, registry)
            assert mine.version == 1  # each sees its own as the first
            seen[device.name] = mine.id
        finally:
            replica.close()
    for device in (two, one, two):
        device.sync()
    numbered = []
    for device in (one, two):
        replica = device.replica()
        try:
            found = store.releases(replica.conn, event_id)
            numbered.append([(r.version, r.id, r.complete) for r in found])
            assert released_sessions(replica.conn, event_id)[0] == found[-1]
        finally:
            replica.close()
    assert numbered[0] == numbered[1]
    assert {r[1] for r in numbered[0]} == set(seen.values())
    assert [r[0] for r in numbered[0]] == [1, 2] and all(r[2] for r in numbered[0])
