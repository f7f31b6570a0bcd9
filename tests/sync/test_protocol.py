"""The protocol state machines, fed frames by hand: no network, no database."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wufops.sync import frames as fr
from wufops.sync import protocol as p
from wufops.sync.ops import Op

DEVICE = "0190a000-0000-7000-8000-000000000001"


def _op(n: int, device: str = DEVICE) -> Op:
    return Op(f"op-{n}", device, 1000 + n, "event", "checkin_event", f"ev-{n}", {"kind": "entry"})


def _hello(schema: int = 1, device: str = DEVICE) -> fr.Hello:
    return fr.Hello(device, schema, "0.1", "", 0, 1)


def _welcome() -> fr.Welcome:
    return fr.Welcome("epoch-1", 5, 7, 0, 0, 1, "desk", "desk-1", 1)


def _sent(side: p.ClientProtocol | p.HubSession) -> list[dict[str, Any]]:
    return [json.loads(t) for t in side.data_to_send()]


def _welcomed_client() -> p.ClientProtocol:
    client = p.ClientProtocol()
    client.start(_hello())
    assert _sent(client)[0]["type"] == "hello"
    (event,) = client.receive(fr.encode(_welcome()))
    assert isinstance(event, p.Welcomed)
    return client


def test_client_walks_push_pull_snapshot_and_digest() -> None:
    client = _welcomed_client()
    client.push("b1", [(1, _op(1)), (2, _op(2))])
    (push,) = _sent(client)
    assert push["type"] == "push" and [o["client_seq"] for o in push["ops"]] == [1, 2]
    assert client.state == "pushing"
    with pytest.raises(p.ProtocolMisuse):
        client.pull(0)  # one request at a time
    results = [p.PushOutcome(1, "op-1", "applied", 11).to_dict()]
    (acked,) = client.receive(fr.encode(fr.PushResult("b1", results, 11)))
    assert isinstance(acked, p.PushAcked) and acked.results[0].seq == 11
    client.pull(0, 10)
    item = p.ChangeItem(11, _op(1)).to_dict()
    (changes,) = client.receive(fr.encode(fr.Changes(0, 11, [item], False)))
    assert isinstance(changes, p.ChangesReceived) and changes.items[0].op == _op(1)
    client.request_snapshot()
    assert _sent(client)[-1] == {
        "type": "snapshot_file_request",
        "v": 1,
        "snapshot_id": "",
        "offset": 0,
        "min_seq": 0,
    }
    announced = fr.SnapshotFile("s1", 11, "epoch-1", 5, "ab" * 32, 0, ["event"])
    (begun,) = client.receive(fr.encode(announced))
    assert isinstance(begun, p.SnapshotFileBegun) and begun.file == announced
    assert client.receive(b"SQLit") == [p.SnapshotBytes(b"SQLit")]
    (end,) = client.receive(fr.encode(fr.SnapshotFileEnd("s1")))
    assert isinstance(end, p.SnapshotFileEnded) and client.state == "idle"
    client.request_digest()
    (digest,) = client.receive(fr.encode(fr.Digest(11, {"event": {"count": 1}})))
    assert isinstance(digest, p.DigestReceived) and client.state == "idle"


def test_poke_is_accepted_in_any_state_and_never_changes_it() -> None:
    client = _welcomed_client()
    client.pull(0)
    (poked,) = client.receive(fr.encode(fr.Poke(42)))
    assert poked == p.Poked(42) and client.state == "pulling"


@pytest.mark.parametrize(
    "frame",
    [
        fr.Changes(0, 1, [], False),  # nobody asked
        fr.Welcome("e", 1, 1, 0, 0, 1, "desk", "d", 1),  # twice
        fr.Hello(DEVICE, 1, "x", "", 0, 1),  # wrong direction
    ],
)
def test_unexpected_frames_close_the_client_with_an_error(frame: fr.Frame) -> None:
    client = _welcomed_client()
    (event,) = client.receive(fr.encode(frame))
    assert isinstance(event, p.ProtocolViolation) and event.code == "unexpected_frame"
    (error,) = _sent(client)
    assert error["type"] == "error" and error["fatal"] is True
    assert client.state == "closed" and client.receive(fr.encode(fr.Poke(1))) == []


def test_change_items_out_of_order_are_a_violation() -> None:
    client = _welcomed_client()
    client.pull(0)
    items = [p.ChangeItem(5, _op(5)).to_dict(), p.ChangeItem(4, _op(4)).to_dict()]
    (event,) = client.receive(fr.encode(fr.Changes(0, 5, items, False)))
    assert isinstance(event, p.ProtocolViolation)


def test_a_malformed_op_in_changes_is_a_coded_violation() -> None:
    client = _welcomed_client()
    client.pull(0)
    bad = {"seq": 1, "op": {"op_id": "x", "kind": "teleport"}, "clock_suspect": False}
    (event,) = client.receive(fr.encode(fr.Changes(0, 1, [bad], False)))
    assert isinstance(event, p.ProtocolViolation) and event.code == "bad_op"


def test_fatal_hub_error_and_schema_reset_close_the_client() -> None:
    client = _welcomed_client()
    (err,) = client.receive(fr.encode(fr.Error("device_revoked", "revoked", True)))
    assert err == p.PeerError("device_revoked", "revoked", True) and client.state == "closed"
    client = _welcomed_client()
    (reset,) = client.receive(fr.encode(fr.ResetRequired("epoch_changed")))
    assert reset == p.ResetRequested("epoch_changed") and client.state == "idle"


# -- hub side ----------------------------------------------------------------------------------


def _ready_hub() -> p.HubSession:
    hub = p.HubSession(schema_version=1)
    (event,) = hub.receive(fr.encode(_hello()))
    assert isinstance(event, p.HelloReceived)
    hub.accept(_welcome())
    assert _sent(hub)[0]["type"] == "welcome" and hub.state == "ready"
    return hub


def _push(ops: list[tuple[int, Op]]) -> str:
    return fr.encode(fr.Push("b", [{"client_seq": s, "op": o.to_dict()} for s, o in ops]))


def test_hub_session_parses_a_push_into_ops() -> None:
    hub = _ready_hub()
    (event,) = hub.receive(_push([(3, _op(3)), (4, _op(4))]))
    assert isinstance(event, p.PushReceived)
    assert [seq for seq, _ in event.ops] == [3, 4] and event.ops[0][1] == _op(3)


@pytest.mark.parametrize(
    ("ops", "code"),
    [
        ([(1, _op(1)), (3, _op(3))], "bad_op"),  # not consecutive
        ([(1, _op(1, "someone-else"))], "foreign_op"),
        ([(0, _op(0))], "bad_op"),
    ],
)
def test_hub_session_refuses_bad_pushes(ops: list[tuple[int, Op]], code: str) -> None:
    hub = _ready_hub()
    (event,) = hub.receive(_push(ops))
    assert isinstance(event, p.ProtocolViolation) and event.code == code
    assert _sent(hub)[0]["code"] == code and hub.state == "closed"


def test_too_many_ops_in_one_push_is_refused() -> None:
    hub = _ready_hub()
    ops = [(n, _op(n)) for n in range(1, fr.MAX_OPS_PER_PUSH + 2)]
    (event,) = hub.receive(_push(ops))
    assert isinstance(event, p.ProtocolViolation) and event.code == "too_many_ops"


def test_hub_session_needs_hello_first_and_checks_schema() -> None:
    hub = p.HubSession(schema_version=1)
    (event,) = hub.receive(fr.encode(fr.Pull(0, 10)))
    assert isinstance(event, p.ProtocolViolation) and event.code == "unexpected_frame"
    newer = p.HubSession(schema_version=1)
    (event,) = newer.receive(fr.encode(_hello(schema=2)))
    assert isinstance(event, p.ProtocolViolation)
    assert _sent(newer)[0]["code"] == "schema_too_new" and newer.state == "closed"
    older = p.HubSession(schema_version=3)
    older.receive(fr.encode(_hello(schema=2)))
    assert _sent(older)[0] == {"type": "reset_required", "v": 1, "reason": "schema"}


def test_hub_answers_unknown_types_with_an_error_and_closes() -> None:
    hub = _ready_hub()
    (event,) = hub.receive('{"type": "sudo", "v": 1}')
    assert isinstance(event, p.ProtocolViolation) and event.code == "unknown_type"
    assert _sent(hub)[0]["type"] == "error" and hub.state == "closed"


@given(st.lists(st.text(max_size=80), max_size=8))
@settings(max_examples=300)
def test_any_received_text_yields_events_never_exceptions(texts: list[str]) -> None:
    hub = _ready_hub()
    client = _welcomed_client()
    for text in texts:
        for event in hub.receive(text) + client.receive(text):
            assert isinstance(event, p.Event)
    for out in hub.data_to_send() + client.data_to_send():
        fr.parse_frame(out)  # whatever we answer is itself a valid frame


def test_pushes_are_pipelined_up_to_the_window_and_answered_in_order() -> None:
    client = _welcomed_client()
    for n in range(p.PUSH_WINDOW):
        client.push(f"b{n}", [(n + 1, _op(n + 1))])
    assert client.pushes_in_flight == p.PUSH_WINDOW
    with pytest.raises(p.ProtocolMisuse):
        client.push("one-too-many", [(9, _op(9))])
    client.data_to_send()
    (event,) = client.receive(fr.encode(fr.PushResult("b2", [], 1)))  # out of order
    assert isinstance(event, p.ProtocolViolation)
    client = _welcomed_client()
    client.push("b0", [(1, _op(1))])
    client.push("b1", [(2, _op(2))])
    client.receive(fr.encode(fr.PushResult("b0", [], 1)))
    assert client.state == "pushing"  # b1 still outstanding
    (resend,) = client.receive(fr.encode(fr.ResendFrom("b1", 2)))
    assert resend == p.ResendRequested("b1", 2) and client.state == "idle"


def test_push_json_sends_the_same_frame_as_push() -> None:
    ops = [(1, _op(1)), (2, _op(2))]
    a, b = _welcomed_client(), _welcomed_client()
    a.push("b", ops)
    b.push_json("b", [(seq, op.to_json()) for seq, op in ops])
    assert [json.loads(t) for t in a.data_to_send()] == [json.loads(t) for t in b.data_to_send()]
    assert b.state == "pushing" and b.pushes_in_flight == 1


def test_snapshot_bytes_are_taken_only_as_announced() -> None:
    """Binary frames are snapshot bytes: only inside a snapshot the hub announced, never
    more than its size, and the end comes only once every byte did."""
    client = _welcomed_client()
    (violation,) = client.receive(b"stray bytes")
    assert isinstance(violation, p.ProtocolViolation) and violation.code == "binary_frame"

    client = _welcomed_client()
    client.request_snapshot("s1", 3)  # resuming: three bytes held
    client.receive(fr.encode(fr.SnapshotFile("s1", 11, "e", 8, "00" * 32, 3, ["event"])))
    assert client.receive(b"abc") == [p.SnapshotBytes(b"abc")]
    (early,) = client.receive(fr.encode(fr.SnapshotFileEnd("s1")))
    assert isinstance(early, p.ProtocolViolation) and early.code == "bad_field"

    client = _welcomed_client()
    client.request_snapshot()
    client.receive(fr.encode(fr.SnapshotFile("s1", 11, "e", 4, "00" * 32, 0, ["event"])))
    (too_much,) = client.receive(b"12345")
    assert isinstance(too_much, p.ProtocolViolation) and too_much.code == "frame_too_large"
    assert client.state == "closed"


def test_the_hub_never_takes_binary_frames() -> None:
    hub = p.HubSession(1)
    hub.receive(fr.encode(_hello()))
    hub.accept(_welcome())
    (violation,) = hub.receive(b"\x00\x01")
    assert isinstance(violation, p.ProtocolViolation) and violation.code == "binary_frame"


def _item(seq: int) -> dict[str, Any]:
    return p.ChangeItem(seq, _op(seq)).to_dict()


def test_a_poke_may_carry_its_commits_changes() -> None:
    client = _welcomed_client()
    client.push("b1", [(1, _op(1))])  # the poke comes in any state
    (poked,) = client.receive(fr.encode(fr.Poke(12, 10, [_item(11), _item(12)])))
    assert isinstance(poked, p.Poked) and [i.seq for i in poked.items] == [11, 12]
    assert poked.cursor == 10 and client.state == "pushing"
    (plain,) = client.receive(fr.encode(fr.Poke(13)))
    assert plain == p.Poked(13)
    (bad,) = client.receive(fr.encode(fr.Poke(12, 10, [_item(12), _item(11)])))
    assert isinstance(bad, p.ProtocolViolation) and bad.code == "bad_field"


def test_a_poke_carrying_more_than_the_limit_is_refused() -> None:
    client = _welcomed_client()
    many = [_item(n) for n in range(1, fr.MAX_POKE_ITEMS + 2)]
    (bad,) = client.receive(fr.encode(fr.Poke(fr.MAX_POKE_ITEMS + 1, 0, many)))
    assert isinstance(bad, p.ProtocolViolation)


def _poke(cursor: int, to: int) -> p.Poked:
    items = tuple(p.ChangeItem(n, _op(n)) for n in range(cursor + 1, to + 1))
    return p.Poked(to, cursor, items)


@pytest.mark.parametrize(
    ("cursor", "pokes", "expected"),
    [
        (10, [(10, 11), (11, 13)], ([11, 12, 13], 13)),  # one after the other
        (12, [(10, 11), (11, 13), (13, 14)], ([13, 14], 14)),  # covered, overlapping
        (10, [(10, 11), (12, 13)], ([11], 11)),  # a commit not heard of: stop, pull
        (10, [(11, 12)], ([], 10)),  # starts past the cursor: nothing
        (10, [], ([], 10)),
    ],
)
def test_carried_changes_follow_on_from_the_cursor(
    cursor: int, pokes: list[tuple[int, int]], expected: tuple[list[int], int]
) -> None:
    items, to = p.carried_changes(cursor, [_poke(a, b) for a, b in pokes])
    assert ([i.seq for i in items], to) == expected
