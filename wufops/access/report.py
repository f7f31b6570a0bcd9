"""The unmet-demand report: which units are left open, why, and the smallest change that
would cover them — :func:`unmet_report`.

Why a unit is open (``reason``), judged against the plan's units:

- ``no_skill`` — no provider has the language (and, for high-level International Sign, the
  WFD-WASLI accreditation);
- ``none_available`` — those who have it did not declare that time, or are absent;
- ``all_busy`` — every one of them who is available works at an overlapping session, or in
  another room without travel time (a Deaf interpreter free but no feed is counted here);
- ``caps_reached`` — some are free at that time but at their day's cap or out of rest.

Suggestions group the open units by service, language, accreditation, local day and part of
day (morning before 12:00, afternoon before 17:00, evening): ``count`` more providers of that
kind available then would cover them — the most open units of the group at one moment (one
more provider can take every unit that does not overlap another).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from wufops.access.coverage import loads, unmet
from wufops.access.eligibility import _judge
from wufops.access.fitness import qualified, time_fit
from wufops.access.plan import AccessPlan
from wufops.access.proposal import Unit
from wufops.models.access import Need

UnmetReason = Literal["no_skill", "none_available", "all_busy", "caps_reached"]
DayPart = Literal["morning", "afternoon", "evening"]


@dataclass(frozen=True, slots=True)
class UnmetItem:
    need: Need
    reason: UnmetReason
    #: how many providers have the skill, of them how many are available then
    skilled: int
    available: int

    def to_json(self) -> dict[str, Any]:
        n = self.need
        return {
            "code": self.reason,
            "slot": n.id,
            "session": n.session_id,
            "service": n.service,
            "language": n.language,
            "slot_no": n.slot_no,
            "level": n.level,
            "accredited": n.accredited,
            "skilled": self.skilled,
            "available": self.available,
        }


@dataclass(frozen=True, slots=True)
class Suggestion:
    """``count`` more providers of this kind, available on ``day`` in its ``part``, would
    cover ``slots``."""

    service: str
    language: str
    accredited: bool
    day: str
    day_no: int
    part: DayPart
    count: int
    slots: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "code": "add_provider",
            "service": self.service,
            "language": self.language,
            "accredited": self.accredited,
            "day": self.day,
            "day_no": self.day_no,
            "part": self.part,
            "count": self.count,
            "slots": list(self.slots),
        }


@dataclass(frozen=True)
class UnmetReport:
    items: tuple[UnmetItem, ...]
    suggestions: tuple[Suggestion, ...]
    loads: Mapping[str, int]


def _reason(plan: AccessPlan, need: Need, units: Mapping[str, Unit]) -> UnmetItem:
    skilled = [p for p in plan.providers.values() if qualified(p, need) is None]
    free = [p for p in skilled if time_fit(p, need.start_ms, need.end_ms, plan.settings) is None]
    if not skilled:
        return UnmetItem(need, "no_skill", 0, 0)
    if not free:
        return UnmetItem(need, "none_available", len(skilled), 0)
    judged = [_judge(plan, need, p, units, as_feed=False) for p in free]
    capped = any(set(c.reasons) <= {"day_cap", "no_rest"} and c.reasons for c in judged)
    return UnmetItem(need, "caps_reached" if capped else "all_busy", len(skilled), len(free))


def _part(plan: AccessPlan, ms: int) -> DayPart:
    hour = plan.days.local(ms).hour
    return "morning" if hour < 12 else ("afternoon" if hour < 17 else "evening")


def _most_at_once(needs: list[Need]) -> int:
    edges = sorted([(n.start_ms, 1) for n in needs] + [(n.end_ms, -1) for n in needs])
    best = now = 0
    for _, step in edges:
        now += step
        best = max(best, now)
    return best


def unmet_report(plan: AccessPlan, units: Mapping[str, Unit] | None = None) -> UnmetReport:
    """What is left open in ``units`` (the plan's own when not given), why, and what would
    cover it."""
    units = plan.current() if units is None else units
    items = tuple(_reason(plan, n, units) for n in unmet(plan, units))
    first_ordinal = date.fromisoformat(plan.event.first_day).toordinal()
    groups: dict[tuple[str, str, bool, int, DayPart], list[Need]] = {}
    for item in items:
        n = item.need
        key = (n.service, n.language, n.accredited, plan.day(n.start_ms), _part(plan, n.start_ms))
        groups.setdefault(key, []).append(n)
    suggestions = tuple(
        Suggestion(
            service,
            language,
            accredited,
            plan.day_text(day),
            day - first_ordinal + 1,
            part,
            _most_at_once(needs),
            tuple(n.id for n in needs),
        )
        for (service, language, accredited, day, part), needs in sorted(groups.items())
    )
    return UnmetReport(items, suggestions, loads(plan, units))
