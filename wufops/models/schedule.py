"""The schedule as the core sees it: rooms, sessions, speakers' availability, conflicts,
releases — frozen values, no SQL, no Qt.

Instants are integers (ms since the Unix epoch, UTC) so the conflict rules compare numbers;
the store turns the schema's UTC text (``…Z``) into them and back (:func:`to_iso`).

- :class:`Window` — a span of time ``[start, end)``; :func:`merge_windows` joins windows that
  touch or overlap (a room open 20:00–24:00 and 00:00–02:00 is open 20:00–02:00).
- :class:`Placement` — where and when a session happens: room, start, end. One value: it is
  written by one op (``wufops.sync.merge.FIELD_GROUPS``).
- :class:`Room`, :class:`Session`, :class:`SpeakerAvailability` — what the rules read.
  Speakers are attendee ids (``session.speakers``); a speaker's availability row has the
  speaker's attendee id as its id.
- :class:`Finding` — what a rule found (rule code, the objects involved, parameters);
  :class:`Conflict` — a finding with the severity the event gives its rule. Messages are
  data: people-readable text is made where it is shown (``wufops.schedule.messages`` in
  English for the CLI; the UI translates the codes).
- :class:`Release`, :class:`SessionChange` — a release and its version number, and what
  changed in a session since the last release.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from wufops.clock import iso_utc, parse_iso_utc

Severity = Literal["block", "warn", "off"]
#: every severity, strongest first: ``block`` stops a release, ``warn`` shows, ``off`` hides
SEVERITIES: tuple[Severity, ...] = ("block", "warn", "off")

SessionStatus = Literal["draft", "scheduled", "released", "cancelled"]
STATUSES: tuple[SessionStatus, ...] = ("draft", "scheduled", "released", "cancelled")
#: statuses whose placed sessions go into the next release
RELEASABLE: frozenset[str] = frozenset({"scheduled", "released"})

MINUTE_MS = 60_000


def to_iso(ms: int) -> str:
    """An instant as the schema stores it (UTC text ending in ``Z``)."""
    return iso_utc(ms)


def from_iso(text: str) -> int:
    """The schema's UTC text as an instant (ms)."""
    return parse_iso_utc(text)


