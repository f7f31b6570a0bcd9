"""The access-service rows: reading providers, assignment slots and the event's access rules
into ``wufops.models.access`` values, and writing access edits as ops. The only SQL of the
access capability; ``wufops.access`` decides, this module reads and records.

Writes take a :class:`~wufops.store.replica.Batch` (the caller's transaction) and go through
the op log like every other edit, so they sync:

- :func:`write_unit` — a slot's provider and feed (one value, ``FIELD_GROUPS``), its status
  and, when given, its lock; the row is created under its deterministic id
  (:func:`wufops.models.access.slot_id`) the first time;
- :func:`write_lock` — lock or unlock a slot (creating the open row if needed);
- :func:`write_absences` — a provider's absences;
- :func:`write_settings` — the event's access rules (one row, its id the event's id).

Reads: :func:`load_settings`, :func:`load_providers`, :func:`load_assignments` (optionally
only some ids, for incremental checks after an edit or a pulled batch),
:func:`provider_ids_like`, :func:`provider_names`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Mapping
from typing import Any, cast

from wufops.models.access import (
    ASSIGNMENT_STATUSES,
    SETTING_FIELDS,
    AccessSettings,
    Assignment,
    AssignmentStatus,
    Provider,
    ProviderKind,
    Service,
    slot_id,
)
from wufops.models.schedule import Window, merge_windows
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
    try:
        data = json.loads(text or "[]")
    except ValueError:
        return ()
    return tuple(str(x) for x in data) if isinstance(data, list) else ()


def _windows(text: str | None) -> tuple[Window, ...]:
    """A JSON list of ``{"start", "end"}`` as merged windows; malformed entries are left out
    (a row another tool wrote must not stop the checks)."""
    try:
        data = json.loads(text or "[]")
    except ValueError:
        return ()
    found = []
    for item in data if isinstance(data, list) else ():
        if isinstance(item, dict):
            try:
                found.append(Window.from_json(item))
            except (KeyError, ValueError):
                continue
    return merge_windows(found)


def windows_json(windows: Iterable[Window]) -> str:
    """Windows as the schema stores them (merged, sorted)."""
    return json.dumps(
        [w.to_json() for w in merge_windows(windows)], ensure_ascii=False, separators=(",", ":")
    )


# -- reading ----------------------------------------------------------------------------------


def load_settings(
    conn: sqlite3.Connection, event_id: str, ids: Collection[str] | None = None
) -> dict[str, AccessSettings]:
    """The event's access rules row, if it has one (keyed by the event's id)."""
    sql, params = _where_ids("SELECT * FROM access_settings WHERE id = ?", [event_id], ids, "id")
    found = {}
    for row in conn.execute(sql, params):
        values = {name: row[name] for name in SETTING_FIELDS}
        values["accredited_high_level"] = bool(values["accredited_high_level"])
        found[row["id"]] = AccessSettings(row["id"], **values)
    return found


def _provider(row: sqlite3.Row) -> Provider:
    kind = row["kind"] if row["kind"] in ("interpreter", "captioner") else "interpreter"
    return Provider(
        id=row["id"],
        name=row["name"],
        kind=cast(ProviderKind, kind),
        sign_languages=_strings(row["sign_languages"]),
        caption_languages=_strings(row["caption_languages"]),
        accreditation=_strings(row["accreditation"]),
        deaf=bool(row["deaf"]),
        availability=_windows(row["availability"]),
        absences=_windows(row["absences"]),
        max_minutes_per_day=int(row["max_minutes_per_day"]),
    )


def load_providers(
    conn: sqlite3.Connection, event_id: str, ids: Collection[str] | None = None
) -> dict[str, Provider]:
    """The event's providers (only ``ids`` when given), by id."""
    sql, params = _where_ids("SELECT * FROM provider WHERE event_id = ?", [event_id], ids, "id")
    return {row["id"]: _provider(row) for row in conn.execute(sql + " ORDER BY id", params)}


def _assignment(row: sqlite3.Row) -> Assignment:
    status = row["status"] if row["status"] in ASSIGNMENT_STATUSES else "open"
    return Assignment(
        id=row["id"],
        session_id=row["session_id"],
        service=cast(Service, row["service"]),
        language=row["language"],
        slot_no=int(row["slot_no"]),
        provider_id=row["provider_id"],
        feed_provider_id=row["feed_provider_id"],
        status=cast(AssignmentStatus, status),
        locked=bool(row["locked"]),
    )


