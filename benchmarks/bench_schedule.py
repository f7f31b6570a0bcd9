"""Schedule conflict checks on the demo event (targets: bulk ≤ 20 ms, incremental ≤ 2 ms).

The demo's 800-odd placed sessions in 40 rooms over six days, its speakers and their
declared availability, checked against C1–C5 (``wufops.schedule.core``):

- **bulk**: every rule over every bucket (``Checker.rebuild``), median of the rounds;
  baseline, same run: the naive check — every pair of active sessions compared for a shared
  room (with its changeover) and a shared speaker, plus each session against its room's
  windows, its speakers' windows and its room's capacity; it must find the same conflicts;
- **incremental after one move**: a random session moved to a random room and time
  (``Checker.apply`` of one change), p50 and p99 over the moves; baseline: the bulk check;
- **after one move, from the database**: the move written through the op log, its row
  reloaded (``reloaded``) and applied — what the workspace does after an edit or a pulled
  batch; baseline: loading the whole world and a bulk check.
"""

from __future__ import annotations

import random
import statistics
import time
from dataclasses import replace
from pathlib import Path

from benchmarks.common import Row, fresh_copy, percentile
from wufops.clock import SystemClock
from wufops.models.schedule import MINUTE_MS, Finding, ObjectRef, Placement, Session, within
from wufops.schedule import Change, Checker, core_registry, load_world, move_session, reloaded
from wufops.schedule.world import World
from wufops.store.replica import Replica

ROUNDS = 30
MOVES = 300
DB_MOVES = 60
SEED = 11


def naive(world: World) -> dict[str, Finding]:
    """Every pair of active sessions compared directly (the baseline)."""
    active = sorted(
        (s for s in world.sessions.values() if s.active),
        key=lambda s: (s.placement.start_ms if s.placement else 0, s.id),
    )
    found: dict[str, Finding] = {}

    def add(finding: Finding) -> None:
        found[finding.key] = finding

    for i, a in enumerate(active):
        pa = a.placement
        assert pa is not None
        room = world.rooms.get(pa.room_id)
        if (
            room is not None
            and room.availability
            and not within(room.availability, pa.start_ms, pa.end_ms)
        ):
            add(
                Finding(
                    "room_unavailable", (ObjectRef("session", a.id), ObjectRef("room", room.id))
                )
            )
        if room is not None and a.format != "online" and a.expected_audience > room.capacity:
            add(Finding("over_capacity", (ObjectRef("session", a.id), ObjectRef("room", room.id))))
        for person in set(a.speakers):
            declared = world.speakers.get(person)
            if (
                declared
                and declared.windows
                and not within(declared.windows, pa.start_ms, pa.end_ms)
            ):
                add(
                    Finding(
                        "speaker_unavailable",
                        (ObjectRef("session", a.id), ObjectRef("speaker", person)),
                    )
                )
        for b in active[i + 1 :]:
            pb = b.placement
            assert pb is not None
            pair = (ObjectRef("session", a.id), ObjectRef("session", b.id))
            if pa.room_id == pb.room_id:
                buffer = room.changeover_min * MINUTE_MS if room else 0
                if pb.start_ms < pa.end_ms + buffer:
                    add(Finding("room_overlap", (*pair, ObjectRef("room", pa.room_id))))
            if pb.start_ms < pa.end_ms:
                for person in set(a.speakers) & set(b.speakers):
                    add(Finding("speaker_double_booked", (*pair, ObjectRef("speaker", person))))
    return found


def _median_ms(fn: object, rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def _random_move(rng: random.Random, world: World, session: Session) -> Session:
    assert session.placement is not None
    length = session.placement.end_ms - session.placement.start_ms
    start = session.placement.start_ms + rng.randrange(-24 * 60, 24 * 60, 15) * MINUTE_MS
    room = rng.choice(sorted(world.rooms))
    return replace(session, placement=Placement(room, start, start + length))


def run(demo: Path) -> list[Row]:
    registry = core_registry()
    path = fresh_copy(demo, "schedule.db")
    replica = Replica.open(path, SystemClock())
    try:
        world = load_world(replica.conn, registry)
        active = sorted(s.id for s in world.sessions.values() if s.active)
        checker = Checker(world, registry)
        naive_found = naive(world)
        bulk_keys = set(checker.findings())
        if set(naive_found) != bulk_keys:
            raise AssertionError(
                f"the naive check and the engine disagree: {set(naive_found) ^ bulk_keys}"
            )
        bulk_ms = _median_ms(checker.rebuild, ROUNDS)
        naive_ms = _median_ms(lambda: naive(world), max(3, ROUNDS // 5))

        rng = random.Random(SEED)
        samples = []
        for _ in range(MOVES):
            session = world.sessions[rng.choice(active)]
            moved = _random_move(rng, world, session)
            start = time.perf_counter()
            checker.apply([Change(Session, session.id, moved)])
            samples.append((time.perf_counter() - start) * 1000)
        if checker.findings() != Checker(world.copy(), registry).findings():
            raise AssertionError("incremental results differ from a bulk recheck")

        db_samples = []
        checker = Checker(load_world(replica.conn, registry), registry)
        for _ in range(DB_MOVES):
            session = checker.world.sessions[rng.choice(active)]
            moved = _random_move(rng, checker.world, session)
            assert moved.placement is not None
            start = time.perf_counter()
            p = moved.placement
            move_session(replica, session.id, p.room_id, p.start_ms, p.end_ms)
            checker.apply(
                reloaded(replica.conn, checker.world, registry, [("session", session.id)])
            )
            db_samples.append((time.perf_counter() - start) * 1000)
        reload_ms = _median_ms(
            lambda: Checker(load_world(replica.conn, registry), registry), max(3, ROUNDS // 5)
        )
    finally:
        replica.close()
    placed = len(active)
    return [
        Row(
            f"bulk check, {placed} placed sessions (baseline: pairwise)",
            bulk_ms,
            naive_ms,
            "ms",
            "≤ 20 ms",
        ),
        Row(
            "incremental after one move, p50 (baseline: bulk)",
            statistics.median(samples),
            bulk_ms,
            "ms",
            "≤ 2 ms",
        ),
        Row(
            "incremental after one move, p99 (baseline: bulk)",
            percentile(samples, 99),
            bulk_ms,
            "ms",
            "≤ 2 ms",
        ),
        Row(
            "move written + row reloaded + applied, p50 (baseline: load + bulk)",
            statistics.median(db_samples),
            reload_ms,
            "ms",
        ),
    ]
