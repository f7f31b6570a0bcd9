"""Every scanned pickup carries how long the desk took from the scan to its decision
(``checkin_event.scan_ms``): the dashboard's per-desk median and p90 are read from it."""

from __future__ import annotations

from tests.checkin.world import World, push
from wufops.checkin.pickup import PickupDesk


class Timer:
    """A monotonic millisecond clock the test moves by hand."""

    def __init__(self) -> None:
        self.ms = 50_000.0

    def __call__(self) -> float:
        return self.ms


def _scan_ms(desk: PickupDesk, checkin_id: str) -> object:
    row = desk.replica.conn.execute(
        "SELECT scan_ms FROM checkin_event WHERE id = ?", (checkin_id,)
    ).fetchone()
    return row[0]


def test_a_scan_records_the_time_from_its_first_key_to_the_decision(world: World) -> None:
    timer = Timer()
    desk = PickupDesk(world.replica("desk1"), desk="Desk 1", timer=timer)
    started = timer.ms
    timer.ms += 412.5  # the scanner typed the token, the desk decided
    decision = desk.scan(world.tokens[world.attendees[0]], started_ms=started)
    assert decision.admitted
    assert _scan_ms(desk, decision.checkin_id) == 412.5
    # the op carries it: every replica (and the hub's dashboard) sees the same figure
    [op] = [e.op for e in desk.replica.outbox() if e.op.row_id == decision.checkin_id]
    assert op.body["scan_ms"] == 412.5


def test_without_a_start_the_desk_times_its_own_decision(world: World) -> None:
    desk = PickupDesk(world.replica("desk1"), desk="Desk 1")
    decision = desk.scan(world.tokens[world.attendees[0]])
    measured = _scan_ms(desk, decision.checkin_id)
    assert isinstance(measured, float) and 0 <= measured < 5_000


def test_a_pickup_by_name_is_no_scan_and_records_no_duration(world: World) -> None:
    desk = PickupDesk(world.replica("desk1"), desk="Desk 1")
    decision = desk.pickup_attendee(world.attendees[0])
    assert decision.admitted
    assert _scan_ms(desk, decision.checkin_id) is None


def test_the_duration_reaches_other_replicas(world: World) -> None:
    timer = Timer()
    desk = PickupDesk(world.replica("desk1"), desk="Desk 1", timer=timer)
    decision = desk.scan(world.tokens[world.attendees[0]], started_ms=timer.ms - 80)
    other = world.replica("desk2")
    push(desk.replica, other)
    row = other.conn.execute(
        "SELECT scan_ms FROM checkin_event WHERE id = ?", (decision.checkin_id,)
    ).fetchone()
    assert row[0] == 80.0
