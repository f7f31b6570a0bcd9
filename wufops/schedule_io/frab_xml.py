"""The frab ``schedule.xml`` (pretalx's too): reading it into a
:class:`~wufops.schedule_io.model.Document`, and writing one that validates against the XSD
(resources/schedule_format/schedule.xml.xsd).

**Reading.** Parsed by lxml with no entities, no DTD and no network
(:func:`~wufops.schedule_io.schemas.safe_parser`; a file declaring a DTD is refused, so no
entity can read a local file or expand a billion laughs), then validated against the XSD; each XSD
error carries its line. Value errors (acronym, slug, URL, GUID, code patterns), attributes and
elements the XSD does not declare, and duplicate ids, codes and slugs are tolerated and
reported; missing elements and attributes, a structural element where it does not belong
(``<event>`` outside a ``<room>``) and two events with one GUID are refused, naming the line.
Then every ``day/room/event`` is read: GUID, ``date`` plus ``duration``, room, title,
subtitle, abstract, track, type, language, URL, ``recording/optout`` (do not record) and
persons (name, ``id``, ``guid``, pretalx's ``code``).

**Writing** (:func:`write`): generator, version (the release version), conference (acronym,
title, start, end, days, timeslot_duration, base_url, time_zone_name), then per day and room
each event with every element the XSD requires; ``url`` only when it is an http(s) URL (the
XSD's ``httpURI``). The XML format has no ``do_not_stream``.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from lxml import etree

from wufops.schedule_io import pretalx
from wufops.schedule_io.exporting import ExportSchedule
from wufops.schedule_io.model import (
    FIELDS,
    Conference,
    Document,
    Entry,
    ImportRefused,
    SourceRoom,
    Where,
)
from wufops.schedule_io.schemas import frab_xsd, safe_parser
from wufops.schedule_io.tolerance import STRUCTURAL
from wufops.schedule_io.values import (
    Notes,
    check_span,
    duration_min,
    flag,
    guid,
    instant,
    languages,
    offset_mismatch,
    person,
    room_guids,
    text,
    url,
    zone,
)

_ELEMENT = re.compile(r"^Element '([^']+)'(?:, attribute '([^']+)')?: (.*)$", re.S)
_CONSTRAINT = re.compile(r"identity-constraint '([a-z_]+)'")
_VALUE_CODES = {
    "acronym": "acronym_pattern",
    "slug": "slug_pattern",
    "code": "code_pattern",
    "url": "url_format",
    "logo": "url_format",
    "base_url": "url_format",
    "feedback_url": "url_format",
    "origin_url": "url_format",
    "video_download_url": "url_format",
    "link": "url_format",
    "guid": "guid_format",
    "date": "time_format",
    "start": "time_format",
    "end": "time_format",
    "duration": "duration_format",
    "timeslot_duration": "duration_format",
    "color": "color_format",
    "primary": "color_format",
    "background": "color_format",
}
#: duplicates the XSD forbids that the import tolerates (pretalx repeats ``id`` for a
#: session held twice); a duplicate GUID is refused
_UNIQUE_CODES = {
    "id_unique": "duplicate_id",
    "code_unique": "duplicate_code",
    "slug_unique": "duplicate_slug",
    "day_index_unique": "duplicate_day_index",
}
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def looks_like(data: bytes) -> bool:
    """XML (after an optional byte-order mark and whitespace)."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


def parse(data: bytes) -> etree._ElementTree:
    """The XML tree; refuses a file that is not well-formed (``bad_xml``, with its line)."""
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as error:
        line = error.lineno or 0
        raise ImportRefused(
            "bad_xml", f"not well-formed XML: {error.msg}", Where(line=line)
        ) from None
    if root is None:
        raise ImportRefused("bad_xml", "the file holds no XML element")
    tree = root.getroottree()
    if tree.docinfo.internalDTD is not None or tree.docinfo.doctype:
        # entities are never expanded, but a file that declares them is not a schedule export
        raise ImportRefused(
            "bad_xml",
            "the file declares a DTD (<!DOCTYPE …>); schedule files do not",
            Where(line=1),
        )
    return tree


