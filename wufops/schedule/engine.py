"""The conflict engine: a full check of an event, then incremental checks after each edit.

    checker = Checker(world, registry)         # bulk: every bucket of every axis
    delta = checker.apply([Change(Session, s.id, moved)])   # only the buckets it touches
    checker.conflicts()                         # severities applied, ``off`` left out

The checker owns its :class:`~wufops.schedule.world.World` and keeps, per axis, which
buckets ``(subject, local day)`` each active session sits in and what each rule found in
each bucket. :meth:`Checker.apply` sets the changed objects, re-indexes the sessions they
move (the changed sessions themselves, the sessions of a changed subject — a room, a
speaker's availability — and those an axis's ``member_kinds`` name) and checks again only
the buckets they left or entered; the result always equals a fresh bulk check of the same
world (tests/schedule/test_incremental.py holds it to that with Hypothesis).

:meth:`Checker.preview` answers "what if" without keeping the change (a drag before the
drop). Severities are read when conflicts are reported, so changing one
(:meth:`Checker.set_severity`) rechecks nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from wufops.models.schedule import Conflict, Finding, Session, Severity
from wufops.schedule.rules import Axis, Bucket, Change, Registry, Rule
from wufops.schedule.world import World

Key = tuple[str, int]


@dataclass(frozen=True)
class Delta:
    """What an :meth:`Checker.apply` changed: conflicts that appeared (or whose parameters
    changed) and those that are gone (their values before), severities applied."""

    appeared: tuple[Conflict, ...] = ()
    gone: tuple[Conflict, ...] = ()


_SEVERITY_ORDER = {"block": 0, "warn": 1, "off": 2}


def _start(session: Session) -> tuple[int, str]:
    placement = session.placement
    return (placement.start_ms if placement is not None else 0, session.id)


class _AxisIndex:
    """One axis's buckets: session -> its keys, key -> its sessions, subject -> its days."""

    __slots__ = ("buckets", "days", "members")

    def __init__(self) -> None:
        self.members: dict[str, tuple[Key, ...]] = {}
        self.buckets: dict[Key, set[str]] = {}
        self.days: dict[str, set[int]] = {}


