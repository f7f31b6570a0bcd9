"""Who gets into the hub: connection accounting and the HTTP handshake's refusals.

Every TCP connection is a :class:`HubConnection`, which carries its own bookkeeping (its
address, the device it authenticated as): nothing about a connection lives in a map that
only one code path would clean. :class:`Admission` counts connections per address until
they authenticate and per device after, and frees the count in ``connection_lost`` — the
one callback every connection gets, whether it became a websocket, was refused, sent plain
HTTP or never finished its request.

Refusals are HTTP responses with a stable code in the ``Wufops-Error`` header (and the body
``error[code]: …``), ``Retry-After`` when waiting helps:

| status | code | when |
|---|---|---|
| 503 | ``hub_busy`` | over ``max_connections`` or ``max_unauthenticated_per_address`` |
| 426 | ``upgrade_required`` | plain HTTP, not a websocket handshake |
| 401 | ``token_refused`` | no or unknown token |
| 403 | ``device_revoked`` | a revoked device |
| 429 | ``too_many_attempts`` | this address's refused handshakes are over their rate |
| 429 | ``too_many_connections`` | the device holds ``max_connections_per_device`` |
| 429 | ``rate_limited`` | the device opens connections faster than its rate |

A refusal caused by an exhausted limit is sent after ``refusal_delay_s``: the client that
ignores ``Retry-After`` waits anyway, which bounds what a flood can make the hub do.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import resource
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any, cast

from websockets.asyncio.server import ServerConnection
from websockets.datastructures import Headers
from websockets.http11 import Request, Response

from wufops.net.limits import Buckets, HubLimits, retry_after_s
from wufops.store.hub_db import DeviceAuth

log = logging.getLogger("wufops.hub")
#: a connection over a cap is answered ``hub_busy`` once its request arrives, or dropped
#: after this long without one
BUSY_GRACE_S = 1.0
#: descriptors kept free for SQLite files, the listening sockets and logs
_FD_RESERVE = 64


class HubConnection(ServerConnection):
    """A server connection with the hub's bookkeeping on it (freed with it)."""

    admission: Admission  # set on the per-hub subclass (Admission.connection_class)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.address = ""
        #: the device it authenticated as (counted per device from then on)
        self.device: DeviceAuth | None = None
        #: over a connection cap: answered ``hub_busy``
        self.busy = False
        self.gone = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        self.admission.opened(self, transport)

    def connection_lost(self, exc: Exception | None) -> None:
        try:
            self.admission.closed(self)
        finally:
            super().connection_lost(exc)


def refusal(
    status: HTTPStatus, code: str, message: str, retry_after: int | None = None
) -> Response:
    """An HTTP refusal carrying its stable code."""
    headers = Headers([("Content-Type", "text/plain; charset=utf-8"), ("Wufops-Error", code)])
    if status == HTTPStatus.UNAUTHORIZED:
        headers["WWW-Authenticate"] = 'Bearer realm="wufops hub"'
    if status == HTTPStatus.UPGRADE_REQUIRED:
        headers["Upgrade"] = "websocket"
        headers["Connection"] = "Upgrade"
    if retry_after is not None:
        headers["Retry-After"] = str(retry_after)
    body = f"error[{code}]: {message}\n".encode()
    return Response(status.value, status.phrase, headers, body)


def wants_websocket(request: Request) -> bool:
    """Does the request ask for a websocket (the checks websockets would fail it on)?"""
    upgrade = request.headers.get_all("Upgrade")
    connection = request.headers.get_all("Connection")
    return any("websocket" in v.lower() for v in upgrade) and any(
        "upgrade" in token.strip().lower() for v in connection for token in v.split(",")
    )


def bearer_token(request: Request) -> str:
    header = request.headers.get("Authorization", "")
    return header[7:].strip() if header.lower().startswith("bearer ") else ""


