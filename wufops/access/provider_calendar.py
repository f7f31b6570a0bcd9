"""A provider's iCalendar: their assignments, written by the schedule's own iCalendar writer.

The sessions a provider works are the schedule export (``wufops.schedule_io.load``) narrowed
to them (``subset``) and written by ``render("ical", …)`` — the same ``VCALENDAR`` as the
per-room and per-channel calendars (event time zone, ``VTIMEZONE``, ``SEQUENCE`` of the
release) — and then each ``VEVENT`` is made the provider's:

- ``UID``: derived from the session's GUID and the provider's id (the same in every
  export), so a provider's calendar and a room's can sit in one client side by side;
- ``SUMMARY``: the service first (``International Sign — Opening plenary``);
- ``DESCRIPTION``: the service, the partner(s) of the team, who else works the session, the
  arrival time on the day's first assignment and the travel before a change of room; then
  the schedule's own description;
- ``X-WUFOPS-SERVICE``, ``X-WUFOPS-LANGUAGE``, ``X-WUFOPS-SLOT`` (the slot's id),
  ``X-WUFOPS-PARTNERS`` (names, ``; ``-separated).

A provider with two slots in one session (rare; a correction pending) gets one ``VEVENT``
per slot.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from wufops.access.duty import DutyDay, Gap, Stint, local
from wufops.schedule_io import ExportSchedule, render

_UID_NS = uuid.UUID("6a3f5d0e-2b7c-4f41-9e8a-0c5d7b1e93a4")


def calendar_title(event_name: str, provider_name: str) -> str:
    return f"{event_name} — {provider_name}"


def _notes(day: DutyDay, zone: ZoneInfo) -> dict[str, list[str]]:
    """slot id -> the lines about the day around it (arrival, travel before it)."""
    notes: dict[str, list[str]] = {}
    first = day.stints[0]
    arrive = local(day.arrive_ms, zone).strftime("%H:%M")
    notes.setdefault(first.row.slot_id, []).append(
        f"First assignment of the day: arrive by {arrive} at {first.row.room}."
    )
    pending: Gap | None = None
    for item in day.items:
        if isinstance(item, Gap):
            pending = item if item.kind in ("travel", "overlap") else pending
            continue
        if pending is not None:
            if pending.kind == "overlap":
                line = "Overlaps the assignment before it: ask the coordinator."
            else:
                line = f"Travel from the room before: {pending.minutes} min."
            notes.setdefault(item.row.slot_id, []).append(line)
        pending = None
    return notes


def provider_ics(
    schedule: ExportSchedule, days: Sequence[DutyDay], *, now_ms: int
) -> tuple[bytes, int]:
    """The provider's calendar as ``.ics`` bytes and the number of events in it. ``days``
    are one provider's (:func:`wufops.access.duty.duty_days`)."""
    stints: list[Stint] = [s for day in days for s in day.stints]
    notes: dict[str, list[str]] = {}
    for day in days:
        for slot_id, lines in _notes(day, schedule.zone).items():
            notes.setdefault(slot_id, []).extend(lines)
    provider = days[0].provider if days else None
    title = calendar_title(schedule.title, provider.name if provider else "")
    subset = schedule.subset({s.row.session_id for s in stints}, title=title)
    written = Calendar.from_ical(render("ical", subset, now_ms=now_ms))
    by_guid: dict[str, Event] = {}
    keep = []
    for component in written.subcomponents:
        if isinstance(component, Event):
            by_guid[str(component["uid"])] = component
        else:
            keep.append(component)
    guid_of = {s.id: s.guid for s in subset.sessions}
    events: list[Event] = []
    for stint in stints:
        row = stint.row
        guid = guid_of.get(row.session_id)
        if guid is None or provider is None:
            continue  # not in the export (cancelled, unplaced): not worked
        base = by_guid[guid]
        event = copy.deepcopy(base)
        for name in ("uid", "summary", "description"):
            event.pop(name, None)
        event.add("uid", str(uuid.uuid5(_UID_NS, f"{guid}/{provider.id}/{row.slot_id}")))
        event.add("summary", f"{stint.service} — {row.title}")
        lines = [stint.service]
        lines.append(
            "With: " + ", ".join(stint.partners) if stint.partners else "No partner in this team."
        )
        if stint.others:
            lines.append("Also working this session: " + "; ".join(stint.others) + ".")
        lines += notes.get(row.slot_id, [])
        if "description" in base:  # the schedule's own: subtitle, speakers, abstract
            lines += ["", str(base["description"])]
        event.add("description", "\n".join(lines))
        event.add("x-wufops-service", row.service)
        event.add("x-wufops-language", row.language)
        event.add("x-wufops-slot", row.slot_id)
        event.add("x-wufops-partners", "; ".join(stint.partners))
        events.append(event)
    written.subcomponents = [*keep, *events]
    data: bytes = written.to_ical()
    return data, len(events)
