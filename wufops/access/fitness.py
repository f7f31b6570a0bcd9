"""Whether a provider fits a unit: skills, accreditation, availability, and how two pieces of
work of one provider clash — the rule logic the solver, the picker and the unmet report share
(the engine's rules, :mod:`wufops.access.rules`, report the same things after the fact).

Reason codes (stable; the UI translates them, ``wufops.access.messages`` has the English):

- ``no_skill`` — not an interpreter of the sign language / a captioner of the language;
- ``not_accredited`` — International Sign at a high-level session needs WFD-WASLI;
- ``no_availability`` — declared no availability (the solver assigns only providers who
  declared when they can work; a manual assignment shows C11);
- ``outside_availability`` — the session (with the arrival time before it) is not inside a
  declared window;
- ``absent`` — the provider is absent then;
- ``overlap`` — already working at an overlapping session;
- ``travel`` — already working in another room less than ``travel_min`` before or after;
- ``day_cap`` — it would take them over the day's cap;
- ``no_rest`` — it would make a continuous stretch of two or more sessions (each less than
  ``rest_min`` after the last) longer than ``max_continuous_min``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from wufops.models.access import AccessSettings, Need, Provider
from wufops.models.schedule import MINUTE_MS, within


class Span(Protocol):
    """A piece of work in time and place (a :class:`Need`, a session's placement…)."""

    @property
    def start_ms(self) -> int: ...
    @property
    def end_ms(self) -> int: ...
    @property
    def room_id(self) -> str: ...


def qualified(provider: Provider, need: Need) -> str | None:
    """Why ``provider`` cannot lead unit ``need`` on skills (``None``: they can)."""
    if not provider.can(need.service, need.language):
        return "no_skill"
    if need.accredited and not provider.accredited:
        return "not_accredited"
    return None


def can_feed(provider: Provider, need: Need) -> bool:
    """Whether ``provider`` can feed a Deaf interpreter in unit ``need``: a hearing
    interpreter of the unit's sign language."""
    return (
        need.service == "sign_language"
        and provider.kind == "interpreter"
        and not provider.deaf
        and need.language in provider.sign_languages
    )


def day_cap(provider: Provider, settings: AccessSettings) -> int:
    """The most minutes ``provider`` may work on one day."""
    return min(provider.max_minutes_per_day, settings.max_day_min)


def time_fit(
    provider: Provider, start_ms: int, end_ms: int, settings: AccessSettings
) -> str | None:
    """Why ``provider`` cannot take work ``[start, end)`` on their declared time, arrival
    included (``None``: they can). The solver's test: it asks for the arrival time before
    every piece of work, which the rules ask only before the first of a day."""
    if not provider.availability:
        return "no_availability"
    arrive = start_ms - settings.arrival_min * MINUTE_MS
    if not within(provider.availability, arrive, end_ms):
        return "outside_availability"
    if any(w.start_ms < end_ms and arrive < w.end_ms for w in provider.absences):
        return "absent"
    return None


def clash(a: Span, b: Span, settings: AccessSettings) -> str | None:
    """``overlap`` or ``travel`` when one provider cannot do both ``a`` and ``b``."""
    if a.start_ms < b.end_ms and b.start_ms < a.end_ms:
        return "overlap"
    if a.room_id != b.room_id:
        gap = b.start_ms - a.end_ms if a.start_ms < b.start_ms else a.start_ms - b.end_ms
        if gap < settings.travel_min * MINUTE_MS:
            return "travel"
    return None


def blocks(spans: Iterable[Span], settings: AccessSettings) -> list[tuple[int, int, int]]:
    """Continuous stretches ``(start, end, pieces)`` of work: pieces less than ``rest_min``
    apart join one stretch."""
    rest = settings.rest_min * MINUTE_MS
    found: list[tuple[int, int, int]] = []
    for span in sorted(spans, key=lambda s: (s.start_ms, s.end_ms)):
        if found and span.start_ms - found[-1][1] < rest:
            start, end, count = found[-1]
            found[-1] = (start, max(end, span.end_ms), count + 1)
        else:
            found.append((span.start_ms, span.end_ms, 1))
    return found


def too_long(spans: Sequence[Span], settings: AccessSettings) -> bool:
    """Whether some continuous stretch of two or more pieces of ``spans`` is longer than
    ``max_continuous_min``. One session alone never is: its team rotates inside it (the
    team-size rule, C9, protects a long session)."""
    cap = settings.max_continuous_min * MINUTE_MS
    return any(end - start > cap and count > 1 for start, end, count in blocks(spans, settings))
