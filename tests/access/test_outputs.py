"""The access outputs read back from real files: day sheets (PDF through poppler's
``pdftotext`` and ``pdftoppm``), provider calendars (parsed by ``icalendar``) and the hours
CSV (parsed by ``csv``), on a demo event with a hand-made plan whose days are known
(``tests/access/staging.py``)."""

from __future__ import annotations

import csv
import io
import subprocess
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from PIL import Image

from tests.access.staging import ARABIC, CHINESE, DEVANAGARI, NOW, TITLES, Staged, stage
from tests.tools import require_tool
from wufops.access.duty import DutyRules, Gap, Stint
from wufops.access.hours import COLUMNS
from wufops.access.outputs import HOURS_FILE, file_stem, load_days, write_outputs
from wufops.demo import generate
from wufops.store.database import connect

BAKU = ZoneInfo("Asia/Baku")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("access-outputs") / "demo.db"
    generate(path, seed=7, attendees=50)
    return path


@pytest.fixture
def staged(demo: Path, tmp_path: Path) -> Staged:
    return stage(demo, tmp_path / "event.db")


def _days(staged: Staged) -> dict[str, list]:  # type: ignore[type-arg]
    conn = connect(staged.path)
    try:
        _, days = load_days(conn, staged.event_id, DutyRules())
    finally:
        conn.close()
    out: dict[str, list] = {}  # type: ignore[type-arg]
    for day in days:
        out.setdefault(day.provider.id, []).append(day)
    return out


def test_a_day_is_arrival_sessions_travel_and_rest(staged: Staged) -> None:
    days = _days(staged)
    (day,) = days[staged.captioner]
    kinds = [i.kind if isinstance(i, Gap) else "session" for i in day.items]
    assert kinds == ["session", "travel", "session", "rest", "session"]
    travel = day.items[1]
    assert isinstance(travel, Gap) and travel.minutes == 15 and not travel.short
    assert travel.to_room == staged.rooms[1]
    assert datetime.fromtimestamp(day.arrive_ms / 1000, BAKU).strftime("%H:%M") == "09:30"
    assert day.assigned_min == 90 + 75 + 60
    assert day.on_site_min == 330  # 09:30 to 15:00
    assert day.longest_stretch_min == 180  # 10:00 to 13:00: travel is not a rest
    first = day.items[0]
    assert isinstance(first, Stint)
    assert first.partners == (CHINESE,)
    assert first.others == (f"International Sign interpreting: {DEVANAGARI}",)
    (interpreter_day,) = days[staged.interpreter]
    assert [s.row.session_id for s in interpreter_day.stints] == [staged.sessions[0]]


def _pdf_text(path: Path) -> str:
    require_tool("pdftoppm")
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return done.stdout.decode("utf-8")


def test_sheets_calendars_and_hours_read_back(staged: Staged, tmp_path: Path) -> None:
    conn = connect(staged.path)
    try:
        result = write_outputs(conn, staged.event_id, tmp_path / "out", now_ms=NOW)
    finally:
        conn.close()
    assert result.missing == ()
    files = {f.provider_id: f for f in result.providers}
    assert set(files) == {staged.captioner, staged.partner, staged.interpreter}
    mine = files[staged.captioner]
    assert mine.pdf.name == file_stem(ARABIC, staged.captioner) + ".pdf"
    assert (mine.days, mine.assignments, mine.pages) == (1, 3, 1)

    # the day sheet, as poppler reads it
    text = _pdf_text(mine.pdf)
    flat = " ".join(text.split())
    assert "Day sheet for Tuesday 19 May 2026" in flat
    assert "Arrive by 09:30 at " + staged.rooms[0] in flat
    assert "Asia/Baku, UTC+04:00" in flat
    assert "10:00–11:30" in flat and "11:45–13:00" in flat and "14:00–15:00" in flat
    assert f"Travel to {staged.rooms[1]} (15 min)" in flat
    assert "Rest (1 h)" in flat
    assert CHINESE in flat and DEVANAGARI in flat
    assert TITLES[2] in flat
    for word in TITLES[1].split() + ARABIC.split():  # right to left: each word, either order
        assert word in flat or word[::-1] in flat, word
    assert "In sessions: 3 h 45 min (3 sessions)." in flat
    assert "On site: 5 h 30 min, from 09:30 to 15:00." in flat

    # …and as it looks: a rendered page with ink on it
    require_tool("pdftoppm")
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", str(mine.pdf), str(tmp_path / "page")],
        check=True,
        timeout=60,
    )
    (png,) = sorted(tmp_path.glob("page-*.png"))
    image = Image.open(png).convert("L")
    dark = sum(image.histogram()[:128])
    assert dark > 2000, "the page is (nearly) blank"

    # the provider's calendar
    calendar = Calendar.from_ical(mine.ics.read_bytes())
    assert str(calendar["x-wr-timezone"]) == "Asia/Baku"
    events = sorted(calendar.walk("VEVENT"), key=lambda e: e.decoded("dtstart"))
    assert len(events) == 3
    assert len({str(e["uid"]) for e in events}) == 3
    starts = [e.decoded("dtstart").astimezone(BAKU).strftime("%H:%M") for e in events]
    assert starts == ["10:00", "11:45", "14:00"]
    assert all(str(e["summary"]).startswith("English captions — ") for e in events)
    assert str(events[0]["x-wufops-partners"]) == CHINESE
    assert "arrive by 09:30" in str(events[0]["description"])
    assert "Travel from the room before: 15 min." in str(events[1]["description"])
    assert [str(e["x-wufops-service"]) for e in events] == ["captions"] * 3

    # the contractors' hours
    raw = result.hours.read_bytes()
    assert result.hours.name == HOURS_FILE and raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert tuple(rows[0]) == COLUMNS
    by_id = {r["provider_id"]: r for r in rows}
    row = by_id[staged.captioner]
    assert row["provider"] == ARABIC and row["date"] == "2026-05-19"
    assert (row["arrive"], row["first_start"], row["last_end"]) == ("09:30", "10:00", "15:00")
    assert (row["sessions"], row["assigned_min"], row["on_site_min"]) == ("3", "225", "330")
    assert row["on_site_hours"] == "5.50"
    assert by_id[staged.partner]["sessions"] == "1"
    assert len(rows) == 3


def test_a_long_day_continues_on_a_second_page(tmp_path: Path) -> None:
    from wufops.access.duty import duty_days
    from wufops.access.sheets import day_sheets_pdf
    from wufops.store.access_sheets import DutyRow, ProviderRow

    provider = ProviderRow("p1", "Aysel Məmmədova", "captioner", False)
    day0 = 1_779_163_200_000  # 08:00 in Baku
    rows = [
        DutyRow(f"s{n}", "p1", f"x{n}", f"Session {n} on a long title that wraps " * 2,
                "dialogue", f"r{n % 3}", f"Room {n % 3}", day0 + n * 25 * 60_000,
                day0 + n * 25 * 60_000 + 20 * 60_000, "captions", "en", 1, "confirmed", False)
        for n in range(30)
    ]  # fmt: skip
    days = duty_days(rows, [provider], BAKU)
    sheet = day_sheets_pdf(days, event_name="WUF13", zone=BAKU, made_ms=NOW)
    assert sheet.pages >= 2 and sheet.missing == ()
    path = tmp_path / "long.pdf"
    path.write_bytes(sheet.data)
    pages = _pdf_text(path).split("\f")
    assert "(continued)" in " ".join(pages[1].split())
    flat = " ".join(" ".join(pages).split())
    assert all(f"Session {n} on a long" in flat for n in range(30))
    assert "In sessions: 10 h (30 sessions)." in flat
