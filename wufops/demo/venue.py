"""The demo venue: 40 rooms from two plenary halls of thousands down to 30-seat rooms.

Each room has a *kind* that decides which session types it hosts. ``features`` lists what
the room offers (``interpretation_booth``, ``stream_encoder``, ``hearing_loop``,
``caption_screen``, ``step_free``) — the plenary, assembly and dialogue rooms and the Media
Studio have a stream encoder; most side-event rooms, the training wing, the lounges and
Roundtable Rooms 7–8 (:data:`NO_ENCODER`) do not. ``availability`` lists the windows the
room can be used, as ``[{"start": "…Z", "end": "…Z"}]``; ``changeover_min`` the minutes it
needs between two sessions (30 in the plenary, assembly and dialogue rooms, 15 elsewhere).
Networking Lounge 1 stays open past midnight after the opening day, for the opening night
reception.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from wufops.demo.calendar import DAYS, window
from wufops.demo.rows import Ids, Row, as_json

FULL = ("interpretation_booth", "stream_encoder", "hearing_loop", "caption_screen", "step_free")


@dataclass(frozen=True)
class Room:
    row_id: str
    name: str
    kind: str
    capacity: int
    features: tuple[str, ...]
    #: per event day, the local (start, end) minutes the room is available (an end past
    #: 24:00 runs into the next morning)
    open_minutes: tuple[tuple[int, int], ...]
    #: minutes the room needs between two sessions
    changeover: int = 15


#: minutes between two sessions, by room kind (set, sound and booth changes take longer in
#: the large rooms)
CHANGEOVER: dict[str, int] = {"plenary": 30, "dialogue_hall": 30, "assembly": 30, "dialogue": 30}
#: the lounge that hosts the opening night reception, and until when it is open that night
RECEPTION_ROOM = "Networking Lounge 1"
RECEPTION_CLOSES = 25 * 60

_SIDE_CAPACITIES = (150, 150, 120, 120, 120, 100, 100, 100, 80, 80, 80, 60, 60, 60, 60)

#: (kind, name, capacity, floor, zone)
_ROOMS: tuple[tuple[str, str, int, str, str], ...] = (
    ("plenary", "Plenary Hall 1", 3_000, "Ground floor", "Plenary zone"),
    ("dialogue_hall", "Plenary Hall 2", 1_800, "Ground floor", "Plenary zone"),
    ("assembly", "Assembly Hall 1", 1_000, "Ground floor", "Plenary zone"),
    ("assembly", "Assembly Hall 2", 800, "Level 1", "Plenary zone"),
    ("dialogue", "Dialogue Room 1", 600, "Level 1", "Dialogue zone"),
    ("dialogue", "Dialogue Room 2", 500, "Level 1", "Dialogue zone"),
    ("dialogue", "Dialogue Room 3", 500, "Level 1", "Dialogue zone"),
    *(
        ("roundtable", f"Roundtable Room {i + 1}", cap, "Level 1", "Roundtable zone")
        for i, cap in enumerate((200, 180, 160, 150, 150, 120, 120, 100))
    ),
    *(
        (
            "side_event",
            f"Side Event Room {i + 1}",
            cap,
            "Ground floor" if i < 8 else "Level 2",
            "Side-event zone A" if i < 8 else "Side-event zone B",
        )
        for i, cap in enumerate(_SIDE_CAPACITIES)
    ),
    *(
        ("training", f"Training Room {i + 1}", cap, "Level 2", "Training wing")
        for i, cap in enumerate((60, 50, 40, 40, 30))
    ),
    ("networking", "Networking Lounge 1", 250, "Ground floor", "Urban Expo"),
    ("networking", "Networking Lounge 2", 150, "Level 1", "Urban Expo"),
    ("studio", "Media Studio", 40, "Ground floor", "Media centre"),
    ("side_event", "Press Briefing Room", 120, "Ground floor", "Media centre"),
    ("side_event", "Urban Library", 80, "Level 1", "Urban Expo"),
)  # fmt: skip


#: roundtable rooms whose encoder is not installed (the webcast budget stopped short): their
#: hybrid sessions are held in person, and a slot planned there is a C7 ``no_encoder``
NO_ENCODER = frozenset({"Roundtable Room 7", "Roundtable Room 8"})


def _features(rng: random.Random, kind: str, floor: str) -> tuple[str, ...]:
    if kind in ("plenary", "dialogue_hall", "assembly", "dialogue"):
        return FULL
    if kind == "studio":
        return ("stream_encoder", "caption_screen", "step_free")
    found: list[str] = []
    if kind == "roundtable":
        found.extend(["interpretation_booth"] if rng.random() < 0.5 else [])
        found.append("stream_encoder")
    elif kind == "side_event" and rng.random() < 0.4:
        found.append("stream_encoder")
    if rng.random() < 0.5:
        found.append("hearing_loop")
    if kind != "networking" and rng.random() < 0.6:
        found.append("caption_screen")
    # two rooms up on Level 2 are reached by stairs only
    if not (floor == "Level 2" and rng.random() < 0.25):
        found.append("step_free")
    return tuple(found)


def make_rooms(rng: random.Random, ids: Ids, event_id: str) -> tuple[tuple[Room, ...], list[Row]]:
    rooms: list[Room] = []
    rows: list[Row] = []
    for kind, name, capacity, floor, zone in _ROOMS:
        features = _features(rng, kind, floor)
        if name in NO_ENCODER:  # after the draws: the rest of the venue is as the seed gives
            features = tuple(f for f in features if f != "stream_encoder")
        open_minutes = [(8 * 60, 20 * 60)] * DAYS
        if kind == "side_event" and rng.random() < 0.3:
            open_minutes[0] = (13 * 60, 20 * 60)  # set-up on the first morning
        if kind in ("plenary", "dialogue_hall"):
            open_minutes = [(7 * 60 + 30, 21 * 60)] * DAYS
        if name == RECEPTION_ROOM:
            open_minutes[0] = (8 * 60, RECEPTION_CLOSES)
        changeover = CHANGEOVER.get(kind, 15)
        room = Room(ids.next(), name, kind, capacity, features, tuple(open_minutes), changeover)
        rooms.append(room)
        availability = [window(d, start, end) for d, (start, end) in enumerate(open_minutes)]
        rows.append(
            Row(
                "room",
                room.row_id,
                {
                    "event_id": event_id,
                    "name": name,
                    "capacity": capacity,
                    "floor": floor,
                    "zone": zone,
                    "features": as_json(list(features)),
                    "availability": as_json(availability),
                    "changeover_min": changeover,
                },
            )
        )
    return tuple(rooms), rows
