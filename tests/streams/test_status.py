"""Slot statuses: every transition of the table applies (status and its trail, one commit,
through the op log), every other one is refused with ``transition_refused`` naming both ends,
and nothing is written then."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from tests.streams.build import seed_streams
from wufops.clock import FakeClock, parse_iso_utc
from wufops.models.streams import SLOT_STATUSES
from wufops.store import streams as store
from wufops.store.replica import Replica
from wufops.streams import TRANSITIONS, StreamError, set_slot_status, withdraw_slot
from wufops.sync import hlc

NOW = parse_iso_utc("2026-05-18T05:55:00Z")  # 09:55 in Baku


@pytest.fixture
def seeded(tmp_path: Path) -> tuple[Replica, dict[str, str]]:
    replica = Replica.open(tmp_path / "event.db", FakeClock(NOW))
    ids = seed_streams(replica)
    yield replica, ids
    replica.close()


def _put(replica: Replica, slot_id: str, status: str) -> None:
    """Put a slot in ``status`` directly (the starting point of a transition)."""
    with replica.batch() as batch:
        batch.update("stream_slot", slot_id, {"status": status})


def _trail(replica: Replica, slot_id: str) -> list[tuple[str, str]]:
    return [(c.from_status, c.to_status) for c in store.status_changes(replica.conn, [slot_id])]


PAIRS = list(itertools.product(SLOT_STATUSES, SLOT_STATUSES))


def test_the_table_allows_exactly_the_documented_lifecycle() -> None:
    allowed = {(a, b) for a, b in PAIRS if b in TRANSITIONS[a]}
    assert allowed == {
        ("planned", "testing"),
        ("planned", "live"),
        ("testing", "live"),
        ("testing", "planned"),
        ("live", "complete"),
        ("complete", "live"),
    }


@pytest.mark.parametrize(("before", "after"), PAIRS)
def test_every_transition_is_applied_or_refused_with_its_ends(
    seeded: tuple[Replica, dict[str, str]], before: str, after: str
) -> None:
    replica, ids = seeded
    slot_id = ids["opening_slot"]
    if before != "planned":
        _put(replica, slot_id, before)
    outbox = len(replica.outbox(state=None))
    if after in TRANSITIONS[before]:
        done = set_slot_status(replica, slot_id, after)
        assert (done.before, done.after) == (before, after)
        assert store.load_slots(replica.conn, ids["event"], [slot_id])[slot_id].status == after
        assert _trail(replica, slot_id) == [(before, after)]
        ops = replica.outbox(state=None)[outbox:]
        assert [(o.op.entity, o.op.kind) for o in ops] == [
            ("stream_slot", "update"),
            ("stream_status_change", "event"),
        ]
        assert ops[0].op.body == {"status": after}
        change = ops[1].op
        # the trail names the device and the op's clock: the hub checks both claims
        assert change.body["device_id"] == replica.device_id == change.device_id
        assert change.body["hlc"] == change.hlc and hlc.physical_ms(change.hlc) >= NOW
        assert change.body["wall_time"] == "2026-05-18T05:55:00.000Z"
        return
    with pytest.raises(StreamError) as refused:
        set_slot_status(replica, slot_id, after)
    assert refused.value.code == "transition_refused"
    assert (refused.value.from_status, refused.value.to_status) == (before, after)
    assert before in refused.value.detail
    assert store.load_slots(replica.conn, ids["event"], [slot_id])[slot_id].status == before
    assert _trail(replica, slot_id) == []
    assert len(replica.outbox(state=None)) == outbox


def test_a_slot_goes_through_its_whole_life_and_the_trail_keeps_every_step(
    seeded: tuple[Replica, dict[str, str]],
) -> None:
    replica, ids = seeded
    slot_id = ids["opening_slot"]
    clock = replica.clock
    assert isinstance(clock, FakeClock)
    for status in ("testing", "live", "complete", "live", "complete"):
        set_slot_status(replica, slot_id, status)
        clock.advance(60_000)
    assert _trail(replica, slot_id) == [
        ("planned", "testing"),
        ("testing", "live"),
        ("live", "complete"),
        ("complete", "live"),
        ("live", "complete"),
    ]
    current = store.current_changes(replica.conn, ids["event"])[slot_id]
    assert (current.to_status, current.wall_time) == ("complete", "2026-05-18T05:59:00.000Z")


@pytest.mark.parametrize(
    ("slot", "status", "code"),
    [
        ("opening_slot", "on_air", "bad_status"),
        ("opening_slot", "", "bad_status"),
        ("no-such-slot", "testing", "unknown_slot"),
    ],
)
def test_bad_requests_have_a_code_and_change_nothing(
    seeded: tuple[Replica, dict[str, str]], slot: str, status: str, code: str
) -> None:
    replica, ids = seeded
    outbox = len(replica.outbox(state=None))
    with pytest.raises(StreamError) as refused:
        set_slot_status(replica, ids.get(slot, slot), status)
    assert refused.value.code == code
    assert len(replica.outbox(state=None)) == outbox


def test_a_withdrawn_slot_has_no_status_to_change_and_a_live_one_cannot_be_withdrawn(
    seeded: tuple[Replica, dict[str, str]],
) -> None:
    replica, ids = seeded
    set_slot_status(replica, ids["opening_slot"], "live")
    with pytest.raises(StreamError) as refused:
        withdraw_slot(replica, ids["opening_slot"])
    assert refused.value.code == "slot_on_air"
    withdraw_slot(replica, ids["side_slot"])
    with pytest.raises(StreamError) as refused:
        set_slot_status(replica, ids["side_slot"], "testing")
    assert refused.value.code == "slot_withdrawn"
