"""Access services as the core sees them: providers, assignment slots, the event's rules and
the demand they give — frozen values, no SQL, no Qt (docs/access-services.md).

Instants are integers (ms since the Unix epoch, UTC), as in ``wufops.models.schedule``.

- :class:`AccessSettings` — the event's rules (one row per event, its id the event's id; no
  row: the defaults below, from docs/access-services.md and the sources it cites).
- :class:`Provider` — an interpreter or captioner: skills, accreditation, Deaf or hearing,
  declared availability, absences, daily cap.
- :class:`Assignment` — one assignment slot's row: its deterministic key (session, service,
  language, slot number), the provider (and, for a Deaf interpreter, the hearing feed
  interpreter: the pair is one unit), status and lock.
- :class:`Need` — one unit of demand a session's services give (what a slot asks for).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Literal

from wufops.models.schedule import Window

Service = Literal["sign_language", "captions"]
SERVICES: tuple[Service, ...] = ("sign_language", "captions")
AssignmentStatus = Literal["open", "proposed", "confirmed"]
ASSIGNMENT_STATUSES: tuple[AssignmentStatus, ...] = ("open", "proposed", "confirmed")
ProviderKind = Literal["interpreter", "captioner"]

#: International Sign's code in ``access_required`` and provider skills
INTERNATIONAL_SIGN = "ils"
#: the WFD-WASLI International Sign accreditation (``provider.accreditation``)
WFD_WASLI = "wfd_wasli_is"

#: the namespace of assignment slot ids: uuid5(session/service/language/slot_no)
_SLOT_NS = uuid.UUID("5b0f2c4e-8f0a-4d8e-b3f1-6a1c9e0d7a21")


def slot_id(session_id: str, service: str, language: str, slot_no: int) -> str:
    """The id of the assignment slot ``(session, service, language, slot number)``: the same
    on every device, so two coordinators filling one slot offline write one row."""
    return str(uuid.uuid5(_SLOT_NS, f"{session_id}/{service}/{language}/{slot_no}"))


@dataclass(frozen=True, slots=True)
class AccessSettings:
    """An event's access-service rules (``id``: the event's id). Minutes throughout."""

    id: str
    #: a sign-language session longer than this should have a team of 2 (warn)
    team_warn_min: int = 60
    #: longer than this it must have a team of 2 (required)
    team_required_min: int = 90
    #: a webcast plenary longer than this needs ``webcast_team_size`` units
    webcast_team_min: int = 180
    webcast_team_size: int = 3
    #: captions longer than this (sessions have no break) need a second writer
    caption_second_min: int = 90
    #: International Sign for high-level sessions only by WFD-WASLI accredited interpreters
    accredited_high_level: bool = True
    #: between two sessions in different rooms
    travel_min: int = 15
    #: a provider arrives this long before their first session of a day
    arrival_min: int = 30
    #: at most this much work per day (a provider's own cap may be lower)
    max_day_min: int = 360
    #: at most this much continuous work before a rest of ``rest_min``
    max_continuous_min: int = 180
    rest_min: int = 30


#: the fields of :class:`AccessSettings` an event can set, in the order people see them
SETTING_FIELDS: tuple[str, ...] = (
    "team_warn_min",
    "team_required_min",
    "webcast_team_min",
    "webcast_team_size",
    "caption_second_min",
    "accredited_high_level",
    "travel_min",
    "arrival_min",
    "max_day_min",
    "max_continuous_min",
    "rest_min",
)


@dataclass(frozen=True, slots=True)
class Provider:
    id: str
    name: str
    kind: ProviderKind
    #: sign languages (``ils``: International Sign, ``tsm``, ``rsl`` …)
    sign_languages: tuple[str, ...] = ()
    caption_languages: tuple[str, ...] = ()
    #: ``wfd_wasli_is``, ``national``, ``crc`` …
    accreditation: tuple[str, ...] = ()
    #: a Deaf interpreter works with a hearing feed interpreter (the pair is one unit)
    deaf: bool = False
    #: declared availability, merged; empty: declared none (C11 warns)
    availability: tuple[Window, ...] = ()
    #: when they cannot work after all (override the availability), merged
    absences: tuple[Window, ...] = ()
    max_minutes_per_day: int = 360

    def can(self, service: str, language: str) -> bool:
        """Whether they have the skill (service and language)."""
        if service == "sign_language":
            return self.kind == "interpreter" and language in self.sign_languages
        return self.kind == "captioner" and language in self.caption_languages

    @property
    def accredited(self) -> bool:
        return WFD_WASLI in self.accreditation


@dataclass(frozen=True, slots=True)
class Assignment:
    """One assignment slot row. ``provider_id`` ``None``: open (or cleared)."""

    id: str
    session_id: str
    service: Service
    language: str
    slot_no: int
    provider_id: str | None = None
    #: the hearing interpreter who feeds a Deaf ``provider_id`` (the pair is one unit)
    feed_provider_id: str | None = None
    status: AssignmentStatus = "open"
    #: kept as it is by every later solve
    locked: bool = False

    @property
    def providers(self) -> tuple[str, ...]:
        """Who works in this slot: the provider, then the feed."""
        return tuple(p for p in (self.provider_id, self.feed_provider_id) if p)


NeedLevel = Literal["required", "advised"]


@dataclass(frozen=True, slots=True)
class Need:
    """One unit a session needs: slot ``slot_no`` of its ``service`` in ``language``.

    ``level``: ``required`` (unmet: C9/C12 block) or ``advised`` (a second sign-language
    interpreter between 60 and 90 min: warn). ``accredited``: only WFD-WASLI accredited
    interpreters (International Sign at a high-level session)."""

    session_id: str
    service: Service
    language: str
    slot_no: int
    level: NeedLevel
    accredited: bool
    room_id: str
    start_ms: int
    end_ms: int

    @property
    def id(self) -> str:
        return slot_id(self.session_id, self.service, self.language, self.slot_no)

    @property
    def minutes(self) -> int:
        return (self.end_ms - self.start_ms) // 60_000
