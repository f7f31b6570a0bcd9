"""Per-connection state is freed on every path (issue 11 §4): plain HTTP requests with a
valid token (no websocket Upgrade), refused handshakes and closed websockets leave nothing
behind in the hub, and its memory does not grow with them."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from websockets.exceptions import InvalidStatus

from tests.hub.conftest import LimitedHub
from tests.hub.helpers import raw_connect, seed_event, welcomed
from tests.sync.conftest import HubEnv
from wufops.clock import SystemClock
from wufops.net.launch import free_port, start_hub_process
from wufops.net.server import HubThread
from wufops.store.hub_log import HubLog
from wufops.store.replica import Replica

Start = Callable[..., LimitedHub]


async def _plain_requests(port: int, token: str, count: int, concurrency: int = 16) -> int:
    """``count`` HTTP GETs carrying the token but no Upgrade; how many got an answer."""
    answered = 0
    request = (
        f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: Bearer {token}\r\n"
        "Connection: close\r\n\r\n"
    ).encode()
    todo = iter(range(count))

    async def worker() -> None:
        nonlocal answered
        for _ in todo:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(request)
            await writer.drain()
            status = await reader.readline()
            if status.startswith(b"HTTP/1.1 "):
                answered += 1
            writer.close()
            await writer.wait_closed()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return answered


def _state_sizes(hub: HubThread) -> dict[str, int]:
    return {name: len(table) for name, table in hub.connection_state().items()}


def _upgrade(port: int, token: str) -> bytes:
    return (
        f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
        "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
        f"Sec-WebSocket-Version: 13\r\nAuthorization: Bearer {token}\r\n\r\n"
    ).encode()


def _wait_empty(thread: HubThread) -> dict[str, int]:
    deadline = time.monotonic() + 15
    sizes = _state_sizes(thread)
    while any(sizes.values()) and time.monotonic() < deadline:
        time.sleep(0.05)
        sizes = _state_sizes(thread)
    return sizes


@pytest.mark.timeout(120)
def test_plain_http_requests_with_a_valid_token_leave_no_state(hub_env: HubEnv) -> None:
    """The audit's case: each such request left an entry behind for good."""
    token = hub_env.enrol("desk-1", "desk")
    port = hub_env.thread.hub.port
    assert asyncio.run(_plain_requests(port, token, 300, concurrency=40)) == 300
    assert not any((sizes := _wait_empty(hub_env.thread)).values()), sizes


@pytest.mark.timeout(120)
def test_every_way_a_connection_ends_frees_its_state(limited_hub: Start) -> None:
    hub = limited_hub(
        failed_handshake_burst=10,
        refusal_delay_s=0.3,
        max_connections_per_device=2,
        device_connect_burst=3,
        device_connects_per_s=0.01,
        max_unauthenticated_per_address=8,
        handshake_timeout_s=1.0,
    )
    token = hub.enrol("desk-1")
    port = hub.hub.port

    async def scenario() -> None:
        # refused with 401, then (over the address's burst) 429 after the pause
        for _ in range(4):
            await asyncio.gather(*(_answer(port, _upgrade(port, f"x{n}")) for n in range(5)))
        # a client that leaves during the pause
        _, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(_upgrade(port, "left"))
        writer.close()
        # slow openers: over the per-address cap (503), then cut by the handshake timeout
        idle = [await asyncio.open_connection("127.0.0.1", port) for _ in range(10)]
        await asyncio.sleep(1.5)
        for _, w in idle:
            w.close()

    asyncio.run(scenario())
    held = [welcomed(hub.url, token) for _ in range(2)]
    with pytest.raises(InvalidStatus):  # over the device's connections
        raw_connect(hub.url, token)
    for ws in held:
        ws.close()
    _wait_empty(hub.thread)
    welcomed(hub.url, token).close()  # the last of its reconnect burst
    with pytest.raises(InvalidStatus):  # over its reconnect rate
        raw_connect(hub.url, token)
    counted = set(hub.hub.admission.refusals)
    every = {"token_refused", "too_many_attempts", "hub_busy", "too_many_connections"}
    assert every | {"rate_limited"} <= counted, counted
    assert not any((sizes := _wait_empty(hub.thread)).values()), sizes


async def _answer(port: int, request: bytes) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(request)
    line = await reader.readline()
    writer.close()
    return line


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")  # pragma: no cover - Linux only, like the suite


@pytest.mark.timeout(300)
def test_the_hub_process_does_not_grow_with_plain_requests(tmp_path: Path) -> None:
    """The audit's case as a process: memory after many token-carrying plain requests stays
    near what it was after the first batch (its own baseline, measured in this test)."""
    db = tmp_path / "hub.db"
    seeded = Replica.open(db, SystemClock())
    seed_event(seeded, 3)
    seeded.close()
    log = HubLog.open(db, SystemClock())
    token = log.enrol("desk-1", "desk")[1]
    log.close()
    port = free_port()
    # the per-address refusal limit would (rightly) slow this flood down: lift it here
    proc = start_hub_process(
        db, port, "--limit", "failed_handshake_burst=1000000", "--limit", "refusal_delay_s=0"
    )
    try:
        assert asyncio.run(_plain_requests(port, token, 1500)) == 1500  # warm up: allocator
        baseline = _rss_kib(proc.pid)
        assert asyncio.run(_plain_requests(port, token, 6000)) == 6000
        grown = _rss_kib(proc.pid) - baseline
        # the leak kept ≈ 10 KiB per request (60 MB here); allow an eighth of the baseline
        assert grown < baseline / 8, f"grew {grown} KiB over a {baseline} KiB baseline"
    finally:
        proc.terminate()
        proc.wait(30)
