"""The demo webcast: 8 stream channels and a stream slot for every webcast session.

Main sessions are webcast first (their rooms never need more than the 8 channels at once,
pre- and post-roll included); online and hybrid sessions then take a free channel, and a
hybrid session that finds none is run in person only. Channels carry an ingest *reference*
and a caption target, never a stream key.
"""

from __future__ import annotations

from wufops.demo.program import FORUM_LANGUAGES, Planned
from wufops.demo.rows import Ids, Row, as_json

CHANNELS = 8


def _roll(session: Planned) -> tuple[int, int]:
    return (20, 10) if session.type == "plenary" else (10, 5)


def make_streams(ids: Ids, event_id: str, sessions: list[Planned]) -> tuple[int, list[Row]]:
    """Channel rows and slot rows; downgrades hybrid sessions no channel can carry."""
    channels: list[str] = []
    rows: list[Row] = []
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
    # per channel: (day, busy-from, busy-until) in local minutes
    busy: list[list[tuple[int, int, int]]] = [[] for _ in channels]
    wanted = [s for s in sessions if s.format != "in_person" and not s.do_not_stream]
    wanted.sort(key=lambda s: (not s.main, s.format != "online", s.day, s.start, s.room.name))
    for session in wanted:
        pre, post = _roll(session)
        start, end = session.start - pre, session.end + post
        for index, taken in enumerate(busy):
            if all(d != session.day or e <= start or s >= end for d, s, e in taken):
                taken.append((session.day, start, end))
                rows.append(_slot(ids, session, channels[index], pre, post))
                break
        else:
            session.format = "in_person"
    return CHANNELS, rows


def _slot(ids: Ids, session: Planned, channel_id: str, pre: int, post: int) -> Row:
    booths = "interpretation_booth" in session.room.features
    tracks = ["floor", *(FORUM_LANGUAGES if booths and session.main else ())]
    return Row(
        "stream_slot",
        ids.next(),
        {
            "session_id": session.row_id,
            "channel_id": channel_id,
            "pre_roll_min": pre,
            "post_roll_min": post,
            "audio_tracks": as_json(tracks),
            "status": "planned",
        },
    )
