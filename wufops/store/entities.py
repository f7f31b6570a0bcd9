"""Which tables replicate, and how.

Edited entities merge field by field (LWW); event entities are immutable and grow-only
(check-ins, prints, schedule releases and what each release contained, stream status
changes).
Replica bookkeeping (outbox, field versions, meta) never replicates.
"""

from __future__ import annotations

import sqlite3

EDITED: frozenset[str] = frozenset(
    {
        "event",
        "attendee",
        "badge",
        "room",
        "session",
        "stream_channel",
        "stream_slot",
        "stream_settings",
        "provider",
        "assignment_slot",
        "access_settings",
        "device",
        "conflict",
        "signing_key",
        "device_replica",
        "speaker_availability",
        "rule_severity",
        "schedule_source",
    }
)
EVENTS: frozenset[str] = frozenset(
    {
        "checkin_event",
        "print_event",
        "attendee_correction",
        "schedule_release_item",
        "schedule_release",
        "stream_status_change",
    }
)
REPLICATED: frozenset[str] = EDITED | EVENTS

#: Order in which a snapshot or a canonical dump lists tables (parents before children).
TABLE_ORDER: tuple[str, ...] = (
    "event",
    "attendee",
    "badge",
    "checkin_event",
    "print_event",
    "attendee_correction",
    "room",
    "session",
    "schedule_source",
    "speaker_availability",
    "rule_severity",
    "schedule_release",
    "schedule_release_item",
    "stream_channel",
    "stream_slot",
    "stream_settings",
    "stream_status_change",
    "provider",
    "assignment_slot",
    "access_settings",
    "device",
    "conflict",
    "signing_key",
    "device_replica",
)


class UnknownEntity(ValueError):
    code = "unknown_entity"


class UnknownField(ValueError):
    code = "unknown_field"


def columns(conn: sqlite3.Connection, entity: str) -> tuple[str, ...]:
    """The columns of a replicated table, ``id`` first."""
    if entity not in REPLICATED:
        raise UnknownEntity(entity)
    return _table_columns(conn, entity)


#: Every database this process opens is migrated to the same schema, so one cache serves all.
_CACHE: dict[str, tuple[str, ...]] = {}


def _table_columns(conn: sqlite3.Connection, entity: str) -> tuple[str, ...]:
    found = _CACHE.get(entity)
    if found is None:
        found = tuple(row[1] for row in conn.execute(f"PRAGMA table_info({entity})"))
        _CACHE[entity] = found
    return found


def check_fields(conn: sqlite3.Connection, entity: str, names: list[str] | set[str]) -> None:
    """Raise ``UnknownField`` unless every name is a writable column of ``entity``."""
    known = set(columns(conn, entity)) - {"id"}
    unknown = sorted(set(names) - known)
    if unknown:
        raise UnknownField(f"{entity} has no field {', '.join(unknown)}")
