"""The livestream rows: reading channels, slots, the event's padding, sessions' access needs
and status changes into ``wufops.models.streams`` values, and writing stream edits as ops.
The only SQL of the streams capability; ``wufops.streams`` decides, this module reads and
records.

Writes take a :class:`~wufops.store.replica.Batch` (the caller's transaction) and go through
the op log like every other edit, so they sync:

- :func:`insert_slot`, :func:`write_slot` — plan a slot, change what it carries;
- :func:`write_status` — a slot's ``status`` (an edit: LWW, a concurrent change leaves a
  conflict record) **and** its stamped ``stream_status_change`` record in the same commit;
- :func:`write_settings` — the event's default padding (one row, its id the event's).

Reads: :func:`load_channels`, :func:`load_slots`, :func:`load_settings`,
:func:`load_access_needs` (optionally only some ids, for incremental checks after an edit or
a pulled batch), :func:`status_changes` and :func:`current_changes` (who set each slot's
current status, and when), :func:`channel_by_name`, :func:`slot_ids_like`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Mapping
from typing import Any, cast

from wufops.models.streams import (
    SLOT_STATUSES,
    AccessNeeds,
    SlotStatus,
    StatusChange,
    StreamChannel,
    StreamSettings,
    StreamSlot,
)
from wufops.store.apply import OpRejected
from wufops.store.replica import Batch
from wufops.sync.ops import JsonValue, Op


def _where_ids(
    sql: str, params: list[Any], ids: Collection[str] | None, column: str
) -> tuple[str, list[Any]]:
    if ids is None:
        return sql, params
    return (
        f"{sql} AND {column} IN (SELECT value FROM json_each(?))",
        [*params, json.dumps(list(ids))],
    )


def _strings(text: str | None) -> tuple[str, ...]:
    """A JSON list column as strings; anything else (a row another tool wrote) as empty."""
    try:
        data = json.loads(text or "[]")
    except ValueError:
        return ()
    return tuple(str(x) for x in data) if isinstance(data, list) else ()


def as_json(values: Iterable[str]) -> str:
    """A list of strings as the schema stores it."""
    return json.dumps(list(values), ensure_ascii=False, separators=(",", ":"))


# -- reading ----------------------------------------------------------------------------------


def load_channels(
    conn: sqlite3.Connection, event_id: str, ids: Collection[str] | None = None
) -> dict[str, StreamChannel]:
    """The event's channels (only ``ids`` when given), by id."""
    sql, params = _where_ids(
        "SELECT * FROM stream_channel WHERE event_id = ?", [event_id], ids, "id"
    )
    return {
        row["id"]: StreamChannel(
            row["id"], row["name"], row["platform"], row["ingest_ref"], row["caption_target"]
        )
        for row in conn.execute(sql, params)
    }


def _slot(row: sqlite3.Row) -> StreamSlot:
    status = row["status"] if row["status"] in SLOT_STATUSES else "planned"
    return StreamSlot(
        id=row["id"],
        session_id=row["session_id"],
        channel_id=row["channel_id"],
        pre_roll_min=row["pre_roll_min"],
        post_roll_min=row["post_roll_min"],
        audio_tracks=_strings(row["audio_tracks"]),
        caption_target=row["caption_target"],
        caption_languages=_strings(row["caption_languages"]),
        sign_languages=_strings(row["sign_languages"]),
        status=cast(SlotStatus, status),
        withdrawn=bool(row["withdrawn"]),
    )


def load_slots(
    conn: sqlite3.Connection, event_id: str, ids: Collection[str] | None = None
) -> dict[str, StreamSlot]:
    """The slots on the event's channels (only ``ids`` when given), withdrawn ones too, by
    id."""
    sql, params = _where_ids(
        "SELECT t.* FROM stream_slot t JOIN stream_channel c ON c.id = t.channel_id "
        "WHERE c.event_id = ?",
        [event_id],
        ids,
        "t.id",
    )
    return {row["id"]: _slot(row) for row in conn.execute(sql, params)}


def load_settings(
    conn: sqlite3.Connection, event_id: str, ids: Collection[str] | None = None
) -> dict[str, StreamSettings]:
    """The event's padding row, if it has one (keyed by the event's id)."""
    sql, params = _where_ids("SELECT * FROM stream_settings WHERE id = ?", [event_id], ids, "id")
    return {
        row["id"]: StreamSettings(row["id"], row["pre_roll_min"], row["post_roll_min"])
        for row in conn.execute(sql, params)
    }


def _needs(session_id: str, text: str) -> AccessNeeds | None:
    try:
        data = json.loads(text or "[]")
    except ValueError:
        return None
    captions: list[str] = []
    signs: list[str] = []
    for item in data if isinstance(data, list) else ():
        if not isinstance(item, dict) or not item.get("language"):
            continue
        language = str(item["language"])
        if item.get("service") == "captions" and language not in captions:
            captions.append(language)
        elif item.get("service") == "sign_language" and language not in signs:
            signs.append(language)
    if not captions and not signs:
        return None
    return AccessNeeds(session_id, tuple(captions), tuple(signs))


