"""The assignment problem a solve works on, built once from a plan: the open units, who may
fill each (as lead, as feed), what locked slots already hold, and the rows to clear.

A provider is a *candidate* for a unit when they have the skill (and accreditation), declared
availability that holds the session with their arrival time before it, no absence then, and
nothing locked that clashes with it (overlap, travel) or leaves no room under the day's cap.
What candidates of one provider do *together* (overlap, travel, day cap, continuous work) is
for the solver (:mod:`wufops.access.greedy`, :mod:`wufops.access.solver`) to keep.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from wufops.access.fitness import can_feed, clash, day_cap, qualified, time_fit
from wufops.access.plan import AccessPlan
from wufops.access.proposal import EMPTY, Unit
from wufops.access.timeline import Work
from wufops.models.access import Need
from wufops.models.schedule import MINUTE_MS


@dataclass
class Problem:
    plan: AccessPlan
    #: units to fill, required first, then by start
    needs: list[Need]
    #: slot id -> providers who may lead it
    leads: dict[str, list[str]]
    #: slot id -> hearing interpreters who may feed a Deaf lead there
    feeds: dict[str, list[str]]
    #: locked slots, as they stay
    locked: dict[str, Unit]
    #: provider -> locked work (constants)
    fixed: dict[str, list[Work]]
    #: filled rows no active session needs now (not locked): the solve clears them
    clear: list[str]
    #: who fills each slot now
    current: dict[str, Unit]
    #: (session, service, language) -> its open units by slot number
    groups: dict[tuple[str, str, str], list[Need]] = field(default_factory=dict)

    def cap(self, provider_id: str) -> int:
        return day_cap(self.plan.providers[provider_id], self.plan.settings)

    def fixed_minutes(self, provider_id: str, day: int) -> int:
        return sum(
            (w.end_ms - w.start_ms) // MINUTE_MS
            for w in self.fixed.get(provider_id, ())
            if self.plan.day(w.start_ms) == day
        )


def build_problem(plan: AccessPlan) -> Problem:
    current = plan.current()
    locked: dict[str, Unit] = {}
    fixed: dict[str, list[Work]] = {}
    clear: list[str] = []
    for row in plan.assignments.values():
        session = plan.sessions.get(row.session_id)
        if row.locked:
            locked[row.id] = (row.provider_id, row.feed_provider_id)
            if session is None or session.placement is None:
                continue
            p = session.placement
            for role, person in (("lead", row.provider_id), ("feed", row.feed_provider_id)):
                if person:
                    fixed.setdefault(person, []).append(
                        Work(row.id, row.session_id, row.service, row.language,
                             role, p.room_id, p.start_ms, p.end_ms, True)  # type: ignore[arg-type]
                    )  # fmt: skip
        elif row.provider_id and plan.need(row.id) is None and session is not None:
            clear.append(row.id)
    needs = [n for n in plan.demand if n.id not in locked]
    needs.sort(key=lambda n: (n.level != "required", n.start_ms, n.session_id, n.service,
                              n.language, n.slot_no))  # fmt: skip
    settings = plan.settings
    fits: dict[tuple[str, int, int], bool] = {}

    def free(provider_id: str, need: Need) -> bool:
        key = (provider_id, need.start_ms, need.end_ms)
        found = fits.get(key)
        if found is None:
            provider = plan.providers[provider_id]
            found = time_fit(provider, need.start_ms, need.end_ms, settings) is None
            if found:
                day = plan.day(need.start_ms)
                works = fixed.get(provider_id, ())
                found = not any(clash(w, need, settings) for w in works) and (
                    sum(
                        (w.end_ms - w.start_ms) // MINUTE_MS
                        for w in works
                        if plan.day(w.start_ms) == day
                    )
                    + need.minutes
                    <= day_cap(provider, settings)
                )
            fits[key] = found
        return found

    leads: dict[str, list[str]] = {}
    feeds: dict[str, list[str]] = {}
    for need in needs:
        leads[need.id] = [
            p.id for p in plan.providers.values() if qualified(p, need) is None and free(p.id, need)
        ]
        if need.service == "sign_language" and any(plan.providers[p].deaf for p in leads[need.id]):
            feeds[need.id] = [
                p.id for p in plan.providers.values() if can_feed(p, need) and free(p.id, need)
            ]
    groups: dict[tuple[str, str, str], list[Need]] = {}
    for need in sorted(needs, key=lambda n: n.slot_no):
        groups.setdefault((need.session_id, need.service, need.language), []).append(need)
    return Problem(
        plan,
        needs,
        leads,
        feeds,
        locked,
        fixed,
        clear,
        {k: v for k, v in current.items() if v != EMPTY},
        groups,
    )


def parts(problem: Problem) -> list[list[Need]]:
    """The open units split into independent parts: units on one local day, or close enough
    in time for travel or rest to matter, that share a candidate provider. No constraint
    links two parts (a day's cap is per day; travel, rest and overlap only reach
    ``max(travel, rest)``), so each is solved on its own and their optima add up."""
    plan = problem.plan
    pad = max(plan.settings.travel_min, plan.settings.rest_min) * MINUTE_MS
    parent: dict[str, str] = {n.id: n.id for n in problem.needs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    # per provider: the units they may take, in time order; link those on one day or close
    by_provider: dict[str, list[Need]] = {}
    for need in problem.needs:
        for p in dict.fromkeys([*problem.leads[need.id], *problem.feeds.get(need.id, ())]):
            by_provider.setdefault(p, []).append(need)
    for needs in by_provider.values():
        needs.sort(key=lambda n: (n.start_ms, n.id))
        reach = 0
        last: Need | None = None
        last_day = 0
        for need in needs:
            day = plan.day(need.start_ms)
            if last is not None and (day == last_day or need.start_ms < reach + pad):
                union(last.id, need.id)
            reach = max(reach, need.end_ms)
            last, last_day = need, day
    # a session's units of one service stay together (their order is one constraint)
    for group in problem.groups.values():
        for a, b in pairwise(group):
            union(a.id, b.id)
    found: dict[str, list[Need]] = {}
    for need in problem.needs:
        found.setdefault(find(need.id), []).append(need)
    return sorted(found.values(), key=lambda ns: (ns[0].start_ms, ns[0].id))
