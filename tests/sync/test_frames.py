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
    int: st.integers(0, 2**63 - 1),
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
    assert len(fr.FRAME_TYPES) == 15  # hello … error: a new type needs a round-trip too


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


# -- values JSON allows but SQLite cannot store (issue 11 §7) and bounded strings (§5) ---------

_HELLO = {
    "type": "hello",
    "v": 1,
    "device_id": "0190a000-0000-7000-8000-00000000000a",
    "schema_version": 1,
    "app_version": "1.0",
    "hub_epoch": "",
    "cursor": 0,
    "next_client_seq": 1,
}
_OP = {
    "op_id": "0190a000-0000-7000-8000-0000000000b1",
    "device_id": "0190a000-0000-7000-8000-00000000000a",
    "hlc": 1 << 40,
    "kind": "event",
    "entity": "checkin_event",
    "id": "0190a000-0000-7000-8000-0000000000c1",
    "body": {"kind": "entry", "wall_time": "2026-05-17T08:00:00.000Z"},
    "base": {},
}


def _push_text(**op: Any) -> str:
    return json.dumps(
        {"type": "push", "v": 1, "batch_id": "b", "ops": [{"client_seq": 1, "op": {**_OP, **op}}]}
    )


@pytest.mark.parametrize(
    "text",
    [
        json.dumps({**_HELLO, "cursor": 2**63}),
        json.dumps({**_HELLO, "cursor": 2**64 - 1}),
        json.dumps({**_HELLO, "extra": -(2**63) - 1}),  # an ignored field still travels on
        _push_text(hlc=2**63),
        _push_text(body={"kind": 2**70}),
        _push_text(body={"kind": float("nan")}),
        _push_text(body={"kind": float("inf")}),
        _push_text(body={"kind": float("-inf")}),
        _push_text(body={"kind": 1}).replace('"kind": 1', '"kind": 1e400'),
        json.dumps({**_HELLO, "device_id": "\ud800"}),
        json.dumps({**_HELLO, "app_version": "x\udfffy"}),
        _push_text(body={"given_name": "Ay\udc00sel"}),
        _push_text(body={"\ud83d": "key"}),
        '{"type": "pull", "v": 1, "cursor": NaN, "limit": 5}',
        '{"type": "pull", "v": 1, "cursor": 0, "limit": Infinity}',
        '{"type": "pull", "v": 1, "cursor": 0, "limit": 5, "x": -Infinity}',
        '{"type": "pull", "v": 1, "cursor": ' + "9" * 5000 + ', "limit": 5}',
    ],
)
def test_values_sqlite_cannot_store_are_malformed(text: str) -> None:
    """Integers outside SQLite's signed 64 bits, NaN and infinities, lone surrogates: the
    parser refuses them with ``malformed`` wherever they sit in the frame."""
    with pytest.raises(fr.FrameError) as error:
        fr.parse_frame(text)
    assert error.value.code == "malformed"


def test_the_edges_of_what_sqlite_stores_still_parse() -> None:
    frame = fr.parse_frame(json.dumps({**_HELLO, "cursor": 2**63 - 1, "x": -(2**63)}))
    assert isinstance(frame, fr.Hello) and frame.cursor == 2**63 - 1
    paired = fr.parse_frame(_push_text(body={"given_name": "Aysel \U0001f600", "n": 1.5e300}))
    assert isinstance(paired, fr.Push)
    assert paired.ops[0]["op"]["body"]["given_name"] == "Aysel \U0001f600"  # escaped pair


@pytest.mark.parametrize(
    ("field", "limit"),
    [
        ("device_id", fr.MAX_ID_CHARS),
        ("app_version", fr.MAX_ID_CHARS),
        ("hub_epoch", fr.MAX_ID_CHARS),
        ("desk_key", fr.MAX_ID_CHARS),
    ],
)
def test_string_fields_are_bounded(field: str, limit: int) -> None:
    fr.parse_frame(json.dumps({**_HELLO, field: "a" * limit}))
    with pytest.raises(fr.FrameError) as error:
        fr.parse_frame(json.dumps({**_HELLO, field: "a" * (limit + 1)}))
    assert error.value.code == "field_too_long" and field in error.value.detail
    # a 3.9 MB device id (the audit's disk filler) is refused the same way
    with pytest.raises(fr.FrameError) as error:
        fr.parse_frame(json.dumps({**_HELLO, field: "d" * 3_900_000}))
    assert error.value.code == "field_too_long"


@pytest.mark.parametrize(
    "op",
    [
        {"op_id": "o" * (fr.MAX_ID_CHARS + 1)},
        {"device_id": "d" * (fr.MAX_ID_CHARS + 1)},
        {"entity": "e" * (fr.MAX_ID_CHARS + 1)},
        {"id": "i" * (fr.MAX_ID_CHARS + 1)},
        {"body": {"k" * (fr.MAX_ID_CHARS + 1): "v"}},
        {"body": {"note": "n" * (fr.MAX_TEXT_CHARS + 1)}},
        {"base": {"b" * (fr.MAX_ID_CHARS + 1): 1}},
        {"body": {f"f{n}": n for n in range(fr.MAX_OP_FIELDS + 1)}},
    ],
)
def test_pushed_ops_are_bounded(op: dict[str, Any]) -> None:
    frame = fr.parse_frame(_push_text(**op))
    assert isinstance(frame, fr.Push)
    with pytest.raises(fr.FrameError) as error:
        fr.check_pushed_op(frame.ops[0]["op"])
    assert error.value.code == (
        "too_many_fields" if len(op.get("body", ())) > 1 else "field_too_long"
    )
    fr.check_pushed_op(_OP)  # an ordinary op passes


