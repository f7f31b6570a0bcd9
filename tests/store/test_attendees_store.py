"""Check-in state is derived from immutable events: pickups, voids, duplicates."""

from __future__ import annotations

from pathlib import Path

from wufops.clock import FakeClock, iso_utc
from wufops.store import attendees as store
from wufops.store import checkins
from wufops.store.replica import Replica


def _event(replica: Replica) -> tuple[str, str, str]:
    with replica.batch() as batch:
        event_id = batch.insert(
            "event",
            {
                "name": "WUF13",
                "venue": "Baku",
                "timezone": "Asia/Baku",
                "first_day": "2026-05-17",
                "last_day": "2026-05-22",
            },
        )
        first = batch.insert(
            "attendee",
            {
                "event_id": event_id,
                "reg_code": "WUF-1",
                "given_name": "Aysel",
                "family_name": "Məmmədova",
                "country": "AZ",
                "category": "speaker",
            },
        )
        second = batch.insert(
            "attendee",
            {
                "event_id": event_id,
                "reg_code": "WUF-2",
                "given_name": "محمد",
                "family_name": "الأنصاري",
                "latin_given": "Mohamed",
                "country": "EG",
                "category": "vip",
            },
        )
    return event_id, first, second


def _pickup(
    replica: Replica, attendee_id: str, *, hlc: int, device: str, desk: str = "Desk 1"
) -> str:
    """A pickup as it arrives from any desk (its own HLC and device id)."""
    return replica.event(
        "checkin_event",
        {
            "attendee_id": attendee_id,
            "kind": "badge_pickup",
            "desk": desk,
            "device_id": device,
            "hlc": hlc,
            "wall_time": iso_utc(hlc >> 16),
            "zone": "hall-a",
        },
    )


def _void(replica: Replica, attendee_id: str, pickup_id: str) -> str:
    return replica.event(
        "checkin_event",
        {
            "attendee_id": attendee_id,
            "kind": "void",
            "voids_id": pickup_id,
            "reason": "wrong person",
            "device_id": replica.device_id,
            "hlc": replica.hlc + 1,
            "wall_time": replica.now_iso(),
        },
    )


def test_reading_attendees(replica: Replica) -> None:
    event_id, first, second = _event(replica)
    everyone = store.load_all(replica.conn)
    assert {a.id for a in everyone} == {first, second}
    assert store.load_all(replica.conn, "no-such-event") == []
    assert store.count(replica.conn) == 2 and store.count(replica.conn, event_id) == 2
    found = store.get(replica.conn, second)
    assert found is not None and found.family_name == "الأنصاري" and found.latin_given == "Mohamed"
    assert store.get(replica.conn, "missing") is None
    event = store.current_event(replica.conn)
    assert event is not None and event.id == event_id and event.timezone == "Asia/Baku"


def test_no_pickup_means_not_checked_in(replica: Replica) -> None:
    _, first, _ = _event(replica)
    state = checkins.pickup_state(replica.conn, first)
    assert not state.picked_up and state.duplicates == () and state.voided == ()
    assert store.checked_in_ids(replica.conn) == set()


def test_a_pickup_checks_in_with_its_time_and_desk(replica: Replica, clock: FakeClock) -> None:
    _, first, second = _event(replica)
    hlc = clock.now_ms() << 16
    pickup_id = _pickup(replica, first, hlc=hlc, device="dev-a", desk="Desk 7")
    primary = checkins.pickup_state(replica.conn, first).primary
    assert primary is not None
    assert (primary.id, primary.desk, primary.wall_time) == (
        pickup_id,
        "Desk 7",
        iso_utc(hlc >> 16),
    )
    assert store.checked_in_ids(replica.conn) == {first}
    assert store.checked_in_count(replica.conn) == 1
    assert checkins.pickup_state(replica.conn, second).primary is None


def test_a_voided_pickup_no_longer_counts(replica: Replica, clock: FakeClock) -> None:
    _, first, _ = _event(replica)
    pickup_id = _pickup(replica, first, hlc=clock.now_ms() << 16, device="dev-a")
    _void(replica, first, pickup_id)
    state = checkins.pickup_state(replica.conn, first)
    assert not state.picked_up and len(state.voided) == 1
    assert store.checked_in_ids(replica.conn) == set()
    assert store.checked_in_count(replica.conn) == 0
    # picking up again after the undo checks them in again
    again = _pickup(replica, first, hlc=(clock.now_ms() + 5_000) << 16, device="dev-a")
    state = checkins.pickup_state(replica.conn, first)
    assert state.primary is not None and state.primary.id == again and len(state.voided) == 1


def test_duplicate_pickups_earliest_hlc_then_device_wins(
    replica: Replica, clock: FakeClock
) -> None:
    _, first, _ = _event(replica)
    t = clock.now_ms() << 16
    # recorded (and arriving) in an order unrelated to their HLCs
    late = _pickup(replica, first, hlc=t + 50, device="dev-a", desk="Desk 1")
    tie_b = _pickup(replica, first, hlc=t + 10, device="dev-b", desk="Desk 2")
    tie_a = _pickup(replica, first, hlc=t + 10, device="dev-a", desk="Desk 3")
    state = checkins.pickup_state(replica.conn, first)
    assert state.primary is not None and state.primary.id == tie_a  # same HLC: device id
    assert [p.id for p in state.duplicates] == [tie_b, late]
    assert store.checked_in_count(replica.conn) == 1  # one attendee, however many pickups
    # voiding the primary promotes the next one
    _void(replica, first, tie_a)
    state = checkins.pickup_state(replica.conn, first)
    assert state.primary is not None and state.primary.id == tie_b
    assert [p.id for p in state.duplicates] == [late] and len(state.voided) == 1


def test_same_answer_on_a_replica_that_received_events_in_another_order(
    tmp_path: Path, clock: FakeClock
) -> None:
    """Two desks holding the same events agree on the primary pickup."""
    answers = []
    for name, order in (("one.db", (0, 1, 2)), ("two.db", (2, 1, 0))):
        replica = Replica.open(tmp_path / name, clock)
        try:
            _, first, _ = _event(replica)
            t = clock.now_ms() << 16
            events = [(t + 3, "dev-c"), (t + 1, "dev-z"), (t + 1, "dev-y")]
            for k in order:
                _pickup(replica, first, hlc=events[k][0], device=events[k][1])
            primary = checkins.pickup_state(replica.conn, first).primary
            assert primary is not None
            answers.append((primary.hlc, primary.device_id))
        finally:
            replica.close()
    assert answers[0] == answers[1] == (answers[0][0], "dev-y")


def test_latest_badge(replica: Replica) -> None:
    _, first, _ = _event(replica)
    assert store.latest_badge(replica.conn, first) is None
    for serial, status in ((11, "lost"), (42, "valid")):
        replica.insert(
            "badge",
            {
                "attendee_id": first,
                "serial": serial,
                "key_id": "k1",
                "issued_at": replica.now_iso(),
                "status": status,
            },
        )
    badge = store.latest_badge(replica.conn, first)
    assert badge is not None and (badge.serial, badge.status) == (42, "valid")
