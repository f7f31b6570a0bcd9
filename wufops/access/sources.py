"""Where the access rules' objects come from: sources for the schedule engine's world.

Providers, assignment slots, the event's access rules and the sessions' access needs (the
captions and sign languages a session requires — the same :class:`AccessNeeds` values the
streams capability reads; :func:`sources_for` adds that source only when no other capability
registered it).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from typing import Any

from wufops.models.access import AccessSettings, Assignment, Provider
from wufops.models.schedule import EventInfo
from wufops.models.streams import AccessNeeds
from wufops.schedule import Registry, Source
from wufops.store import access as store
from wufops.store import streams as streams_store


def _providers(
    conn: sqlite3.Connection, event: EventInfo, ids: Collection[str] | None
) -> dict[str, Provider]:
    return store.load_providers(conn, event.id, ids)


def _assignments(
    conn: sqlite3.Connection, event: EventInfo, ids: Collection[str] | None
) -> dict[str, Assignment]:
    return store.load_assignments(conn, event.id, ids)


def _settings(
    conn: sqlite3.Connection, event: EventInfo, ids: Collection[str] | None
) -> dict[str, AccessSettings]:
    return store.load_settings(conn, event.id, ids)


def _needs(
    conn: sqlite3.Connection, event: EventInfo, ids: Collection[str] | None
) -> dict[str, AccessNeeds]:
    return streams_store.load_access_needs(conn, event.id, ids)


PROVIDER_SOURCE = Source(Provider, "provider", _providers)
ASSIGNMENT_SOURCE = Source(Assignment, "assignment_slot", _assignments)
SETTINGS_SOURCE = Source(AccessSettings, "access_settings", _settings)
#: read from the session table: a session's ``access_required`` changing reloads it
NEEDS_SOURCE = Source(AccessNeeds, "session", _needs)


def sources_for(registry: Registry) -> list[Source[Any]]:
    """The sources ``registry`` still lacks for the access rules."""
    have = {source.kind for source in registry.sources}
    return [
        source
        for source in (PROVIDER_SOURCE, ASSIGNMENT_SOURCE, SETTINGS_SOURCE, NEEDS_SOURCE)
        if source.kind not in have
    ]
