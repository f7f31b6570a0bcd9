"""The wire format of the sync protocol: JSON text frames ``{"type": …, "v": 1, …}``.

Owns the frame types (one frozen dataclass each), their limits, and the only parser of
received text: :func:`parse_frame` turns arbitrary text into a frame or raises
:class:`FrameError` with a stable ``code`` — never anything else. Pure: no I/O.

Field types are checked from each dataclass's annotations: ``str``, ``int`` (non-negative,
below 2**63, never a bool), ``bool``, ``list[dict[str, Any]]``, ``list[str]``,
``dict[str, Any]``. Unknown extra keys are ignored (forward compatible inside one version);
a field declared with a default (added within version 1, e.g. ``hello.desk_key``) may be
missing and takes its default; nested items (ops, change items, snapshot rows) are
validated by ``wufops.sync.protocol``.

Whatever parses is storable: a value JSON allows but SQLite cannot hold — an integer outside
SQLite's signed 64 bits, ``NaN`` / ``Infinity`` (or a float literal that overflows to it), a
lone UTF-16 surrogate from a ``\\uD800`` escape — is ``malformed`` wherever it sits in the
frame, nested fields and ignored ones included. Strings are bounded: a top-level string
field (or item of a string list) holds at most :data:`MAX_ID_CHARS` characters
(``error.message``: :data:`MAX_TEXT_CHARS`), else ``field_too_long``; an op a device pushes
is bounded by :func:`check_pushed_op`.
"""

from __future__ import annotations

import json
import math
import re
import typing
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, ClassVar

from wufops.errors import CodedError

PROTOCOL_VERSION = 1
#: largest frame either side accepts (websockets ``max_size`` is set to the same)
MAX_FRAME_BYTES = 4 * 1024 * 1024
#: most ops in one push (stays well under MAX_FRAME_BYTES for ordinary ops)
MAX_OPS_PER_PUSH = 500
#: most change items in one ``changes`` frame
MAX_PULL_LIMIT = 2000
#: most change items a ``poke`` carries (a larger commit is announced without them)
MAX_POKE_ITEMS = 64
#: bytes of a snapshot file in one binary frame (the receiver refuses larger ones)
SNAPSHOT_CHUNK_BYTES = 1 << 20
#: longest identifier or short string field: device and replica ids, op ids, row ids,
#: entity and field names, batch ids, epochs, versions, codes (a UUID is 36)
MAX_ID_CHARS = 128
#: longest string value in a pushed op's body (names, notes, JSON lists of a row) and of
#: ``error.message``
MAX_TEXT_CHARS = 16_384
#: most fields in a pushed op's ``body`` (and in its ``base``)
MAX_OP_FIELDS = 128
#: integers SQLite stores: signed 64 bits
_SQL_INT_MIN, _SQL_INT_END = -(1 << 63), 1 << 63
#: an int field (counts, sequence numbers, HLCs) is non-negative and below 2**63
_INT_LIMIT = _SQL_INT_END
_RAW_SURROGATE = re.compile("[\ud800-\udfff]")
#: longer strings allowed in particular fields (``type.field``)
_LONG_FIELDS = {"error.message": MAX_TEXT_CHARS}


class FrameError(CodedError):
    """A received frame is unusable; ``code`` is stable, ``detail`` says what was wrong."""


@dataclass(frozen=True)
class Frame:
    TYPE: ClassVar[str] = ""


# -- client → hub ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hello(Frame):
    TYPE: ClassVar[str] = "hello"
    device_id: str
    schema_version: int
    app_version: str
    #: the epoch of the hub this replica last synced with ("" if never)
    hub_epoch: str
    cursor: int
    next_client_seq: int
    #: hex of a desk's own Ed25519 public key to certify ("" when it holds a certified key);
    #: the hub answers in ``welcome.desk_key_id`` / ``desk_key_error``
    desk_key: str = ""
    #: the device's own wall clock (Unix ms) when it sent this: the hub shows the offset
    device_time_ms: int = 0


@dataclass(frozen=True)
class Push(Frame):
    TYPE: ClassVar[str] = "push"
    batch_id: str
    #: each ``{"client_seq": n, "op": {...}}`` in client_seq order, consecutive
    ops: list[dict[str, Any]]


@dataclass(frozen=True)
class Pull(Frame):
    TYPE: ClassVar[str] = "pull"
    cursor: int
    limit: int


@dataclass(frozen=True)
class SnapshotFileRequest(Frame):
    TYPE: ClassVar[str] = "snapshot_file_request"
    #: the snapshot a cut transfer was receiving, and how many of its bytes this device
    #: holds (``""``/0: a fresh snapshot); the hub resumes it if it still has that file
    snapshot_id: str
    offset: int
    #: the oldest change-log position the file may hold (this device's cursor when it
    #: re-snapshots within the same epoch: its cursor never goes back), 0 for any
    min_seq: int


