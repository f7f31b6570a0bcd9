"""The solver: greedy warm start, then OR-Tools CP-SAT, minimising unmet demand first, then
the largest workload, then changes from the current plan — :func:`solve` → a
:class:`~wufops.access.proposal.Proposal` (nothing is written until it is accepted).

The open units split into independent parts (:func:`wufops.access.problem.parts`: a local
day's units that share candidate providers — captioners and interpreters never do); each
part is one CP-SAT model (docs/access-services.md, "Solver"):

- a Boolean per (unit, candidate lead) and, where a Deaf interpreter may lead, per (unit,
  candidate feed); at most one lead per unit; as many feeds as Deaf leads; a session's unit
  ``k + 1`` of a service only when unit ``k`` is filled;
- per provider, AtMostOne over the cliques of their interval graph (the candidate sessions
  running at each start time), a pair constraint for sessions in different rooms less than
  ``travel_min`` apart, the day's cap as a linear sum, and a continuous-work constraint for
  every minimal chain of sessions less than ``rest_min`` apart that is longer than
  ``max_continuous_min``; locked work enters as constants (it narrowed the candidates);
- **stage 1** maximises the filled units (a required unit outweighs every advised one) —
  OPTIMAL in every part proves the shortfall the smallest possible; **stage 2** keeps that
  coverage and minimises the largest workload — the most minutes one provider works on one
  day, never pushed below what the current plan already has, so a re-solve does not
  reshuffle to balance — and then the number of slots that change.

Both stages are hinted with the best plan so far (the greedy plan first, which keeps every
current unit that still fits). ``time_limit_s`` bounds the whole solve; ``cancel`` (a
``threading.Event`` or a callable) stops it, returning the best plan found so far (the
greedy one at worst); ``progress`` gets a :class:`SolveProgress` after each part and stage
(stage 1 runs on every part before stage 2 runs on any: what is covered matters most).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Literal

from wufops.access.coverage import coverage, day_loads, loads, unmet
from wufops.access.greedy import greedy
from wufops.access.plan import AccessPlan
from wufops.access.problem import Problem, build_problem, parts
from wufops.access.proposal import EMPTY, Proposal, SlotChange, SolveStatus, Unit
from wufops.access.timeline import Work, works_of
from wufops.models.access import Need
from wufops.models.schedule import MINUTE_MS

if TYPE_CHECKING:
    from ortools.sat.python import cp_model

Phase = Literal["greedy", "solving", "done"]


@dataclass(frozen=True, slots=True)
class SolveProgress:
    """Where a solve is: its phase, seconds so far, parts done of all, required units filled
    so far (greedy's for parts not solved yet)."""

    phase: Phase
    elapsed_s: float
    parts_done: int
    parts: int
    filled_required: int
    required: int

    @property
    def fraction(self) -> float:
        return self.parts_done / self.parts if self.parts else 1.0


Cancel = threading.Event | Callable[[], bool] | None
ProgressFn = Callable[[SolveProgress], None] | None

#: CP-SAT workers: the target machine has 2 cores
WORKERS = 2
#: share of the time limit for stage 1 (coverage) over all parts, each part taking its
#: share of what is left (a part proven early leaves its time to the next); stage 2 gets the
#: rest
COVER_SHARE = 0.8
#: at most this long on one part's stage 2 (balancing rarely proves optimal; a solve with a
#: long time limit still ends soon after its coverage is settled)
BALANCE_PART_S = 2.0


def _cancelled(cancel: Cancel) -> bool:
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())


def _minutes(span: Need | Work) -> int:
    return (span.end_ms - span.start_ms) // MINUTE_MS


