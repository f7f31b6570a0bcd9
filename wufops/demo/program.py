"""The demo programme: 700+ sessions over six days in local daytime, room by room.

Each room is filled day by day from 09:00 with sessions of the types its kind hosts,
separated by the room's changeover (30 min in the plenary, assembly and dialogue rooms, 15
min elsewhere), leaving some slots idle; the opening night reception runs in a lounge past
midnight. Main sessions (plenaries, assemblies, dialogues) are hybrid, webcast, and require
International Sign plus English captions. Most placed sessions are ``scheduled``, a few
still ``draft``; some side events, trainings and networking events wait unplaced
(:func:`make_unscheduled`). Heads of state, ministers and some speakers declare when they can
speak (:func:`declare_availability`). A few conflicts are seeded on purpose, each of one
rule of ``wufops.schedule`` (codes in ``SEEDED``), so the conflict views show something true.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field

from wufops.demo.calendar import DAYS, local_iso
from wufops.demo.people import People
from wufops.demo.rows import Ids, Row, as_json
from wufops.demo.titles import ASSEMBLIES, title
from wufops.demo.venue import RECEPTION_ROOM, Room

UN_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
FORUM_LANGUAGES = (*UN_LANGUAGES, "az")
MAIN_TYPES = frozenset({"plenary", "assembly", "dialogue"})
DAY_START = 9 * 60
DAY_END = 19 * 60

#: conflicts seeded on purpose, by the code of the rule that finds them: a session running
#: into the next one in its room, one running past the room's closing time, a speaker in
#: two rooms at once, a speaker who leaves before their last session ends, more people
#: expected than the room seats
SEEDED: dict[str, int] = {
    "room_overlap": 2,
    "room_unavailable": 1,
    "speaker_double_booked": 2,
    "speaker_unavailable": 2,
    "over_capacity": 3,
}
#: share of placed side events still ``draft`` (placed, not confirmed)
DRAFT_SHARE = 0.03
#: unplaced sessions per placed one (waiting for a room)
UNSCHEDULED_SHARE = 0.04
#: share of ordinary speakers who declare the days they can speak
DECLARING_SHARE = 0.125

#: minutes a session of each type lasts (one picked at random)
DURATIONS: dict[str, tuple[int, ...]] = {
    "plenary": (120, 150, 180),
    "dialogue": (120,),
    "roundtable": (90,),
    "side_event": (60, 90, 90),
    "networking": (60, 90),
    "training": (90, 120),
}

#: room kind -> ((session type, weight), …), idle-slot probability (the changeover between
#: sessions is the room's, ``Room.changeover``)
_KINDS: dict[str, tuple[tuple[tuple[str, int], ...], float]] = {
    "plenary": ((("plenary", 1),), 0.2),
    "dialogue_hall": ((("dialogue", 1),), 0.3),
    "assembly": ((("roundtable", 2), ("dialogue", 1)), 0.3),
    "dialogue": ((("dialogue", 1), ("side_event", 3)), 0.2),
    "roundtable": ((("roundtable", 2), ("side_event", 1)), 0.45),
    "side_event": ((("side_event", 4), ("networking", 1)), 0.5),
    "training": ((("training", 1),), 0.5),
    "networking": ((("networking", 1),), 0.25),
    "studio": ((("side_event", 3), ("training", 1)), 0.3),
}


@dataclass
class Planned:
    """A session while the programme is being built (times in local minutes of a day)."""

    row_id: str
    room: Room
    day: int
    start: int
    end: int
    type: str
    title: str
    speakers: list[str] = field(default_factory=list)
    expected_audience: int = 0
    format: str = "in_person"
    floor_languages: tuple[str, ...] = ("en",)
    access_required: list[dict[str, str]] = field(default_factory=list)
    high_level: bool = False
    do_not_stream: bool = False
    do_not_record: bool = False
    status: str = "scheduled"

    @property
    def main(self) -> bool:
        return self.type in MAIN_TYPES or self.high_level

    def to_row(self, event_id: str) -> Row:
        fields = {
            "event_id": event_id,
            "title": self.title,
            "type": self.type,
            "room_id": self.room.row_id,
            "starts_at": local_iso(self.day, self.start),
            "ends_at": local_iso(self.day, self.end),
            "speakers": as_json(self.speakers),
            "expected_audience": self.expected_audience,
            "format": self.format,
            "floor_languages": as_json(list(self.floor_languages)),
            "access_required": as_json(self.access_required),
            "high_level": int(self.high_level),
            "do_not_stream": int(self.do_not_stream),
            "do_not_record": int(self.do_not_record),
            "status": self.status,
            "duration_min": self.end - self.start,
        }
        return Row("session", self.row_id, fields)


#: a session at a fixed time: (start, end) local minutes, title, type, high level
Fixed = tuple[int, int, str, str, bool]


def _fixed(rooms: tuple[Room, ...]) -> dict[tuple[str, int], list[Fixed]]:
    """Sessions at fixed times: the opening and closing ceremonies, the assemblies."""
    hall = rooms[0].name
    fixed: dict[tuple[str, int], list[Fixed]] = {
        (hall, 0): [(16 * 60, 18 * 60, "Opening ceremony", "plenary", True)],
        (hall, DAYS - 1): [(16 * 60, 18 * 60, "Closing ceremony", "plenary", True)],
    }
    assembly_rooms = [r.name for r in rooms if r.kind == "assembly"]
    names = iter(ASSEMBLIES)
    for day in (0, 1):
        for room_name in assembly_rooms:
            slots = fixed.setdefault((room_name, day), [])
            slots.append((9 * 60 + 30, 12 * 60 + 30, next(names), "assembly", True))
            slots.append((14 * 60, 17 * 60, next(names), "assembly", True))
    return fixed


def _pick_type(rng: random.Random, choices: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([c[0] for c in choices], weights=[c[1] for c in choices])[0]


def make_program(rng: random.Random, ids: Ids, rooms: tuple[Room, ...]) -> list[Planned]:
    fixed = _fixed(rooms)
    sessions: list[Planned] = []
    for day in range(DAYS):
        for room in rooms:
            choices, idle = _KINDS[room.kind]
            changeover = room.changeover
            opens, closes = room.open_minutes[day]
            cursor = max(DAY_START, opens)
            end_of_day = min(DAY_END, closes)
            blocks = sorted(fixed.get((room.name, day), []))
            while True:
                session_type = _pick_type(rng, choices)
                duration = rng.choice(DURATIONS[session_type])
                limit = min(end_of_day, blocks[0][0] - changeover) if blocks else end_of_day
                if cursor + duration > limit:
                    if not blocks:
                        break
                    start, end, name, kind, high = blocks.pop(0)
                    sessions.append(
                        Planned(ids.next(), room, day, start, end, kind, name, high_level=high)
                    )
                    cursor = end + changeover
                    continue
                if rng.random() < idle:
                    cursor += rng.choice((45, 60, 90, 120))
                    continue
                # every plenary is high level; some are billed as such in their title
                billed = session_type == "plenary" and rng.random() < 0.4
                sessions.append(
                    Planned(
                        ids.next(),
                        room,
                        day,
                        cursor,
                        cursor + duration,
                        session_type,
                        title(rng, session_type, high_level=billed),
                        high_level=session_type == "plenary",
                    )
                )
                cursor += duration + changeover
    _ministerial(rooms, sessions)
    for session in sessions:
        _dress(rng, session)
    _staffable(sessions)
    sessions.append(_reception(ids, rooms))
    return sessions


#: how many units (interpreters or writers: two for a session over 90 min) the sessions other
#: than the main ones may ask for one service and language at once (within a rest of each
#: other): English captions are not limited; a rarer caption language has two writers in the
#: team, a national sign language a handful of interpreters who also work International Sign
#: at the main sessions (wufops.demo.providers)
_AT_ONCE: dict[tuple[str, str], int] = {("sign_language", "ils"): 4}
_AT_ONCE_SIGN = 3
_AT_ONCE_CAPTIONS = 2
#: two requests are "at once" when one starts less than this after the other ends
_REST_MIN = 30
#: above this a session needs a team of two (wufops.models.access.AccessSettings)
_TEAM_ABOVE_MIN = 90


def _staffable(sessions: list[Planned]) -> None:
    """Keep the access demand of the side programme within what the demo team can staff on
    every seed: where the sessions other than the main ones would ask for more units of one
    service and language at once than :data:`_AT_ONCE` allows, the later asks for English
    captions instead of captions in its floor language (relay captioning), or drops its
    sign-language request. Deterministic (no draws), so the rest of the programme is as the
    seed made it."""
    busy: dict[tuple[str, str], list[tuple[int, int, int, int]]] = {}
    for session in sorted(sessions, key=lambda s: (s.day, s.start, s.row_id)):
        kept: list[dict[str, str]] = []
        units = 2 if session.end - session.start > _TEAM_ABOVE_MIN else 1
        for item in session.access_required:
            key = (item["service"], item["language"])
            if session.main or key == ("captions", "en"):
                kept.append(item)
                continue
            limit = _AT_ONCE.get(
                key, _AT_ONCE_SIGN if key[0] == "sign_language" else _AT_ONCE_CAPTIONS
            )
            spans = busy.setdefault(key, [])
            now = sum(
                n
                for day, start, end, n in spans
                if day == session.day
                and start < session.end + _REST_MIN
                and session.start < end + _REST_MIN
            )
            if now + units <= limit:
                spans.append((session.day, session.start, session.end, units))
                kept.append(item)
            elif key[0] == "captions" and {"service": "captions", "language": "en"} not in kept:
                kept.append({"service": "captions", "language": "en"})
        session.access_required = kept


def _reception(ids: Ids, rooms: tuple[Room, ...]) -> Planned:
    """The opening night reception, 20:00 to 00:30 in the lounge that stays open for it
    (made after the random draws, so the rest of the programme is as the seed gives it)."""
    lounge = next(r for r in rooms if r.name == RECEPTION_ROOM)
    return Planned(
        ids.next(),
        lounge,
        0,
        20 * 60,
        24 * 60 + 30,
        "networking",
        "Opening night reception",
        expected_audience=int(lounge.capacity * 0.9),
    )


def _ministerial(rooms: tuple[Room, ...], sessions: list[Planned]) -> None:
    """The first roundtable of each day in the largest roundtable room is ministerial:
    high-level, closed door (not streamed, not recorded)."""
    room = next(r for r in rooms if r.kind == "roundtable")
    seen: set[int] = set()
    for session in sorted(sessions, key=lambda s: (s.day, s.start)):
        if session.room is room and session.type == "roundtable" and session.day not in seen:
            seen.add(session.day)
            session.high_level = True
            session.do_not_stream = session.do_not_record = True
            session.title = "Ministerial roundtable: " + session.title.split(": ", 1)[-1]


def _dress(rng: random.Random, session: Planned) -> None:
    """Format, languages, access services and audience, by session type and room."""
    capacity = session.room.capacity
    if session.main:
        session.format = "in_person" if session.do_not_stream else "hybrid"
        session.floor_languages = (
            FORUM_LANGUAGES if session.type == "plenary" else ("en", rng.choice(FORUM_LANGUAGES))
        )
        if session.floor_languages[0] == session.floor_languages[-1]:
            session.floor_languages = ("en",)
        session.access_required = [
            {"service": "sign_language", "language": "ils"},
            {"service": "captions", "language": "en"},
        ]
        if session.type == "plenary":
            session.access_required.append({"service": "captions", "language": "az"})
        session.expected_audience = int(capacity * rng.uniform(0.5, 0.95))
        return
    if session.room.kind == "studio":
        session.format = "online"
    elif session.type in ("roundtable", "side_event") and rng.random() < 0.25:
        session.format = "hybrid"
    roll = rng.random()
    session.floor_languages = (
        ("en",)
        if roll < 0.7
        else (("ru",), ("az",), ("es",), ("fr",), ("ar",), ("zh",), ("en", "ru"))[
            int((roll - 0.7) / 0.3 * 7)
        ]
    )
    if rng.random() < 0.08:
        session.access_required.append(
            {"service": "sign_language", "language": rng.choice(("ils", "tsm", "rsl", "ase"))}
        )
    if rng.random() < (0.25 if session.format != "in_person" else 0.04):
        session.access_required.append(
            {"service": "captions", "language": session.floor_languages[0]}
        )
    session.expected_audience = int(capacity * rng.uniform(0.3, 1.0))


def cast_speakers(rng: random.Random, sessions: list[Planned], people: People) -> None:
    """Speakers for every session, none in two sessions at once (heads of state open the
    forum, ministers speak in high-level sessions)."""
    busy: dict[str, list[tuple[int, int, int]]] = {}

    def free(person: str, s: Planned) -> bool:
        return all(
            day != s.day or end <= s.start or start >= s.end
            for day, start, end in busy.get(person, ())
        )

    def book(person: str, s: Planned) -> None:
        busy.setdefault(person, []).append((s.day, s.start, s.end))
        s.speakers.append(person)

    heads = set(people.heads_of_state)
    pool = [p for p in people.speakers if p not in heads]
    if not pool:
        return
    for session in sorted(sessions, key=lambda s: (s.day, s.start, s.room.name)):
        if session.title == "Opening ceremony":
            for person in people.heads_of_state:
                book(person, session)
        if session.high_level:
            for person in rng.sample(people.ministers, min(3, len(people.ministers))):
                if free(person, session):
                    book(person, session)
        wanted = {"plenary": 6, "assembly": 5, "dialogue": 5, "roundtable": 6}.get(session.type, 3)
        wanted = rng.randint(max(1, wanted - 2), wanted)
        for _ in range(wanted * 4):
            if len(session.speakers) >= wanted:
                break
            person = rng.choice(pool)
            if person not in session.speakers and free(person, session):
                book(person, session)


def _clashes(sessions: list[Planned], person: str, day: int, start: int, end: int) -> int:
    return sum(
        1
        for s in sessions
        if person in s.speakers and s.day == day and s.start < end and start < s.end
    )


def seed_conflicts(rng: random.Random, sessions: list[Planned]) -> set[str]:
    """Plant the ``SEEDED`` room and capacity conflicts and the double-booked speakers in
    side events and networking events (never in main or streamed rooms), each in sessions no
    other seeded conflict touches, so each shows up exactly once; leave a few placed side
    events in ``draft``. Returns the ids of the sessions they touch (the speakers'
    availability seeds its own, :func:`declare_availability`)."""
    side = [s for s in sessions if s.room.kind == "side_event" and s.type == "side_event"]
    used: set[str] = set()
    by_room: dict[tuple[str, int], list[Planned]] = {}
    for s in side:
        by_room.setdefault((s.room.name, s.day), []).append(s)
    pairs: list[tuple[Planned, Planned]] = []
    for group in by_room.values():
        group.sort(key=lambda s: s.start)
        pairs.extend((a, b) for a, b in itertools.pairwise(group) if b.start - a.end <= 30)
    rng.shuffle(pairs)
    planted = 0
    for a, b in pairs:
        if planted == SEEDED["room_overlap"]:
            break
        if used & {a.row_id, b.row_id}:
            continue
        # runs 15 minutes into the next session; its speakers must stay free meanwhile
        if all(_clashes(sessions, p, a.day, a.end, b.start + 15) == 0 for p in a.speakers):
            a.end = b.start + 15
            used |= {a.row_id, b.row_id}
            planted += 1
    planted = 0
    shuffled = side[:]
    rng.shuffle(shuffled)
    for a in shuffled:
        if planted == SEEDED["speaker_double_booked"]:
            break
        if a.row_id in used or not a.speakers:
            continue
        person = a.speakers[0]
        for b in shuffled:
            if (
                b.row_id not in used
                and b.room is not a.room
                and b.day == a.day
                and b.start < a.end
                and a.start < b.end
                and person not in b.speakers
                and _clashes(sessions, person, b.day, b.start, b.end) == 1
            ):
                b.speakers.append(person)
                used |= {a.row_id, b.row_id}
                planted += 1
                break
    rest = [s for s in shuffled if s.row_id not in used]
    for s in rest[: SEEDED["over_capacity"]]:
        s.expected_audience = int(s.room.capacity * rng.uniform(1.1, 1.3))
        used.add(s.row_id)
    _run_late(rng, sessions, used)
    drafts = [s for s in shuffled if s.row_id not in used]
    for s in drafts[: round(len(side) * DRAFT_SHARE)]:
        s.status = "draft"
        used.add(s.row_id)
    return used


def _run_late(rng: random.Random, sessions: list[Planned], used: set[str]) -> None:
    """An evening networking event that runs 30 minutes past its room's closing time."""
    last: dict[tuple[str, int], Planned] = {}
    for s in sorted(sessions, key=lambda s: (s.day, s.start)):
        last[(s.room.name, s.day)] = s
    candidates = [
        s
        for s in last.values()
        if s.type == "networking"
        and s.row_id not in used
        and s.room.open_minutes[s.day][1] == 20 * 60
        and s.end <= 19 * 60
    ]
    rng.shuffle(candidates)
    planted = 0
    for s in candidates:
        if planted == SEEDED["room_unavailable"]:
            break
        late = 20 * 60 + 30
        if all(_clashes(sessions, p, s.day, s.end, late) == 0 for p in s.speakers):
            s.end = late
            used.add(s.row_id)
            planted += 1


