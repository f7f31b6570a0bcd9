"""Badge pickup desk: every decision code, what gets recorded, voids, duplicates across
replicas, prints and reprints — on real SQLite replicas fed ops the way sync feeds them."""

from __future__ import annotations

import json

import pytest

from tests.checkin.world import BAKU_MORNING_MS, World, deny_attendee_reads, enrol_desk_key, push
from wufops.checkin.decisions import DECISION_CODES, CheckinError
from wufops.checkin.gate import Gate
from wufops.checkin.pickup import PickupDesk
from wufops.crypto.keys import create_issuer_key
from wufops.crypto.token import sign_token
from wufops.store import badges as badge_store
from wufops.store import checkins as store


def _flip(token: str, index: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    char = token[index]
    other = alphabet[(alphabet.index(char) + 1) % 32]
    return token[:index] + other + token[index + 1 :]


def _checkins(desk: PickupDesk) -> list[dict[str, object]]:
    rows = desk.replica.conn.execute("SELECT * FROM checkin_event ORDER BY hlc").fetchall()
    return [dict(r) for r in rows]


def test_admitted_scan_records_one_pickup_in_the_op_log(world: World) -> None:
    replica = world.replica("desk1")
    desk = PickupDesk(replica, desk="Desk 1")
    aysel = world.attendees[0]
    before = replica.pending_count()
    decision = desk.scan(world.tokens[aysel])
    assert decision.code == "admitted" and decision.admitted
    assert decision.attendee is not None
    assert decision.attendee.name == "Aysel Məmmədova"
    assert decision.attendee.latin_name == "Aysel Mammadova"
    assert decision.serial == world.serials[aysel]
    assert decision.print_due
    [row] = _checkins(desk)
    assert row["id"] == decision.checkin_id
    assert row["kind"] == "badge_pickup" and row["desk"] == "Desk 1"
    assert row["device_id"] == replica.device_id
    assert row["badge_serial"] == world.serials[aysel]
    # the event's HLC is the op's own HLC, so every replica orders it the same way
    [entry] = replica.outbox()[before:]
    assert entry.op.entity == "checkin_event" and entry.op.body["hlc"] == entry.op.hlc
    assert row["hlc"] == entry.op.hlc and row["wall_time"].endswith("Z")


def test_second_scan_is_already_picked_up_with_first_time_and_desk(world: World) -> None:
    desk = PickupDesk(world.replica("desk1"), desk="Desk 1")
    token = world.tokens[world.attendees[0]]
    first = desk.scan(token)
    world.clock.advance(90_000)
    again = desk.scan(token)
    assert again.code == "already_picked_up"
    assert again.first_pickup is not None
    assert again.first_pickup.desk == "Desk 1"
    assert again.first_pickup.wall_time == first.wall_time
    assert again.first_pickup.checkin_id == first.checkin_id
    assert len(_checkins(desk)) == 1  # a refusal records nothing


def test_pickup_by_name_uses_the_same_rules(world: World) -> None:
    desk = PickupDesk(world.replica("desk1"), desk="Desk 1")
    fang = world.attendees[2]
    decision = desk.pickup_attendee(fang)
    assert decision.code == "admitted" and decision.source == "name"
    assert decision.serial == world.serials[fang]
    assert decision.attendee is not None and decision.attendee.access_needs == (
        "sign_language",
        "captions",
    )
    assert desk.scan(world.tokens[fang]).code == "already_picked_up"


def test_security_hold_is_blocked_and_records_nothing(world: World) -> None:
    desk = PickupDesk(world.replica("desk1"), desk="Desk 1")
    held = world.attendees[3]
    assert desk.scan(world.tokens[held]).code == "blocked"
    assert desk.pickup_attendee(held).code == "blocked"
    assert _checkins(desk) == []


def test_vip_carries_the_attention_flag(world: World) -> None:
    desk = PickupDesk(world.replica("desk1"), desk="Desk 1")
    decision = desk.scan(world.tokens[world.attendees[1]])
    assert decision.attendee is not None and decision.attendee.attention
    assert decision.attendee.attention_note == "Head of delegation"
    assert decision.attendee.name == "محمد العلي"


def test_forged_tokens_refused_with_the_right_code(world: World) -> None:
    desk = PickupDesk(world.replica("desk1"), desk="Desk 1")
    token = world.tokens[world.attendees[0]]
    assert desk.scan("HELLO").code == "malformed"
    assert desk.scan(token[:-5]).code == "malformed"
    assert desk.scan(token + "A").code == "malformed"
    assert desk.scan(token.replace(token[10], "1", 1)).code == "malformed"  # not base32
    # a flipped bit in the payload (serial) or in the signature
    assert desk.scan(_flip(token, 30)).code == "invalid_signature"
    assert desk.scan(_flip(token, 100)).code == "invalid_signature"
    # signed by a key this device never heard of
    stranger = create_issuer_key(world.clock.now_ms() // 1000)
    foreign = sign_token(stranger, world.event_id, world.attendees[0], 1, 1_779_000_000)
    assert desk.scan(foreign).code == "unknown"
    # a genuine signature for another event
    other = sign_token(world.issuer, "another-event", world.attendees[0], 99, 1_779_080_000)
    assert desk.scan(other).code == "wrong_event"
    # genuine key and event, but no such badge on this desk
    ghost = sign_token(world.issuer, world.event_id, "nobody", 77, 1_779_080_000)
    assert desk.scan(ghost).code == "unknown"
    assert _checkins(desk) == []


def test_lower_case_and_whitespace_from_a_scanner_still_verify(world: World) -> None:
    desk = PickupDesk(world.replica("desk1"), desk="Desk 1")
    token = world.tokens[world.attendees[0]]
    assert desk.scan(f"  {token.lower()}\n").code == "admitted"


def test_badge_not_yet_synced_to_this_desk_is_unknown(world: World) -> None:
    desk = PickupDesk(world.replica("desk1", with_attendees=False), desk="Desk 1")
    decision = desk.scan(world.tokens[world.attendees[0]])
    assert decision.code == "unknown"
    assert _checkins(desk) == []


def test_void_then_re_pickup(world: World) -> None:
    desk = PickupDesk(world.replica("desk1"), desk="Desk 1")
    aysel = world.attendees[0]
    first = desk.scan(world.tokens[aysel])
    with pytest.raises(CheckinError) as no_reason:
        desk.undo(first.checkin_id, "   ")
    assert no_reason.value.code == "reason_required"
    void_id = desk.undo(first.checkin_id, "scanned the wrong person")
    rows = {r["id"]: r for r in _checkins(desk)}
    assert rows[void_id]["kind"] == "void" and rows[void_id]["voids_id"] == first.checkin_id
    assert rows[first.checkin_id]["kind"] == "badge_pickup"  # never deleted
    assert not store.pickup_state(desk.replica.conn, aysel).picked_up
    with pytest.raises(CheckinError) as twice:
        desk.undo(first.checkin_id, "again")
    assert twice.value.code == "already_voided"
    with pytest.raises(CheckinError) as not_pickup:
        desk.undo(void_id, "undo the undo")
    assert not_pickup.value.code == "not_a_pickup"
    world.clock.advance(60_000)
    again = desk.scan(world.tokens[aysel])
    assert again.code == "admitted" and again.checkin_id != first.checkin_id
    state = store.pickup_state(desk.replica.conn, aysel)
    assert state.primary is not None and state.primary.id == again.checkin_id
    assert [v.void_reason for v in state.voided] == ["scanned the wrong person"]


def test_offline_desks_both_hand_out_a_badge_one_primary_one_duplicate(world: World) -> None:
    a = PickupDesk(world.replica("desk-a"), desk="Desk A")
    b = PickupDesk(world.replica("desk-b"), desk="Desk B")
    aysel = world.attendees[0]
    # network cut: neither desk sees the other
    first = a.scan(world.tokens[aysel])
    world.clock.advance(5_000)
    second = b.pickup_attendee(aysel)
    assert first.code == second.code == "admitted"
    push(a.replica, b.replica)
    push(b.replica, a.replica)
    states = [store.pickup_state(r.conn, aysel) for r in (a.replica, b.replica)]
    assert states[0] == states[1]
    state = states[0]
    assert state.primary is not None and state.primary.id == first.checkin_id
    assert [d.id for d in state.duplicates] == [second.checkin_id]
    flagged = store.duplicate_pickups(a.replica.conn)
    assert [s.primary.attendee_id for s in flagged if s.primary] == [aysel]
    # from now on both desks refuse, naming the primary pickup
    for desk in (a, b):
        refusal = desk.scan(world.tokens[aysel])
        assert refusal.code == "already_picked_up"
        assert refusal.first_pickup is not None and refusal.first_pickup.desk == "Desk A"
        assert refusal.duplicate_pickups == 1


def test_auto_print_is_due_once(world: World) -> None:
    desk = PickupDesk(world.replica("desk1"), desk="Desk 1")
    aysel = world.attendees[0]
    decision = desk.scan(world.tokens[aysel])
    assert decision.print_due
    job = desk.first_print(aysel)
    desk.record_print(job, "", "failed")  # out of paper: still due
    assert desk.scan(world.tokens[aysel]).print_due
    desk.record_print(desk.first_print(aysel), "Zebra-1", "printed")
    assert not desk.scan(world.tokens[aysel]).print_due
    with pytest.raises(CheckinError) as printed:
        desk.first_print(aysel)
    assert printed.value.code == "already_printed"
    log = store.prints_for(desk.replica.conn, aysel)
    assert [(p.reason, p.outcome, p.printer, p.desk) for p in log] == [
        ("first", "failed", "", "Desk 1"),
        ("first", "printed", "Zebra-1", "Desk 1"),
    ]


def test_reprint_needs_a_known_reason_and_keeps_the_serial_unless_lost(world: World) -> None:
    desk = PickupDesk(world.replica("desk1"), desk="Desk 1")
    aysel = world.attendees[0]
    desk.scan(world.tokens[aysel])
    with pytest.raises(CheckinError) as bad:
        desk.reprint(aysel, "because")
    assert bad.value.code == "bad_reason"
    job = desk.reprint(aysel, "damaged")
    assert job.serial == world.serials[aysel] and job.token == world.tokens[aysel]
    desk.record_print(job, "Zebra-1", "printed")
    assert store.prints_for(desk.replica.conn, aysel)[-1].reason == "damaged"


def test_lost_badge_reprint_revokes_old_serial_gate_refuses_it_admits_new(world: World) -> None:
    replica = world.replica("desk1")
    enrol_desk_key(world, replica)
    desk = PickupDesk(replica, desk="Desk 1")
    aysel = world.attendees[0]
    desk.scan(world.tokens[aysel])
    job = desk.reprint(aysel, "lost")
    assert job.revoked_serial == world.serials[aysel]
    assert job.serial != world.serials[aysel] and job.token != world.tokens[aysel]
    desk.record_print(job, "", "pdf")
    # the desk itself refuses the lost badge and says whose it was
    refusal = desk.scan(world.tokens[aysel])
    assert refusal.code == "revoked" and refusal.attendee_id == aysel
    assert desk.scan(job.token).code == "already_picked_up"
    # a gate that receives the hub's and the desk's ops refuses the old badge, admits the new
    gate_replica = world.replica("gate1")
    push(replica, gate_replica)
    deny_attendee_reads(gate_replica.conn)
    gate = Gate(gate_replica, gate="Gate A", zone="Blue")
    assert gate.scan(world.tokens[aysel]).code == "revoked"
    admitted = gate.scan(job.token)
    assert admitted.code == "admitted" and admitted.serial == job.serial
    status = replica.conn.execute(
        "SELECT status FROM badge WHERE serial = ?", (world.serials[aysel],)
    ).fetchone()[0]
    assert status == "lost"


def test_lost_reprint_without_a_signing_key_is_refused(world: World) -> None:
    desk = PickupDesk(world.replica("desk1"), desk="Desk 1")
    with pytest.raises(CheckinError) as error:
        desk.reprint(world.attendees[0], "lost")
    assert error.value.code == "no_signing_key"
    assert store.valid_badge_for(desk.replica.conn, world.attendees[0]) is not None


def test_counters_in_the_event_time_zone(world: World) -> None:
    desk = PickupDesk(world.replica("desk1"), desk="Desk 1")
    other = PickupDesk(desk.replica, desk="Desk 2")
    world.clock.ms = BAKU_MORNING_MS - 9 * 3_600_000  # 00:00 Baku on 18 May = 20:00 UTC
    world.clock.advance(-60_000)  # 23:59 Baku on the 17th: yesterday at the venue
    desk.scan(world.tokens[world.attendees[0]])
    world.clock.ms = BAKU_MORNING_MS  # 09:00 Baku
    desk.scan(world.tokens[world.attendees[1]])
    world.clock.advance(40_000)
    desk.pickup_attendee(world.attendees[2])
    world.clock.advance(20_000)
    other.scan(world.tokens[world.attendees[3]])  # blocked: not counted anywhere
    counters = desk.counters()
    assert counters.pickups_today == 2
    assert counters.pickups_this_hour == 2
    assert counters.median_seconds == 40.0
    world.clock.advance(3_600_000)
    later = desk.counters()
    assert later.pickups_today == 2 and later.pickups_this_hour == 0


def test_decision_json_is_stable(world: World) -> None:
    desk = PickupDesk(world.replica("desk1"), desk="Desk 1")
    decision = desk.scan(world.tokens[world.attendees[1]])
    data = json.loads(json.dumps(decision.to_json(), ensure_ascii=False))
    assert data["code"] in DECISION_CODES
    assert data["attendee"]["name"] == "محمد العلي" and data["attendee"]["attention"] is True
    assert set(data) >= {"code", "admitted", "serial", "attendee_id", "checkin_id", "print_due"}


def test_walk_in_without_a_badge_gets_one_issued_at_the_desk(world: World) -> None:
    walk_in = world.hub.insert(
        "attendee",
        {
            "event_id": world.event_id,
            "reg_code": "WUF-ONSITE-1",
            "given_name": "Nino",
            "family_name": "ბერიძე",
            "latin_family": "Beridze",
            "country": "GE",
            "category": "participant",
        },
    )
    replica = world.replica("desk1")
    desk = PickupDesk(replica, desk="Desk 1")
    decision = desk.pickup_attendee(walk_in)
    assert decision.code == "admitted" and decision.serial is None and decision.print_due
    with pytest.raises(CheckinError) as no_key:
        desk.first_print(walk_in)
    assert no_key.value.code == "no_signing_key"
    enrol_desk_key(world, replica)
    job = desk.first_print(walk_in)
    assert job.reason == "first" and job.revoked_serial is None
    assert job.serial >> 32 >= 1  # from the desk's own serial range, not the issuer's
    gate = Gate(replica, gate="Gate A")
    assert gate.scan(job.token).code == "admitted"


def test_wal_checkpoints_wait_for_a_quiet_moment(world: World) -> None:
    replica = world.replica("desk1")
    desk = PickupDesk(replica, desk="Desk 1")
    assert replica.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 10_000
    desk.scan(world.tokens[world.attendees[0]])
    desk.idle()
    busy, frames, done = replica.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert busy == 0 and frames == done  # everything already copied by idle()


def test_a_running_desk_sees_a_key_revocation_as_soon_as_it_syncs(world: World) -> None:
    replica = world.replica("desk1")
    desk = PickupDesk(replica, desk="Desk 1")
    assert desk.scan(world.tokens[world.attendees[0]]).code == "admitted"  # keyring cached
    issued_at = world.clock.now_ms() // 1000
    badge_store.revoke_key(world.hub, world.issuer.key_id, from_s=issued_at - 60)
    push(world.hub, replica)
    decision = desk.scan(world.tokens[world.attendees[2]])
    assert decision.code == "revoked" and decision.checkin_id == ""
