"""A badge issued after this desk's last sync: decided on the attendee its token names.

The hub issues a new badge (a late registration, a reprint at another desk) after the desk
synced: the badge row has not reached the desk, but the attendee has. The token still
verifies with a key the desk trusts, so the desk resolves it through the token's attendee
reference, decides on that attendee (hold, already picked up …) and says on the card that the
badge is newer than its copy. The revocation list still applies, and so does the signature.
"""

from __future__ import annotations

from tests.checkin.world import World, push
from wufops.checkin.pickup import PickupDesk
from wufops.crypto.keys import create_issuer_key
from wufops.crypto.token import sign_token
from wufops.store import badges as badge_store
from wufops.store import checkins as store
from wufops.store.apply import apply_op


def _late_badge(world: World, attendee: str) -> badge_store.IssuedBadge:
    """A new badge for ``attendee``, issued at the hub after every desk's last sync (the
    hub's old badge stays valid, as for a second badge of a late registration)."""
    world.clock.advance(60_000)
    with world.hub.batch() as batch:
        return badge_store.issue_badge(
            world.hub,
            batch,
            world.issuer,
            attendee_id=attendee,
            event_id=world.event_id,
            now_s=world.clock.now_ms() // 1000,
        )


def test_a_badge_newer_than_the_desk_is_decided_on_its_attendee(world: World) -> None:
    desk_replica = world.replica("desk1")
    desk = PickupDesk(desk_replica, desk="Desk 1")
    aysel = world.attendees[0]
    late = _late_badge(world, aysel)
    assert store.badge_by_serial(desk_replica.conn, late.serial) is None  # not synced here
    decision = desk.scan(late.token)
    assert decision.code == "admitted" and decision.attendee_id == aysel
    assert decision.newer_badge and decision.to_json()["newer_badge"] is True
    assert decision.attendee is not None and decision.attendee.latin_name == "Aysel Mammadova"
    assert not decision.print_due  # the desk holds no row of that badge to print from
    [row] = desk_replica.conn.execute("SELECT badge_serial, kind FROM checkin_event").fetchall()
    assert tuple(row) == (late.serial, "badge_pickup")
    # the usual rules apply to that attendee: a second scan is already picked up
    again = desk.scan(late.token)
    assert again.code == "already_picked_up" and again.newer_badge
    # a badge the desk knows is not newer
    known = desk.scan(world.tokens[world.attendees[2]])
    assert known.code == "admitted" and not known.newer_badge


def test_a_newer_badge_of_a_held_attendee_is_blocked(world: World) -> None:
    desk = PickupDesk(world.replica("desk1"), desk="Desk 1")
    held = world.attendees[3]  # security hold
    assert desk.scan(_late_badge(world, held).token).code == "blocked"


def test_the_revocation_list_and_the_signature_still_apply(world: World, tmp_path: object) -> None:
    desk_replica = world.replica("desk1")
    desk = PickupDesk(desk_replica, desk="Desk 1")
    person = world.attendees[1]
    late = _late_badge(world, person)
    # the hub revoked it and the desk synced: a serial it knows as revoked is refused
    world.hub.update("badge", late.badge_id, {"status": "revoked"})
    push(world.hub, desk_replica)
    assert desk.scan(late.token).code == "revoked"
    # signed by a key this desk does not trust, for a real attendee: unknown, not admitted
    rogue = create_issuer_key(world.clock.now_ms() // 1000 - 10)
    forged = sign_token(rogue, world.event_id, person, 77, world.clock.now_ms() // 1000)
    assert desk.scan(forged).code == "unknown"


def test_an_attendee_the_desk_does_not_hold_is_still_unknown(world: World) -> None:
    desk_replica = world.replica("desk1")
    desk = PickupDesk(desk_replica, desk="Desk 1")
    newcomer = world.hub.insert(
        "attendee",
        {
            "event_id": world.event_id,
            "reg_code": "WUF-0099",
            "given_name": "Nia",
            "family_name": "Okafor",
            "country": "NG",
            "category": "participant",
        },
    )
    late = _late_badge(world, newcomer)
    decision = desk.scan(late.token)
    assert decision.code == "unknown" and not decision.newer_badge
    # once the attendee (not the badge) has synced, the same token is decided on them
    with desk_replica.transaction():
        for entry in world.hub.outbox(state=None, limit=1_000_000):
            if entry.op.entity == "attendee":
                apply_op(desk_replica.conn, entry.op)
    assert desk.scan(late.token).code == "admitted"