def declare_availability(
    rng: random.Random, sessions: list[Planned], people: People, used: set[str]
) -> list[Row]:
    """``speaker_availability`` rows (id: the speaker's attendee id): every head of state and
    speaking minister is in Baku from the day before their first session to the evening of
    their last; about one speaker in eight declares the days they speak (08:00–19:30, or
    around their sessions). ``SEEDED["speaker_unavailable"]`` of those leave for the airport
    30 minutes into their last session."""
    talks: dict[str, list[Planned]] = {}
    for s in sorted(sessions, key=lambda s: (s.day, s.start, s.row_id)):
        for person in s.speakers:
            talks.setdefault(person, []).append(s)
    vips = set(people.heads_of_state) | set(people.ministers)
    windows: dict[str, list[dict[str, str]]] = {}
    candidates = [
        person
        for person, own in talks.items()
        if person not in vips and all(t.row_id not in used for t in own)
    ]
    rng.shuffle(candidates)
    for person in candidates:
        if len(windows) == SEEDED["speaker_unavailable"]:
            break
        own = talks[person]
        final = own[-1]
        if final.row_id in used or final.end - final.start <= 30:
            continue
        earlier = [t for t in own[:-1] if t.day == final.day]
        windows[person] = [
            *_speaking_days(own[:-1], not_on=final.day),
            {
                "start": local_iso(final.day, min([8 * 60, *(t.start for t in earlier)])),
                "end": local_iso(final.day, final.start + 30),
            },
        ]
        used.add(final.row_id)
    for person, own in talks.items():
        if person in windows:
            continue
        if person in vips:
            first, last = max(0, own[0].day - 1), own[-1]
            windows[person] = [
                {
                    "start": local_iso(first, 8 * 60),
                    "end": local_iso(last.day, max(21 * 60, last.end)),
                }
            ]
        elif rng.random() < DECLARING_SHARE:
            windows[person] = _speaking_days(own)
    return [
        Row("speaker_availability", person, {"windows": as_json(found)})
        for person, found in windows.items()
    ]