@dataclass(frozen=True)
class DigestRequest(Frame):
    TYPE: ClassVar[str] = "digest_request"


# -- hub → client ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Welcome(Frame):
    TYPE: ClassVar[str] = "welcome"
    hub_epoch: str
    hub_time_ms: int
    hub_hlc: int
    max_seq: int
    min_retained_seq: int
    #: the next client_seq the hub expects from this device (1 if it knows none)
    expected_client_seq: int
    role: str
    device_name: str
    schema_version: int
    #: the key id certified for ``hello.desk_key`` (its ``signing_key`` row follows in the
    #: change log), or "" — then ``desk_key_error`` says why when a key was asked for
    desk_key_id: str = ""
    desk_key_error: str = ""
    #: the hub's clock bounds (docs/protocol.md, "Clocks"): an op stamped further ahead of /
    #: behind ``hub_time_ms`` is refused ``clock_skew`` (0: the hub did not say — defaults)
    clock_ahead_ms: int = 0
    clock_behind_ms: int = 0


@dataclass(frozen=True)
class PushResult(Frame):
    TYPE: ClassVar[str] = "push_result"
    batch_id: str
    #: each ``{"client_seq", "op_id", "status", "seq", "code", "detail", "clock_suspect"}``
    results: list[dict[str, Any]]
    durable_seq: int


@dataclass(frozen=True)
class ResendFrom(Frame):
    TYPE: ClassVar[str] = "resend_from"
    batch_id: str
    client_seq: int


@dataclass(frozen=True)
class Changes(Frame):
    TYPE: ClassVar[str] = "changes"
    cursor: int
    to: int
    #: each ``{"seq": n, "op": {...}, "clock_suspect": bool}`` in seq order
    items: list[dict[str, Any]]
    has_more: bool


@dataclass(frozen=True)
class Poke(Frame):
    """The log grew to ``max_seq``. With ``items``: the entries after ``cursor`` up to
    ``max_seq`` (one commit's, as a ``changes`` page would list them, redacted for a gate):
    a device whose cursor is ``cursor`` applies them without pulling; any other pulls."""

    TYPE: ClassVar[str] = "poke"
    max_seq: int
    cursor: int = 0
    items: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class ResetRequired(Frame):
    TYPE: ClassVar[str] = "reset_required"
    #: ``epoch_changed`` | ``compacted`` | ``schema``
    reason: str


@dataclass(frozen=True)
class SnapshotFile(Frame):
    """A snapshot database file follows, from ``offset``, as binary frames of at most
    :data:`SNAPSHOT_CHUNK_BYTES` (the only binary frames of the protocol), then
    ``snapshot_file_end``."""

    TYPE: ClassVar[str] = "snapshot_file"
    snapshot_id: str
    #: the change-log position the file holds everything up to: the device's cursor after it
    snapshot_seq: int
    hub_epoch: str
    #: the whole file's size in bytes and its SHA-256 (hex)
    size: int
    sha256: str
    #: where this transfer starts (0, or the offset asked for when resuming this very file)
    offset: int
    tables: list[str]


@dataclass(frozen=True)
class SnapshotFileEnd(Frame):
    TYPE: ClassVar[str] = "snapshot_file_end"
    snapshot_id: str


@dataclass(frozen=True)
class Digest(Frame):
    TYPE: ClassVar[str] = "digest"
    #: the hub's max seq when the digests were computed (compare only at the same seq)
    seq: int
    #: table → ``{"count": n, "hash": hex}``
    tables: dict[str, Any]


# -- both directions ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Error(Frame):
    TYPE: ClassVar[str] = "error"
    code: str
    message: str
    fatal: bool
    #: with ``rate_limited`` (never fatal): ask again no sooner than this; 0 otherwise
    retry_after_ms: int = 0


FRAME_TYPES: dict[str, type[Frame]] = {
    cls.TYPE: cls
    for cls in (
        Hello,
        Push,
        Pull,
        SnapshotFileRequest,
        DigestRequest,
        Welcome,
        PushResult,
        ResendFrom,
        Changes,
        Poke,
        ResetRequired,
        SnapshotFile,
        SnapshotFileEnd,
        Digest,
        Error,
    )
}

_HINTS: dict[type[Frame], dict[str, Any]] = {
    cls: typing.get_type_hints(cls) for cls in FRAME_TYPES.values()
}
#: fields that may be missing (added within version 1), per frame type
_OPTIONAL: dict[type[Frame], frozenset[str]] = {
    cls: frozenset(
        f.name for f in fields(cls) if f.default is not MISSING or f.default_factory is not MISSING
    )
    for cls in FRAME_TYPES.values()
}