def load_assignments(
    conn: sqlite3.Connection, event_id: str, ids: Collection[str] | None = None
) -> dict[str, Assignment]:
    """The assignment slots of the event's sessions (only ``ids`` when given), by id."""
    sql, params = _where_ids(
        "SELECT a.* FROM assignment_slot a JOIN session s ON s.id = a.session_id "
        "WHERE s.event_id = ?",
        [event_id],
        ids,
        "a.id",
    )
    return {row["id"]: _assignment(row) for row in conn.execute(sql, params)}


def provider_ids_like(conn: sqlite3.Connection, event_id: str, text: str) -> list[str]:
    """The event's provider ids that are ``text``, start with it, or whose name is it (any
    case); at most 5."""
    rows = conn.execute(
        "SELECT id FROM provider WHERE event_id = ? AND (id = ? OR substr(id, 1, ?) = ? "
        "OR lower(name) = lower(?)) ORDER BY id LIMIT 5",
        (event_id, text, len(text), text, text),
    )
    return [str(r[0]) for r in rows]


def slot_ids_like(conn: sqlite3.Connection, event_id: str, text: str) -> list[str]:
    """The event's assignment slot ids that are ``text`` or start with it (at most 5)."""
    rows = conn.execute(
        "SELECT a.id FROM assignment_slot a JOIN session s ON s.id = a.session_id "
        "WHERE s.event_id = ? AND (a.id = ? OR substr(a.id, 1, ?) = ?) ORDER BY a.id LIMIT 5",
        (event_id, text, len(text), text),
    )
    return [str(r[0]) for r in rows]


def provider_names(conn: sqlite3.Connection, event_id: str) -> dict[str, str]:
    return {
        str(r[0]): str(r[1])
        for r in conn.execute("SELECT id, name FROM provider WHERE event_id = ?", (event_id,))
    }


# -- writing ----------------------------------------------------------------------------------


def _upsert(batch: Batch, entity: str, row_id: str, fields: Mapping[str, JsonValue],
            created: Mapping[str, JsonValue]) -> Op | None:  # fmt: skip
    try:
        return batch.update(entity, row_id, fields)
    except OpRejected as error:
        if error.code != "unknown_row":
            raise
        batch.insert(entity, {**created, **fields}, row_id=row_id)
        return batch.ops[-1]


def write_unit(
    batch: Batch,
    session_id: str,
    service: Service,
    language: str,
    slot_no: int,
    *,
    provider_id: str | None,
    feed_provider_id: str | None = None,
    status: AssignmentStatus,
    locked: bool | None = None,
) -> Op | None:
    """Set who fills slot ``(session, service, language, slot_no)``: provider and feed (both
    written, always: one value), status, and the lock when given. Returns the op (``None``:
    nothing changed)."""
    fields: dict[str, JsonValue] = {
        "provider_id": provider_id,
        "feed_provider_id": feed_provider_id,
        "status": status,
    }
    if locked is not None:
        fields["locked"] = int(locked)
    created: dict[str, JsonValue] = {
        "session_id": session_id,
        "service": service,
        "language": language,
        "slot_no": slot_no,
    }
    row_id = slot_id(session_id, service, language, slot_no)
    return _upsert(batch, "assignment_slot", row_id, fields, created)


def write_lock(
    batch: Batch, session_id: str, service: Service, language: str, slot_no: int, *, locked: bool
) -> Op | None:
    """Lock (or unlock) a slot; an open slot that has no row yet gets one."""
    created: dict[str, JsonValue] = {
        "session_id": session_id,
        "service": service,
        "language": language,
        "slot_no": slot_no,
        "status": "open",
    }
    row_id = slot_id(session_id, service, language, slot_no)
    return _upsert(batch, "assignment_slot", row_id, {"locked": int(locked)}, created)


def write_absences(batch: Batch, provider_id: str, windows: Iterable[Window]) -> Op | None:
    """Set a provider's absences (replacing those they had)."""
    return batch.update("provider", provider_id, {"absences": windows_json(windows)})


def write_settings(batch: Batch, event_id: str, settings: AccessSettings) -> Op | None:
    """Set the event's access rules (one row, its id the event's id)."""
    fields: dict[str, JsonValue] = {}
    for name in SETTING_FIELDS:
        value = getattr(settings, name)
        fields[name] = int(value) if isinstance(value, bool) else value
    return _upsert(batch, "access_settings", event_id, fields, {})
