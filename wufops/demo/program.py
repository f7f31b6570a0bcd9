"""The demo programme: 700+ sessions over six days in local daytime, room by room.

Each room is filled day by day from 09:00 with sessions of the types its kind hosts,
separated by a changeover gap (30 min in the plenary, assembly and dialogue rooms, 15 min
elsewhere), leaving some slots idle. Main sessions (plenaries, assemblies, dialogues) are
hybrid, webcast, and require International Sign plus English captions. A few conflicts are
seeded on purpose so the conflict views have something true to show (see ``SEEDED``).
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field

from wufops.demo.calendar import DAYS, local_iso
from wufops.demo.people import People
from wufops.demo.rows import Ids, Row, as_json
from wufops.demo.titles import ASSEMBLIES, title
from wufops.demo.venue import Room

UN_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
FORUM_LANGUAGES = (*UN_LANGUAGES, "az")
MAIN_TYPES = frozenset({"plenary", "assembly", "dialogue"})
DAY_START = 9 * 60
DAY_END = 19 * 60

#: conflicts seeded on purpose: room double-booked, speaker in two rooms at once,
#: expected audience above room capacity
SEEDED: dict[str, int] = {"room_overlap": 2, "speaker_double_booked": 2, "over_capacity": 3}

#: minutes a session of each type lasts (one picked at random)
DURATIONS: dict[str, tuple[int, ...]] = {
    "plenary": (120, 150, 180),
    "dialogue": (120,),
    "roundtable": (90,),
    "side_event": (60, 90, 90),
    "networking": (60, 90),
    "training": (90, 120),
}

#: room kind -> ((session type, weight), …), changeover (min), idle-slot probability
_KINDS: dict[str, tuple[tuple[tuple[str, int], ...], int, float]] = {
    "plenary": ((("plenary", 1),), 30, 0.2),
    "dialogue_hall": ((("dialogue", 1),), 30, 0.3),
    "assembly": ((("roundtable", 2), ("dialogue", 1)), 30, 0.3),
    "dialogue": ((("dialogue", 1), ("side_event", 3)), 30, 0.2),
    "roundtable": ((("roundtable", 2), ("side_event", 1)), 15, 0.45),
    "side_event": ((("side_event", 4), ("networking", 1)), 15, 0.5),
    "training": ((("training", 1),), 15, 0.5),
    "networking": ((("networking", 1),), 15, 0.25),
    "studio": ((("side_event", 3), ("training", 1)), 15, 0.3),
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
            "status": "scheduled",
        }
        return Row("session", self.row_id, fields)


def _fixed(rooms: tuple[Room, ...]) -> dict[tuple[str, int], list[tuple[int, int, str]]]:
    """Sessions at fixed times: the opening and closing ceremonies, the assemblies."""
    hall = rooms[0].name
    fixed: dict[tuple[str, int], list[tuple[int, int, str]]] = {
        (hall, 0): [(16 * 60, 18 * 60, "Opening ceremony")],
        (hall, DAYS - 1): [(16 * 60, 18 * 60, "Closing ceremony")],
    }
    assembly_rooms = [r.name for r in rooms if r.kind == "assembly"]
    names = iter(ASSEMBLIES)
    for day in (0, 1):
        for room_name in assembly_rooms:
            slots = fixed.setdefault((room_name, day), [])
            slots.append((9 * 60 + 30, 12 * 60 + 30, next(names)))
            slots.append((14 * 60, 17 * 60, next(names)))
    return fixed


def _pick_type(rng: random.Random, choices: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([c[0] for c in choices], weights=[c[1] for c in choices])[0]


def make_program(rng: random.Random, ids: Ids, rooms: tuple[Room, ...]) -> list[Planned]:
    fixed = _fixed(rooms)
    sessions: list[Planned] = []
    for day in range(DAYS):
        for room in rooms:
            choices, changeover, idle = _KINDS[room.kind]
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
                    start, end, name = blocks.pop(0)
                    kind = "assembly" if room.kind == "assembly" else "plenary"
                    sessions.append(
                        Planned(ids.next(), room, day, start, end, kind, name, high_level=True)
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
    return sessions


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


def seed_conflicts(rng: random.Random, sessions: list[Planned]) -> None:
    """Plant the ``SEEDED`` conflicts in side events (never in main or streamed rooms), each
    in sessions no other seeded conflict touches, so each shows up exactly once."""
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
