"""The demo programme holds together: rooms, times, speakers, streams and access services."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from datetime import datetime, timedelta
from itertools import combinations, pairwise
from zoneinfo import ZoneInfo

from wufops.demo.program import SEEDED
from wufops.demo.streams import SEEDED_STREAMS

BAKU = ZoneInfo("Asia/Baku")


def _local(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(BAKU)


def _sessions(db: sqlite3.Connection) -> list[sqlite3.Row]:
    return db.execute(
        "SELECT s.*, r.name AS room, r.capacity, r.availability, r.features, r.changeover_min "
        "FROM session s JOIN room r ON r.id = s.room_id ORDER BY s.starts_at, s.id"
    ).fetchall()


def test_sessions_run_in_local_daytime_on_the_six_forum_days(small_db: sqlite3.Connection) -> None:
    """09:00–19:00 local, but for the opening night reception (20:00 to 00:30 the next
    morning) and the seeded evening event that runs past its room's closing time."""
    days, late, statuses = set(), [], Counter()
    for s in _sessions(small_db):
        start, end = _local(s["starts_at"]), _local(s["ends_at"])
        assert s["starts_at"].endswith("Z") and start < end
        assert s["duration_min"] == (end - start).seconds // 60
        statuses[s["status"]] += 1
        days.add(start.date().isoformat())
        if s["title"] == "Opening night reception":
            assert (start.date().isoformat(), start.hour) == ("2026-05-17", 20)
            assert (end.date().isoformat(), end.hour, end.minute) == ("2026-05-18", 0, 30)
            continue
        assert start.date() == end.date()
        assert start.hour >= 9, s["title"]
        if (end.hour, end.minute) > (19, 0):
            late.append(s)
    assert sorted(days) == [f"2026-05-{d}" for d in range(17, 23)]
    assert len(late) == SEEDED["room_unavailable"]
    assert all(s["type"] == "networking" and _local(s["ends_at"]).hour == 20 for s in late)
    # most placed sessions are confirmed; a few side events are still drafts
    assert set(statuses) == {"scheduled", "draft"}
    assert 0 < statuses["draft"] < statuses["scheduled"] / 10
    types = Counter(s["type"] for s in _sessions(small_db))
    expected = ("plenary", "dialogue", "roundtable", "side_event", "networking", "training")
    assert set(types) == {*expected, "assembly"}


def test_some_sessions_wait_unplaced_with_the_length_they_need(
    small_db: sqlite3.Connection,
) -> None:
    unplaced = small_db.execute("SELECT * FROM session WHERE room_id IS NULL").fetchall()
    placed = small_db.execute("SELECT count(*) FROM session WHERE room_id IS NOT NULL").fetchone()
    assert 0.02 * placed[0] < len(unplaced) < 0.1 * placed[0]
    for s in unplaced:
        assert s["starts_at"] is None and s["ends_at"] is None
        assert s["status"] == "draft" and s["duration_min"] >= 60
        assert json.loads(s["speakers"])
    assert {s["type"] for s in unplaced} <= {"side_event", "training", "networking", "roundtable"}


def test_sessions_sit_inside_room_availability(small_db: sqlite3.Connection) -> None:
    """Except the seeded late event; the reception sits in a window across midnight."""
    outside = []
    for s in _sessions(small_db):
        windows = json.loads(s["availability"])
        if not any(w["start"] <= s["starts_at"] and s["ends_at"] <= w["end"] for w in windows):
            outside.append(s["title"])
        if s["title"] == "Opening night reception":
            (window,) = [w for w in windows if w["start"] <= s["starts_at"] < w["end"]]
            assert _local(window["end"]).date() > _local(window["start"]).date()
    assert len(outside) == SEEDED["room_unavailable"]


def test_rooms_are_not_double_booked_except_the_seeded_overlaps(
    small_db: sqlite3.Connection,
) -> None:
    by_room: dict[str, list[sqlite3.Row]] = {}
    for s in _sessions(small_db):
        by_room.setdefault(s["room_id"], []).append(s)
    overlaps = 0
    for group in by_room.values():
        changeover = timedelta(minutes=group[0]["changeover_min"])
        assert group[0]["changeover_min"] in (15, 30)
        for a, b in pairwise(group):
            if _local(b["starts_at"]) < _local(a["ends_at"]) + changeover:
                overlaps += 1
                assert b["starts_at"] < a["ends_at"]  # seeded: runs into the next session
    assert overlaps == SEEDED["room_overlap"]


def test_no_speaker_is_in_two_rooms_at_once_except_the_seeded_ones(
    small_db: sqlite3.Connection,
) -> None:
    by_speaker: dict[str, list[sqlite3.Row]] = {}
    for s in _sessions(small_db):
        speakers = json.loads(s["speakers"])
        assert len(set(speakers)) == len(speakers)
        for person in speakers:
            by_speaker.setdefault(person, []).append(s)
    clashes = sum(
        1
        for sessions in by_speaker.values()
        for a, b in combinations(sessions, 2)
        if a["starts_at"] < b["ends_at"] and b["starts_at"] < a["ends_at"]
    )
    assert clashes == SEEDED["speaker_double_booked"]
    categories = {
        row[0]
        for row in small_db.execute(
            "SELECT DISTINCT a.category FROM attendee a WHERE a.id IN "
            "(SELECT value FROM session, json_each(session.speakers))"
        )
    }
    assert categories <= {"speaker", "vip"}


