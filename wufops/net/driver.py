"""The device's sync driver: the only module that touches websockets on a desk, gate or kiosk.

Runs an asyncio loop on its own thread (:meth:`SyncDriver.start`) with its own ``Replica``
on the device's file (WAL: the UI thread keeps writing through its own connection), or on a
caller's loop (``await driver.run()`` / ``await driver.sync_once()``), with an injected clock.

One connection, in order: ``hello`` (with this device's signing public key when it holds no
certified desk key yet: the hub certifies it, the record arrives with the changes) →
``welcome`` (clock offset noted, hub HLC folded in);
if the hub regressed (new epoch, or its max seq below our cursor) re-push every op we hold
from what it expects, then re-snapshot; a device never bootstrapped snapshots (resuming a
cut snapshot); push the outbox in client_seq order, marking each entry; pull until caught
up, applying each page and advancing the cursor in one transaction; then live — push on
local writes, pull on ``poke`` or every ``pull_interval``, compare digests every
``digest_interval`` and re-snapshot on divergence. Any network failure: reconnect with
jittered exponential backoff. A refused token, a revoked device or a schema mismatch stop
the driver with a :class:`SyncFatal` code. A hub that answers a limit (HTTP 429/503 with a
``Wufops-Error`` code and ``Retry-After``, or an ``error`` frame ``rate_limited`` with
``retry_after_ms``) is not fatal: the status shows the code and the driver reconnects no
sooner than the hub asked, × U(1, 1.5) so refused desks do not come back in step.

State is reported through ``on_status(SyncStatus)``, called on the driver's thread: the Qt
bridge (``ui/sync/bridge.py``) turns it into a signal.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal, TypeVar

from websockets.asyncio.client import ClientConnection, connect
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus

from db import SCHEMA_VERSION
from wufops import __version__
from wufops.clock import Clock, SystemClock
from wufops.ids import uuid7
from wufops.net.tls import TlsError, client_context
from wufops.store import sync_state as ss
from wufops.store.badges import desk_key_request
from wufops.store.database import sync_apply_mode
from wufops.store.replica import Replica
from wufops.sync import frames as fr
from wufops.sync import protocol as p
from wufops.sync.digest import diverged
from wufops.sync.hlc import ClockBounds
from wufops.sync.ops import Op
from wufops.sync.roles import KEY_ROLES, sees_table

log = logging.getLogger("wufops.sync")
E = TypeVar("E", bound=p.Event)

Phase = Literal["offline", "connecting", "syncing", "online", "stopped"]


class SyncFatal(Exception):
    """Retrying cannot help: ``token_refused``, ``device_revoked``, ``schema``, ``protocol``."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class SyncStatus:
    phase: Phase = "offline"
    pending: int = 0
    rejected: int = 0
    last_sync_ms: int = 0
    hub_offset_ms: int = 0
    cursor: int = 0
    hub_seq: int = 0
    #: stable code of the last problem ("" when the last attempt went well)
    last_error: str = ""
    last_error_detail: str = ""
    device_name: str = ""
    role: str = ""
    #: the badge signing key the hub certified for this device on this connection, or why
    #: it refused ("" for both: nothing was asked — the device already holds one)
    desk_key_id: str = ""
    desk_key_error: str = ""
    #: what this device adds to its own clock to match the hub's (0: its clock is right)
    clock_correction_ms: int = 0
    #: this device's ops the hub refused because their time lay beyond its bounds
    clock_refused: int = 0


@dataclass(frozen=True)
class SyncConfig:
    url: str
    token: str
    #: the venue CA (PEM) for wss://, and its pinned fingerprint from enrolment
    ca_pem: bytes | None = None
    ca_fingerprint: str = ""
    backoff_initial_s: float = 0.5
    backoff_factor: float = 1.618
    backoff_max_s: float = 30.0
    pull_interval_s: float = 30.0
    digest_interval_s: float = 600.0
    ping_interval_s: float | None = 20.0
    open_timeout_s: float = 10.0
    #: how long one request may wait for its answer before the link counts as dead
    reply_timeout_s: float = 60.0
    #: how often an idle driver looks for ops another process wrote to the file
    #: (``wufops scan`` beside ``wufops sync``), which cannot wake it: pushed within this
    outbox_poll_s: float = 1.0