def read(data: bytes) -> Document:
    """Validate and read a ``schedule.xml``; raises :class:`ImportRefused`."""
    tree = parse(data)
    root = tree.getroot()
    if root.tag != "schedule":
        raise ImportRefused(
            "unknown_format",
            f"an XML file whose root is <{root.tag!s}>, not <schedule>",
            Where(tree.getpath(root), root.sourceline or 0),
        )
    notes = Notes()
    _validate(tree, notes)
    return _read(tree, notes)


def _validate(tree: etree._ElementTree, notes: Notes) -> None:
    schema = frab_xsd()
    try:
        if schema.validate(tree):
            return
    except etree.XMLSchemaValidateError as error:
        raise ImportRefused("schema_violation", f"cannot be validated: {error}") from None
    refusals: list[ImportRefused] = []
    for entry in schema.error_log:
        where = Where(entry.path or "", entry.line or 0)
        found = _ELEMENT.match(entry.message or "")
        element, attribute, said = found.groups() if found else ("", None, entry.message or "")
        name = attribute or element
        kind = entry.type_name or ""
        if kind == "SCHEMAV_CVC_IDC":
            constraint = _CONSTRAINT.search(said)
            if constraint is None:
                continue  # "no precomputed value": follows a value error already noted
            if constraint.group(1) == "guid_unique":
                refusals.append(ImportRefused("duplicate_guid", said.strip(), where))
            else:
                notes.add(_UNIQUE_CODES.get(constraint.group(1), "duplicate_value"), where, said)
        elif kind.startswith("SCHEMAV_CVC_COMPLEX_TYPE_3_2"):
            notes.add(
                "extra_property", where, f"attribute {name!r} is not in the XSD: not imported"
            )
        elif kind == "SCHEMAV_CVC_COMPLEX_TYPE_4":
            refusals.append(ImportRefused("missing_field", said.strip(), where))
        elif kind == "SCHEMAV_ELEMENT_CONTENT":
            if "Missing child element" in said:
                refusals.append(ImportRefused("missing_field", said.strip(), where))
            elif element in STRUCTURAL or element in ("generator", "version"):
                refusals.append(
                    ImportRefused("misplaced_object", f"<{element}> does not belong here", where)
                )
            else:
                notes.add(
                    "extra_property", where, f"<{element}> is not expected here: not imported"
                )
        elif kind.startswith("SCHEMAV_CVC_COMPLEX_TYPE_2"):
            refusals.append(ImportRefused("wrong_type", said.strip(), where))
        elif kind.startswith("SCHEMAV_CVC_") and kind != "SCHEMAV_CVC_ELT_1":
            notes.add(_VALUE_CODES.get(name, "value_format"), where, said.strip())
        else:
            refusals.append(ImportRefused("schema_violation", said.strip()[:300], where))
    if refusals:
        order = ("misplaced_object", "wrong_type", "missing_field", "duplicate_guid")
        refusals.sort(key=lambda r: (order.index(r.code) if r.code in order else 9, r.where.line))
        raise refusals[0]


def _child(element: Any, tag: str) -> Any:
    return element.find(tag)


def _text(element: Any, tag: str) -> str | None:
    found = element.find(tag)
    return None if found is None else (found.text or "")


def _where(tree: etree._ElementTree, element: Any) -> Where:
    return Where(tree.getpath(element), element.sourceline or 0)