@dataclass(frozen=True, slots=True, order=True)
class Window:
    """``[start_ms, end_ms)``: when a room or a person is available."""

    start_ms: int
    end_ms: int

    def contains(self, start_ms: int, end_ms: int) -> bool:
        return self.start_ms <= start_ms and end_ms <= self.end_ms

    def to_json(self) -> dict[str, str]:
        return {"start": to_iso(self.start_ms), "end": to_iso(self.end_ms)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Window:
        """From the schema's ``{"start": "…Z", "end": "…Z"}``; raises ``ValueError``."""
        start, end = from_iso(str(data["start"])), from_iso(str(data["end"]))
        if end <= start:
            raise ValueError(f"window ends before it starts: {data!r}")
        return cls(start, end)


def merge_windows(windows: Iterable[Window]) -> tuple[Window, ...]:
    """The windows sorted, with those that overlap or touch joined into one."""
    merged: list[Window] = []
    for w in sorted(windows):
        if merged and w.start_ms <= merged[-1].end_ms:
            last = merged[-1]
            merged[-1] = Window(last.start_ms, max(last.end_ms, w.end_ms))
        else:
            merged.append(w)
    return tuple(merged)


def within(windows: tuple[Window, ...], start_ms: int, end_ms: int) -> bool:
    """Whether one of ``windows`` (merged) holds all of ``[start_ms, end_ms)``."""
    return any(w.contains(start_ms, end_ms) for w in windows)


@dataclass(frozen=True, slots=True)
class Placement:
    """Where and when a session happens. Room, start and end change together, as one op."""

    room_id: str
    start_ms: int
    end_ms: int

    def __post_init__(self) -> None:
        if self.end_ms <= self.start_ms:
            raise ValueError("a placement ends after it starts")

    @property
    def minutes(self) -> int:
        return (self.end_ms - self.start_ms) // MINUTE_MS

    def to_fields(self) -> dict[str, str]:
        """The session fields this placement writes (all three, always)."""
        return {
            "room_id": self.room_id,
            "starts_at": to_iso(self.start_ms),
            "ends_at": to_iso(self.end_ms),
        }


#: the session fields of an unplaced session (the three fields, all ``None``)
UNPLACED_FIELDS: Mapping[str, None] = {"room_id": None, "starts_at": None, "ends_at": None}


@dataclass(frozen=True, slots=True)
class Room:
    id: str
    name: str
    capacity: int
    #: minutes the room needs between two sessions
    changeover_min: int = 0
    #: when it can be used, merged; empty: the whole event
    availability: tuple[Window, ...] = ()
    features: frozenset[str] = frozenset()
    floor: str = ""
    zone: str = ""


@dataclass(frozen=True, slots=True)
class Session:
    id: str
    title: str
    type: str
    status: SessionStatus = "draft"
    #: ``None``: not placed (no room, or no time)
    placement: Placement | None = None
    #: attendee ids, in billing order
    speakers: tuple[str, ...] = ()
    expected_audience: int = 0
    format: str = "in_person"
    high_level: bool = False
    do_not_stream: bool = False
    do_not_record: bool = False
    #: the length asked for when unplaced (0: not said)
    duration_min: int = 0

    @property
    def active(self) -> bool:
        """Placed and not cancelled: what the conflict rules look at."""
        return self.placement is not None and self.status != "cancelled"


@dataclass(frozen=True, slots=True)
class SpeakerAvailability:
    """When a speaker (``id``: their attendee id) can speak; empty: the whole event."""

    id: str
    windows: tuple[Window, ...] = ()


@dataclass(frozen=True, slots=True)
class ObjectRef:
    """An object a conflict involves: ``kind`` is ``session``, ``room``, ``speaker`` (an
    attendee id), and for the rules of later issues ``channel``, ``provider``…"""

    kind: str
    id: str


@dataclass(frozen=True)
class Finding:
    """What a rule found: its code, the objects involved (in a fixed order: sessions first
    by start, then the room or person) and parameters for the message (numbers and ids)."""

    rule: str
    objects: tuple[ObjectRef, ...]
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        """Identity of the finding: the same rule on the same objects is one finding."""
        return self.rule + "|" + "|".join(o.id for o in self.objects)

    def ids(self, kind: str) -> tuple[str, ...]:
        return tuple(o.id for o in self.objects if o.kind == kind)


@dataclass(frozen=True)
class Conflict:
    """A finding as the event rates it: ``severity`` is the rule's, per event."""

    rule: str
    severity: Severity
    objects: tuple[ObjectRef, ...]
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return self.rule + "|" + "|".join(o.id for o in self.objects)

    def ids(self, kind: str) -> tuple[str, ...]:
        return tuple(o.id for o in self.objects if o.kind == kind)

    @property
    def session_ids(self) -> tuple[str, ...]:
        return self.ids("session")

    def to_json(self) -> dict[str, Any]:
        """``rule``, ``severity``, ``objects`` (ids), ``kinds`` (of those ids), ``params``."""
        return {
            "rule": self.rule,
            "severity": self.severity,
            "objects": [o.id for o in self.objects],
            "kinds": [o.kind for o in self.objects],
            "params": dict(self.params),
        }


@dataclass(frozen=True)
class EventInfo:
    id: str
    name: str
    timezone: str
    first_day: str
    last_day: str


@dataclass(frozen=True)
class Release:
    """A release of the schedule. ``version`` is its rank (1, 2, …) in ``(hlc, device_id)``
    order among the event's releases: every replica numbers them the same once it holds
    them all. ``complete``: every item of it has arrived (``item_count`` of them)."""

    id: str
    event_id: str
    version: int
    hlc: int
    device_id: str
    wall_time: str
    item_count: int
    note: str = ""
    complete: bool = True


ChangeKind = Literal["added", "removed", "moved", "edited"]


@dataclass(frozen=True)
class SessionChange:
    """How a session differs from what the last release published.

    ``added``: placed and releasable now, not in the release; ``removed``: in the release,
    now cancelled, unplaced or back to draft; ``moved``: its placement changed (``fields``
    may name others too); ``edited``: other published fields changed (``fields``)."""

    session_id: str
    change: ChangeKind
    fields: tuple[str, ...] = ()
