"""Plugging the access rules into a schedule-engine registry: :func:`add_access_rules` (call
it where an application composes its registry, after the streams' rules if it has them) and
:func:`access_registry` (the core's rules C1–C5 and these)."""

from __future__ import annotations

from wufops.access.messages import MESSAGES
from wufops.access.rules import ACCESS_RULES, AccessAxis, ProviderAxis
from wufops.access.sources import sources_for
from wufops.schedule import Registry, core_registry
from wufops.schedule.messages import add_messages


def add_access_rules(registry: Registry) -> Registry:
    """Register the access axes, rules C8–C12 and the sources they still lack with
    ``registry`` (one holding the core's rooms and sessions); returns it. Also gives the
    schedule's ``describe`` the access rules' English (:mod:`wufops.access.messages`)."""
    add_messages(MESSAGES)
    return registry.add(
        axes=[ProviderAxis(), AccessAxis()],
        rules=[rule() for rule in ACCESS_RULES],
        sources=sources_for(registry),
    )


def access_registry() -> Registry:
    """A new registry with the core rules C1–C5 and the access rules C8–C12."""
    return add_access_rules(core_registry())
