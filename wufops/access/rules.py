"""The access-service rules (C8–C12), their axes, plugged into the schedule engine.

| code | | default | objects | parameters |
|---|---|---|---|---|
| ``provider_double_booked`` | C8 | block | session, session, provider | overlap_min |
| ``provider_travel`` | C8 | block | session, session, provider | gap_min, travel_min |
| ``access_team_short`` | C9 | block | session, service | service, language, required, filled |
| ``access_team_advised`` | C9 | warn | session, service | service, language, advised, filled |
| ``provider_day_cap`` | C10 | warn | provider, day | day, minutes, cap |
| ``provider_no_rest`` | C10 | warn | session, session, provider | span_min, cap_min, rest_min |
| ``provider_no_availability`` | C11 | warn | session, provider | — |
| ``provider_unavailable`` | C11 | block | session, provider | reason, arrival_min |
| ``access_unassigned`` | C12 | block | session, service | service, language, required |
| ``provider_not_qualified`` | C12 | block | session, provider | slot_no, service, language, |
| | | | | reason |

The same rules judge every assignment, made by hand or by the solver (which never makes one
that breaks C8, C10, C11 or ``provider_not_qualified``; what it cannot cover shows as C9 and
C12). A *unit* counts toward a team when its provider is qualified (the skill; WFD-WASLI for
International Sign at a high-level session) and, for a Deaf interpreter, a hearing
interpreter of the language feeds them. The parameters:

- **C8** a provider (as interpreter, captioner or feed) at two sessions that overlap; or in
  two rooms with less than ``travel_min`` between the end of one and the start of the next;
- **C9** fewer units than the team the session needs (``access_team_short``: below the
  required team — 2 above 90 min, 3 for a webcast plenary above 3 h, 2 captioners above
  90 min; ``access_team_advised``: below the advised team of 2 above 60 min), but at least one;
- **C10** more than the day's cap (the provider's own, at most the event's 6 h) of work
  starting on one local day; a continuous stretch of two or more sessions (each less than
  ``rest_min`` after the last) longer than ``max_continuous_min`` (one long session alone is
  not: its team rotates inside it);
- **C11** a provider who declared no availability; work outside the declared windows, in an
  absence — the arrival time before the first session of a day included — (``reason``:
  ``outside``, ``absent``) or without the arrival time inside a window before the first
  session of a day (``arrival``);
- **C12** a required service with no unit at all; a provider without the skill
  (``reason``: ``skill``, ``accreditation``), a Deaf interpreter without a feed
  (``no_feed``), a feed who is not a hearing interpreter of the language (``feed``).

Axes: ``provider`` (sessions by the providers working there, each reaching from the arrival
before it to a rest after it), ``access`` (sessions that need a service or have slots, by
session).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from wufops.access.demand import needs_accreditation, services_of, team_sizes
from wufops.access.fitness import blocks, day_cap
from wufops.models.access import AccessSettings, Assignment, Provider
from wufops.models.schedule import MINUTE_MS, Finding, ObjectRef, Session, within
from wufops.models.streams import AccessNeeds
from wufops.schedule import Axis, Bucket, Reach, Rule, World


def settings_of(world: World) -> AccessSettings:
    """The event's access rules (its defaults when it set none)."""
    return world.get(AccessSettings, world.event.id) or AccessSettings(world.event.id)


def assignments_of(world: World, session_id: str) -> list[Assignment]:
    """A session's assignment slots that have a provider, in key order."""
    found = world.grouped(Assignment, "session_id").get(session_id)
    if not found:
        return []
    return sorted(
        (a for a in found.values() if a.provider_id),
        key=lambda a: (a.service, a.language, a.slot_no, a.id),
    )


def _sessions_of_provider(world: World, provider_id: str) -> set[str]:
    found: set[str] = set()
    for attribute in ("provider_id", "feed_provider_id"):
        for a in world.grouped(Assignment, attribute).get(provider_id, {}).values():
            found.add(a.session_id)
    return found


def _with_slots(world: World) -> set[str]:
    return {a.session_id for a in world.table(Assignment).values()}


def _pad_ms(settings: AccessSettings) -> int:
    return max(settings.arrival_min, settings.travel_min, settings.rest_min) * MINUTE_MS


