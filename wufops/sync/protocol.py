"""The sync protocol as two pure state machines (websockets/h11 style, no I/O).

:class:`ClientProtocol` (a desk, gate or coordinator) and :class:`HubSession` (the hub's view
of one connection) are fed received text with ``receive(text) -> events`` and asked for what
to send with ``data_to_send() -> [text]``. The I/O layers (``wufops.net.driver`` on a device,
``wufops.net.server`` at the hub) own the socket and the database; this module owns *which
frame may come when* and *what a well-formed frame contains*.

Transitions are written as tables (``CLIENT_TRANSITIONS``, ``HUB_TRANSITIONS``): a frame that
is not in the table for the current state is a protocol violation — the side that sees it
queues a fatal ``error`` frame and closes.
"""

from __future__ import annotations

import collections
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from wufops.sync import frames as fr
from wufops.sync.ops import Op

# -- values carried by events ------------------------------------------------------------------

PushStatus = Literal["applied", "duplicate", "rejected"]
PUSH_STATUSES: tuple[PushStatus, ...] = ("applied", "duplicate", "rejected")


@dataclass(frozen=True)
class PushOutcome:
    """What the hub did with one pushed op."""

    client_seq: int
    op_id: str
    status: PushStatus
    seq: int = 0
    code: str = ""
    detail: str = ""
    clock_suspect: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "client_seq": self.client_seq,
            "op_id": self.op_id,
            "status": self.status,
            "seq": self.seq,
            "code": self.code,
            "detail": self.detail,
            "clock_suspect": self.clock_suspect,
        }


@dataclass(frozen=True)
class ChangeItem:
    """One entry of the hub's change log, as a device receives it."""

    seq: int
    op: Op
    clock_suspect: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "op": self.op.to_dict(), "clock_suspect": self.clock_suspect}


# -- events ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Event:
    pass


@dataclass(frozen=True)
class ProtocolViolation(Event):
    """This side received something unusable; a fatal error frame is queued, state closed."""

    code: str
    detail: str


@dataclass(frozen=True)
class PeerError(Event):
    """The other side sent an ``error`` frame."""

    code: str
    message: str
    fatal: bool
    #: ``rate_limited``: ask again no sooner than this many milliseconds
    retry_after_ms: int = 0


@dataclass(frozen=True)
class Welcomed(Event):
    welcome: fr.Welcome


@dataclass(frozen=True)
class PushAcked(Event):
    batch_id: str
    results: tuple[PushOutcome, ...]
    durable_seq: int


@dataclass(frozen=True)
class ResendRequested(Event):
    batch_id: str
    client_seq: int


@dataclass(frozen=True)
class ChangesReceived(Event):
    cursor: int
    to: int
    items: tuple[ChangeItem, ...]
    has_more: bool


@dataclass(frozen=True)
class Poked(Event):
    max_seq: int
    #: the changes after ``cursor`` up to ``max_seq``, when the poke carried them
    cursor: int = 0
    items: tuple[ChangeItem, ...] = ()


@dataclass(frozen=True)
class ResetRequested(Event):
    reason: str


@dataclass(frozen=True)
class SnapshotFileBegun(Event):
    """A snapshot file follows (``frames.SnapshotFile``)."""

    file: fr.SnapshotFile


@dataclass(frozen=True)
class SnapshotBytes(Event):
    """The next bytes of the snapshot file, in order."""

    data: bytes


@dataclass(frozen=True)
class SnapshotFileEnded(Event):
    snapshot_id: str


@dataclass(frozen=True)
class DigestReceived(Event):
    seq: int
    tables: dict[str, Any]


@dataclass(frozen=True)
class HelloReceived(Event):
    hello: fr.Hello


@dataclass(frozen=True)
class PushReceived(Event):
    batch_id: str
    ops: tuple[tuple[int, Op], ...]
    #: each op's JSON text as the device sent it (``""`` where it was not kept): the hub
    #: logs it as it came instead of encoding the op again (``frames.parse_push``)
    texts: tuple[str, ...] = ()


@dataclass(frozen=True)
class PullRequested(Event):
    cursor: int
    limit: int


@dataclass(frozen=True)
class SnapshotRequested(Event):
    #: resume this snapshot from this offset (``""``/0: a fresh one)
    snapshot_id: str
    offset: int
    #: the oldest log position the file may hold
    min_seq: int = 0


@dataclass(frozen=True)
class DigestRequested(Event):
    pass


