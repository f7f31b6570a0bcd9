"""From the database to a :class:`~wufops.schedule.world.World`, and back in step after edits.

- :func:`load_world` — every object each registered source loads, plus the event's rule
  severities;
- :func:`reloaded` — the :class:`~wufops.schedule.rules.Change` list for rows that changed
  (an edit made here, or a batch of pulled changes: ``(entity, row id)`` pairs), to feed
  :meth:`Checker.apply <wufops.schedule.engine.Checker.apply>`; a change of the
  ``rule_severity`` table refreshes the world's severities.

    world = load_world(conn, registry)
    checker = Checker(world, registry)
    ...  # a pulled batch touched some rows
    checker.apply(reloaded(conn, checker.world, registry, touched))
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from wufops.schedule.rules import Change, Registry
from wufops.schedule.world import World
from wufops.store import schedule as store


def load_world(conn: sqlite3.Connection, registry: Registry, event_id: str | None = None) -> World:
    """The event's world (``event_id``, or the database's only event).

    Raises ``ScheduleStoreError`` (``no_event``, ``unknown_event``, ``event_ambiguous``)."""
    event = store.event_info(conn, event_id)
    tables = {source.kind: source.load(conn, event, None) for source in registry.sources}
    return World(event, tables, store.load_severities(conn, event.id))


def reloaded(
    conn: sqlite3.Connection,
    world: World,
    registry: Registry,
    touched: Iterable[tuple[str, str]],
) -> list[Change]:
    """The changes that bring ``world`` up to the database for the rows ``touched``
    (``(entity, id)``); rows of entities no source loads are ignored. Rows that are gone
    (or belong to another event) become removals."""
    by_entity: dict[str, set[str]] = {}
    for entity, row_id in touched:
        by_entity.setdefault(entity, set()).add(row_id)
    if "rule_severity" in by_entity:
        world.severities = store.load_severities(conn, world.event.id)
    changes: list[Change] = []
    for source in registry.sources:
        ids = by_entity.get(source.entity)
        if not ids:
            continue
        found = source.load(conn, world.event, ids)
        for row_id in sorted(ids):
            after = found.get(row_id)
            if after != world.get(source.kind, row_id):
                changes.append(Change(source.kind, row_id, after))
    return changes