class ProviderAxis(Axis):
    """Sessions by the providers working there (lead or feed)."""

    name = "provider"
    subject_kinds = (Provider,)
    member_kinds = (Assignment, AccessSettings)

    def reach(self, world: World, session: Session) -> Iterable[Reach]:
        slots = assignments_of(world, session.id)
        if not slots:
            return ()
        placement = session.placement
        assert placement is not None
        pad = _pad_ms(settings_of(world))
        people = dict.fromkeys(p for a in slots for p in a.providers)
        return [Reach(p, placement.start_ms - pad, placement.end_ms + pad) for p in people]

    def sessions_moved(
        self, world: World, kind: type[Any], before: object | None, after: object | None
    ) -> Iterable[str]:
        if kind is Assignment:
            return {o.session_id for o in (before, after) if isinstance(o, Assignment)}
        if kind is AccessSettings:
            return _with_slots(world)
        return ()


class AccessAxis(Axis):
    """Sessions that need a service or have assignment slots, each its own subject."""

    name = "access"
    member_kinds = (Assignment, AccessNeeds, AccessSettings, Provider)

    def reach(self, world: World, session: Session) -> Iterable[Reach]:
        if world.get(AccessNeeds, session.id) is None and not world.grouped(
            Assignment, "session_id"
        ).get(session.id):
            return ()
        placement = session.placement
        assert placement is not None
        return (Reach(session.id, placement.start_ms, placement.end_ms),)

    def sessions_moved(
        self, world: World, kind: type[Any], before: object | None, after: object | None
    ) -> Iterable[str]:
        if kind is Assignment:
            return {o.session_id for o in (before, after) if isinstance(o, Assignment)}
        if kind is AccessNeeds:
            return {o.id for o in (before, after) if isinstance(o, AccessNeeds)}
        if kind is Provider:
            ids = {o.id for o in (before, after) if isinstance(o, Provider)}
            return set().union(*(_sessions_of_provider(world, i) for i in ids))
        if kind is AccessSettings:
            return _with_slots(world) | set(world.table(AccessNeeds))
        return ()


def _session(s: Session) -> ObjectRef:
    return ObjectRef("session", s.id)


def _works(bucket: Bucket, world: World) -> list[Session]:
    """The bucket's sessions the provider works at, once per slot they hold there."""
    found: list[Session] = []
    for session in bucket.sessions:
        for a in assignments_of(world, session.id):
            found.extend(session for p in a.providers if p == bucket.subject)
    return found


