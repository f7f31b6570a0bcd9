"""What an import does, as values: the :class:`Plan` (sessions added, changed and removed,
rooms and speakers created, and the rows behind them) that :mod:`.reconcile` makes and
writes, and how a source's session type becomes a WUF session type (:func:`session_type`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from db.vocabulary import SESSION_TYPES
from wufops.models.schedule import to_iso
from wufops.schedule_io.model import Document
from wufops.sync.ops import JsonValue

_WORDS = re.compile(r"[a-z]+")
#: words of a source's session type (or an Indico session title) -> WUF session type
_TYPE_WORDS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"plenary", "keynote", "opening", "closing", "ceremony"}), "plenary"),
    (frozenset({"assembly", "assemblies"}), "assembly"),
    (frozenset({"roundtable", "round"}), "roundtable"),
    (frozenset({"dialogue", "dialog", "panel", "discussion", "debate"}), "dialogue"),
    (
        frozenset({"training", "workshop", "tutorial", "hands", "masterclass", "lab", "course"}),
        "training",
    ),
    (frozenset({"networking", "reception", "social", "meetup", "party", "mixer"}), "networking"),
    (frozenset({"side"}), "side_event"),
)


def session_type(text: str) -> str:
    """A WUF session type for a source's type: itself when it is one (``side_event``);
    else by its words — plenary/keynote/opening/closing → plenary, assembly → assembly,
    roundtable → roundtable, dialogue/panel/discussion/debate → dialogue,
    training/workshop/tutorial/hands-on → training, networking/reception/social →
    networking; anything else (talk, lecture, presentation…) → side_event."""
    lowered = text.strip().lower()
    if lowered in SESSION_TYPES:
        return lowered
    words = set(_WORDS.findall(lowered))
    for keys, kind in _TYPE_WORDS:
        if words & keys:
            return kind
    return "side_event"


@dataclass(frozen=True)
class SessionPlan:
    """A session the import adds, changes or removes."""

    session_id: str
    guid: str
    title: str
    #: where it stands after the import (``None``: unplaced)
    room: str | None
    start_ms: int | None
    end_ms: int | None
    #: for a change: the fields that change (``placement`` for room/start/end)
    changed: tuple[str, ...] = ()
    where: str = ""


@dataclass(frozen=True)
class NewRoom:
    room_id: str
    name: str
    capacity: int
    capacity_known: bool
    #: the room's GUID in its source (exports give it again), if it had its own
    guid: str | None = None


@dataclass(frozen=True)
class NewSpeaker:
    attendee_id: str
    name: str
    key: str
    email: str = ""


@dataclass(frozen=True)
class Plan:
    """What an import of ``document`` does to the event (see the module docstring)."""

    document: Document
    event_id: str
    event_name: str
    zone: ZoneInfo
    #: the event to create first (an empty database), or ``None``
    new_event: Mapping[str, JsonValue] | None
    rooms: tuple[NewRoom, ...]
    speakers: tuple[NewSpeaker, ...]
    #: persons found among the attendees
    speakers_matched: int
    added: tuple[SessionPlan, ...]
    changed: tuple[SessionPlan, ...]
    removed: tuple[SessionPlan, ...]
    unchanged: int
    #: source type -> WUF type, with how many sessions
    types: Mapping[tuple[str, str], int] = field(default_factory=dict)
    # what to write, by session id
    _inserts: Mapping[str, Mapping[str, JsonValue]] = field(default_factory=dict)
    _updates: Mapping[str, Mapping[str, JsonValue]] = field(default_factory=dict)
    _session_links: tuple[tuple[str, str], ...] = ()
    _person_links: tuple[tuple[str, str], ...] = ()
    _attendees: Mapping[str, Mapping[str, JsonValue]] = field(default_factory=dict)

    @property
    def changes_anything(self) -> bool:
        return bool(
            self.new_event
            or self.rooms
            or self.speakers
            or self.added
            or self.changed
            or self.removed
            or self._session_links
            or self._person_links
        )

    def to_json(self, *, dry_run: bool) -> dict[str, object]:
        doc = self.document

        def item(p: SessionPlan) -> dict[str, object]:
            out: dict[str, object] = {
                "session": p.session_id,
                "guid": p.guid,
                "title": p.title,
                "room": p.room,
                "start": to_iso(p.start_ms) if p.start_ms is not None else None,
                "end": to_iso(p.end_ms) if p.end_ms is not None else None,
            }
            if p.changed:
                out["fields"] = list(p.changed)
            return out

        return {
            "dry_run": dry_run,
            "format": doc.format,
            "dialect": doc.dialect,
            "origin": doc.origin,
            "event": self.event_id,
            "event_created": self.new_event is not None,
            "sessions_in_file": len(doc.entries),
            "added": [item(p) for p in self.added],
            "changed": [item(p) for p in self.changed],
            "removed": [item(p) for p in self.removed],
            "unchanged": self.unchanged,
            "rooms_added": [
                {
                    "room": r.room_id,
                    "name": r.name,
                    "capacity": r.capacity,
                    "capacity_known": r.capacity_known,
                }
                for r in self.rooms
            ],
            "speakers_added": [
                {"attendee": s.attendee_id, "name": s.name, "key": s.key} for s in self.speakers
            ],
            "speakers_matched": self.speakers_matched,
            "types": [
                {"source": src, "type": kind, "sessions": n}
                for (src, kind), n in sorted(self.types.items())
            ],
            "tolerated": [d.to_json() for d in doc.deviations],
        }