class _Reconnect(Exception):
    """The link failed, or the hub asked us to wait; back off and try again."""

    def __init__(self, detail: str, code: str = "hub_unreachable", retry_after_s: float = 0.0):
        super().__init__(detail)
        #: shown as ``SyncStatus.last_error``
        self.code = code
        #: the hub's ``Retry-After``: the next attempt comes no sooner
        self.retry_after_s = retry_after_s


#: pokes with changes kept while busy (beyond: they are left to a pull)
_CARRIED_KEPT = 256
#: refusals after which retrying cannot help until someone acts
_FATAL_HUB_ERRORS = ("device_revoked", "origin_taken", "schema_too_new", "schema", "replica_limit")


def _refusal(status: int, headers: Headers) -> _Reconnect:
    """A handshake the hub refused for now: its code and how long it asked us to wait."""
    code = headers.get("Wufops-Error", "") or "hub_unreachable"
    try:
        retry = float(headers.get("Retry-After", "0"))
    except ValueError:
        retry = 0.0
    return _Reconnect(f"hub answered HTTP {status} {code}", code, max(0.0, min(retry, 3600.0)))


class SyncDriver:
    def __init__(
        self,
        db_path: str | Path,
        config: SyncConfig,
        *,
        clock: Clock | None = None,
        on_status: Callable[[SyncStatus], None] | None = None,
        on_changes: Callable[[tuple[Op, ...] | None], None] | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.db_path = Path(db_path)
        self.config = config
        self.clock: Clock = clock or SystemClock()
        self.on_status = on_status
        #: called (on the driver's thread) with the ops just applied from the hub, or
        #: ``None`` after a snapshot replaced everything
        self.on_changes = on_changes
        self.rng = rng or random.Random()
        self.status = SyncStatus()
        self.fatal: SyncFatal | None = None
        self._replica: Replica | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._wake: asyncio.Event | None = None
        self._stop_event: asyncio.Event | None = None
        self._stopping = False
        self._ws: ClientConnection | None = None
        self._proto = p.ClientProtocol()
        self._queued: collections.deque[p.Event] = collections.deque()
        self._recv_task: asyncio.Task[str | bytes] | None = None
        self._poked = 0
        #: pokes that carried their commit's changes, not yet applied
        self._carried: collections.deque[p.Poked] = collections.deque()
        self._last_digest_ms = 0
        #: a rejected push or a change that would not apply: compare digests soon
        self._repair_due = False
        #: why the hub refused to certify this device's signing key ("" if it did or none
        #: was asked for); the certified ``signing_key`` row itself arrives by snapshot/pull
        self.desk_key_error = ""

    # -- thread API ----------------------------------------------------------------------------

    def start(self) -> SyncDriver:
        """Run :meth:`run` on a new thread with its own event loop."""
        ready = threading.Event()

        def main() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            ready.set()
            try:
                loop.run_until_complete(self.run())
            finally:
                loop.close()

        self._thread = threading.Thread(target=main, name="sync-driver", daemon=True)
        self._thread.start()
        ready.wait(10)
        return self

    def notify_local_write(self) -> None:
        """Thread-safe: something was committed locally, push soon."""
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(wake.set)

    def stop(self, timeout: float = 10.0) -> None:
        """Thread-safe: close the connection and end :meth:`run`."""
        self._stopping = True
        self.notify_local_write()
        loop, ws, stop_event = self._loop, self._ws, self._stop_event
        if loop is not None and stop_event is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stop_event.set)
        if loop is not None and ws is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                asyncio.run_coroutine_threadsafe(ws.close(), loop)
        if self._thread is not None:
            self._thread.join(timeout)

    # -- async API -----------------------------------------------------------------------------

    async def run(self) -> None:
        """Sync until stopped or a fatal refusal; reconnects with jittered backoff."""
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._stop_event = asyncio.Event()
        self._open_replica()
        attempt = 0
        try:
            while not self._stopping:
                retry_after = 0.0
                try:
                    await self._connection(once=False)
                    attempt = 0
                except SyncFatal as error:
                    self.fatal = error
                    self._report(
                        phase="stopped", last_error=error.code, detail=error.detail, refresh=True
                    )
                    return
                except _Reconnect as error:
                    if self.status.phase == "online":
                        attempt = 0
                    retry_after = error.retry_after_s
                    self._report(
                        phase="offline", last_error=error.code, detail=str(error), refresh=True
                    )
                except Exception as error:  # never die silently with ops in the outbox
                    log.exception("sync failed; retrying")
                    self._report(
                        phase="offline", last_error="sync_error", detail=f"{type(error).__name__}"
                    )
                if self._stopping:
                    break
                delay = min(
                    self.config.backoff_max_s,
                    self.config.backoff_initial_s * self.config.backoff_factor**attempt,
                )
                attempt += 1
                wait = self.rng.uniform(0.5, 1.0) * delay
                if retry_after:  # never sooner than the hub asked; spread, not in step
                    wait = max(wait, retry_after * self.rng.uniform(1.0, 1.5))
                await self._sleep(wait)
        finally:
            self._report(phase="stopped" if self._stopping else self.status.phase, refresh=True)
            self._close_replica()

    async def sync_once(self) -> SyncStatus:
        """Connect once: bootstrap if needed, push everything, pull until caught up.

        Raises :class:`SyncFatal`, or ``ConnectionError`` when the hub cannot be reached.
        """
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._open_replica()
        try:
            await self._connection(once=True)
        except _Reconnect as error:
            self._report(phase="offline", last_error=error.code, detail=str(error))
            raise ConnectionError(str(error)) from None
        finally:
            self._close_replica()
        return self.status

    # -- one connection --------------------------------------------------------------------------

    def _open_replica(self) -> None:
        if self._replica is None:
            # NORMAL: all it commits is fetched again after a power cut (see database.connect)
            self._replica = Replica.open(self.db_path, self.clock, durability="sync")
            # this connection applies other devices' ops (hub order is not causal across
            # devices after a hub restore): see wufops.store.database.sync_apply_mode
            sync_apply_mode(self._replica.conn)
        self._report(refresh=True)

    def _close_replica(self) -> None:
        if self._replica is not None:
            self._replica.close()
            self._replica = None

    @property
    def replica(self) -> Replica:
        assert self._replica is not None, "the driver's replica is open only while it runs"
        return self._replica

    async def _connection(self, *, once: bool) -> None:
        config = self.config
        ssl_ctx = None
        if config.url.startswith("wss://"):
            if config.ca_pem is None:
                raise SyncFatal("tls_without_ca", "wss:// needs the venue CA from enrolment")
            try:
                ssl_ctx = client_context(config.ca_pem, config.ca_fingerprint)
            except TlsError as error:
                raise SyncFatal(error.code, error.detail) from None
        self._report(phase="connecting")
        try:
            ws = await connect(
                config.url,
                additional_headers={"Authorization": f"Bearer {config.token}"},
                max_size=2 * fr.MAX_FRAME_BYTES,
                ssl=ssl_ctx,
                ping_interval=config.ping_interval_s,
                ping_timeout=config.ping_interval_s,
                open_timeout=config.open_timeout_s,
                compression=None,
                proxy=None,
            )
        except InvalidStatus as error:
            status = error.response.status_code
            if status == 401:
                raise SyncFatal("token_refused", "the hub does not know this token") from None
            if status == 403:
                raise SyncFatal("device_revoked", "this device has been revoked") from None
            raise _refusal(status, error.response.headers) from None
        except (OSError, TimeoutError, InvalidHandshake, EOFError) as error:
            raise _Reconnect(f"{type(error).__name__}: {error}") from None
        self._ws = ws
        self._last_digest_ms = self.clock.now_ms()  # first digest one interval from now
        self._proto = p.ClientProtocol()
        self._queued.clear()
        self._carried.clear()
        self._recv_task = None
        healthy = False
        try:
            await self._converse(once)
            healthy = True
        except ConnectionClosed as error:
            raise _Reconnect(f"connection closed: {error}") from None
        except (OSError, TimeoutError) as error:
            raise _Reconnect(f"{type(error).__name__}: {error}") from None
        finally:
            if self._recv_task is not None:
                self._recv_task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await self._recv_task
            self._ws = None
            await self._hang_up(ws, graceful=healthy or self._stopping)

    async def _hang_up(self, ws: ClientConnection, *, graceful: bool) -> None:
        """Close politely when the link works; otherwise drop it at once (a closing
        handshake on a link that swallows frames would only wait)."""
        if graceful:
            try:
                await asyncio.wait_for(ws.close(), min(2.0, self.config.reply_timeout_s))
                return
            except Exception:  # timed out or failed: fall through and abort
                pass
        ws.transport.abort()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(ws.wait_closed(), 1.0)

    async def _converse(self, once: bool) -> None:
        replica = self.replica
        state = ss.read_state(replica)
        desk_key = b""
        # before its first welcome a device does not know its role: a gate asks once, is
        # refused (key_role_forbidden) and keeps an unused secret; it never asks again
        if state.role in ("", *KEY_ROLES):
            desk_key = desk_key_request(replica) or b""
        self._proto.start(
            fr.Hello(
                replica.device_id,
                SCHEMA_VERSION,
                __version__,
                state.hub_epoch,
                state.cursor,
                ss.next_client_seq(replica),
                desk_key=desk_key.hex(),
                device_time_ms=self.clock.now_ms(),
            )
        )
        await self._flush()
        welcomed = await self._answer(p.Welcomed)
        welcome = welcomed.welcome
        offset = welcome.hub_time_ms - self.clock.now_ms()
        if welcome.desk_key_error and welcome.desk_key_error != "key_role_forbidden":
            log.warning("the hub did not certify this device's key: %s", welcome.desk_key_error)
        self.desk_key_error = welcome.desk_key_error
        bounds = ClockBounds()
        if welcome.clock_ahead_ms and welcome.clock_behind_ms:
            bounds = ClockBounds(welcome.clock_ahead_ms, welcome.clock_behind_ms)
        # the hub's time corrects this clock before anything is pushed (docs/protocol.md)
        fix = ss.note_contact(replica, welcome.role, offset, welcome.hub_hlc, bounds=bounds)
        if fix.restamped or fix.hlc_reset:
            log.warning(
                "this clock is %+d ms off the hub's: %d queued ops re-stamped in hub time",
                -offset,
                fix.restamped,
            )
            self._repair_due = True  # a re-stamped edit may now lose here: compare digests
        self._report(
            phase="syncing",
            last_error="",  # the hub answered: an earlier "unreachable" is over
            detail="",
            clock_correction_ms=fix.correction_ms,
            hub_offset_ms=offset,
            hub_seq=welcome.max_seq,
            device_name=welcome.device_name,
            role=welcome.role,
            desk_key_id=welcome.desk_key_id,
            desk_key_error=welcome.desk_key_error,
        )
        regressed = bool(state.hub_epoch) and (
            welcome.hub_epoch != state.hub_epoch or welcome.max_seq < state.cursor
        )
        if regressed:
            log.warning("hub regressed (restored from backup?): re-pushing, re-snapshotting")
            await self._push(welcome.expected_client_seq)
            await self._snapshot(welcome.hub_epoch)
        elif not state.bootstrapped:  # resuming a cut transfer from the same hub, if any
            await self._snapshot(welcome.hub_epoch, resume=True)
        first = ss.first_pending(replica)
        start = (
            welcome.expected_client_seq
            if first is None
            else min(first, welcome.expected_client_seq)
        )
        await self._push(start)
        await self._pull()
        if self._repair_due:
            await self._check_digest(welcome.hub_epoch)
        ss.mark_synced(replica, self.clock.now_ms())
        self._report(phase="online", last_error="", detail="", refresh=True)
        if once:
            return
        await self._live(welcome.hub_epoch)

    async def _live(self, epoch: str) -> None:
        assert self._wake is not None
        while not self._stopping:
            self._wake.clear()
            if self.replica.pending_count():
                await self._push(ss.first_pending(self.replica) or 1)
            cursor = self._apply_carried()
            if self._poked > cursor:
                await self._pull()  # the last page notes the sync in its own commit
                self._report(phase="online")
            elif self._repair_due or self._digest_due():
                await self._check_digest(epoch)
            await self._idle(self.config.pull_interval_s)

    def _apply_carried(self) -> int:
        """Apply the changes pokes carried, from this replica's cursor on, in one commit
        (what a pull of them would have done); returns the cursor. A poke starting past
        the cursor (a commit this device did not hear of) leaves the rest to a pull."""
        replica = self.replica
        cursor = ss.read_state(replica).cursor
        items, to = p.carried_changes(cursor, self._carried)
        self._carried.clear()  # applied now, or (after a gap) left to a pull
        if to == cursor:
            return cursor
        synced = self._sync_mark()
        report = ss.apply_changes(replica, items, to, synced_ms=synced)
        if items:
            self._changed(tuple(item.op for item in items))
        if report.failed:
            self._repair_due = True
            self._report(last_error="apply_failed", detail=f"{len(report.failed)} changes")
        seen = max(self.status.hub_seq, to)
        if synced:
            self._report(phase="online", cursor=to, hub_seq=seen, last_sync_ms=synced)
        else:
            self._report(phase="online", cursor=to, hub_seq=seen)
        return to

    def _sync_mark(self) -> int:
        """Now, when the last sync noted in the replica is a second old or more (it is
        written in the commit that applies changes), else 0: a desk following 50 scans a
        second does not rewrite it 50 times a second."""
        now = self.clock.now_ms()
        if now - self.status.last_sync_ms < 1000:
            return 0
        return now

    async def _idle(self, timeout: float) -> None:
        """Wait for a frame (a poke), a local write (this process's wakes us, another's is
        found every ``outbox_poll_s``) or the timeout; a timeout pulls."""
        assert self._wake is not None
        await self._drain_unsolicited()
        if self._wake.is_set():
            return
        wake = asyncio.ensure_future(self._wake.wait())
        recv = self._recv_future()
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            left = deadline - asyncio.get_running_loop().time()
            done, _ = await asyncio.wait(
                {wake, recv},
                timeout=max(0.0, min(left, self.config.outbox_poll_s)),
                return_when="FIRST_COMPLETED",
            )
            if done or left <= self.config.outbox_poll_s:
                break
            if self.replica.pending_count():  # written by another process: push now
                wake.cancel()
                return
        wake.cancel()
        if recv in done:
            await self._take_received()
            await self._drain_unsolicited()
        elif not done:
            self._poked = max(self._poked, ss.read_state(self.replica).cursor + 1)

    async def _drain_unsolicited(self) -> None:
        """Frames that came while idle: errors end the connection, anything else is noted."""
        while self._queued:
            event = self._queued.popleft()
            if isinstance(event, p.PeerError | p.ProtocolViolation):
                self._queued.appendleft(event)
                await self._answer(p.Poked)  # raises the matching SyncFatal or _Reconnect
            elif isinstance(event, p.ResetRequested):
                await self._snapshot(ss.read_state(self.replica).hub_epoch)
            else:
                log.debug("ignoring unsolicited %s", event)

    def _digest_due(self) -> bool:
        return self.clock.now_ms() - self._last_digest_ms >= self.config.digest_interval_s * 1000

    # -- exchanges ---------------------------------------------------------------------------

    async def _push(self, start: int) -> None:
        """Push the outbox from ``start`` in client_seq order, ``PUSH_WINDOW`` batches in
        flight; a ``resend_from`` drains the window and restarts where the hub says."""
        replica = self.replica
        in_flight = 0
        resend: int | None = None
        while True:
            while resend is None and in_flight < p.PUSH_WINDOW:
                entries = ss.outbox_json_from(replica, start, fr.MAX_OPS_PER_PUSH)
                if not entries:
                    break
                self._proto.push_json(uuid7(self.clock.now_ms()), entries)
                await self._flush()
                in_flight += 1
                start = entries[-1][0] + 1
            if not in_flight:
                if resend is None:
                    break
                start, resend = resend, None
                continue
            event = await self._answer(p.PushAcked, p.ResendRequested)
            in_flight -= 1
            if isinstance(event, p.ResendRequested):
                resend = event.client_seq if resend is None else min(resend, event.client_seq)
                continue
            assert isinstance(event, p.PushAcked)
            ss.record_push(replica, event.results)
            if any(o.status == "rejected" for o in event.results):
                self._repair_due = True  # the refused op's local effect must be undone
            self._report(
                phase="syncing",
                hub_seq=max(self.status.hub_seq, event.durable_seq),
                pending=replica.pending_count(),
            )
        self._report(rejected=self._rejected(), refresh=True)

    async def _pull(self) -> None:
        """Apply what pokes carried, then pull pages until caught up."""
        replica = self.replica
        self._apply_carried()
        while True:
            cursor = ss.read_state(replica).cursor
            self._proto.pull(cursor)
            await self._flush()
            event = await self._answer(p.ChangesReceived, p.ResetRequested)
            if isinstance(event, p.ResetRequested):
                await self._snapshot(ss.read_state(replica).hub_epoch)
                continue
            assert isinstance(event, p.ChangesReceived)
            synced = 0 if event.has_more else self._sync_mark()  # caught up: say when
            report = ss.apply_changes(replica, event.items, event.to, synced_ms=synced)
            if event.items:
                self._changed(tuple(item.op for item in event.items))
            if report.failed:
                self._repair_due = True
                self._report(last_error="apply_failed", detail=f"{len(report.failed)} changes")
            seen = max(self.status.hub_seq, event.to)
            if synced:
                self._report(cursor=event.to, hub_seq=seen, last_sync_ms=synced)
            else:
                self._report(cursor=event.to, hub_seq=seen)
            if not event.has_more:
                return

    async def _snapshot(self, epoch: str, *, resume: bool = False) -> None:
        """Receive a snapshot file beside the replica, install it (one transaction) and
        pull from its position; ``resume``: ask for the rest of a cut transfer of the same
        hub's snapshot."""
        replica = self.replica
        self._report(phase="syncing")
        snapshot_id, offset = ss.resume_offset(replica, epoch) if resume else ("", 0)
        self._proto.request_snapshot(snapshot_id, offset, ss.snapshot_floor(replica, epoch))
        await self._flush()
        begun = (await self._answer(p.SnapshotFileBegun)).file
        announced = ss.SnapshotProgress(
            begun.snapshot_id,
            begun.snapshot_seq,
            begun.hub_epoch or epoch,
            begun.size,
            begun.sha256,
        )
        try:
            download = ss.SnapshotDownload(replica, announced, begun.offset)
        except ss.SnapshotDamaged as error:
            raise _Reconnect(f"snapshot damaged: {error}", "snapshot_damaged") from None
        try:
            while True:
                event = await self._answer(p.SnapshotBytes, p.SnapshotFileEnded)
                if isinstance(event, p.SnapshotFileEnded):
                    break
                assert isinstance(event, p.SnapshotBytes)
                download.write(event.data)
        except BaseException:
            download.abandon()  # what arrived stays for the next connection to resume
            raise
        try:
            cursor = download.finish()
        except ss.SnapshotDamaged as error:
            log.warning("snapshot file refused (%s): asking for a fresh one", error)
            raise _Reconnect(f"snapshot damaged: {error}", "snapshot_damaged") from None
        self._report(cursor=cursor)
        self._changed(None)
        # the file may be a little older than the log (the hub serves the same file to
        # every device for a while): catch up from its position before anything else
        await self._pull()

    async def _check_digest(self, epoch: str) -> None:
        """Compare per-table digests with the hub at the same seq; re-snapshot if they
        differ (a refused op's local effect, a change that would not apply here …)."""
        self._last_digest_ms = self.clock.now_ms()
        if self.replica.pending_count():
            return
        self._proto.request_digest()
        await self._flush()
        event = await self._answer(p.DigestReceived)
        state = ss.read_state(self.replica)
        if event.seq != state.cursor:
            return  # the hub moved on meanwhile: compare next time
        self._repair_due = False
        tables = [t for t in event.tables if sees_table(state.role, t)]
        mine = ss.local_digests(self.replica.conn, tables)
        differ = diverged(mine, {t: event.tables[t] for t in tables})
        if differ:
            log.warning("replica diverged from the hub in %s: re-snapshotting", differ)
            self._report(last_error="diverged", detail=", ".join(differ))
            await self._snapshot(epoch)

    # -- frames ------------------------------------------------------------------------------

    async def _flush(self) -> None:
        """Send what the protocol queued. A send that cannot drain within the reply timeout
        means a link that swallows what we write (websockets' own keepalive pings block
        behind it too): the connection counts as dead."""
        assert self._ws is not None
        for text in self._proto.data_to_send():
            await asyncio.wait_for(self._ws.send(text), self.config.reply_timeout_s)

    def _recv_future(self) -> asyncio.Task[str | bytes]:
        assert self._ws is not None
        if self._recv_task is None:
            self._recv_task = asyncio.ensure_future(self._ws.recv())
        return self._recv_task

    async def _take_received(self) -> None:
        task = self._recv_future()
        text = await asyncio.shield(task)
        self._recv_task = None
        for event in self._proto.receive(text):
            if isinstance(event, p.Poked):
                self._poked = max(self._poked, event.max_seq)
                if event.items and len(self._carried) < _CARRIED_KEPT:
                    self._carried.append(event)
                self._report(hub_seq=max(self.status.hub_seq, event.max_seq))
            else:
                self._queued.append(event)
        await self._flush()

    async def _answer(self, *kinds: type[E]) -> E:
        """The next event of one of ``kinds``; refusals and violations end the connection.

        The reply timeout runs from the call, not per frame: pokes arriving meanwhile (the
        hub → desk direction working while desk → hub is cut) do not keep a dead request
        alive."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.config.reply_timeout_s
        while True:
            while not self._queued:
                remaining = deadline - loop.time()
                if remaining <= 0:
                    raise TimeoutError("no answer from the hub")
                await asyncio.wait_for(self._take_received(), remaining)
            event = self._queued.popleft()
            if isinstance(event, kinds):
                return event
            if isinstance(event, p.PeerError):
                if event.code in _FATAL_HUB_ERRORS:
                    raise SyncFatal(event.code, event.message)
                raise _Reconnect(
                    f"hub error {event.code}: {event.message}",
                    event.code,
                    event.retry_after_ms / 1000,
                )
            if isinstance(event, p.ResetRequested) and event.reason == "schema":
                raise SyncFatal("schema", "this app is older than the hub: upgrade it")
            if isinstance(event, p.ProtocolViolation):
                raise _Reconnect(f"protocol violation {event.code}: {event.detail}")
            if isinstance(event, p.ResetRequested):
                self._queued.appendleft(event)
                raise _Reconnect("reset required outside a pull")
            log.debug("ignoring %s", event)

    # -- status ------------------------------------------------------------------------------

    def _rejected(self) -> int:
        return self.replica.rejected_count()

    def _report(
        self,
        *,
        phase: Phase | None = None,
        last_error: str | None = None,
        detail: str | None = None,
        refresh: bool = False,
        **values: int | str,
    ) -> None:
        """Update the status and tell the listener if it changed. ``refresh``: read the
        outbox counts, the cursor and the last sync from the replica (after pushes, at
        connection milestones); otherwise only what is given changes — a pull says its
        cursor itself, so a desk following 50 scans a second does not count its outbox
        50 times a second."""
        changes: dict[str, object] = dict(values)
        if phase is not None:
            changes["phase"] = phase
        if last_error is not None:
            changes["last_error"] = last_error
            changes["last_error_detail"] = detail or ""
        if refresh and self._replica is not None:
            state = ss.read_state(self._replica)
            changes.setdefault("pending", self._replica.pending_count())
            changes.setdefault("clock_refused", ss.refused_count(self._replica, "clock_skew"))
            changes.setdefault("last_sync_ms", state.last_sync_ms)
            changes.setdefault("cursor", state.cursor)
        status = replace(self.status, **changes)  # type: ignore[arg-type]
        if status != self.status:
            self.status = status
            if self.on_status is not None:
                try:
                    self.on_status(status)
                except Exception:  # a broken listener must not stop sync
                    log.exception("status listener failed")

    def _changed(self, ops: tuple[Op, ...] | None) -> None:
        if self.on_changes is not None:
            try:
                self.on_changes(ops)
            except Exception:
                log.exception("change listener failed")

    async def _sleep(self, seconds: float) -> None:
        """Back off; only :meth:`stop` cuts it short (local writes do not: no stampede)."""
        assert self._stop_event is not None
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop_event.wait(), seconds)
