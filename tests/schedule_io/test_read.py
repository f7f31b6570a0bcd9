"""Reading schedule files: what real exports do differently is tolerated and named (code and
JSON path or XML line); what breaks a file's shape is refused with its code and place."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from tests.schedule_io.samples import (
    GUIDS,
    SPEAKER_GUID,
    dump,
    frab_json,
    frab_xml,
    indico_json,
    pretalx,
)
from wufops.schedule_io import read_bytes
from wufops.schedule_io.model import Document, ImportRefused

GRAY = "$.schedule.conference.days[0].rooms['Gray Room']"


def _refused(data: bytes) -> ImportRefused:
    with pytest.raises(ImportRefused) as refused:
        read_bytes(data)
    return refused.value


def _codes(doc: Document) -> Counter[str]:
    return Counter(d.code for d in doc.deviations)


# -- c3voc / pretalx schedule.json ---------------------------------------------------------


def test_the_real_pretalx_export_is_read_with_its_three_quirks_named() -> None:
    doc = read_bytes(dump(pretalx()))
    assert (doc.format, doc.dialect, doc.origin) == ("c3voc-json", "pretalx", "schedule:democon")
    assert len(doc.entries) == 36
    assert _codes(doc) == {"extra_property": 43, "duplicate_room_guid": 1, "time_zone_offset": 1}
    assert doc.deviations[0].where.path == f"{GRAY}[0].persons[0].answers"
    first = doc.entries[0]
    assert first.guid == "8079583e-8321-506c-95af-fd2903a5f075"
    assert first.start_ms == 1_607_932_800_000  # 09:00+01:00: each time's own offset wins
    assert first.end_ms - first.start_ms == 30 * 60_000
    assert first.url == "http://localhost/democon/talk/G9JGWY/"
    assert first.persons[0].keys[0] == "code:schedule:democon:NQTF8Y"
    # two rooms share one GUID in the file: neither keeps it
    assert {r.name: r.guid for r in doc.rooms} == {"Gray Room": None, "Tan Room": None}


def test_frab_json_deviations_are_tolerated_with_their_paths() -> None:
    doc = read_bytes(dump(frab_json()))
    assert doc.dialect == "c3voc" and doc.origin == "schedule:mrmcd2023"
    found = {(d.code, d.where.path) for d in doc.deviations}
    hall = "$.schedule.conference.days[0].rooms['Hörsaal A']"
    assert ("acronym_pattern", "$.schedule.conference.acronym") in found
    assert ("slug_pattern", f"{hall}[0].slug") in found
    assert ("extra_property", f"{hall}[0].video_download_url") in found
    assert ("person_shape", f"{hall}[1].persons[1]") in found
    assert ("url_format", "$.schedule.conference.days[1].rooms['Hörsaal A'][0].url") in found
    ana = doc.entries[1].persons[1]
    assert ana.keys[0] == f"guid:{SPEAKER_GUID}" and ana.name == "Ana Lima"
    assert doc.entries[2].do_not_record is True
    assert doc.entries[0].languages == ("de",)


def test_a_time_without_offset_is_read_in_the_schedules_zone() -> None:
    data = frab_json()
    event = data["schedule"]["conference"]["days"][0]["rooms"]["Hörsaal A"][0]
    event["date"] = "2023-09-15T10:00:00"
    doc = read_bytes(dump(data))
    assert doc.entries[0].start_ms == 1_694_764_800_000  # 10:00 Europe/Berlin (UTC+2)
    assert "time_offset" in _codes(doc)
    del data["schedule"]["conference"]["time_zone_name"]
    refused = _refused(dump(data))
    assert refused.code == "bad_time"
    assert refused.where.path == "$.schedule.conference.days[0].rooms['Hörsaal A'][0].date"


def _pretalx_event(data: dict[str, Any]) -> dict[str, Any]:
    event: dict[str, Any] = data["schedule"]["conference"]["days"][0]["rooms"]["Gray Room"][2]
    return event


REFUSALS: list[tuple[str, Callable[[dict[str, Any]], None], str, str]] = [
    (
        "wrong_type",
        lambda d: _pretalx_event(d).update(title=42),
        f"{GRAY}[2].title",
        "title must be a string, not a number",
    ),
    (
        "wrong_type",
        lambda d: d["schedule"]["conference"].update(days={"1": []}),
        "$.schedule.conference.days",
        "days must be a list, not an object",
    ),
    (
        "missing_field",
        lambda d: _pretalx_event(d).pop("guid"),
        f"{GRAY}[2].guid",
        "guid is required here",
    ),
    (
        "missing_field",
        lambda d: d["schedule"]["conference"].pop("days"),
        "$.schedule.conference.days",
        "days is required here",
    ),
    (
        "missing_field",
        lambda d: _pretalx_event(d)["persons"][0].pop("public_name"),
        f"{GRAY}[2].persons[0].name",
        "a person needs a name",
    ),
    (
        "misplaced_object",
        lambda d: d["schedule"].update(rooms=[{"name": "Gray Room"}]),
        "$.schedule.rooms",
        "rooms does not belong here",
    ),
    (
        "misplaced_object",
        lambda d: _pretalx_event(d).update(persons=[], rooms={"x": []}),
        f"{GRAY}[2].rooms",
        "rooms does not belong here",
    ),
    (
        "misplaced_object",
        lambda d: d["schedule"]["conference"]["days"][0].update(events=[_pretalx_event(d)]),
        "$.schedule.conference.days[0].events",
        "events does not belong here",
    ),
    (
        "duplicate_guid",
        lambda d: _pretalx_event(d).update(guid="8079583e-8321-506c-95af-fd2903a5f075"),
        f"{GRAY}[2].guid",
        f"GUID 8079583e-8321-506c-95af-fd2903a5f075 already names the session at {GRAY}[0]",
    ),
    (
        "bad_time",
        lambda d: _pretalx_event(d).update(date="next Tuesday"),
        f"{GRAY}[2].date",
        "'next Tuesday' is not an ISO date and time",
    ),
    (
        "bad_duration",
        lambda d: _pretalx_event(d).update(duration="half an hour"),
        f"{GRAY}[2].duration",
        "'half an hour' is not a duration (HH:MM)",
    ),
    (
        "bad_duration",
        lambda d: _pretalx_event(d).update(duration="25:00"),
        f"{GRAY}[2]",
        "the session lasts more than 1440 minutes",
    ),
]


@pytest.mark.parametrize(
    ("code", "change", "path", "detail"), REFUSALS, ids=[f"{r[0]}-{r[2]}" for r in REFUSALS]
)
def test_shape_errors_are_refused_naming_the_json_path(
    code: str, change: Callable[[dict[str, Any]], None], path: str, detail: str
) -> None:
    data = pretalx()
    change(data)
    refused = _refused(dump(data))
    assert (refused.code, refused.where.path, refused.plain) == (code, path, detail)
    assert path in refused.detail


@pytest.mark.parametrize(
    ("data", "code", "line"),
    [
        (b'{"schedule": {"version": "1",\n "conference": }}', "bad_json", 2),
        (b'{"schedule": NaN}', "bad_json", 0),
        (b"", "bad_json", 0),
        ('{"schedule": "Gr\u00fc\u00dfe"}'.encode("latin-1"), "not_utf8", 0),
        (b'[{"title": "a list of talks"}]', "unknown_format", 0),
        (b'{"talks": []}', "unknown_format", 0),
        (b"<html><body>Fahrplan</body></html>", "unknown_format", 1),
        (b"<schedule><version>1</version>\n<conference>\n</schedule>", "bad_xml", 3),
    ],
)
def test_files_that_are_not_schedules_are_refused(data: bytes, code: str, line: int) -> None:
    refused = _refused(data)
    assert refused.code == code
    assert refused.where.line == line


# -- frab / pretalx schedule.xml --------------------------------------------------------------


def test_frab_xml_deviations_are_tolerated_with_their_lines() -> None:
    text = frab_xml()
    doc = read_bytes(text.encode())
    assert (doc.format, doc.dialect) == ("frab-xml", "frab")
    assert [e.guid for e in doc.entries] == GUIDS
    lines = text.splitlines()
    by_code: dict[str, list[int]] = {}
    for d in doc.deviations:
        by_code.setdefault(d.code, []).append(d.where.line)
    assert "<acronym>MRMCD2023</acronym>" in lines[by_code["acronym_pattern"][0] - 1]
    assert "<slug>MRMCD2023-51-Opening_Ceremony</slug>" in lines[by_code["slug_pattern"][0] - 1]
    # the logo is a path (frab writes them relative to base_url) and so is one URL
    assert any("<logo>/system/" in lines[n - 1] for n in by_code["url_format"])
    assert any("<url>talk/54/</url>" in lines[n - 1] for n in by_code["url_format"])
    closing = doc.entries[3]
    assert closing.url == "https://talks.mrmcd.net/2023/talk/54/"
    assert doc.entries[2].do_not_record is True
    assert doc.entries[1].persons[1].keys[0] == f"guid:{SPEAKER_GUID}"
    assert "do_not_stream" not in doc.carries  # the XML format has no such field


def test_pretalx_xml_person_codes_are_tolerated_and_key_the_speaker() -> None:
    text = frab_xml().replace("<person id='17'>", "<person id='17' code='NQTF8Y'>")
    text = text.replace('name="frab"', 'name="pretalx"')
    doc = read_bytes(text.encode())
    assert doc.dialect == "pretalx"
    assert doc.entries[0].persons[0].keys[0] == "code:schedule:mrmcd2023:NQTF8Y"
    extra = [d for d in doc.deviations if d.code == "extra_property"]
    assert extra and "attribute 'code'" in extra[0].detail


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


@pytest.mark.parametrize(
    ("edit", "code", "needle"),
    [
        (
            lambda t: t.replace("<title>Closing Event</title>", ""),
            "missing_field",
            "guid='5a5c4b6e-1f0e-5d3b-9c2a-0e6f7d8a9b04'",
        ),
        (lambda t: t.replace(f"guid='{GUIDS[3]}'", ""), "missing_field", "<event  id='54'>"),
        (
            lambda t: t.replace("</schedule>", "<event guid='x'/>\n</schedule>"),
            "misplaced_object",
            "<event guid='x'/>",
        ),
        (
            lambda t: t.replace(GUIDS[3], GUIDS[0]),
            "duplicate_guid",
            f"<event guid='{GUIDS[0]}' id='54'>",
        ),
        (
            lambda t: t.replace(
                "<persons><person id='17'>Speaker 0</person></persons>",
                "<persons>Speaker 0</persons>",
            ),
            "wrong_type",
            "<persons>Speaker 0</persons>",
        ),
        (
            lambda t: t.replace("<duration>00:45</duration>", "<duration>45 min</duration>"),
            "bad_duration",
            "<duration>45 min</duration>",
        ),
    ],
    ids=[
        "missing element",
        "missing attribute",
        "misplaced event",
        "duplicate guid",
        "text for persons",
        "bad duration",
    ],
)
def test_xml_shape_errors_are_refused_naming_the_line(
    edit: Callable[[str], str], code: str, needle: str
) -> None:
    text = edit(frab_xml())
    refused = _refused(text.encode())
    assert refused.code == code, refused
    assert refused.where.line == _line_of(text, needle)
    assert f"line {refused.where.line}" in refused.detail


def test_xml_entities_are_never_resolved(tmp_path: Any) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    text = frab_xml().replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<!DOCTYPE schedule [<!ENTITY leak SYSTEM "file://{secret}">]>',
    )
    text = text.replace("<abstract>Abstract 1</abstract>", "<abstract>&leak;</abstract>")
    refused = _refused(text.encode())
    assert refused.code == "bad_xml" and "DTD" in refused.detail
    assert "TOP-SECRET" not in refused.detail
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE schedule [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
        '<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><schedule><version>&d;&d;&d;</version>'
        "</schedule>"
    )
    refused = _refused(laughs.encode())
    assert refused.code == "bad_xml" and "DTD" in refused.detail


# -- Indico --------------------------------------------------------------------------------------


def test_indico_timetable_blocks_contributions_breaks_and_rooms() -> None:
    doc = read_bytes(dump(indico_json()))
    assert (doc.format, doc.dialect) == ("indico-json", "indico")
    assert doc.origin == "indico:https://indico.example.org/1234"
    titles = [e.title for e in doc.entries]
    assert titles == [
        "Plenary: Housing for all: Morning",
        "Data for cities",
        "Mapping informal settlements",
        "Poster walk",
    ]
    block, data_talk, mapping, poster = doc.entries
    assert block.start_ms == 1_773_129_600_000  # 09:00 Europe/Zurich (UTC+1 in March)
    assert block.end_ms - block.start_ms == 120 * 60_000 and block.room == "Room 1"
    assert [p.name for p in block.persons] == ["Jonas Berg", "Amina Diallo"]
    assert block.persons[1].keys[0] == "email:amina.diallo@example.org"
    assert block.type == "Plenary: Housing for all"
    assert data_talk.url == "https://indico.example.org/event/1234/contributions/401/"
    assert [p.name for p in mapping.persons] == ["Jonas Berg", "Amina Diallo"]
    assert poster.room is None and poster.start_ms is None and poster.duration_min == 60
    codes = {(d.code, d.where.path) for d in doc.deviations}
    assert ("not_a_session", "$.results['1234']['20260310'].b9") in codes
    assert ("no_room", "$.results['1234']['20260311'].c3") in codes
    again = read_bytes(dump(indico_json()))
    assert [e.guid for e in again.entries] == [e.guid for e in doc.entries]


@pytest.mark.parametrize(
    ("change", "code", "path"),
    [
        (
            lambda d: d["results"]["1234"]["20260310"]["c1"].pop("startDate"),
            "missing_field",
            "$.results['1234']['20260310'].c1.startDate",
        ),
        (
            lambda d: d["results"]["1234"]["20260310"]["c1"].update(presenters={"name": "A"}),
            "wrong_type",
            "$.results['1234']['20260310'].c1.presenters",
        ),
        (
            lambda d: d["results"]["1234"]["20260310"]["c1"].update(
                entries={"c5": d["results"]["1234"]["20260311"]["c2"]}
            ),
            "misplaced_object",
            "$.results['1234']['20260310'].c1.entries",
        ),
        (
            lambda d: d["results"].update({"99": {}}),
            "several_events",
            "$.results",
        ),
        (
            lambda d: d["results"]["1234"]["20260310"]["c1"]["startDate"].update(tz="Mars/Olympus"),
            "bad_time",
            "$.results['1234']['20260310'].c1.startDate",
        ),
    ],
)
def test_indico_shape_errors_are_refused(
    change: Callable[[dict[str, Any]], None], code: str, path: str
) -> None:
    data = indico_json()
    change(data)
    refused = _refused(json.dumps(data).encode())
    assert (refused.code, refused.where.path) == (code, path)
