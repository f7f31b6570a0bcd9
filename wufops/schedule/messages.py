"""English text for conflicts and schedule refusals, made where it is shown (the CLI).

A conflict is data — its rule code, its objects, its parameters; :func:`describe` turns it
into a sentence a coordinator can act on, with titles, room and speaker names (``labels``,
from ``wufops.store.schedule.labels``) and times in the event's time zone. The UI makes its
own text from the same data through Qt's translations. A capability that plugs rules into
the engine adds its English for them with :func:`add_messages` (the stream rules do, from
``wufops.streams.add_stream_rules``); a rule nobody described is shown by its code and
parameters.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from wufops.models.schedule import Conflict, Placement, Window
from wufops.schedule.world import World

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def local_text(world: World, ms: int, *, with_day: bool = True) -> str:
    """``Mon 18 May 10:30`` (or ``10:30``) in the event's time zone — English whatever the
    process's locale (``strftime`` would follow it)."""
    moment = world.days.local(ms)
    clock = f"{moment.hour:02d}:{moment.minute:02d}"
    if not with_day:
        return clock
    return f"{_DAYS[moment.weekday()]} {moment.day:02d} {_MONTHS[moment.month - 1]} {clock}"


def span_text(world: World, start_ms: int, end_ms: int) -> str:
    """``Mon 18 May 10:30–12:00`` (the end's day named when it is another day)."""
    start, end = world.days.local(start_ms), world.days.local(end_ms)
    same_day = start.date() == end.date() or (
        end.date().toordinal() == start.date().toordinal() + 1 and end.hour == end.minute == 0
    )
    tail = local_text(world, end_ms, with_day=not same_day)
    return f"{local_text(world, start_ms)}–{tail}"


def local_iso(world: World, ms: int) -> str:
    """The instant as ISO text with the event's offset (``2026-05-18T10:30:00+04:00``)."""
    return world.days.local(ms).isoformat(timespec="seconds")


def placement_text(world: World, placement: Placement | None, labels: Mapping[str, str]) -> str:
    if placement is None:
        return "not placed"
    room = labels.get(placement.room_id) or (
        world.rooms[placement.room_id].name if placement.room_id in world.rooms else "?"
    )
    return f"{room}, {span_text(world, placement.start_ms, placement.end_ms)}"


def _windows_on(world: World, windows: tuple[Window, ...], ms: int) -> str:
    day = world.days.day(ms)
    found = [
        span_text(world, w.start_ms, w.end_ms)
        for w in windows
        if day in world.days.days(w.start_ms, w.end_ms)
    ]
    return "; ".join(found) if found else "none that day"


#: ``(conflict, world, labels) -> str`` for a plug-in's rule
Maker = Callable[[Conflict, World, Mapping[str, str]], str]
#: English for the rules capabilities plugged in, by rule code (:func:`add_messages`)
_PLUGGED: dict[str, Maker] = {}


def add_messages(makers: Mapping[str, Maker]) -> None:
    """Give plug-in rules (by code) their English; the core rules keep their own."""
    _PLUGGED.update({code: maker for code, maker in makers.items() if code not in _MAKERS})


def describe(conflict: Conflict, world: World, labels: Mapping[str, str]) -> str:
    """One English sentence (or two) for ``conflict``."""
    plugged = _PLUGGED.get(conflict.rule)
    if plugged is not None:
        return plugged(conflict, world, labels)
    maker = _MAKERS.get(conflict.rule)
    if maker is None:
        names = ", ".join(labels.get(o.id, o.id) for o in conflict.objects)
        params = ", ".join(f"{k}={v}" for k, v in sorted(conflict.params.items()))
        return f"{conflict.rule}: {names}" + (f" ({params})" if params else "")
    return maker(conflict, world, _Names(world, labels))


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
        p = session.placement
        return span_text(self.world, p.start_ms, p.end_ms)

    def where(self, session_id: str) -> str:
        session = self.world.sessions.get(session_id)
        if session is None or session.placement is None:
            return "not placed"
        return placement_text(self.world, session.placement, self.labels)

    def room(self, room_id: str) -> str:
        room = self.world.rooms.get(room_id)
        return self.labels.get(room_id) or (room.name if room else room_id)

    def person(self, attendee_id: str) -> str:
        return self.labels.get(attendee_id) or f"speaker {attendee_id}"


def _room_overlap(c: Conflict, world: World, n: _Names) -> str:
    first, second = c.ids("session")
    room = n.room(c.ids("room")[0])
    if c.params.get("overlap_min", 0) > 0:
        return (
            f"{n.session(first)} ({n.when(first)}) and {n.session(second)} ({n.when(second)}) "
            f"overlap by {c.params['overlap_min']} min in {room}. Move or shorten one of them."
        )
    return (
        f"{n.session(second)} starts {c.params.get('gap_min', 0)} min after "
        f"{n.session(first)} ends in {room}, which needs {c.params.get('changeover_min', 0)} "
        "min to change over. Move one of them or shorten the first."
    )


def _room_unavailable(c: Conflict, world: World, n: _Names) -> str:
    (session_id,) = c.ids("session")
    room_id = c.ids("room")[0]
    room = world.rooms.get(room_id)
    session = world.sessions.get(session_id)
    hours = "none"
    if room is not None and session is not None and session.placement is not None:
        hours = _windows_on(world, room.availability, session.placement.start_ms)
    return (
        f"{n.session(session_id)} ({n.when(session_id)}) is outside the times {n.room(room_id)} "
        f"is available ({hours}). Move it, or change the room's availability."
    )


def _speaker_double_booked(c: Conflict, world: World, n: _Names) -> str:
    first, second = c.ids("session")
    person = n.person(c.ids("speaker")[0])
    return (
        f"{person} speaks in {n.session(first)} ({n.where(first)}) and in "
        f"{n.session(second)} ({n.where(second)}), which overlap by "
        f"{c.params.get('overlap_min', 0)} min. Move one session or change its speakers."
    )


def _speaker_unavailable(c: Conflict, world: World, n: _Names) -> str:
    (session_id,) = c.ids("session")
    speaker_id = c.ids("speaker")[0]
    declared = world.speakers.get(speaker_id)
    session = world.sessions.get(session_id)
    windows = "none"
    if declared is not None and session is not None and session.placement is not None:
        windows = _windows_on(world, declared.windows, session.placement.start_ms)
    return (
        f"{n.person(speaker_id)} is not available during {n.session(session_id)} "
        f"({n.when(session_id)}); available: {windows}. Move the session or ask the speaker."
    )


def _over_capacity(c: Conflict, world: World, n: _Names) -> str:
    (session_id,) = c.ids("session")
    return (
        f"{n.session(session_id)} expects {c.params.get('expected')} people; "
        f"{n.room(c.ids('room')[0])} seats {c.params.get('capacity')}. "
        "Move it to a larger room."
    )


_MAKERS: dict[str, Callable[[Conflict, World, _Names], str]] = {
    "room_overlap": _room_overlap,
    "room_unavailable": _room_unavailable,
    "speaker_double_booked": _speaker_double_booked,
    "speaker_unavailable": _speaker_unavailable,
    "over_capacity": _over_capacity,
}
