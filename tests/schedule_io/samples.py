"""Schedule files as their makers write them, for the import tests.

- :func:`frab_json` / :func:`frab_xml` — a frab export of a small conference ("MRMCD2023",
  Europe/Berlin) with what real frab exports do: an upper-case acronym and slugs that miss
  the c3voc patterns, logos as paths relative to ``base_url``, a property the schema does
  not declare (``video_download_url``), persons with frab's ``id``/``public_name`` and, for
  one, also ``name`` and ``guid`` (both shapes at once);
- :func:`indico_json` — Indico's HTTP API timetable export of a two-day event in
  Europe/Zurich: top-level contributions, a session block holding two contributions, a
  break, a contribution without a room, presenters with and without e-mail.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
PRETALX = DATA / "example-pretalx-democon.json"

GUIDS = [
    "5a5c4b6e-1f0e-5d3b-9c2a-0e6f7d8a9b01",
    "5a5c4b6e-1f0e-5d3b-9c2a-0e6f7d8a9b02",
    "5a5c4b6e-1f0e-5d3b-9c2a-0e6f7d8a9b03",
    "5a5c4b6e-1f0e-5d3b-9c2a-0e6f7d8a9b04",
]
SPEAKER_GUID = "0d6f9a41-7e55-5c3a-8f2b-6a1c9e3d4b57"


def pretalx() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(PRETALX.read_text(encoding="utf-8"))
    return data


def _frab_event(n: int, day: str, start: str, duration: str, room: str) -> dict[str, Any]:
    titles = [
        "Opening Ceremony",
        "Hacking the city: open data for housing",
        "Workshop: soldering for beginners",
        "Closing Event",
    ]
    types = ["podium", "lecture", "workshop", "other"]
    return {
        "guid": GUIDS[n],
        "id": 51 + n,
        "logo": f"/system/events/logos/000/000/0{51 + n}/large/logo.png",
        "date": f"{day}T{start}:00+02:00",
        "start": start,
        "duration": duration,
        "room": room,
        "slug": f"MRMCD2023-{51 + n}-{titles[n].split(':')[0].replace(' ', '_')}",
        "url": f"https://talks.mrmcd.net/2023/talk/{51 + n}/",
        "title": titles[n],
        "subtitle": "",
        "track": "Security" if n % 2 else "CCC",
        "type": types[n],
        "language": "de" if n == 0 else "en",
        "abstract": f"Abstract {n}",
        "description": f"Description {n}",
        "recording_license": "",
        "do_not_record": n == 2,
        "persons": [{"id": 17 + n, "public_name": f"Speaker {n}"}],
        "links": [],
        "attachments": [],
        "video_download_url": "",
    }


def frab_json() -> dict[str, Any]:
    events = [
        _frab_event(0, "2023-09-15", "10:00", "00:30", "Hörsaal A"),
        _frab_event(1, "2023-09-15", "11:00", "01:00", "Hörsaal A"),
        _frab_event(2, "2023-09-15", "11:00", "02:00", "Workshop Room"),
        _frab_event(3, "2023-09-16", "17:00", "00:45", "Hörsaal A"),
    ]
    events[3]["url"] = "talk/54/"  # relative to base_url
    # one person in frab's newer shape: id + public_name and name + guid
    events[1]["persons"].append(
        {"id": 99, "public_name": "Ana Lima", "name": "Ana Lima", "guid": SPEAKER_GUID}
    )
    day1 = {
        "index": 1,
        "date": "2023-09-15",
        "day_start": "2023-09-15T09:00:00+02:00",
        "day_end": "2023-09-16T03:00:00+02:00",
        "rooms": {"Hörsaal A": events[:2], "Workshop Room": [events[2]]},
    }
    day2 = {
        "index": 2,
        "date": "2023-09-16",
        "day_start": "2023-09-16T09:00:00+02:00",
        "day_end": "2023-09-17T03:00:00+02:00",
        "rooms": {"Hörsaal A": [events[3]]},
    }
    return {
        "schedule": {
            "version": "1.0 Fahrplan",
            "base_url": "https://talks.mrmcd.net/2023/",
            "conference": {
                "acronym": "MRMCD2023",
                "title": "MRMCD 2023",
                "start": "2023-09-15",
                "end": "2023-09-16",
                "daysCount": 2,
                "timeslot_duration": "00:15",
                "time_zone_name": "Europe/Berlin",
                "days": [day1, day2],
            },
        }
    }


def frab_xml(*, acronym: str = "MRMCD2023", extra: str = "") -> str:
    """The same conference as :func:`frab_json` as frab's ``schedule.xml``."""
    data = frab_json()
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<schedule>",
        '  <generator name="frab" version="bf1c8c7"/>',
        "  <version>1.0 Fahrplan</version>",
        "  <conference>",
        f"    <acronym>{acronym}</acronym>",
        "    <title>MRMCD 2023</title>",
        "    <start>2023-09-15</start>",
        "    <end>2023-09-16</end>",
        "    <days>2</days>",
        "    <timeslot_duration>00:15</timeslot_duration>",
        "    <base_url>https://talks.mrmcd.net/2023/</base_url>",
        "    <time_zone_name>Europe/Berlin</time_zone_name>",
        "  </conference>",
    ]
    for day in data["schedule"]["conference"]["days"]:
        out.append(
            f"  <day index='{day['index']}' date='{day['date']}' start='{day['day_start']}' "
            f"end='{day['day_end']}'>"
        )
        for room, events in day["rooms"].items():
            out.append(f"    <room name='{room}'>")
            for e in events:
                persons = "".join(
                    f"<person id='{p['id']}'"
                    + (f" guid='{p['guid']}'" if "guid" in p else "")
                    + f">{p['public_name']}</person>"
                    for p in e["persons"]
                )
                out += [
                    f"      <event guid='{e['guid']}' id='{e['id']}'>",
                    f"        <date>{e['date']}</date>",
                    f"        <start>{e['start']}</start>",
                    f"        <duration>{e['duration']}</duration>",
                    f"        <room>{e['room']}</room>",
                    f"        <slug>{e['slug']}</slug>",
                    f"        <url>{e['url']}</url>",
                    "        <recording><license></license>"
                    f"<optout>{'true' if e['do_not_record'] else 'false'}</optout></recording>",
                    f"        <title>{e['title']}</title>",
                    "        <subtitle></subtitle>",
                    f"        <track>{e['track']}</track>",
                    f"        <type>{e['type']}</type>",
                    f"        <language>{e['language']}</language>",
                    f"        <abstract>{e['abstract']}</abstract>",
                    f"        <description>{e['description']}</description>",
                    f"        <logo>{e['logo']}</logo>",
                    f"        <persons>{persons}</persons>",
                    "        <links></links>",
                    "        <attachments></attachments>",
                    "      </event>",
                ]
            out.append("    </room>")
        out.append("  </day>")
    out.append(extra)
    out.append("</schedule>")
    return "\n".join(out) + "\n"


