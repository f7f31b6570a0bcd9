"""The stream rules (C6, C7), their axes and sources, plugged into the schedule engine:
:func:`add_stream_rules`.

| code | | default | objects | parameters |
|---|---|---|---|---|
| ``channel_overlap`` | C6 | block | session, session, channel | overlap_min, gap_min, needed_min |
| ``no_encoder`` | C7 | block | session, room | — |
| ``do_not_stream`` | C7 | block | session, channel | — |
| ``access_not_in_picture`` | C7 | warn | session, channel | captions, sign_languages |

- **C6** two slots on one channel whose *padded* windows overlap: each session's span widened
  by its slot's pre-roll before and post-roll after (the event's defaults where the slot
  sets none). ``overlap_min``: how long the padded windows overlap; ``gap_min``: the minutes
  between the two sessions themselves; ``needed_min``: what the channel needs between them
  (the first's post-roll plus the second's pre-roll). A channel carries one programme at a
  time (YouTube binds a stream to one live broadcast at a time).
- **C7** ``no_encoder``: a streamed session in a room whose ``features`` do not list
  ``stream_encoder`` — nothing in that room can send a picture. ``do_not_stream``: a session
  marked do-not-stream (closed door) that has a slot. Two codes because the fixes differ
  (move the session to a room with an encoder; withdraw the slot or clear the flag) and an
  event may rate them differently.
- ``access_not_in_picture`` (warn): a streamed session requires captions or a sign language
  that its slot's *picture plan* does not carry — a caption language not in the slot's
  ``caption_languages`` (or no caption target at all: neither the slot's nor the channel's),
  a sign language not in its ``sign_languages`` (shown picture-in-picture). ``captions`` and
  ``sign_languages`` list what is missing.

A session is *streamed* when it has a slot that is not withdrawn. Slots store no time: their
windows come from their sessions' placements, so moving a session moves its slots and the
engine rechecks the channels it left and entered. The axes:

- ``channel`` — sessions by the channels of their slots, each reaching over its padded
  window; a slot, a session's access needs or the event's padding changing re-indexes the
  sessions involved (``member_kinds``); a channel changing rechecks its buckets;
- ``stream_room`` — streamed sessions by room: a room's features changing rechecks the
  streamed sessions in it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable
from typing import Any

from wufops.models.schedule import MINUTE_MS, EventInfo, Finding, ObjectRef, Room, Session
from wufops.models.streams import (
    ENCODER_FEATURE,
    AccessNeeds,
    StreamChannel,
    StreamSettings,
    StreamSlot,
)
from wufops.schedule import Axis, Bucket, Reach, Registry, Rule, Source, World, core_registry
from wufops.schedule.messages import add_messages
from wufops.store import streams as store
from wufops.streams.messages import MESSAGES


def settings_of(world: World) -> StreamSettings | None:
    """The event's padding, if it set one."""
    return world.get(StreamSettings, world.event.id)


def slots_of(world: World, session_id: str) -> list[StreamSlot]:
    """A session's slots that are not withdrawn, in id order."""
    found = world.grouped(StreamSlot, "session_id").get(session_id)
    if not found:
        return []
    return sorted((s for s in found.values() if not s.withdrawn), key=lambda s: s.id)


