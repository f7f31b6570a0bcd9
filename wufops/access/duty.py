"""A provider's working days as the outputs show them: what a day sheet, a provider's calendar
and the contractors' hours CSV are made from (``sheets``, ``provider_calendar``, ``hours``).

:func:`duty_days` turns the filled slots (``wufops.store.access_sheets``) into one
:class:`DutyDay` per provider and local day (the event's time zone): the arrival time (the
first session's start less the arrival lead), the assignments in order (:class:`Stint`: the
session, the service, the partners — the other providers of the same team — and who else
works the session), and between two assignments what the time is for (:class:`Gap`):

- ``travel`` — to another room, the travel buffer long (shorter when the gap is: ``short``);
- ``rest`` — a pause at least the rest length, which ends a continuous stretch;
- ``break`` — a shorter pause;
- ``overlap`` — the next assignment starts before this one ends (double-booked: the sheet
  says so rather than hiding it).

Minutes: ``assigned_min`` is the time in sessions (overlaps counted once), ``on_site_min``
runs from the arrival to the last end — what a contractor bills. ``longest_stretch_min`` is
the longest run of work without a rest.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal
from zoneinfo import ZoneInfo

from wufops.access.messages import service_text
from wufops.models.access import AccessSettings
from wufops.store.access_sheets import DutyRow, ProviderRow

GapKind = Literal["travel", "rest", "break", "overlap"]


@dataclass(frozen=True, slots=True)
class DutyRules:
    """The lengths a day is measured with (the event's access rules; defaults of issue 14)."""

    travel_min: int = 15
    arrival_min: int = 30
    rest_min: int = 30

    @classmethod
    def of(cls, settings: AccessSettings) -> DutyRules:
        return cls(settings.travel_min, settings.arrival_min, settings.rest_min)


@dataclass(frozen=True, slots=True)
class Stint:
    """One assignment in a provider's day."""

    row: DutyRow
    #: the other providers of the same team (same session, service and language), by name
    partners: tuple[str, ...]
    #: the session's other services and who works them: ``("Captions (English): Ana Li",)``
    others: tuple[str, ...]

    @property
    def start_ms(self) -> int:
        return self.row.start_ms

    @property
    def end_ms(self) -> int:
        return self.row.end_ms

    @property
    def service(self) -> str:
        """``English captions``; a feed interpreter's: ``… interpreting (hearing feed)``."""
        text = service_text(self.row.service, self.row.language)
        return f"{text} (hearing feed)" if self.row.feed else text


@dataclass(frozen=True, slots=True)
class Gap:
    """The time between two assignments and what it is for (see the module docstring)."""

    kind: GapKind
    start_ms: int
    end_ms: int
    #: the room to go to (travel)
    to_room: str = ""
    #: travel with less time than the travel buffer
    short: bool = False

    @property
    def minutes(self) -> int:
        return (self.end_ms - self.start_ms) // 60_000


@dataclass(frozen=True, slots=True)
class DutyDay:
    provider: ProviderRow
    day: date
    arrive_ms: int
    items: tuple[Stint | Gap, ...]
    assigned_min: int
    longest_stretch_min: int

    @property
    def stints(self) -> list[Stint]:
        return [i for i in self.items if isinstance(i, Stint)]

    @property
    def first_room(self) -> str:
        return self.stints[0].row.room

    @property
    def end_ms(self) -> int:
        return max(s.end_ms for s in self.stints)

    @property
    def on_site_min(self) -> int:
        return (self.end_ms - self.arrive_ms) // 60_000


def local(ms: int, zone: ZoneInfo) -> datetime:
    return datetime.fromtimestamp(ms / 1000, tz=zone)


def _union_minutes(spans: Iterable[tuple[int, int]]) -> int:
    total, reach = 0, None
    for start, end in sorted(spans):
        if reach is None or start >= reach:
            total += end - start
            reach = end
        elif end > reach:
            total += end - reach
            reach = end
    return total // 60_000


def _gaps(before: Stint, after: Stint, rules: DutyRules) -> list[Gap]:
    end, start = before.end_ms, after.start_ms
    if start < end:
        return [Gap("overlap", start, end)]
    moving = before.row.room_id != after.row.room_id
    gaps: list[Gap] = []
    if moving:
        travel_end = min(start, end + rules.travel_min * 60_000)
        short = travel_end - end < rules.travel_min * 60_000
        gaps.append(Gap("travel", end, travel_end, to_room=after.row.room, short=short))
        end = travel_end
    if start > end:
        kind: GapKind = "rest" if start - end >= rules.rest_min * 60_000 else "break"
        gaps.append(Gap(kind, end, start))
    return gaps


def _longest_stretch(items: Sequence[Stint | Gap]) -> int:
    """Longest run from an assignment's start to an end with no rest in between (travel and
    short breaks do not end a stretch)."""
    longest, since = 0, None
    for item in items:
        if isinstance(item, Stint):
            since = item.start_ms if since is None else since
            longest = max(longest, (item.end_ms - since) // 60_000)
        elif item.kind == "rest":
            since = None
    return longest


def duty_days(
    rows: Iterable[DutyRow],
    providers: Iterable[ProviderRow],
    zone: ZoneInfo,
    rules: DutyRules = DutyRules(),
) -> list[DutyDay]:
    """One :class:`DutyDay` per provider and local day they work, by provider name and day."""
    rows = list(rows)
    by_id = {p.id: p for p in providers}
    team: dict[tuple[str, str, str], list[DutyRow]] = defaultdict(list)
    in_session: dict[str, list[DutyRow]] = defaultdict(list)
    for r in rows:
        team[(r.session_id, r.service, r.language)].append(r)
        in_session[r.session_id].append(r)

    def name(provider_id: str) -> str:
        known = by_id.get(provider_id)
        return known.name if known else provider_id

    days: dict[tuple[str, date], list[Stint]] = defaultdict(list)
    for r in rows:
        if r.provider_id not in by_id:
            continue
        partners = tuple(
            name(o.provider_id)
            for o in team[(r.session_id, r.service, r.language)]
            if o.provider_id != r.provider_id
        )
        others = tuple(
            f"{service_text(o.service, o.language)}: {name(o.provider_id)}"
            for o in in_session[r.session_id]
            if (o.service, o.language) != (r.service, r.language) and o.provider_id != r.provider_id
        )
        days[(r.provider_id, local(r.start_ms, zone).date())].append(Stint(r, partners, others))
    out: list[DutyDay] = []
    for (provider_id, day), stints in days.items():
        stints.sort(key=lambda s: (s.start_ms, s.end_ms, s.row.slot_id))
        items: list[Stint | Gap] = [stints[0]]
        for before, after in itertools.pairwise(stints):
            items.extend(_gaps(before, after, rules))
            items.append(after)
        out.append(
            DutyDay(
                provider=by_id[provider_id],
                day=day,
                arrive_ms=stints[0].start_ms - rules.arrival_min * 60_000,
                items=tuple(items),
                assigned_min=_union_minutes((s.start_ms, s.end_ms) for s in stints),
                longest_stretch_min=_longest_stretch(items),
            )
        )
    out.sort(key=lambda d: (d.provider.name.casefold(), d.provider.id, d.day))
    return out


def minutes_text(minutes: int) -> str:
    """``4 h 30 min``, ``45 min``, ``2 h``."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest} min" if rest else f"{hours} h"
