"""The schedule as the workspace holds it: one world and its checker, kept in step with the
database through the change bus, and the edits the workspace makes.

- **Loading**: the world (rooms, sessions, speakers' availability, severities) from the
  GUI thread's replica, checked in bulk once (``wufops.schedule``).
- **Keeping up**: every change on the bus that names schedule rows — this workspace's own
  edits, a release, changes the sync driver pulled (``ui.sync.bridge``) — re-reads only
  those rows and feeds them to the checker (``reloaded`` + ``Checker.apply``), then tells
  the views which sessions changed (:attr:`ScheduleData.sig_changed`). A snapshot
  (``"*"``) reloads the whole world.
- **Edits** (``place``, ``set_status``, ``release``, ``dismiss_lost``) go through
  ``wufops.schedule``'s edits, one op each through the op log so they sync, then announce
  the rows they wrote on the bus — the same path a pulled change takes.
- **Role**: a coordinator's or admin's device edits; a desk looks (read-only); a standalone
  database with no enrolment edits (its local role allows anything on its own file).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QObject, Signal, Slot

from ui.context import EVERYTHING, AppContext
from ui.schedule.layout import event_days, session_day
from ui.schedule.messages import Clock, ConflictText
from ui.schedule.registry import registry as ui_registry
from wufops.errors import CodedError
from wufops.models.schedule import (
    MINUTE_MS,
    Conflict,
    Placement,
    Release,
    Room,
    Session,
    SessionChange,
)
from wufops.schedule import (
    Change,
    Checker,
    Registry,
    ScheduleError,
    changes_since_last_release,
    load_world,
    move_session,
    release_schedule,
    reloaded,
    set_status,
    unplace_session,
)
from wufops.store import schedule as store
from wufops.store.placement_conflicts import LostPlacement, lost_placements
from wufops.store.sync_state import read_state
from wufops.sync.roles import writable_fields

#: change-bus entities the schedule reads
SCHEDULE_ENTITIES = frozenset(
    {
        "session",
        "room",
        "speaker_availability",
        "rule_severity",
        "conflict",
        "schedule_release",
        "schedule_release_item",
    }
)
#: what an unplaced session that asks for no length takes when placed
DEFAULT_LENGTH_MIN = 60
_SEVERITY_RANK = {"block": 0, "warn": 1, "off": 2}


@dataclass(frozen=True)
class Update:
    """What changed, for the views: sessions (ids), and whether rooms, conflicts, lost
    placements or releases changed. ``everything``: reload all."""

    sessions: frozenset[str] = frozenset()
    rooms: bool = False
    conflicts: bool = False
    lost: bool = False
    releases: bool = False
    everything: bool = False


def can_edit(role: str) -> bool:
    """Whether a device of ``role`` may change sessions' placements ("" : standalone)."""
    fields = writable_fields(role, "session")
    return fields is None or {"room_id", "starts_at", "ends_at"} <= fields


