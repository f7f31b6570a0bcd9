"""Who can fill a slot, and why the others cannot: what the picker lists (eligible providers
first, each other one with its reasons, :mod:`wufops.access.fitness` codes).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from wufops.access.fitness import can_feed, clash, day_cap, qualified, time_fit, too_long
from wufops.access.plan import AccessPlan
from wufops.access.proposal import Unit
from wufops.access.timeline import Work, works_of
from wufops.models.access import Need, Provider
from wufops.models.schedule import MINUTE_MS


@dataclass(frozen=True, slots=True)
class Candidate:
    """A provider for a slot: ``fits`` when no reason stands against them; ``reasons`` are
    fitness codes; ``clashes_with``: the slots their overlap or travel is with; ``load_min``:
    their minutes that day before this slot; ``needs_feed``: a Deaf interpreter, who fits
    only with a hearing feed interpreter (:func:`feeds`)."""

    provider_id: str
    name: str
    fits: bool
    reasons: tuple[str, ...]
    clashes_with: tuple[str, ...]
    load_min: int
    needs_feed: bool


def _judge(
    plan: AccessPlan, need: Need, provider: Provider, units: Mapping[str, Unit], *, as_feed: bool
) -> Candidate:
    reasons: list[str] = []
    if as_feed:
        if not can_feed(provider, need):
            reasons.append("no_skill")
    else:
        why = qualified(provider, need)
        if why:
            reasons.append(why)
    fit = time_fit(provider, need.start_ms, need.end_ms, plan.settings)
    if fit:
        reasons.append(fit)
    works = works_of(plan, units, provider.id, skip=need.id)
    clashes: list[str] = []
    for work in works:
        problem = clash(work, need, plan.settings)
        if problem:
            clashes.append(work.slot_id)
            if problem not in reasons:
                reasons.append(problem)
    day = plan.day(need.start_ms)
    today = [w for w in works if plan.day(w.start_ms) == day]
    load = sum((w.end_ms - w.start_ms) // MINUTE_MS for w in today)
    if load + need.minutes > day_cap(provider, plan.settings):
        reasons.append("day_cap")
    probe = Work(need.id, need.session_id, need.service, need.language, "lead", need.room_id,
                 need.start_ms, need.end_ms)  # fmt: skip
    if too_long([*today, probe], plan.settings):
        reasons.append("no_rest")
    deaf = provider.deaf and need.service == "sign_language" and not as_feed
    return Candidate(
        provider.id, provider.name, not reasons, tuple(reasons), tuple(clashes), load, deaf
    )


def _order(found: list[Candidate]) -> list[Candidate]:
    return sorted(
        found, key=lambda c: (not c.fits, c.needs_feed, c.load_min, c.name, c.provider_id)
    )


def candidates(
    plan: AccessPlan, slot: str, units: Mapping[str, Unit] | None = None
) -> list[Candidate]:
    """Every provider of the slot's kind for slot ``slot`` (a demanded slot id): those who
    fit first (least loaded that day first), then the others with their reasons. ``units``:
    the plan's own when not given. Raises ``KeyError`` for a slot not demanded."""
    need = plan.need(slot)
    if need is None:
        raise KeyError(slot)
    units = plan.current() if units is None else units
    kind = "interpreter" if need.service == "sign_language" else "captioner"
    return _order(
        [
            _judge(plan, need, p, units, as_feed=False)
            for p in plan.providers.values()
            if p.kind == kind
        ]
    )


def feeds(plan: AccessPlan, slot: str, units: Mapping[str, Unit] | None = None) -> list[Candidate]:
    """The hearing interpreters who could feed a Deaf interpreter in ``slot``, as
    :func:`candidates` lists them."""
    need = plan.need(slot)
    if need is None:
        raise KeyError(slot)
    units = plan.current() if units is None else units
    return _order(
        [
            _judge(plan, need, p, units, as_feed=True)
            for p in plan.providers.values()
            if p.kind == "interpreter" and not p.deaf
        ]
    )