def _speaking_days(own: list[Planned], not_on: int = -1) -> list[dict[str, str]]:
    """A window per day of ``own`` (but ``not_on``): 08:00–19:30, widened to its sessions."""
    days: dict[int, tuple[int, int]] = {}
    for t in own:
        if t.day == not_on:
            continue
        start, end = days.get(t.day, (8 * 60, 19 * 60 + 30))
        days[t.day] = (min(start, t.start), max(end, t.end))
    return [
        {"start": local_iso(day, start), "end": local_iso(day, end)}
        for day, (start, end) in sorted(days.items())
    ]


#: unplaced session types and their weights
_UNPLACED_TYPES = (("side_event", 5), ("training", 1), ("networking", 1), ("roundtable", 1))


def make_unscheduled(
    rng: random.Random, ids: Ids, event_id: str, placed: int, people: People
) -> list[Row]:
    """Draft sessions without a room or time yet (``duration_min`` says how long they need):
    side events, trainings, networking events and roundtables waiting for a slot."""
    heads = set(people.heads_of_state)
    pool = [p for p in people.speakers if p not in heads]
    rows = []
    for _ in range(max(4, round(placed * UNSCHEDULED_SHARE))):
        kind = _pick_type(rng, _UNPLACED_TYPES)
        speakers = rng.sample(pool, min(len(pool), rng.randint(1, 3))) if pool else []
        fields: dict[str, object] = {
            "event_id": event_id,
            "title": title(rng, kind),
            "type": kind,
            "speakers": as_json(speakers),
            "expected_audience": rng.randrange(30, 160, 10),
            "format": "hybrid" if rng.random() < 0.2 else "in_person",
            "floor_languages": as_json(["en"]),
            "status": "draft",
            "duration_min": rng.choice(DURATIONS[kind]),
        }
        rows.append(Row("session", ids.next(), fields))
    return rows