def test_expected_audience_fits_the_room_except_the_seeded_ones(
    small_db: sqlite3.Connection,
) -> None:
    over = [s for s in _sessions(small_db) if s["expected_audience"] > s["capacity"]]
    assert len(over) == SEEDED["over_capacity"]


def test_main_sessions_are_webcast_with_sign_language_and_captions(
    small_db: sqlite3.Connection,
) -> None:
    slots = {r["session_id"]: r for r in small_db.execute("SELECT * FROM stream_slot")}
    main = [
        s
        for s in _sessions(small_db)
        if s["type"] in ("plenary", "assembly", "dialogue") or s["high_level"]
    ]
    assert main
    for s in main:
        needs = json.loads(s["access_required"])
        assert {"service": "sign_language", "language": "ils"} in needs, s["title"]
        assert {"service": "captions", "language": "en"} in needs, s["title"]
        if s["do_not_stream"]:
            assert s["id"] not in slots and s["format"] == "in_person"
        else:
            assert s["id"] in slots and s["format"] == "hybrid", s["title"]
    assert any(s["do_not_stream"] for s in main)
    assert all(s["high_level"] for s in main if s["type"] in ("plenary", "assembly"))
    for s in _sessions(small_db):
        if s["format"] != "in_person":
            assert s["id"] in slots, s["title"]
        else:
            assert s["id"] not in slots, s["title"]


def test_stream_channels_carry_one_session_at_a_time_but_the_seeded_overlap(
    small_db: sqlite3.Connection,
) -> None:
    """Padded windows (a slot's own rolls, else the event's padding) never overlap on a
    channel, but for the one handover seeded for the coordinator to find (``SEEDED_STREAMS``),
    which overlaps by a few minutes of roll while the sessions themselves do not."""
    rows = small_db.execute(
        "SELECT t.channel_id, coalesce(t.pre_roll_min, p.pre_roll_min) AS pre, "
        "coalesce(t.post_roll_min, p.post_roll_min) AS post, s.starts_at, s.ends_at "
        "FROM stream_slot t JOIN session s ON s.id = t.session_id "
        "JOIN stream_settings p ON p.id = s.event_id"
    ).fetchall()
    by_channel: dict[str, list[tuple[float, float, float, float]]] = {}
    for row in rows:
        start, end = _local(row["starts_at"]).timestamp(), _local(row["ends_at"]).timestamp()
        by_channel.setdefault(row["channel_id"], []).append(
            (start - 60 * row["pre"], end + 60 * row["post"], start, end)
        )
    assert len(by_channel) == 8
    overlaps = []
    for spans in by_channel.values():
        spans.sort()
        for first, second in pairwise(spans):
            if first[1] > second[0]:
                overlaps.append((first, second))
    assert len(overlaps) == SEEDED_STREAMS["channel_overlap"]
    ((_, off_air, _, end), (on_air, _, start, _)) = overlaps[0]
    assert end <= start and 0 < off_air - on_air <= 15 * 60


def test_streams_are_planned_where_an_encoder_is_and_carry_what_sessions_require(
    small_db: sqlite3.Connection,
) -> None:
    slots = small_db.execute(
        "SELECT t.*, s.type, s.access_required, r.features, r.name AS room FROM stream_slot t "
        "JOIN session s ON s.id = t.session_id JOIN room r ON r.id = s.room_id"
    ).fetchall()
    assert all("stream_encoder" in json.loads(t["features"]) for t in slots)
    rooms = {r["name"]: json.loads(r["features"]) for r in small_db.execute("SELECT * FROM room")}
    assert "stream_encoder" not in rooms["Roundtable Room 7"] + rooms["Roundtable Room 8"]
    for t in slots:
        needs = json.loads(t["access_required"])
        assert json.loads(t["caption_languages"]) == [
            n["language"] for n in needs if n["service"] == "captions"
        ]
        assert json.loads(t["sign_languages"]) == [
            n["language"] for n in needs if n["service"] == "sign_language"
        ]
        rolls = (t["pre_roll_min"], t["post_roll_min"])
        assert rolls == ((20, 10) if t["type"] == "plenary" else (None, None)), t["room"]
        assert t["status"] == "planned"
    assert small_db.execute("SELECT pre_roll_min, post_roll_min FROM stream_settings").fetchall()[
        0
    ][:] == (10, 5)


def test_the_stream_rules_find_exactly_the_seeded_overlap(small_db: sqlite3.Connection) -> None:
    from wufops.schedule import Checker, load_world
    from wufops.streams import stream_registry

    registry = stream_registry()
    found = Checker(load_world(small_db, registry), registry).conflicts()
    streams = Counter(c.rule for c in found if c.rule not in SEEDED)
    assert streams == Counter(SEEDED_STREAMS)


