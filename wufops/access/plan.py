"""One event's access services as values: :class:`AccessPlan` — the event's rules, active
sessions, providers, assignment slots and the demand — built from a schedule-engine
:class:`~wufops.schedule.world.World` (:func:`plan_of`) or straight from a database
(:func:`load_plan`). What the solver, the coverage views and the reports read.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from wufops.access.demand import event_demand
from wufops.access.registry import access_registry
from wufops.models.access import AccessSettings, Assignment, Need, Provider
from wufops.models.schedule import EventInfo, Session
from wufops.models.streams import AccessNeeds
from wufops.schedule import World, load_world
from wufops.schedule.world import DayIndex


@dataclass(frozen=True)
class AccessPlan:
    event: EventInfo
    days: DayIndex
    settings: AccessSettings
    #: active sessions (placed, not cancelled), by id
    sessions: Mapping[str, Session]
    providers: Mapping[str, Provider]
    #: assignment slot rows, by slot id (rows of inactive sessions too)
    assignments: Mapping[str, Assignment]
    needs_of: Mapping[str, AccessNeeds]
    #: every unit the active sessions need, in time order
    demand: tuple[Need, ...]
    _by_id: dict[str, Need] = field(default_factory=dict, repr=False, compare=False)

    def need(self, slot_id: str) -> Need | None:
        """The unit whose slot id is ``slot_id`` (``None``: not demanded now)."""
        if not self._by_id:
            self._by_id.update((n.id, n) for n in self.demand)
        return self._by_id.get(slot_id)

    def day(self, ms: int) -> int:
        """The event's local day (date ordinal) of the instant ``ms``."""
        return self.days.day(ms)

    def day_text(self, ordinal: int) -> str:
        return date.fromordinal(ordinal).isoformat()

    def current(self) -> dict[str, tuple[str | None, str | None]]:
        """Who fills each slot now: slot id -> (provider, feed), filled slots only."""
        return {
            a.id: (a.provider_id, a.feed_provider_id)
            for a in self.assignments.values()
            if a.provider_id is not None
        }


def plan_of(world: World) -> AccessPlan:
    """The plan of the world's event (a world loaded with the access sources)."""
    settings = world.get(AccessSettings, world.event.id) or AccessSettings(world.event.id)
    sessions = {s.id: s for s in world.sessions.values() if s.active}
    needs = dict(world.table(AccessNeeds))
    return AccessPlan(
        event=world.event,
        days=world.days,
        settings=settings,
        sessions=sessions,
        providers=dict(world.table(Provider)),
        assignments=dict(world.table(Assignment)),
        needs_of=needs,
        demand=tuple(event_demand(sessions.values(), needs, settings)),
    )


def load_plan(conn: sqlite3.Connection, event_id: str | None = None) -> AccessPlan:
    """The plan of ``event_id`` (or the database's only event). Raises
    ``ScheduleStoreError`` (``no_event``, ``unknown_event``, ``event_ambiguous``)."""
    return plan_of(load_world(conn, access_registry(), event_id))