def _storable(value: object) -> None:
    """What SQLite takes: the re-encoded value is strict JSON, UTF-8, ints in 64 bits."""
    text = json.dumps(value, allow_nan=False, ensure_ascii=False)
    text.encode("utf-8")  # raises on a lone surrogate
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, bool):
            continue
        if isinstance(item, int):
            assert -(2**63) <= item < 2**63
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


_nasty_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=12),
    st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1, max_size=2),
)
_nasty_json = st.recursive(
    _nasty_scalars,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.one_of(st.text(max_size=6), _nasty_scalars.filter(lambda v: isinstance(v, str))),
            inner,
            max_size=3,
        )
    ),
    max_leaves=10,
)


@given(
    st.sampled_from(sorted(fr.FRAME_TYPES)),
    st.dictionaries(
        st.sampled_from(
            sorted(
                {
                    f
                    for c in fr.FRAME_TYPES.values()
                    for f in typing.get_type_hints(c)
                    if f != "TYPE"
                }
            )
        ),
        _nasty_json,
        max_size=6,
    ),
)
@settings(max_examples=600)
def test_whatever_parses_is_storable(kind: str, values: dict[str, Any]) -> None:
    """Any JSON value in any field of any frame: a frame SQLite can store, or a coded error."""
    text = json.dumps({"type": kind, "v": 1, **values}, allow_nan=True)
    try:
        frame = fr.parse_frame(text)
    except fr.FrameError as error:
        assert error.code in {"bad_field", "malformed", "field_too_long"}
    else:
        _storable(fr.to_dict(frame))


_op_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
)
_pushed_op = st.fixed_dictionaries(
    {
        "op_id": st.text(min_size=1, max_size=40),
        "device_id": st.just("dev-1"),
        "hlc": st.integers(1, 2**63 - 1),
        "kind": st.sampled_from(["insert", "update", "event"]),
        "entity": st.text(min_size=1, max_size=20),
        "id": st.text(min_size=1, max_size=40),
        "body": st.dictionaries(st.text(max_size=8), _op_scalars, max_size=5),
        "base": st.dictionaries(st.text(max_size=8), st.integers(0, 2**63 - 1), max_size=3),
    },
    optional={"extra": _op_scalars},
)


@given(st.lists(_pushed_op, min_size=1, max_size=5), st.text(max_size=20), st.booleans())
@settings(max_examples=300)
def test_a_push_read_op_by_op_is_the_frame_parse_frame_reads(
    ops: list[dict[str, Any]], batch_id: str, ascii_only: bool
) -> None:
    """The hub reads a push op by op to keep each op's text (``parse_push``): whatever it
    accepts is the very frame ``parse_frame`` makes of the text, and each kept text is that
    op (an op with fields beyond an op's eight keeps none)."""
    dumped = [json.dumps(op, ensure_ascii=ascii_only, separators=(",", ":")) for op in ops]
    items = ",".join(f'{{"client_seq":{n},"op":{op}}}' for n, op in enumerate(dumped, start=1))
    text = f'{{"type":"push","v":1,"batch_id":{json.dumps(batch_id)},"ops":[{items}]}}'
    try:
        expected: fr.Frame | str = fr.parse_frame(text)
    except fr.FrameError as error:
        expected = error.code
    try:
        read = fr.parse_push(text)
    except fr.FrameError as error:
        assert error.code == expected
        return
    if read is None:
        return  # laid out otherwise (an escaped id): parse_frame reads it
    frame, texts = read
    assert frame == expected
    for item, kept in zip(frame.ops, texts, strict=True):
        assert kept == "" if "extra" in item["op"] else json.loads(kept) == item["op"]


def test_a_push_the_desk_writes_keeps_every_op_text() -> None:
    from wufops.sync import protocol as p

    client = p.ClientProtocol()
    client.state = "idle"
    op = (
        '{"op_id":"o1","device_id":"d","hlc":5,"kind":"event","entity":"checkin_event",'
        '"id":"r","body":{"name":"Məmmədova"},"base":{}}'
    )
    client.push_json("b1", [(1, op), (2, op.replace("o1", "o2"))])
    read = fr.parse_push(client.data_to_send()[0])
    assert read is not None
    assert read[1] == [op, op.replace("o1", "o2")]


@pytest.mark.parametrize(
    "text",
    [
        '{"type":"push","v":1,"batch_id":"b","ops":[{"client_seq":1,"op":{"a":1}} ]}',
        '{"type":"push","v":1,"batch_id":"b","ops":[]} ',
        '{"type":"push","v":1,"batch_id":"b","ops":[{"client_seq":1,"op":[]}]}',
        '{"type":"push","v":1,"batch_id":"b","ops":[{"client_seq":1,"op":{"s":"\\ud800"}}]}',
        '{"type":"push","v":1,"batch_id":"b","ops":[{"client_seq":1,"op":{"n":1e999}}]}',
        '{"type":"push","v":1,"batch_id":"b","ops":[{"client_seq":99999999999999999999,"op":{}}]}',
        '{"type":"pull","v":1,"cursor":0,"limit":5}',
    ],
)
def test_a_push_laid_out_otherwise_goes_to_parse_frame(text: str) -> None:
    assert fr.parse_push(text) is None
