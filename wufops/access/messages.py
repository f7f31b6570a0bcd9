"""English text for the access rules (C8–C12), the reasons a provider does not fit, and the
unmet-demand report, made where it is shown (the CLI); the UI makes its own through Qt's
translations from the same codes and parameters.

:data:`MESSAGES` maps each access rule's code to a function ``(conflict, world, labels) ->
str``; :func:`~wufops.access.registry.add_access_rules` hands them to the schedule's
``describe``, which ``wufops access check`` uses. (``wufops schedule check`` and the release
gate count C1–C7 only: docs/scheduling.md says why.)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from wufops.models.access import Provider
from wufops.models.schedule import Conflict
from wufops.schedule import World
from wufops.schedule.messages import Maker, span_text

_LANGUAGES = {
    "ils": "International Sign",
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "ar": "Arabic",
    "zh": "Chinese",
    "ru": "Russian",
    "az": "Azerbaijani",
    "tsm": "Turkish Sign Language",
    "rsl": "Russian Sign Language",
    "ase": "American Sign Language",
    "bfi": "British Sign Language",
}

#: why a provider does not fit a unit (wufops.access.fitness), in English
REASONS: dict[str, str] = {
    "no_skill": "does not have the language",
    "not_accredited": "is not WFD-WASLI accredited (high-level International Sign)",
    "no_availability": "declared no availability",
    "outside_availability": "is not available then (arrival included)",
    "absent": "is absent then",
    "overlap": "works at an overlapping session",
    "travel": "has no travel time from or to another room",
    "day_cap": "would pass the day's cap",
    "no_rest": "would work too long without a rest",
    "needs_feed": "is Deaf and needs a hearing feed interpreter (none free)",
    "locked": "the slot is locked",
}


def language(code: str) -> str:
    return _LANGUAGES.get(code, code)


def service_text(service: str, code: str) -> str:
    """``International Sign interpreting``, ``English captions``."""
    if service == "captions":
        return f"{language(code)} captions"
    return f"{language(code)} interpreting"


class _Names:
    def __init__(self, world: World, labels: Mapping[str, str]) -> None:
        self.world = world
        self.labels = labels

    def session(self, session_id: str) -> str:
        session = self.world.sessions.get(session_id)
        title = self.labels.get(session_id) or (session.title if session else session_id)
        return f"“{title}”"

    def when(self, session_id: str) -> str:
        session = self.world.sessions.get(session_id)
        if session is None or session.placement is None:
            return "not placed"
        return span_text(self.world, session.placement.start_ms, session.placement.end_ms)

    def provider(self, provider_id: str) -> str:
        provider = self.world.get(Provider, provider_id)
        return self.labels.get(provider_id) or (provider.name if provider else provider_id)


def _pair(c: Conflict, n: _Names) -> tuple[str, str, str]:
    sessions = c.ids("session")
    first, second = sessions[0], sessions[-1]
    who = n.provider(c.ids("provider")[0])
    return first, second, who


def _double_booked(c: Conflict, n: _Names) -> str:
    first, second, who = _pair(c, n)
    if first == second:
        return (
            f"{who} holds two slots of {n.session(first)} ({n.when(first)}). Give one to "
            "someone else."
        )
    return (
        f"{who} is at {n.session(first)} ({n.when(first)}) and {n.session(second)} "
        f"({n.when(second)}), which overlap by {c.params.get('overlap_min', 0)} min. "
        "Give one of them to someone else."
    )


def _travel(c: Conflict, n: _Names) -> str:
    first, second, who = _pair(c, n)
    return (
        f"{who} has {c.params.get('gap_min', 0)} min between {n.session(first)} and "
        f"{n.session(second)} in another room; they need {c.params.get('travel_min', 0)} min "
        "to get there. Give one of them to someone else."
    )


def _team(c: Conflict, n: _Names, *, advised: bool) -> str:
    (session_id,) = c.ids("session")
    service = service_text(str(c.params.get("service")), str(c.params.get("language")))
    wanted = c.params.get("advised" if advised else "required", 0)
    kind = "should have" if advised else "needs"
    return (
        f"{n.session(session_id)} ({n.when(session_id)}) {kind} a team of {wanted} for "
        f"{service}; {c.params.get('filled', 0)} assigned. Assign another."
    )


def _day_cap(c: Conflict, n: _Names) -> str:
    who = n.provider(c.ids("provider")[0])
    return (
        f"{who} works {c.params.get('minutes', 0)} min on {c.params.get('day', '')}; the cap "
        f"is {c.params.get('cap', 0)} min. Give some of it to someone else."
    )


def _no_rest(c: Conflict, n: _Names) -> str:
    first, second, who = _pair(c, n)
    return (
        f"{who} works {c.params.get('span_min', 0)} min without a {c.params.get('rest_min', 0)} "
        f"min rest, from {n.session(first)} to {n.session(second)} (at most "
        f"{c.params.get('cap_min', 0)} min). Give one of them to someone else."
    )


def _no_availability(c: Conflict, n: _Names) -> str:
    (session_id,) = c.ids("session")
    who = n.provider(c.ids("provider")[0])
    return (
        f"{who} is assigned to {n.session(session_id)} ({n.when(session_id)}) but declared "
        "no availability. Ask them, and enter their windows."
    )


def _unavailable(c: Conflict, n: _Names) -> str:
    (session_id,) = c.ids("session")
    who = n.provider(c.ids("provider")[0])
    reason = c.params.get("reason")
    why = {
        "absent": "is absent then",
        "outside": "is not available then",
        "arrival": f"cannot arrive {c.params.get('arrival_min', 0)} min before",
    }.get(str(reason), "is not available")
    return (
        f"{who} {why} for {n.session(session_id)} ({n.when(session_id)}). Give it to someone else."
    )


def _unassigned(c: Conflict, n: _Names) -> str:
    (session_id,) = c.ids("session")
    service = service_text(str(c.params.get("service")), str(c.params.get("language")))
    return (
        f"{n.session(session_id)} ({n.when(session_id)}) requires {service}; nobody is "
        "assigned. Assign someone or run the solver."
    )


def _not_qualified(c: Conflict, n: _Names) -> str:
    (session_id,) = c.ids("session")
    who = n.provider(c.ids("provider")[0])
    service = service_text(str(c.params.get("service")), str(c.params.get("language")))
    why = {
        "skill": "does not provide it",
        "accreditation": "is not WFD-WASLI accredited, which a high-level session needs",
        "no_feed": "is Deaf and has no hearing feed interpreter",
        "feed": "cannot feed: not a hearing interpreter of the language",
    }.get(str(c.params.get("reason")), "does not fit")
    return (
        f"{who} is assigned {service} at {n.session(session_id)} ({n.when(session_id)}) but "
        f"{why}. Assign someone who fits."
    )


def _maker(text: Callable[[Conflict, _Names], str]) -> Maker:
    def made(conflict: Conflict, world: World, labels: Mapping[str, str]) -> str:
        return text(conflict, _Names(world, labels))

    return made


MESSAGES: dict[str, Maker] = {
    "provider_double_booked": _maker(_double_booked),
    "provider_travel": _maker(_travel),
    "access_team_short": _maker(lambda c, n: _team(c, n, advised=False)),
    "access_team_advised": _maker(lambda c, n: _team(c, n, advised=True)),
    "provider_day_cap": _maker(_day_cap),
    "provider_no_rest": _maker(_no_rest),
    "provider_no_availability": _maker(_no_availability),
    "provider_unavailable": _maker(_unavailable),
    "access_unassigned": _maker(_unassigned),
    "provider_not_qualified": _maker(_not_qualified),
}
