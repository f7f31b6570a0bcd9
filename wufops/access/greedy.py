"""The greedy plan: the solver's warm start, and the baseline the benchmark measures it
against.

First it keeps every current unit that still fits (a re-solve starts from the plan as it
is), then it fills the open units in order — required before advised, then by start — each
with the least-loaded candidate who fits beside what they already hold (no overlap, travel
time, the day's cap, a rest after ``max_continuous_min``); a hearing interpreter before a
Deaf one, who needs a free hearing feed too. A session's second unit of a service is filled
only when its first is.
"""

from __future__ import annotations

from wufops.access.fitness import clash, too_long
from wufops.access.problem import Problem
from wufops.access.proposal import Unit
from wufops.access.timeline import Work
from wufops.models.access import Need
from wufops.models.schedule import MINUTE_MS


class _Books:
    """Each provider's work so far (locked work included) and total minutes."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self.works: dict[str, list[Work]] = {p: list(w) for p, w in problem.fixed.items()}
        self.total: dict[str, int] = {
            p: sum((w.end_ms - w.start_ms) // MINUTE_MS for w in works)
            for p, works in self.works.items()
        }

    def fits(self, provider_id: str, need: Need) -> bool:
        plan = self.problem.plan
        settings = plan.settings
        works = self.works.get(provider_id, [])
        if any(clash(w, need, settings) for w in works):
            return False
        day = plan.day(need.start_ms)
        today = [w for w in works if plan.day(w.start_ms) == day]
        minutes = sum((w.end_ms - w.start_ms) // MINUTE_MS for w in today)
        if minutes + need.minutes > self.problem.cap(provider_id):
            return False
        probe = _work(need, "lead")
        return not too_long([*today, probe], settings)

    def book(self, provider_id: str, need: Need, role: str) -> None:
        self.works.setdefault(provider_id, []).append(_work(need, role))
        self.total[provider_id] = self.total.get(provider_id, 0) + need.minutes


def _work(need: Need, role: str) -> Work:
    return Work(need.id, need.session_id, need.service, need.language,
                role, need.room_id, need.start_ms, need.end_ms)  # type: ignore[arg-type]  # fmt: skip


def greedy(problem: Problem) -> dict[str, Unit]:
    """A plan for ``problem``'s open units: slot id -> unit (filled ones only)."""
    plan = problem.plan
    books = _Books(problem)
    chosen: dict[str, Unit] = {}
    # keep what still fits
    for need in problem.needs:
        unit = problem.current.get(need.id)
        if unit is None or unit[0] not in problem.leads[need.id]:
            continue
        lead, feed = unit
        assert lead is not None
        deaf = plan.providers[lead].deaf and need.service == "sign_language"
        if deaf and (feed is None or feed not in problem.feeds.get(need.id, ())):
            continue
        if not books.fits(lead, need) or (deaf and feed is not None and (
            feed == lead or not books.fits(feed, need))):  # fmt: skip
            continue
        books.book(lead, need, "lead")
        if deaf and feed is not None:
            books.book(feed, need, "feed")
            chosen[need.id] = (lead, feed)
        else:
            chosen[need.id] = (lead, None)
    # fill the rest, a session's slots in order
    for need in problem.needs:
        if need.id in chosen:
            continue
        group = problem.groups[(need.session_id, need.service, need.language)]
        before = [n for n in group if n.slot_no < need.slot_no]
        if any(n.id not in chosen for n in before):
            continue
        options = sorted(
            (p for p in problem.leads[need.id] if books.fits(p, need)),
            key=lambda p: (plan.providers[p].deaf, books.total.get(p, 0), p),
        )
        for lead in options:
            if not (plan.providers[lead].deaf and need.service == "sign_language"):
                books.book(lead, need, "lead")
                chosen[need.id] = (lead, None)
                break
            feeds = sorted(
                (q for q in problem.feeds.get(need.id, ()) if q != lead and books.fits(q, need)),
                key=lambda q: (books.total.get(q, 0), q),
            )
            if feeds:
                books.book(lead, need, "lead")
                books.book(feeds[0], need, "feed")
                chosen[need.id] = (lead, feeds[0])
                break
    return chosen
