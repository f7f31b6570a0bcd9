"""The stream plan as values: each channel's slots placed in time, derived from the schedule.

Entry points for other screens and writers (Qt-free, over a schedule
:class:`~wufops.schedule.World` whose registry holds the stream sources —
:func:`~wufops.streams.rules.add_stream_rules`):

- :func:`padded_windows` — per channel, its slots as :class:`PaddedWindow` values (the
  session's span and the padded span the channel is busy), in time order: what a channel
  timeline draws (the schedule workspace's channel lanes), and what follows a drag, since a
  slot's window is computed from its session's placement every time;
- :func:`channel_sessions` — a channel's sessions in time order: what the per-channel
  c3voc ``schedule.json`` and iCalendar exports write (each session carries its
  ``do_not_stream`` and ``do_not_record`` flags).

For the control room: :class:`Plan` (:func:`load_plan`, :func:`build_plan`) holds every
channel's slots with what the live board shows of them (titles, rooms, statuses and who set
them, the picture plan), ready for :func:`wufops.streams.board.board` to answer "what is on
air now and next" without reading the database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import accumulate

from wufops.models.schedule import EventInfo, Room, Session
from wufops.models.streams import (
    AccessNeeds,
    PaddedWindow,
    SlotStatus,
    StatusChange,
    StreamChannel,
    StreamSettings,
    StreamSlot,
)
from wufops.schedule import World
from wufops.store import schedule as schedule_store
from wufops.store import streams as store
from wufops.streams.rules import settings_of


def padded_windows(
    world: World, channel_id: str | None = None
) -> dict[str, tuple[PaddedWindow, ...]]:
    """Per channel (every channel of the event, or only ``channel_id``), the windows of its
    slots — slots not withdrawn, of sessions placed and not cancelled — sorted by when the
    channel is taken (``on_air_ms``), then session start, then slot id. A channel without
    slots maps to an empty tuple."""
    settings = settings_of(world)
    found: dict[str, list[PaddedWindow]] = {}
    if channel_id is None:
        found = {c: [] for c in world.table(StreamChannel)}
    else:
        found[channel_id] = []
    for slot in world.table(StreamSlot).values():
        if slot.withdrawn or (channel_id is not None and slot.channel_id != channel_id):
            continue
        session = world.sessions.get(slot.session_id)
        if session is None or not session.active or session.placement is None:
            continue
        pre, post = slot.rolls(settings)
        p = session.placement
        found.setdefault(slot.channel_id, []).append(
            PaddedWindow(
                slot.id, session.id, slot.channel_id, p.start_ms, p.end_ms, pre, post, slot.status
            )
        )
    return {
        channel: tuple(sorted(windows, key=lambda w: (w.on_air_ms, w.start_ms, w.slot_id)))
        for channel, windows in found.items()
    }


def channel_sessions(world: World, channel_id: str) -> tuple[Session, ...]:
    """The sessions a channel carries (a slot not withdrawn; placed, not cancelled), in order
    of start, then id; a session with two slots on the channel appears once."""
    ids = dict.fromkeys(w.session_id for w in padded_windows(world, channel_id)[channel_id])
    sessions = [world.sessions[i] for i in ids]
    return tuple(sorted(sessions, key=lambda s: (s.placement.start_ms if s.placement else 0, s.id)))


# -- the control room's plan ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BoardSlot:
    """A slot as the control room sees it."""

    window: PaddedWindow
    title: str
    room: str
    status: SlotStatus
    audio_tracks: tuple[str, ...]
    #: caption languages sent, and where (empty target: no captions can go out)
    captions: tuple[str, ...]
    caption_target: str
    #: sign languages shown picture-in-picture
    sign_languages: tuple[str, ...]
    #: required by the session but not in the picture plan
    captions_missing: tuple[str, ...]
    sign_missing: tuple[str, ...]
    #: who set the current status, and when (``None``: never changed, still as planned)
    changed: StatusChange | None
    do_not_stream: bool = False
    do_not_record: bool = False

    @property
    def slot_id(self) -> str:
        return self.window.slot_id


def _natural(name: str) -> tuple[object, ...]:
    """``Channel 2`` before ``Channel 10``."""
    parts: list[object] = []
    number = ""
    text = ""
    for char in name.casefold():
        if char.isdigit():
            if text:
                parts.append(text)
                text = ""
            number += char
        else:
            if number:
                parts.append(int(number))
                number = ""
            text += char
    if number:
        parts.append(int(number))
    if text:
        parts.append(text)
    return tuple((0, p) if isinstance(p, int) else (1, p) for p in parts)


class Plan:
    """Every channel of an event with its slots in time order (values, no database).

    Built once per change (:func:`load_plan` / :func:`build_plan`); the live board
    (:func:`wufops.streams.board.board`) answers from it every second."""

    def __init__(
        self,
        event: EventInfo,
        channels: tuple[StreamChannel, ...],
        slots: Mapping[str, tuple[BoardSlot, ...]],
    ) -> None:
        self.event = event
        self.channels = channels
        self.slots = {c.id: tuple(slots.get(c.id, ())) for c in channels}
        #: per channel: each slot's on-air instant, and the latest off-air instant so far
        self.on_air = {c: [s.window.on_air_ms for s in found] for c, found in self.slots.items()}
        self.latest_off = {
            c: list(accumulate((s.window.off_air_ms for s in found), max))
            for c, found in self.slots.items()
        }
        #: per channel: indexes of its live slots (a stream left live shows until ended)
        self.live = {
            c: tuple(i for i, s in enumerate(found) if s.status == "live")
            for c, found in self.slots.items()
        }
        self._by_id = {s.slot_id: s for found in self.slots.values() for s in found}

    def slot(self, slot_id: str) -> BoardSlot | None:
        return self._by_id.get(slot_id)

    def __len__(self) -> int:
        return len(self._by_id)


def build_plan(world: World, changes: Mapping[str, StatusChange] | None = None) -> Plan:
    """The plan of ``world`` (a world with the stream sources); ``changes``: who set each
    slot's current status (``wufops.store.streams.current_changes``)."""
    changes = changes or {}
    channels = tuple(
        sorted(world.table(StreamChannel).values(), key=lambda c: (_natural(c.name), c.id))
    )
    slots = world.table(StreamSlot)
    rooms: Mapping[str, Room] = world.rooms
    by_channel: dict[str, tuple[BoardSlot, ...]] = {}
    for channel_id, windows in padded_windows(world).items():
        channel = world.get(StreamChannel, channel_id)
        made = []
        for window in windows:
            slot = slots[window.slot_id]
            session = world.sessions[window.session_id]
            needs = world.get(AccessNeeds, session.id) or AccessNeeds(session.id)
            target = slot.caption_target or (channel.caption_target if channel else "")
            sent = slot.caption_languages if target else ()
            room = rooms.get(session.placement.room_id) if session.placement else None
            made.append(
                BoardSlot(
                    window=window,
                    title=session.title,
                    room=room.name if room is not None else "",
                    status=slot.status,
                    audio_tracks=slot.audio_tracks,
                    captions=sent,
                    caption_target=target,
                    sign_languages=slot.sign_languages,
                    captions_missing=tuple(c for c in needs.captions if c not in sent),
                    sign_missing=tuple(
                        s for s in needs.sign_languages if s not in slot.sign_languages
                    ),
                    changed=changes.get(slot.id),
                    do_not_stream=session.do_not_stream,
                    do_not_record=session.do_not_record,
                )
            )
        by_channel[channel_id] = tuple(made)
    return Plan(world.event, channels, by_channel)