class _Model:
    """The CP-SAT model of one part (see the module docstring)."""

    def __init__(self, problem: Problem, needs: Sequence[Need]) -> None:
        self.problem = problem
        self.needs = list(needs)
        plan = problem.plan
        settings = plan.settings
        from ortools.sat.python import cp_model  # noqa: PLC0415 — CP-SAT loads in ~1 s: only when solving

        m = cp_model.CpModel()
        self.model = m
        self.lead: dict[tuple[str, str], cp_model.IntVar] = {}
        self.feed: dict[tuple[str, str], cp_model.IntVar] = {}
        self.filled: dict[str, list[cp_model.IntVar]] = {}
        # provider -> session -> (the session as a need, the provider's variables there)
        at: dict[str, dict[str, tuple[Need, list[cp_model.IntVar]]]] = {}
        for need in self.needs:
            leads = []
            for p in problem.leads[need.id]:
                var = m.new_bool_var(f"l{len(self.lead)}")
                self.lead[(need.id, p)] = var
                leads.append(var)
                at.setdefault(p, {}).setdefault(need.session_id, (need, []))[1].append(var)
            m.add_at_most_one(leads)
            self.filled[need.id] = leads
            deaf = [self.lead[(need.id, p)] for p in problem.leads[need.id]
                    if plan.providers[p].deaf and need.service == "sign_language"]  # fmt: skip
            if deaf:
                feeds = []
                for q in problem.feeds.get(need.id, ()):
                    var = m.new_bool_var(f"f{len(self.feed)}")
                    self.feed[(need.id, q)] = var
                    feeds.append(var)
                    at.setdefault(q, {}).setdefault(need.session_id, (need, []))[1].append(var)
                m.add(sum(feeds) == sum(deaf))
        in_part = {n.id for n in self.needs}
        for group in problem.groups.values():
            if group[0].id in in_part:
                for a, b in pairwise(group):
                    m.add(sum(self.filled[b.id]) <= sum(self.filled[a.id]))
        travel = settings.travel_min * MINUTE_MS
        rest = settings.rest_min * MINUTE_MS
        reach = max(travel, rest)
        #: (provider, day) -> its minutes that day as an expression (locked work included)
        self.day_loads: list[cp_model.LinearExprT] = []
        for p, by_session in at.items():
            spans = sorted(by_session.values(), key=lambda x: (x[0].start_ms, x[0].end_ms))
            for need, _ in spans:  # cliques: what runs at each start time
                live = [v for n, vs in spans if n.start_ms <= need.start_ms < n.end_ms for v in vs]
                if len(live) > 1:
                    m.add_at_most_one(live)
            for i, (a, va) in enumerate(spans):  # travel between rooms
                for b, vb in spans[i + 1 :]:
                    if b.start_ms >= a.end_ms + reach:
                        break
                    if a.end_ms <= b.start_ms < a.end_ms + travel and a.room_id != b.room_id:
                        m.add(sum(va) + sum(vb) <= 1)
            self._chains(spans, rest, settings.max_continuous_min * MINUTE_MS)
            by_day: dict[int, list[tuple[int, list[cp_model.IntVar]]]] = {}
            for need, vs in spans:
                by_day.setdefault(plan.day(need.start_ms), []).append((_minutes(need), vs))
            cap = problem.cap(p)
            for day, items in by_day.items():
                fixed = problem.fixed_minutes(p, day)
                load = fixed + sum(mins * v for mins, vs in items for v in vs)
                if fixed + sum(mins for mins, _ in items) > cap:
                    m.add(load <= cap)
                self.day_loads.append(load)
        self.required = sum(n.level == "required" for n in self.needs)
        self.weight = 1 + sum(n.level == "advised" for n in self.needs)
        self.cover = sum(
            (self.weight if n.level == "required" else 1) * v
            for n in self.needs
            for v in self.filled[n.id]
        )

    def _chains(self, spans: list[tuple[Need, list[cp_model.IntVar]]], rest: int, cap: int) -> None:
        """Forbid every minimal chain of a provider's candidate sessions (each next starting
        less than ``rest`` after the last ended) whose span passes ``cap``."""
        m = self.model
        count = len(spans)
        for i in range(count):
            start = spans[i][0].start_ms
            stack: list[list[int]] = [[i]]
            while stack:
                chain = stack.pop()
                end = spans[chain[-1]][0].end_ms
                for j in range(chain[-1] + 1, count):
                    nxt = spans[j][0]
                    if nxt.start_ms >= end + rest:
                        break
                    if nxt.start_ms < end:
                        continue
                    if nxt.end_ms - start > cap:
                        if len(chain) == 1 or nxt.end_ms - spans[chain[1]][0].start_ms <= cap:
                            members = [*chain, j]
                            terms = [v for k in members for v in spans[k][1]]
                            m.add(sum(terms) <= len(members) - 1)
                    else:
                        stack.append([*chain, j])

    def cover_of(self, units: dict[str, Unit]) -> int:
        return sum(
            (self.weight if n.level == "required" else 1)
            for n in self.needs
            if units.get(n.id, EMPTY)[0] is not None
        )

    def hint(self, units: dict[str, Unit]) -> None:
        self.model.clear_hints()  # type: ignore[no-untyped-call]
        for (need_id, p), var in self.lead.items():
            self.model.add_hint(var, units.get(need_id, EMPTY)[0] == p)
        for (need_id, q), var in self.feed.items():
            self.model.add_hint(var, units.get(need_id, EMPTY)[1] == q)

    def units(self, solver: cp_model.CpSolver) -> dict[str, Unit]:
        found: dict[str, list[str | None]] = {}
        for (need_id, p), var in self.lead.items():
            if solver.boolean_value(var):
                found.setdefault(need_id, [None, None])[0] = p
        for (need_id, q), var in self.feed.items():
            if solver.boolean_value(var):
                found.setdefault(need_id, [None, None])[1] = q
        return {k: (v[0], v[1]) for k, v in found.items() if v[0] is not None}