def _minutes_up(ms: int) -> int:
    return -(-ms // MINUTE_MS)


class ChannelAxis(Axis):
    """Sessions by the channels of their slots; each reaches over its padded window."""

    name = "channel"
    subject_kinds = (StreamChannel,)
    member_kinds = (StreamSlot, StreamSettings, AccessNeeds)

    def reach(self, world: World, session: Session) -> Iterable[Reach]:
        slots = slots_of(world, session.id)
        if not slots:
            return ()
        placement = session.placement
        assert placement is not None
        settings = settings_of(world)
        found = []
        for slot in slots:
            pre, post = slot.rolls(settings)
            found.append(
                Reach(
                    slot.channel_id,
                    placement.start_ms - pre * MINUTE_MS,
                    placement.end_ms + post * MINUTE_MS,
                )
            )
        return found

    def sessions_moved(
        self, world: World, kind: type[Any], before: object | None, after: object | None
    ) -> Iterable[str]:
        if kind is StreamSlot:
            return {o.session_id for o in (before, after) if isinstance(o, StreamSlot)}
        if kind is AccessNeeds:
            return {o.id for o in (before, after) if isinstance(o, AccessNeeds)}
        if kind is StreamSettings:
            return {s.session_id for s in world.table(StreamSlot).values() if s.follows_defaults}
        return ()


class StreamRoomAxis(Axis):
    """Streamed sessions (a slot not withdrawn) by room."""

    name = "stream_room"
    subject_kinds = (Room,)
    member_kinds = (StreamSlot,)

    def reach(self, world: World, session: Session) -> Iterable[Reach]:
        if not slots_of(world, session.id):
            return ()
        placement = session.placement
        assert placement is not None
        return (Reach(placement.room_id, placement.start_ms, placement.end_ms),)

    def sessions_moved(
        self, world: World, kind: type[Any], before: object | None, after: object | None
    ) -> Iterable[str]:
        return {o.session_id for o in (before, after) if isinstance(o, StreamSlot)}


def _session(s: Session) -> ObjectRef:
    return ObjectRef("session", s.id)


class ChannelOverlap(Rule):
    code = "channel_overlap"
    default_severity = "block"
    axis = "channel"
    catalogue = "C6"

    def check(self, bucket: Bucket, world: World) -> Iterable[Finding]:
        settings = settings_of(world)
        spans: list[tuple[int, int, str, Session, int, int]] = []
        for session in bucket.sessions:
            p = session.placement
            assert p is not None
            for slot in slots_of(world, session.id):
                if slot.channel_id != bucket.subject:
                    continue
                pre, post = slot.rolls(settings)
                on_air, off_air = p.start_ms - pre * MINUTE_MS, p.end_ms + post * MINUTE_MS
                spans.append((on_air, off_air, slot.id, session, pre, post))
        if len(spans) < 2:
            return ()
        spans.sort(key=lambda x: (x[0], x[3].id, x[2]))
        channel = ObjectRef("channel", bucket.subject)
        found: dict[str, Finding] = {}
        for index, (_, a_off, _, a, _, a_post) in enumerate(spans):
            for b_on, b_off, _, b, b_pre, _ in spans[index + 1 :]:
                if b_on >= a_off:
                    break
                pa, pb = a.placement, b.placement
                assert pa is not None and pb is not None
                finding = Finding(
                    self.code,
                    (_session(a), _session(b), channel),
                    {
                        "overlap_min": _minutes_up(min(a_off, b_off) - b_on),
                        "gap_min": max(0, pb.start_ms - pa.end_ms) // MINUTE_MS,
                        "needed_min": a_post + b_pre,
                    },
                )
                kept = found.get(finding.key)
                if kept is None or kept.params["overlap_min"] < finding.params["overlap_min"]:
                    found[finding.key] = finding
        return found.values()


class DoNotStream(Rule):
    code = "do_not_stream"
    default_severity = "block"
    axis = "channel"
    catalogue = "C7"

    def check(self, bucket: Bucket, world: World) -> Iterable[Finding]:
        channel = ObjectRef("channel", bucket.subject)
        for session in bucket.sessions:
            if session.do_not_stream:
                yield Finding(self.code, (_session(session), channel))


class AccessNotInPicture(Rule):
    code = "access_not_in_picture"
    default_severity = "warn"
    axis = "channel"
    catalogue = "C7"

    def check(self, bucket: Bucket, world: World) -> Iterable[Finding]:
        channel = world.get(StreamChannel, bucket.subject)
        channel_target = channel.caption_target if channel is not None else ""
        where = ObjectRef("channel", bucket.subject)
        for session in bucket.sessions:
            needs = world.get(AccessNeeds, session.id)
            if needs is None:
                continue
            captions: set[str] = set()
            signs: set[str] = set()
            for slot in slots_of(world, session.id):
                if slot.channel_id != bucket.subject:
                    continue
                target = slot.caption_target or channel_target
                captions.update(
                    c for c in needs.captions if not target or c not in slot.caption_languages
                )
                signs.update(s for s in needs.sign_languages if s not in slot.sign_languages)
            if captions or signs:
                yield Finding(
                    self.code,
                    (_session(session), where),
                    {"captions": sorted(captions), "sign_languages": sorted(signs)},
                )


class NoEncoder(Rule):
    code = "no_encoder"
    default_severity = "block"
    axis = "stream_room"
    catalogue = "C7"

    def check(self, bucket: Bucket, world: World) -> Iterable[Finding]:
        room = world.rooms.get(bucket.subject)
        if room is None or ENCODER_FEATURE in room.features:
            return
        where = ObjectRef("room", bucket.subject)
        for session in bucket.sessions:
            yield Finding(self.code, (_session(session), where))


def _slots(
    conn: sqlite3.Connection, event: EventInfo, ids: Collection[str] | None
) -> dict[str, StreamSlot]:
    return store.load_slots(conn, event.id, ids)


def _channels(
    conn: sqlite3.Connection, event: EventInfo, ids: Collection[str] | None
) -> dict[str, StreamChannel]:
    return store.load_channels(conn, event.id, ids)


def _settings(
    conn: sqlite3.Connection, event: EventInfo, ids: Collection[str] | None
) -> dict[str, StreamSettings]:
    return store.load_settings(conn, event.id, ids)


def _needs(
    conn: sqlite3.Connection, event: EventInfo, ids: Collection[str] | None
) -> dict[str, AccessNeeds]:
    return store.load_access_needs(conn, event.id, ids)


SLOT_SOURCE = Source(StreamSlot, "stream_slot", _slots)
CHANNEL_SOURCE = Source(StreamChannel, "stream_channel", _channels)
SETTINGS_SOURCE = Source(StreamSettings, "stream_settings", _settings)
#: read from the session table: a session's ``access_required`` changing reloads it
NEEDS_SOURCE = Source(AccessNeeds, "session", _needs)
STREAM_SOURCES: tuple[Source[Any], ...] = (
    SLOT_SOURCE,
    CHANNEL_SOURCE,
    SETTINGS_SOURCE,
    NEEDS_SOURCE,
)

#: the stream rules, in catalogue order
STREAM_RULES: tuple[type[Rule], ...] = (ChannelOverlap, NoEncoder, DoNotStream, AccessNotInPicture)


def add_stream_rules(registry: Registry) -> Registry:
    """Register the stream axes, rules C6–C7 and their sources with ``registry`` (one that
    holds the core's rooms and sessions, :func:`~wufops.schedule.core_registry`); returns
    it. Call it where an application composes its registry. Also gives the schedule's
    ``describe`` the stream rules' English (:mod:`wufops.streams.messages`)."""
    add_messages(MESSAGES)
    return registry.add(
        axes=[ChannelAxis(), StreamRoomAxis()],
        rules=[rule() for rule in STREAM_RULES],
        sources=STREAM_SOURCES,
    )


def stream_registry() -> Registry:
    """A new registry with the core rules C1–C5 and the stream rules C6–C7."""
    return add_stream_rules(core_registry())
