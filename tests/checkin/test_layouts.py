"""Tokens read through a scanner set to another keyboard layout are repaired — and only when
the repaired text is a genuine, verifying token."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.checkin.world import World
from wufops.checkin.badging import verify_scan
from wufops.checkin.gate import Gate
from wufops.checkin.layouts import US_SCANNER_ON, repairs
from wufops.checkin.pickup import PickupDesk
from wufops.crypto.keys import Keyring, create_issuer_key
from wufops.crypto.token import sign_token, verify_token


def typed_on(layout: str, token: str) -> str:
    """What a US-layout scanner's keystrokes type on a desk using ``layout``."""
    inverse = {meant: typed for typed, meant in US_SCANNER_ON[layout].items()}
    return "".join(inverse.get(c, c) for c in token)


def test_us_scanner_on_an_azerty_desk(world: World) -> None:
    desk = PickupDesk(world.replica("desk1"), desk="Bureau 1")
    token = world.tokens[world.attendees[0]]
    mangled = typed_on("azerty", token)
    assert mangled != token and any(c in mangled for c in "é\"'(-è")
    decision = desk.scan(mangled)
    assert decision.code == "admitted" and decision.keyboard_layout == "azerty"
    assert decision.to_json()["keyboard_layout"] == "azerty"
    assert desk.scan(token).keyboard_layout == ""  # as typed: no repair


def test_us_scanner_on_a_qwertz_desk_at_the_gate(world: World) -> None:
    gate = Gate(world.replica("gate1", with_attendees=False), gate="Tor 1")
    with_yz = [t for t in world.tokens.values() if "Y" in t or "Z" in t]
    assert with_yz
    for token in with_yz:  # wherever the swapped letters fall: key id, payload, signature
        decision = gate.scan(typed_on("qwertz", token))
        assert decision.code == "admitted" and decision.keyboard_layout == "qwertz"


def test_a_swap_inside_the_key_id_is_repaired() -> None:
    """Characters 1-8 of a token carry the key id: a Y/Z swap there names an unknown key."""
    now_s = 1_779_000_000
    for seed in range(256):
        signer = create_issuer_key(now_s - 10, private_bytes=bytes([seed]) * 32)
        token = sign_token(signer, "event-1", "attendee-1", 1, now_s)
        if any(c in "YZ" for c in token[1:8]):
            break
    mangled = typed_on("qwertz", token)
    keyring = Keyring.build([signer.record])
    as_typed = verify_token(mangled, keyring, (), "event-1")
    assert as_typed.code in ("unknown", "invalid_signature")
    decision, layout = verify_scan(mangled, keyring, (), "event-1")
    assert decision.code == "admitted" and layout == "qwertz"


def test_a_forgery_stays_refused_after_repair(world: World) -> None:
    desk = PickupDesk(world.replica("desk1"), desk="Bureau 1")
    token = world.tokens[world.attendees[0]]
    index = 100  # a signature character
    other = "B" if token[index] != "B" else "C"
    forged = typed_on("azerty", token[:index] + other + token[index + 1 :])
    decision = desk.scan(forged)
    assert decision.code == "invalid_signature" and decision.keyboard_layout == ""


@given(st.text(max_size=300))
def test_repairs_never_fail_and_only_list_changes(text: str) -> None:
    for layout, meant in repairs(text):
        assert layout in US_SCANNER_ON and meant != text.strip().upper()
