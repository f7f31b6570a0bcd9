"""With the stream rules plugged in, incremental checks equal a bulk recheck after any
sequence of edits (as tests/schedule/test_incremental.py holds the core to).

Hypothesis builds a small event near midnight — rooms with and without encoders, sessions,
channels with and without a caption target, slots with their own rolls or the event's,
withdrawn ones, sessions' access needs, the event's padding — then applies a drawn sequence
of edits one at a time: sessions moved, cancelled, unplaced, marked do-not-stream; rooms
gaining or losing their encoder; slots planned, moved to another channel or session,
re-rolled, withdrawn, removed; channels' caption targets; access needs; the event's padding.
After every edit the checker's findings must equal those of a fresh bulk check of the same
world, and the delta it returned must be exactly the difference.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.schedule.build import EVENT, at
from tests.streams.build import channel, room, stream_world
from wufops.models.schedule import MINUTE_MS, Placement, Room, Session
from wufops.models.streams import AccessNeeds, StreamChannel, StreamSettings, StreamSlot
from wufops.schedule import Change, Checker
from wufops.schedule.world import World
from wufops.streams import stream_registry

ROOMS = ("A", "B", "C")
SESSIONS = tuple(f"s{n}" for n in range(7))
SLOTS = tuple(f"t{n}" for n in range(8))
CHANNELS = ("c1", "c2")

minutes = st.integers(min_value=21 * 60, max_value=(24 + 2) * 60).map(lambda m: m - m % 5)
lengths = st.sampled_from([5, 30, 60, 90, 180])
rolls = st.none() | st.sampled_from([0, 5, 10, 30, 90])


def _instant(minute: int) -> int:
    return at(1, "00:00") + minute * MINUTE_MS


@st.composite
def sessions(draw: st.DrawFn, session_id: str) -> Session:
    placement = None
    if draw(st.integers(0, 6)):
        start = draw(minutes)
        placement = Placement(
            draw(st.sampled_from(ROOMS)), _instant(start), _instant(start + draw(lengths))
        )
    return Session(
        session_id,
        f"Session {session_id}",
        "side_event",
        status=draw(st.sampled_from(["draft", "scheduled", "cancelled"])),
        placement=placement,
        do_not_stream=draw(st.integers(0, 4)) == 0,
    )


@st.composite
def slots(draw: st.DrawFn, slot_id: str) -> StreamSlot:
    return StreamSlot(
        slot_id,
        draw(st.sampled_from([*SESSIONS, "ghost"])),
        draw(st.sampled_from(CHANNELS)),
        draw(rolls),
        draw(rolls),
        caption_target=draw(st.sampled_from(["", "captions/own"])),
        caption_languages=tuple(draw(st.lists(st.sampled_from(["en", "fr"]), max_size=2))),
        sign_languages=tuple(draw(st.lists(st.sampled_from(["ils"]), max_size=1))),
        withdrawn=draw(st.integers(0, 4)) == 0,
    )


@st.composite
def needs(draw: st.DrawFn, session_id: str) -> AccessNeeds | None:
    captions = tuple(draw(st.lists(st.sampled_from(["en", "fr"]), max_size=2, unique=True)))
    signs = tuple(draw(st.lists(st.sampled_from(["ils", "tsm"]), max_size=1)))
    return AccessNeeds(session_id, captions, signs) if captions or signs else None


def _room(room_id: str, encoder: bool) -> Room:
    return room(room_id, encoder=encoder)


@st.composite
def edits(draw: st.DrawFn) -> Change:
    what = draw(
        st.sampled_from(
            ["session", "session", "slot", "slot", "slot", "room", "channel", "needs", "padding"]
        )
    )
    if what == "session":
        session_id = draw(st.sampled_from(SESSIONS))
        return Change(Session, session_id, draw(st.none() | sessions(session_id)))
    if what == "slot":
        slot_id = draw(st.sampled_from(SLOTS))
        return Change(StreamSlot, slot_id, draw(st.none() | slots(slot_id)))
    if what == "room":
        room_id = draw(st.sampled_from(ROOMS))
        return Change(Room, room_id, draw(st.booleans().map(lambda e: _room(room_id, e))))
    if what == "channel":
        channel_id = draw(st.sampled_from(CHANNELS))
        target = draw(st.sampled_from(["", "captions/x"]))
        return Change(StreamChannel, channel_id, channel(channel_id, target))
    if what == "needs":
        session_id = draw(st.sampled_from(SESSIONS))
        return Change(AccessNeeds, session_id, draw(needs(session_id)))
    padding = draw(
        st.none()
        | st.builds(
            StreamSettings,
            st.just(EVENT.id),
            st.sampled_from([0, 10, 60]),
            st.sampled_from([0, 5, 45]),
        )
    )
    return Change(StreamSettings, EVENT.id, padding)


@st.composite
def worlds(draw: st.DrawFn) -> World:
    made = stream_world(
        [_room(r, draw(st.booleans())) for r in ROOMS],
        [draw(sessions(s)) for s in SESSIONS],
        [draw(slots(t)) for t in SLOTS if draw(st.booleans())],
        channels=[channel(c, draw(st.sampled_from(["", "captions/x"]))) for c in CHANNELS],
        needs=[n for s in SESSIONS if (n := draw(needs(s))) is not None],
    )
    if draw(st.booleans()):
        made.put(StreamSettings, EVENT.id, StreamSettings(EVENT.id, 20, 10))
    return made


def _keys(checker: Checker) -> dict[str, Any]:
    return {c.key: (c.severity, c.params) for c in checker.conflicts(include_off=True)}


@settings(max_examples=300, deadline=None)
@given(start=worlds(), steps=st.lists(edits(), min_size=1, max_size=25))
def test_after_any_sequence_of_stream_edits_incremental_equals_bulk(
    start: World, steps: list[Change]
) -> None:
    registry = stream_registry()
    checker = Checker(start, registry)
    for change in steps:
        before = _keys(checker)
        delta = checker.apply([change])
        bulk = Checker(checker.world.copy(), registry)
        assert checker.findings() == bulk.findings(), change
        after = _keys(checker)
        gone = {c.key for c in delta.gone}
        appeared = {c.key: (c.severity, c.params) for c in delta.appeared}
        assert {k: v for k, v in before.items() if k not in gone} | appeared == after


def test_the_property_sees_stream_findings() -> None:
    """The drawn worlds are not vacuous: a plain example already holds every stream rule."""
    w = stream_world(
        [_room("A", False), _room("B", True)],
        [
            Session(
                "s0", "x", "side_event", "scheduled", Placement("A", _instant(1320), _instant(1380))
            ),
            Session(
                "s1",
                "y",
                "side_event",
                "scheduled",
                Placement("B", _instant(1370), _instant(1440)),
                do_not_stream=True,
            ),
        ],
        [StreamSlot("t0", "s0", "c1"), StreamSlot("t1", "s1", "c1")],
        channels=[channel("c1", "")],
        needs=[AccessNeeds("s0", ("en",), ())],
    )
    found = {c.rule for c in Checker(w, stream_registry()).conflicts()}
    assert found == {"channel_overlap", "no_encoder", "do_not_stream", "access_not_in_picture"}