def to_dict(frame: Frame) -> dict[str, Any]:
    data: dict[str, Any] = {"type": frame.TYPE, "v": PROTOCOL_VERSION}
    for f in fields(frame):
        data[f.name] = getattr(frame, f.name)
    return data


def encode(frame: Frame) -> str:
    """The frame as compact JSON text (non-ASCII kept as is: names in every script)."""
    return json.dumps(to_dict(frame), ensure_ascii=False, separators=(",", ":"))


def parse_frame(text: str | bytes) -> Frame:
    """Parse received text; raises :class:`FrameError` (and nothing else) when unusable."""
    if isinstance(text, bytes | bytearray | memoryview):
        raise FrameError("binary_frame", "frames are JSON text (binary: snapshot bytes only)")
    if len(text) > MAX_FRAME_BYTES:
        raise FrameError("frame_too_large", f"frame of {len(text)} characters")
    if not text.isascii() and _RAW_SURROGATE.search(text):
        raise FrameError("malformed", "a lone UTF-16 surrogate is not text")
    try:
        data = json.loads(
            text, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_parse_constant
        )
    except FrameError:
        raise
    except (ValueError, RecursionError) as error:
        raise FrameError("malformed_json", str(error)[:200]) from None
    if ("\\ud" in text or "\\uD" in text) and _holds_surrogate(data):
        raise FrameError("malformed", "a lone UTF-16 surrogate (\\uD800-\\uDFFF escape)")
    return from_dict(data)


#: how the project's own devices write a push (``ClientProtocol.push_json``): compact, its
#: fields in this order
_PUSH_HEAD = re.compile(r'\{"type":"push","v":1,"batch_id":"([^"\\]*)","ops":\[')
_PUSH_ITEM = re.compile(r'\{"client_seq":(-?[0-9]{1,19}),"op":')
_OP_FIELDS = frozenset(("op_id", "device_id", "hlc", "kind", "entity", "id", "body", "base"))


def parse_push(text: str | bytes) -> tuple[Push, list[str]] | None:
    """A ``push`` frame laid out as the project's devices write it, parsed op by op so that
    each op's own text is kept beside it: the hub logs that text instead of encoding the op
    again. The text of an op carrying anything but an op's eight fields is ``""``.

    ``None`` for any other text (another layout, another frame, anything unusable): then
    :func:`parse_frame` reads it, and says what is wrong. What this accepts, ``parse_frame``
    accepts as the same frame."""
    if not isinstance(text, str) or len(text) > MAX_FRAME_BYTES:
        return None
    head = _PUSH_HEAD.match(text)
    if head is None or "\\ud" in text or "\\uD" in text:
        return None  # escaped surrogates: parse_frame checks them
    if not text.isascii() and _RAW_SURROGATE.search(text):
        return None
    ops: list[dict[str, Any]] = []
    texts: list[str] = []
    at = head.end()
    try:
        while text[at] != "]":
            item = _PUSH_ITEM.match(text, at)
            if item is None:
                return None
            start = item.end()
            op, end = _DECODER.raw_decode(text, start)
            if text[end] != "}" or not isinstance(op, dict):
                return None
            ops.append({"client_seq": _parse_int(item.group(1)), "op": op})
            texts.append(text[start:end] if op.keys() == _OP_FIELDS else "")
            at = end + 1
            if text[at] == ",":
                at += 1
            elif text[at] != "]":
                return None
        if text[at:] != "]}":
            return None
    except (ValueError, IndexError, RecursionError, FrameError):
        return None
    batch_id = head.group(1)
    _bounded("push.batch_id", batch_id, MAX_ID_CHARS)
    return Push(batch_id, ops), texts


def _parse_int(literal: str) -> int:
    if len(literal) > 20:  # before int(): no quadratic conversion of a huge literal
        raise FrameError("malformed", f"integer of {len(literal)} digits")
    value = int(literal)
    if not _SQL_INT_MIN <= value < _SQL_INT_END:
        raise FrameError("malformed", f"integer {literal} does not fit in 64 bits")
    return value


