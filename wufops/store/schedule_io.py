"""The SQL of schedule interchange (``wufops.schedule_io``): where imported sessions and
speakers came from (``schedule_source``), the rows an import matches against, and the rows
it writes — always through the caller's :class:`~wufops.store.replica.Batch`, so an import
is ops in the log like any other edit and a refused import writes nothing.

Ids an import makes are **name-based** (:func:`source_id`, :func:`imported_id`): the same file
imported on two offline devices writes the same rows, which merge by LWW instead of
doubling every session.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from wufops.store.apply import OpRejected
from wufops.store.replica import Batch
from wufops.store.sync_state import KEY_ROLE
from wufops.sync.ops import JsonValue

_SOURCE_NS = uuid.UUID("3f0c9a7e-6b1d-4e58-8a2f-91d4c7b6e205")
#: namespace of the person GUIDs exports give speakers who came with none (never an e-mail)
PERSON_NS = uuid.UUID("b6f1d2a4-0c9e-4f7b-8d35-2e7a1c4b9f60")


@dataclass(frozen=True)
class Link:
    """A ``schedule_source`` row: a source key and the local row it names."""

    key: str
    local_id: str
    origin: str


def source_id(event_id: str, kind: str, key: str) -> str:
    """The id of the ``schedule_source`` row of ``key`` (the same on every device)."""
    return str(uuid.uuid5(_SOURCE_NS, f"{event_id}/{kind}/{key}"))


def imported_id(event_id: str, kind: str, key: str) -> str:
    """The id an import gives the session, room, speaker or event it creates for ``key``."""
    return str(uuid.uuid5(_SOURCE_NS, f"{event_id}/new/{kind}/{key}"))


# -- reading ----------------------------------------------------------------------------------


def links(conn: sqlite3.Connection, event_id: str, kind: str) -> dict[str, Link]:
    """The event's source links of ``kind`` (``session``, ``person``), by source key."""
    return {
        row[0]: Link(row[0], row[1], row[2])
        for row in conn.execute(
            "SELECT source_key, local_id, origin FROM schedule_source "
            "WHERE event_id = ? AND kind = ?",
            (event_id, kind),
        )
    }


def person_guids(conn: sqlite3.Connection, event_id: str) -> dict[str, str]:
    """attendee id -> the GUID its source gave (``guid:`` keys only)."""
    out: dict[str, str] = {}
    for key, local_id in conn.execute(
        "SELECT source_key, local_id FROM schedule_source WHERE event_id = ? AND kind = 'person' "
        "AND source_key LIKE 'guid:%' ORDER BY source_key",
        (event_id,),
    ):
        out.setdefault(str(local_id), str(key)[5:])
    return out


def existing(conn: sqlite3.Connection, table: str, ids: Collection[str]) -> set[str]:
    """Which of ``ids`` are rows of ``table`` (session, attendee, room)."""
    if table not in ("session", "attendee", "room"):
        raise ValueError(table)
    rows = conn.execute(
        f"SELECT id FROM {table} WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(ids)),),
    )
    return {str(r[0]) for r in rows}


def attendees_by_email(
    conn: sqlite3.Connection, event_id: str, emails: Collection[str]
) -> dict[str, str]:
    """lower-cased e-mail -> attendee id, for the ``emails`` asked (the first by id when two
    attendees share one)."""
    out: dict[str, str] = {}
    for email, attendee_id in conn.execute(
        "SELECT lower(email), id FROM attendee WHERE event_id = ? AND email != '' "
        "AND lower(email) IN (SELECT value FROM json_each(?)) ORDER BY id",
        (event_id, json.dumps(sorted(emails))),
    ):
        out.setdefault(str(email), str(attendee_id))
    return out


def speaker_names(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, str]:
    """attendee id -> the name shown in schedules (given and family name as registered)."""
    return {
        str(r[0]): str(r[1])
        for r in conn.execute(
            "SELECT id, trim(given_name || ' ' || family_name) FROM attendee "
            "WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(set(ids))),),
        )
    }


def speakers_in_sessions(conn: sqlite3.Connection, event_id: str) -> set[str]:
    """Every attendee id some session of the event lists as a speaker."""
    return {
        str(r[0])
        for r in conn.execute(
            "SELECT DISTINCT j.value FROM session s, json_each(s.speakers) j "
            "WHERE s.event_id = ? AND json_valid(s.speakers)",
            (event_id,),
        )
    }


def attendee_ids_like(conn: sqlite3.Connection, event_id: str, prefix: str) -> list[str]:
    """The event's attendee ids that are ``prefix`` or start with it (at most 5)."""
    rows = conn.execute(
        "SELECT id FROM attendee WHERE event_id = ? AND (id = ? OR substr(id, 1, ?) = ?) "
        "ORDER BY id LIMIT 5",
        (event_id, prefix, len(prefix), prefix),
    )
    return [str(r[0]) for r in rows]


def room_ids_by_name(conn: sqlite3.Connection, event_id: str) -> dict[str, str]:
    """The event's rooms: case-folded name -> id."""
    return {
        str(name).casefold(): str(room_id)
        for room_id, name in conn.execute(
            "SELECT id, name FROM room WHERE event_id = ? ORDER BY id", (event_id,)
        )
    }


def room_names_taken(conn: sqlite3.Connection) -> set[str]:
    """Every room name in the database, case-folded (names are unique across events)."""
    return {str(r[0]).casefold() for r in conn.execute("SELECT name FROM room")}


def device_role(conn: sqlite3.Connection) -> str:
    """The role the hub gave this device at its last welcome ('': never synced)."""
    row = conn.execute("SELECT value FROM replica_meta WHERE key = ?", (KEY_ROLE,)).fetchone()
    return "" if row is None else str(row[0])


# -- writing ----------------------------------------------------------------------------------


def write_link(
    batch: Batch, event_id: str, kind: str, key: str, *, local_id: str, origin: str
) -> None:
    """Record (or repoint) where ``local_id`` came from."""
    row_id = source_id(event_id, kind, key)
    fields: dict[str, JsonValue] = {"local_id": local_id, "origin": origin}
    try:
        batch.update("schedule_source", row_id, fields)
    except OpRejected as error:
        if error.code != "unknown_row":
            raise
        batch.insert(
            "schedule_source",
            {"event_id": event_id, "kind": kind, "source_key": key, **fields},
            row_id=row_id,
        )


def insert_row(batch: Batch, entity: str, row_id: str, fields: Mapping[str, JsonValue]) -> str:
    """Create a row of ``entity`` (event, room, attendee, session) with a name-based id."""
    if entity not in ("event", "room", "attendee", "session"):
        raise ValueError(entity)
    return batch.insert(entity, fields, row_id=row_id)