class Admission:
    """Connection counts and handshake limits of one hub (its event loop's thread only)."""

    def __init__(self, limits: HubLimits) -> None:
        self.limits = limits
        self.max_connections = _fd_bounded(limits.max_connections)
        self.open = 0
        self.unauthenticated: collections.Counter[str] = collections.Counter()
        self.per_device: collections.Counter[str] = collections.Counter()
        self.failures = Buckets(limits.failed_handshake_burst, limits.failed_handshakes_per_s)
        self.connects = Buckets(limits.device_connect_burst, limits.device_connects_per_s)
        #: refusals by code since start (logged by the hub, shown to tests)
        self.refusals: collections.Counter[str] = collections.Counter()

    def connection_class(self) -> type[HubConnection]:
        return cast(
            type[HubConnection], type("HubConnection", (HubConnection,), {"admission": self})
        )

    # -- accounting ------------------------------------------------------------------------

    def opened(self, conn: HubConnection, transport: asyncio.BaseTransport) -> None:
        peer = transport.get_extra_info("peername")
        conn.address = str(peer[0]) if isinstance(peer, tuple) and peer else "?"
        self.open += 1
        self.unauthenticated[conn.address] += 1
        if (
            self.open > self.max_connections
            or self.unauthenticated[conn.address] > self.limits.max_unauthenticated_per_address
        ):
            conn.busy = True
            self.refusals["hub_busy"] += 1
            asyncio.get_running_loop().call_later(BUSY_GRACE_S, _abort, transport)

    def closed(self, conn: HubConnection) -> None:
        if conn.gone:
            return
        conn.gone = True
        self.open -= 1
        table, key = (
            (self.unauthenticated, conn.address)
            if conn.device is None
            else (self.per_device, conn.device.name)
        )
        table[key] -= 1
        if table[key] <= 0:
            del table[key]

    def state(self) -> dict[str, dict[str, int]]:
        """Per-connection bookkeeping (empty when no connection is open)."""
        return {
            "open": {"connections": self.open} if self.open else {},
            "unauthenticated": dict(self.unauthenticated),
            "device_connections": dict(self.per_device),
        }

    def prune(self, now: float) -> None:
        self.failures.prune(now)
        self.connects.prune(now)

    # -- the handshake -----------------------------------------------------------------------

    async def admit(
        self,
        conn: HubConnection,
        request: Request,
        authenticate: Callable[[str], Awaitable[DeviceAuth | None]],
    ) -> Response | None:
        """``None`` to let the websocket handshake go on (the connection then counts for
        its device), else the refusal to send."""
        limits = self.limits
        if conn.busy:
            return refusal(
                HTTPStatus.SERVICE_UNAVAILABLE,
                "hub_busy",
                "the hub is at its connection limit; try again shortly",
                limits.refusal_retry_after_s,
            )
        if not wants_websocket(request):
            return await self._failed(
                conn,
                refusal(
                    HTTPStatus.UPGRADE_REQUIRED,
                    "upgrade_required",
                    "this is the wufops sync hub: connect with a websocket",
                ),
            )
        token = bearer_token(request)
        device = await authenticate(token) if token else None
        if conn.gone:  # the client left meanwhile; nothing to count
            return refusal(HTTPStatus.GONE, "gone", "connection closed")
        if device is None:
            return await self._failed(
                conn,
                refusal(HTTPStatus.UNAUTHORIZED, "token_refused", "missing or unknown token"),
            )
        if device.revoked:
            return await self._failed(
                conn,
                refusal(HTTPStatus.FORBIDDEN, "device_revoked", "this device has been revoked"),
            )
        if self.per_device[device.name] >= limits.max_connections_per_device:
            return await self._limited(
                conn,
                "too_many_connections",
                f"this device already holds {limits.max_connections_per_device} connections",
                limits.refusal_retry_after_s,
            )
        wait = self.connects.take(device.name, _now())
        if wait:
            return await self._limited(
                conn, "rate_limited", "this device reconnects too often", retry_after_s(wait)
            )
        self.unauthenticated[conn.address] -= 1
        if self.unauthenticated[conn.address] <= 0:
            del self.unauthenticated[conn.address]
        conn.device = device
        self.per_device[device.name] += 1
        return None

    async def _failed(self, conn: HubConnection, answer: Response) -> Response:
        """A handshake that authenticates nothing: counted against its address."""
        code = answer.headers.get("Wufops-Error", "")
        wait = self.failures.take(conn.address, _now())
        if not wait:
            self.refusals[code] += 1
            return answer
        return await self._limited(
            conn,
            "too_many_attempts",
            "too many refused connections from this address",
            retry_after_s(wait),
        )

    async def _limited(
        self, conn: HubConnection, code: str, message: str, retry_after: int
    ) -> Response:
        self.refusals[code] += 1
        if self.refusals[code] in (1, 10, 100, 1000) or self.refusals[code] % 10_000 == 0:
            log.warning("refused %s (%s): %d so far", conn.address, code, self.refusals[code])
        await asyncio.sleep(self.limits.refusal_delay_s)
        return refusal(HTTPStatus.TOO_MANY_REQUESTS, code, message, retry_after)


def _now() -> float:
    return asyncio.get_running_loop().time()


def _abort(transport: asyncio.BaseTransport) -> None:
    if not transport.is_closing():
        cast(asyncio.Transport, transport).abort()


def _fd_bounded(wanted: int) -> int:
    """``wanted`` connections, or fewer if the process may not open that many descriptors."""
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY or wanted + _FD_RESERVE <= soft:
        return wanted
    bounded = max(1, soft - _FD_RESERVE)
    log.warning(
        "max_connections %d lowered to %d: the process may open %d files (ulimit -n)",
        wanted,
        bounded,
        soft,
    )
    return bounded


class HandshakeLogFilter(logging.Filter):
    """websockets logs every failed handshake (a port scan, a dropped TLS hello, a client
    cut mid-request) at ERROR with a traceback: a flood of them would flood the log. They
    become one DEBUG line each, counted."""

    def __init__(self) -> None:
        super().__init__()
        self.failed = 0

    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg == "opening handshake failed":
            self.failed += 1
            error = record.exc_info[1] if record.exc_info else None
            record.msg = "opening handshake failed: %s"
            record.args = (f"{type(error).__name__}: {error}" if error else "",)
            record.exc_info = None
            record.exc_text = None
            record.levelno = logging.DEBUG
            record.levelname = "DEBUG"
            return logging.getLogger(record.name).isEnabledFor(logging.DEBUG)
        return True
