"""``wufops streams export --format ical|json``: one channel's sessions as the c3voc
``schedule.json`` (what schedule-driven tools such as voctomix overlays read) and as
iCalendar, written by the schedule's own writers, with ``do_not_stream``/``do_not_record``;
an unknown channel or format is refused with a stable code and leaves no file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.streams.build import seed_streams
from wufops.cli.main import main
from wufops.clock import SystemClock
from wufops.models.schedule import from_iso
from wufops.schedule_io.schemas import c3voc_validator
from wufops.store.replica import Replica
from wufops.streams import channel_sessions
from wufops.streams.plan import load_world_for_plan


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "event.db"
    replica = Replica.open(path, SystemClock())
    try:
        return path, seed_streams(replica)
    finally:
        replica.close()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _events(data: dict[str, object]) -> list[dict[str, object]]:
    conference = data["schedule"]["conference"]  # type: ignore[index]  # (parsed JSON)
    return [e for d in conference["days"] for r in d["rooms"].values() for e in r]


def _stored(path: Path, session_id: str) -> tuple[int, int]:
    replica = Replica.open(path, SystemClock())
    try:
        row = replica.conn.execute(
            "SELECT starts_at, ends_at FROM session WHERE id = ?", (session_id,)
        ).fetchone()
    finally:
        replica.close()
    return from_iso(row[0]), from_iso(row[1])


def test_json_export_is_the_channels_sessions_valid_against_the_c3voc_schema(
    db: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, ids = db
    out_file = tmp_path / "ch1.json"
    code, out, err = _run(
        capsys, "streams", "export", "--db", str(path), "--channel", "WUF13 Channel 1",
        "--format", "json", "--out", str(out_file),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.strip() == f"Wrote 2 session(s) of WUF13 Channel 1 as json to {out_file}."
    data = json.loads(out_file.read_bytes())
    errors = [f"{e.json_path}: {e.message}" for e in c3voc_validator().iter_errors(data)]
    assert errors == []
    assert data["schedule"]["conference"]["title"] == "WUF13 Channel 1"
    events = _events(data)
    assert [e["guid"] for e in events] == [ids["opening"], ids["dialogue"]]
    assert [e["title"] for e in events] == ["Opening plenary", "Housing dialogue"]
    assert events[0]["date"] == "2026-05-18T10:00:00+04:00"  # the session, not its rolls
    assert [(e["do_not_stream"], e["do_not_record"]) for e in events] == [(False, False)] * 2
    # the closed-door roundtable on Channel 10 carries both flags
    ten = tmp_path / "ch10.json"
    code, _, _ = _run(
        capsys, "streams", "export", "--db", str(path), "--channel", "WUF13 Channel 10",
        "--format", "json", "--out", str(ten),
    )  # fmt: skip
    assert code == 0
    data = json.loads(ten.read_bytes())
    assert c3voc_validator().is_valid(data)
    events = _events(data)
    assert [(e["guid"], e["do_not_stream"], e["do_not_record"]) for e in events] == [
        (ids["ministerial"], True, True)
    ]


def test_ical_export_parses_and_carries_the_events_time_zone(
    db: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, ids = db
    out_file = tmp_path / "ch10.ics"
    code, out, _ = _run(
        capsys, "streams", "export", "--db", str(path), "--channel", "wuf13 channel 10",
        "--format", "ical", "--out", str(out_file), "--json",
    )  # fmt: skip
    assert code == 0
    assert json.loads(out) == {
        "channel": ids["ch10"],
        "format": "ical",
        "sessions": 1,
        "file": str(out_file),
    }
    calendar = Calendar.from_ical(out_file.read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == "WUF13 Channel 10"
    assert [str(z["TZID"]) for z in calendar.walk("VTIMEZONE")] == ["Asia/Baku"]
    (event,) = calendar.walk("VEVENT")
    assert str(event["UID"]) == ids["ministerial"]
    assert str(event["SUMMARY"]) == "Ministerial roundtable"
    start, end = event["DTSTART"], event["DTEND"]
    assert start.params["TZID"] == end.params["TZID"] == "Asia/Baku"
    assert start.dt.utcoffset().total_seconds() == 4 * 3600
    assert (start.dt.hour, start.dt.minute) == (14, 0)
    stored = _stored(path, ids["ministerial"])
    assert (start.dt.timestamp() * 1000, end.dt.timestamp() * 1000) == stored
    assert str(event["X-WUFOPS-DO-NOT-STREAM"]) == "TRUE"
    assert str(event["X-WUFOPS-DO-NOT-RECORD"]) == "TRUE"
    # Channel 1's two sessions, neither flagged
    ch1 = tmp_path / "ch1.ics"
    assert _run(
        capsys, "streams", "export", "--db", str(path), "--channel", "WUF13 Channel 1",
        "--format", "ical", "--out", str(ch1),
    )[0] == 0  # fmt: skip
    events = Calendar.from_ical(ch1.read_bytes()).walk("VEVENT")
    assert sorted(str(e["UID"]) for e in events) == sorted([ids["opening"], ids["dialogue"]])
    assert {str(e["X-WUFOPS-DO-NOT-STREAM"]) for e in events} == {"FALSE"}


def test_a_moved_or_withdrawn_session_follows_into_the_export(
    db: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, ids = db
    replica = Replica.open(path, SystemClock())
    try:  # the dialogue leaves Channel 1; the side event's time moves
        replica.update("stream_slot", ids["dialogue_slot"], {"withdrawn": 1})
    finally:
        replica.close()
    out_file = tmp_path / "ch1.json"
    code, _, _ = _run(
        capsys, "streams", "export", "--db", str(path), "--channel", "WUF13 Channel 1",
        "--format", "json", "--out", str(out_file),
    )  # fmt: skip
    assert code == 0
    assert [e["guid"] for e in _events(json.loads(out_file.read_bytes()))] == [ids["opening"]]


def test_unknown_channel_or_format_is_refused_with_a_code_and_no_file(
    db: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, _ = db
    target = tmp_path / "x.out"
    code, out, err = _run(
        capsys, "streams", "export", "--db", str(path), "--channel", "WUF13 Channel 1",
        "--format", "xml", "--out", str(target), "--json",
    )  # fmt: skip
    assert code == 2
    assert json.loads(out)["error"] == "bad_format"
    assert "error [bad_format]" in err and "ical, json, csv" in err
    code, _, err = _run(
        capsys, "streams", "export", "--db", str(path), "--channel", "Channel 99",
        "--format", "ical", "--out", str(target),
    )  # fmt: skip
    assert code == 2
    assert "error [unknown_channel]" in err and "WUF13 Channel 1" in err
    code, _, err = _run(
        capsys, "streams", "export", "--db", str(path), "--channel", "WUF13 Channel 1",
        "--format", "json", "--out", str(tmp_path / "missing" / "x.json"),
    )  # fmt: skip
    assert code == 2 and "error [cannot_write]" in err
    assert not target.exists() and not list(tmp_path.glob(".x.*"))


def test_every_demo_channel_exports_exactly_its_sessions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from wufops.demo import generate

    path = tmp_path / "demo.db"
    generate(path, seed=11, attendees=100)
    replica = Replica.open(path, SystemClock())
    try:
        world = load_world_for_plan(replica.conn)
        channels = {c[0]: c[1] for c in replica.conn.execute("SELECT id, name FROM stream_channel")}
        wanted = {cid: [s.id for s in channel_sessions(world, cid)] for cid in channels}
    finally:
        replica.close()
    assert len(channels) == 8 and sum(map(len, wanted.values())) > 40
    validator = c3voc_validator()
    for channel_id, name in channels.items():
        out_file = tmp_path / f"{channel_id}.json"
        code, _, err = _run(
            capsys, "streams", "export", "--db", str(path), "--channel", name,
            "--format", "json", "--out", str(out_file),
        )  # fmt: skip
        assert code == 0, err
        data = json.loads(out_file.read_bytes())
        assert validator.is_valid(data), name
        assert sorted(e["guid"] for e in _events(data)) == sorted(wanted[channel_id]), name
