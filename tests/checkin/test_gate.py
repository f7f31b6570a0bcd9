"""Entry gate: public keys and the revocation list only, no names read, entries counted per
venue day."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.checkin.world import BAKU_MORNING_MS, World, deny_attendee_reads
from wufops.checkin.gate import REF_PREFIX, Gate
from wufops.checkin.pickup import PickupDesk
from wufops.crypto.keys import create_issuer_key
from wufops.crypto.token import sign_token


def _entries(gate: Gate) -> list[dict[str, object]]:
    rows = gate.replica.conn.execute(
        "SELECT * FROM checkin_event WHERE kind = 'entry' ORDER BY hlc"
    ).fetchall()
    return [dict(r) for r in rows]


def test_gate_with_no_attendee_data_admits_a_valid_badge(world: World) -> None:
    replica = world.replica("gate1", with_attendees=False)
    assert replica.conn.execute("SELECT count(*) FROM attendee").fetchone()[0] == 0
    denied = deny_attendee_reads(replica.conn)
    gate = Gate(replica, gate="Gate A", zone="Blue Zone")
    aysel = world.attendees[0]
    decision = gate.scan(world.tokens[aysel])
    assert decision.code == "admitted" and decision.mode == "gate"
    assert decision.attendee is None and decision.first_pickup is None
    assert decision.serial == world.serials[aysel]
    [entry] = _entries(gate)
    assert entry["zone"] == "Blue Zone" and entry["desk"] == "Gate A"
    assert entry["badge_serial"] == world.serials[aysel]
    assert str(entry["attendee_id"]).startswith(REF_PREFIX)  # badge row not synced here
    assert denied == []


def test_gate_never_reads_the_attendee_table_even_when_it_holds_one(world: World) -> None:
    replica = world.replica("gate1")
    denied = deny_attendee_reads(replica.conn)
    gate = Gate(replica, gate="Gate A")
    for attendee_id in world.attendees:  # including the security hold: gates can't know it
        decision = gate.scan(world.tokens[attendee_id])
        assert decision.code == "admitted" and decision.attendee is None
        assert decision.attendee_id == attendee_id  # the opaque id from the badge row
    assert denied == []
    assert "name" not in str(decision.to_json()["attendee"])


def test_gate_refuses_forgeries_and_records_nothing(world: World) -> None:
    gate = Gate(world.replica("gate1", with_attendees=False), gate="Gate A")
    token = world.tokens[world.attendees[0]]
    stranger = create_issuer_key(world.clock.now_ms() // 1000)
    cases = {
        "malformed": token[:100],
        "invalid_signature": token[:60] + ("B" if token[60] != "B" else "C") + token[61:],
        "unknown": sign_token(stranger, world.event_id, "x", 5, 1_779_000_000),
        "wrong_event": sign_token(world.issuer, "other-event", "x", 5, 1_779_080_000),
    }
    for code, text in cases.items():
        assert gate.scan(text).code == code, code
    assert _entries(gate) == []


def test_entries_are_counted_per_venue_day(world: World) -> None:
    gate = Gate(world.replica("gate1"), gate="Gate A", zone="Blue")
    other = Gate(gate.replica, gate="Gate B", zone="Green")
    world.clock.ms = BAKU_MORNING_MS - 9 * 3_600_000 - 1_000  # 23:59:59 in Baku, day before
    gate.scan(world.tokens[world.attendees[0]])
    world.clock.ms = BAKU_MORNING_MS
    gate.scan(world.tokens[world.attendees[0]])  # re-entry on a new day counts again
    gate.scan(world.tokens[world.attendees[1]])
    other.scan(world.tokens[world.attendees[2]])
    assert gate.entries_today() == 3
    assert gate.entries_today(this_zone_only=True) == 2
    world.clock.advance(24 * 3_600_000)
    assert gate.entries_today() == 0


def test_gate_and_desk_agree_on_a_badge_from_the_same_hub(world: World) -> None:
    desk = PickupDesk(world.replica("desk1"), desk="Desk 1")
    gate = Gate(world.replica("gate1", with_attendees=False), gate="Gate A")
    token = world.tokens[world.attendees[2]]
    assert desk.scan(token).admitted and gate.scan(token).admitted


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        st.text(max_size=200),
        st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", min_size=140, max_size=150),
    )
)
def test_any_scanned_text_gets_a_refusal_code_and_records_nothing(world: World, text: str) -> None:
    gate = Gate(world.hub, gate="Fuzz")
    desk = PickupDesk(world.hub, desk="Fuzz")
    before = world.hub.pending_count()
    assert gate.scan(text).code in ("malformed", "invalid_signature", "unknown")
    assert desk.scan(text).code in ("malformed", "invalid_signature", "unknown")
    assert world.hub.pending_count() == before


def test_the_same_badge_twice_within_ten_seconds_counts_one_entry(world: World) -> None:
    gate = Gate(world.replica("gate1", with_attendees=False), gate="Gate A")
    token = world.tokens[world.attendees[0]]
    first = gate.scan(token)
    assert first.admitted and first.checkin_id and not gate.already_counted(first)
    world.clock.advance(9_999)
    again = gate.scan(token)
    assert again.admitted  # the person in front of the gate goes through…
    assert gate.already_counted(again)  # …and the screen says so
    assert again.checkin_id == "" and again.serial == first.serial
    assert len(_entries(gate)) == 1 and gate.entries_today() == 1
    world.clock.advance(1)  # 10 s after the counted entry: a new entry
    later = gate.scan(token)
    assert later.checkin_id and not gate.already_counted(later)
    assert len(_entries(gate)) == 2


def test_the_repeat_window_is_per_badge_and_configurable(world: World) -> None:
    replica = world.replica("gate1", with_attendees=False)
    gate = Gate(replica, gate="Gate A", repeat_window_s=3)
    aysel, fang = (world.tokens[world.attendees[i]] for i in (0, 2))
    assert gate.repeat_window_s == 3
    assert not gate.already_counted(gate.scan(aysel))
    assert not gate.already_counted(gate.scan(fang))  # another badge is another person
    world.clock.advance(2_000)
    assert gate.already_counted(gate.scan(aysel))
    world.clock.advance(1_000)
    assert not gate.already_counted(gate.scan(aysel))
    # a refusal never opens a window, and 0 turns the rule off
    off = Gate(replica, gate="Gate B", repeat_window_s=0)
    assert not off.already_counted(off.scan(fang)) and not off.already_counted(off.scan(fang))
    assert len(_entries(gate)) == 5


def test_a_clock_injected_apart_from_the_replica_measures_the_window(world: World) -> None:
    from wufops.clock import FakeClock

    turnstile = FakeClock(world.clock.now_ms())
    gate = Gate(world.replica("gate1", with_attendees=False), gate="Lane 3", clock=turnstile)
    token = world.tokens[world.attendees[1]]
    gate.scan(token)
    world.clock.advance(60_000)  # the replica's clock is not the one the rule reads
    assert gate.already_counted(gate.scan(token))
    turnstile.advance(10_000)
    assert not gate.already_counted(gate.scan(token))


def test_a_refused_badge_is_never_already_counted(world: World) -> None:
    gate = Gate(world.replica("gate1", with_attendees=False), gate="Gate A")
    token = world.tokens[world.attendees[0]]
    forged = token[:60] + ("B" if token[60] != "B" else "C") + token[61:]
    for _ in range(2):
        decision = gate.scan(forged)
        assert decision.code == "invalid_signature" and not gate.already_counted(decision)
    assert _entries(gate) == []
