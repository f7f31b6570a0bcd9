"""The SQL behind the access-service outputs (``wufops.access.sheets``, ``.provider_calendar``,
``.hours``): every filled assignment slot with its session, room and provider, read in one
query into :class:`DutyRow` values; and the providers themselves (:class:`ProviderRow`).

A slot holds its provider and, for a Deaf interpreter, the hearing feed interpreter: each
is a row of their own (``feed``). Only slots with a provider count; a slot of a cancelled or
unplaced session is left out (nobody works it). Reading only: edits to assignments are
``wufops.store.access``'s.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from wufops.models.schedule import from_iso


@dataclass(frozen=True, slots=True)
class ProviderRow:
    id: str
    name: str
    kind: str
    deaf: bool


@dataclass(frozen=True, slots=True)
class DutyRow:
    """One filled slot: who works it, where and when."""

    slot_id: str
    provider_id: str
    session_id: str
    title: str
    session_type: str
    room_id: str
    room: str
    start_ms: int
    end_ms: int
    service: str
    language: str
    slot_no: int
    status: str
    locked: bool
    #: the hearing interpreter who feeds a Deaf interpreter in this slot (not its lead)
    feed: bool = False


def providers(conn: sqlite3.Connection, event_id: str) -> list[ProviderRow]:
    """The event's providers, by name."""
    return [
        ProviderRow(str(r[0]), str(r[1]), str(r[2]), bool(r[3]))
        for r in conn.execute(
            "SELECT id, name, kind, deaf FROM provider WHERE event_id = ? ORDER BY name, id",
            (event_id,),
        )
    ]


def duty_rows(conn: sqlite3.Connection, event_id: str) -> list[DutyRow]:
    """Every filled slot of a placed, not cancelled session of the event, by start."""
    person = (
        "SELECT a.id, {who}, s.id, s.title, s.type, s.room_id, "
        "COALESCE(r.name, s.room_id), s.starts_at, s.ends_at, a.service, a.language, "
        "a.slot_no, a.status, a.locked, {feed} "
        "FROM assignment_slot a "
        "JOIN session s ON s.id = a.session_id "
        "JOIN provider p ON p.id = {who} "
        "LEFT JOIN room r ON r.id = s.room_id "
        "WHERE s.event_id = ? AND s.status != 'cancelled' AND s.starts_at IS NOT NULL "
        "AND s.room_id IS NOT NULL"
    )
    rows = conn.execute(
        person.format(who="a.provider_id", feed="0")
        + " UNION ALL "
        + person.format(who="a.feed_provider_id", feed="1"),
        (event_id, event_id),
    ).fetchall()
    out = [
        DutyRow(
            slot_id=str(r[0]),
            provider_id=str(r[1]),
            session_id=str(r[2]),
            title=str(r[3]),
            session_type=str(r[4]),
            room_id=str(r[5]),
            room=str(r[6]),
            start_ms=from_iso(str(r[7])),
            end_ms=from_iso(str(r[8])),
            service=str(r[9]),
            language=str(r[10]),
            slot_no=int(r[11]),
            status=str(r[12]),
            locked=bool(r[13]),
            feed=bool(r[14]),
        )
        for r in rows
    ]
    out.sort(
        key=lambda d: (d.start_ms, d.room, d.service, d.language, d.slot_no, d.feed, d.slot_id)
    )
    return out