class Checker:
    """Bulk and incremental conflict checks of one world with one registry's rules."""

    def __init__(self, world: World, registry: Registry) -> None:
        self.world = world
        self.registry = registry
        self._rules_by_axis: dict[str, list[Rule]] = {a.name: [] for a in registry.axes}
        for rule in registry.rules:
            self._rules_by_axis[rule.axis].append(rule)
        self._index: dict[str, _AxisIndex] = {}
        #: (rule code, key) -> what the rule found in that bucket
        self._found: dict[tuple[str, Key], tuple[Finding, ...]] = {}
        #: finding key -> [the finding, in how many buckets it was found]
        self._count: dict[str, list[Any]] = {}
        #: object id -> keys of the findings that involve it
        self._by_object: dict[str, set[str]] = {}
        self.rebuild()

    # -- bulk ---------------------------------------------------------------------------------

    def rebuild(self) -> None:
        """Check everything again from the world as it is (the bulk check)."""
        self._index = {axis.name: _AxisIndex() for axis in self.registry.axes}
        self._found = {}
        self._count = {}
        self._by_object = {}
        active = [s for s in self.world.sessions.values() if s.active]
        for axis in self.registry.axes:
            index = self._index[axis.name]
            for session in active:
                self._enter(axis, index, session)
        for axis in self.registry.axes:
            rules = self._rules_by_axis[axis.name]
            if not rules:
                continue
            for key, ids in self._index[axis.name].buckets.items():
                bucket = self._bucket(axis.name, key, ids)
                for rule in rules:
                    found = tuple(rule.check(bucket, self.world))
                    if found:
                        self._found[(rule.code, key)] = found
                        for finding in found:
                            self._add(finding, None)

    # -- incremental ---------------------------------------------------------------------------

    def apply(self, changes: Iterable[Change]) -> Delta:
        """Set the changed objects and check again what they touch; returns what changed."""
        sessions: set[str] = set()
        subjects: dict[str, set[str]] = {axis.name: set() for axis in self.registry.axes}
        for change in changes:
            before = self.world.put(change.kind, change.id, change.after)
            if change.kind is Session:
                sessions.add(change.id)
            for axis in self.registry.axes:
                if change.kind in axis.subject_kinds:
                    subjects[axis.name].add(change.id)
                if change.kind in axis.member_kinds:
                    sessions.update(
                        axis.sessions_moved(self.world, change.kind, before, change.after)
                    )
        before_state: dict[str, Finding | None] = {}
        for axis in self.registry.axes:
            index = self._index[axis.name]
            dirty: set[Key] = set()
            moved = set(sessions)
            for subject in subjects[axis.name]:
                for day in index.days.get(subject, ()):
                    key = (subject, day)
                    dirty.add(key)
                    moved.update(index.buckets.get(key, ()))
            for session_id in moved:
                dirty.update(self._leave(index, session_id))
                session = self.world.sessions.get(session_id)
                if session is not None and session.active:
                    dirty.update(self._enter(axis, index, session))
            for rule in self._rules_by_axis[axis.name]:
                for key in dirty:
                    self._recheck(rule, axis.name, key, before_state)
        appeared, gone = [], []
        for finding_key, old in before_state.items():
            entry = self._count.get(finding_key)
            new = entry[0] if entry is not None else None
            if new == old:
                continue
            if old is not None:
                gone.append(self._rate(old))
            if new is not None:
                appeared.append(self._rate(new))
        return Delta(tuple(appeared), tuple(gone))

    def preview(self, changes: Sequence[Change]) -> list[Conflict]:
        """The conflicts there would be after ``changes`` (``off`` left out), without keeping
        them: the world and the findings are as before on return."""
        undo = [Change(c.kind, c.id, self.world.get(c.kind, c.id)) for c in changes]
        kinds_before = set(self.world.kinds())
        self.apply(changes)
        try:
            return self.conflicts()
        finally:
            self.apply(reversed(undo))
            self.world.drop_empty(set(self.world.kinds()) - kinds_before)

    def set_severity(self, rule: str, severity: Severity | None) -> None:
        """Set (``None``: back to its default) the severity of ``rule`` for this event."""
        if severity is None:
            self.world.severities.pop(rule, None)
        else:
            self.world.severities[rule] = severity

    # -- results -------------------------------------------------------------------------------

    def findings(self) -> dict[str, Finding]:
        """Everything the rules found, by finding key, severities not applied."""
        return {key: entry[0] for key, entry in self._count.items()}

    def conflicts(self, *, include_off: bool = False) -> list[Conflict]:
        """Every conflict, strongest first (block, warn), then by rule and objects."""
        rated = [self._rate(entry[0]) for entry in self._count.values()]
        if not include_off:
            rated = [c for c in rated if c.severity != "off"]
        return sorted(rated, key=lambda c: (_SEVERITY_ORDER[c.severity], c.rule, c.key))

    def conflicts_of(self, object_id: str, *, include_off: bool = False) -> list[Conflict]:
        """The conflicts that involve the object ``object_id`` (a session, room, speaker…)."""
        keys = self._by_object.get(object_id, ())
        rated = [self._rate(self._count[k][0]) for k in keys]
        if not include_off:
            rated = [c for c in rated if c.severity != "off"]
        return sorted(rated, key=lambda c: (_SEVERITY_ORDER[c.severity], c.rule, c.key))

    def blocking(self) -> list[Conflict]:
        """The ``block`` conflicts."""
        return [c for c in self.conflicts() if c.severity == "block"]

    # -- internals -----------------------------------------------------------------------------

    def _rate(self, finding: Finding) -> Conflict:
        severity = self.registry.severity(self.world, finding.rule)
        return Conflict(finding.rule, severity, finding.objects, finding.params)

    def _enter(self, axis: Axis, index: _AxisIndex, session: Session) -> tuple[Key, ...]:
        day = self.world.days.day
        buckets, days = index.buckets, index.days
        session_id = session.id
        keys: list[Key] = []
        span, on_days = (0, 0), range(0)
        for reach in axis.reach(self.world, session):
            subject = reach.subject
            if (reach.start_ms, reach.end_ms) != span:  # a session's reaches mostly share one
                span = (reach.start_ms, reach.end_ms)
                first = day(reach.start_ms)
                last = day(reach.end_ms - 1) if reach.end_ms > reach.start_ms + 1 else first
                on_days = range(first, max(first, last) + 1)
            for on in on_days:
                key = (subject, on)
                members = buckets.get(key)
                if members is None:
                    buckets[key] = {session_id}
                    days.setdefault(subject, set()).add(on)
                elif session_id in members:
                    continue  # two reaches of one session on one subject and day
                else:
                    members.add(session_id)
                keys.append(key)
        found = tuple(keys)
        if found:
            index.members[session_id] = found
        return found

    def _leave(self, index: _AxisIndex, session_id: str) -> tuple[Key, ...]:
        keys = index.members.pop(session_id, ())
        for key in keys:
            members = index.buckets[key]
            members.discard(session_id)
            if not members:
                del index.buckets[key]
                days = index.days[key[0]]
                days.discard(key[1])
                if not days:
                    del index.days[key[0]]
        return keys

    def _bucket(self, axis: str, key: Key, ids: set[str]) -> Bucket:
        sessions = self.world.sessions
        if len(ids) == 1:  # most speaker buckets: nothing to sort
            (only,) = ids
            return Bucket(axis, key[0], key[1], (sessions[only],))
        ordered = sorted((sessions[i] for i in ids), key=_start)
        return Bucket(axis, key[0], key[1], tuple(ordered))

    def _recheck(
        self, rule: Rule, axis: str, key: Key, before_state: dict[str, Finding | None]
    ) -> None:
        old = self._found.pop((rule.code, key), ())
        ids = self._index[axis].buckets.get(key)
        new = tuple(rule.check(self._bucket(axis, key, ids), self.world)) if ids else ()
        if new:
            self._found[(rule.code, key)] = new
        for finding in old:
            self._remove(finding, before_state)
        for finding in new:
            self._add(finding, before_state)

    def _add(self, finding: Finding, before_state: dict[str, Finding | None] | None) -> None:
        key = finding.key
        entry = self._count.get(key)
        if before_state is not None and key not in before_state:
            before_state[key] = entry[0] if entry is not None else None
        if entry is None:
            self._count[key] = [finding, 1]
            for ref in finding.objects:
                self._by_object.setdefault(ref.id, set()).add(key)
        else:
            entry[0] = finding
            entry[1] += 1

    def _remove(self, finding: Finding, before_state: dict[str, Finding | None]) -> None:
        key = finding.key
        entry = self._count[key]
        if key not in before_state:
            before_state[key] = entry[0]
        entry[1] -= 1
        if entry[1] == 0:
            del self._count[key]
            for ref in finding.objects:
                keys = self._by_object.get(ref.id)
                if keys is not None:
                    keys.discard(key)
                    if not keys:
                        del self._by_object[ref.id]