def load_world_for_plan(conn: sqlite3.Connection, event_id: str | None = None) -> World:
    """The event's rooms, its channels, slots and padding, and only the sessions that have
    a slot (with their access needs): what the plan shows, without reading the whole
    programme (no speakers, no rules)."""
    event = schedule_store.event_info(conn, event_id)
    slots = store.load_slots(conn, event.id)
    streamed = {s.session_id for s in slots.values()}
    tables: dict[type, Mapping[str, object]] = {
        Room: schedule_store.load_rooms(conn, event.id),
        Session: schedule_store.load_sessions(conn, event.id, streamed),
        StreamSlot: slots,
        StreamChannel: store.load_channels(conn, event.id),
        StreamSettings: store.load_settings(conn, event.id),
        AccessNeeds: store.load_access_needs(conn, event.id, streamed),
    }
    return World(event, tables)


def load_plan(conn: sqlite3.Connection, event_id: str | None = None) -> Plan:
    """The event's stream plan, read from the database (one read of each table).

    Raises ``ScheduleStoreError`` (``no_event``, ``unknown_event``, ``event_ambiguous``)."""
    event = schedule_store.event_info(conn, event_id)
    world = load_world_for_plan(conn, event.id)
    return build_plan(world, store.current_changes(conn, event.id))
