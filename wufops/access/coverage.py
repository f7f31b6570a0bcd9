"""Coverage, loads and timelines of a plan — what the coverage grid, the provider timelines
and the reports show, for the plan as it is or as a proposal would leave it.

A plan's *units* are ``slot id -> (provider, feed)`` (:meth:`AccessPlan.current`, or a
proposal's). A unit counts toward its session's team when its provider is qualified and, for a
Deaf interpreter, a hearing interpreter of the language feeds them (the same test as the
rules'); with ``f`` units counting, the session's slots ``1…f`` of that service are met.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from wufops.access.fitness import can_feed, qualified
from wufops.access.plan import AccessPlan
from wufops.access.proposal import Coverage, Unit
from wufops.models.access import Need, slot_id

CoverageState = Literal["covered", "partial", "unmet"]


def unit_counts(plan: AccessPlan, need: Need, unit: Unit) -> bool:
    """Whether ``unit`` in ``need``'s slot counts toward the team."""
    lead = plan.providers.get(unit[0] or "")
    if lead is None or qualified(lead, need) is not None:
        return False
    if lead.deaf and need.service == "sign_language":
        feed = plan.providers.get(unit[1] or "")
        return feed is not None and can_feed(feed, need)
    return True


def _groups(plan: AccessPlan) -> dict[tuple[str, str, str], list[Need]]:
    found: dict[tuple[str, str, str], list[Need]] = {}
    for need in plan.demand:
        found.setdefault((need.session_id, need.service, need.language), []).append(need)
    return found


def met_needs(plan: AccessPlan, units: Mapping[str, Unit]) -> set[str]:
    """The slot ids of the demanded units that are met."""
    met: set[str] = set()
    for needs in _groups(plan).values():
        count = 0
        first = needs[0]
        # every slot of this service, demanded or not (a shortened session keeps its rows)
        for slot_no in range(1, len(needs) + 8):
            key = slot_id(first.session_id, first.service, first.language, slot_no)
            unit = units.get(key)
            if unit is not None and unit[0] is not None and unit_counts(plan, first, unit):
                count += 1
        met.update(n.id for n in sorted(needs, key=lambda n: n.slot_no)[:count])
    return met


def coverage(plan: AccessPlan, units: Mapping[str, Unit]) -> Coverage:
    met = met_needs(plan, units)
    required = [n for n in plan.demand if n.level == "required"]
    advised = [n for n in plan.demand if n.level == "advised"]
    return Coverage(
        len(required),
        sum(n.id in met for n in required),
        len(advised),
        sum(n.id in met for n in advised),
    )


def unmet(plan: AccessPlan, units: Mapping[str, Unit]) -> list[Need]:
    """The demanded units not met, required first, then in time order."""
    met = met_needs(plan, units)
    return sorted(
        (n for n in plan.demand if n.id not in met),
        key=lambda n: (n.level != "required", n.start_ms, n.session_id, n.service, n.slot_no),
    )


def loads(plan: AccessPlan, units: Mapping[str, Unit]) -> dict[str, int]:
    """Minutes of work per provider (lead or feed), every provider listed."""
    found = dict.fromkeys(plan.providers, 0)
    for key, unit in units.items():
        a = plan.assignments.get(key)
        need = plan.need(key)
        session_id = need.session_id if need else (a.session_id if a else "")
        session = plan.sessions.get(session_id)
        if session is None or session.placement is None:
            continue
        for person in unit:
            if person in found:
                found[person] += session.placement.minutes
    return found


def day_loads(plan: AccessPlan, units: Mapping[str, Unit]) -> dict[tuple[str, str], int]:
    """Minutes of work per (provider, local day as ISO date), days with work only."""
    found: dict[tuple[str, str], int] = {}
    for key, unit in units.items():
        a = plan.assignments.get(key)
        need = plan.need(key)
        session = plan.sessions.get(need.session_id if need else (a.session_id if a else ""))
        if session is None or session.placement is None:
            continue
        day = plan.day_text(plan.day(session.placement.start_ms))
        for person in unit:
            if person is not None and person in plan.providers:
                found[(person, day)] = found.get((person, day), 0) + session.placement.minutes
    return found


@dataclass(frozen=True, slots=True)
class SlotView:
    """One demanded slot of a session, as the coverage grid and the picker show it."""

    slot_id: str
    slot_no: int
    level: str
    provider_id: str | None
    feed_provider_id: str | None
    counts: bool
    locked: bool
    status: str


@dataclass(frozen=True, slots=True)
class ServiceView:
    service: str
    language: str
    required: int
    advised: int
    filled: int
    slots: tuple[SlotView, ...]


@dataclass(frozen=True, slots=True)
class SessionCoverage:
    session_id: str
    #: ``covered`` (every required unit met), ``partial`` (some), ``unmet`` (none)
    state: CoverageState
    services: tuple[ServiceView, ...]


def session_coverage(
    plan: AccessPlan, units: Mapping[str, Unit] | None = None
) -> dict[str, SessionCoverage]:
    """Per session needing a service, its coverage (``units``: the plan's own when not
    given)."""
    units = plan.current() if units is None else units
    met = met_needs(plan, units)
    by_session: dict[str, list[ServiceView]] = {}
    for (session_id, service, language), needs in _groups(plan).items():
        views = []
        for need in needs:
            row = plan.assignments.get(need.id)
            unit = units.get(need.id, (None, None))
            views.append(
                SlotView(
                    need.id,
                    need.slot_no,
                    need.level,
                    unit[0],
                    unit[1],
                    bool(unit[0]) and unit_counts(plan, need, unit),
                    bool(row and row.locked),
                    row.status if row else "open",
                )
            )
        by_session.setdefault(session_id, []).append(
            ServiceView(
                service,
                language,
                sum(n.level == "required" for n in needs),
                len(needs),
                sum(n.id in met for n in needs),
                tuple(views),
            )
        )
    found = {}
    for session_id, services in by_session.items():
        required = sum(s.required for s in services)
        filled = sum(min(s.filled, s.required) for s in services)
        state: CoverageState = (
            "covered" if filled >= required else ("partial" if filled else "unmet")
        )
        found[session_id] = SessionCoverage(session_id, state, tuple(services))
    return found
