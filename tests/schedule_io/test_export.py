"""Exports of the demo programme: c3voc JSON valid against the schema with every format checked,
frab XML valid against the XSD, iCalendar in the event's time zone, CSV safe to open in a
spreadsheet; the release version carried; ``--released`` the last release as released."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from lxml import etree

from wufops.clock import SystemClock
from wufops.models.schedule import from_iso
from wufops.schedule import core_registry, release_schedule, set_severity
from wufops.schedule_io import load, render
from wufops.schedule_io.csv_out import COLUMNS
from wufops.schedule_io.schemas import c3voc_validator, frab_xsd
from wufops.store.replica import Replica

BAKU = ZoneInfo("Asia/Baku")


@pytest.fixture
def replica(demo_db: Path) -> Replica:
    rep = Replica.open(demo_db, SystemClock())
    yield rep  # type: ignore[misc]  # (a generator fixture)
    rep.close()


def _placed(replica: Replica) -> dict[str, tuple[str, str, str]]:
    return {
        r[0]: (r[1], r[2], r[3])
        for r in replica.conn.execute(
            "SELECT id, room_id, starts_at, ends_at FROM session "
            "WHERE room_id IS NOT NULL AND status != 'cancelled'"
        )
    }


def test_json_export_validates_strictly_against_the_c3voc_schema(replica: Replica) -> None:
    data = json.loads(render("json", load(replica.conn)))
    errors = [f"{e.json_path}: {e.message}" for e in c3voc_validator().iter_errors(data)]
    assert errors == []  # every format checked: uuid, date-time, date, uri
    conf = data["schedule"]["conference"]
    assert conf["acronym"] == "wuf13" and conf["time_zone_name"] == "Asia/Baku"
    assert (conf["start"], conf["end"], conf["daysCount"]) == ("2026-05-17", "2026-05-22", 6)
    events = [e for d in conf["days"] for room in d["rooms"].values() for e in room]
    placed = _placed(replica)
    assert len(events) == len(placed) > 700
    assert {e["guid"] for e in events} == set(placed)  # our own sessions: their ids
    for event in events:
        assert re.fullmatch(r"wuf13-\d+-[a-z0-9_]+", event["slug"])
        assert event["date"].endswith("+04:00") and event["end"].endswith("+04:00")
        assert event["url"] == f"urn:uuid:{event['guid']}"
        assert datetime.fromisoformat(event["date"]).timestamp() * 1000 == from_iso(
            placed[event["guid"]][1]
        )
    assert len({e["id"] for e in events}) == len(events)


def test_absolute_urls_from_a_base_url(replica: Replica) -> None:
    data = json.loads(render("json", load(replica.conn, base_url="https://wuf13.example.org/p/")))
    assert c3voc_validator().is_valid(data)
    event = data["schedule"]["conference"]["days"][1]["rooms"]
    first = next(iter(event.values()))[0]
    assert first["url"] == f"https://wuf13.example.org/p/{first['slug']}"


def test_xml_export_validates_against_the_xsd(replica: Replica) -> None:
    text = render("xml", load(replica.conn))
    tree = etree.fromstring(text).getroottree()
    schema = frab_xsd()
    assert schema.validate(tree), [str(e) for e in schema.error_log][:5]
    assert len(tree.findall("day/room/event")) == len(_placed(replica))
    assert tree.findtext("conference/acronym") == "wuf13"
    assert tree.findtext("version") == "0+draft"


def test_ical_export_is_in_the_events_time_zone(replica: Replica) -> None:
    schedule = load(replica.conn)
    calendar = Calendar.from_ical(render("ical", schedule, now_ms=1_779_000_000_000))
    zones = calendar.walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == ["Asia/Baku"]
    events = calendar.walk("VEVENT")
    placed = _placed(replica)
    assert len(events) == len(placed)
    assert len({str(e["UID"]) for e in events}) == len(events)
    for event in events[:50]:
        start = event["DTSTART"]
        assert start.params["TZID"] == "Asia/Baku"
        assert start.dt.utcoffset().total_seconds() == 4 * 3600
        stored = placed[str(event["UID"])]
        assert start.dt.timestamp() * 1000 == from_iso(stored[1])
        assert event["DTEND"].dt.timestamp() * 1000 == from_iso(stored[2])
        assert event["DTSTAMP"].dt.year == 2026
        assert str(event["STATUS"]) in ("CONFIRMED", "TENTATIVE")


def test_no_export_carries_an_email_address(replica: Replica) -> None:
    emails = {
        r[0].lower()
        for r in replica.conn.execute(
            "SELECT a.email FROM attendee a WHERE a.email != '' AND a.id IN "
            "(SELECT j.value FROM session s, json_each(s.speakers) j)"
        )
    }
    assert len(emails) > 20
    schedule = load(replica.conn)
    for fmt in ("json", "xml", "ical", "csv"):
        text = render(fmt, schedule, now_ms=0).decode("utf-8-sig").lower()
        assert not [e for e in emails if e in text], fmt
        assert "mailto:" not in text


def test_csv_has_the_documented_columns_and_neutralises_formulas(replica: Replica) -> None:
    victim = next(iter(_placed(replica)))
    with replica.batch() as batch:
        batch.update("session", victim, {"title": '=HYPERLINK("http://evil.example","x")'})
    schedule = load(replica.conn)
    rows = list(csv.reader(io.StringIO(render("csv", schedule).decode("utf-8-sig"))))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) - 1 == len(schedule.sessions)
    by_id = {r[COLUMNS.index("session_id")]: r for r in rows[1:]}
    assert by_id[victim][COLUMNS.index("title")] == "'" + '=HYPERLINK("http://evil.example","x")'
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    plenary = next(r for r in rows[1:] if r[COLUMNS.index("type")] == "plenary")
    assert "sign_language:" in plenary[COLUMNS.index("access_services")]
    assert plenary[COLUMNS.index("starts_at")].endswith("+04:00")


def test_released_export_is_the_last_release_as_released(replica: Replica) -> None:
    rules = core_registry()
    for rule in ("room_overlap", "room_unavailable"):
        set_severity(replica, rules, rule, "warn")
    release = release_schedule(replica, rules)
    assert release.version == 1
    released = load(replica.conn, released=True)
    assert released.version_label == "1"
    assert load(replica.conn).version_label == "1+draft"  # placed drafts are not released
    moved = released.sessions[0]
    with replica.batch() as batch:
        later = {
            "room_id": moved.room_id,
            "starts_at": "2026-05-22T12:00:00.000Z",
            "ends_at": "2026-05-22T13:00:00.000Z",
        }
        batch.update("session", moved.id, later)
    again = {s.id: s for s in load(replica.conn, released=True).sessions}
    assert again[moved.id].start_ms == moved.start_ms  # as released
    working = {s.id: s for s in load(replica.conn).sessions}
    assert working[moved.id].start_ms == from_iso("2026-05-22T12:00:00.000Z")
    data = json.loads(render("json", load(replica.conn, released=True)))
    assert data["schedule"]["version"] == "1"
    assert c3voc_validator().is_valid(data)


def test_a_subset_under_its_own_title_for_other_exports(replica: Replica) -> None:
    """The entry point stream channels use: load once, narrow, render."""
    schedule = load(replica.conn)
    chosen = [s.id for s in schedule.sessions[:25]]
    channel = schedule.subset(chosen, title="WUF13 — Channel 1")
    data = json.loads(render("json", channel))
    assert c3voc_validator().is_valid(data)
    assert data["schedule"]["conference"]["title"] == "WUF13 — Channel 1"
    events = [
        e for d in data["schedule"]["conference"]["days"] for r in d["rooms"].values() for e in r
    ]
    assert sorted(e["guid"] for e in events) == sorted(chosen)
    full = {s.id: s.number for s in schedule.sessions}
    assert all(full[e["guid"]] == e["id"] for e in events)  # the same numbers as in the whole
    calendar = Calendar.from_ical(render("ical", channel, now_ms=0))
    assert str(calendar["X-WR-CALNAME"]) == "WUF13 — Channel 1"
    assert len(calendar.walk("VEVENT")) == 25
