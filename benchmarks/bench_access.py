"""Access assignment on the demo event: 700+ sessions, 60 providers (target: full coverage,
when feasible, ≤ 5 s on 2 cores).

- **full coverage** — ``wufops.access.solver.solve`` (greedy warm start, then CP-SAT over
  the independent parts, 2 workers): seconds until every required unit is filled; baseline,
  same run: the **greedy plan alone** — its seconds, and how many required units it fills;
- **infeasible case** — the same programme with the short-staffed team
  (``generate(access_shortfall=True)``): seconds until the shortfall is *proven* minimal
  (every part's coverage stage OPTIMAL; target ≤ 10 s); baseline: the units greedy alone
  leaves open beside those the proof says must stay open;
- **re-solve after a provider drops out** — the proposal accepted, the provider holding the
  most slots marked absent for the whole event, solved again: slots changed beyond the ones
  that provider held (bounded by :data:`EXTRA_BOUND`); baseline: the slots they held.
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

from benchmarks.common import CACHE, Row, fresh_copy, scratch_path, target, target_row
from wufops.access.edits import accept_proposal, mark_absent
from wufops.access.plan import load_plan
from wufops.access.solver import solve
from wufops.clock import SystemClock
from wufops.demo import generate
from wufops.store.replica import Replica

TIME_LIMIT_S = 10.0
#: the infeasible case must prove its shortfall within this
PROOF_S = 10.0
#: a re-solve after one provider drops out changes at most their slots plus this many
EXTRA_BOUND = 10
SHORT_ATTENDEES = 2_000


def _short_db(seed: int) -> Path:
    path = CACHE / f"access-short-{seed}.db"
    if not path.exists():
        scratch = scratch_path("access-short.tmp.db")
        generate(scratch, seed=seed, attendees=SHORT_ATTENDEES, access_shortfall=True)
        shutil.move(scratch, path)
    return path


def run(demo: Path) -> list[Row]:
    replica = Replica.open(fresh_copy(demo, "access.db"), SystemClock())
    try:
        plan = load_plan(replica.conn)
        greedy = solve(plan, use_cp=False)
        full = solve(plan, time_limit_s=TIME_LIMIT_S)
        required = full.coverage.required
        first_full = full.first_full_s if full.first_full_s is not None else float("inf")
        rows = [
            target_row(
                f"full coverage, {len(plan.sessions)} sessions × {len(plan.providers)} "
                f"providers ({required} required units) vs greedy alone",
                first_full,
                greedy.seconds,
                "s",
                target("assignment_s"),
            ),
            Row(
                "required units filled: CP-SAT vs greedy alone",
                full.coverage.filled_required,
                greedy.coverage.filled_required,
                "u",
                higher_is_better=True,
            ),
            Row(
                "largest day load (min): CP-SAT vs greedy alone",
                full.max_day_load,
                greedy.max_day_load,
                "min",
            ),
        ]
        accept_proposal(replica, full)
        held = Counter(unit[0] for unit in load_plan(replica.conn).current().values())
        who, count = held.most_common(1)[0]
        assert who is not None
        slots = mark_absent(replica, who)
        again = solve(load_plan(replica.conn), time_limit_s=TIME_LIMIT_S)
        extra = len({c.slot_id for c in again.changes} - set(slots))
        rows.append(
            Row(
                f"re-solve after one provider drops out: extra slots changed "
                f"(≤ {EXTRA_BOUND}) vs the {count} they held",
                extra,
                len(slots),
                "sl",
                f"≤ {EXTRA_BOUND} sl",
                limit=EXTRA_BOUND,
            )
        )
    finally:
        replica.close()
    short = Replica.open(fresh_copy(_short_db(13), "access-short.db"), SystemClock())
    try:
        plan = load_plan(short.conn)
        greedy = solve(plan, use_cp=False)
        proof = solve(plan, time_limit_s=PROOF_S * 2)
        proved = proof.cover_s if proof.proven and proof.cover_s is not None else float("inf")
        rows += [
            Row(
                f"infeasible case: shortfall proven minimal ({len(proof.unmet)} units open)",
                proved,
                None,
                "s",
                f"≤ {PROOF_S:g} s",
                limit=PROOF_S,
            ),
            Row(
                "infeasible case: units left open, CP-SAT (proven) vs greedy alone",
                len(proof.unmet),
                len(greedy.unmet),
                "u",
            ),
        ]
    finally:
        short.close()
    return rows
