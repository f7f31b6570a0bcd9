"""The hub: a websockets server (new asyncio API) over the hub's SQLite file.

Owns the connections and the threads that touch SQLite:
- **one writer task** takes jobs from a queue and runs them, one at a time, on the single
  writer thread that owns the write connection (``HubLog``); after each commit that appended
  to the change log it broadcasts a ``poke`` to every welcomed connection;
- **readers** (a small thread pool, one connection per thread) serve pulls, snapshots,
  digests and handshake authentication;
- per connection, a ``HubSession`` (sans-I/O) says which frame may come when; this module
  only moves frames.

Desk keys: a ``hello`` carrying ``desk_key`` is certified by the writer (issuer key held
by this hub) before the ``welcome`` is built, which names the key id or the refusal code.

Auth: ``Authorization: Bearer <token>`` in the handshake (401 without or with a wrong token,
403 for a revoked device), looked up on the hub's control thread; who gets in, and the
handshake's other refusals, are ``wufops.net.admission``. Revocation is immediate: each push
checks the device inside its own write transaction (``HubLog.push``), so once
``wufops devices revoke`` has committed — from any process — no op of that device is
applied; its connections get a fatal ``device_revoked`` error and close 1008 with that
reason, at the next push or within ``revocation_poll_s``. Frames above the protocol limit
get a ``frame_too_large`` error and a close; frames beyond websockets' ``max_size`` (twice
that) are cut by the library.

Limits (``wufops.net.limits.HubLimits``): connections per device and in total, the rate of
refused handshakes per address, snapshot and digest requests per device (answered
``rate_limited`` with ``retry_after_ms``; a connection that keeps asking is closed),
replicas per device. Every refusal carries a stable code; a connection the hub closes gets
close code 1008 with that code as the reason (1011 ``internal_error`` for a hub fault,
logged with its traceback).

Run it in a process (``wufops hub``), in-process on a loop (``await Hub(...).start()``), or
on its own thread (:class:`HubThread`, used by ``wufops demo``, tests and benchmarks); the
clock is injected.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import json
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar, cast

from websockets.asyncio.server import Server, ServerConnection, broadcast, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from db import SCHEMA_VERSION
from wufops.clock import Clock, SystemClock
from wufops.net.admission import Admission, HandshakeLogFilter, HubConnection
from wufops.net.limits import Buckets, HubLimits
from wufops.net.tls import VenueTls, server_context
from wufops.store.hub_db import DeviceAuth, LogEntry
from wufops.store.hub_devices import KeyCertification
from wufops.store.hub_log import HubLog
from wufops.store.hub_reader import HubReader
from wufops.store.hub_snapshot import SnapshotCache, snapshot_folder
from wufops.sync import frames as fr
from wufops.sync import protocol as p
from wufops.sync.hlc import ClockBounds
from wufops.sync.ops import Op
from wufops.sync.roles import redact_op

log = logging.getLogger("wufops.hub")
#: websockets' own messages (failed handshakes condensed by HandshakeLogFilter)
_ws_log = logging.getLogger("wufops.hub.ws")
T = TypeVar("T")

#: the websocket library's own limit; frames between MAX_FRAME_BYTES and this get an error
WS_MAX_SIZE = 2 * fr.MAX_FRAME_BYTES
#: log entries kept in memory for live pulls
TAIL_ENTRIES = 20_000
OUTBOX_POLL_S = 2.0
#: how often the rate-limit tables drop what has refilled
PRUNE_S = 10.0


@dataclass
class _Peer:
    """One authenticated connection."""

    ws: ServerConnection
    device: DeviceAuth
    session: p.HubSession
    origin: str = ""
    #: pokes go only to welcomed connections (a device reads its welcome first)
    welcomed: bool = False
    #: the cursor of the device's last changes request (it holds everything up to it)
    cursor: int | None = None
    #: requests refused in a row (rate limits)
    refusals: int = 0
    #: close code and reason once the session is closed
    close_code: int = 1008
    close_reason: str = "protocol_error"


class Hub:
    def __init__(
        self,
        db_path: str | Path,
        *,
        clock: Clock | None = None,
        host: str = "127.0.0.1",
        port: int = 8765,
        tls: VenueTls | None = None,
        ping_interval: float | None = 20.0,
        limits: HubLimits | None = None,
        clock_bounds: ClockBounds | None = None,
    ) -> None:
        self.db_path = Path(db_path)
        self.clock: Clock = clock or SystemClock()
        self.host = host
        self.port = port
        self.tls = tls
        self.ping_interval = ping_interval
        self.limits = limits or HubLimits()
        #: how far from this hub's clock a pushed op may be stamped (``clock_skew`` beyond)
        self.clock_bounds = clock_bounds or ClockBounds()
        self.epoch = ""
        self._writer = concurrent.futures.ThreadPoolExecutor(1, "hub-writer")
        self._readers = concurrent.futures.ThreadPoolExecutor(2, "hub-reader")
        # authentication, hellos' small reads and the revocation poll: never queued
        # behind snapshots and digests on the readers
        self._control = concurrent.futures.ThreadPoolExecutor(1, "hub-control")
        self._local = threading.local()
        self._reader_conns: list[HubReader] = []
        self._reader_lock = threading.Lock()
        self._log: HubLog | None = None
        self._jobs: asyncio.Queue[tuple[Callable[[HubLog], Any], asyncio.Future[Any]]]
        self._server: Server | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._peers: dict[ServerConnection, _Peer] = {}
        self.admission = Admission(self.limits)
        self._snapshot_buckets = Buckets(
            self.limits.snapshot_burst, 1 / self.limits.snapshot_interval_s
        )
        #: snapshot files, one per view (``wufops.store.hub_snapshot``)
        self._snapshots = SnapshotCache(snapshot_folder(self.db_path), self.clock)
        # reading snapshot files: never queued behind the readers' queries
        self._files = concurrent.futures.ThreadPoolExecutor(1, "hub-files")
        self._digests = Buckets(self.limits.digest_burst, 1 / self.limits.digest_interval_s)
        self._handshake_log = HandshakeLogFilter()
        self.commits = 0
        # the hot tail of the change log, contiguous seqs ending at _tail_top
        self._tail: list[LogEntry] = []
        self._tail_top = -1
        self._retained = 0
        self._page_cache: dict[tuple[bool, int, int], str] = {}

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        scheme = "wss" if self.tls else "ws"
        return f"{scheme}://{self.host}:{self.port}"

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        self._jobs = asyncio.Queue()
        self._log = await loop.run_in_executor(
            self._writer, lambda: HubLog.open(self.db_path, self.clock)
        )
        self._log.bounds = self.clock_bounds
        self.epoch = await loop.run_in_executor(self._writer, self._log.start)
        await loop.run_in_executor(self._files, self._snapshots.clear_folder)
        self._tail_top = await loop.run_in_executor(self._writer, self._log.max_seq)
        self._tasks = [
            asyncio.create_task(self._writer_task(), name="hub-writer"),
            asyncio.create_task(self._watch(), name="hub-watch"),
        ]
        if self._handshake_log not in _ws_log.filters:
            _ws_log.addFilter(self._handshake_log)
        self._server = await serve(
            self._handler,
            self.host,
            self.port,
            process_request=self._authenticate,
            max_size=WS_MAX_SIZE,
            ssl=server_context(self.tls) if self.tls else None,
            ping_interval=self.ping_interval,
            ping_timeout=self.ping_interval,
            open_timeout=self.limits.handshake_timeout_s,
            compression=None,
            logger=_ws_log,
            create_connection=self.admission.connection_class(),
        )
        self.port = next(iter(self._server.sockets)).getsockname()[1]  # port 0 → the real one
        log.info("hub serving %s (epoch %s)", self.url, self.epoch)

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        loop = asyncio.get_running_loop()
        if self._log is not None:
            await loop.run_in_executor(self._writer, self._log.close)
        self._writer.shutdown(wait=True)
        self._readers.shutdown(wait=True)
        self._control.shutdown(wait=True)
        self._files.shutdown(wait=True)
        _ws_log.removeFilter(self._handshake_log)
        with self._reader_lock:  # their threads are gone: the connections close with them
            self._reader_conns.clear()

    async def serve_forever(self) -> None:
        await self.start()
        try:
            await asyncio.Future()
        finally:
            await self.close()

    # -- threads -----------------------------------------------------------------------------

    async def _write(self, job: Callable[[HubLog], T]) -> T:
        """Queue ``job`` for the writer task; its result once committed."""
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        await self._jobs.put((job, future))
        return await future

    async def _writer_task(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            job, future = await self._jobs.get()
            log_ = self._log
            assert log_ is not None
            try:
                result = await loop.run_in_executor(self._writer, job, log_)
            except Exception as error:  # reported to the requester, the writer goes on
                if not future.done():
                    future.set_exception(error)
                continue
            if not future.done():
                future.set_result(result)
            appended = getattr(result, "appended", result if isinstance(result, int) else 0)
            if appended:
                self.commits += 1
                entries: tuple[LogEntry, ...] = getattr(result, "entries", ())
                self._extend_tail(entries, appended)
                await self._poke(entries if len(entries) == appended else ())

    def _extend_tail(self, entries: tuple[LogEntry, ...], appended: int) -> None:
        """Keep the newest log entries in memory: live desks pull them without SQLite."""
        self._page_cache.clear()
        if entries and len(entries) == appended and entries[0].seq == self._tail_top + 1:
            self._tail.extend(entries)
            self._tail_top = entries[-1].seq
            if len(self._tail) > 2 * TAIL_ENTRIES:
                del self._tail[:-TAIL_ENTRIES]
        else:  # written some other way: restart the tail after it
            self._tail = []
            self._tail_top = -1

    def _from_tail(self, cursor: int, limit: int) -> list[LogEntry] | None:
        if not self._tail or cursor < self._tail[0].seq - 1 or cursor > self._tail_top:
            return None
        start = cursor + 1 - self._tail[0].seq
        return self._tail[start : start + limit]

    async def _poke(self, entries: tuple[LogEntry, ...] = ()) -> None:
        """Tell every welcomed device the log grew. A small commit's entries ride along
        (redacted for gates): a device at the commit's start applies them without pulling,
        so a scan reaches a hundred desks without a hundred pull requests."""
        if self._tail:
            seq = self._tail_top
        else:  # the tail restarts after what is on disk now (the writer is waiting for us)
            seq = self._tail_top = await self._read(lambda r: r.max_seq())
        peers = [peer for peer in self._peers.values() if peer.welcomed]
        for role in ("desk", "gate"):
            gate = role == "gate"
            broadcast(
                [p.ws for p in peers if (p.device.role == "gate") == gate],
                poke_text(role, seq, entries),
            )

    def _reader(self) -> HubReader:
        reader: HubReader | None = getattr(self._local, "reader", None)
        if reader is None:
            reader = HubReader.open(self.db_path)
            self._local.reader = reader
            with self._reader_lock:
                self._reader_conns.append(reader)
        return reader

    async def _read(self, job: Callable[[HubReader], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._readers, lambda: job(self._reader()))

    async def _controlled(self, job: Callable[[HubReader], T]) -> T:
        """``job`` on the control thread's own connection (authentication, polls)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._control, lambda: job(self._reader()))

    async def _watch(self) -> None:
        """Disconnect devices revoked by another process (``wufops devices revoke``); log
        ops written into the file by other processes (``wufops enrol`` while the hub
        runs); forget rate-limit state that has refilled."""
        loop = asyncio.get_running_loop()
        next_outbox = next_prune = loop.time()
        next_contact = loop.time() + self.limits.contact_every_s
        while True:
            await asyncio.sleep(self.limits.revocation_poll_s)
            try:
                next_outbox, next_prune = await self._watch_once(next_outbox, next_prune)
                if loop.time() >= next_contact:
                    next_contact = loop.time() + self.limits.contact_every_s
                    await self._note_alive()
            except Exception:  # a locked file, a full disk: logged, and polled again
                log.exception("hub watch failed; retrying")

    async def _watch_once(self, next_outbox: float, next_prune: float) -> tuple[float, float]:
        """One poll; returns when the outbox and the prune are due next."""
        loop = asyncio.get_running_loop()
        revoked = await self._controlled(lambda r: r.revoked_names())
        self._retained = await self._controlled(lambda r: r.min_retained_seq())
        for peer in list(self._peers.values()):
            if peer.device.name in revoked:
                await self._drop(peer, "device_revoked", "this device has been revoked")
        now = loop.time()
        if now >= next_outbox:
            next_outbox = now + OUTBOX_POLL_S
            await self._write(lambda h: h.ingest_local_outbox())
        if now >= next_prune:
            next_prune = now + PRUNE_S
            self.admission.prune(now)
            self._snapshot_buckets.prune(now)
            self._digests.prune(now)
        return next_outbox, next_prune

    async def _note_alive(self) -> None:
        """Open, welcomed connections are in contact even when they send nothing: their
        replicas' last contact (and cursor, where a changes request told it) move on."""
        alive = [(p.origin, p.cursor) for p in self._peers.values() if p.welcomed and p.origin]
        if alive:
            await self._write(lambda h: h.note_alive(alive))

    async def _drop(self, peer: _Peer, code: str, message: str) -> None:
        """Close a connection from outside its handler (revocation)."""
        self._peers.pop(peer.ws, None)
        peer.session.refuse(code, message)
        with contextlib.suppress(ConnectionClosed):
            for text in peer.session.data_to_send():
                await peer.ws.send(text)
        await peer.ws.close(1008, code)

    def _refuse(self, peer: _Peer, code: str, message: str, close_code: int = 1008) -> None:
        """End the session with a fatal error; the handler sends it and closes with
        ``close_code`` and the code as the reason."""
        peer.session.refuse(code, message)
        peer.close_code, peer.close_reason = close_code, code

    def connection_state(self) -> dict[str, dict[str, int]]:
        """What the hub holds per connection (call on its loop; empty when none is open)."""
        peers: dict[str, int] = {}
        for peer in self._peers.values():
            peers[peer.device.name] = peers.get(peer.device.name, 0) + 1
        return {"peers": peers, **self.admission.state()}

    # -- handshake ---------------------------------------------------------------------------

    async def _authenticate(self, ws: ServerConnection, request: Request) -> Response | None:
        return await self.admission.admit(
            cast(HubConnection, ws),
            request,
            lambda token: self._controlled(lambda r: r.authenticate(token)),
        )

    # -- one connection ----------------------------------------------------------------------

    async def _handler(self, ws: ServerConnection) -> None:
        """One connection, one frame at a time. Pushes from a client are pipelined on the
        wire (the next batches wait in the socket), but the hub applies them one after the
        other: parsing the next batch on the loop thread while the writer thread applies
        one only fights over the GIL (measured: 4× slower SQLite calls)."""
        device = cast(HubConnection, ws).device
        assert device is not None, "admitted connections carry their device"
        peer = _Peer(ws, device, p.HubSession(SCHEMA_VERSION))
        self._peers[ws] = peer  # from now on a revocation closes it
        try:
            async for message in ws:
                try:
                    for event in peer.session.receive(message):
                        await self._on_event(peer, event)
                        if not peer.session.is_open():
                            break
                except ConnectionClosed:
                    raise
                except Exception:  # a hub fault: this connection ends, the hub goes on
                    log.exception("%s: request failed", device.name)
                    self._refuse(peer, "internal_error", "the hub failed (see its log)", 1011)
                for text in peer.session.data_to_send():
                    await ws.send(text)
                if not peer.session.is_open():
                    await ws.close(peer.close_code, peer.close_reason)
                    return
        except ConnectionClosed:
            pass
        finally:
            self._peers.pop(ws, None)

    def _allowed(self, peer: _Peer, buckets: Buckets, what: str) -> bool:
        """Take a token for an expensive request, or answer ``rate_limited`` (closing a
        connection that keeps asking)."""
        wait = buckets.take(peer.device.name, asyncio.get_running_loop().time())
        if not wait:
            peer.refusals = 0
            return True
        peer.refusals += 1
        self.admission.refusals["rate_limited"] += 1
        message = f"too many {what} requests from this device"
        if peer.refusals >= self.limits.refusals_before_close:
            log.warning("%s: closed, kept asking for %s", peer.device.name, what)
            self._refuse(peer, "rate_limited", message)
        else:
            retry_ms = max(1, int(wait * 1000) + 1)
            peer.session.send(fr.Error("rate_limited", message, False, retry_ms))
        return False

    async def _on_event(self, peer: _Peer, event: p.Event) -> None:
        session = peer.session
        if isinstance(event, p.HelloReceived):
            await self._welcome(peer, event.hello)
        elif isinstance(event, p.PushReceived):
            peer.refusals = 0
            batch = await self._write(
                lambda h: h.push(
                    peer.origin, peer.device.role, peer.device.name, event.ops, event.texts
                )
            )
            if batch.refused:  # revoked: this push applied nothing
                self._refuse(peer, batch.refused, "this device has been revoked")
            elif batch.resend_from is not None and not batch.outcomes:
                session.send(fr.ResendFrom(event.batch_id, batch.resend_from))
            else:
                results = [o.to_dict() for o in batch.outcomes]
                session.send(fr.PushResult(event.batch_id, results, batch.durable_seq))
        elif isinstance(event, p.PullRequested):
            peer.refusals = 0
            await self._changes(peer, event.cursor, event.limit)
        elif isinstance(event, p.SnapshotRequested):
            if self._allowed(peer, self._snapshot_buckets, "snapshot"):
                await self._snapshot(peer, event.snapshot_id, event.offset, event.min_seq)
        elif isinstance(event, p.DigestRequested):
            if self._allowed(peer, self._digests, "digest"):
                seq, tables = await self._read(lambda r: r.digests(peer.device.role))
                session.send(fr.Digest(seq, tables))
        elif isinstance(event, p.ProtocolViolation):
            peer.close_reason = event.code
            log.warning("%s: %s %s", peer.device.name, event.code, event.detail[:200])
        elif isinstance(event, p.PeerError) and event.fatal:
            peer.close_reason = "peer_error"

    async def _welcome(self, peer: _Peer, hello: fr.Hello) -> None:
        peer.origin = hello.device_id
        # small reads on the control thread: a hello never waits behind others' snapshots
        owner = await self._controlled(lambda r: r.origin_owner(hello.device_id))
        if owner is not None and owner != peer.device.name:
            # a replica's ops are bound to the device that first pushed them: another token
            # may not speak for it (nor disturb its dedup state)
            self._refuse(peer, "origin_taken", "this replica belongs to another device")
            return
        # revoked meanwhile, or one replica too many: refused before anything is written
        offset = hello.device_time_ms - self.clock.now_ms() if hello.device_time_ms else 0
        refused = await self._write(
            lambda h: h.record_contact(
                hello.device_id,
                peer.device.name,
                offset,  # its clock minus ours: the device list shows it
                hello.cursor,
                max_replicas=self.limits.max_replicas_per_device,
                announced=max(0, hello.next_client_seq - 1),  # the ops it has made
            )
        )
        if refused:
            messages = {
                "device_revoked": "this device has been revoked",
                "replica_limit": (
                    f"this device has synced {self.limits.max_replicas_per_device} replicas "
                    "already: ask IT to re-enrol it"
                ),
            }
            self._refuse(peer, refused, messages.get(refused, refused))
            return

        key = KeyCertification()
        if hello.desk_key:  # certified before the welcome: its row is below max_seq
            try:
                key = await self._write(
                    lambda h: h.certify_device_key(
                        peer.device.name, peer.device.role, hello.desk_key
                    )
                )
            except Exception:  # never let a key request stop a device from syncing
                log.exception("%s: certifying its desk key failed", peer.device.name)
                key = KeyCertification(code="key_error")
            if key.code:
                log.info("%s: desk key refused (%s)", peer.device.name, key.code)

        def facts(r: HubReader) -> fr.Welcome:
            return fr.Welcome(
                hub_epoch=r.epoch(),
                hub_time_ms=self.clock.now_ms(),
                hub_hlc=r.hlc(),
                max_seq=r.max_seq(),
                min_retained_seq=r.min_retained_seq(),
                expected_client_seq=r.expected_client_seq(hello.device_id),
                role=peer.device.role,
                device_name=peer.device.name,
                schema_version=SCHEMA_VERSION,
                desk_key_id=key.key_id,
                desk_key_error=key.code,
                clock_ahead_ms=self.clock_bounds.ahead_ms,
                clock_behind_ms=self.clock_bounds.behind_ms,
            )

        # the replica is this device's from now on: its check-ins are attributed through it
        await self._write(lambda h: h.bind_replica(hello.device_id, peer.device.name))
        await self._write(lambda h: h.touch_device(peer.device.name))
        peer.session.accept(await self._controlled(facts))
        peer.welcomed = True

    async def _changes(self, peer: _Peer, cursor: int, limit: int) -> None:
        peer.cursor = cursor if peer.cursor is None else max(peer.cursor, cursor)

        def page(r: HubReader) -> tuple[int, int, list[LogEntry]]:
            return r.min_retained_seq(), r.max_seq(), r.changes(cursor, limit)

        cached = self._from_tail(cursor, limit) if cursor >= self._retained else None
        if cached is not None:
            top, entries = self._tail_top, cached
        else:
            self._retained, top, entries = await self._read(page)
        if cursor < self._retained:
            peer.session.send(fr.ResetRequired("compacted"))
            return
        to = entries[-1].seq if entries else max(cursor, 0)
        has_more = bool(entries) and to < top
        gate = peer.device.role == "gate"
        key = (gate, cursor, to)
        text = self._page_cache.get(key)
        if text is None:
            text = _changes_text(peer.device.role, cursor, to, entries, has_more)
            if cached is not None:
                self._page_cache[key] = text
        peer.session.send_text(text)

    async def _snapshot(self, peer: _Peer, snapshot_id: str, offset: int, min_seq: int) -> None:
        """Send a snapshot file: the rest of ``snapshot_id`` from ``offset`` when this hub
        still holds it, else the current one for the device's view (built on a reader
        thread when none is fresh), in chunks as the connection drains them."""
        role = peer.device.role
        snap, offset = await self._read(
            lambda r: self._snapshots.resolve(r.conn, role, snapshot_id, offset, min_seq)
        )
        session = peer.session
        session.send(
            fr.SnapshotFile(
                snap.snapshot_id,
                snap.seq,
                snap.epoch,
                snap.size,
                snap.sha256,
                offset,
                list(snap.tables),
            )
        )
        for frame in session.data_to_send():
            await peer.ws.send(frame)
        loop = asyncio.get_running_loop()
        with snap.path.open("rb") as handle:  # open: a newer build may unlink the path
            handle.seek(offset)
            while chunk := await loop.run_in_executor(
                self._files, handle.read, fr.SNAPSHOT_CHUNK_BYTES
            ):
                await peer.ws.send(chunk)  # waits while the device's socket is full
        session.send(fr.SnapshotFileEnd(snap.snapshot_id))