def _when(day: str, hhmm: str) -> dict[str, str]:
    return {"date": day, "time": f"{hhmm}:00", "tz": "Europe/Zurich"}


def _contribution(
    entry_id: int, title: str, day: str, *, start: str, end: str, room: str, presenters: list[Any]
) -> dict[str, Any]:
    return {
        "_type": "ContribSchEntry",
        "_fossil": "contribSchEntryDisplay",
        "entryType": "Contribution",
        "id": f"c{entry_id}",
        "uniqueId": f"c{entry_id}",
        "contributionId": 400 + entry_id,
        "conferenceId": "1234",
        "title": title,
        "description": f"<p>About {title}</p>",
        "startDate": _when(day, start),
        "endDate": _when(day, end),
        "room": room,
        "location": "CICG",
        "inheritLoc": False,
        "presenters": presenters,
        "sessionId": None,
        "sessionSlotId": None,
        "url": f"/event/1234/contributions/{400 + entry_id}/",
        "material": [],
        "color": "#ffffff",
        "textColor": "#202020",
    }


def indico_json() -> dict[str, Any]:
    amina = {
        "firstName": "Amina",
        "familyName": "Diallo",
        "affiliation": "UN-Habitat",
        "email": "amina.diallo@example.org",
        "name": "Amina Diallo",
    }
    jonas = {"firstName": "Jonas", "familyName": "Berg", "affiliation": "ETH", "name": "Jonas Berg"}
    block = {
        "_type": "SessionSchEntry",
        "entryType": "Session",
        "id": "s7",
        "uniqueId": "s7",
        "sessionId": 3,
        "sessionSlotId": 7,
        "conferenceId": "1234",
        "title": "Plenary: Housing for all",
        "slotTitle": "Morning",
        "description": "The housing plenary",
        "startDate": _when("2026-03-10", "09:00"),
        "endDate": _when("2026-03-10", "11:00"),
        "room": "Room 1",
        "conveners": [jonas],
        "entries": {
            "c21": _contribution(
                21,
                "Keynote",
                "2026-03-10",
                start="09:00",
                end="09:45",
                room="Room 1",
                presenters=[amina],
            ),
            "c22": _contribution(
                22,
                "Panel",
                "2026-03-10",
                start="09:45",
                end="11:00",
                room="Room 1",
                presenters=[jonas],
            ),
        },
        "url": "/event/1234/sessions/3/",
    }
    coffee = {
        "_type": "BreakTimeSchEntry",
        "entryType": "Break",
        "id": "b9",
        "title": "Coffee",
        "startDate": _when("2026-03-10", "11:00"),
        "endDate": _when("2026-03-10", "11:30"),
        "room": "Foyer",
    }
    day1 = {
        "s7": block,
        "b9": coffee,
        "c1": _contribution(
            1,
            "Data for cities",
            "2026-03-10",
            start="11:30",
            end="12:30",
            room="Room 2",
            presenters=[amina],
        ),
    }
    day2 = {
        "c2": _contribution(
            2,
            "Mapping informal settlements",
            "2026-03-11",
            start="10:00",
            end="11:00",
            room="Room 2",
            presenters=[jonas, amina],
        ),
        "c3": _contribution(
            3, "Poster walk", "2026-03-11", start="14:00", end="15:00", room="", presenters=[]
        ),
    }
    return {
        "count": 1,
        "additionalInfo": {},
        "_type": "HTTPAPIResult",
        "complete": True,
        "url": "https://indico.example.org/export/timetable/1234.json?pretty=yes",
        "ts": 1767000000,
        "results": {"1234": {"20260310": day1, "20260311": day2}},
    }


def dump(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def mutate(data: Any) -> Any:
    return copy.deepcopy(data)
