"""What a solve proposes, as values: :class:`Proposal` — the changes against the plan it
started from, the coverage and shortfall after them, the largest load — kept apart from the
plan until someone accepts it (:func:`wufops.access.edits.accept_proposal`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from wufops.models.access import Need, Service

#: who fills a slot: (provider, feed); ``(None, None)``: nobody
Unit = tuple[str | None, str | None]
EMPTY: Unit = (None, None)

SolveStatus = Literal["optimal", "feasible", "greedy", "cancelled"]


@dataclass(frozen=True, slots=True)
class SlotChange:
    """One slot the proposal fills, refills or clears."""

    slot_id: str
    session_id: str
    service: Service
    language: str
    slot_no: int
    before: Unit
    after: Unit

    def to_json(self) -> dict[str, Any]:
        return {
            "slot": self.slot_id,
            "session": self.session_id,
            "service": self.service,
            "language": self.language,
            "slot_no": self.slot_no,
            "before": {"provider": self.before[0], "feed": self.before[1]},
            "after": {"provider": self.after[0], "feed": self.after[1]},
        }


@dataclass(frozen=True, slots=True)
class Coverage:
    """How many units are filled, of those required and of those advised."""

    required: int
    filled_required: int
    advised: int
    filled_advised: int

    @property
    def complete(self) -> bool:
        return self.filled_required == self.required

    def to_json(self) -> dict[str, int]:
        return {
            "required": self.required,
            "filled_required": self.filled_required,
            "advised": self.advised,
            "filled_advised": self.filled_advised,
        }


@dataclass(frozen=True)
class Proposal:
    """A solve's result. ``units``: who fills each demanded slot afterwards (filled ones);
    ``changes``: what differs from the plan the solve started from (accept writes these);
    ``unmet``: units left open, required ones first; ``loads``: minutes per provider over
    the event afterwards; ``proven``: the shortfall is proven the smallest possible."""

    event_id: str
    status: SolveStatus
    units: Mapping[str, Unit]
    changes: tuple[SlotChange, ...]
    coverage: Coverage
    unmet: tuple[Need, ...]
    loads: Mapping[str, int]
    proven: bool
    seconds: float
    #: the largest workload: the most minutes one provider works on one local day
    max_day_load: int = 0
    #: seconds until every required unit was filled (``None``: never)
    first_full_s: float | None = None
    #: seconds until the coverage stage ended (proven or not)
    cover_s: float | None = None

    @property
    def max_load(self) -> int:
        """The most minutes one provider works over the whole event."""
        return max(self.loads.values(), default=0)

    def to_json(self) -> dict[str, Any]:
        return {
            "event": self.event_id,
            "status": self.status,
            "proven": self.proven,
            "seconds": round(self.seconds, 3),
            "coverage": self.coverage.to_json(),
            "unmet": [
                {
                    "slot": n.id,
                    "session": n.session_id,
                    "service": n.service,
                    "language": n.language,
                    "slot_no": n.slot_no,
                    "level": n.level,
                }
                for n in self.unmet
            ],
            "max_load_min": self.max_day_load,
            "max_event_load_min": self.max_load,
            "changes": [c.to_json() for c in self.changes],
        }
