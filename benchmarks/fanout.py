"""Fan-out for ``bench_sync``: 100 desks, each with its own SQLite replica and the real sync
driver, in a few worker processes (the machine has 2 cores; one process per desk would be
100 interpreters).

Each desk is what the desk app runs: a :class:`~wufops.net.driver.SyncDriver` (its own
connection, ``apply_changes`` through the store, cursor in the same transaction) and a
second connection on the same file through which its scans are written (``Replica.batch``:
the merge rule, field versions, outbox, HLC), the driver woken as the desk app wakes it.
A change counts as arrived at a desk when the driver's ``on_changes`` reports it: after the
commit that applied it. Times are ``time.monotonic()``, one clock for every process of the
machine.

The replicas are copies of a desk bootstrapped from the hub, without the 37,000 attendees
and their field versions (a hundred copies of the event would be 5.6 GB): applying a
check-in writes ``checkin_event`` and the replica's meta only.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import multiprocessing.connection
import random
import shutil
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wufops.clock import SystemClock
from wufops.net.driver import SyncConfig, SyncDriver
from wufops.store.replica import Replica
from wufops.sync.ops import Op

#: desks per worker process
PER_PROCESS = 25


@dataclass
class Plan:
    """What one worker runs: its desks and, for each, when it scans whom."""

    url: str
    desks: list[tuple[int, str, str]]  # (desk number, replica path, token)
    #: (seconds after the start, desk number, attendee id)
    scans: list[tuple[float, int, str]] = field(default_factory=list)


def make_replicas(template: Path, folder: Path, count: int) -> list[Path]:
    """``count`` desk replicas made from ``template``, a desk bootstrapped from the hub: its
    rows but the attendees and their field versions (100 copies of the event would be
    5.6 GB; check-ins name attendees without a foreign key), each copy its own replica id."""
    folder.mkdir(parents=True, exist_ok=True)
    small = folder / "template.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(small) + suffix).unlink(missing_ok=True)
    shutil.copyfile(template, small)
    with sqlite3.connect(small, isolation_level=None) as conn:
        conn.execute("DELETE FROM field_version WHERE entity = 'attendee'")
        conn.execute("DELETE FROM attendee")
        conn.execute("VACUUM")
    paths = []
    for n in range(count):
        path = folder / f"desk-{n}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        shutil.copyfile(small, path)
        with sqlite3.connect(path) as conn:
            conn.execute(
                "UPDATE replica_meta SET value = ? WHERE key = 'device_id'", (f"fan-desk-{n:04d}",)
            )
        paths.append(path)
    return paths


def schedule(
    desks: int, attendees: list[str], per_second: int, seconds: float, seed: int = 5
) -> list[tuple[float, int, str]]:
    rng = random.Random(seed)
    count = int(per_second * seconds)
    return [
        (n / per_second, rng.randrange(desks), attendees[rng.randrange(len(attendees))])
        for n in range(count)
    ]


def run_workers(
    url: str, desks: list[tuple[int, Path, str]], scans: list[tuple[float, int, str]]
) -> tuple[dict[str, tuple[int, float]], dict[str, dict[int, float]]]:
    """Run every desk in worker processes; returns ``sent`` (op id → origin desk, scan
    time) and ``arrivals`` (op id → desk → commit time)."""
    ctx = multiprocessing.get_context("spawn")
    plans: list[Plan] = []
    for start in range(0, len(desks), PER_PROCESS):
        mine = desks[start : start + PER_PROCESS]
        numbers = {n for n, _, _ in mine}
        plans.append(
            Plan(
                url,
                [(n, str(path), token) for n, path, token in mine],
                [s for s in scans if s[1] in numbers],
            )
        )
    pipes = []
    procs = []
    for plan in plans:
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_worker, args=(plan, child), daemon=True)
        proc.start()
        pipes.append(parent)
        procs.append(proc)
    for pipe in pipes:  # every desk online
        if pipe.recv() != "ready":
            raise RuntimeError("a fan-out worker failed to start")
    start = time.monotonic() + 1.0
    for pipe in pipes:
        pipe.send(start)
    sent: dict[str, tuple[int, float]] = {}
    arrivals: dict[str, dict[int, float]] = {}
    for pipe in pipes:
        their_sent, their_arrivals = pipe.recv()
        sent.update(their_sent)
        for op_id, seen in their_arrivals.items():
            arrivals.setdefault(op_id, {}).update(seen)
    for proc in procs:
        proc.join(30)
    return sent, arrivals


def _worker(plan: Plan, pipe: multiprocessing.connection.Connection) -> None:
    asyncio.run(_desks(plan, pipe))


async def _desks(plan: Plan, pipe: multiprocessing.connection.Connection) -> None:
    arrivals: dict[str, dict[int, float]] = {}
    drivers: dict[int, SyncDriver] = {}
    writers: dict[int, Replica] = {}
    tasks = []

    def recorder(number: int) -> Any:
        def changed(ops: tuple[Op, ...] | None) -> None:
            now = time.monotonic()
            for op in ops or ():
                arrivals.setdefault(op.op_id, {})[number] = now

        return changed

    for number, path, token in plan.desks:
        config = SyncConfig(plan.url, token, digest_interval_s=1e9, ping_interval_s=None)
        driver = SyncDriver(path, config, on_changes=recorder(number))
        drivers[number] = driver
        writers[number] = Replica.open(path, SystemClock())
        tasks.append(asyncio.create_task(driver.run()))
    deadline = time.monotonic() + 120
    while any(d.status.phase != "online" for d in drivers.values()):
        if time.monotonic() > deadline:
            stuck = [(n, d.status) for n, d in drivers.items() if d.status.phase != "online"]
            raise RuntimeError(f"desks did not come online: {stuck[:3]}")
        await asyncio.sleep(0.05)
    loop = asyncio.get_running_loop()
    pipe.send("ready")
    start = await loop.run_in_executor(None, pipe.recv)
    sent: dict[str, tuple[int, float]] = {}
    for at, number, attendee in plan.scans:
        wait = start + at - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)
        now = time.monotonic()
        replica = writers[number]
        with replica.batch() as batch:  # what a desk's scan writes
            batch.event(
                "checkin_event",
                {
                    "attendee_id": attendee,
                    "kind": "badge_pickup",
                    "desk": f"fan-{number}",
                    "wall_time": replica.now_iso(),
                },
                stamped=True,
            )
        sent[batch.ops[-1].op_id] = (number, now)
        drivers[number].notify_local_write()
    await asyncio.sleep(
        max(0.0, start + (plan.scans[-1][0] if plan.scans else 0) - time.monotonic())
    )
    # the last scans reach everyone: until nothing more arrives for 2 s (at most 30 s)
    counted, quiet, limit = -1, 0.0, time.monotonic() + 30
    while quiet < 2.0 and time.monotonic() < limit:
        await asyncio.sleep(0.25)
        now_counted = sum(len(seen) for seen in arrivals.values())
        quiet = quiet + 0.25 if now_counted == counted else 0.0
        counted = now_counted
    pipe.send((sent, arrivals))
    for driver in drivers.values():
        driver.stop(0)
    await asyncio.gather(*tasks, return_exceptions=True)
    for replica in writers.values():
        replica.close()