def _parse_float(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        raise FrameError("malformed", f"number {literal[:40]} overflows")
    return value


def _parse_constant(name: str) -> float:
    raise FrameError("malformed", f"{name} is not a number")


#: the parser :func:`parse_frame` uses, for :func:`parse_push`'s op by op reading
_DECODER = json.JSONDecoder(
    parse_int=_parse_int, parse_float=_parse_float, parse_constant=_parse_constant
)


def _holds_surrogate(data: object) -> bool:
    """Does a parsed value hold a lone surrogate (a paired escape became one character)?"""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _RAW_SURROGATE.search(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def from_dict(data: object) -> Frame:
    if not isinstance(data, dict):
        raise FrameError("not_an_object", "a frame is a JSON object")
    kind = data.get("type")
    if not isinstance(kind, str):
        raise FrameError("missing_type", "a frame needs a string 'type'")
    version = data.get("v")
    if type(version) is not int:
        raise FrameError("missing_version", "a frame needs an integer 'v'")
    if version != PROTOCOL_VERSION:
        raise FrameError("unsupported_version", f"protocol version {version}, this side speaks 1")
    cls = FRAME_TYPES.get(kind)
    if cls is None:
        raise FrameError("unknown_type", f"unknown frame type {kind[:40]!r}")
    values: dict[str, Any] = {}
    for name, hint in _HINTS[cls].items():
        if name == "TYPE":
            continue
        if name not in data:
            if name in _OPTIONAL[cls]:
                continue  # the dataclass default applies
            raise FrameError("bad_field", f"{kind} lacks {name!r}")
        values[name] = _check(kind, name, hint, data[name])
    return cls(**values)


def _check(kind: str, name: str, hint: Any, value: Any) -> Any:
    where = f"{kind}.{name}"
    if hint is str:
        if not isinstance(value, str):
            raise FrameError("bad_field", f"{where} must be a string")
        _bounded(where, value, _LONG_FIELDS.get(where, MAX_ID_CHARS))
    elif hint is bool:
        if not isinstance(value, bool):
            raise FrameError("bad_field", f"{where} must be true or false")
    elif hint is int:
        if type(value) is not int or not 0 <= value < _INT_LIMIT:
            raise FrameError("bad_field", f"{where} must be a non-negative integer")
    elif hint == list[dict[str, Any]]:
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise FrameError("bad_field", f"{where} must be a list of objects")
    elif hint == list[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise FrameError("bad_field", f"{where} must be a list of strings")
        for item in value:
            _bounded(where, item, MAX_ID_CHARS)
    elif hint == dict[str, Any]:
        if not isinstance(value, dict):
            raise FrameError("bad_field", f"{where} must be an object")
    else:  # pragma: no cover - a new annotation without a checker is a programming error
        raise TypeError(f"no checker for {hint!r}")
    return value


def _bounded(where: str, value: str, limit: int) -> None:
    if len(value) > limit:
        raise FrameError("field_too_long", f"{where} has {len(value)} characters (at most {limit})")


def check_pushed_op(data: dict[str, Any]) -> None:
    """Bound what a device's op may store at the hub (the types are ``Op.from_dict``'s to
    check): its ids and names at most :data:`MAX_ID_CHARS`, at most :data:`MAX_OP_FIELDS`
    body and base fields, each body string at most :data:`MAX_TEXT_CHARS`. Raises
    ``field_too_long`` or ``too_many_fields``."""
    for name in ("op_id", "device_id", "kind", "entity", "id"):
        value = data.get(name)
        if isinstance(value, str):
            _bounded(f"push.op.{name}", value, MAX_ID_CHARS)
    for name in ("body", "base"):
        values = data.get(name)
        if not isinstance(values, dict):
            continue
        if len(values) > MAX_OP_FIELDS:
            raise FrameError(
                "too_many_fields",
                f"push.op.{name} has {len(values)} fields (at most {MAX_OP_FIELDS})",
            )
        for key, value in values.items():
            _bounded(f"push.op.{name} field name", key, MAX_ID_CHARS)
            if isinstance(value, str):
                _bounded(f"push.op.{name}.{key[:40]}", value, MAX_TEXT_CHARS)


_OP_TEXT_KEYS = ("op_id", "device_id", "entity", "id")


def well_formed_pushed_op(data: dict[str, Any]) -> bool:
    """Whether a pushed op is plainly within :func:`check_pushed_op`'s bounds and of the types
    ``Op.from_dict`` takes — the common case, checked in one pass. ``False`` says nothing
    about what is wrong: ask :func:`check_pushed_op` and ``Op.from_dict``, which name it."""
    for name in _OP_TEXT_KEYS:
        value = data.get(name)
        if type(value) is not str or not 0 < len(value) <= MAX_ID_CHARS:
            return False
    hlc = data.get("hlc")
    body = data.get("body")
    base = data.get("base", _NO_BASE)
    kind = data.get("kind")
    if (
        type(kind) is not str
        or kind not in _OP_KINDS
        or type(hlc) is not int
        or hlc <= 0
        or type(body) is not dict
        or type(base) is not dict
        or len(body) > MAX_OP_FIELDS
        or len(base) > MAX_OP_FIELDS
    ):
        return False
    for key, value in body.items():
        if len(key) > MAX_ID_CHARS:
            return False
        shape = type(value)
        if shape is str:
            if len(value) > MAX_TEXT_CHARS:
                return False
        elif shape is dict or shape is list:
            return False
    for key, value in base.items():
        if len(key) > MAX_ID_CHARS or type(value) is not int or value < 0:
            return False
    return True


_OP_KINDS = frozenset({"insert", "update", "event"})
_NO_BASE: dict[str, Any] = {}
