"""Releasing the schedule, release versions, and what changed since the last release.

Sessions move ``draft`` → ``scheduled`` → ``released`` (or ``cancelled``). A release takes
every placed ``scheduled`` or ``released`` session (:data:`~wufops.models.schedule.RELEASABLE`):

- it is refused with ``schedule_blocked`` (:class:`ScheduleBlocked`, listing them) while any
  ``block`` conflict stands (drafts placed where they clash count too: unplace them or fix
  them), with ``nothing_to_release`` when no session is placed and scheduled, and with
  ``nothing_changed`` when the sessions are exactly what the last release published;
- otherwise, in one transaction (the check runs inside it, so no edit slips in between): the
  scheduled sessions become ``released``, and a release record plus one item per session
  (its row as released) are written through the op log.

**Versions.** A release's number is its rank in ``(hlc, device_id)`` order among the event's
releases (``wufops.store.schedule.releases``). Two coordinators releasing offline each see
their own as the next version; after sync every replica numbers both the same way (the
later-stamped one is the higher). Exports carry :func:`current_version`.

**Changed since the last release** (:func:`changes_since_last_release`): a released session a
coordinator moves or edits stays ``released`` and shows as ``moved``/``edited``; sessions
placed and scheduled since show as ``added``; those cancelled, unplaced or back to draft as
``removed``. ``--released`` exports read :func:`released_sessions` (the last complete
release's items).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence

from wufops.models.schedule import (
    RELEASABLE,
    Conflict,
    Release,
    SessionChange,
)
from wufops.schedule.edits import ScheduleError
from wufops.schedule.engine import Checker
from wufops.schedule.loading import load_world
from wufops.schedule.rules import Registry
from wufops.store import schedule as store
from wufops.store.replica import Replica
from wufops.sync.frames import MAX_TEXT_CHARS
from wufops.sync.merge import PLACEMENT_FIELDS
from wufops.sync.ops import JsonValue

Row = Mapping[str, JsonValue]


class ScheduleBlocked(ScheduleError):
    """A release refused while ``block`` conflicts stand; :attr:`conflicts` lists them."""

    def __init__(self, conflicts: Sequence[Conflict]) -> None:
        rules = sorted({c.rule for c in conflicts})
        super().__init__(
            "schedule_blocked",
            f"{len(conflicts)} blocking conflict(s) ({', '.join(rules)}): resolve them, or "
            "lower their rule's severity, before releasing",
        )
        self.conflicts: tuple[Conflict, ...] = tuple(conflicts)


def in_schedule(row: Row) -> bool:
    """Whether a session row belongs in a release: placed and scheduled or released."""
    return (
        row.get("status") in RELEASABLE
        and row.get("room_id") is not None
        and row.get("starts_at") is not None
    )


def changes_since(released: Mapping[str, Row], current: Mapping[str, Row]) -> list[SessionChange]:
    """How ``current`` session rows differ from the rows a release held (``released``)."""
    now = {sid: row for sid, row in current.items() if in_schedule(row)}
    changes: list[SessionChange] = []
    for sid in sorted(now.keys() - released.keys()):
        changes.append(SessionChange(sid, "added"))
    for sid in sorted(released.keys() - now.keys()):
        changes.append(SessionChange(sid, "removed"))
    for sid in sorted(now.keys() & released.keys()):
        before, after = released[sid], now[sid]
        keys = (before.keys() | after.keys()) - {"status"}
        differ = tuple(sorted(k for k in keys if before.get(k) != after.get(k)))
        if not differ:
            continue
        moved = any(k in PLACEMENT_FIELDS for k in differ)
        changes.append(SessionChange(sid, "moved" if moved else "edited", differ))
    return changes


def last_release(conn: sqlite3.Connection, event_id: str) -> Release | None:
    """The newest release this replica holds completely (``None``: never released)."""
    complete = [r for r in store.releases(conn, event_id) if r.complete]
    return complete[-1] if complete else None


def current_version(conn: sqlite3.Connection, event_id: str) -> int:
    """The version of the newest release (0: the schedule was never released)."""
    found = store.releases(conn, event_id)
    return found[-1].version if found else 0


def released_sessions(
    conn: sqlite3.Connection, event_id: str
) -> tuple[Release | None, dict[str, dict[str, JsonValue]]]:
    """The last complete release and its sessions' rows as released (for ``--released``
    exports); ``(None, {})`` before the first release."""
    release = last_release(conn, event_id)
    if release is None:
        return None, {}
    return release, store.release_items(conn, release.id)


def changes_since_last_release(
    conn: sqlite3.Connection, event_id: str
) -> tuple[Release | None, list[SessionChange]]:
    """The last release and how the sessions differ from it now (every session in the
    schedule is ``added`` before the first release)."""
    release, items = released_sessions(conn, event_id)
    return release, changes_since(items, store.session_rows(conn, event_id))


def release_schedule(
    replica: Replica, registry: Registry, *, event_id: str | None = None, note: str = ""
) -> Release:
    """Release the schedule (see the module docstring); returns the new release.

    Raises :class:`ScheduleBlocked` (``schedule_blocked``), or ``ScheduleError`` with
    ``nothing_to_release``, ``nothing_changed``, ``release_item_too_large``."""
    with replica.batch() as batch:
        conn = replica.conn
        world = load_world(conn, registry, event_id)
        event_id = world.event.id
        blocking = Checker(world, registry).blocking()
        if blocking:
            raise ScheduleBlocked(blocking)
        rows = store.session_rows(conn, event_id)
        included = {sid: dict(row) for sid, row in rows.items() if in_schedule(row)}
        if not included:
            raise ScheduleError(
                "nothing_to_release", "no session is placed and scheduled: nothing to release"
            )
        _, before = released_sessions(conn, event_id)
        if before and not changes_since(before, rows):
            raise ScheduleError(
                "nothing_changed", "the schedule is exactly what the last release published"
            )
        for sid, row in included.items():
            if row["status"] != "released":
                store.write_status(batch, sid, "released")
                row["status"] = "released"
            if len(json.dumps(row, ensure_ascii=False, separators=(",", ":"))) > MAX_TEXT_CHARS:
                raise ScheduleError(
                    "release_item_too_large",
                    f"session {sid} holds more than {MAX_TEXT_CHARS} characters of text",
                )
        release_id = store.write_release(
            batch, event_id, included, wall_time=replica.now_iso(), note=note
        )
    return next(r for r in store.releases(replica.conn, event_id) if r.id == release_id)
