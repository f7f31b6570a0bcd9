"""Day sheets: one PDF per provider, one page (or more) per day they work.

A day sheet says, in the event's time zone: when to arrive and where (the arrival lead
before the first session), then each assignment in order — time, room, session title,
service, the partner(s) of the team and who else works the session — with what the time
between two assignments is for (travel to the next room, a rest, a short break; an overlap
is printed as such, never hidden), and at the foot the day's minutes in sessions, on site,
and the longest stretch without a rest. Names and titles in any script are shaped and set in
the bundled fonts (``wufops.access.sheet_pdf``). English text, like the operations report.

    result = day_sheets_pdf(days_of_one_provider, event_name="WUF13", zone=zone, made_ms=now)
    Path("sheet.pdf").write_bytes(result.data)
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from wufops.access.duty import DutyDay, Gap, Stint, local, minutes_text
from wufops.access.sheet_pdf import MARGIN, PAGE_W, Composer
from wufops.badges.layout import MM

#: table columns: (heading, width in mm); together the page's width inside the margins
COLUMNS: tuple[tuple[str, float], ...] = (
    ("Time", 24),
    ("Room", 30),
    ("Session", 62),
    ("Service", 28),
    ("With", 36),
)
_BODY = 9.0
_SMALL = 7.5
_PAD = 1.6 * MM


@dataclass(frozen=True)
class SheetResult:
    data: bytes
    pages: int
    #: characters no bundled font has (left out of the sheet)
    missing: tuple[str, ...]


def _hhmm(ms: int, zone: ZoneInfo) -> str:
    return local(ms, zone).strftime("%H:%M")


def _offset(ms: int, zone: ZoneInfo) -> str:
    offset = local(ms, zone).strftime("%z")
    return f"UTC{offset[:3]}:{offset[3:]}"


def _columns() -> list[tuple[float, float]]:
    """(x, width) of each column in points, a little padding inside."""
    out, x = [], MARGIN
    for _, width in COLUMNS:
        out.append((x + _PAD / 2, width * MM - _PAD))
        x += width * MM
    return out


def _gap_text(gap: Gap, travel_min: int) -> str:
    if gap.kind == "overlap":
        return (
            f"Overlap: the next assignment starts {gap.minutes} min before this one ends — "
            "ask the coordinator."
        )
    if gap.kind == "travel":
        if gap.short:
            return (
                f"Travel to {gap.to_room}: only {gap.minutes} min "
                f"({travel_min} min are planned for a change of room)."
            )
        return f"Travel to {gap.to_room} ({minutes_text(gap.minutes)})"
    if gap.kind == "rest":
        return f"Rest ({minutes_text(gap.minutes)})"
    return f"Break ({minutes_text(gap.minutes)})"


class _Sheet:
    def __init__(self, pdf: Composer, zone: ZoneInfo, event_name: str, made: str) -> None:
        self.pdf = pdf
        self.zone = zone
        self.event_name = event_name
        self.made = made
        self.cols = _columns()
        self.width = PAGE_W - 2 * MARGIN

    def header(self, day: DutyDay, continued: bool) -> None:
        pdf = self.pdf
        pdf.new_page()
        when = day.day.strftime("%A %d %B %Y")
        pdf.text(
            self.event_name,
            x=MARGIN,
            top=pdf.y,
            size=_SMALL,
            width=self.width,
            grey=0.4,
            align_right=True,
        )
        pdf.y -= pdf.text(
            day.provider.name, x=MARGIN, top=pdf.y, size=17, width=150 * MM, bold=True
        )
        title = f"Day sheet for {when}" + (" (continued)" if continued else "")
        pdf.y -= pdf.text(title, x=MARGIN, top=pdf.y, size=12, width=self.width, bold=True)
        note = (
            f"Times are local to the event ({self.zone.key}, {_offset(day.arrive_ms, self.zone)})."
        )
        pdf.y -= pdf.text(note, x=MARGIN, top=pdf.y, size=_SMALL, width=self.width, grey=0.35)
        pdf.y -= 3 * MM

    def arrival(self, day: DutyDay, arrival_min: int) -> None:
        pdf = self.pdf
        text = (
            f"Arrive by {_hhmm(day.arrive_ms, self.zone)} at {day.first_room} — "
            f"{arrival_min} min before your first session."
        )
        height = pdf.measure(text, size=11, width=self.width - 4 * MM, bold=True) + 4 * MM
        pdf.fill(MARGIN, pdf.y - height, self.width, height, 0.9)
        pdf.text(
            text,
            x=MARGIN + 2 * MM,
            top=pdf.y - 2 * MM,
            size=11,
            width=self.width - 4 * MM,
            bold=True,
        )
        pdf.y -= height + 3 * MM

    def table_head(self) -> None:
        pdf = self.pdf
        height = 1.28 * _BODY + 2 * MM
        pdf.fill(MARGIN, pdf.y - height, self.width, height, 0.82)
        for (heading, _), (x, width) in zip(COLUMNS, self.cols, strict=True):
            pdf.text(heading, x=x, top=pdf.y - 1 * MM, size=_BODY, width=width, bold=True)
        pdf.y -= height

    def _stint_cells(self, stint: Stint) -> list[tuple[str, float, bool]]:
        row = stint.row
        with_text = ", ".join(stint.partners) if stint.partners else "—"
        return [
            (f"{_hhmm(row.start_ms, self.zone)}–{_hhmm(row.end_ms, self.zone)}", _BODY, True),
            (row.room, _BODY, False),
            (row.title, _BODY, False),
            (stint.service, _BODY, False),
            (with_text, _BODY, False),
        ]

    def stint_height(self, stint: Stint) -> float:
        heights = [
            self.pdf.measure(text, size=size, width=width, bold=bold)
            for (text, size, bold), (_, width) in zip(
                self._stint_cells(stint), self.cols, strict=True
            )
        ]
        others = self._others(stint)
        if others:
            heights[-1] += self.pdf.measure(others, size=_SMALL, width=self.cols[-1][1])
        return max(heights) + 2 * MM

    @staticmethod
    def _others(stint: Stint) -> str:
        return "Also: " + "; ".join(stint.others) if stint.others else ""

    def stint(self, stint: Stint) -> None:
        pdf = self.pdf
        top = pdf.y - 1 * MM
        used = 0.0
        for (text, size, bold), (x, width) in zip(self._stint_cells(stint), self.cols, strict=True):
            used = pdf.text(text, x=x, top=top, size=size, width=width, bold=bold)
        others = self._others(stint)
        if others:
            x, width = self.cols[-1]
            pdf.text(others, x=x, top=top - used, size=_SMALL, width=width, grey=0.35)
        pdf.y -= self.stint_height(stint)
        pdf.rule(pdf.y)

    def gap_height(self, text: str) -> float:
        return self.pdf.measure(text, size=_SMALL + 0.5, width=self.width - 30 * MM) + 1.6 * MM

    def gap(self, gap: Gap, text: str) -> None:
        pdf = self.pdf
        x, _ = self.cols[1]
        height = self.gap_height(text)
        if gap.kind == "overlap":
            pdf.fill(MARGIN, pdf.y - height, self.width, height, 0.75)
        when = f"{_hhmm(gap.start_ms, self.zone)}–{_hhmm(gap.end_ms, self.zone)}"
        pdf.text(
            when,
            x=self.cols[0][0],
            top=pdf.y - 0.8 * MM,
            size=_SMALL + 0.5,
            width=self.cols[0][1],
            grey=0.3,
        )
        pdf.text(
            text,
            x=x,
            top=pdf.y - 0.8 * MM,
            size=_SMALL + 0.5,
            width=self.width - 30 * MM,
            grey=0.3 if gap.kind != "overlap" else 0.0,
            bold=gap.kind == "overlap",
        )
        pdf.y -= height
        pdf.rule(pdf.y)

    def footer(self, day: DutyDay) -> None:
        pdf = self.pdf
        count = len(day.stints)
        sessions = "1 session" if count == 1 else f"{count} sessions"
        lines = [
            f"In sessions: {minutes_text(day.assigned_min)} ({sessions}).",
            f"On site: {minutes_text(day.on_site_min)}, from {_hhmm(day.arrive_ms, self.zone)} "
            f"to {_hhmm(day.end_ms, self.zone)}.",
            f"Longest stretch without a rest: {minutes_text(day.longest_stretch_min)}.",
        ]
        pdf.y -= 3 * MM
        for line in lines:
            pdf.y -= pdf.text(line, x=MARGIN, top=pdf.y, size=_BODY, width=self.width)
        pdf.y -= 2 * MM
        pdf.text(self.made, x=MARGIN, top=pdf.y, size=_SMALL - 1, width=self.width, grey=0.5)


def day_sheets_pdf(
    days: Sequence[DutyDay],
    *,
    event_name: str,
    zone: ZoneInfo,
    made_ms: int,
    arrival_min: int = 30,
    travel_min: int = 15,
) -> SheetResult:
    """The day sheets of ``days`` (one provider's, usually) as one PDF, a page per day."""
    out = io.BytesIO()
    who = days[0].provider.name if days else ""
    pdf = Composer(out, f"{event_name} — day sheets — {who}")
    made = f"Made by WUF Ops on {local(made_ms, zone).strftime('%d %b %Y %H:%M')} ({zone.key})."
    sheet = _Sheet(pdf, zone, event_name, made)
    footer_room = 28 * MM
    for day in days:
        sheet.header(day, continued=False)
        sheet.arrival(day, arrival_min)
        sheet.table_head()
        for item in day.items:
            if isinstance(item, Stint):
                height = sheet.stint_height(item)
            else:
                text = _gap_text(item, travel_min)
                height = sheet.gap_height(text)
            if height > pdf.room_left() - (footer_room if item is day.items[-1] else 0):
                sheet.header(day, continued=True)
                sheet.table_head()
            if isinstance(item, Stint):
                sheet.stint(item)
            else:
                sheet.gap(item, text)
        if pdf.room_left() < footer_room:
            sheet.header(day, continued=True)
        sheet.footer(day)
    pdf.close()
    return SheetResult(out.getvalue(), pdf.pages, tuple(sorted(pdf.missing)))