def _run(model: _Model, seconds: float, cancel: Cancel) -> tuple[bool, bool, cp_model.CpSolver]:
    """Solve; returns (found a solution, proven optimal, the solver)."""
    from ortools.sat.python import cp_model  # noqa: PLC0415 — see _Model

    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.05, seconds)
    solver.parameters.num_workers = WORKERS
    done = threading.Event()

    def poll() -> None:
        while not done.wait(0.05):
            if _cancelled(cancel):
                solver.stop_search()
                return

    watcher = threading.Thread(target=poll, name="access-solve-cancel", daemon=True)
    watcher.start()
    try:
        status = solver.solve(model.model)
    finally:
        done.set()
        watcher.join()
    found = status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    return found, status == cp_model.OPTIMAL, solver


def _part_loads(model: _Model, units: dict[str, Unit]) -> int:
    """The largest day load in the current plan among the part's providers and days."""
    problem = model.problem
    plan = problem.plan
    days = {plan.day(n.start_ms) for n in model.needs}
    people = {p for n in model.needs for p in (*problem.leads[n.id], *problem.feeds.get(n.id, ()))}
    best = 0
    for p in people:
        per_day: dict[int, int] = {}
        for w in works_of(plan, units, p):
            day = plan.day(w.start_ms)
            if day in days:
                per_day[day] = per_day.get(day, 0) + _minutes(w)
        best = max(best, *per_day.values(), 0)
    return best


def _cover(model: _Model, chosen: dict[str, Unit], seconds: float, cancel: Cancel) -> tuple[
    dict[str, Unit], int, bool
]:  # fmt: skip
    """Stage 1 for one part: (its units, their coverage value, proven the most possible).
    A part the greedy plan covers in full is proven without a solve."""
    mine = {n.id: chosen[n.id] for n in model.needs if n.id in chosen}
    cover = model.cover_of(mine)
    if cover == model.weight * model.required + model.weight - 1:
        return mine, cover, True
    model.hint(mine)
    model.model.maximize(model.cover)
    found, proven, solver = _run(model, seconds, cancel)
    if found and int(solver.objective_value) > cover:
        mine, cover = model.units(solver), int(solver.objective_value)
    return mine, cover, found and proven


def _balance(
    model: _Model, mine: dict[str, Unit], cover: int, seconds: float, cancel: Cancel
) -> tuple[dict[str, Unit], bool]:
    """Stage 2 for one part: coverage kept; the largest day load (not below the current
    plan's), then changes. Returns (its units, proven)."""
    m = model.model
    problem = model.problem
    m.add(model.cover >= cover)
    floor = _part_loads(model, problem.current)
    largest = m.new_int_var(floor, 24 * 60, "largest")
    for load in model.day_loads:
        m.add(largest >= load)
    changes = []
    for need in model.needs:
        before = problem.current.get(need.id)
        if before is None:
            continue
        var = model.lead.get((need.id, before[0] or ""))
        changes.append(1 - var if var is not None else 1)
    m.minimize(largest * (len(model.needs) + 1) + sum(changes))
    model.hint(mine)
    found, proven, solver = _run(model, seconds, cancel)
    return (model.units(solver) if found else mine), found and proven


