"""What the conflict rules read: one event's objects, by kind, and its local days.

A :class:`World` holds a table per object kind (keyed by the kind's class): ``Room``,
``Session`` and ``SpeakerAvailability`` from this package's sources, and whatever kinds a
plug-in's sources add (stream slots, providers…), read with :meth:`World.table`. The
rule severities the event sets live beside them (:attr:`World.severities`).

Only the :class:`~wufops.schedule.engine.Checker` that owns a world changes it
(:meth:`World.put`), so that its indexes follow every change. :meth:`World.grouped` gives a
plug-in's axis its objects by one attribute (a session's stream slots, by ``session_id``),
kept up to date by :meth:`World.put`, so an axis never scans a whole table per session.

:class:`DayIndex` turns instants into the event's local days (date ordinals in its time
zone) with a bisect over precomputed local midnights, daylight-saving changes included.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import Any, TypeVar, cast
from zoneinfo import ZoneInfo

from wufops.models.schedule import (
    EventInfo,
    Room,
    Session,
    Severity,
    SpeakerAvailability,
)

T = TypeVar("T")

#: days before the first and after the last event day that the index precomputes
_MARGIN_DAYS = 14

#: what :meth:`World.table` answers for a kind nothing loads (read-only, shared)
_NO_OBJECTS: Mapping[str, object] = MappingProxyType({})


class DayIndex:
    """Local days of an event's time zone as date ordinals (``date.toordinal()``)."""

    def __init__(self, zone: ZoneInfo, first: date, last: date) -> None:
        self.zone = zone
        start = first - timedelta(days=_MARGIN_DAYS)
        count = (last - first).days + 2 * _MARGIN_DAYS + 2
        self._base = start.toordinal()
        self._midnights = [
            int(datetime(d.year, d.month, d.day, tzinfo=zone).timestamp() * 1000)
            for d in (start + timedelta(days=n) for n in range(count))
        ]

    def day(self, ms: int) -> int:
        """The local date (ordinal) of the instant ``ms``."""
        index = bisect_right(self._midnights, ms) - 1
        if 0 <= index < len(self._midnights) - 1:
            return self._base + index
        return datetime.fromtimestamp(ms / 1000, self.zone).date().toordinal()

    def days(self, start_ms: int, end_ms: int) -> range:
        """The local days that ``[start_ms, end_ms)`` touches."""
        first = self.day(start_ms)
        return range(first, max(first, self.day(max(start_ms, end_ms - 1))) + 1)

    def local(self, ms: int) -> datetime:
        """The instant as a local (aware) datetime of the event's zone."""
        return datetime.fromtimestamp(ms / 1000, self.zone)


class World:
    """One event's objects, by kind, and the severities it sets for rules."""

    def __init__(
        self,
        event: EventInfo,
        tables: Mapping[type[Any], Mapping[str, object]],
        severities: Mapping[str, Severity] | None = None,
    ) -> None:
        self.event = event
        self.zone = ZoneInfo(event.timezone)
        self.days = DayIndex(
            self.zone, date.fromisoformat(event.first_day), date.fromisoformat(event.last_day)
        )
        self._tables: dict[type[Any], dict[str, object]] = {
            kind: dict(rows) for kind, rows in tables.items()
        }
        # the core kinds' tables, held directly: the rules read them in their inner loops
        self._rooms = cast(dict[str, Room], self._tables.setdefault(Room, {}))
        self._sessions = cast(dict[str, Session], self._tables.setdefault(Session, {}))
        self._speakers = cast(
            dict[str, SpeakerAvailability], self._tables.setdefault(SpeakerAvailability, {})
        )
        #: rule code -> severity, where the event differs from the rule's default
        self.severities: dict[str, Severity] = dict(severities or {})
        #: (kind, attribute) -> attribute value -> {object id: object}
        self._groups: dict[tuple[type[Any], str], dict[Any, dict[str, object]]] = {}

    def table(self, kind: type[T]) -> Mapping[str, T]:
        """Every object of ``kind``, by id (empty if no source loads that kind). Reading an
        unknown kind adds nothing: a preview must leave the world exactly as it was."""
        return cast(Mapping[str, T], self._tables.get(kind, _NO_OBJECTS))

    def get(self, kind: type[T], object_id: str) -> T | None:
        return cast(T | None, self._tables.get(kind, {}).get(object_id))

    @property
    def rooms(self) -> Mapping[str, Room]:
        return self._rooms

    @property
    def sessions(self) -> Mapping[str, Session]:
        return self._sessions

    @property
    def speakers(self) -> Mapping[str, SpeakerAvailability]:
        """Declared speaker availability, by attendee id."""
        return self._speakers

    def grouped(self, kind: type[T], attribute: str) -> Mapping[Any, Mapping[str, T]]:
        """Objects of ``kind`` by the value of their ``attribute``: value -> {id: object}
        (``world.grouped(StreamSlot, "session_id").get(session.id, {})``). Built on first use,
        then kept up to date by :meth:`put`."""
        key = (kind, attribute)
        groups = self._groups.get(key)
        if groups is None:
            groups = {}
            for object_id, value in self._tables.get(kind, {}).items():
                groups.setdefault(getattr(value, attribute), {})[object_id] = value
            self._groups[key] = groups
        return cast(Mapping[Any, Mapping[str, T]], groups)

    def kinds(self) -> tuple[type[Any], ...]:
        return tuple(self._tables)

    def put(self, kind: type[Any], object_id: str, value: object | None) -> object | None:
        """Set (``None``: remove) one object; returns what it replaced. Call it through the
        checker (:meth:`~wufops.schedule.engine.Checker.apply`), never directly."""
        if value is None:
            # Removing from a kind nothing holds adds no (empty) table: a preview that deletes
            # and then restores must leave the world's kinds exactly as they were.
            existing = self._tables.get(kind)
            before = existing.pop(object_id, None) if existing is not None else None
        else:
            rows = self._tables.setdefault(kind, {})
            before = rows.get(object_id)
            rows[object_id] = value
        for (grouped_kind, attribute), groups in self._groups.items():
            if grouped_kind is not kind:
                continue
            if before is not None:
                old = getattr(before, attribute)
                members = groups.get(old)
                if members is not None:
                    members.pop(object_id, None)
                    if not members:
                        del groups[old]
            if value is not None:
                groups.setdefault(getattr(value, attribute), {})[object_id] = value
        return before

    def drop_empty(self, kinds: Iterable[type[Any]]) -> None:
        """Forget the tables of ``kinds`` that hold nothing: after a preview added an object of a
        kind the world did not hold and took it back, the world's kinds are as they were."""
        for kind in kinds:
            if not self._tables.get(kind, True):
                del self._tables[kind]
                for key in [k for k in self._groups if k[0] is kind]:
                    del self._groups[key]

    def copy(self) -> World:
        """An independent world with the same objects (the objects are immutable)."""
        return World(self.event, self._tables, self.severities)