def _minutes_up(ms: int) -> int:
    return -(-ms // MINUTE_MS)


class _ProviderRule(Rule):
    axis = "provider"

    def check(self, bucket: Bucket, world: World) -> Iterable[Finding]:
        works = _works(bucket, world)
        if not works:
            return ()
        return self.judge(bucket, world, works, ObjectRef("provider", bucket.subject))

    def judge(
        self, bucket: Bucket, world: World, works: list[Session], who: ObjectRef
    ) -> Iterable[Finding]:
        raise NotImplementedError


class ProviderDoubleBooked(_ProviderRule):
    code = "provider_double_booked"
    default_severity = "block"
    catalogue = "C8"

    def judge(
        self, bucket: Bucket, world: World, works: list[Session], who: ObjectRef
    ) -> Iterator[Finding]:
        for index, first in enumerate(works):
            a = first.placement
            assert a is not None
            for second in works[index + 1 :]:
                b = second.placement
                assert b is not None
                if b.start_ms >= a.end_ms:
                    break
                overlap = _minutes_up(min(a.end_ms, b.end_ms) - b.start_ms)
                yield Finding(
                    self.code, (_session(first), _session(second), who), {"overlap_min": overlap}
                )


class ProviderTravel(_ProviderRule):
    code = "provider_travel"
    default_severity = "block"
    catalogue = "C8"

    def judge(
        self, bucket: Bucket, world: World, works: list[Session], who: ObjectRef
    ) -> Iterator[Finding]:
        travel = settings_of(world).travel_min
        for index, first in enumerate(works):
            a = first.placement
            assert a is not None
            for second in works[index + 1 :]:
                b = second.placement
                assert b is not None
                gap = b.start_ms - a.end_ms
                if gap >= travel * MINUTE_MS:
                    break
                if gap >= 0 and a.room_id != b.room_id:
                    yield Finding(
                        self.code,
                        (_session(first), _session(second), who),
                        {"gap_min": gap // MINUTE_MS, "travel_min": travel},
                    )


class ProviderDayCap(_ProviderRule):
    code = "provider_day_cap"
    default_severity = "warn"
    catalogue = "C10"

    def judge(
        self, bucket: Bucket, world: World, works: list[Session], who: ObjectRef
    ) -> Iterator[Finding]:
        provider = world.get(Provider, bucket.subject)
        if provider is None:
            return
        cap = day_cap(provider, settings_of(world))
        minutes = 0
        for session in works:
            p = session.placement
            assert p is not None
            if world.days.day(p.start_ms) == bucket.day:
                minutes += p.minutes
        if minutes > cap:
            day = date.fromordinal(bucket.day).isoformat()
            yield Finding(
                self.code,
                (who, ObjectRef("day", day)),
                {"day": day, "minutes": minutes, "cap": cap},
            )


class ProviderNoRest(_ProviderRule):
    code = "provider_no_rest"
    default_severity = "warn"
    catalogue = "C10"

    def judge(
        self, bucket: Bucket, world: World, works: list[Session], who: ObjectRef
    ) -> Iterator[Finding]:
        settings = settings_of(world)
        spans = [s.placement for s in works if s.placement is not None]
        cap = settings.max_continuous_min * MINUTE_MS
        for start, end, count in blocks(spans, settings):
            if end - start <= cap or count < 2 or world.days.day(start) != bucket.day:
                continue
            inside = [s for s in works if s.placement and start <= s.placement.start_ms < end]
            first = min(inside, key=lambda s: (s.placement.start_ms if s.placement else 0, s.id))
            last = max(inside, key=lambda s: (s.placement.end_ms if s.placement else 0, s.id))
            yield Finding(
                self.code,
                (_session(first), _session(last), who),
                {
                    "span_min": (end - start) // MINUTE_MS,
                    "cap_min": settings.max_continuous_min,
                    "rest_min": settings.rest_min,
                },
            )


class ProviderNoAvailability(_ProviderRule):
    code = "provider_no_availability"
    default_severity = "warn"
    catalogue = "C11"

    def judge(
        self, bucket: Bucket, world: World, works: list[Session], who: ObjectRef
    ) -> Iterator[Finding]:
        provider = world.get(Provider, bucket.subject)
        if provider is None or provider.availability:
            return
        for session in dict.fromkeys(works):
            yield Finding(self.code, (_session(session), who))


class ProviderUnavailable(_ProviderRule):
    code = "provider_unavailable"
    default_severity = "block"
    catalogue = "C11"

    def judge(
        self, bucket: Bucket, world: World, works: list[Session], who: ObjectRef
    ) -> Iterator[Finding]:
        provider = world.get(Provider, bucket.subject)
        if provider is None:
            return
        settings = settings_of(world)
        arrival = settings.arrival_min * MINUTE_MS
        first_of_day: dict[int, int] = {}
        for session in works:
            p = session.placement
            assert p is not None
            day = world.days.day(p.start_ms)
            first_of_day[day] = min(first_of_day.get(day, p.start_ms), p.start_ms)
        for session in dict.fromkeys(works):
            p = session.placement
            assert p is not None
            reason = ""
            first = first_of_day[world.days.day(p.start_ms)] == p.start_ms
            # the first session of a day asks for the arrival time: absent then is absent
            begin = p.start_ms - arrival if first else p.start_ms
            if any(w.start_ms < p.end_ms and begin < w.end_ms for w in provider.absences):
                reason = "absent"
            elif provider.availability and not within(provider.availability, p.start_ms, p.end_ms):
                reason = "outside"
            elif (
                provider.availability
                and arrival
                and first
                and not within(provider.availability, p.start_ms - arrival, p.end_ms)
            ):
                reason = "arrival"
            if reason:
                yield Finding(
                    self.code,
                    (_session(session), who),
                    {"reason": reason, "arrival_min": settings.arrival_min},
                )


def unit_problem(
    world: World, session: Session, slot: Assignment, settings: AccessSettings
) -> tuple[str, str] | None:
    """``(provider id, reason)`` when ``slot``'s unit does not count (``None``: it does)."""
    lead = world.get(Provider, slot.provider_id or "")
    if lead is None or not lead.can(slot.service, slot.language):
        return (slot.provider_id or "", "skill")
    accredited = slot.service == "sign_language" and needs_accreditation(
        session, slot.language, settings
    )
    if accredited and not lead.accredited:
        return (lead.id, "accreditation")
    if lead.deaf and slot.service == "sign_language":
        if slot.feed_provider_id is None:
            return (lead.id, "no_feed")
        feed = world.get(Provider, slot.feed_provider_id)
        if (
            feed is None
            or feed.kind != "interpreter"
            or feed.deaf
            or slot.language not in feed.sign_languages
        ):
            return (slot.feed_provider_id, "feed")
    return None


class ProviderNotQualified(Rule):
    code = "provider_not_qualified"
    default_severity = "block"
    axis = "access"
    catalogue = "C12"

    def check(self, bucket: Bucket, world: World) -> Iterator[Finding]:
        settings = settings_of(world)
        for session in bucket.sessions:
            for slot in assignments_of(world, session.id):
                problem = unit_problem(world, session, slot, settings)
                if problem is not None:
                    yield Finding(
                        self.code,
                        (_session(session), ObjectRef("provider", problem[0])),
                        {
                            "slot_no": slot.slot_no,
                            "service": slot.service,
                            "language": slot.language,
                            "reason": problem[1],
                        },
                    )


def filled_units(world: World, session: Session, settings: AccessSettings) -> dict[
    tuple[str, str], int
]:  # fmt: skip
    """Per ``(service, language)``, how many units of the session count."""
    found: dict[tuple[str, str], int] = {}
    for slot in assignments_of(world, session.id):
        if unit_problem(world, session, slot, settings) is None:
            key = (slot.service, slot.language)
            found[key] = found.get(key, 0) + 1
    return found


@dataclass(frozen=True, slots=True)
class Team:
    """A session's team for one service and language: what it needs and has."""

    service: str
    language: str
    required: int
    advised: int
    filled: int

    @property
    def ref(self) -> ObjectRef:
        return ObjectRef("service", f"{self.service}/{self.language}")


class _TeamRule(Rule):
    axis = "access"

    def check(self, bucket: Bucket, world: World) -> Iterator[Finding]:
        settings = settings_of(world)
        for session in bucket.sessions:
            pairs = services_of(world.get(AccessNeeds, session.id))
            if not pairs:
                continue
            filled = filled_units(world, session, settings)
            for service, language in pairs:
                required, advised = team_sizes(session, service, settings)
                team = Team(
                    service, language, required, advised, filled.get((service, language), 0)
                )
                yield from self.judge(session, team)

    def judge(self, session: Session, team: Team) -> Iterable[Finding]:
        raise NotImplementedError


class AccessUnassigned(_TeamRule):
    code = "access_unassigned"
    default_severity = "block"
    catalogue = "C12"

    def judge(self, session: Session, team: Team) -> Iterable[Finding]:
        if team.filled == 0:
            yield Finding(
                self.code,
                (_session(session), team.ref),
                {"service": team.service, "language": team.language, "required": team.required},
            )


class AccessTeamShort(_TeamRule):
    code = "access_team_short"
    default_severity = "block"
    catalogue = "C9"

    def judge(self, session: Session, team: Team) -> Iterable[Finding]:
        if 0 < team.filled < team.required:
            yield Finding(
                self.code,
                (_session(session), team.ref),
                {
                    "service": team.service,
                    "language": team.language,
                    "required": team.required,
                    "filled": team.filled,
                },
            )


class AccessTeamAdvised(_TeamRule):
    code = "access_team_advised"
    default_severity = "warn"
    catalogue = "C9"

    def judge(self, session: Session, team: Team) -> Iterable[Finding]:
        if team.required <= team.filled < team.advised:
            yield Finding(
                self.code,
                (_session(session), team.ref),
                {
                    "service": team.service,
                    "language": team.language,
                    "advised": team.advised,
                    "filled": team.filled,
                },
            )


#: the access rules, in catalogue order
ACCESS_RULES: tuple[type[Rule], ...] = (
    ProviderDoubleBooked,
    ProviderTravel,
    AccessTeamShort,
    AccessTeamAdvised,
    ProviderDayCap,
    ProviderNoRest,
    ProviderNoAvailability,
    ProviderUnavailable,
    AccessUnassigned,
    ProviderNotQualified,
)
#: the codes of the access rules
ACCESS_CODES: frozenset[str] = frozenset(rule.code for rule in ACCESS_RULES)
