"""A small TCP proxy for fault injection: one per desk, between the desk and the hub.

Runs its own asyncio loop on a thread; the test drives it from outside:

- :meth:`FaultyLink.cut` closes every open connection and refuses new ones (accepted, then
  closed at once) until :meth:`heal`;
- :meth:`FaultyLink.black_hole` swallows one direction (``"up"``: desk → hub, ``"down"``:
  hub → desk): bytes are accepted and never delivered, both sockets stay open — a half-open
  link. A connection that lost bytes stays broken after :meth:`heal` (TCP cannot resume a
  stream with a hole in it): the ends must notice by themselves (keepalive pings, timeouts);
- :meth:`FaultyLink.delay` holds every chunk that long before forwarding it (order kept).

Listens on 127.0.0.1 with a port from the OS. Knows nothing of websockets or of the app.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any, Literal

Direction = Literal["up", "down"]


@dataclass(eq=False)
class _Conn:
    desk: asyncio.StreamWriter
    hub: asyncio.StreamWriter | None = None
    #: a direction that lost bytes: it delivers nothing more, ever
    broken: set[Direction] = field(default_factory=set)


class FaultyLink:
    def __init__(self, hub_port: int) -> None:
        self.hub_port = hub_port
        self.port = 0
        self._refusing = False
        self._holes: set[Direction] = set()
        self._delay_s = 0.0
        self._conns: set[_Conn] = set()
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.Server | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        #: connections accepted so far (a desk that reconnects shows up here)
        self.accepted = 0

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> FaultyLink:
        self._thread.start()
        self._call(self._start())
        return self

    async def _start(self) -> None:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    def close(self) -> None:
        if self._thread.is_alive():
            with contextlib.suppress(Exception):
                self._call(self._close())
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(5)

    async def _close(self) -> None:
        if self._server is not None:
            self._server.close()
        self._drop_all()

    def _call(self, coro: Coroutine[Any, Any, Any], timeout: float = 5.0) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    # -- faults (thread-safe) ----------------------------------------------------------------

    def cut(self) -> None:
        self._call(self._set(refusing=True, drop=True))

    def black_hole(self, direction: Direction) -> None:
        self._call(self._set(hole=direction))

    def delay(self, seconds: float) -> None:
        self._call(self._set(delay=seconds))

    def heal(self) -> None:
        self._call(self._set(refusing=False, heal=True))

    def drop_connections(self) -> None:
        """Reset every open connection (as when the hub process dies); new ones are fine."""
        self._call(self._set(drop=True))

    async def _set(
        self,
        *,
        refusing: bool | None = None,
        drop: bool = False,
        hole: Direction | None = None,
        delay: float | None = None,
        heal: bool = False,
    ) -> None:
        if refusing is not None:
            self._refusing = refusing
        if hole is not None:
            self._holes.add(hole)
        if delay is not None:
            self._delay_s = delay
        if heal:
            self._holes.clear()
            self._delay_s = 0.0
        if drop:
            self._drop_all()

    def _drop_all(self) -> None:
        for conn in list(self._conns):
            self._abort(conn)

    def _abort(self, conn: _Conn) -> None:
        self._conns.discard(conn)
        for writer in (conn.desk, conn.hub):
            if writer is not None:
                writer.transport.abort()

    # -- forwarding --------------------------------------------------------------------------

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.accepted += 1
        if self._refusing:
            writer.transport.abort()
            return
        conn = _Conn(writer)
        try:
            hub_reader, hub_writer = await asyncio.open_connection("127.0.0.1", self.hub_port)
        except OSError:  # the hub is down: the desk sees its connection reset
            writer.transport.abort()
            return
        conn.hub = hub_writer
        self._conns.add(conn)
        await asyncio.gather(
            self._pump(conn, "up", reader, hub_writer),
            self._pump(conn, "down", hub_reader, writer),
            return_exceptions=True,
        )

    async def _pump(
        self,
        conn: _Conn,
        direction: Direction,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ) -> None:
        try:
            while True:
                chunk = await reader.read(65536)
                if not chunk:
                    break
                if direction in self._holes:
                    conn.broken.add(direction)
                if direction in conn.broken:
                    continue  # swallowed: accepted here, never delivered
                if self._delay_s:
                    await asyncio.sleep(self._delay_s)
                writer.write(chunk)
                await writer.drain()
        except (OSError, asyncio.IncompleteReadError):
            pass
        finally:
            if direction not in conn.broken:  # a clean end or a reset travels through
                self._abort(conn)
