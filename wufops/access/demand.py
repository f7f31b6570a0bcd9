"""What each session needs: its access services turned into units (:class:`Need`).

A session's ``access_required`` lists services and languages (``sign_language``/``ils``,
``captions``/``en`` …). Per service and language (docs/access-services.md, with sources):

- **sign language** — one interpreter unit; a team of 2 above ``team_warn_min`` (60 min:
  *advised*, C9 warns) and above ``team_required_min`` (90 min: *required*); a webcast
  plenary above ``webcast_team_min`` (3 h) needs ``webcast_team_size`` (3). International
  Sign at a high-level session needs WFD-WASLI accredited interpreters
  (``accredited_high_level``). A unit is one hearing interpreter, or a Deaf interpreter with
  the hearing interpreter who feeds them (the pair is one unit);
- **captions** — one writer; a second above ``caption_second_min`` (90 min: sessions have no
  break), both required.

Only active sessions (placed, not cancelled) need anything.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from wufops.models.access import INTERNATIONAL_SIGN, AccessSettings, Need, NeedLevel
from wufops.models.schedule import Session
from wufops.models.streams import AccessNeeds

#: formats whose sessions go out on a webcast (unless closed door)
_WEBCAST_FORMATS = frozenset({"hybrid", "online"})


def webcast(session: Session) -> bool:
    """Whether the session goes out on a webcast (hybrid or online, not closed door)."""
    return session.format in _WEBCAST_FORMATS and not session.do_not_stream


def team_sizes(session: Session, service: str, settings: AccessSettings) -> tuple[int, int]:
    """``(required, advised)`` units of ``service`` for ``session`` (advised ≥ required)."""
    placement = session.placement
    minutes = placement.minutes if placement is not None else session.duration_min
    if service == "captions":
        n = 2 if minutes > settings.caption_second_min else 1
        return n, n
    required = 2 if minutes > settings.team_required_min else 1
    advised = max(required, 2 if minutes > settings.team_warn_min else 1)
    if session.type == "plenary" and webcast(session) and minutes > settings.webcast_team_min:
        required = max(required, settings.webcast_team_size)
        advised = max(advised, required)
    return required, advised


def needs_accreditation(session: Session, language: str, settings: AccessSettings) -> bool:
    """Whether sign language ``language`` at ``session`` needs accredited interpreters."""
    return settings.accredited_high_level and session.high_level and language == INTERNATIONAL_SIGN


def services_of(needs: AccessNeeds | None) -> list[tuple[str, str]]:
    """``(service, language)`` pairs a session requires, sign languages first."""
    if needs is None:
        return []
    return [("sign_language", s) for s in needs.sign_languages] + [
        ("captions", c) for c in needs.captions
    ]


def session_demand(
    session: Session, needs: AccessNeeds | None, settings: AccessSettings
) -> list[Need]:
    """The units ``session`` needs (none when it is not active)."""
    placement = session.placement
    if placement is None or not session.active:
        return []
    found: list[Need] = []
    for service, language in services_of(needs):
        required, advised = team_sizes(session, service, settings)
        accredited = service == "sign_language" and needs_accreditation(session, language, settings)
        for slot_no in range(1, advised + 1):
            level: NeedLevel = "required" if slot_no <= required else "advised"
            found.append(
                Need(
                    session.id,
                    "sign_language" if service == "sign_language" else "captions",
                    language,
                    slot_no,
                    level,
                    accredited,
                    placement.room_id,
                    placement.start_ms,
                    placement.end_ms,
                )
            )
    return found


def event_demand(
    sessions: Iterable[Session], needs: Mapping[str, AccessNeeds], settings: AccessSettings
) -> list[Need]:
    """Every unit the event's sessions need, by session start, then session, slot."""
    found: list[Need] = []
    for session in sessions:
        found.extend(session_demand(session, needs.get(session.id), settings))
    found.sort(key=lambda n: (n.start_ms, n.session_id, n.service, n.language, n.slot_no))
    return found