def solve(
    plan: AccessPlan,
    *,
    time_limit_s: float = 10.0,
    progress: ProgressFn = None,
    cancel: Cancel = None,
    use_cp: bool = True,
) -> Proposal:
    """A proposal for ``plan``'s open units (see the module docstring). ``use_cp=False``:
    the greedy plan alone (the benchmark's baseline)."""
    started = time.perf_counter()
    problem = build_problem(plan)
    chosen = greedy(problem)
    required = sum(n.level == "required" for n in plan.demand)
    pieces = parts(problem) if use_cp else []
    steps = 2 * len(pieces)

    def report(phase: Phase, done: int) -> None:
        if progress is not None:
            full = _full(problem, chosen)
            progress(SolveProgress(phase, time.perf_counter() - started, done, steps,
                                   coverage(plan, full).filled_required, required))  # fmt: skip

    def left() -> float:
        return time_limit_s - (time.perf_counter() - started)

    def take(mine: dict[str, Unit], needs: list[Need]) -> None:
        for need in needs:
            chosen.pop(need.id, None)
        chosen.update(mine)

    report("greedy", 0)
    target = sum(n.level == "required" for n in problem.needs)
    first_full: float | None = None
    if _filled_required(problem, chosen) == target:
        first_full = time.perf_counter() - started
    status: SolveStatus = "greedy"
    proven = False
    cover_s: float | None = None
    if pieces:
        # parts where the greedy plan leaves required units open first: full coverage sooner
        pieces.sort(key=lambda ns: all(n.id in chosen for n in ns if n.level == "required"))
        models: list[_Model] = []
        covers: list[int] = []
        proven = True
        # stage 1 everywhere first (what is covered matters most), then stage 2
        weights = [len(n) for n in pieces]
        stop = time.perf_counter() + left() * COVER_SHARE
        for index, needs in enumerate(pieces):
            model = _Model(problem, needs)
            models.append(model)
            budget = stop - time.perf_counter()
            share = budget * weights[index] / max(1, sum(weights[index:]))
            mine, cover, ok = _cover(model, chosen, share, cancel)
            take(mine, model.needs)
            covers.append(cover)
            proven &= ok
            if first_full is None and _filled_required(problem, chosen) == target:
                first_full = time.perf_counter() - started
            report("solving", index + 1)
            if _cancelled(cancel):
                break
        cover_s = time.perf_counter() - started
        balanced = len(covers) == len(pieces)
        for index, model in enumerate(models):
            if _cancelled(cancel) or left() <= 0.05:
                balanced = False
                break
            share = min(BALANCE_PART_S, left() * weights[index] / max(1, sum(weights[index:])))
            mine = {n.id: chosen[n.id] for n in model.needs if n.id in chosen}
            mine, ok = _balance(model, mine, covers[index], share, cancel)
            take(mine, model.needs)
            balanced &= ok
            report("solving", len(pieces) + index + 1)
        status = "optimal" if proven and balanced else "feasible"
    if _cancelled(cancel):
        status = "cancelled"
        proven = False
    report("done", steps)
    return _proposal(
        plan,
        problem,
        _full(problem, chosen),
        status,
        proven=proven,
        seconds=time.perf_counter() - started,
        first_full=first_full,
        cover_s=cover_s,
    )


def _filled_required(problem: Problem, chosen: dict[str, Unit]) -> int:
    return sum(n.level == "required" and n.id in chosen for n in problem.needs)


def _full(problem: Problem, chosen: dict[str, Unit]) -> dict[str, Unit]:
    """Every slot's unit after the solve: locked ones as they are, open ones as chosen."""
    units = {k: v for k, v in problem.locked.items() if v != EMPTY}
    units.update(chosen)
    return units


def _proposal(
    plan: AccessPlan,
    problem: Problem,
    units: dict[str, Unit],
    status: SolveStatus,
    *,
    proven: bool,
    seconds: float,
    first_full: float | None,
    cover_s: float | None,
) -> Proposal:
    changes = []
    keys = set(problem.current) | {n.id for n in problem.needs}
    for key in sorted(keys):
        if key in problem.locked:
            continue
        need = plan.need(key)
        if need is None and key not in problem.clear:
            continue
        before = problem.current.get(key, EMPTY)
        after = units.get(key, EMPTY)
        if before == after:
            continue
        target = need or plan.assignments[key]
        changes.append(
            SlotChange(
                key,
                target.session_id,
                target.service,
                target.language,
                target.slot_no,
                before,
                after,
            )
        )
    return Proposal(
        event_id=plan.event.id,
        status=status,
        units=units,
        changes=tuple(changes),
        coverage=coverage(plan, units),
        unmet=tuple(unmet(plan, units)),
        loads=loads(plan, units),
        proven=proven,
        seconds=seconds,
        max_day_load=max(day_loads(plan, units).values(), default=0),
        first_full_s=first_full,
        cover_s=cover_s,
    )
