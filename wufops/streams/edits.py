"""Planning edits, each validated and written through the op log (so it syncs), the same way
from the CLI and from a screen:

- :func:`plan_slot` — put a session on a channel (rolls from the event unless given; the
  picture plan takes the captions and sign languages the session requires);
- :func:`change_slot` — its channel, rolls, audio tracks, picture plan;
- :func:`withdraw_slot` — take it off the plan (slots are never deleted: the op log has
  no deletes; a withdrawn slot is not checked, shown or exported);
- :func:`set_padding` — the event's default pre- and post-roll.

Refusals are :class:`~wufops.streams.status.StreamError` with a stable code; nothing is
written then. Rule findings (an overlap on the channel, a room without an encoder) never stop
an edit: they show, as in the schedule.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from enum import Enum
from typing import Final

from wufops.models.streams import FLOOR_TRACK, MAX_ROLL_MIN, StreamSettings
from wufops.store import schedule as schedule_store
from wufops.store import streams as store
from wufops.store.replica import Replica
from wufops.streams.status import StreamError
from wufops.sync.ops import JsonValue, Op


class _Keep(Enum):
    KEEP = "keep"


#: "leave this roll as it is" (``None`` means: follow the event's padding)
KEEP: Final = _Keep.KEEP


def resolve_channel(conn: sqlite3.Connection, event_id: str, name: str) -> str:
    """The id of the channel called ``name`` (or whose id it is). Raises
    ``unknown_channel``."""
    channel_id = store.channel_by_name(conn, event_id, name.strip())
    if channel_id is None:
        names = store.channel_names(conn, event_id)
        hint = ", ".join(names[:8]) + (" …" if len(names) > 8 else "")
        raise StreamError("unknown_channel", f"no channel called {name!r}; channels: {hint}")
    return channel_id


def resolve_slot(conn: sqlite3.Connection, event_id: str, text: str) -> str:
    """The id of the slot ``text`` names (its id, or the start of one, 8+ characters).
    Raises ``unknown_slot`` or ``ambiguous_slot``."""
    text = text.strip()
    found = store.slot_ids_like(conn, event_id, text) if len(text) >= 8 else []
    if text in found:
        return text
    if not found:
        raise StreamError("unknown_slot", f"no stream slot {text!r} in this event")
    if len(found) > 1:
        raise StreamError(
            "ambiguous_slot", f"{text!r} starts several slot ids: {', '.join(found)} …"
        )
    return found[0]


def _roll(name: str, value: int | None) -> int | None:
    if value is not None and not 0 <= value <= MAX_ROLL_MIN:
        raise StreamError("bad_roll", f"{name} {value}: 0 … {MAX_ROLL_MIN} minutes")
    return value


def _codes(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v.strip() for v in values if v.strip()))


def plan_slot(
    replica: Replica,
    session_id: str,
    channel_id: str,
    *,
    pre_roll_min: int | None = None,
    post_roll_min: int | None = None,
    audio_tracks: Iterable[str] = (FLOOR_TRACK,),
    caption_languages: Iterable[str] | None = None,
    sign_languages: Iterable[str] | None = None,
    caption_target: str = "",
    event_id: str | None = None,
) -> str:
    """Put a session on a channel; returns the slot's id. Rolls left ``None`` follow the
    event's padding. Without ``caption_languages`` / ``sign_languages`` the picture plan
    carries what the session requires. Raises ``unknown_session``, ``unknown_channel``,
    ``bad_roll``, ``already_on_channel``."""
    _roll("pre-roll", pre_roll_min)
    _roll("post-roll", post_roll_min)
    with replica.batch() as batch:
        conn = replica.conn
        event = schedule_store.event_info(conn, event_id)
        if session_id not in schedule_store.load_sessions(conn, event.id, [session_id]):
            raise StreamError("unknown_session", f"no session {session_id} in this event")
        if channel_id not in store.load_channels(conn, event.id, [channel_id]):
            raise StreamError("unknown_channel", f"no channel {channel_id} in this event")
        for slot in store.load_slots(conn, event.id).values():
            same = slot.session_id == session_id and slot.channel_id == channel_id
            if same and not slot.withdrawn:
                raise StreamError(
                    "already_on_channel",
                    f"the session is already on this channel (slot {slot.id})",
                )
        needs = store.load_access_needs(conn, event.id, [session_id]).get(session_id)
        if caption_languages is None:
            caption_languages = needs.captions if needs else ()
        if sign_languages is None:
            sign_languages = needs.sign_languages if needs else ()
        return store.insert_slot(
            batch,
            {
                "session_id": session_id,
                "channel_id": channel_id,
                "pre_roll_min": pre_roll_min,
                "post_roll_min": post_roll_min,
                "audio_tracks": store.as_json(_codes(audio_tracks) or [FLOOR_TRACK]),
                "caption_target": caption_target.strip(),
                "caption_languages": store.as_json(_codes(caption_languages)),
                "sign_languages": store.as_json(_codes(sign_languages)),
            },
        )


def change_slot(
    replica: Replica,
    slot_id: str,
    *,
    channel_id: str | None = None,
    pre_roll_min: int | _Keep | None = KEEP,
    post_roll_min: int | _Keep | None = KEEP,
    audio_tracks: Iterable[str] | None = None,
    caption_languages: Iterable[str] | None = None,
    sign_languages: Iterable[str] | None = None,
    caption_target: str | None = None,
    event_id: str | None = None,
) -> Op | None:
    """Change what a slot carries (only what is given; a roll given as ``None`` follows the
    event's padding again; :data:`KEEP` leaves it). Returns the op, or ``None`` when
    nothing changed. Raises ``unknown_slot``, ``unknown_channel``, ``bad_roll``."""
    fields: dict[str, JsonValue] = {}
    if not isinstance(pre_roll_min, _Keep):
        fields["pre_roll_min"] = _roll("pre-roll", pre_roll_min)
    if not isinstance(post_roll_min, _Keep):
        fields["post_roll_min"] = _roll("post-roll", post_roll_min)
    if audio_tracks is not None:
        fields["audio_tracks"] = store.as_json(_codes(audio_tracks) or [FLOOR_TRACK])
    if caption_languages is not None:
        fields["caption_languages"] = store.as_json(_codes(caption_languages))
    if sign_languages is not None:
        fields["sign_languages"] = store.as_json(_codes(sign_languages))
    if caption_target is not None:
        fields["caption_target"] = caption_target.strip()
    with replica.batch() as batch:
        conn = replica.conn
        event = schedule_store.event_info(conn, event_id)
        if slot_id not in store.load_slots(conn, event.id, [slot_id]):
            raise StreamError("unknown_slot", f"no stream slot {slot_id} in this event")
        if channel_id is not None:
            if channel_id not in store.load_channels(conn, event.id, [channel_id]):
                raise StreamError("unknown_channel", f"no channel {channel_id} in this event")
            fields["channel_id"] = channel_id
        if not fields:
            return None
        return store.write_slot(batch, slot_id, fields)


def withdraw_slot(replica: Replica, slot_id: str, *, event_id: str | None = None) -> Op | None:
    """Take a slot off the plan. Raises ``unknown_slot``, ``slot_on_air`` (it is live: end
    the stream first). Returns ``None`` when it was already withdrawn."""
    with replica.batch() as batch:
        conn = replica.conn
        event = schedule_store.event_info(conn, event_id)
        slot = store.load_slots(conn, event.id, [slot_id]).get(slot_id)
        if slot is None:
            raise StreamError("unknown_slot", f"no stream slot {slot_id} in this event")
        if slot.status == "live" and not slot.withdrawn:
            raise StreamError("slot_on_air", "the slot is live: mark it complete first")
        return store.write_slot(batch, slot_id, {"withdrawn": 1})


def set_padding(
    replica: Replica,
    *,
    pre_roll_min: int | None = None,
    post_roll_min: int | None = None,
    event_id: str | None = None,
) -> tuple[int, int]:
    """Set the event's default pre- and/or post-roll (what is not given stays; neither
    given: nothing is written); returns the padding now. Every slot that sets no roll of
    its own follows it. Raises ``bad_roll``."""
    _roll("pre-roll", pre_roll_min)
    _roll("post-roll", post_roll_min)
    with replica.batch() as batch:
        conn = replica.conn
        event = schedule_store.event_info(conn, event_id)
        current = store.load_settings(conn, event.id).get(event.id)
        now = current or StreamSettings(event.id)
        pre = now.pre_roll_min if pre_roll_min is None else pre_roll_min
        post = now.post_roll_min if post_roll_min is None else post_roll_min
        asked = pre_roll_min is not None or post_roll_min is not None
        if asked and (current is None or (pre, post) != (now.pre_roll_min, now.post_roll_min)):
            store.write_settings(batch, event.id, pre, post)
    return pre, post