def carried_changes(cursor: int, pokes: Sequence[Poked]) -> tuple[list[ChangeItem], int]:
    """The changes pokes carried that follow on from ``cursor``, in order, and the cursor
    they bring the device to: pokes already covered are passed over, and a poke that starts
    past the cursor reached so far (a commit whose poke the device did not get) ends the run
    — the rest is for a pull."""
    items: list[ChangeItem] = []
    to = cursor
    for poke in pokes:
        if poke.max_seq <= to or not poke.items:
            continue
        if poke.cursor > to:
            break
        items.extend(item for item in poke.items if item.seq > to)
        to = poke.max_seq
    return items, to


class ProtocolMisuse(RuntimeError):
    """The I/O layer asked for something the current state does not allow (a bug there)."""


# -- the client --------------------------------------------------------------------------------

ClientState = Literal[
    "awaiting_welcome", "idle", "pushing", "pulling", "snapshotting", "digesting", "closed"
]

#: (state, received frame type) → next state. ``poke``/``error``/``reset_required`` are
#: accepted in every open state after the welcome (see ``_ANY_STATE``). Pushes are
#: pipelined (up to ``PUSH_WINDOW`` in flight, answered in order): an answer leaves the
#: state ``pushing`` while others are outstanding (``_STAY_WHILE_OUTSTANDING``).
CLIENT_TRANSITIONS: dict[tuple[ClientState, str], ClientState] = {
    ("awaiting_welcome", "welcome"): "idle",
    ("pushing", "push_result"): "idle",
    ("pushing", "resend_from"): "idle",
    ("pulling", "changes"): "idle",
    ("snapshotting", "snapshot_file"): "snapshotting",
    ("snapshotting", "snapshot_file_end"): "idle",
    ("digesting", "digest"): "idle",
}
_ANY_STATE = frozenset({"poke", "error", "reset_required"})
_STAY_WHILE_OUTSTANDING = frozenset({"push_result", "resend_from"})
#: most push batches a client has in flight at once
PUSH_WINDOW = 4


class _Side:
    def __init__(self) -> None:
        self._out: list[str | bytes] = []

    def data_to_send(self) -> list[str | bytes]:
        """Frames to send, in order: JSON text, and (hub → device) snapshot bytes."""
        out, self._out = self._out, []
        return out

    def _send(self, frame: fr.Frame) -> None:
        self._out.append(fr.encode(frame))

    def _violation(self, code: str, detail: str) -> list[Event]:
        self._send(fr.Error(code, detail, True))
        self._close()
        return [ProtocolViolation(code, detail)]

    def _close(self) -> None:
        raise NotImplementedError


