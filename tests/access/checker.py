"""An access-rule checker written apart from the solver and the engine's rules: it reads
the rules as docs/access-services.md states them and judges a finished plan.

It imports only the value types (``wufops.models``); every rule is computed here again from
the sessions' times, the providers' declarations and the event's settings, so a solver bug
and a rule-module bug cannot hide each other.

:func:`violations` lists what a provider's work breaks (hard rules: the solver must never
break them); :func:`team_counts` counts, per (session, service, language), the units that
count and the units the rules ask for.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from wufops.models.access import AccessSettings, Provider
from wufops.models.schedule import Session
from wufops.models.streams import AccessNeeds

MIN = 60_000


@dataclass(frozen=True)
class Slot:
    """A filled slot as the checker sees it."""

    session_id: str
    service: str
    language: str
    provider: str
    feed: str | None


def _local_day(ms: int, zone: object) -> str:
    return datetime.fromtimestamp(ms / 1000, zone).date().isoformat()  # type: ignore[arg-type]


def _inside(windows: tuple[object, ...], start: int, end: int) -> bool:
    return any(w.start_ms <= start and end <= w.end_ms for w in windows)  # type: ignore[attr-defined]


def violations(
    sessions: Mapping[str, Session],
    providers: Mapping[str, Provider],
    slots: list[Slot],
    settings: AccessSettings,
    zone: object,
    *,
    arrival_everywhere: bool = False,
) -> list[tuple[str, str, str]]:
    """``(rule, provider, detail)`` for every broken hard rule. ``arrival_everywhere``: ask
    for the arrival time before every session (the solver's stricter reading)."""
    found: list[tuple[str, str, str]] = []
    work: dict[str, list[tuple[int, int, str, str]]] = {}
    for s in slots:
        p = sessions[s.session_id].placement
        assert p is not None
        lead = providers[s.provider]
        session = sessions[s.session_id]
        if s.service == "sign_language":
            if lead.kind != "interpreter" or s.language not in lead.sign_languages:
                found.append(("skill", lead.id, s.session_id))
            if (settings.accredited_high_level and session.high_level and s.language == "ils"
                    and "wfd_wasli_is" not in lead.accreditation):  # fmt: skip
                found.append(("accreditation", lead.id, s.session_id))
            if lead.deaf:
                feed = providers.get(s.feed or "")
                if feed is None or feed.deaf or s.language not in feed.sign_languages:
                    found.append(("feed", lead.id, s.session_id))
        elif lead.kind != "captioner" or s.language not in lead.caption_languages:
            found.append(("skill", lead.id, s.session_id))
        for person in (s.provider, s.feed):
            if person:
                work.setdefault(person, []).append((p.start_ms, p.end_ms, p.room_id, s.session_id))
    for person, items in work.items():
        provider = providers[person]
        items.sort()
        if not provider.availability:
            found.append(("no_availability", person, ""))
        first_of_day: dict[str, int] = {}
        for start, _, _, _ in items:
            day = _local_day(start, zone)
            first_of_day.setdefault(day, start)
        for start, end, _, sid in items:
            arrival = settings.arrival_min * MIN
            needs_arrival = arrival_everywhere or first_of_day[_local_day(start, zone)] == start
            begin = start - arrival if needs_arrival else start
            # absent while they should be arriving is absent too
            if any(a.start_ms < end and begin < a.end_ms for a in provider.absences):
                found.append(("absent", person, sid))
            if provider.availability and not _inside(provider.availability, begin, end):
                found.append(("unavailable", person, sid))
        for i, (_, e0, r0, a) in enumerate(items):
            for s1, _, r1, b in items[i + 1 :]:
                if s1 < e0:
                    found.append(("double_booked", person, f"{a}/{b}"))
                elif r0 != r1 and s1 - e0 < settings.travel_min * MIN:
                    found.append(("travel", person, f"{a}/{b}"))
        per_day: dict[str, int] = {}
        for start, end, _, _ in items:
            day = _local_day(start, zone)
            per_day[day] = per_day.get(day, 0) + (end - start) // MIN
        cap = min(provider.max_minutes_per_day, settings.max_day_min)
        for day, minutes in per_day.items():
            if minutes > cap:
                found.append(("day_cap", person, day))
        # continuous work: two or more sessions, each less than rest_min after the last,
        # spanning more than max_continuous_min (one long session alone rotates its team)
        block_start, block_end, pieces = 0, -(10**15), 0
        for start, end, _, _ in items:
            if start - block_end < settings.rest_min * MIN:
                block_end = max(block_end, end)
                pieces += 1
            else:
                block_start, block_end, pieces = start, end, 1
            if pieces > 1 and block_end - block_start > settings.max_continuous_min * MIN:
                found.append(("no_rest", person, str(block_start)))
    return found


def team_counts(
    sessions: Mapping[str, Session],
    demand: Mapping[str, AccessNeeds],
    providers: Mapping[str, Provider],
    slots: list[Slot],
    settings: AccessSettings,
) -> dict[tuple[str, str, str], tuple[int, int, int]]:
    """Per (session, service, language) a session requires: (units that count, required,
    advised), read from the rules as documented."""
    counted: dict[tuple[str, str, str], int] = {}
    for s in slots:
        lead = providers[s.provider]
        session = sessions[s.session_id]
        ok = (lead.kind == "interpreter" and s.language in lead.sign_languages
              if s.service == "sign_language"
              else lead.kind == "captioner" and s.language in lead.caption_languages)  # fmt: skip
        if ok and s.service == "sign_language" and s.language == "ils" and session.high_level:
            ok = not settings.accredited_high_level or "wfd_wasli_is" in lead.accreditation
        if ok and s.service == "sign_language" and lead.deaf:
            feed = providers.get(s.feed or "")
            ok = feed is not None and not feed.deaf and s.language in feed.sign_languages
        if ok:
            key = (s.session_id, s.service, s.language)
            counted[key] = counted.get(key, 0) + 1
    found = {}
    for session_id, need in demand.items():
        session = sessions.get(session_id)
        if session is None or session.placement is None or session.status == "cancelled":
            continue
        minutes = (session.placement.end_ms - session.placement.start_ms) // MIN
        for service, languages in (("sign_language", need.sign_languages),
                                   ("captions", need.captions)):  # fmt: skip
            for language in languages:
                if service == "captions":
                    required = advised = 2 if minutes > settings.caption_second_min else 1
                else:
                    required = 2 if minutes > settings.team_required_min else 1
                    advised = 2 if minutes > settings.team_warn_min else 1
                    webcast = session.format in ("hybrid", "online") and not session.do_not_stream
                    if (session.type == "plenary" and webcast
                            and minutes > settings.webcast_team_min):  # fmt: skip
                        required = max(required, settings.webcast_team_size)
                    advised = max(advised, required)
                key = (session_id, service, language)
                found[key] = (counted.get(key, 0), required, advised)
    return found