def load_access_needs(
    conn: sqlite3.Connection, event_id: str, ids: Collection[str] | None = None
) -> dict[str, AccessNeeds]:
    """The captions and sign languages the event's sessions require (only ``ids`` when
    given), by session id; sessions requiring neither are left out."""
    sql, params = _where_ids(
        "SELECT id, access_required FROM session WHERE event_id = ?", [event_id], ids, "id"
    )
    found = {}
    for row in conn.execute(sql, params):
        needs = _needs(row["id"], row["access_required"])
        if needs is not None:
            found[row["id"]] = needs
    return found


_CHANGES = (
    "SELECT h.*, coalesce(d.name, '') AS device_name FROM stream_status_change h "
    "LEFT JOIN device_replica r ON r.id = h.device_id LEFT JOIN device d ON d.id = r.device_id "
)


def _change(row: sqlite3.Row) -> StatusChange:
    return StatusChange(
        id=row["id"],
        slot_id=row["slot_id"],
        from_status=row["from_status"],
        to_status=row["to_status"],
        device_id=row["device_id"],
        hlc=row["hlc"],
        wall_time=row["wall_time"],
        device_name=row["device_name"],
    )


def status_changes(
    conn: sqlite3.Connection, slot_ids: Collection[str] | None = None
) -> list[StatusChange]:
    """Every status change (of ``slot_ids`` when given), oldest first by ``(hlc, device)``."""
    sql, params = _where_ids(_CHANGES + "WHERE 1", [], slot_ids, "h.slot_id")
    return [_change(row) for row in conn.execute(sql + " ORDER BY h.hlc, h.device_id", params)]


def current_changes(conn: sqlite3.Connection, event_id: str) -> dict[str, StatusChange]:
    """Who set each slot of the event to the status it has now, and when: per slot, the
    latest change (by ``(hlc, device)``) *to* its current status. Every replica holding the
    same records answers the same, whichever change reached it first."""
    rows = conn.execute(
        "WITH ranked AS (SELECT h.*, coalesce(d.name, '') AS device_name, row_number() OVER "
        "(PARTITION BY h.slot_id ORDER BY h.hlc DESC, h.device_id DESC) AS n "
        "FROM stream_status_change h JOIN stream_slot t ON t.id = h.slot_id "
        "AND t.status = h.to_status JOIN stream_channel c ON c.id = t.channel_id "
        "LEFT JOIN device_replica r ON r.id = h.device_id "
        "LEFT JOIN device d ON d.id = r.device_id WHERE c.event_id = ?) "
        "SELECT * FROM ranked WHERE n = 1",
        (event_id,),
    )
    return {row["slot_id"]: _change(row) for row in rows}


def channel_by_name(conn: sqlite3.Connection, event_id: str, name: str) -> str | None:
    """The id of the event's channel called ``name`` (exactly, then ignoring case), or whose
    id it is."""
    row = conn.execute(
        "SELECT id FROM stream_channel WHERE event_id = ? AND (name = ? OR id = ?)",
        (event_id, name, name),
    ).fetchone()
    if row is None:
        rows = conn.execute(
            "SELECT id FROM stream_channel WHERE event_id = ? AND lower(name) = lower(?)",
            (event_id, name),
        ).fetchall()
        row = rows[0] if len(rows) == 1 else None
    return None if row is None else str(row[0])


def channel_names(conn: sqlite3.Connection, event_id: str) -> list[str]:
    return [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM stream_channel WHERE event_id = ? ORDER BY name", (event_id,)
        )
    ]


def slot_ids_like(conn: sqlite3.Connection, event_id: str, prefix: str) -> list[str]:
    """The event's slot ids that are ``prefix`` or start with it (at most 5)."""
    rows = conn.execute(
        "SELECT t.id FROM stream_slot t JOIN stream_channel c ON c.id = t.channel_id "
        "WHERE c.event_id = ? AND (t.id = ? OR substr(t.id, 1, ?) = ?) ORDER BY t.id LIMIT 5",
        (event_id, prefix, len(prefix), prefix),
    )
    return [str(r[0]) for r in rows]


# -- writing ----------------------------------------------------------------------------------


def insert_slot(batch: Batch, fields: Mapping[str, JsonValue]) -> str:
    """Plan a slot (``session_id``, ``channel_id`` and what else it carries); its id."""
    return batch.insert("stream_slot", fields)


def write_slot(batch: Batch, slot_id: str, fields: Mapping[str, JsonValue]) -> Op | None:
    """Change some fields of a slot (rolls, tracks, picture plan, channel, withdrawn)."""
    return batch.update("stream_slot", slot_id, fields)


def write_status(
    batch: Batch, slot_id: str, before: SlotStatus, after: SlotStatus, *, wall_time: str
) -> str:
    """Set a slot's status and record the change (stamped with its op's HLC and this
    device), in the caller's transaction. Returns the change record's id."""
    batch.update("stream_slot", slot_id, {"status": after})
    return batch.event(
        "stream_status_change",
        {"slot_id": slot_id, "from_status": before, "to_status": after, "wall_time": wall_time},
        stamped=True,
    )


def write_settings(batch: Batch, event_id: str, pre_roll_min: int, post_roll_min: int) -> None:
    """Set the event's default padding (one row, its id the event's id)."""
    fields: dict[str, JsonValue] = {"pre_roll_min": pre_roll_min, "post_roll_min": post_roll_min}
    try:
        batch.update("stream_settings", event_id, fields)
    except OpRejected as error:
        if error.code != "unknown_row":
            raise
        batch.insert("stream_settings", fields, row_id=event_id)