class ClientProtocol(_Side):
    """A device's side of one connection. Call :meth:`start` first (queues ``hello``)."""

    def __init__(self) -> None:
        super().__init__()
        self.state: ClientState = "awaiting_welcome"
        self.started = False
        self.welcome: fr.Welcome | None = None
        self._in_flight: collections.deque[str] = collections.deque()
        #: the snapshot file being received, and how many of its bytes are still to come
        self._snapshot: fr.SnapshotFile | None = None
        self._snapshot_left = 0

    def _close(self) -> None:
        self.state = "closed"

    def start(self, hello: fr.Hello) -> None:
        if self.started:
            raise ProtocolMisuse("hello already sent")
        self.started = True
        self._send(hello)

    # requests -----------------------------------------------------------------------------

    def _require_idle(self, what: str) -> None:
        if self.state != "idle":
            raise ProtocolMisuse(f"cannot send {what} while {self.state}")

    @property
    def pushes_in_flight(self) -> int:
        return len(self._in_flight)

    def push(self, batch_id: str, entries: Sequence[tuple[int, Op]]) -> None:
        """Send a batch; allowed when idle or while fewer than ``PUSH_WINDOW`` are in flight."""
        if not (self.state == "pushing" and len(self._in_flight) < PUSH_WINDOW):
            self._require_idle("push")
        if not 0 < len(entries) <= fr.MAX_OPS_PER_PUSH:
            raise ProtocolMisuse(f"a push carries 1..{fr.MAX_OPS_PER_PUSH} ops")
        self._in_flight.append(batch_id)
        ops = [{"client_seq": seq, "op": op.to_dict()} for seq, op in entries]
        self._send(fr.Push(batch_id, ops))
        self.state = "pushing"

    def push_json(self, batch_id: str, entries: Sequence[tuple[int, str]]) -> None:
        """:meth:`push` with each op given as its JSON text (``Op.to_dict`` layout) — the
        driver builds them in SQLite; the frame is the same as :meth:`push` would send."""
        if not (self.state == "pushing" and len(self._in_flight) < PUSH_WINDOW):
            self._require_idle("push")
        if not 0 < len(entries) <= fr.MAX_OPS_PER_PUSH:
            raise ProtocolMisuse(f"a push carries 1..{fr.MAX_OPS_PER_PUSH} ops")
        self._in_flight.append(batch_id)
        ops = ",".join(f'{{"client_seq":{seq},"op":{text}}}' for seq, text in entries)
        self._out.append(
            f'{{"type":"push","v":{fr.PROTOCOL_VERSION},"batch_id":{json.dumps(batch_id)},'
            f'"ops":[{ops}]}}'
        )
        self.state = "pushing"

    def pull(self, cursor: int, limit: int = fr.MAX_PULL_LIMIT) -> None:
        self._require_idle("pull")
        self._send(fr.Pull(cursor, min(limit, fr.MAX_PULL_LIMIT)))
        self.state = "pulling"

    def request_snapshot(self, snapshot_id: str = "", offset: int = 0, min_seq: int = 0) -> None:
        """Ask for a snapshot file holding at least ``min_seq``: a fresh one, or the rest of
        ``snapshot_id`` from ``offset`` (the hub starts over if it no longer has that file)."""
        self._require_idle("snapshot_file_request")
        self._send(fr.SnapshotFileRequest(snapshot_id, offset, min_seq))
        self._snapshot, self._snapshot_left = None, 0
        self.state = "snapshotting"

    def request_digest(self) -> None:
        self._require_idle("digest_request")
        self._send(fr.DigestRequest())
        self.state = "digesting"

    # receiving ----------------------------------------------------------------------------

    def receive(self, text: str | bytes) -> list[Event]:
        if self.state == "closed":
            return []
        if isinstance(text, bytes | bytearray | memoryview) and self._snapshot is not None:
            return self._snapshot_bytes(bytes(text))
        try:
            frame = fr.parse_frame(text)
        except fr.FrameError as error:
            return self._violation(error.code, error.detail)
        kind = frame.TYPE
        if self.state == "awaiting_welcome" and kind == "poke":
            return []  # a hint, harmless before the welcome
        if kind in _ANY_STATE:
            return self._any_state(frame)
        next_state = CLIENT_TRANSITIONS.get((self.state, kind))
        if next_state is None:
            return self._violation("unexpected_frame", f"{kind} while {self.state}")
        try:
            event = self._event(frame)
        except fr.FrameError as error:
            return self._violation(error.code, error.detail)
        if kind in _STAY_WHILE_OUTSTANDING and self._in_flight:
            next_state = "pushing"
        self.state = next_state
        return [event]

    def _snapshot_bytes(self, data: bytes) -> list[Event]:
        if self.state != "snapshotting":
            return self._violation("binary_frame", "snapshot bytes outside a snapshot")
        if len(data) > fr.MAX_FRAME_BYTES or len(data) > self._snapshot_left:
            return self._violation("frame_too_large", "more snapshot bytes than announced")
        self._snapshot_left -= len(data)
        return [SnapshotBytes(data)]

    def _any_state(self, frame: fr.Frame) -> list[Event]:
        if isinstance(frame, fr.Poke):
            if not frame.items:
                return [Poked(frame.max_seq)]
            try:
                items = _ordered_items(frame.items, frame.cursor, frame.max_seq)
            except fr.FrameError as error:
                return self._violation(error.code, error.detail)
            if len(items) > fr.MAX_POKE_ITEMS:
                return self._violation("bad_field", "a poke carries too many changes")
            return [Poked(frame.max_seq, frame.cursor, items)]
        if isinstance(frame, fr.Error):
            if frame.fatal:
                self.state = "closed"
            return [PeerError(frame.code, frame.message, frame.fatal, frame.retry_after_ms)]
        assert isinstance(frame, fr.ResetRequired)
        self.state = "closed" if frame.reason == "schema" else "idle"
        return [ResetRequested(frame.reason)]

    def _event(self, frame: fr.Frame) -> Event:
        if isinstance(frame, fr.Welcome):
            self.welcome = frame
            return Welcomed(frame)
        if isinstance(frame, fr.PushResult | fr.ResendFrom):
            if not self._in_flight or frame.batch_id != self._in_flight[0]:
                raise fr.FrameError("bad_field", "answer for a batch not in flight")
            self._in_flight.popleft()
        if isinstance(frame, fr.PushResult):
            return PushAcked(
                frame.batch_id, tuple(_outcome(r) for r in frame.results), frame.durable_seq
            )
        if isinstance(frame, fr.ResendFrom):
            return ResendRequested(frame.batch_id, frame.client_seq)
        if isinstance(frame, fr.Changes):
            items = _ordered_items(frame.items, frame.cursor, frame.to)
            return ChangesReceived(frame.cursor, frame.to, items, frame.has_more)
        if isinstance(frame, fr.SnapshotFile):
            if self._snapshot is not None or not frame.offset <= frame.size:
                raise fr.FrameError("bad_field", "a second snapshot_file, or offset past size")
            self._snapshot, self._snapshot_left = frame, frame.size - frame.offset
            return SnapshotFileBegun(frame)
        if isinstance(frame, fr.SnapshotFileEnd):
            if self._snapshot is None or frame.snapshot_id != self._snapshot.snapshot_id:
                raise fr.FrameError("bad_field", "snapshot_file_end for another snapshot")
            if self._snapshot_left:
                raise fr.FrameError("bad_field", f"snapshot ended {self._snapshot_left} short")
            self._snapshot = None
            return SnapshotFileEnded(frame.snapshot_id)
        assert isinstance(frame, fr.Digest)
        return DigestReceived(frame.seq, dict(frame.tables))


