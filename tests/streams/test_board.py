"""The live board's figures (``board(plan, at)``) at fixed instants, and the plan's values
other screens draw from (``padded_windows``, ``channel_sessions``).

Monday 18 May in Baku: Channel c1 carries s1 (09:00–10:00, testing) and s2 (11:00–12:00,
planned); Channel c2 carries s3 (09:30–10:30, live); Channel c10 carries nothing.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.streams.build import at, room, seed_streams, session, slot, stream_world
from wufops.clock import FakeClock, parse_iso_utc
from wufops.models.schedule import Placement, Session
from wufops.models.streams import StatusChange, StreamChannel, StreamSettings, StreamSlot
from wufops.schedule.world import World
from wufops.store.replica import Replica
from wufops.streams import (
    board,
    build_plan,
    channel_sessions,
    load_plan,
    padded_windows,
    set_slot_status,
)

MIN = 60_000


def _world() -> World:
    return stream_world(
        [room("A"), room("B")],
        [
            session("s1", "A", at(1, "09:00"), at(1, "10:00")),
            session("s2", "A", at(1, "11:00"), at(1, "12:00")),
            session("s3", "B", at(1, "09:30"), at(1, "10:30")),
        ],
        [
            slot("t1", "s1", "c1", status="testing"),
            slot("t2", "s2", "c1"),
            slot("t3", "s3", "c2", status="live"),
        ],
        channels=[
            StreamChannel("c10", "Channel 10"),
            StreamChannel("c2", "Channel 2"),
            StreamChannel("c1", "Channel 1", caption_target="captions/c1"),
        ],
    )


def _rows(w: World, hhmm: str) -> dict[str, object]:
    found = board(build_plan(w), at(1, hhmm))
    return {r.channel.name: r for r in found.rows}


def test_channels_are_listed_in_natural_order() -> None:
    assert [r.channel.name for r in board(build_plan(_world()), at(1, "08:00")).rows] == [
        "Channel 1",
        "Channel 2",
        "Channel 10",
    ]


def test_before_the_pre_roll_a_channel_is_off_air_with_a_countdown() -> None:
    row = board(build_plan(_world()), at(1, "08:40")).rows[0]
    assert (row.state, row.now, row.late_ms) == ("off_air", None, None)
    assert row.next is not None and row.next.slot_id == "t1"
    assert row.countdown_ms == 10 * MIN  # pre-roll from 08:50
    assert row.target is row.next
    empty = board(build_plan(_world()), at(1, "08:40")).rows[2]
    assert (empty.state, empty.now, empty.next, empty.countdown_ms) == ("off_air", None, None, None)


def test_in_the_pre_roll_the_slot_is_now_and_the_next_one_counts_down() -> None:
    row = board(build_plan(_world()), at(1, "08:55")).rows[0]
    assert row.now is not None and row.now.slot_id == "t1" and row.state == "testing"
    assert row.late_ms is None
    assert row.next is not None and row.next.slot_id == "t2"
    assert row.countdown_ms == (at(1, "10:50") - at(1, "08:55"))
    assert row.target is row.now


def test_a_session_started_and_not_live_is_late() -> None:
    row = board(build_plan(_world()), at(1, "09:02") + 30_000).rows[0]
    assert row.state == "testing" and row.late_ms == 2 * MIN + 30_000
    live = board(build_plan(_world()), at(1, "09:45")).rows[1]
    assert (live.state, live.late_ms) == ("live", None)


def test_a_stream_left_live_after_its_post_roll_shows_until_ended() -> None:
    row = board(build_plan(_world()), at(1, "10:40")).rows[1]
    assert row.now is not None and row.now.slot_id == "t3"
    assert (row.state, row.overrun_ms) == ("live", 5 * MIN)  # post-roll ended 10:35
    w = _world()
    w.put(StreamSlot, "t3", slot("t3", "s3", "c2", status="complete"))
    row = board(build_plan(w), at(1, "10:40")).rows[1]
    assert (row.state, row.now, row.overrun_ms) == ("off_air", None, None)


def test_two_slots_on_air_at_once_show_the_live_one_and_say_they_clash() -> None:
    w = _world()
    w.put(StreamSlot, "t4", slot("t4", "s3", "c1", status="live"))  # s3 09:30 also on c1
    row = board(build_plan(w), at(1, "09:40")).rows[0]
    assert row.now is not None and row.now.slot_id == "t4" and row.clash
    # the other one, whose session began at 09:00 and is not live, is late
    assert row.next is not None and row.next.slot_id == "t2"
    assert row.late is not None and row.late.slot_id == "t1" and row.late_ms == 40 * MIN


def test_a_stream_left_live_stays_now_while_the_next_one_starts_late() -> None:
    """s1 still live at 11:02, 57 min past its post-roll; s2's pre-roll began at 10:50 and
    its session at 11:00: now is s1 (end it first), next is s2, late by 2 min."""
    w = _world()
    w.put(StreamSlot, "t1", slot("t1", "s1", "c1", status="live"))
    row = board(build_plan(w), at(1, "11:02")).rows[0]
    assert row.now is not None and row.now.slot_id == "t1" and row.target is row.now
    assert (row.state, row.overrun_ms, row.clash) == ("live", 57 * MIN, False)
    assert row.next is not None and row.next.slot_id == "t2"
    assert row.countdown_ms == -12 * MIN  # its pre-roll began 12 minutes ago
    assert row.late is row.next and row.late_ms == 2 * MIN


def test_moving_a_session_moves_its_slot_on_the_board() -> None:
    w = _world()
    s2 = w.sessions["s2"]
    w.put(Session, "s2", replace(s2, placement=Placement("A", at(1, "10:15"), at(1, "11:00"))))
    row = board(build_plan(w), at(1, "08:55")).rows[0]
    assert row.next is not None and row.next.window.start_ms == at(1, "10:15")
    assert row.countdown_ms == at(1, "10:05") - at(1, "08:55")


def test_padded_windows_and_channel_sessions_are_what_other_screens_draw() -> None:
    w = _world()
    w.put(StreamSlot, "t5", slot("t5", "s1", "c2", pre=30, post=0))
    w.put(StreamSlot, "t6", slot("t6", "s2", "c2", withdrawn=True))
    w.put(StreamSettings, "event-1", StreamSettings("event-1", 15, 10))
    windows = padded_windows(w)
    assert set(windows) == {"c1", "c2", "c10"} and windows["c10"] == ()
    assert [(x.slot_id, x.pre_roll_min, x.post_roll_min) for x in windows["c2"]] == [
        ("t5", 30, 0),
        ("t3", 15, 10),
    ]
    first = windows["c2"][0]
    assert (first.on_air_ms, first.off_air_ms) == (at(1, "08:30"), at(1, "10:00"))
    assert [s.id for s in channel_sessions(w, "c2")] == ["s1", "s3"]
    assert [s.id for s in channel_sessions(w, "c1")] == ["s1", "s2"]
    # a cancelled session leaves its channel
    w.put(Session, "s1", replace(w.sessions["s1"], status="cancelled"))
    assert [s.id for s in channel_sessions(w, "c2")] == ["s3"]
    assert padded_windows(w, "c1")["c1"][0].slot_id == "t2"


@pytest.fixture
def seeded(tmp_path: Path) -> tuple[Replica, dict[str, str]]:
    replica = Replica.open(tmp_path / "event.db", FakeClock(parse_iso_utc("2026-05-18T05:48:00Z")))
    ids = seed_streams(replica)
    yield replica, ids
    replica.close()


def test_the_board_from_the_database_says_who_set_each_status_and_when(
    seeded: tuple[Replica, dict[str, str]],
) -> None:
    replica, ids = seeded
    # this replica is bound to the enrolled device "Control room 1" (as the hub records it)
    with replica.batch() as batch:
        device = batch.insert("device", {"name": "Control room 1", "role": "coordinator"})
        batch.insert(
            "device_replica",
            {"device_id": device, "bound_at": "2026-05-18T05:00:00.000Z"},
            row_id=replica.device_id,
        )
    set_slot_status(replica, ids["opening_slot"], "testing")
    plan = load_plan(replica.conn)
    replica.close()  # the board needs no database
    row = board(plan, at(1, "09:52")).rows[0]
    assert row.channel.name == "WUF13 Channel 1" and row.state == "testing"
    assert row.now is not None and row.now.title == "Opening plenary"
    assert row.now.room == "Plenary Hall"
    changed = row.now.changed
    assert isinstance(changed, StatusChange)
    assert (changed.device_name, changed.wall_time) == (
        "Control room 1",
        "2026-05-18T05:48:00.000Z",
    )
    assert (row.now.captions, row.now.sign_languages) == (("en",), ("ils",))
    assert row.now.captions_missing == row.now.sign_missing == ()
    assert row.next is not None and row.next.title == "Housing dialogue"
    assert row.next.captions_missing == ("fr",) and row.next.changed is None
    assert row.countdown_ms == at(1, "12:00") - at(1, "09:52")
    ministerial = board(plan, at(1, "14:00")).rows[2]
    assert ministerial.now is not None and ministerial.now.do_not_stream
