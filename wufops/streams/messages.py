"""English text for the stream conflicts (C6, C7) and refusals, made where it is shown (the
CLI); the UI makes its own through Qt's translations from the same codes and parameters.

:data:`MESSAGES` maps each stream rule's code to a function ``(conflict, world, labels) ->
str``; :func:`~wufops.streams.rules.add_stream_rules` hands them to the schedule's
``describe`` (``wufops.schedule.messages.add_messages``), so ``wufops schedule check`` says
what to do about a stream conflict in the same words as ``wufops streams plan``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from wufops.models.schedule import Conflict
from wufops.models.streams import StreamChannel
from wufops.schedule import World
from wufops.schedule import describe as describe_schedule
from wufops.schedule.messages import Maker, span_text

_LANGUAGES = {
    "ils": "International Sign",
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "ar": "Arabic",
    "zh": "Chinese",
    "ru": "Russian",
    "az": "Azerbaijani",
    "tsm": "Turkish Sign Language",
    "rsl": "Russian Sign Language",
    "ase": "American Sign Language",
    "bfi": "British Sign Language",
}


def language(code: str) -> str:
    return _LANGUAGES.get(code, code)


class _Names:
    def __init__(self, world: World, labels: Mapping[str, str]) -> None:
        self.world = world
        self.labels = labels

    def session(self, session_id: str) -> str:
        session = self.world.sessions.get(session_id)
        title = self.labels.get(session_id) or (session.title if session else session_id)
        return f"“{title}”"

    def when(self, session_id: str) -> str:
        session = self.world.sessions.get(session_id)
        if session is None or session.placement is None:
            return "not placed"
        return span_text(self.world, session.placement.start_ms, session.placement.end_ms)

    def channel(self, channel_id: str) -> str:
        channel = self.world.get(StreamChannel, channel_id)
        return self.labels.get(channel_id) or (channel.name if channel else channel_id)

    def room(self, room_id: str) -> str:
        room = self.world.rooms.get(room_id)
        return self.labels.get(room_id) or (room.name if room else room_id)


def _channel_overlap(c: Conflict, n: _Names) -> str:
    first, second = c.ids("session")
    channel = n.channel(c.ids("channel")[0])
    if first == second:
        return (
            f"{n.session(first)} ({n.when(first)}) is on {channel} twice. Withdraw one of its "
            "slots."
        )
    return (
        f"{n.session(first)} ({n.when(first)}) and {n.session(second)} ({n.when(second)}) "
        f"both need {channel}: with their pre- and post-roll they overlap by "
        f"{c.params.get('overlap_min', 0)} min (the channel needs "
        f"{c.params.get('needed_min', 0)} min between them, they are "
        f"{c.params.get('gap_min', 0)} min apart). Move one to another channel or shorten "
        "its roll."
    )


def _no_encoder(c: Conflict, n: _Names) -> str:
    (session_id,) = c.ids("session")
    room = n.room(c.ids("room")[0])
    return (
        f"{n.session(session_id)} ({n.when(session_id)}) is planned for streaming but {room} "
        "has no stream encoder. Move it to a room with an encoder, or withdraw its slot."
    )


def _do_not_stream(c: Conflict, n: _Names) -> str:
    (session_id,) = c.ids("session")
    channel = n.channel(c.ids("channel")[0])
    return (
        f"{n.session(session_id)} ({n.when(session_id)}) is marked do-not-stream but is "
        f"planned on {channel}. Withdraw the slot, or clear do-not-stream if it may go out."
    )


def _access_not_in_picture(c: Conflict, n: _Names) -> str:
    (session_id,) = c.ids("session")
    channel = n.channel(c.ids("channel")[0])
    missing = [f"{language(x)} captions" for x in c.params.get("captions", ())] + [
        f"{language(x)} in the picture" for x in c.params.get("sign_languages", ())
    ]
    return (
        f"{n.session(session_id)} ({n.when(session_id)}) requires {', '.join(missing)}, which "
        f"its stream on {channel} does not carry. Add them to the slot's picture plan."
    )


def _maker(text: Callable[[Conflict, _Names], str]) -> Maker:
    def made(conflict: Conflict, world: World, labels: Mapping[str, str]) -> str:
        return text(conflict, _Names(world, labels))

    return made


MESSAGES: dict[str, Maker] = {
    "channel_overlap": _maker(_channel_overlap),
    "no_encoder": _maker(_no_encoder),
    "do_not_stream": _maker(_do_not_stream),
    "access_not_in_picture": _maker(_access_not_in_picture),
}


def describe(conflict: Conflict, world: World, labels: Mapping[str, str]) -> str:
    """One English sentence (or two) for ``conflict``, a stream rule's or any other."""
    maker = MESSAGES.get(conflict.rule)
    if maker is None:
        return describe_schedule(conflict, world, labels)
    return maker(conflict, world, labels)
