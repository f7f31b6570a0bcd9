"""The whole dashboard from a venue's events: every chart says what happened, voids and
duplicates counted right, the forecast points at the area that falls behind, sync health
marks the device that went quiet."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ops.venue import Venue, local, make_venue
from wufops.clock import iso_utc
from wufops.ops import Link, dashboard, view_time
from wufops.ops.settings import OpsSettings

SETTINGS = OpsSettings(turnout=0.5, day_share=(0.5, 0.5))


@pytest.fixture
def venue(tmp_path: Path) -> Iterator[Venue]:
    built = make_venue(tmp_path / "desk.db", per_category=80)
    for name in ("north-01", "north-02", "south-01", "south-02"):
        built.enrol(name, last_seen=iso_utc(local("06:40")))
    built.enrol("south-03")  # enrolled, never connected
    built.enrol("gate-n1", "gate", last_seen=iso_utc(local("06:40")))
    built.enrol("gate-p1", "gate", last_seen=iso_utc(local("06:40")))
    yield built
    built.close()


def _morning(venue: Venue) -> dict[str, str]:
    """08:00–09:00: north-01 and north-02 steady, south-01 back to back, south-02 idle
    since 08:10, south-03 never opened; entries; one void, one duplicate, prints."""
    made: dict[str, str] = {}
    people = iter(venue.people["participant"] + venue.people["speaker"])
    for n in range(24):  # every 150 s
        who = next(people)
        made[f"north-01:{n}"] = venue.pickup("north-01", local("08:00") + n * 150_000, who)
        venue.printed("north-01", local("08:00") + n * 150_000 + 3000, who, "P-N1", "printed")
        venue.entry("gate-n1", local("08:00") + n * 150_000 + 300_000, who, "North entrance")
    for n in range(12):
        who = next(people)
        venue.pickup("north-02", local("08:00") + n * 300_000 + 1000, who, scan_ms=900.0)
    for n in range(100):  # 36 s each, for an hour: south-01 never stops
        who = next(people)
        venue.pickup("south-01", local("08:00") + n * 36_000 + 2000, who, scan_ms=310.0 + n % 7)
        outcome = "failed" if n % 5 == 0 else "printed"
        venue.printed("south-01", local("08:00") + n * 36_000 + 5000, who, "P-S1", outcome)
    for n in range(3):
        venue.pickup("south-02", local("08:00") + n * 200_000, next(people))
    vip = venue.attendee("vip")
    made["vip"] = venue.pickup("north-02", local("08:20"), vip)
    venue.void("north-02", local("08:21"), made["vip"], vip)
    first = venue.attendee("participant", 0)
    venue.pickup("north-02", local("08:50"), first)  # already picked up at north-01: duplicate
    venue.entry("gate-p1", local("08:30"), first, "Plenary zone")
    return made


def test_every_chart_says_what_happened(venue: Venue) -> None:
    _morning(venue)
    board = dashboard(venue.conn, now_ms=local("09:00"), settings=SETTINGS)
    assert board.at_ms == local("09:00") and not board.replay
    assert board.day == "2026-05-17" and board.day_index == 0

    arrivals = board.chart("arrivals")
    assert arrivals.stacked and arrivals.x[0] == local("07:00")
    eight = arrivals.x.index(local("08:00"))
    # 08:00–08:15: north-01 6, north-02 3, south-01 25, south-02 3
    assert arrivals.total("participant") + arrivals.total("speaker") == 24 + 12 + 100 + 3 + 1
    assert sum(s.values[eight] for s in arrivals.bars) == 6 + 3 + 25 + 3
    assert arrivals.total("vip") == 0  # its pickup was undone
    expected = next(s for s in arrivals.lines if s.key == "expected")
    people = 8 * 80
    assert sum(expected.values) <= people * 0.5 * 0.5 + 1e-6
    assert board.totals.pickups == 140 and board.totals.duplicates == 1

    desks = board.chart("desk_checkins")
    assert desks.categories == ("north-01", "north-02", "south-01", "south-02")
    [eight_o_clock] = [s for s in desks.bars if s.key == "08:00"]
    assert eight_o_clock.values == (24, 13, 100, 3)  # north-02: 12, a duplicate, a void

    scans = board.chart("scan_time")
    median = dict(zip(scans.categories, scans.bars[0].values, strict=True))
    p90 = dict(zip(scans.categories, scans.bars[1].values, strict=True))
    assert median["north-02"] == 900.0  # the slow scanner
    assert 310 <= median["south-01"] <= p90["south-01"] <= 316

    gates = board.chart("gate_entries")
    zone = {s.key: s for s in gates.bars}
    assert sum(zone["North entrance"].values) == 22  # 08:05 … 08:57:30, every 150 s
    assert zone["Plenary zone"].values[gates.x.index(local("08:00"))] == 1

    prints = board.chart("prints")
    printed = dict(zip(prints.categories, prints.bars[0].values, strict=True))
    failed = dict(zip(prints.categories, prints.bars[1].values, strict=True))
    assert (printed["P-S1"], failed["P-S1"]) == (80, 20) and failed["P-N1"] == 0

    issues = board.chart("issues")
    dups = issues.bars[0]
    assert dups.values[issues.x.index(local("08:45"))] == 1 and sum(dups.values) == 1


def test_the_area_that_falls_behind_gets_a_warning_and_a_desk_to_open(venue: Venue) -> None:
    _morning(venue)
    # expect a crowd: 1,800 registered people at the peak of last year's shape
    busy = OpsSettings(turnout=1.0, day_share=(1.0,), wait_threshold_min=5)
    board = dashboard(venue.conn, now_ms=local("09:00"), settings=busy)
    south = next(a for a in board.areas if a.area == "south")
    assert south.open_desks == ("south-01",)
    assert south.idle_desks == ("south-02", "south-03")
    assert south.service_s == pytest.approx(36.0, abs=1)
    assert south.level in ("warn", "critical")
    assert south.suggestion is not None and south.suggestion.open_desks[:1] == ("south-02",)
    assert board.warnings[0].area == "south"


def test_the_reasons_behind_the_queue_are_found(venue: Venue) -> None:
    _morning(venue)
    venue.enrol("gate-x1", "gate", last_seen=iso_utc(local("08:20")))
    board = dashboard(venue.conn, now_ms=local("09:00"), settings=SETTINGS)
    found = {(f.kind, f.subject) for f in board.findings}
    assert ("slow_scan", "north-02") in found  # 900 ms against ~300 ms elsewhere
    assert ("printer_failures", "P-S1") in found  # a fifth of its prints failed
    assert ("stale_device", "gate-x1") in found
    assert ("printer_failures", "P-N1") not in found
    assert not any(f.subject == "south-01" for f in board.findings)


def test_sync_health_at_a_desk(venue: Venue) -> None:
    _morning(venue)
    venue.enrol("gate-x1", "gate", last_seen=iso_utc(local("08:20")))  # quiet since 08:20
    board = dashboard(
        venue.conn,
        now_ms=local("09:00"),
        settings=SETTINGS,
        link=Link("offline", last_sync_ms=local("08:30"), cursor=10, hub_seq=25),
    )
    rows = {d.name: d for d in board.devices}
    assert rows["gate-x1"].stale and rows["gate-x1"].state == "stale"
    assert rows["south-01"].state == "online"  # its last pickup: 08:59:26
    assert rows["north-01"].state == "quiet" and not rows["north-01"].stale  # 08:57:33
    assert rows["south-03"].state == "never" and not rows["south-03"].stale
    assert rows["north-01"].pending is None  # a desk cannot know another's outbox
    me = board.devices[0]
    assert me.source == "self"
    assert me.pending == venue.replica.pending_count() and me.pending > 0
    assert me.state == "offline" and me.stale  # not synced for 30 minutes
    assert me.behind_ops == 15
    assert me.lag_ms is not None and me.lag_ms > 0
    stale = {d.name for d in board.stale_devices if d.source != "self"}
    assert stale == {"gate-x1", "gate-p1", "south-02"}  # 08:20, 08:30, 08:06:40
    assert board.stale_devices[0] is me


def test_an_old_day_is_replayed_at_its_last_check_in(venue: Venue) -> None:
    _morning(venue)
    months_later = local("12:00", day=30) + 200 * 86_400_000
    at, replay = view_time(months_later, iso_utc(local("08:59", seconds=30)))
    assert replay and at == local("09:00")
    board = dashboard(venue.conn, now_ms=months_later, settings=SETTINGS)
    assert board.replay and board.at_ms == local("09:03")  # the last entry: 09:02:30
    assert view_time(local("09:30"), iso_utc(local("09:10"))) == (local("09:30"), False)
    assert view_time(local("09:30"), None) == (local("09:30"), False)


def test_the_json_is_stable_and_has_no_infinity(venue: Venue) -> None:
    _morning(venue)
    board = dashboard(
        venue.conn, now_ms=local("09:00"), settings=OpsSettings(turnout=1.0, day_share=(1.0,))
    )
    data = board.to_json()
    text = json.dumps(data, allow_nan=False)  # no NaN or Infinity anywhere
    assert json.loads(text) == data
    assert set(data) == {
        "version", "event", "timezone", "at", "now", "day", "day_index", "replay", "settings",
        "totals", "warnings", "areas", "findings", "devices_from", "devices", "charts",
    }  # fmt: skip
    assert data["version"] == 1
    assert set(data["charts"]) == {
        "arrivals", "desk_checkins", "scan_time", "gate_entries", "prints", "issues"
    }  # fmt: skip
    area = data["areas"][0]
    assert set(area) >= {"area", "open_desks", "idle_desks", "forecast", "level", "suggestion"}
    assert not any(isinstance(v, float) and math.isinf(v) for v in area["forecast"][0].values())
