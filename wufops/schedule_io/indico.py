"""Indico's timetable export from its HTTP API (``/export/timetable/<event>.json``): reading
it into a :class:`~wufops.schedule_io.model.Document`.

The export is ``{"results": {"<event id>": {"YYYYMMDD": {"<entry id>": entry}}}, "url": …}``;
an entry is a ``Contribution``, a ``Session`` block (its contributions nested under
``entries``) or a ``Break``, with ``startDate``/``endDate`` as ``{date, time, tz}``, ``room``,
``presenters`` (contributions) or ``conveners`` (blocks). Validated against our schema of it
(resources/schedule_format/indico-timetable.schema.json), tolerated and refused like the c3voc
formats (:mod:`wufops.schedule_io.tolerance`).

What becomes a session:

- a **top-level contribution** is one session;
- a **session block** is one session — it holds its room for its whole time — titled by its
  session (and slot title), its speakers the conveners then its contributions' presenters;
  the contributions inside are not separate sessions (they share the block's room back to
  back, which the room rules would report as clashes);
- a **break** is not a session (``not_a_session``, reported);
- an entry **without a room** is imported unplaced, asking for its length (``no_room``).

Indico gives no GUIDs: each session's GUID is derived from the server, event and
contribution (or session slot) id, so re-importing the export updates the same sessions.
Speakers are keyed by e-mail when the export has it (and matched to attendees by it), else by
name and affiliation. Indico does not say a session's type: a block takes the words of its
session's title (``Plenary: …`` → plenary), a contribution the default (side event).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from wufops.schedule_io.model import (
    Conference,
    Document,
    Entry,
    ImportRefused,
    Person,
    SourceRoom,
    Where,
)
from wufops.schedule_io.schemas import indico_validator
from wufops.schedule_io.tolerance import check
from wufops.schedule_io.values import (
    Notes,
    check_span,
    json_path,
    person,
    text,
    url,
    zone,
)

#: what an Indico entry carries of a session (the rest keeps its value on re-import)
CARRIES = frozenset({"title", "abstract", "url", "speakers", "placement"})


def looks_like(data: Any) -> bool:
    """Indico's HTTP API result: ``results`` and (usually) ``_type: HTTPAPIResult``."""
    return isinstance(data, dict) and "results" in data and "schedule" not in data


def read(data: Any) -> Document:
    """Validate and read a parsed Indico timetable export; raises :class:`ImportRefused`."""
    notes = Notes()
    try:
        check(indico_validator(), data, notes)
    except RecursionError:
        raise ImportRefused("bad_json", "the document is nested too deeply") from None
    results = data["results"]
    if len(results) != 1:
        raise ImportRefused(
            "several_events" if results else "empty_schedule",
            f"the export holds {len(results)} events: export one event's timetable",
            Where("$.results"),
        )
    event_id, days = next(iter(results.items()))
    source_url = data.get("url") if isinstance(data.get("url"), str) else ""
    parts = urlsplit(source_url) if source_url else None
    host = f"{parts.scheme}://{parts.netloc}" if parts and parts.scheme and parts.netloc else ""
    origin = f"indico:{host or 'indico'}/{event_id}"
    entries: list[Entry] = []
    zones: list[str] = []
    seen: dict[str, str] = {}
    for day_key in sorted(days):
        for entry_key, raw in days[day_key].items():
            path: list[str | int] = ["results", event_id, day_key, entry_key]
            entry = _entry(raw, path, origin=origin, host=host, notes=notes, zones=zones)
            if entry is None:
                continue
            if entry.guid in seen:
                raise ImportRefused(
                    "duplicate_guid",
                    f"the same contribution is already the session at {seen[entry.guid]}",
                    entry.where,
                )
            seen[entry.guid] = entry.where.path
            entries.append(entry)
    day_dates = [_date(k) for k in days]
    known = [d for d in day_dates if d is not None]
    local = zone(zones[0]) if zones else None
    rooms: dict[str, SourceRoom] = {}
    for entry in entries:
        if entry.room and entry.room not in rooms:
            rooms[entry.room] = SourceRoom(entry.room)
    return Document(
        format="indico-json",
        dialect="indico",
        origin=origin,
        conference=Conference(
            title=f"Indico event {event_id}",
            acronym=f"indico_{event_id}",
            time_zone=local.key if local else None,
            first_day=min(known) if known else None,
            last_day=max(known) if known else None,
        ),
        rooms=tuple(rooms.values()),
        entries=tuple(entries),
        deviations=tuple(notes.kept),
        carries=CARRIES,
    )