def poke_text(role: str, seq: int, entries: Sequence[LogEntry] = ()) -> str:
    """The ``poke`` for the log grown to ``seq`` by ``entries`` (that commit's, in order):
    they ride along when there are few of them (redacted for a gate), else it is bare."""
    if entries and len(entries) <= fr.MAX_POKE_ITEMS and entries[-1].seq == seq:
        items = _items_text(role, entries)
        if items:
            return (
                f'{{"type":"poke","v":{fr.PROTOCOL_VERSION},"max_seq":{seq},'
                f'"cursor":{entries[0].seq - 1},"items":[{items}]}}'
            )
    return fr.encode(fr.Poke(seq))


def _changes_text(
    role: str, cursor: int, to: int, entries: Sequence[LogEntry], has_more: bool
) -> str:
    """A ``changes`` frame built from the stored op JSON without re-encoding it (the hot
    path); gates get each op redacted."""
    more = "true" if has_more else "false"
    return (
        f'{{"type":"changes","v":{fr.PROTOCOL_VERSION},"cursor":{cursor},"to":{to},'
        f'"items":[{_items_text(role, entries)}],"has_more":{more}}}'
    )


def _items_text(role: str, entries: Sequence[LogEntry]) -> str:
    """Change items as JSON (without the brackets) from the stored op texts; for a gate,
    each op redacted and those it does not receive left out."""
    parts = []
    for entry in entries:
        op_text = entry.op_text
        if role == "gate":
            op = redact_op(role, Op.from_dict(json.loads(op_text)))
            if op is None:
                continue
            op_text = op.to_json()
        suspect = "true" if entry.clock_suspect else "false"
        parts.append(f'{{"seq":{entry.seq},"op":{op_text},"clock_suspect":{suspect}}}')
    return ",".join(parts)


