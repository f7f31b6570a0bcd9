"""Hours per provider per day, as CSV for contractors (interpreting and captioning agencies).

UTF-8 with a byte-order mark and CRLF lines, like the schedule's CSV
(``wufops.schedule_io.csv_out``); a cell that could run as a formula is neutralised the same
way. One row per provider and day worked, by provider name and date; times in the event's
time zone. Columns (:data:`COLUMNS`):

| column | holds |
|---|---|
| ``provider_id``, ``provider``, ``kind`` | who (``interpreter`` / ``captioner``) |
| ``date`` | the local date |
| ``arrive``, ``first_start``, ``last_end`` | local ``HH:MM`` (arrival: the lead before the first) |
| ``sessions`` | assignments that day |
| ``assigned_min`` | minutes in sessions (overlaps once) |
| ``on_site_min`` | minutes from the arrival to the last end: what an agency bills |
| ``on_site_hours`` | the same in hours, two decimals (``5.25``) |
| ``longest_stretch_min`` | the longest run of work without a rest |
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from wufops.access.duty import DutyDay, local
from wufops.schedule_io.csv_out import neutralised

COLUMNS: tuple[str, ...] = (
    "provider_id",
    "provider",
    "kind",
    "date",
    "arrive",
    "first_start",
    "last_end",
    "sessions",
    "assigned_min",
    "on_site_min",
    "on_site_hours",
    "longest_stretch_min",
)


def hours_csv(days: Iterable[DutyDay], zone: ZoneInfo) -> bytes:
    """The hours CSV of ``days`` (:func:`wufops.access.duty.duty_days`)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for day in days:
        stints = day.stints
        cells = (
            day.provider.id,
            day.provider.name,
            day.provider.kind,
            day.day.isoformat(),
            local(day.arrive_ms, zone).strftime("%H:%M"),
            local(stints[0].start_ms, zone).strftime("%H:%M"),
            local(day.end_ms, zone).strftime("%H:%M"),
            str(len(stints)),
            str(day.assigned_min),
            str(day.on_site_min),
            f"{day.on_site_min / 60:.2f}",
            str(day.longest_stretch_min),
        )
        writer.writerow([neutralised(c) for c in cells])
    return out.getvalue().encode("utf-8-sig")