def _read(tree: etree._ElementTree, notes: Notes) -> Document:
    root = tree.getroot()
    conf = root.find("conference")
    if conf is None:
        raise ImportRefused("missing_field", "<conference> is required", _where(tree, root))
    where_conf = _where(tree, conf)
    generator = root.find("generator")
    acronym = (_text(conf, "acronym") or "").strip()
    title = text(_text(conf, "title"), "title", where_conf, notes) or acronym
    if not acronym and not title:
        raise ImportRefused(
            "missing_field", "the conference needs an acronym or a title", where_conf
        )
    origin = "schedule:" + (acronym.lower() or title.casefold())
    zone_name = _text(conf, "time_zone_name")
    local = zone(zone_name.strip() if zone_name else None)
    if zone_name and local is None:
        notes.add("time_zone_unknown", where_conf, f"{zone_name!r} is not an IANA time zone")
    base = (_text(conf, "base_url") or "").strip()
    events = [e for e in root.iterfind("day/room/event")]
    dialect = (
        pretalx.generator_dialect(generator.get("name") if generator is not None else None)
        or (
            "pretalx"
            if any(p.get("code") for p in root.iterfind("day/room/event/persons/person"))
            else None
        )
        or "frab"
    )
    conference = Conference(
        title=title,
        acronym=acronym,
        time_zone=local.key if local else None,
        first_day=_day(_text(conf, "start")),
        last_day=_day(_text(conf, "end")),
        version=(_text(root, "version") or "").strip()[:100],
    )
    rooms: dict[str, SourceRoom] = {}
    own_guids = room_guids(
        ((r.get("name") or "").strip(), r.get("guid")) for r in root.iterfind("day/room")
    )
    entries: list[Entry] = []
    seen: dict[str, int] = {}
    for event in events:
        room_el = event.getparent()
        room_name = (room_el.get("name") or "").strip() if room_el is not None else ""
        entry = _entry(tree, event, room_name, origin=origin, base=base, local=local, notes=notes)
        if entry is None:
            continue
        if entry.guid in seen:
            raise ImportRefused(
                "duplicate_guid",
                f"GUID {entry.guid} already names the session on line {seen[entry.guid]}",
                entry.where,
            )
        seen[entry.guid] = entry.where.line
        if entry.room and entry.room not in rooms:
            rooms[entry.room] = SourceRoom(entry.room, guid=own_guids.get(entry.room))
        entries.append(entry)
    return Document(
        format="frab-xml",
        dialect=dialect,
        origin=origin,
        conference=conference,
        rooms=tuple(rooms.values()),
        entries=tuple(entries),
        deviations=tuple(notes.kept),
        carries=FIELDS - {"do_not_stream"},
    )


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip()[:10]).date()
    except ValueError:
        return None


def _entry(
    tree: etree._ElementTree,
    event: Any,
    room_name: str,
    *,
    origin: str,
    base: str,
    local: Any,
    notes: Notes,
) -> Entry | None:
    where = _where(tree, event)

    def at(tag: str) -> Where:
        found = event.find(tag)
        return where if found is None else _where(tree, found)

    raw_guid = (event.get("guid") or "").strip()
    if not raw_guid:
        raise ImportRefused("missing_field", "an event needs a guid attribute", where)
    title = text(_text(event, "title"), "title", at("title"), notes)
    if not title:
        raise ImportRefused("missing_field", "a session needs a title", at("title"))
    key = guid(raw_guid, where, notes)
    date_text = _text(event, "date")
    if date_text is None:
        raise ImportRefused("missing_field", "a session needs a date", where)
    start_ms = instant(date_text, at("date"), notes, local)
    duration = _text(event, "duration")
    if duration is None:
        raise ImportRefused("missing_field", "a session needs a duration", where)
    end_ms = start_ms + duration_min(duration, at("duration")) * 60_000
    if end_ms == start_ms:
        notes.add("zero_duration", where, f"“{title}” lasts 0 minutes: not imported")
        return None
    check_span(start_ms, end_ms, where)
    if offset_mismatch(start_ms, date_text, local):
        notes.once(
            "time_zone_offset",
            at("date"),
            f"{date_text!r} does not carry the offset of {getattr(local, 'key', '')}: each "
            "time's own offset is used",
        )
    room = text(_text(event, "room"), "name", at("room"), notes) or room_name
    if not room:
        raise ImportRefused("missing_field", "a session needs a room", where)
    if room_name and room != room_name:
        notes.add("room_mismatch", at("room"), f"listed under {room_name!r}: placed in {room!r}")
    persons = []
    keys: set[str] = set()
    for element in event.iterfind("persons/person"):
        number = element.get("id")
        found = person(
            element.text,
            _where(tree, element),
            notes,
            origin=origin,
            guid_text=element.get("guid"),
            code_key=pretalx.code_key(origin, element.get("code")),
            number=int(number)
            if number and number.strip().isdigit() and len(number) < 18
            else None,
        )
        if found.key not in keys:
            keys.add(found.key)
            persons.append(found)
    recording = event.find("recording")
    optout = _text(recording, "optout") if recording is not None else None
    return Entry(
        guid=key,
        title=title,
        where=where,
        start_ms=start_ms,
        end_ms=end_ms,
        duration_min=(end_ms - start_ms) // 60_000,
        room=room,
        type=text(_text(event, "type"), "track", at("type"), notes),
        subtitle=text(_text(event, "subtitle"), "subtitle", at("subtitle"), notes),
        abstract=text(_text(event, "abstract"), "abstract", at("abstract"), notes),
        track=text(_text(event, "track"), "track", at("track"), notes),
        url=url(_text(event, "url"), base, at("url"), notes),
        languages=languages(_text(event, "language"), at("language"), notes),
        persons=tuple(persons),
        do_not_record=flag(optout),
    )


