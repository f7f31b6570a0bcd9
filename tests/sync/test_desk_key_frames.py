"""``hello.desk_key`` and ``welcome.desk_key_id/_error``: fields added within version 1.

A device or hub that predates them omits them; the parser gives the defaults. When present
they are type-checked like every other field."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wufops.sync import frames as fr

_HELLO = {
    "type": "hello",
    "v": 1,
    "device_id": "d",
    "schema_version": 3,
    "app_version": "0.1",
    "hub_epoch": "",
    "cursor": 0,
    "next_client_seq": 1,
}


def test_an_older_hello_without_desk_key_still_parses() -> None:
    hello = fr.parse_frame(json.dumps(_HELLO))
    assert isinstance(hello, fr.Hello) and hello.desk_key == ""


@given(st.text(alphabet="0123456789abcdef", max_size=64))
def test_desk_key_round_trips(key: str) -> None:
    hello = fr.Hello("d", 3, "0.1", "", 0, 1, desk_key=key)
    assert fr.parse_frame(fr.encode(hello)) == hello


# integers within 64 bits: one beyond is ``malformed`` wherever it is (test_frames.py)
@given(st.one_of(st.integers(-(2**63), 2**63 - 1), st.none(), st.lists(st.text()), st.booleans()))
def test_a_mistyped_desk_key_is_bad_field(value: object) -> None:
    with pytest.raises(fr.FrameError) as caught:
        fr.parse_frame(json.dumps({**_HELLO, "desk_key": value}))
    assert caught.value.code == "bad_field"


def test_a_welcome_carries_the_certified_key_or_the_refusal() -> None:
    welcome = fr.Welcome("e", 1, 2, 3, 0, 1, "gate", "gate-1", 3, "", "key_role_forbidden")
    parsed = fr.parse_frame(fr.encode(welcome))
    assert parsed == welcome
    older = {k: v for k, v in fr.to_dict(welcome).items() if not k.startswith("desk_key")}
    assert fr.parse_frame(json.dumps(older)) == fr.Welcome("e", 1, 2, 3, 0, 1, "gate", "gate-1", 3)
    # required fields stay required
    with pytest.raises(fr.FrameError):
        fr.parse_frame(json.dumps({k: v for k, v in _HELLO.items() if k != "cursor"}))
