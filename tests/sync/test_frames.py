"""Frames round-trip exactly, and the parser turns any text into a frame or a coded error."""

from __future__ import annotations

import json
import typing
from dataclasses import fields
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wufops.sync import frames as fr

_scalars = st.one_of(st.none(), st.booleans(), st.integers(-(2**53), 2**53), st.text(max_size=20))
_objects = st.dictionaries(st.text(max_size=8), _scalars, max_size=4)
_STRATEGIES: dict[Any, st.SearchStrategy[Any]] = {
    str: st.text(max_size=30),
    int: st.integers(0, 2**64 - 1),
    bool: st.booleans(),
    list[dict[str, Any]]: st.lists(_objects, max_size=4),
    list[str]: st.lists(st.text(max_size=10), max_size=4),
    dict[str, Any]: _objects,
}


def _frame_strategy(cls: type[fr.Frame]) -> st.SearchStrategy[fr.Frame]:
    hints = typing.get_type_hints(cls)
    return st.builds(cls, **{f.name: _STRATEGIES[hints[f.name]] for f in fields(cls)})


ANY_FRAME = st.one_of(*(_frame_strategy(cls) for cls in fr.FRAME_TYPES.values()))


@given(ANY_FRAME)
@settings(max_examples=400)
def test_every_frame_type_round_trips(frame: fr.Frame) -> None:
    text = fr.encode(frame)
    assert json.loads(text)["v"] == fr.PROTOCOL_VERSION
    assert fr.parse_frame(text) == frame


def test_every_frame_type_has_a_strategy() -> None:
    assert len(fr.FRAME_TYPES) == 16  # hello … error: a new type needs a round-trip too


@given(st.text(max_size=300))
@settings(max_examples=500)
def test_arbitrary_text_gives_a_frame_or_a_coded_error(text: str) -> None:
    try:
        fr.parse_frame(text)
    except fr.FrameError as error:
        assert error.code and error.detail is not None


_json = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=12,
)


@given(
    st.sampled_from([*sorted(fr.FRAME_TYPES), "nope", ""]),
    st.dictionaries(
        st.sampled_from(
            ["device_id", "cursor", "ops", "items", "limit", "tables", "code", "fatal", "batch_id"]
        ),
        _json,
        max_size=6,
    ),
)
@settings(max_examples=500)
def test_arbitrary_objects_with_a_type_give_a_frame_or_a_coded_error(
    kind: str, extra: dict[str, Any]
) -> None:
    try:
        frame = fr.parse_frame(json.dumps({"type": kind, "v": 1, **extra}))
    except fr.FrameError as error:
        assert error.code in {"bad_field", "unknown_type"}
    else:
        assert kind == frame.TYPE


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("{", "malformed_json"),
        ("[1, 2]", "not_an_object"),
        ('{"v": 1}', "missing_type"),
        ('{"type": "poke"}', "missing_version"),
        ('{"type": "poke", "v": 2, "max_seq": 1}', "unsupported_version"),
        ('{"type": "launch_missiles", "v": 1}', "unknown_type"),
        ('{"type": "poke", "v": 1}', "bad_field"),
        ('{"type": "poke", "v": 1, "max_seq": -1}', "bad_field"),
        ('{"type": "poke", "v": 1, "max_seq": true}', "bad_field"),
        ('{"type": "pull", "v": 1, "cursor": "0", "limit": 5}', "bad_field"),
        ("[" * 100_000 + "]" * 100_000, "malformed_json"),
    ],
)
def test_bad_frames_have_stable_codes(text: str, code: str) -> None:
    with pytest.raises(fr.FrameError) as error:
        fr.parse_frame(text)
    assert error.value.code == code


def test_oversized_and_binary_frames_are_refused() -> None:
    with pytest.raises(fr.FrameError) as error:
        fr.parse_frame(" " * (fr.MAX_FRAME_BYTES + 1))
    assert error.value.code == "frame_too_large"
    with pytest.raises(fr.FrameError) as error:
        fr.parse_frame(b'{"type": "poke"}')
    assert error.value.code == "binary_frame"


def test_names_in_every_script_travel_unescaped() -> None:
    frame = fr.Error("x", "Məmmədova · 王 · محمد", False)
    assert "Məmmədova" in fr.encode(frame)
    assert fr.parse_frame(fr.encode(frame)) == frame