# -- writing ------------------------------------------------------------------------------------


def _clean(value: str) -> str:
    return _ILLEGAL_XML.sub("\ufffd", value)


def _add(parent: Any, tag: str, value: str | None = None, **attributes: str) -> Any:
    element = etree.SubElement(parent, tag, {k: _clean(v) for k, v in attributes.items()})
    if value is not None:
        element.text = _clean(value)
    return element


def _http(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def write(schedule: ExportSchedule) -> bytes:
    """The export as ``schedule.xml`` (UTF-8)."""
    root = etree.Element("schedule")
    _add(root, "generator", name="wufops", version=schedule.generator_version)
    _add(root, "version", schedule.version_label)
    conf = _add(root, "conference")
    first, last = schedule.span()
    days = schedule.days()
    _add(conf, "acronym", schedule.acronym)
    _add(conf, "title", schedule.title)
    _add(conf, "start", first.isoformat())
    _add(conf, "end", last.isoformat())
    _add(conf, "days", str(len(days)))
    _add(conf, "timeslot_duration", "00:05")
    if _http(schedule.base_url):
        _add(conf, "base_url", schedule.base_url)
    _add(conf, "time_zone_name", schedule.zone.key)
    rooms = {r.name: r for r in schedule.rooms()}
    for day in days:
        day_el = _add(
            root,
            "day",
            index=str(day.index),
            date=day.date.isoformat(),
            start=schedule.local_iso(day.start_ms),
            end=schedule.local_iso(day.end_ms),
        )
        by_room: dict[str, list[Any]] = {}
        for item in day.sessions:
            by_room.setdefault(item.room, []).append(item)
        for room_name in sorted(by_room):
            room = rooms.get(room_name)
            attrs = {"name": room_name}
            if room is not None:
                attrs["guid"] = room.guid
            room_el = _add(day_el, "room", **attrs)
            for item in by_room[room_name]:
                event = _add(room_el, "event", guid=item.guid, id=str(item.number))
                _add(event, "room", item.room)
                _add(event, "title", item.title)
                _add(event, "subtitle", item.subtitle)
                _add(event, "type", item.type)
                _add(event, "date", schedule.local_iso(item.start_ms))
                _add(event, "start", schedule.local_hhmm(item.start_ms))
                _add(event, "duration", item.duration_text)
                _add(event, "abstract", item.abstract)
                _add(event, "slug", item.slug)
                _add(event, "track", item.track)
                persons = _add(event, "persons")
                for p in item.persons:
                    _add(persons, "person", p.name, guid=p.guid)
                if item.languages:
                    _add(event, "language", ",".join(item.languages))
                recording = _add(event, "recording")
                _add(recording, "license", "")
                _add(recording, "optout", "true" if item.do_not_record else "false")
                _add(event, "links")
                if _http(item.url):
                    _add(event, "url", item.url)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