def _field(item: dict[str, Any], name: str, kind: type, where: str) -> Any:
    value = item.get(name)
    if kind is int:
        if type(value) is not int or value < 0:
            raise fr.FrameError("bad_field", f"{where}.{name} must be a non-negative integer")
    elif not isinstance(value, kind):
        raise fr.FrameError("bad_field", f"{where}.{name} has the wrong type")
    return value


def _op(data: object, where: str) -> Op:
    if not isinstance(data, dict):
        raise fr.FrameError("bad_op", f"{where}.op must be an object")
    try:
        return Op.from_dict(data)
    except (ValueError, TypeError) as error:
        raise fr.FrameError("bad_op", f"{where}: {error}") from None


def _outcome(item: dict[str, Any]) -> PushOutcome:
    status = item.get("status")
    if status not in PUSH_STATUSES:
        raise fr.FrameError("bad_field", f"unknown push status {status!r}")
    return PushOutcome(
        client_seq=_field(item, "client_seq", int, "result"),
        op_id=_field(item, "op_id", str, "result"),
        status=status,
        seq=_field(item, "seq", int, "result"),
        code=_field(item, "code", str, "result"),
        detail=_field(item, "detail", str, "result"),
        clock_suspect=_field(item, "clock_suspect", bool, "result"),
    )


def _ordered_items(raw: list[dict[str, Any]], cursor: int, to: int) -> tuple[ChangeItem, ...]:
    """Change items after ``cursor`` up to ``to``, in seq order (else ``bad_field``)."""
    items = tuple(_change_item(i) for i in raw)
    last = cursor
    for item in items:
        if item.seq <= last or item.seq > to:
            raise fr.FrameError("bad_field", "change items out of order")
        last = item.seq
    return items


def _change_item(item: dict[str, Any]) -> ChangeItem:
    return ChangeItem(
        seq=_field(item, "seq", int, "change"),
        op=_op(item.get("op"), "change"),
        clock_suspect=_field(item, "clock_suspect", bool, "change"),
    )


# -- the hub's side of one connection ----------------------------------------------------------

HubState = Literal["awaiting_hello", "welcoming", "ready", "closed"]

#: (state, received frame type) → next state
HUB_TRANSITIONS: dict[tuple[HubState, str], HubState] = {
    ("awaiting_hello", "hello"): "welcoming",
    ("ready", "push"): "ready",
    ("ready", "pull"): "ready",
    ("ready", "snapshot_file_request"): "ready",
    ("ready", "digest_request"): "ready",
}