def test_rooms_range_from_plenary_halls_to_small_rooms(small_db: sqlite3.Connection) -> None:
    rooms = small_db.execute("SELECT * FROM room").fetchall()
    capacities = sorted(r["capacity"] for r in rooms)
    assert capacities[0] <= 30 and capacities[-1] >= 2_000
    features = Counter(f for r in rooms for f in json.loads(r["features"]))
    assert set(features) == {
        "interpretation_booth",
        "stream_encoder",
        "hearing_loop",
        "caption_screen",
        "step_free",
    }
    assert features["step_free"] < len(rooms)  # some rooms are stairs-only
    for room in rooms:
        assert len(json.loads(room["availability"])) == 6


def test_providers_cover_sign_languages_and_captions(small_db: sqlite3.Connection) -> None:
    providers = small_db.execute("SELECT * FROM provider").fetchall()
    kinds = Counter(p["kind"] for p in providers)
    assert kinds["interpreter"] > 0 and kinds["captioner"] > 0
    signs = Counter(lang for p in providers for lang in json.loads(p["sign_languages"]))
    captions = Counter(lang for p in providers for lang in json.loads(p["caption_languages"]))
    assert signs["ils"] >= 10
    assert {"en", "ru", "az", "fr", "es", "ar", "zh"} <= set(captions)
    deaf = [p for p in providers if p["deaf"]]
    assert deaf and all(json.loads(p["sign_languages"]) == ["ils"] for p in deaf)
    accredited = [p for p in providers if "wfd_wasli_is" in json.loads(p["accreditation"])]
    assert accredited
    assert all(p["max_minutes_per_day"] == 360 for p in providers)
    assert all(json.loads(p["availability"]) for p in providers)


def test_access_service_demand_fits_the_provider_team_day_by_day(
    small_db: sqlite3.Connection,
) -> None:
    """Per day and language, provider hours (≤ 6 h each) cover the requested service hours
    with teams of two for long sessions and 30 min arrival — so full coverage is possible."""
    demand: Counter[tuple[str, str, str]] = Counter()
    for s in _sessions(small_db):
        minutes = (_local(s["ends_at"]) - _local(s["starts_at"])).seconds / 60
        day = _local(s["starts_at"]).date().isoformat()
        for need in json.loads(s["access_required"]):
            team = 1 if minutes <= (60 if need["service"] == "sign_language" else 90) else 2
            demand[(day, need["service"], need["language"])] += team * (minutes + 30) / 60
    supply: Counter[tuple[str, str, str]] = Counter()
    for p in small_db.execute("SELECT * FROM provider"):
        for window in json.loads(p["availability"]):
            start, end = _local(window["start"]), _local(window["end"])
            hours = min(6.0, (end - start).seconds / 3600)
            day = start.date().isoformat()
            for language in json.loads(p["sign_languages"]):
                supply[(day, "sign_language", language)] += hours
            for language in json.loads(p["caption_languages"]):
                supply[(day, "captions", language)] += hours
    assert demand
    for key, hours in demand.items():
        assert hours <= supply[key], (key, hours, supply[key])


def test_heads_of_state_ministers_and_some_speakers_declare_when_they_can_speak(
    small_db: sqlite3.Connection,
) -> None:
    declared = {
        row["id"]: json.loads(row["windows"])
        for row in small_db.execute("SELECT * FROM speaker_availability")
    }
    vips = {
        row[0]
        for row in small_db.execute(
            "SELECT id FROM attendee WHERE category = 'vip' AND attention = 1 AND id IN "
            "(SELECT value FROM session, json_each(session.speakers))"
        )
    }
    assert vips and vips <= set(declared)
    assert len(declared) > len(vips)  # and some ordinary speakers
    outside = 0
    for s in _sessions(small_db):
        for person in json.loads(s["speakers"]):
            windows = declared.get(person)
            if windows and not any(
                w["start"] <= s["starts_at"] and s["ends_at"] <= w["end"] for w in windows
            ):
                outside += 1
                assert person not in vips
    assert outside == SEEDED["speaker_unavailable"]


def test_the_schedule_rules_find_exactly_the_seeded_conflicts(
    small_db: sqlite3.Connection,
) -> None:
    from wufops.schedule import Checker, core_registry, load_world

    registry = core_registry()
    found = Checker(load_world(small_db, registry), registry).conflicts()
    assert Counter(c.rule for c in found) == Counter(SEEDED)
    severities = {c.rule: c.severity for c in found}
    assert severities == {
        "room_overlap": "block",
        "room_unavailable": "block",
        "speaker_double_booked": "warn",
        "speaker_unavailable": "warn",
        "over_capacity": "warn",
    }
    # each seeded conflict in sessions no other one touches
    sessions = Counter(sid for c in found for sid in c.session_ids)
    assert max(sessions.values()) == 1
