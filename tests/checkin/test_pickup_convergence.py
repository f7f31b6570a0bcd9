"""Derived pickup status under offline desks: whatever pickups and undos happen at which desk
and whenever desks exchange their ops, every replica ends with the same status, and the
primary pickup is the earliest non-voided one by (HLC, device id)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.checkin.world import build_world, push
from wufops.checkin.decisions import CheckinError
from wufops.checkin.pickup import PickupDesk
from wufops.store import checkins as store

DESKS = 3
PEOPLE = 3  # the world's first three attendees (no security hold)

steps = st.lists(
    st.one_of(
        st.tuples(st.just("pickup"), st.integers(0, DESKS - 1), st.integers(0, PEOPLE - 1)),
        st.tuples(st.just("undo"), st.integers(0, DESKS - 1), st.integers(0, PEOPLE - 1)),
        st.tuples(st.just("sync"), st.integers(0, DESKS - 1), st.integers(0, DESKS - 1)),
        st.tuples(st.just("tick"), st.integers(1, 5_000), st.just(0)),
    ),
    max_size=25,
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps)
def test_desks_converge_on_one_primary_pickup(script: list[tuple[str, int, int]]) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        world = build_world(Path(scratch))
        try:
            desks = [PickupDesk(world.replica(f"desk{i}"), desk=f"Desk {i}") for i in range(DESKS)]
            people = world.attendees[:PEOPLE]
            for action, a, b in script:
                if action == "pickup":
                    desks[a].pickup_attendee(people[b])
                elif action == "undo":
                    primary = store.pickup_state(desks[a].replica.conn, people[b]).primary
                    if primary is not None:
                        try:
                            desks[a].undo(primary.id, "test")
                        except CheckinError as error:
                            assert error.code == "already_voided"
                elif action == "sync" and a != b:
                    push(desks[a].replica, desks[b].replica)
                else:
                    world.clock.advance(a)
            for source in desks:
                for target in desks:
                    if source is not target:
                        push(source.replica, target.replica)
            for person in people:
                states = [store.pickup_state(d.replica.conn, person) for d in desks]
                assert states[0] == states[1] == states[2]
                state = states[0]
                live = [state.primary, *state.duplicates] if state.primary else []
                assert live == sorted(live, key=lambda p: (p.hlc, p.device_id))
                assert not {p.id for p in state.voided} & {p.id for p in live}
                # a desk never records a pickup while it sees a live one: each desk adds
                # at most one live pickup; duplicates come only from desks out of touch
                assert len({p.device_id for p in live}) == len(live) <= DESKS
                event(f"live pickups: {len(live)}")
        finally:
            world.close()
