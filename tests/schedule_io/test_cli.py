"""``wufops schedule import`` and ``export``: what a coordinator or a script sees — reports,
dry runs, refusals with their code and place, exit codes, files written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.schedule_io.conftest import fingerprint, run
from tests.schedule_io.samples import PRETALX, dump, frab_json, pretalx
from wufops.clock import SystemClock
from wufops.store.replica import Replica


def _sessions(path: Path) -> dict[str, dict[str, object]]:
    replica = Replica.open(path, SystemClock())
    try:
        return {row["id"]: dict(row) for row in replica.conn.execute("SELECT * FROM session")}
    finally:
        replica.close()


def test_import_pretalx_reports_what_it_tolerated_and_creates_the_event(
    empty_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "import", str(PRETALX), "--db", str(empty_db))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "schedule.json (pretalx), DemoCon: 36 sessions in 2 rooms."
    assert "Tolerated (45 in 3 kinds):" in out
    assert "extra_property" in out and "persons[0].answers" in out
    assert "duplicate_room_guid" in out and "time_zone_offset" in out
    assert (
        "Imported into DemoCon (new event): 36 added, 0 changed, 0 removed, 0 unchanged; "
        "2 rooms and 27 speakers created, 0 speakers found among the attendees." in out
    )
    assert (
        "Rooms created without a capacity (set to 1, set the real one): Gray Room, Tan Room" in out
    )
    assert "Types: Talk → side_event (27), Workshop → training (9)" in out
    assert "added    Mon 14 Dec 08:00–08:30  Gray Room  “Focused 5thgeneration hardware”" in out
    assert len(_sessions(empty_db)) == 36


def test_import_json_lists_every_change_and_the_tolerated_deviations(
    empty_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "import", str(PRETALX), "--db", str(empty_db), "--json")
    assert code == 0
    report = json.loads(out)
    assert report["format"] == "c3voc-json" and report["dialect"] == "pretalx"
    assert report["dry_run"] is False and report["event_created"] is True
    assert len(report["added"]) == 36 and report["changed"] == [] and report["removed"] == []
    first = report["added"][0]
    assert first["guid"] == "8079583e-8321-506c-95af-fd2903a5f075"
    assert first["start"] == "2020-12-14T08:00:00.000Z" and first["room"] == "Gray Room"
    codes = {d["code"] for d in report["tolerated"]}
    assert codes == {"extra_property", "duplicate_room_guid", "time_zone_offset"}
    answers = [d for d in report["tolerated"] if d["code"] == "extra_property"]
    assert answers[0]["path"] == (
        "$.schedule.conference.days[0].rooms['Gray Room'][0].persons[0].answers"
    )


def test_dry_run_lists_added_changed_removed_and_writes_nothing(
    empty_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "import", str(PRETALX), "--db", str(empty_db))[0] == 0
    data = pretalx()
    days = data["schedule"]["conference"]["days"]
    gray = days[0]["rooms"]["Gray Room"]
    gray[0]["title"] = "Focused 6thgeneration hardware"  # changed title
    gray[1]["date"] = "2020-12-14T16:00:00+01:00"  # moved
    gray[1]["start"] = "16:00"
    del gray[2]  # gone from the source
    changed = tmp_path / "changed.json"
    changed.write_bytes(dump(data))
    before = fingerprint(empty_db)
    code, out, _ = run(capsys, "import", str(changed), "--db", str(empty_db), "--dry-run")
    assert code == 0
    assert fingerprint(empty_db) == before
    assert (
        "Dry run, nothing written. Would add 0, change 2, remove 1 (33 unchanged); "
        "create 0 rooms and 0 speakers." in out
    )
    assert (
        "changed  Mon 14 Dec 08:00–08:30  Gray Room  “Focused 6thgeneration hardware” (title)"
        in out
    )
    assert (
        "changed  Mon 14 Dec 15:00–15:30  Gray Room  "
        "“Quality-focused 6thgeneration website” (placement)" in out
    )
    assert "removed  Mon 14 Dec 09:00–09:30  Gray Room  “Secured mobile concept” (cancelled)" in out
    code, out, _ = run(capsys, "import", str(changed), "--db", str(empty_db), "--dry-run", "--json")
    report = json.loads(out)
    assert [c["fields"] for c in report["changed"]] == [["title"], ["placement"]]
    assert [r["title"] for r in report["removed"]] == ["Secured mobile concept"]


def test_a_bad_file_is_refused_with_its_code_and_path_and_changes_nothing(
    empty_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "import", str(PRETALX), "--db", str(empty_db))[0] == 0
    before = fingerprint(empty_db)
    data = pretalx()
    data["schedule"]["conference"]["days"][1]["rooms"]["Tan Room"][0]["persons"] = {"name": "X"}
    bad = tmp_path / "bad.json"
    bad.write_bytes(dump(data))
    code, out, err = run(capsys, "import", str(bad), "--db", str(empty_db), "--json")
    assert code == 2
    assert json.loads(out) == {
        "error": "wrong_type",
        "detail": "persons must be a list, not an object",
        "path": "$.schedule.conference.days[1].rooms['Tan Room'][0].persons",
    }
    assert (
        "wufops schedule import: error [wrong_type]: persons must be a list, not an object " in err
    )
    assert "(at $.schedule.conference.days[1].rooms['Tan Room'][0].persons)" in err
    assert fingerprint(empty_db) == before


def test_a_bad_xml_file_is_refused_with_its_line(
    empty_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "schedule.xml"
    bad.write_text("<schedule>\n  <version>1</version>\n  <conference>\n</schedule>\n")
    before = fingerprint(empty_db)
    code, out, err = run(capsys, "import", str(bad), "--db", str(empty_db), "--json")
    assert code == 2
    refused = json.loads(out)
    assert refused["error"] == "bad_xml" and refused["line"] == 4
    assert "error [bad_xml]" in err and "line 4" in err
    assert fingerprint(empty_db) == before


def test_import_into_a_new_database_creates_it_and_a_dry_run_does_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "new.db"
    code, out, _ = run(capsys, "import", str(PRETALX), "--db", str(target), "--dry-run")
    assert code == 0 and "Would add 36" in out
    assert not target.exists()
    code, out, _ = run(capsys, "import", str(PRETALX), "--db", str(target))
    assert code == 0 and "Imported into DemoCon (new event): 36 added" in out
    assert len(_sessions(target)) == 36
    code, _, err = run(capsys, "import", str(PRETALX), "--db", str(tmp_path / "no" / "x.db"))
    assert code == 2 and "error [unreadable_file]" in err


def test_import_refusals_exit_codes(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # DemoCon (December 2020) is not in WUF13's days: refused by the event as it stands
    code, _, err = run(capsys, "import", str(PRETALX), "--db", str(demo_db))
    assert code == 1
    assert "error [outside_event]" in err and "2026-05-17 … 2026-05-22" in err
    code, _, err = run(capsys, "import", str(tmp_path / "nope.json"), "--db", str(demo_db))
    assert code == 2 and "error [unreadable_file]" in err
    notes = tmp_path / "notes.json"
    notes.write_text('{"talks": []}')
    code, _, err = run(capsys, "import", str(notes), "--db", str(demo_db))
    assert code == 2 and "error [unknown_format]" in err


def test_export_every_format_carries_the_version(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for fmt, name in (("json", "s.json"), ("xml", "s.xml"), ("ical", "s.ics"), ("csv", "s.csv")):
        out_path = tmp_path / name
        code, out, err = run(
            capsys, "export", "--db", str(demo_db), "--format", fmt, "--out", str(out_path)
        )
        assert code == 0, err
        assert out.startswith("Wrote ") and str(out_path) in out
        assert out_path.stat().st_size > 1000
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    version = data["schedule"]["version"]
    assert version.endswith("+draft")  # the demo holds blocking conflicts: never released
    assert b"<version>" + version.encode() + b"</version>" in (tmp_path / "s.xml").read_bytes()
    calendar = Calendar.from_ical((tmp_path / "s.ics").read_bytes())
    assert str(calendar["X-WUFOPS-VERSION"]) == version
    assert (tmp_path / "s.csv").read_text(encoding="utf-8-sig").splitlines()[1].endswith(version)


def test_export_per_room_and_per_speaker(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    room_file = tmp_path / "room.ics"
    code, out, err = run(
        capsys,
        "export",
        "--db",
        str(demo_db),
        "--format",
        "ical",
        "--room",
        "plenary hall 1",
        "--out",
        str(room_file),
        "--json",
    )
    assert code == 0, err
    summary = json.loads(out)
    calendar = Calendar.from_ical(room_file.read_bytes())
    events = calendar.walk("VEVENT")
    assert summary["sessions"] == len(events) > 5
    assert {str(e["LOCATION"]) for e in events} == {"Plenary Hall 1"}
    assert str(calendar["X-WR-CALNAME"]) == "WUF13 — Plenary Hall 1"
    replica = Replica.open(demo_db, SystemClock())
    try:
        speaker = replica.conn.execute(
            "SELECT j.value, count(*) FROM session s, json_each(s.speakers) j "
            "WHERE s.room_id IS NOT NULL AND s.status != 'cancelled' GROUP BY 1 "
            "ORDER BY 2 DESC, 1 LIMIT 1"
        ).fetchone()
        name = replica.conn.execute(
            "SELECT trim(given_name || ' ' || family_name) FROM attendee WHERE id = ?",
            (speaker[0],),
        ).fetchone()[0]
    finally:
        replica.close()
    person_file = tmp_path / "speaker.ics"
    code, out, err = run(
        capsys,
        "export",
        "--db",
        str(demo_db),
        "--format",
        "ical",
        "--speaker",
        speaker[0][:13],
        "--out",
        str(person_file),
    )
    assert code == 0, err
    calendar = Calendar.from_ical(person_file.read_bytes())
    events = calendar.walk("VEVENT")
    assert len(events) == speaker[1]
    assert str(calendar["X-WR-CALNAME"]) == f"WUF13 — {name}"
    for event in events:
        attendees = (
            event["ATTENDEE"] if isinstance(event["ATTENDEE"], list) else [event["ATTENDEE"]]
        )
        assert name in [a.params["CN"] for a in attendees]


def test_export_refusals(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_path = tmp_path / "x.json"
    code, _, err = run(
        capsys,
        "export",
        "--db",
        str(demo_db),
        "--format",
        "json",
        "--released",
        "--out",
        str(out_path),
    )
    assert code == 1 and "error [never_released]" in err
    code, _, err = run(
        capsys,
        "export",
        "--db",
        str(demo_db),
        "--format",
        "json",
        "--room",
        "Moon Base",
        "--out",
        str(out_path),
    )
    assert code == 2 and "error [unknown_room]" in err
    code, _, err = run(
        capsys,
        "export",
        "--db",
        str(demo_db),
        "--format",
        "json",
        "--speaker",
        "nobody-at-all",
        "--out",
        str(out_path),
    )
    assert code == 2 and "error [unknown_speaker]" in err
    code, _, err = run(
        capsys,
        "export",
        "--db",
        str(demo_db),
        "--format",
        "json",
        "--out",
        str(tmp_path / "no" / "such" / "dir.json"),
    )
    assert code == 2 and "error [unwritable_file]" in err
    assert not out_path.exists()


def test_help_says_how_to_import_and_export(capsys: pytest.CaptureFixture[str]) -> None:
    from wufops.cli.main import main

    for action in ("import", "export"):
        with pytest.raises(SystemExit) as exit_info:
            main(["schedule", action, "--help"])
        assert exit_info.value.code == 0
        text = capsys.readouterr().out
        assert f"wufops schedule {action}" in text
    with pytest.raises(SystemExit):
        main(["schedule", "import", "--help"])
    text = capsys.readouterr().out
    assert "--dry-run" in text and "detected from the content" in text
    with pytest.raises(SystemExit):
        main(["schedule", "export", "--help"])
    text = capsys.readouterr().out
    for word in ("json", "xml", "ical", "csv", "--room", "--speaker", "--released", "--out"):
        assert word in text


def test_frab_json_import_lists_its_deviations(
    empty_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "schedule.json"
    path.write_bytes(dump(frab_json()))
    code, out, _ = run(capsys, "import", str(path), "--db", str(empty_db), "--json")
    assert code == 0
    codes = {(d["code"], d["path"]) for d in json.loads(out)["tolerated"]}
    assert ("acronym_pattern", "$.schedule.conference.acronym") in codes
    assert (
        "slug_pattern",
        "$.schedule.conference.days[0].rooms['Hörsaal A'][0].slug",
    ) in codes
    assert ("url_format", "$.schedule.conference.days[1].rooms['Hörsaal A'][0].url") in codes
    assert (
        "extra_property",
        "$.schedule.conference.days[0].rooms['Hörsaal A'][0].video_download_url",
    ) in codes
    assert (
        "person_shape",
        "$.schedule.conference.days[0].rooms['Hörsaal A'][1].persons[1]",
    ) in codes
    closing = next(s for s in _sessions(empty_db).values() if s["title"] == "Closing Event")
    assert closing["url"] == "https://talks.mrmcd.net/2023/talk/54/"
