"""A provider's work in time: what a provider timeline draws (load, rests, travel) and what
the picker measures a candidate against.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from wufops.access.fitness import blocks, day_cap
from wufops.access.plan import AccessPlan
from wufops.access.proposal import Unit
from wufops.models.schedule import MINUTE_MS

Role = Literal["lead", "feed"]


@dataclass(frozen=True, slots=True)
class Work:
    """One piece of a provider's work: a slot they fill (as lead or feed)."""

    slot_id: str
    session_id: str
    service: str
    language: str
    role: Role
    room_id: str
    start_ms: int
    end_ms: int
    locked: bool = False


@dataclass(frozen=True, slots=True)
class TimelineDay:
    """A provider's local day: their work in order, minutes worked, the cap, continuous
    stretches ``(start, end)`` and travel gaps ``(from slot, to slot, minutes)``."""

    day: str
    works: tuple[Work, ...]
    minutes: int
    cap: int
    stretches: tuple[tuple[int, int], ...]
    travels: tuple[tuple[str, str, int], ...]


def works_of(
    plan: AccessPlan, units: Mapping[str, Unit], provider_id: str, *, skip: str = ""
) -> list[Work]:
    """Every piece of work ``provider_id`` has in ``units`` (active sessions), by start;
    ``skip``: leave that slot out (the one being filled)."""
    found: list[Work] = []
    for key, unit in units.items():
        if key == skip or provider_id not in unit:
            continue
        row = plan.assignments.get(key)
        need = plan.need(key)
        if need is not None:
            session_id, service, language = need.session_id, need.service, need.language
        elif row is not None:
            session_id, service, language = row.session_id, row.service, row.language
        else:
            continue
        session = plan.sessions.get(session_id)
        if session is None or session.placement is None:
            continue
        p = session.placement
        for role, person in (("lead", unit[0]), ("feed", unit[1])):
            if person == provider_id:
                found.append(
                    Work(key, session_id, service, language, role,  # type: ignore[arg-type]
                         p.room_id, p.start_ms, p.end_ms, bool(row and row.locked))
                )  # fmt: skip
    found.sort(key=lambda w: (w.start_ms, w.end_ms, w.slot_id))
    return found


def timeline(
    plan: AccessPlan, provider_id: str, units: Mapping[str, Unit] | None = None
) -> list[TimelineDay]:
    """``provider_id``'s days with work (``units``: the plan's own when not given)."""
    units = plan.current() if units is None else units
    provider = plan.providers[provider_id]
    cap = day_cap(provider, plan.settings)
    by_day: dict[int, list[Work]] = {}
    for work in works_of(plan, units, provider_id):
        by_day.setdefault(plan.day(work.start_ms), []).append(work)
    days = []
    for day in sorted(by_day):
        works = by_day[day]
        travels = []
        for a, b in pairwise(works):
            if a.room_id != b.room_id and b.start_ms >= a.end_ms:
                travels.append((a.slot_id, b.slot_id, (b.start_ms - a.end_ms) // MINUTE_MS))
        days.append(
            TimelineDay(
                plan.day_text(day),
                tuple(works),
                sum((w.end_ms - w.start_ms) // MINUTE_MS for w in works),
                cap,
                tuple((start, end) for start, end, _ in blocks(works, plan.settings)),
                tuple(travels),
            )
        )
    return days
