"""What the access workspace shows and changes, read from the core (no Qt widgets here):

the plan (``wufops.access.plan.load_plan``), each session's coverage
(``wufops.access.coverage.session_coverage``), providers' timelines
(``wufops.access.timeline``), the picker's candidates (``wufops.access.eligibility``), room
names; and the edits, each one op through the core's op-log functions
(``wufops.access.edits``) so it syncs. Days are the event's local days (date ordinals).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from ui.context import AppContext
from ui.text import directional
from wufops.access import edits
from wufops.access.coverage import SessionCoverage, loads, session_coverage
from wufops.access.eligibility import Candidate, candidates, feeds
from wufops.access.plan import AccessPlan, load_plan
from wufops.access.proposal import Proposal, Unit
from wufops.access.timeline import TimelineDay, timeline
from wufops.models.schedule import Session
from wufops.store import schedule as schedule_store
from wufops.store import sync_state as ss
from wufops.sync.roles import writable_fields


def can_edit(role: str) -> bool:
    """Whether a device of ``role`` may change assignments (``""``: a standalone file)."""
    allowed = writable_fields(role, "assignment_slot")
    return allowed is None or "provider_id" in allowed


@dataclass(frozen=True)
class SessionRow:
    session: Session
    room: str
    coverage: SessionCoverage

    @property
    def start_ms(self) -> int:
        assert self.session.placement is not None
        return self.session.placement.start_ms

    @property
    def end_ms(self) -> int:
        assert self.session.placement is not None
        return self.session.placement.end_ms


class AccessData:
    def __init__(self, context: AppContext) -> None:
        self.context = context
        self.plan: AccessPlan
        self.coverage: dict[str, SessionCoverage] = {}
        self.rooms: dict[str, str] = {}
        self.role = ""
        self.editable = True
        self.reload()

    def reload(self) -> None:
        conn = self.context.replica.conn
        self.plan = load_plan(conn, self.context.event.id)
        self.coverage = session_coverage(self.plan)
        self.rooms = {
            rid: room.name
            for rid, room in schedule_store.load_rooms(conn, self.plan.event.id).items()
        }
        self.role = ss.read_state(self.context.replica).role
        self.editable = can_edit(self.role)

    # -- reading -----------------------------------------------------------------------------

    def days(self) -> list[int]:
        """The local days with sessions that need a service."""
        found = set()
        for session_id in self.coverage:
            session = self.plan.sessions.get(session_id)
            if session is not None and session.placement is not None:
                found.add(self.plan.day(session.placement.start_ms))
        return sorted(found)

    @staticmethod
    def day_date(ordinal: int) -> date:
        return date.fromordinal(ordinal)

    def sessions_on(self, day: int) -> list[SessionRow]:
        """The day's sessions that need a service, by start, then room."""
        rows = []
        for session_id, coverage in self.coverage.items():
            session = self.plan.sessions.get(session_id)
            if session is None or session.placement is None:
                continue
            if self.plan.day(session.placement.start_ms) != day:
                continue
            room = self.rooms.get(session.placement.room_id, session.placement.room_id)
            rows.append(SessionRow(session, room, coverage))
        rows.sort(key=lambda r: (r.start_ms, r.room, r.session.title, r.session.id))
        return rows

    def session_row(self, session_id: str) -> SessionRow | None:
        session = self.plan.sessions.get(session_id)
        coverage = self.coverage.get(session_id)
        if session is None or session.placement is None or coverage is None:
            return None
        room = self.rooms.get(session.placement.room_id, session.placement.room_id)
        return SessionRow(session, room, coverage)

    def name(self, provider_id: str | None) -> str:
        """A provider's name, embedded in its own direction (an Arabic name keeps the
        punctuation after it on its right in a left-to-right view)."""
        if provider_id is None:
            return ""
        provider = self.plan.providers.get(provider_id)
        return directional(provider.name) if provider else provider_id

    def providers_in_order(self) -> list[str]:
        """Interpreters, then captioners, each by name."""
        return [
            p.id
            for p in sorted(
                self.plan.providers.values(),
                key=lambda p: (p.kind != "interpreter", p.name.casefold(), p.id),
            )
        ]

    def timeline_on(self, provider_id: str, day: int, units: Mapping[str, Unit] | None = None
                    ) -> TimelineDay | None:  # fmt: skip
        text = self.plan.day_text(day)
        for found in timeline(self.plan, provider_id, units):
            if found.day == text:
                return found
        return None

    def loads(self, units: Mapping[str, Unit] | None = None) -> dict[str, int]:
        return loads(self.plan, self.plan.current() if units is None else units)

    def candidates(self, slot_id: str) -> list[Candidate]:
        return candidates(self.plan, slot_id)

    def feeds(self, slot_id: str) -> list[Candidate]:
        return feeds(self.plan, slot_id)

    def slot_session(self, slot_id: str) -> str:
        need = self.plan.need(slot_id)
        if need is not None:
            return need.session_id
        row = self.plan.assignments.get(slot_id)
        return row.session_id if row else ""

    def is_locked(self, slot_id: str) -> bool:
        row = self.plan.assignments.get(slot_id)
        return bool(row and row.locked)

    # -- edits (each raises edits.AccessError with a stable code) -----------------------------

    def _check_role(self) -> None:
        if not self.editable:
            raise edits.AccessError("role_forbidden", "this device may not change assignments")

    def assign(self, slot_id: str, provider_id: str, feed_id: str | None = None) -> None:
        self._check_role()
        edits.assign(
            self.context.replica,
            slot_id,
            provider_id,
            feed_provider_id=feed_id,
            event_id=self.plan.event.id,
        )

    def unassign(self, slot_id: str) -> None:
        self._check_role()
        edits.unassign(self.context.replica, slot_id, event_id=self.plan.event.id)

    def set_lock(self, slot_id: str, locked: bool) -> None:
        self._check_role()
        edits.set_lock(self.context.replica, slot_id, locked=locked, event_id=self.plan.event.id)

    def accept(self, proposal: Proposal) -> int:
        self._check_role()
        return edits.accept_proposal(self.context.replica, proposal)