def _date(key: str) -> date | None:
    try:
        return datetime.strptime(key, "%Y%m%d").date()
    except ValueError:
        return None


def _instant(when: Mapping[str, Any], where: Where, zones: list[str]) -> int:
    local = zone(when.get("tz"))
    if local is None:
        raise ImportRefused("bad_time", f"{when.get('tz')!r} is not a time zone", where)
    try:
        moment = datetime.fromisoformat(f"{when['date']}T{when['time']}")
    except (ValueError, TypeError):
        raise ImportRefused(
            "bad_time", f"{when.get('date')!r} {when.get('time')!r} is not a date and time", where
        ) from None
    if not zones:
        zones.append(local.key)
    return round(moment.replace(tzinfo=local).timestamp() * 1000)


def _entry(
    raw: Mapping[str, Any],
    path: list[str | int],
    *,
    origin: str,
    host: str,
    notes: Notes,
    zones: list[str],
) -> Entry | None:
    where = Where(json_path(path))
    kind = raw["entryType"]
    if kind == "Break" or kind not in ("Contribution", "Session"):
        notes.add("not_a_session", where, f"a {kind} entry is not a session: not imported")
        return None
    if kind == "Contribution" and raw.get("entries"):
        raise ImportRefused(
            "misplaced_object", "a contribution holds no entries", Where(where.path + ".entries")
        )
    title = text(raw["title"], "title", where, notes)
    slot = raw.get("slotTitle")
    if kind == "Session" and isinstance(slot, str) and slot.strip() and slot.strip() != title:
        title = text(f"{title}: {slot.strip()}", "title", where, notes)
    if not title:
        raise ImportRefused("missing_field", "an entry needs a title", Where(where.path + ".title"))
    start_ms = _instant(raw["startDate"], Where(where.path + ".startDate"), zones)
    end_ms = _instant(raw["endDate"], Where(where.path + ".endDate"), zones)
    if end_ms == start_ms:
        notes.add("zero_duration", where, f"“{title}” lasts 0 minutes: not imported")
        return None
    check_span(start_ms, end_ms, where)
    if kind == "Contribution":
        number = raw.get("contributionId") or raw.get("id") or raw.get("uniqueId")
        ident = f"{origin}/contribution/{number}"
        people = list(raw.get("presenters") or ())
        type_hint = ""
    else:
        number = raw.get("sessionSlotId") or raw.get("id") or raw.get("uniqueId")
        ident = f"{origin}/session-block/{number}"
        people = list(raw.get("conveners") or ())
        for child_key, child in (raw.get("entries") or {}).items():
            if child.get("entryType") == "Session" or child.get("entries"):
                raise ImportRefused(
                    "misplaced_object",
                    "a session block inside a session block",
                    Where(json_path([*path, "entries", child_key])),
                )
            people.extend(child.get("presenters") or ())
        type_hint = str(raw["title"])
    if number in (None, ""):
        raise ImportRefused("missing_field", "an entry needs an id", Where(where.path + ".id"))
    persons: list[Person] = []
    keys: set[str] = set()
    for index, raw_person in enumerate(people):
        name = raw_person.get("name") or raw_person.get("fullName")
        if not (isinstance(name, str) and name.strip()):
            first, family = raw_person.get("firstName") or "", raw_person.get("familyName") or ""
            name = f"{first} {family}".strip()
        found = person(
            name,
            Where(json_path([*path, "presenters" if kind == "Contribution" else "people", index])),
            notes,
            origin=origin,
            email=raw_person.get("email"),
            organization=raw_person.get("affiliation"),
        )
        if found.organization and not found.email:
            # same name, other affiliation: another person
            found = Person(
                found.name,
                (*found.keys[:-1], f"{found.keys[-1]}|{found.organization.casefold()}"),
                found.email,
                found.organization,
            )
        if found.key not in keys:
            keys.add(found.key)
            persons.append(found)
    room = text(raw.get("room") or raw.get("roomFullname"), "name", where, notes)
    if not room:
        notes.add("no_room", where, f"“{title}” has no room: imported unplaced")
    return Entry(
        guid=str(uuid.uuid5(uuid.NAMESPACE_URL, ident)),
        title=title,
        where=where,
        start_ms=start_ms if room else None,
        end_ms=end_ms if room else None,
        duration_min=(end_ms - start_ms) // 60_000,
        room=room or None,
        type=type_hint,
        abstract=text(raw.get("description"), "abstract", where, notes),
        url=url(raw.get("url"), host + "/" if host else "", Where(where.path + ".url"), notes),
        persons=tuple(persons),
    )
