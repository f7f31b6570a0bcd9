"""Hub under attack: a desk's bootstrap unloaded, then under 200 hostile connections.

The hub runs as ``wufops hub`` (a real process, default limits) on a copy of the demo event.
A warm-up desk bootstraps first (untimed: the file's pages are then in the OS cache for both
runs). Baseline: a fresh desk's bootstrap (snapshot + catch-up, through the real driver)
with the hub otherwise idle. Figure: another fresh desk's bootstrap while a separate process
(``python -m benchmarks.bench_hub_load hostile …``) holds 200 hostile connections, 50 of
each kind, each kind from its own loopback address (127.0.0.2–5: another machine on the
LAN — per-address limits are then the attacker's, not the desk's):

- snapshot loopers — valid tokens of two enrolled devices (a stolen desk laptop and gate):
  connect, hello, request a full snapshot, read it, again, ignoring every refusal;
- handshake flood — a websocket handshake with a wrong token, again as soon as answered;
- plain-HTTP flood — a valid token, no websocket Upgrade, again as soon as answered;
- slow-loris — open a connection, send a header byte a second, never finish; reopen.

The desks are timed once the hostile load is steady (every snapshot looper refused at least
once: the snapshot bursts are spent). Each figure is the best of ``ROUNDS`` fresh desks (the
machine may be shared with other work). Target: loaded ≤ 3× unloaded. The hostile
process's counts (attempts and the codes it was refused with) are printed too.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from benchmarks.common import Row, fresh_copy, scratch_path
from wufops.clock import SystemClock
from wufops.net.driver import SyncConfig, SyncDriver
from wufops.net.launch import free_port, start_hub_process
from wufops.store.hub_log import HubLog

PER_KIND = 50
#: source addresses of the hostile kinds (Linux routes all of 127/8 to loopback)
ADDRESSES = {
    "snapshot": "127.0.0.2",
    "handshake": "127.0.0.3",
    "plain": "127.0.0.4",
    "slowloris": "127.0.0.5",
}
STEADY_TIMEOUT_S = 120.0
#: desks bootstrapped idle and under load; the best of each is reported
ROUNDS = 2


def _enrol(db: Path, names: list[tuple[str, str]]) -> list[str]:
    log = HubLog.open(db, SystemClock())
    try:
        log.start()  # ingest the demo's outbox now, not while timing
        return [log.enrol(name, role)[1] for name, role in names]
    finally:
        log.close()


def _bootstrap(url: str, token: str, name: str) -> float:
    desk = scratch_path(f"hub-load-{name}.db")
    start = time.perf_counter()
    status = asyncio.run(SyncDriver(desk, SyncConfig(url, token)).sync_once())
    elapsed = time.perf_counter() - start
    if status.phase != "online":  # pragma: no cover - a failed bootstrap is no figure
        raise RuntimeError(f"{name} did not come online: {status}")
    return elapsed


def run(demo: Path) -> list[Row]:
    hub_db = fresh_copy(demo, "hub-load.db")
    names = [f"load-{kind}-{n}" for kind in ("idle", "busy") for n in range(ROUNDS)]
    tokens = _enrol(
        hub_db,
        [
            ("load-warmup", "desk"),
            *((name, "desk") for name in names),
            ("stolen-desk", "desk"),
            ("stolen-gate", "gate"),
        ],
    )
    warm, *desk_tokens, stolen_desk, stolen_gate = tokens
    hostile_tokens = [stolen_desk, stolen_gate]
    desks = dict(zip(names, desk_tokens, strict=True))
    port = free_port()
    hub = start_hub_process(hub_db, port)
    url = f"ws://127.0.0.1:{port}"
    hostile: subprocess.Popen[str] | None = None
    try:
        _bootstrap(url, warm, "warmup")
        unloaded = min(_bootstrap(url, desks[f"load-idle-{n}"], f"idle-{n}") for n in range(ROUNDS))
        hostile = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.bench_hub_load", "hostile", url, *hostile_tokens],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert hostile.stdout is not None
        deadline = time.monotonic() + STEADY_TIMEOUT_S
        while (line := hostile.stdout.readline()).strip() != "steady":
            if not line or time.monotonic() > deadline:
                raise RuntimeError(f"the hostile load did not reach a steady state: {line!r}")
        loaded = min(_bootstrap(url, desks[f"load-busy-{n}"], f"busy-{n}") for n in range(ROUNDS))
        hostile.send_signal(signal.SIGINT)
        out, _ = hostile.communicate(timeout=60)
        stats: dict[str, int] = json.loads(out.strip().splitlines()[-1])
    finally:
        if hostile is not None and hostile.poll() is None:
            hostile.kill()
            hostile.wait(10)
        hub.terminate()
        hub.wait(30)
    rows = [
        Row("fresh desk bootstrap, hub idle", unloaded, None, "s"),
        Row(f"… under {4 * PER_KIND} hostile connections", loaded, None, "s"),
        Row("slowdown under load (loaded / idle)", loaded / unloaded, None, "×", "≤ 3×"),
    ]
    for what, count in sorted(stats.items()):
        rows.append(Row(f"  hostile: {what}", count, None, ""))
    print(json.dumps({r.what: r.figure for r in rows}, ensure_ascii=False), file=sys.stderr)
    return rows


# -- the hostile process ------------------------------------------------------------------------


class Hostile:
    """200 connections that try to wear the hub down; counts what the hub answered."""

    def __init__(self, url: str, tokens: list[str]) -> None:
        host, _, port = url.removeprefix("ws://").partition(":")
        self.url, self.host, self.port = url, host, int(port)
        self.tokens = tokens
        self.stats: Counter[str] = Counter()
        self.refused_loopers: set[int] = set()
        self.stop = asyncio.Event()

    async def _http(self, kind: str, request: bytes) -> None:
        """Send ``request``, read the status line, close; again at once."""
        while not self.stop.is_set():
            try:
                reader, writer = await asyncio.open_connection(
                    self.host, self.port, local_addr=(ADDRESSES[kind], 0)
                )
                writer.write(request)
                await writer.drain()
                status = await reader.readline()
                self.stats[f"{kind} {status[9:12].decode() or 'closed'}"] += 1
                writer.close()
                with contextlib.suppress(OSError):
                    await writer.wait_closed()
            except OSError:
                self.stats[f"{kind} connect failed"] += 1
                await asyncio.sleep(0.01)

    def _upgrade(self, token: str) -> bytes:
        return (
            f"GET / HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nUpgrade: websocket\r\n"
            "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
            f"Sec-WebSocket-Version: 13\r\nAuthorization: Bearer {token}\r\n\r\n"
        ).encode()

    async def handshake_flood(self, n: int) -> None:
        await self._http("handshake", self._upgrade(f"guess-{n}-{random.getrandbits(64):x}"))

    async def plain_flood(self) -> None:
        request = (
            f"GET / HTTP/1.1\r\nHost: {self.host}\r\nAuthorization: Bearer {self.tokens[0]}\r\n\r\n"
        ).encode()
        await self._http("plain", request)

    async def slowloris(self) -> None:
        while not self.stop.is_set():
            try:
                reader, writer = await asyncio.open_connection(
                    self.host, self.port, local_addr=(ADDRESSES["slowloris"], 0)
                )
                self.stats["slowloris opened"] += 1
                writer.write(b"GET / HTTP/1.1\r\n")
                while not self.stop.is_set() and not reader.at_eof():
                    writer.write(b"X")
                    await writer.drain()
                    with contextlib.suppress(TimeoutError):
                        if await asyncio.wait_for(reader.read(1024), 1.0) == b"":
                            break
                writer.close()
            except OSError:
                self.stats["slowloris cut by the hub"] += 1
                await asyncio.sleep(0.1)

    async def snapshot_looper(self, n: int) -> None:
        from websockets.asyncio.client import connect
        from websockets.exceptions import ConnectionClosed, InvalidStatus

        from db import SCHEMA_VERSION
        from wufops.ids import uuid7
        from wufops.sync import frames as fr

        token = self.tokens[n % len(self.tokens)]
        while not self.stop.is_set():
            try:
                async with connect(
                    self.url,
                    additional_headers={"Authorization": f"Bearer {token}"},
                    max_size=None,
                    compression=None,
                    proxy=None,
                    local_addr=(ADDRESSES["snapshot"], 0),
                    open_timeout=30,
                ) as ws:
                    device_id = uuid7(int(time.time() * 1000))
                    await ws.send(fr.encode(fr.Hello(device_id, SCHEMA_VERSION, "x", "", 0, 1)))
                    while not self.stop.is_set():
                        text = await ws.recv()
                        if isinstance(text, bytes):
                            continue
                        head = text[:40]
                        if head.startswith(('{"type":"welcome"', '{"type":"snapshot_file_end"')):
                            if "snapshot_file_end" in head:
                                self.stats["snapshot served"] += 1
                            await ws.send(fr.encode(fr.SnapshotFileRequest("", 0, 0)))
                        elif head.startswith('{"type":"error"'):
                            self.stats[f"snapshot {json.loads(text)['code']}"] += 1
                            self.refused_loopers.add(n)
                            await ws.send(fr.encode(fr.SnapshotFileRequest("", 0, 0)))  # ignored
            except InvalidStatus as refused:
                code = refused.response.headers.get("Wufops-Error", "?")
                self.stats[f"snapshot connect {code}"] += 1
                self.refused_loopers.add(n)
            except (ConnectionClosed, OSError, TimeoutError) as error:
                self.stats[f"snapshot {type(error).__name__}"] += 1

    async def main(self) -> None:
        loop = asyncio.get_running_loop()
        loop.add_signal_handler(signal.SIGINT, self.stop.set)
        loop.add_signal_handler(signal.SIGTERM, self.stop.set)
        tasks = [asyncio.create_task(self.snapshot_looper(n)) for n in range(PER_KIND)]
        tasks += [asyncio.create_task(self.handshake_flood(n)) for n in range(PER_KIND)]
        tasks += [asyncio.create_task(self.plain_flood()) for _ in range(PER_KIND)]
        tasks += [asyncio.create_task(self.slowloris()) for _ in range(PER_KIND)]
        while len(self.refused_loopers) < PER_KIND and not self.stop.is_set():
            await asyncio.sleep(0.2)
        await asyncio.sleep(2.0)
        print("steady", flush=True)
        await self.stop.wait()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        print(json.dumps(dict(self.stats)), flush=True)


if __name__ == "__main__":
    if len(sys.argv) < 4 or sys.argv[1] != "hostile":
        sys.exit("usage: python -m benchmarks.bench_hub_load hostile URL TOKEN…")
    asyncio.run(Hostile(sys.argv[2], sys.argv[3:]).main())
