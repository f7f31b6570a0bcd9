"""Small hand-made stream plans for the rule, board and CLI tests: WUF13 in Baku (UTC+4).

In memory: :func:`stream_world` (rooms, sessions, channels, slots, the event's padding, the
sessions' access needs). In a real database, written through the op log: :func:`seed_streams`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import cast

from tests.schedule.build import EVENT, at, session, window
from wufops.models.schedule import Placement, Room, Session, SpeakerAvailability
from wufops.models.streams import (
    AccessNeeds,
    SlotStatus,
    StreamChannel,
    StreamSettings,
    StreamSlot,
)
from wufops.schedule.world import World
from wufops.store.replica import Replica

__all__ = ["EVENT", "at", "session", "window"]

ENCODER = frozenset({"stream_encoder"})


def room(room_id: str, *, encoder: bool = True, changeover: int = 0) -> Room:
    return Room(
        room_id, f"Room {room_id}", 500, changeover, (), ENCODER if encoder else frozenset()
    )


def channel(channel_id: str, caption_target: str = "captions/x") -> StreamChannel:
    return StreamChannel(channel_id, f"Channel {channel_id}", "YouTube", "", caption_target)


def slot(
    slot_id: str,
    session_id: str,
    channel_id: str,
    pre: int | None = None,
    post: int | None = None,
    *,
    captions: Iterable[str] = (),
    signs: Iterable[str] = (),
    status: str = "planned",
    withdrawn: bool = False,
    target: str = "",
) -> StreamSlot:
    return StreamSlot(
        slot_id,
        session_id,
        channel_id,
        pre,
        post,
        caption_target=target,
        caption_languages=tuple(captions),
        sign_languages=tuple(signs),
        status=cast(SlotStatus, status),
        withdrawn=withdrawn,
    )


def stream_world(
    rooms: Iterable[Room],
    sessions: Iterable[Session],
    slots: Iterable[StreamSlot],
    *,
    channels: Iterable[StreamChannel] | None = None,
    settings: StreamSettings | None = None,
    needs: Iterable[AccessNeeds] = (),
) -> World:
    slots = list(slots)
    if channels is None:
        channels = [channel(c) for c in sorted({s.channel_id for s in slots})]
    tables: dict[type, dict[str, object]] = {
        Room: {r.id: r for r in rooms},
        Session: {s.id: s for s in sessions},
        SpeakerAvailability: {},
        StreamChannel: {c.id: c for c in channels},
        StreamSlot: {s.id: s for s in slots},
        StreamSettings: {settings.id: settings} if settings is not None else {},
        AccessNeeds: {n.id: n for n in needs},
    }
    return World(EVENT, tables)


# -- the same kind of plan in a real database ---------------------------------------------------


def seed_streams(replica: Replica, event_id: str | None = None) -> dict[str, str]:
    """Monday 18 May in Baku: a plenary hall with an encoder and a side room without one;
    three channels (``WUF13 Channel 1``, ``2``, ``10``); four sessions with slots:

    - ``opening`` (Plenary Hall 10:00–12:00, needs International Sign and English captions)
      on Channel 1, both in its picture; padded 09:50–12:05;
    - ``dialogue`` (Plenary Hall 12:10–13:30, needs French captions, not in its picture) on
      Channel 1 too: padded from 12:00, so it overlaps the opening's post-roll by 5 min (C6)
      and misses its captions (warn);
    - ``side`` (Side Room 12:00–13:00) on Channel 2: the room has no encoder (C7);
    - ``ministerial`` (Plenary Hall 14:00–15:30, do-not-stream) on Channel 10 (C7).

    The event is made, or ``event_id``'s is used. Returns every id by name."""
    ids: dict[str, str] = {}
    with replica.batch() as batch:
        ids["event"] = event_id or batch.insert(
            "event",
            {
                "name": "WUF13",
                "venue": "Baku",
                "timezone": "Asia/Baku",
                "first_day": "2026-05-17",
                "last_day": "2026-05-22",
            },
        )
        for key, name, features in (
            ("hall", "Plenary Hall", ["stream_encoder", "interpretation_booth"]),
            ("side_room", "Side Room", ["hearing_loop"]),
        ):
            ids[key] = batch.insert(
                "room",
                {
                    "event_id": ids["event"],
                    "name": name,
                    "capacity": 800,
                    "features": json.dumps(features),
                },
            )
        for key, number, target in (("ch1", 1, "captions/ch1"), ("ch2", 2, ""), ("ch10", 10, "")):
            ids[key] = batch.insert(
                "stream_channel",
                {
                    "event_id": ids["event"],
                    "name": f"WUF13 Channel {number}",
                    "platform": "UN Web TV" if number == 1 else "YouTube",
                    "ingest_ref": f"ingest/ch{number}",
                    "caption_target": target,
                },
            )
        for key, title, room_key, start, end, needs, extra in (
            (
                "opening",
                "Opening plenary",
                "hall",
                "10:00",
                "12:00",
                [
                    {"service": "sign_language", "language": "ils"},
                    {"service": "captions", "language": "en"},
                ],
                {"type": "plenary", "high_level": 1},
            ),
            (
                "dialogue",
                "Housing dialogue",
                "hall",
                "12:10",
                "13:30",
                [{"service": "captions", "language": "fr"}],
                {"type": "dialogue"},
            ),
            (
                "side",
                "Side event on heat",
                "side_room",
                "12:00",
                "13:00",
                [],
                {"type": "side_event"},
            ),
            (
                "ministerial",
                "Ministerial roundtable",
                "hall",
                "14:00",
                "15:30",
                [],
                {"type": "roundtable", "do_not_stream": 1, "do_not_record": 1},
            ),
        ):
            ids[key] = batch.insert(
                "session",
                {
                    "event_id": ids["event"],
                    "title": title,
                    **Placement(ids[room_key], at(1, start), at(1, end)).to_fields(),
                    "access_required": json.dumps(needs),
                    "format": "hybrid",
                    "status": "scheduled",
                    **extra,
                },
            )
        for key, session_key, channel_key, picture in (
            (
                "opening_slot",
                "opening",
                "ch1",
                {"caption_languages": '["en"]', "sign_languages": '["ils"]'},
            ),
            ("dialogue_slot", "dialogue", "ch1", {}),
            ("side_slot", "side", "ch2", {}),
            ("ministerial_slot", "ministerial", "ch10", {}),
        ):
            ids[key] = batch.insert(
                "stream_slot",
                {
                    "session_id": ids[session_key],
                    "channel_id": ids[channel_key],
                    "audio_tracks": '["floor","fr"]',
                    **picture,
                },
            )
    return ids