class HubSession(_Side):
    """The hub's state machine for one device connection.

    ``schema_version`` is the hub's; a ``hello`` from a newer schema is refused
    (``schema_too_new``), from an older one answered ``reset_required(schema)``, and the
    connection closes either way.
    """

    def __init__(self, schema_version: int) -> None:
        super().__init__()
        self.schema_version = schema_version
        self.state: HubState = "awaiting_hello"
        self.hello: fr.Hello | None = None
        self._texts: tuple[str, ...] = ()

    def _close(self) -> None:
        self.state = "closed"

    def receive(self, text: str | bytes) -> list[Event]:
        if self.state == "closed":
            return []
        self._texts = ()
        frame: fr.Frame
        try:
            pushed = fr.parse_push(text) if self.state == "ready" else None
            if pushed is not None:
                frame, self._texts = pushed[0], tuple(pushed[1])
            else:
                frame = fr.parse_frame(text)
        except fr.FrameError as error:
            return self._violation(error.code, error.detail)
        if isinstance(frame, fr.Error):
            if frame.fatal:
                self.state = "closed"
            return [PeerError(frame.code, frame.message, frame.fatal)]
        next_state = HUB_TRANSITIONS.get((self.state, frame.TYPE))
        if next_state is None:
            return self._violation("unexpected_frame", f"{frame.TYPE} while {self.state}")
        try:
            events = self._events(frame)
        except fr.FrameError as error:
            return self._violation(error.code, error.detail)
        if self.is_open():
            self.state = next_state
        return events

    def is_open(self) -> bool:
        return self.state != "closed"

    def _events(self, frame: fr.Frame) -> list[Event]:
        if isinstance(frame, fr.Hello):
            if frame.schema_version > self.schema_version:
                self._send(
                    fr.Error(
                        "schema_too_new",
                        f"device schema {frame.schema_version}, hub {self.schema_version}: "
                        "upgrade the hub",
                        True,
                    )
                )
                self.state = "closed"
                return [ProtocolViolation("schema_too_new", "device schema newer than hub")]
            if frame.schema_version < self.schema_version:
                self._send(fr.ResetRequired("schema"))
                self.state = "closed"
                return [ProtocolViolation("schema_too_old", "device must be upgraded")]
            if not frame.device_id:
                raise fr.FrameError("bad_field", "hello.device_id is empty")
            self.hello = frame
            return [HelloReceived(frame)]
        if isinstance(frame, fr.Push):
            return [PushReceived(frame.batch_id, self._push_ops(frame), self._texts)]
        if isinstance(frame, fr.Pull):
            return [PullRequested(frame.cursor, max(1, min(frame.limit, fr.MAX_PULL_LIMIT)))]
        if isinstance(frame, fr.SnapshotFileRequest):
            return [SnapshotRequested(frame.snapshot_id, frame.offset, frame.min_seq)]
        assert isinstance(frame, fr.DigestRequest)
        return [DigestRequested()]

    def _push_ops(self, frame: fr.Push) -> tuple[tuple[int, Op], ...]:
        assert self.hello is not None
        if not 0 < len(frame.ops) <= fr.MAX_OPS_PER_PUSH:
            raise fr.FrameError("too_many_ops", f"a push carries 1..{fr.MAX_OPS_PER_PUSH} ops")
        entries: list[tuple[int, Op]] = []
        for item in frame.ops:
            seq = item.get("client_seq")
            if type(seq) is not int or seq < 1:
                raise fr.FrameError("bad_op", "push op lacks a positive client_seq")
            if entries and seq != entries[-1][0] + 1:
                raise fr.FrameError("bad_op", "client_seq must be consecutive within a push")
            data = item.get("op")
            if isinstance(data, dict) and fr.well_formed_pushed_op(data):
                op = Op(  # what Op.from_dict makes of it, without checking it twice
                    data["op_id"],
                    data["device_id"],
                    data["hlc"],
                    data["kind"],
                    data["entity"],
                    data["id"],
                    data["body"],
                    data.get("base", {}),
                )
            else:
                if isinstance(data, dict):
                    fr.check_pushed_op(data)  # bounded before anything is stored
                op = _op(data, "push")
            if op.device_id != self.hello.device_id:
                raise fr.FrameError("foreign_op", "a device pushes only its own ops")
            entries.append((seq, op))
        return tuple(entries)

    # answers ------------------------------------------------------------------------------

    def _require(self, *states: HubState) -> None:
        if self.state not in states:
            raise ProtocolMisuse(f"cannot answer while {self.state}")

    def accept(self, welcome: fr.Welcome) -> None:
        self._require("welcoming")
        self._send(welcome)
        self.state = "ready"

    def refuse(self, code: str, message: str) -> None:
        """Send a fatal error and close (revoked device, hub shutting down …)."""
        if self.state != "closed":
            self._send(fr.Error(code, message, True))
        self.state = "closed"

    def send(self, frame: fr.Frame) -> None:
        """Any answer once welcomed: push_result, resend_from, changes, snapshot_*, digest,
        poke, reset_required or a non-fatal error."""
        self._require("ready")
        self._send(frame)

    def send_text(self, text: str) -> None:
        """A pre-encoded answer (the hub serialises hot ``changes`` frames itself)."""
        self._require("ready")
        self._out.append(text)

    def send_bytes(self, data: bytes) -> None:
        """Bytes of the snapshot file announced by the ``snapshot_file`` just sent."""
        self._require("ready")
        if len(data) > fr.MAX_FRAME_BYTES:
            raise ProtocolMisuse("a snapshot chunk is at most MAX_FRAME_BYTES")
        self._out.append(data)