class ScheduleData(QObject):
    sig_changed = Signal(object)
    """``Update``: the world changed (an edit here, a pulled batch, a snapshot)."""

    def __init__(
        self, context: AppContext, registry: Registry | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.replica = context.replica
        self.registry = registry if registry is not None else ui_registry()
        self.clock = Clock(context.zone)
        self.role = read_state(self.replica).role
        self.editable = can_edit(self.role)
        self._load()
        context.bus.sig_rows_changed.connect(self._rows_changed)

    # -- loading -----------------------------------------------------------------------------

    def _load(self) -> None:
        conn = self.replica.conn
        self.world = load_world(conn, self.registry, self.context.event.id)
        self.checker = Checker(self.world, self.registry)
        self.labels: dict[str, str] = {}
        self.text = ConflictText(self.world, self.clock, self.labels)
        self._conflicts_changed()
        self.lost: list[LostPlacement] = lost_placements(conn, self.world.event.id)

    def reload(self) -> None:
        """Everything again from the database (after a snapshot)."""
        self.role = read_state(self.replica).role
        self.editable = can_edit(self.role)
        self._load()
        self.sig_changed.emit(Update(everything=True))

    @Slot(str, list)
    def _rows_changed(self, entity: str, ids: list[str]) -> None:
        if entity == EVERYTHING:
            self.reload()
        elif entity in SCHEDULE_ENTITIES:
            self.refresh([(entity, i) for i in ids])
        elif entity == "attendee" and self.labels:
            # a speaker's name may have been corrected: names are read again when next shown
            self.labels.clear()

    def refresh(self, touched: Sequence[tuple[str, str]]) -> Update:
        """Bring the world up to the database for the rows ``touched``; announce it."""
        conn = self.replica.conn
        entities = {entity for entity, _ in touched}
        severities_before = dict(self.world.severities)
        changes = reloaded(conn, self.world, self.registry, touched)
        delta = self.checker.apply(changes)
        sessions = frozenset(c.id for c in changes if c.kind is Session)
        rooms = any(c.kind is Room for c in changes)
        conflicts = bool(delta.appeared or delta.gone) or (
            self.world.severities != severities_before
        )
        if conflicts:
            self._conflicts_changed()
        lost = "conflict" in entities or "session" in entities
        if lost:
            before = self.lost
            self.lost = lost_placements(conn, self.world.event.id)
            lost = self.lost != before
        update = Update(
            sessions=sessions,
            rooms=rooms,
            conflicts=conflicts,
            lost=lost,
            releases=bool(entities & {"schedule_release", "schedule_release_item", "session"}),
        )
        self.sig_changed.emit(update)
        return update

    # -- conflicts ---------------------------------------------------------------------------

    def _conflicts_changed(self) -> None:
        self._conflicts = self.checker.conflicts()
        worst: dict[str, str] = {}
        for conflict in self._conflicts:
            for session_id in conflict.session_ids:
                if _SEVERITY_RANK[conflict.severity] < _SEVERITY_RANK.get(
                    worst.get(session_id, "off"), 3
                ):
                    worst[session_id] = conflict.severity
        self.worst = worst
        self._name_speakers(self._conflicts)

    def conflicts(self) -> list[Conflict]:
        """Every conflict (``off`` left out), strongest first."""
        return self._conflicts

    def conflicts_of(self, session_id: str) -> list[Conflict]:
        return self.checker.conflicts_of(session_id)

    def preview(self, session_id: str, placement: Placement | None) -> list[Conflict]:
        """The conflicts ``session_id`` would be in at ``placement`` (nothing is kept)."""
        session = self.world.sessions.get(session_id)
        if session is None:
            return []
        moved = replace(session, placement=placement)
        found = self.checker.preview([Change(Session, session_id, moved)])
        self._name_speakers(found)
        return [c for c in found if session_id in c.session_ids]

    def _name_speakers(self, conflicts: Iterable[Conflict]) -> None:
        missing = [
            o
            for c in conflicts
            for o in c.objects
            if o.kind == "speaker" and o.id not in self.labels
        ]
        if missing:
            self.labels.update(store.labels(self.replica.conn, missing))

    def tooltip(self, session_id: str) -> str:
        session = self.world.sessions.get(session_id)
        if session is None:
            return ""
        conflicts = self.conflicts_of(session_id)
        self._name_speakers(conflicts)
        return self.text.session_tooltip(session, conflicts)

    def describe(self, conflict: Conflict) -> str:
        self._name_speakers([conflict])
        return self.text.conflict(conflict)

    # -- sessions ----------------------------------------------------------------------------

    def session(self, session_id: str) -> Session | None:
        return self.world.sessions.get(session_id)

    def length_ms(self, session: Session) -> int:
        """How long ``session`` lasts once placed: its placement's length, else the length
        it asks for (``duration_min``), else an hour."""
        if session.placement is not None:
            return session.placement.end_ms - session.placement.start_ms
        if session.duration_min > 0:
            return session.duration_min * MINUTE_MS
        return DEFAULT_LENGTH_MIN * MINUTE_MS

    def unplaced(self) -> list[Session]:
        """Sessions waiting for a room (not cancelled), by title."""
        return sorted(
            (
                s
                for s in self.world.sessions.values()
                if s.placement is None and s.status != "cancelled"
            ),
            key=lambda s: (s.title.casefold(), s.id),
        )

    def days(self) -> list[date]:
        return event_days(self.world)

    def day_of(self, session_id: str) -> date | None:
        session = self.world.sessions.get(session_id)
        return None if session is None else session_day(self.world, session)

    # -- edits (one op each, announced on the bus) ---------------------------------------------

    def _announce(self, entity: str, ids: Iterable[str]) -> None:
        self.context.bus.rows_changed(entity, sorted(set(ids)))

    def place(self, session_id: str, placement: Placement | None) -> None:
        """Place (``None``: unplace) a session. Raises ``ScheduleError``."""
        event_id = self.world.event.id
        with _refusals():
            if placement is None:
                unplace_session(self.replica, session_id, event_id=event_id)
            else:
                move_session(
                    self.replica,
                    session_id,
                    placement.room_id,
                    placement.start_ms,
                    placement.end_ms,
                    event_id=event_id,
                )
        self._announce("session", [session_id])

    def set_status(self, session_id: str, status: str) -> None:
        """Set a session's status by hand. Raises ``ScheduleError``."""
        with _refusals():
            set_status(self.replica, session_id, status, event_id=self.world.event.id)
        self._announce("session", [session_id])

    def release(self, note: str = "") -> Release:
        """Release the schedule. Raises ``ScheduleBlocked`` or ``ScheduleError``."""
        before = {s.id: s.status for s in self.world.sessions.values()}
        with _refusals():
            made = release_schedule(
                self.replica, self.registry, event_id=self.world.event.id, note=note
            )
        rows = store.session_rows(self.replica.conn, self.world.event.id)
        changed = [sid for sid, row in rows.items() if row.get("status") != before.get(sid)]
        self._announce("schedule_release", [made.id])
        if changed:
            self._announce("session", changed)
        return made

    def changes(self) -> tuple[Release | None, list[SessionChange]]:
        return changes_since_last_release(self.replica.conn, self.world.event.id)

    def dismiss_lost(self, conflict_id: str) -> None:
        """Mark a lost placement's record resolved (an op: every coordinator sees it)."""
        with _refusals():
            self.replica.update("conflict", conflict_id, {"resolved": 1})
        self._announce("conflict", [conflict_id])


@contextmanager
def _refusals() -> Iterator[None]:
    """Every refusal of a write as a ``ScheduleError`` with a stable code."""
    try:
        yield
    except ScheduleError:
        raise
    except CodedError as error:  # a constraint (OpRejected), no event (ScheduleStoreError)
        raise ScheduleError(error.code, error.detail) from None
    except sqlite3.Error as error:  # disk full, database locked for too long
        raise ScheduleError("db_error", str(error)) from None
