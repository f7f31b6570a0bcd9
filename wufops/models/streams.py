"""Livestreams as the core sees them: channels, stream slots, the event's padding, status
changes, padded windows — frozen values, no SQL, no Qt (docs/streams.md).

Instants are integers (ms since the Unix epoch, UTC), as in ``wufops.models.schedule``.

- :class:`StreamChannel` — one outgoing programme (UN Web TV, a YouTube channel): platform,
  an ingest *reference* (never the stream key itself) and its caption ingestion target.
- :class:`StreamSlot` — a session on a channel: pre- and post-roll (``None``: the event's
  default, :class:`StreamSettings`), interpretation audio tracks, the *picture plan* (caption
  languages sent to the caption target, sign languages shown picture-in-picture) and its
  status. A slot holds **no time of its own**: its window is derived from its session's
  placement, so moving a session moves its slot.
- :class:`StreamSettings` — the event's default pre- and post-roll (one row per event, its
  id the event's id; no row: :data:`DEFAULT_PRE_ROLL_MIN` and :data:`DEFAULT_POST_ROLL_MIN`).
- :class:`AccessNeeds` — the captions and sign languages a session requires (from its
  ``access_required``), what the picture-plan rule compares a slot with.
- :class:`StatusChange` — one immutable status change of a slot: from, to, by which replica,
  at which HLC and wall time.
- :class:`PaddedWindow` — a slot placed in time: its session's start and end and the padded
  span ``[start − pre-roll, end + post-roll)`` the channel is busy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SlotStatus = Literal["planned", "testing", "live", "complete"]
#: every status, in lifecycle order
SLOT_STATUSES: tuple[SlotStatus, ...] = ("planned", "testing", "live", "complete")

#: the room feature that says a room can send a programme to a channel
ENCODER_FEATURE = "stream_encoder"
#: the audio track carrying the floor (the room's own sound, no interpretation)
FLOOR_TRACK = "floor"

#: what an event pads a slot with when it sets nothing: 10 min before (holding slide, test
#: signal), 5 min after (C3VOC's crs scheduler starts recording 5 min before a talk)
DEFAULT_PRE_ROLL_MIN = 10
DEFAULT_POST_ROLL_MIN = 5
#: the longest roll the schema accepts, either side
MAX_ROLL_MIN = 240


@dataclass(frozen=True, slots=True)
class StreamChannel:
    id: str
    name: str
    platform: str = ""
    #: where the encoder sends the programme: a reference, never the secret key
    ingest_ref: str = ""
    #: where live captions are pushed (YouTube's closedCaptionsIngestionUrl, …)
    caption_target: str = ""


@dataclass(frozen=True, slots=True)
class StreamSlot:
    id: str
    session_id: str
    channel_id: str
    #: minutes before the session's start the channel is taken (``None``: the event's default)
    pre_roll_min: int | None = None
    #: minutes after its end (``None``: the event's default)
    post_roll_min: int | None = None
    #: ``floor`` then interpretation languages (``ar``, ``fr``…), one audio track each
    audio_tracks: tuple[str, ...] = (FLOOR_TRACK,)
    #: where this slot's captions go (empty: the channel's caption target)
    caption_target: str = ""
    #: the caption languages sent with the picture
    caption_languages: tuple[str, ...] = ()
    #: the sign languages shown picture-in-picture (``ils``: International Sign)
    sign_languages: tuple[str, ...] = ()
    status: SlotStatus = "planned"
    #: taken off the plan (slots are never deleted: the op log has no deletes)
    withdrawn: bool = False

    def rolls(self, settings: StreamSettings | None) -> tuple[int, int]:
        """Pre- and post-roll in minutes, the event's defaults filling what the slot leaves
        unset."""
        defaults = settings or StreamSettings("")
        pre = self.pre_roll_min if self.pre_roll_min is not None else defaults.pre_roll_min
        post = self.post_roll_min if self.post_roll_min is not None else defaults.post_roll_min
        return pre, post

    @property
    def follows_defaults(self) -> bool:
        """Whether the event's padding decides one of its rolls."""
        return self.pre_roll_min is None or self.post_roll_min is None


@dataclass(frozen=True, slots=True)
class StreamSettings:
    """An event's default padding (``id``: the event's id)."""

    id: str
    pre_roll_min: int = DEFAULT_PRE_ROLL_MIN
    post_roll_min: int = DEFAULT_POST_ROLL_MIN


@dataclass(frozen=True, slots=True)
class AccessNeeds:
    """What a session (``id``: its id) requires in the picture of its stream."""

    id: str
    captions: tuple[str, ...] = ()
    sign_languages: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One status change of a slot, as recorded (immutable, replicated to every screen)."""

    id: str
    slot_id: str
    from_status: SlotStatus
    to_status: SlotStatus
    #: the replica that made it (its op's device id)
    device_id: str
    hlc: int
    #: the recording device's (hub-corrected) clock, UTC text
    wall_time: str
    #: the enrolled device's name, where the hub bound the replica to one (else empty)
    device_name: str = ""


@dataclass(frozen=True, slots=True)
class PaddedWindow:
    """A slot in time: its session ``[start_ms, end_ms)`` and the channel busy
    ``[on_air_ms, off_air_ms)`` — the session padded with the slot's rolls."""

    slot_id: str
    session_id: str
    channel_id: str
    start_ms: int
    end_ms: int
    pre_roll_min: int
    post_roll_min: int
    status: SlotStatus = "planned"

    @property
    def on_air_ms(self) -> int:
        """When the channel is taken: the session's start minus the pre-roll."""
        return self.start_ms - self.pre_roll_min * 60_000

    @property
    def off_air_ms(self) -> int:
        """When the channel is free again: the session's end plus the post-roll."""
        return self.end_ms + self.post_roll_min * 60_000
