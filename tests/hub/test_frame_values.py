"""Values that pass a JSON parser but not SQLite (issue 11 §7), over a real socket.

Integers outside SQLite's 64 bits, NaN and infinities, lone surrogates: refused at the
frame boundary with ``malformed`` and a policy close (1008), never an internal error (1011)
with a traceback. Then Hypothesis: arbitrary JSON values in every field of every frame type
never crash the hub — each frame is answered or refused with a stable code, and the hub
keeps serving everyone else.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection

from tests.hub.helpers import entry_ops, hello_text, next_frame, raw_connect, seed_event
from tests.sync.conftest import Device, HubEnv
from wufops.clock import SystemClock
from wufops.ids import uuid7
from wufops.net.driver import SyncConfig
from wufops.net.limits import HubLimits
from wufops.net.server import Hub, HubThread
from wufops.store.hub_log import HubLog
from wufops.store.replica import Replica

#: every code the hub may answer a device's frame with (docs/protocol.md, error codes)
STABLE_CODES = {
    "malformed_json",
    "malformed",
    "not_an_object",
    "missing_type",
    "missing_version",
    "unsupported_version",
    "unknown_type",
    "bad_field",
    "bad_op",
    "foreign_op",
    "too_many_ops",
    "frame_too_large",
    "field_too_long",
    "too_many_fields",
    "binary_frame",
    "unexpected_frame",
    "schema_too_new",
    "schema_too_old",  # a close reason (the hub sends reset_required(schema) before it)
    "origin_taken",
    "replica_limit",
    "rate_limited",
}


def _welcomed(url: str, token: str) -> tuple[ClientConnection, str]:
    device_id = uuid7(SystemClock().now_ms())
    ws = raw_connect(url, token)
    ws.send(hello_text(device_id))
    assert next_frame(ws)["type"] == "welcome"
    return ws, device_id


def _push(device_id: str, attendees: list[str], **op: Any) -> str:
    (item,) = entry_ops(device_id, attendees, 1)
    item["op"].update(op)
    return json.dumps({"type": "push", "v": 1, "batch_id": "b", "ops": [item]}, allow_nan=True)


@pytest.mark.parametrize(
    "make",
    [
        lambda d, a: _push(d, a, hlc=2**63),
        lambda d, a: _push(d, a, body={"kind": "entry", "desk": 2**64}),
        lambda d, a: _push(d, a, body={"kind": "entry", "desk": float("nan")}),
        lambda d, a: _push(d, a, body={"kind": "entry", "desk": float("inf")}),
        lambda d, a: _push(d, a, body={"kind": "entry", "desk": "gate \ud800"}),
        lambda d, a: _push(d, a, id="\udc01"),
        lambda d, a: '{"type": "pull", "v": 1, "cursor": 9223372036854775808, "limit": 5}',
        lambda d, a: '{"type": "pull", "v": 1, "cursor": 0, "limit": NaN}',
        lambda d, a: (
            '{"type": "snapshot_file_request", "v": 1, "snapshot_id": "\\ud800", '
            '"offset": 0, "min_seq": 0}'
        ),
    ],
)
def test_values_sqlite_cannot_store_are_refused_with_malformed(hub_env: HubEnv, make: Any) -> None:
    token = hub_env.enrol("gate-1", "gate")
    ws, device_id = _welcomed(hub_env.url, token)
    ws.send(make(device_id, hub_env.attendees))
    reply = next_frame(ws)
    assert (reply["type"], reply["code"], reply["fatal"]) == ("error", "malformed", True)
    with pytest.raises(ConnectionClosed) as closed:
        next_frame(ws)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 1008
    assert hub_env.device("desk-ok").sync().phase == "online"  # the hub kept serving


@pytest.mark.parametrize(
    "fields", [{"cursor": 2**64 - 1}, {"next_client_seq": 2**63}, {"device_id": "\udfff"}]
)
def test_a_hello_with_such_values_is_refused_with_malformed(
    hub_env: HubEnv, fields: dict[str, Any]
) -> None:
    token = hub_env.enrol("gate-1", "gate")
    with raw_connect(hub_env.url, token) as ws:
        ws.send(hello_text(uuid7(SystemClock().now_ms()), **fields))
        reply = next_frame(ws)
        assert (reply["type"], reply["code"]) == ("error", "malformed")
        with pytest.raises(ConnectionClosed) as closed:
            next_frame(ws)
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 1008


# -- Hypothesis: anything in any field --------------------------------------------------------

_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(),
    st.text(max_size=10),
    st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1, max_size=2),
    st.sampled_from(["", "attendee", "checkin_event", "entry", "insert", "update", "event"]),
)
_values = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
#: values at the edges of what JSON, Python and SQLite each accept
_EDGES = st.sampled_from(
    [
        2**63,
        2**64 - 1,
        -(2**63) - 1,
        10**30,
        2**63 - 1,
        -(2**63),
        float("nan"),
        float("inf"),
        float("-inf"),
        1.5,
        -1,
        0,
        True,
        None,
        "",
        "\ud800",
        "a\udfffb",
        "x" * 200,
        "y" * 20_000,
        {"n": 2**63},
        [float("nan")],
        {},
        [],
    ]
)
_ANY = st.one_of(_EDGES, _values)
_TOP = {
    "hello": [
        "device_id",
        "schema_version",
        "app_version",
        "hub_epoch",
        "cursor",
        "next_client_seq",
        "desk_key",
    ],
    "push": ["batch_id", "ops"],
    "push_update": ["batch_id", "ops"],
    "pull": ["cursor", "limit"],
    "snapshot_file_request": ["snapshot_id", "offset", "min_seq"],
    "digest_request": ["extra"],
    "error": ["code", "message", "fatal", "retry_after_ms"],
    "welcome": ["role"],
    "poke": ["max_seq"],
}
_OP_FIELDS = ["op_id", "device_id", "hlc", "kind", "entity", "id", "body", "base"]
_BODY_KEYS = ["attendee_id", "kind", "desk", "device_id", "hlc", "wall_time", "organization"]
Path_ = tuple[str | int, ...]


@st.composite
def _frames(draw: st.DrawFn) -> tuple[str, list[tuple[Path_, Any]]]:
    """A frame type and one to three (path, value) replacements in a valid frame of it."""
    kind = draw(st.sampled_from(sorted(_TOP)))
    paths: list[Path_] = [(name,) for name in _TOP[kind]]
    if kind.startswith("push"):
        paths += [("ops", 0, "client_seq")]
        paths += [("ops", 0, "op", name) for name in _OP_FIELDS]
        paths += [("ops", 0, "op", "body", key) for key in _BODY_KEYS]
        paths += [("ops", 0, "op", "base", key) for key in ("organization", "x")]
    chosen = draw(st.lists(st.sampled_from(paths), min_size=1, max_size=3, unique=True))
    return kind, [(path, draw(_ANY)) for path in chosen]


def _template(kind: str, device_id: str, attendees: list[str], seq: int) -> dict[str, Any]:
    if kind == "hello":
        return dict(json.loads(hello_text(device_id)))
    if kind in ("push", "push_update"):
        (item,) = entry_ops(device_id, attendees, 1, first_seq=seq)
        if kind == "push_update":  # an edit: another path through the merge
            item["op"].update(
                kind="update",
                entity="attendee",
                id=attendees[0],
                body={"organization": "UN-Habitat"},
                base={"organization": 0},
            )
        return {"type": "push", "v": 1, "batch_id": "b", "ops": [item]}
    fields: dict[str, dict[str, Any]] = {
        "pull": {"cursor": 0, "limit": 10},
        "snapshot_file_request": {"snapshot_id": "", "offset": 0, "min_seq": 0},
        "error": {"code": "x", "message": "y", "fatal": False},
        "poke": {"max_seq": 1},
    }
    return {"type": kind, "v": 1, **fields.get(kind, {})}


def _text(kind: str, changes: list[tuple[Path_, Any]], **where: Any) -> str:
    frame = _template(kind, **where)
    for path, value in changes:
        target: Any = frame
        for step in path[:-1]:
            if not isinstance(target, dict | list):
                break
            try:
                target = target[step]  # type: ignore[index]
            except (KeyError, IndexError, TypeError):
                break
        else:
            if isinstance(target, dict):
                target[path[-1]] = value
            elif isinstance(target, list) and isinstance(path[-1], int) and target:
                target[path[-1] % len(target)] = value
    return json.dumps(frame, allow_nan=True)


class _Prober:
    """One welcomed connection, reopened when the hub closes it; checks every answer."""

    def __init__(self, url: str, token: str, attendees: list[str]) -> None:
        self.url, self.token, self.attendees = url, token, attendees
        self.ws: ClientConnection | None = None
        self.device_id = ""
        self.seq = 1
        self.closes: list[int] = []

    def _open(self) -> ClientConnection:
        if self.ws is None:
            self.ws, self.device_id = _welcomed(self.url, self.token)
            self.seq = 1
        return self.ws

    def send(self, kind: str, changes: list[tuple[Path_, Any]]) -> None:
        if kind == "hello":
            ws = raw_connect(self.url, self.token)
            device_id = uuid7(SystemClock().now_ms())
        else:
            ws = self._open()
            device_id = self.device_id
        try:
            ws.send(
                _text(kind, changes, device_id=device_id, attendees=self.attendees, seq=self.seq)
            )
            self.seq += 1
            # a probe behind it: answered (the connection lives) or the connection closes
            ws.send(json.dumps({"type": "pull", "v": 1, "cursor": 2**62, "limit": 1}))
            while True:
                frame = ws.recv(timeout=15)
                if isinstance(frame, bytes):
                    continue  # a snapshot file's bytes
                reply = json.loads(frame)
                if reply["type"] == "error":
                    assert reply["code"] in STABLE_CODES, reply
                elif reply["type"] == "changes" and reply["cursor"] == 2**62:
                    break
        except ConnectionClosed as closed:
            code, reason = (closed.rcvd.code, closed.rcvd.reason) if closed.rcvd else (0, "")
            self.closes.append(code)
            # a policy close whose reason is the code of the fatal error sent before it
            # (``peer_error``: we sent a fatal error ourselves)
            assert code == 1008, f"closed with {code} {reason} after {kind} {changes}"
            assert reason in STABLE_CODES | {"peer_error"}, reason
            if ws is self.ws:
                self.ws = None
            return
        if ws is not self.ws:
            ws.close()


@pytest.fixture
def open_hub(tmp_path: Path) -> Iterator[tuple[HubThread, Path, list[str]]]:
    """A hub whose connection-rate limits are lifted: Hypothesis reconnects very often."""
    db = tmp_path / "hub.db"
    seeded = Replica.open(db, SystemClock())
    attendees = seed_event(seeded, 3)
    seeded.close()
    limits = HubLimits(device_connect_burst=100_000, snapshot_burst=100_000)
    thread = HubThread(Hub(db, port=0, limits=limits)).start()
    try:
        yield thread, db, attendees
    finally:
        thread.stop()


@pytest.mark.timeout(600)
def test_arbitrary_values_in_every_field_never_crash_the_hub(
    open_hub: tuple[HubThread, Path, list[str]],
) -> None:
    thread, db, attendees = open_hub
    log = HubLog.open(db, SystemClock())
    tokens = {role: log.enrol(f"{role}-fuzz", role)[1] for role in ("gate", "desk", "admin")}
    healthy = log.enrol("desk-ok", "desk")[1]
    log.close()
    probers = {role: _Prober(thread.url, token, attendees) for role, token in tokens.items()}

    @given(st.sampled_from(sorted(probers)), _frames())
    @settings(max_examples=250, deadline=None, suppress_health_check=list(HealthCheck))
    def check(role: str, frame: tuple[str, list[tuple[Path_, Any]]]) -> None:
        probers[role].send(*frame)

    check()
    device = Device("desk-ok", "desk", db.parent / "ok.db", SyncConfig(thread.url, healthy))
    assert device.sync().phase == "online"
