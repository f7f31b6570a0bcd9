"""Schedule interchange: the standard schedule formats in and out (docs/scheduling.md,
"Formats"). Qt-free; a domain package above the scheduling engine (``wufops.schedule``).

**Import** — format recognised from the content (:func:`read_path`, :func:`read_bytes`):

- frab/c3voc ``schedule.json`` (:mod:`.c3voc_json`), validated against the c3voc schema;
- frab ``schedule.xml`` (:mod:`.frab_xml`), validated against the XSD (lxml);
- pretalx's exports of both (:mod:`.pretalx`: how they are recognised and what they do
  differently);
- Indico's timetable export from its HTTP API (:mod:`.indico`).

Each reader gives a :class:`~.model.Document` (frozen values: conference, rooms, sessions
with GUIDs, persons) with the deviations it tolerated, or refuses the file with
:class:`~.model.ImportRefused` (stable ``code``, JSON path or XML line). The reconciler
(:mod:`.reconcile`: :func:`plan_import`, :func:`run_import`) turns a document into what is
added, changed and removed — idempotent by the source's GUID — and writes it in one
transaction through the op log.

**Export** — :func:`load` gives an :class:`~.exporting.ExportSchedule` (every placed session
not cancelled, or the last release), :meth:`~.exporting.ExportSchedule.subset` narrows it
(a room, a speaker, a stream channel…) under a title, :func:`render` writes it:
``json`` (c3voc schedule.json), ``xml`` (frab schedule.xml), ``ical`` (RFC 5545), ``csv``.
Other capabilities (stream channels) export through the same two calls::

    schedule = load(conn, event_id)
    data = render("ical", schedule.subset(channel_session_ids, title="WUF13 — Channel 1"),
                  now_ms=clock.now_ms())
"""

from __future__ import annotations

from wufops.schedule_io import c3voc_json, csv_out, frab_xml, ical
from wufops.schedule_io.detect import read_bytes, read_path
from wufops.schedule_io.exporting import ExportError, ExportSchedule, ExportSession, load
from wufops.schedule_io.model import Deviation, Document, ImportRefused, Where
from wufops.schedule_io.reconcile import Plan, plan_import, run_import

#: export formats, as the command line names them
EXPORT_FORMATS: tuple[str, ...] = ("json", "xml", "ical", "csv")


def render(fmt: str, schedule: ExportSchedule, *, now_ms: int = 0) -> bytes:
    """``schedule`` in ``fmt`` (one of :data:`EXPORT_FORMATS`); ``now_ms`` stamps iCalendar
    files (DTSTAMP)."""
    if fmt == "json":
        return c3voc_json.write(schedule)
    if fmt == "xml":
        return frab_xml.write(schedule)
    if fmt == "ical":
        return ical.write(schedule, now_ms=now_ms)
    if fmt == "csv":
        return csv_out.write(schedule)
    raise ExportError("unknown_format", f"format {fmt!r}: one of {', '.join(EXPORT_FORMATS)}")


__all__ = [
    "EXPORT_FORMATS",
    "Deviation",
    "Document",
    "ExportError",
    "ExportSchedule",
    "ExportSession",
    "ImportRefused",
    "Plan",
    "Where",
    "load",
    "plan_import",
    "read_bytes",
    "read_path",
    "render",
    "run_import",
]
