"""CSV for contractors (AV crews, interpreters' and caption agencies, caterers): one row per
session, UTF-8 with a byte-order mark (spreadsheets then read every script) and CRLF lines.

Columns (:data:`COLUMNS`), times in the event's time zone:

| column | holds |
|---|---|
| ``date`` | the local date the session starts (``2026-05-18``) |
| ``start``, ``end`` | local ``HH:MM`` |
| ``starts_at``, ``ends_at`` | ISO 8601 with the UTC offset (``2026-05-18T10:00:00+04:00``) |
| ``duration_min`` | minutes |
| ``room`` | the room's name |
| ``title``, ``type``, ``track``, ``status``, ``format`` | as in the schedule |
| ``speakers`` | names, ``; ``-separated (never e-mails) |
| ``languages`` | floor languages, ``;``-separated |
| ``access_services`` | services as ``service:language``: ``sign_language:ase; captions:en`` |
| ``expected_audience`` | people expected |
| ``do_not_stream``, ``do_not_record`` | ``yes``/``no`` |
| ``guid``, ``session_id`` | the session's GUID and its id here |
| ``version`` | the release version label of the export |

**Formula injection**: a cell that begins with ``= + - @``, a tab or a carriage return gets a
leading apostrophe (as the attendee export does), so no spreadsheet runs it.
"""

from __future__ import annotations

import csv
import io

from wufops.schedule_io.exporting import ExportSchedule

COLUMNS: tuple[str, ...] = (
    "date",
    "start",
    "end",
    "starts_at",
    "ends_at",
    "duration_min",
    "room",
    "title",
    "type",
    "track",
    "status",
    "format",
    "speakers",
    "languages",
    "access_services",
    "expected_audience",
    "do_not_stream",
    "do_not_record",
    "guid",
    "session_id",
    "version",
)
_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value: str) -> str:
    """``=1+1`` → ``'=1+1``: a spreadsheet shows it, never runs it (``'=…`` stays one
    apostrophe ahead, so the original can be told back)."""
    return "'" + value if value.lstrip("'").startswith(_TRIGGERS) else value


def write(schedule: ExportSchedule) -> bytes:
    """The export as CSV bytes."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for item in schedule.sessions:
        start = schedule.local(item.start_ms)
        end = schedule.local(item.end_ms)
        cells = (
            start.date().isoformat(),
            start.strftime("%H:%M"),
            end.strftime("%H:%M"),
            schedule.local_iso(item.start_ms),
            schedule.local_iso(item.end_ms),
            str(item.minutes),
            item.room,
            item.title,
            item.type,
            item.track,
            item.status,
            item.format,
            "; ".join(p.name for p in item.persons),
            ";".join(item.languages),
            "; ".join(item.access_required),
            str(item.expected_audience),
            "yes" if item.do_not_stream else "no",
            "yes" if item.do_not_record else "no",
            item.guid,
            item.id,
            schedule.version_label,
        )
        writer.writerow([neutralised(c) for c in cells])
    return out.getvalue().encode("utf-8-sig")
