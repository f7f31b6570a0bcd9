"""The hub's limits against a faulty or hostile device, and the buckets that enforce them.

:class:`HubLimits` names every limit with its default (sized for a venue of 100+ desks, each
holding one connection); ``wufops hub --limits FILE.toml`` and ``--limit NAME=VALUE`` change
them (:func:`load_limits`). docs/operators.md ("Hub limits") says what each one protects and
what a refused device shows; docs/protocol.md lists the refusal codes.

:class:`Buckets` is a token bucket per key (a device name, an address): ``take(key, now)``
spends one token or says how long until one is back. Pure: ``now`` is the caller's
monotonic clock (the hub's event-loop time), so tests drive it by hand. Full buckets are
dropped by :meth:`Buckets.prune`: a key costs memory only while it is being limited.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from wufops.errors import CodedError


class LimitsError(CodedError):
    """A limits file or ``--limit`` option is unusable; ``code`` is stable."""


@dataclass(frozen=True)
class HubLimits:
    """What one device, one address or everyone together may ask of the hub."""

    #: open TCP connections, all devices and strangers together (clamped below the
    #: process's file-descriptor limit at start); beyond: HTTP 503 ``hub_busy``
    max_connections: int = 1000
    #: connections from one address that have not completed an authenticated handshake
    #: (slow or idle openers); beyond: HTTP 503 ``hub_busy``
    max_unauthenticated_per_address: int = 64
    #: an opening handshake (TLS included) must finish within this, else it is closed
    handshake_timeout_s: float = 10.0
    #: refused handshakes (unknown or revoked token, no websocket Upgrade) one address may
    #: make at once, and refill per second; beyond: HTTP 429 ``too_many_attempts``
    failed_handshake_burst: int = 20
    failed_handshakes_per_s: float = 2.0
    #: a refusal caused by an exhausted limit is answered after this pause (the refused
    #: client waits instead of hammering; costs the hub no CPU)
    refusal_delay_s: float = 1.0
    #: ``Retry-After`` for refusals with no bucket to count on (``too_many_connections``,
    #: ``hub_busy``)
    refusal_retry_after_s: int = 5
    #: websocket connections one device may hold at once; beyond: HTTP 429
    #: ``too_many_connections`` (a desk holds one; the rest covers links the hub has not
    #: yet seen die)
    max_connections_per_device: int = 4
    #: new connections one device may open at once, and refill per second; beyond: HTTP
    #: 429 ``rate_limited``
    device_connect_burst: int = 30
    device_connects_per_s: float = 0.5
    #: snapshot requests one device may make at once, and one more every this many
    #: seconds; beyond: error ``rate_limited`` with ``retry_after_ms``
    snapshot_burst: int = 3
    snapshot_interval_s: float = 60.0
    #: the same for digest requests (a digest hashes every table)
    digest_burst: int = 4
    digest_interval_s: float = 30.0
    #: refused requests in a row after which the hub closes the connection
    #: (``rate_limited``, close 1008)
    refusals_before_close: int = 3
    #: replicas (local databases) one device may have synced from; those that never
    #: pushed an op are pruned first; beyond: error ``replica_limit``
    max_replicas_per_device: int = 8
    #: how often the hub looks for devices revoked from another process (a push is
    #: checked in its own transaction regardless)
    revocation_poll_s: float = 0.5
    #: how often the hub notes that its open connections are alive (``hub_origin``'s
    #: last contact and cursor): an idle gate that stays connected is not "not syncing"
    contact_every_s: float = 30.0

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise LimitsError("bad_limit", f"{f.name} must be a number")
            if not math.isfinite(value) or value < 0:
                raise LimitsError("bad_limit", f"{f.name} must be a finite number ≥ 0")
        for name in (
            "max_connections",
            "max_unauthenticated_per_address",
            "max_connections_per_device",
            "max_replicas_per_device",
            "refusals_before_close",
            "failed_handshake_burst",
            "device_connect_burst",
            "snapshot_burst",
            "digest_burst",
        ):
            if getattr(self, name) < 1:
                raise LimitsError("bad_limit", f"{name} must be at least 1")
        for name in (
            "handshake_timeout_s",
            "revocation_poll_s",
            "contact_every_s",
            "snapshot_interval_s",
            "digest_interval_s",
        ):
            if getattr(self, name) <= 0:
                raise LimitsError("bad_limit", f"{name} must be above 0")

    def with_values(self, values: Mapping[str, Any]) -> HubLimits:
        """A copy with ``values`` changed (names as in this class); ints stay ints."""
        known = {f.name: f.type for f in fields(self)}
        changed: dict[str, Any] = {}
        for name, given in values.items():
            if name not in known:
                raise LimitsError("unknown_limit", f"no hub limit named {name!r}")
            value = given
            if known[name] == "int":
                if isinstance(value, float) and value.is_integer():
                    value = int(value)
                if isinstance(value, bool) or not isinstance(value, int):
                    raise LimitsError("bad_limit", f"{name} must be a whole number")
            elif isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            changed[name] = value
        return replace(self, **changed)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _number(name: str, text: str) -> int | float:
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        raise LimitsError("bad_limit", f"{name}={text!r} is not a number") from None


def load_limits(path: Path | None = None, pairs: Iterable[str] = ()) -> HubLimits:
    """The defaults, then a TOML file's ``[limits]`` table (or top-level keys), then
    ``NAME=VALUE`` pairs, each overriding the one before."""
    limits = HubLimits()
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as error:
            raise LimitsError("limits_unreadable", f"{path}: {error.strerror or error}") from None
        except tomllib.TOMLDecodeError as error:
            raise LimitsError("limits_not_toml", f"{path}: {error}") from None
        table = data.get("limits", data)
        if not isinstance(table, dict):
            raise LimitsError("limits_not_toml", f"{path}: [limits] must be a table")
        limits = limits.with_values(table)
    values: dict[str, Any] = {}
    for pair in pairs:
        name, sep, text = pair.partition("=")
        if not sep:
            raise LimitsError("bad_limit", f"{pair!r}: write NAME=VALUE")
        values[name.strip()] = _number(name.strip(), text.strip())
    return limits.with_values(values)


class Buckets:
    """A token bucket per key: ``burst`` tokens, refilled at ``per_s`` a second."""

    def __init__(self, burst: int, per_s: float) -> None:
        self.burst = float(burst)
        self.per_s = per_s
        self._state: dict[str, tuple[float, float]] = {}

    def _level(self, key: str, now: float) -> float:
        tokens, then = self._state.get(key, (self.burst, now))
        return min(self.burst, tokens + max(0.0, now - then) * self.per_s)

    def take(self, key: str, now: float) -> float:
        """Spend a token: 0.0 if there was one, else the seconds until one is back."""
        level = self._level(key, now)
        if level >= 1.0:
            self._state[key] = (level - 1.0, now)
            return 0.0
        self._state[key] = (level, now)
        if self.per_s <= 0:
            return math.inf
        return (1.0 - level) / self.per_s

    def prune(self, now: float) -> None:
        """Forget keys whose bucket is full again."""
        for key in [k for k in self._state if self._level(k, now) >= self.burst]:
            del self._state[key]

    def __len__(self) -> int:
        return len(self._state)


def retry_after_s(wait: float) -> int:
    """A wait as an HTTP ``Retry-After`` (whole seconds, at least 1)."""
    if not math.isfinite(wait):
        return 3600
    return max(1, math.ceil(wait))
