"""Derived pickup status under offline desks: whatever pickups and undos happen at which desk
and whenever desks push to and pull from the hub, every replica ends with the same status, and
the primary pickup is the earliest non-voided one by (HLC, device id).

The hub is modelled as its log: ops appended in the order desks push them, pulled by each desk
in that order (what the real hub guarantees; a void can only follow the pickup it undoes)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from tests.checkin.world import build_world
from wufops.checkin.decisions import CheckinError
from wufops.checkin.pickup import PickupDesk
from wufops.store import checkins as store
from wufops.store.apply import apply_op
from wufops.sync.ops import Op

DESKS = 3
PEOPLE = 3  # the world's first three attendees (no security hold)

steps = st.lists(
    st.one_of(
        st.tuples(st.just("pickup"), st.integers(0, DESKS - 1), st.integers(0, PEOPLE - 1)),
        st.tuples(st.just("undo"), st.integers(0, DESKS - 1), st.integers(0, PEOPLE - 1)),
        st.tuples(st.just("push"), st.integers(0, DESKS - 1), st.just(0)),
        st.tuples(st.just("pull"), st.integers(0, DESKS - 1), st.just(0)),
        st.tuples(st.just("tick"), st.integers(1, 5_000), st.just(0)),
    ),
    max_size=25,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example([("pickup", 0, 0), ("tick", 10, 0), ("pickup", 1, 0), ("push", 0, 0), ("push", 1, 0)])
@example([("pickup", 1, 0), ("push", 1, 0), ("pull", 0, 0), ("undo", 0, 0), ("pickup", 2, 0)])
@given(steps)
def test_desks_converge_on_one_primary_pickup(script: list[tuple[str, int, int]]) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        world = build_world(Path(scratch))
        try:
            desks = [PickupDesk(world.replica(f"desk{i}"), desk=f"Desk {i}") for i in range(DESKS)]
            people = world.attendees[:PEOPLE]
            hub_log: list[Op] = []
            pulled = [0] * DESKS

            def push(i: int) -> None:
                known = {op.op_id for op in hub_log}
                for entry in desks[i].replica.outbox(state=None, limit=100_000):
                    if entry.op.op_id not in known:
                        hub_log.append(entry.op)

            def pull(i: int) -> None:
                replica = desks[i].replica
                with replica.transaction():
                    for op in hub_log[pulled[i] :]:
                        replica.observe_hlc(op.hlc)
                        apply_op(replica.conn, op)
                pulled[i] = len(hub_log)

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
                elif action == "push":
                    push(a)
                elif action == "pull":
                    pull(a)
                else:
                    world.clock.advance(a)
            for i in range(DESKS):
                push(i)
            for i in range(DESKS):
                pull(i)
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
