"""Tokens read through a scanner set to another keyboard layout are repaired — and only when
the repaired text is a genuine, verifying token."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.checkin.world import World
from wufops.checkin.gate import Gate
from wufops.checkin.layouts import US_SCANNER_ON, repairs
from wufops.checkin.pickup import PickupDesk


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
    decision = gate.scan(typed_on("qwertz", with_yz[0]))
    assert decision.code == "admitted" and decision.keyboard_layout == "qwertz"


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
