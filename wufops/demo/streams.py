"""The demo webcast: 8 stream channels, the event's padding, and a stream slot for every
webcast session — with one overlap left for the control room to find.

Main sessions (plenaries, assemblies, dialogues, every high-level session that is not
closed-door) are webcast first: their rooms never need more than the 8 channels at once, pre-
and post-roll included. Online and hybrid sessions then take a free channel — when their room
has a stream encoder; a hybrid session in a room without one (most side-event rooms, two
roundtable rooms, the training wing), or that finds no free channel, is held in person only.

Each slot's picture plan carries what its session requires (caption languages to the
channel's caption target, sign languages picture-in-picture); plenaries are padded 20 min
before and 10 after, every other slot follows the event's padding (10 and 5, the
``stream_settings`` row). Channels carry an ingest *reference* and a caption target, never a
stream key. Every slot is ``planned``: the demo is written before the forum.

:data:`SEEDED_STREAMS`: one side event's slot is then moved onto a channel where its padded
window overlaps the next slot's by a few minutes of roll (``channel_overlap``, C6) — a
handover the coordinator must fix. Deterministic per seed: no random draw here.
"""

from __future__ import annotations

from wufops.demo.program import FORUM_LANGUAGES, Planned
from wufops.demo.rows import Ids, Row, as_json
from wufops.models.streams import DEFAULT_POST_ROLL_MIN, DEFAULT_PRE_ROLL_MIN, ENCODER_FEATURE

CHANNELS = 8
#: the stream conflicts left in the demo on purpose, by rule code
SEEDED_STREAMS: dict[str, int] = {"channel_overlap": 1}
#: the most minutes of roll the seeded overlap takes
_SEEDED_OVERLAP_MAX = 15


def _roll(session: Planned) -> tuple[int | None, int | None]:
    """A plenary's own rolls (set and holding slides take longer); ``None``: the event's."""
    return (20, 10) if session.type == "plenary" else (None, None)


def _span(session: Planned) -> tuple[int, int]:
    """The padded window in local minutes of its day."""
    pre, post = _roll(session)
    pre = DEFAULT_PRE_ROLL_MIN if pre is None else pre
    post = DEFAULT_POST_ROLL_MIN if post is None else post
    return session.start - pre, session.end + post


def make_streams(ids: Ids, event_id: str, sessions: list[Planned]) -> tuple[int, list[Row]]:
    """Channel rows, the event's padding and slot rows; downgrades to in-person the hybrid
    sessions no channel or no encoder can carry."""
    channels: list[str] = []
    rows: list[Row] = [
        Row(
            "stream_settings",
            event_id,
            {"pre_roll_min": DEFAULT_PRE_ROLL_MIN, "post_roll_min": DEFAULT_POST_ROLL_MIN},
        )
    ]
    for n in range(1, CHANNELS + 1):
        channel_id = ids.next()
        channels.append(channel_id)
        rows.append(
            Row(
                "stream_channel",
                channel_id,
                {
                    "event_id": event_id,
                    "name": f"WUF13 Channel {n}",
                    "platform": "UN Web TV" if n <= 2 else "YouTube",
                    "ingest_ref": f"ingest/wuf13-ch{n}",
                    "caption_target": f"captions/wuf13-ch{n}",
                },
            )
        )
    # per channel: (day, busy-from, busy-until, session) in local minutes
    busy: list[list[tuple[int, int, int, Planned]]] = [[] for _ in channels]
    wanted = [s for s in sessions if s.format != "in_person" and not s.do_not_stream]
    wanted.sort(key=lambda s: (not s.main, s.format != "online", s.day, s.start, s.room.name))
    placed: list[tuple[Planned, int]] = []
    for session in wanted:
        if ENCODER_FEATURE not in session.room.features:
            session.format = "in_person"
            continue
        start, end = _span(session)
        for index, taken in enumerate(busy):
            if all(d != session.day or e <= start or s >= end for d, s, e, _ in taken):
                taken.append((session.day, start, end, session))
                placed.append((session, index))
                break
        else:
            session.format = "in_person"
    placed = _seed_overlap(placed, busy)
    for session, index in placed:
        rows.append(_slot(ids, session, channels[index]))
    return CHANNELS, rows


def _seed_overlap(
    placed: list[tuple[Planned, int]], busy: list[list[tuple[int, int, int, Planned]]]
) -> list[tuple[Planned, int]]:
    """Move the first side event (by day, start, room) whose padded window, on another
    channel, would overlap exactly one slot there by a few minutes of roll only (the two
    sessions themselves do not overlap): the handover the coordinator must find. (A
    programme that offers none is left as it is; every seed tried offers dozens.)"""
    for n, (session, own) in enumerate(sorted(placed, key=lambda p: _order(p[0]))):
        if session.type != "side_event":
            continue
        start, end = _span(session)
        for index, taken in enumerate(busy):
            if index == own:
                continue
            hits = [
                (s, e, other)
                for d, s, e, other in taken
                if d == session.day and s < end and start < e
            ]
            if len(hits) != 1:
                continue
            s, e, other = hits[0]
            overlap = min(end, e) - max(start, s)
            sessions_apart = other.end <= session.start or session.end <= other.start
            if sessions_apart and overlap <= _SEEDED_OVERLAP_MAX:
                ordered = sorted(placed, key=lambda p: _order(p[0]))
                ordered[n] = (session, index)
                return ordered
    return placed


def _order(session: Planned) -> tuple[int, int, str]:
    return (session.day, session.start, session.room.name)


def _slot(ids: Ids, session: Planned, channel_id: str) -> Row:
    booths = "interpretation_booth" in session.room.features
    tracks = ["floor", *(FORUM_LANGUAGES if booths and session.main else ())]
    captions = [a["language"] for a in session.access_required if a["service"] == "captions"]
    signs = [a["language"] for a in session.access_required if a["service"] == "sign_language"]
    pre, post = _roll(session)
    return Row(
        "stream_slot",
        ids.next(),
        {
            "session_id": session.row_id,
            "channel_id": channel_id,
            "pre_roll_min": pre,
            "post_roll_min": post,
            "audio_tracks": as_json(tracks),
            "caption_languages": as_json(list(dict.fromkeys(captions))),
            "sign_languages": as_json(list(dict.fromkeys(signs))),
            "status": "planned",
        },
    )
