"""The frab/c3voc ``schedule.json`` (pretalx's too): reading it into a
:class:`~wufops.schedule_io.model.Document`, and writing one that validates against the c3voc
schema (resources/schedule_format/c3voc-schedule.schema.json).

**Reading.** The file is validated against the c3voc schema first (jsonschema, draft-06,
every format checked); what real exports get wrong in small ways is tolerated and reported,
what breaks the shape is refused (:mod:`wufops.schedule_io.tolerance`). Then each event of
each day and room is read: its GUID (its identity across imports), ``date`` plus ``end`` (or
the deprecated ``duration``), room, title, subtitle, abstract, track, type, language, the
URL (relative ones resolved against ``base_url``), ``do_not_record``/``do_not_stream`` and its
persons. Not imported: ``description``, ``links``, ``attachments``, ``logo``, persons'
biographies and avatars.

**Writing** (:func:`write`): ``$schema``, ``generator``, ``schedule.version`` (the release
version), ``base_url`` when given, the conference (lower-case acronym, dates, ``daysCount``,
``time_zone_name``, rooms with GUIDs) and per day and room the events — GUID, a stable
integer ``id``, ISO ``date`` and ``end`` with the event's UTC offset, the deprecated
``start``/``duration`` the schema still requires, slug, absolute URL, persons by name and
GUID (never an e-mail).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from wufops.schedule_io import pretalx
from wufops.schedule_io.exporting import ExportSchedule
from wufops.schedule_io.model import Conference, Document, Entry, ImportRefused, SourceRoom, Where
from wufops.schedule_io.schemas import C3VOC_SCHEMA_URL, c3voc_validator, person_properties
from wufops.schedule_io.tolerance import check
from wufops.schedule_io.values import (
    Notes,
    check_span,
    duration_min,
    flag,
    guid,
    instant,
    json_path,
    languages,
    offset_mismatch,
    person,
    room_guids,
    text,
    url,
    zone,
)


def looks_like(data: Any) -> bool:
    """A JSON document with a top-level ``schedule`` (any frab/c3voc/pretalx schedule)."""
    return isinstance(data, dict) and "schedule" in data


def read(data: Any) -> Document:
    """Validate and read a parsed ``schedule.json``; raises :class:`ImportRefused`."""
    notes = Notes()
    try:
        check(c3voc_validator(), data, notes, undeclared={"persons": person_properties()})
    except RecursionError:
        raise ImportRefused("bad_json", "the document is nested too deeply") from None
    schedule = data["schedule"]
    conf = schedule["conference"]
    days = conf["days"]
    events = [e for d in days for room in d["rooms"].values() for e in room]
    generator = data.get("generator")
    dialect = (
        pretalx.generator_dialect(generator.get("name") if isinstance(generator, dict) else None)
        or ("pretalx" if pretalx.looks_like_pretalx(events) else None)
        or "c3voc"
    )
    acronym = str(conf["acronym"]).strip()
    origin = "schedule:" + (acronym.lower() or str(conf["title"]).strip().casefold())
    where_conf = Where("$.schedule.conference")
    local = zone(conf.get("time_zone_name"))
    if conf.get("time_zone_name") and local is None:
        notes.add(
            "time_zone_unknown",
            Where("$.schedule.conference.time_zone_name"),
            f"{conf['time_zone_name']!r} is not an IANA time zone: the times' offsets are used",
        )
    base = schedule.get("base_url") if isinstance(schedule.get("base_url"), str) else ""
    conference = Conference(
        title=text(conf["title"], "title", where_conf, notes) or acronym,
        acronym=acronym,
        time_zone=local.key if local else None,
        first_day=_day(conf.get("start"), "start", notes),
        last_day=_day(conf.get("end"), "end", notes),
        version=str(schedule.get("version", "")).strip()[:100],
    )
    rooms: dict[str, SourceRoom] = {}
    guids_seen: dict[str, str] = {}
    listed = conf.get("rooms") or ()
    own_guids = room_guids((str(r["name"]).strip(), r.get("guid")) for r in listed)
    for index, room in enumerate(listed):
        where = Where(json_path(["schedule", "conference", "rooms", index]))
        name = text(room["name"], "name", where, notes)
        if not name:
            raise ImportRefused("missing_field", "a room needs a name", where)
        capacity = room.get("capacity")
        seats = int(capacity) if isinstance(capacity, (int, float)) and capacity >= 1 else None
        seats = seats if seats and seats < 10**7 else None
        rooms.setdefault(name, SourceRoom(name, seats, own_guids.get(name)))
        room_guid = room.get("guid")
        if isinstance(room_guid, str):
            if room_guid in guids_seen and guids_seen[room_guid] != name:
                notes.add(
                    "duplicate_room_guid",
                    Where(where.path + ".guid"),
                    f"{name!r} has the GUID of {guids_seen[room_guid]!r}: rooms are matched "
                    "by name",
                )
            guids_seen.setdefault(room_guid, name)
    entries: list[Entry] = []
    seen: dict[str, str] = {}
    for d_index, day in enumerate(days):
        for room_name, listed in day["rooms"].items():
            for e_index, event in enumerate(listed):
                parts: list[str | int] = [
                    "schedule",
                    "conference",
                    "days",
                    d_index,
                    "rooms",
                    room_name,
                    e_index,
                ]
                entry = _entry(
                    event, parts, room_name, origin=origin, base=base, local=local, notes=notes
                )
                if entry is None:
                    continue
                if entry.guid in seen:
                    raise ImportRefused(
                        "duplicate_guid",
                        f"GUID {entry.guid} already names the session at {seen[entry.guid]}",
                        Where(json_path([*parts, "guid"])),
                    )
                seen[entry.guid] = entry.where.path
                if entry.room and entry.room not in rooms:
                    rooms[entry.room] = SourceRoom(entry.room)
                entries.append(entry)
    return Document(
        format="c3voc-json",
        dialect=dialect,
        origin=origin,
        conference=conference,
        rooms=tuple(rooms.values()),
        entries=tuple(entries),
        deviations=tuple(notes.kept),
    )


def _day(value: object, name: str, notes: Notes) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.strip()[:10]).date()
    except ValueError:
        notes.add(
            "time_format",
            Where(f"$.schedule.conference.{name}"),
            f"{value!r} is not a date: the sessions' days are used",
        )
        return None


def _entry(
    event: Mapping[str, Any],
    parts: list[str | int],
    room_key: str,
    *,
    origin: str,
    base: str,
    local: Any,
    notes: Notes,
) -> Entry | None:
    path = json_path(parts)
    where = Where(path)

    def at(name: str) -> Where:  # the event's own fields are plain names
        return Where(f"{path}.{name}")

    title = text(event["title"], "title", at("title"), notes)
    if not title:
        raise ImportRefused("missing_field", "a session needs a title", at("title"))
    key = guid(str(event["guid"]).strip(), at("guid"), notes)
    start_ms = instant(event["date"], at("date"), notes, local)
    if isinstance(event.get("end"), str):
        end_ms = instant(event["end"], at("end"), notes, local)
    else:
        end_ms = start_ms + duration_min(event["duration"], at("duration")) * 60_000
    if end_ms == start_ms:
        notes.add("zero_duration", where, f"“{title}” lasts 0 minutes: not imported")
        return None
    check_span(start_ms, end_ms, where)
    if offset_mismatch(start_ms, str(event["date"]), local):
        notes.once(
            "time_zone_offset",
            at("date"),
            f"{event['date']!r} does not carry the offset of {getattr(local, 'key', '')}: "
            "each time's own offset is used",
        )
    room = text(event["room"], "name", at("room"), notes) or room_key.strip()
    if not room:
        raise ImportRefused("missing_field", "a session needs a room", at("room"))
    if room != room_key.strip():
        notes.add("room_mismatch", at("room"), f"listed under {room_key!r}: placed in {room!r}")
    persons = []
    keys: set[str] = set()
    for p_index, raw in enumerate(event["persons"]):
        p_where = Where(f"{path}.persons[{p_index}]")
        found = person(
            raw.get("name") or raw.get("public_name"),
            p_where,
            notes,
            origin=origin,
            guid_text=raw.get("guid"),
            code_key=pretalx.code_key(origin, raw.get("code")),
            number=raw.get("id"),
            email=raw.get("email"),
        )
        if found.key not in keys:
            keys.add(found.key)
            persons.append(found)
    return Entry(
        guid=key,
        title=title,
        where=where,
        start_ms=start_ms,
        end_ms=end_ms,
        duration_min=(end_ms - start_ms) // 60_000,
        room=room,
        type=text(event.get("type"), "track", at("type"), notes),
        subtitle=text(event.get("subtitle"), "subtitle", at("subtitle"), notes),
        abstract=text(event.get("abstract"), "abstract", at("abstract"), notes),
        track=text(event.get("track"), "track", at("track"), notes),
        url=url(event.get("url"), base, at("url"), notes),
        languages=languages(event.get("language"), at("language"), notes),
        persons=tuple(persons),
        do_not_record=flag(event.get("do_not_record")),
        do_not_stream=flag(event.get("do_not_stream")),
    )


# -- writing ------------------------------------------------------------------------------------


def document(schedule: ExportSchedule) -> dict[str, Any]:
    """The export as the c3voc ``schedule.json`` structure."""
    days = []
    for day in schedule.days():
        rooms: dict[str, list[dict[str, Any]]] = {}
        for item in day.sessions:
            rooms.setdefault(item.room, []).append(
                {
                    "guid": item.guid,
                    "id": item.number,
                    "date": schedule.local_iso(item.start_ms),
                    "end": schedule.local_iso(item.end_ms),
                    "start": schedule.local_hhmm(item.start_ms),
                    "duration": item.duration_text,
                    "room": item.room,
                    "slug": item.slug,
                    "url": item.url,
                    "title": item.title,
                    "subtitle": item.subtitle,
                    "track": item.track or None,
                    "type": item.type,
                    "language": ",".join(item.languages) or None,
                    "abstract": item.abstract,
                    "do_not_record": item.do_not_record,
                    "do_not_stream": item.do_not_stream,
                    "persons": [{"name": p.name, "guid": p.guid} for p in item.persons],
                    "links": [],
                }
            )
        days.append(
            {
                "index": day.index,
                "date": day.date.isoformat(),
                "day_start": schedule.local_iso(day.start_ms),
                "day_end": schedule.local_iso(day.end_ms),
                "rooms": rooms,
            }
        )
    body: dict[str, Any] = {"version": schedule.version_label}
    if schedule.base_url:
        body["base_url"] = schedule.base_url
    first, last = schedule.span()
    body["conference"] = {
        "acronym": schedule.acronym,
        "title": schedule.title,
        "start": first.isoformat(),
        "end": last.isoformat(),
        "daysCount": len(days),
        "timeslot_duration": "00:05",
        "time_zone_name": schedule.zone.key,
        "rooms": [
            {"name": r.name, "guid": r.guid, "capacity": r.capacity} for r in schedule.rooms()
        ],
        "days": days,
    }
    return {
        "$schema": C3VOC_SCHEMA_URL,
        "generator": {"name": "wufops", "version": schedule.generator_version},
        "schedule": body,
    }


def write(schedule: ExportSchedule) -> bytes:
    """The export as ``schedule.json`` (UTF-8)."""
    return json.dumps(document(schedule), ensure_ascii=False, indent=1).encode("utf-8")
