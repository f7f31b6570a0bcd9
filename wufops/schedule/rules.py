"""The plug-in point of the conflict engine: axes, rules, sources and the registry of them.

An **axis** indexes the active sessions (placed, not cancelled) by *subject* and local day:
the ``room`` axis by room, the ``speaker`` axis by speaker; later issues add ``channel``
(a session's stream slots) and ``provider`` (its assignment slots). A session enters the
bucket ``(subject, day)`` of every local day its *reach* touches — its time plus whatever
margin the axis's rules look across (a room's changeover, a channel's pre- and post-roll),
so a clash across midnight is found in the day both reaches share.

A **rule** names one axis and checks one bucket at a time: ``check(bucket, world)`` yields
:class:`~wufops.models.schedule.Finding` values. That is what keeps incremental checks
local: after an edit, only the buckets the edit touches are checked again. The contract a
rule keeps (the property tests hold the core rules to it):

- its findings for a bucket depend only on the bucket's sessions, on the objects its axis
  attaches to them (``member_kinds``), and on the bucket subject's own objects (an object of
  one of the axis's ``subject_kinds`` whose id is the subject) — never on the day itself;
- a finding that two buckets both produce (a pair of sessions that crosses midnight) is the
  same value in both.

A change to an object of a ``subject_kinds`` kind rechecks every bucket of that subject (a
room's availability, a speaker's windows); a change to an object of a ``member_kinds`` kind
re-indexes the sessions :meth:`Axis.sessions_moved` names (a stream slot's session).

A **source** loads one kind of object from the database (and reloads some ids after an edit
or a pulled batch). The :class:`Registry` holds axes, rules and sources; the engine
(``wufops.schedule.engine.Checker``) runs whatever a registry holds. This package's own —
C1–C5 — come from :func:`wufops.schedule.core.core_registry`; a later capability adds its
own with :meth:`Registry.add` at the application's edge::

    registry = core_registry()
    registry.add(axes=[ChannelAxis()], rules=[ChannelOverlap()], sources=[SLOT_SOURCE])
"""

from __future__ import annotations

import sqlite3
from abc import ABC, abstractmethod
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from wufops.errors import CodedError
from wufops.models.schedule import SEVERITIES, EventInfo, Finding, Session, Severity
from wufops.schedule.world import World

T = TypeVar("T")


class RegistryError(CodedError):
    """A plug-in does not fit the registry (duplicate code, unknown axis…)."""


@dataclass(frozen=True, slots=True)
class Reach:
    """Where an active session sits on an axis: its subject and the span ``[start_ms,
    end_ms)`` whose local days decide its buckets."""

    subject: str
    start_ms: int
    end_ms: int


@dataclass(frozen=True, slots=True)
class Bucket:
    """The active sessions of one subject on one local day, sorted by ``(start, id)``."""

    axis: str
    subject: str
    day: int
    sessions: tuple[Session, ...]


class Axis(ABC):
    """An index of active sessions by subject and local day (see the module docstring)."""

    #: ``room``, ``speaker``, ``channel``, ``provider`` …: what the rules name
    name: ClassVar[str]
    #: kinds whose object id is a subject of this axis: changing one rechecks its buckets
    subject_kinds: ClassVar[tuple[type[Any], ...]] = ()
    #: kinds (other than sessions) whose change moves sessions on this axis
    member_kinds: ClassVar[tuple[type[Any], ...]] = ()

    @abstractmethod
    def reach(self, world: World, session: Session) -> Iterable[Reach]:
        """Where ``session`` (active: placed, not cancelled) sits on this axis."""

    def sessions_moved(
        self, world: World, kind: type[Any], before: object | None, after: object | None
    ) -> Iterable[str]:
        """The sessions whose reach may change when an object of a ``member_kinds`` kind
        changes from ``before`` to ``after`` (either may be ``None``)."""
        return ()


class Rule(ABC):
    """A named check over the buckets of one axis (see the module docstring)."""

    #: the stable code: in JSON output, in the severity table, in the UI's translations
    code: ClassVar[str]
    #: what the rule does when the event sets nothing: ``block`` stops a release
    default_severity: ClassVar[Severity]
    #: the axis whose buckets it checks
    axis: ClassVar[str]
    #: the catalogue number in docs/scheduling.md (C1…C12), for people
    catalogue: ClassVar[str] = ""

    @abstractmethod
    def check(self, bucket: Bucket, world: World) -> Iterable[Finding]:
        """What is wrong in ``bucket`` (nothing: an empty iterable)."""


@dataclass(frozen=True)
class Source(Generic[T]):
    """How objects of ``kind`` come from the database: ``load(conn, event, ids)`` returns
    them by id (``ids=None``: all of the event's). ``entity`` is the replicated table they
    come from, so an edit or a pulled change of that table reloads them."""

    kind: type[T]
    entity: str
    load: Callable[[sqlite3.Connection, EventInfo, Collection[str] | None], dict[str, T]]


@dataclass(frozen=True, slots=True)
class Change:
    """One object set to ``after`` (``None``: it is gone)."""

    kind: type[Any]
    id: str
    after: object | None


class Registry:
    """The axes, rules and sources an engine runs. Mutable only through :meth:`add`."""

    def __init__(self) -> None:
        self._axes: dict[str, Axis] = {}
        self._rules: dict[str, Rule] = {}
        self._sources: dict[type[Any], Source[Any]] = {}

    def add(
        self,
        *,
        axes: Iterable[Axis] = (),
        rules: Iterable[Rule] = (),
        sources: Iterable[Source[Any]] = (),
    ) -> Registry:
        """Register plug-ins (axes before the rules that name them); returns ``self``.

        Raises ``duplicate_axis``, ``duplicate_rule``, ``duplicate_source``,
        ``unknown_axis`` or ``bad_severity``."""
        for axis in axes:
            if axis.name in self._axes:
                raise RegistryError("duplicate_axis", f"axis {axis.name!r} is registered")
            self._axes[axis.name] = axis
        for source in sources:
            if source.kind in self._sources:
                raise RegistryError(
                    "duplicate_source", f"{source.kind.__name__} already has a source"
                )
            self._sources[source.kind] = source
        for rule in rules:
            if rule.code in self._rules:
                raise RegistryError("duplicate_rule", f"rule {rule.code!r} is registered")
            if rule.axis not in self._axes:
                raise RegistryError(
                    "unknown_axis", f"rule {rule.code!r} names axis {rule.axis!r}, not registered"
                )
            if rule.default_severity not in SEVERITIES:
                raise RegistryError(
                    "bad_severity", f"rule {rule.code!r}: severity {rule.default_severity!r}"
                )
            self._rules[rule.code] = rule
        return self

    @property
    def axes(self) -> Sequence[Axis]:
        return tuple(self._axes.values())

    @property
    def rules(self) -> Sequence[Rule]:
        return tuple(self._rules.values())

    @property
    def sources(self) -> Sequence[Source[Any]]:
        return tuple(self._sources.values())

    def axis(self, name: str) -> Axis:
        return self._axes[name]

    def rule(self, code: str) -> Rule | None:
        return self._rules.get(code)

    def severity(self, world: World, code: str) -> Severity:
        """The severity ``world``'s event gives rule ``code`` (its default unless set)."""
        found = world.severities.get(code)
        if found is not None:
            return found
        rule = self._rules.get(code)
        return rule.default_severity if rule is not None else "warn"