class HubThread:
    """A hub on its own thread and event loop (``wufops demo``, tests, benchmarks)."""

    def __init__(self, hub: Hub) -> None:
        self.hub = hub
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="hub", daemon=True)
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self._error: BaseException | None = None

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_until_complete(self._main())

    async def _main(self) -> None:
        self._stop = asyncio.Event()
        try:
            await self.hub.start()
        except BaseException as error:
            self._error = error
            self._ready.set()
            return
        self._ready.set()
        await self._stop.wait()
        await self.hub.close()

    def start(self, timeout: float = 30.0) -> HubThread:
        self._thread.start()
        if not self._ready.wait(timeout):
            raise TimeoutError("hub did not start")
        if self._error is not None:
            raise self._error
        return self

    @property
    def url(self) -> str:
        return self.hub.url

    def call(self, coro: Any, timeout: float = 30.0) -> Any:
        """Run a coroutine on the hub's loop (tests: inspect or poke at the hub)."""
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    def connection_state(self) -> dict[str, dict[str, int]]:
        """:meth:`Hub.connection_state`, read on the hub's loop."""

        async def read() -> dict[str, dict[str, int]]:
            return self.hub.connection_state()

        return cast(dict[str, dict[str, int]], self.call(read()))

    def stop(self, timeout: float = 30.0) -> None:
        if self._stop is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(timeout)
        if not self._loop.is_closed() and not self._thread.is_alive():
            self._loop.close()
