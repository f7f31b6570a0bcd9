"""iCalendar (RFC 5545) exports: the whole event, one room, one speaker — or any subset
(:meth:`~wufops.schedule_io.exporting.ExportSchedule.subset`) — written with the
``icalendar`` library.

One ``VCALENDAR`` (``X-WR-CALNAME``: the schedule's title; ``X-WR-TIMEZONE`` and a
``VTIMEZONE`` for the event's IANA zone, covering the event's days; ``X-WUFOPS-VERSION``: the
release version label) with one ``VEVENT`` per session: ``UID`` (the session's GUID),
``DTSTAMP`` (when the export was made), ``DTSTART``/``DTEND`` in the event's zone, ``SUMMARY``
(title), ``LOCATION`` (room), ``DESCRIPTION`` (subtitle, speakers, abstract), ``CATEGORIES``
(type, track), ``URL`` (http(s) only), ``STATUS`` (``TENTATIVE`` for a draft, else
``CONFIRMED``), ``SEQUENCE`` (the release version) and each speaker as an ``ATTENDEE`` with
their name (``CN``) and GUID (``urn:uuid:…``) — never an e-mail address.
"""

from __future__ import annotations

from datetime import timedelta

from icalendar import Calendar, Event

from wufops.schedule_io.exporting import ExportSchedule, now_stamp


def write(schedule: ExportSchedule, *, now_ms: int) -> bytes:
    """The export as an ``.ics`` file (UTF-8, CRLF lines); ``now_ms`` stamps it."""
    calendar = Calendar()
    calendar.add("prodid", f"-//WUF Ops//wufops {schedule.generator_version}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", schedule.title)
    calendar.add("x-wr-timezone", schedule.zone.key)
    calendar.add("x-wufops-version", schedule.version_label)
    stamp = now_stamp(now_ms)
    for item in schedule.sessions:
        event = Event()
        event.add("uid", item.guid)
        event.add("dtstamp", stamp)
        event.add("dtstart", schedule.local(item.start_ms))
        event.add("dtend", schedule.local(item.end_ms))
        event.add("summary", item.title)
        event.add("location", item.room)
        lines = []
        if item.subtitle:
            lines.append(item.subtitle)
        if item.persons:
            lines.append("Speakers: " + ", ".join(p.name for p in item.persons))
        if item.abstract:
            lines.append(item.abstract)
        if lines:
            event.add("description", "\n\n".join(lines))
        event.add("categories", [c for c in (item.type, item.track) if c])
        if item.url.startswith(("http://", "https://")):
            event.add("url", item.url)
        event.add("status", "TENTATIVE" if item.status == "draft" else "CONFIRMED")
        event.add("sequence", schedule.version)
        for p in item.persons:
            event.add("attendee", f"urn:uuid:{p.guid}", parameters={"CN": p.name, "ROLE": "CHAIR"})
        calendar.add_component(event)
    first, last = schedule.span()
    calendar.add_missing_timezones(
        first_date=first - timedelta(days=1), last_date=last + timedelta(days=2)
    )
    data: bytes = calendar.to_ical()
    return data
