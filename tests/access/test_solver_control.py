"""A solve reports its progress and stops when cancelled, with the best plan found so far —
what the access workspace's worker thread relies on."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from tests.access.test_demo import _check
from wufops.access.plan import load_plan
from wufops.access.solver import SolveProgress, solve
from wufops.clock import SystemClock
from wufops.demo import generate
from wufops.store.replica import Replica


def test_progress_then_cancel_returns_the_best_plan_so_far(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    generate(path, seed=13, attendees=200)
    replica = Replica.open(path, SystemClock())
    try:
        plan = load_plan(replica.conn)
        greedy = solve(plan, use_cp=False)
        seen: list[SolveProgress] = []
        stop = threading.Event()

        def progress(p: SolveProgress) -> None:
            seen.append(p)
            if p.phase == "solving" and p.parts_done >= 2:
                stop.set()  # the coordinator presses Cancel after two parts

        started = time.perf_counter()
        proposal = solve(plan, time_limit_s=60.0, progress=progress, cancel=stop)
        took = time.perf_counter() - started
        assert proposal.status == "cancelled" and not proposal.proven
        assert took < 30.0  # well before the time limit
        assert seen[0].phase == "greedy" and seen[-1].phase == "done"
        fractions = [p.fraction for p in seen if p.phase == "solving"]
        assert fractions == sorted(fractions) and fractions[0] > 0
        assert proposal.coverage.filled_required >= greedy.coverage.filled_required
        _check(plan, dict(proposal.units))
        # a callable works as well as an Event; cancelled at once: the greedy plan
        early = solve(plan, time_limit_s=60.0, cancel=lambda: True)
        assert early.status == "cancelled"
        assert early.coverage == greedy.coverage
    finally:
        replica.close()
