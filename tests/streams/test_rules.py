"""The stream rules (C6, C7 and the picture plan) find what the control room must fix, and
nothing else; moving a session moves its slots and the checks follow.

Each rule on a small plan in Baku time: padded windows that touch or overlap (the rolls, the
event's default padding, across midnight), a room without an encoder, a closed-door session
on a channel, captions and sign language missing from the picture; withdrawn slots are not
checked; a move, a room edit, a padding change or a slot edit rechecks incrementally.
"""

from __future__ import annotations

from dataclasses import replace

from tests.streams.build import at, channel, room, session, slot, stream_world
from wufops.models.schedule import Conflict, Placement, Room, Session
from wufops.models.streams import AccessNeeds, StreamChannel, StreamSettings, StreamSlot
from wufops.schedule import Change, Checker
from wufops.schedule.world import World
from wufops.streams import stream_registry
from wufops.streams.messages import describe


def _check(w: World) -> list[Conflict]:
    return Checker(w, stream_registry()).conflicts(include_off=True)


def _stream(w: World) -> list[tuple[str, tuple[str, ...]]]:
    """The stream rules' findings only (the core's C1–C5 are tested in tests/schedule)."""
    codes = {"channel_overlap", "no_encoder", "do_not_stream", "access_not_in_picture"}
    return sorted((c.rule, tuple(o.id for o in c.objects)) for c in _check(w) if c.rule in codes)


def _two(gap: str, pre: int | None = None, post: int | None = None) -> World:
    """s1 09:00–10:00 and s2 from ``gap`` to 11:00 in two rooms, both on channel c1."""
    return stream_world(
        [room("A"), room("B")],
        [
            session("s1", "A", at(1, "09:00"), at(1, "10:00")),
            session("s2", "B", at(1, gap), at(1, "11:00")),
        ],
        [slot("t1", "s1", "c1", post=post), slot("t2", "s2", "c1", pre=pre)],
    )


# -- C6 channel overlap ------------------------------------------------------------------------


def test_two_sessions_on_one_channel_clash_within_their_rolls() -> None:
    """10 min apart; with the default 5 min post-roll and 10 min pre-roll the channel would
    need 15: the padded windows overlap by 5 min."""
    w = _two("10:10")
    (c,) = _check(w)
    assert (c.rule, c.severity) == ("channel_overlap", "block")
    assert [o.id for o in c.objects] == ["s1", "s2", "c1"]
    assert [o.kind for o in c.objects] == ["session", "session", "channel"]
    assert c.params == {"overlap_min": 5, "gap_min": 10, "needed_min": 15}
    assert "overlap by 5 min (the channel needs 15 min between them, they are 10 min apart)" in (
        describe(c, w, {})
    )


def test_padded_windows_that_only_touch_are_fine() -> None:
    assert _check(_two("10:15")) == []  # 10:05 post-roll end, 10:05 pre-roll start


def test_a_slot_sets_its_own_rolls_and_zero_means_none() -> None:
    assert _check(_two("10:00", pre=0, post=0)) == []
    (c,) = _check(_two("10:30", pre=30, post=5))
    assert c.params == {"overlap_min": 5, "gap_min": 30, "needed_min": 35}


def test_the_events_padding_decides_for_slots_that_set_none() -> None:
    w = _two("10:15")
    assert _check(w) == []
    checker = Checker(w, stream_registry())
    delta = checker.apply([Change(StreamSettings, "event-1", StreamSettings("event-1", 20, 5))])
    assert [(c.rule, c.params["overlap_min"]) for c in delta.appeared] == [("channel_overlap", 10)]
    # a slot with its own roll does not follow the event's
    delta = checker.apply([Change(StreamSlot, "t2", slot("t2", "s2", "c1", pre=10))])
    assert [c.rule for c in delta.gone] == ["channel_overlap"] and checker.conflicts() == []


def test_sessions_on_two_channels_or_one_withdrawn_do_not_clash() -> None:
    base = _two("09:30")
    other = stream_world(
        base.rooms.values(),
        base.sessions.values(),
        [slot("t1", "s1", "c1"), slot("t2", "s2", "c2")],
    )
    assert _stream(other) == []
    withdrawn = stream_world(
        base.rooms.values(),
        base.sessions.values(),
        [slot("t1", "s1", "c1"), slot("t2", "s2", "c1", withdrawn=True)],
    )
    assert _stream(withdrawn) == []


def test_a_clash_across_midnight_is_found() -> None:
    """A reception ending 23:55 with a 15 min post-roll and a night session at 00:05 with 10
    min pre-roll: the padded windows overlap by 15 min over midnight."""
    w = stream_world(
        [room("A"), room("B")],
        [
            session("late", "A", at(1, "22:00"), at(1, "23:55")),
            session("night", "B", at(2, "00:05"), at(2, "01:00")),
        ],
        [slot("t1", "late", "c1", post=15), slot("t2", "night", "c1")],
    )
    (c,) = _check(w)
    assert c.ids("session") == ("late", "night") and c.params["overlap_min"] == 15


def test_moving_a_session_moves_its_slot_and_the_checks_follow() -> None:
    w = _two("10:30")
    checker = Checker(w, stream_registry())
    assert checker.conflicts() == []
    s2 = w.sessions["s2"]
    moved = replace(s2, placement=Placement("B", at(1, "09:30"), at(1, "10:30")))
    delta = checker.apply([Change(Session, "s2", moved)])
    assert [(c.rule, c.ids("session")) for c in delta.appeared] == [
        ("channel_overlap", ("s1", "s2"))
    ]
    # cancelled: no longer on air
    delta = checker.apply([Change(Session, "s2", replace(moved, status="cancelled"))])
    assert [c.rule for c in delta.gone] == ["channel_overlap"]


def test_a_slot_moved_to_another_channel_leaves_the_clash() -> None:
    w = _two("10:00")
    checker = Checker(w, stream_registry())
    assert [c.rule for c in checker.conflicts()] == ["channel_overlap"]
    delta = checker.apply([Change(StreamSlot, "t2", slot("t2", "s2", "c2"))])
    assert [c.rule for c in delta.gone] == ["channel_overlap"] and checker.conflicts() == []


def test_one_session_twice_on_one_channel_is_a_clash_with_itself() -> None:
    w = stream_world(
        [room("A")],
        [session("s1", "A", at(1, "09:00"), at(1, "10:00"))],
        [slot("t1", "s1", "c1"), slot("t2", "s1", "c1")],
    )
    (c,) = _check(w)
    assert c.ids("session") == ("s1", "s1")
    assert "is on Channel c1 twice" in describe(c, w, {})


# -- C7 no encoder, do not stream --------------------------------------------------------------


def test_a_streamed_session_in_a_room_without_an_encoder_blocks() -> None:
    w = stream_world(
        [room("A", encoder=False)],
        [session("s1", "A", at(1, "09:00"), at(1, "10:00"))],
        [slot("t1", "s1", "c1")],
    )
    (c,) = _check(w)
    assert (c.rule, c.severity, [o.id for o in c.objects]) == ("no_encoder", "block", ["s1", "A"])
    assert "Room A has no stream encoder" in describe(c, w, {})
    # the room gets an encoder: the room edit rechecks its streamed sessions
    checker = Checker(w, stream_registry())
    delta = checker.apply([Change(Room, "A", room("A", encoder=True))])
    assert [x.rule for x in delta.gone] == ["no_encoder"] and checker.conflicts() == []
    # a session not streamed is no concern of the rule
    plain = stream_world([room("A", encoder=False)], w.sessions.values(), [])
    assert _check(plain) == []


def test_moving_a_streamed_session_into_a_room_without_encoder_is_found() -> None:
    w = stream_world(
        [room("A"), room("B", encoder=False)],
        [session("s1", "A", at(1, "09:00"), at(1, "10:00"))],
        [slot("t1", "s1", "c1")],
    )
    checker = Checker(w, stream_registry())
    moved = replace(w.sessions["s1"], placement=Placement("B", at(1, "09:00"), at(1, "10:00")))
    delta = checker.apply([Change(Session, "s1", moved)])
    assert [(c.rule, c.ids("room")) for c in delta.appeared] == [("no_encoder", ("B",))]
    delta = checker.apply([Change(StreamSlot, "t1", slot("t1", "s1", "c1", withdrawn=True))])
    assert [c.rule for c in delta.gone] == ["no_encoder"]


def test_a_do_not_stream_session_on_a_channel_blocks() -> None:
    closed = replace(session("s1", "A", at(1, "09:00"), at(1, "10:00")), do_not_stream=True)
    w = stream_world([room("A")], [closed], [slot("t1", "s1", "c1")])
    (c,) = _check(w)
    assert (c.rule, c.severity, [o.id for o in c.objects]) == (
        "do_not_stream",
        "block",
        ["s1", "c1"],
    )
    assert "marked do-not-stream but is planned on Channel c1" in describe(c, w, {})
    checker = Checker(w, stream_registry())
    delta = checker.apply([Change(Session, "s1", replace(closed, do_not_stream=False))])
    assert [x.rule for x in delta.gone] == ["do_not_stream"]


# -- the picture plan --------------------------------------------------------------------------


def _needs_world(*slots: StreamSlot, target: str = "captions/c1") -> World:
    return stream_world(
        [room("A")],
        [session("s1", "A", at(1, "09:00"), at(1, "10:00"))],
        slots,
        channels=[channel("c1", target)],
        needs=[AccessNeeds("s1", ("en", "az"), ("ils",))],
    )


def test_required_captions_and_sign_language_missing_from_the_picture_warn() -> None:
    w = _needs_world(slot("t1", "s1", "c1", captions=["en"]))
    (c,) = _check(w)
    assert (c.rule, c.severity, [o.id for o in c.objects]) == (
        "access_not_in_picture",
        "warn",
        ["s1", "c1"],
    )
    assert c.params == {"captions": ["az"], "sign_languages": ["ils"]}
    assert "requires Azerbaijani captions, International Sign in the picture" in describe(c, w, {})


def test_a_full_picture_plan_is_fine_and_without_a_caption_target_no_caption_counts() -> None:
    full = slot("t1", "s1", "c1", captions=["en", "az"], signs=["ils"])
    assert _check(_needs_world(full)) == []
    # no target on the channel nor on the slot: no captions can go out
    (c,) = _check(_needs_world(full, target=""))
    assert c.params == {"captions": ["az", "en"], "sign_languages": []}
    assert _check(_needs_world(replace(full, caption_target="captions/own"), target="")) == []


def test_a_channel_losing_its_caption_target_rechecks_its_slots() -> None:
    w = _needs_world(slot("t1", "s1", "c1", captions=["en", "az"], signs=["ils"]))
    checker = Checker(w, stream_registry())
    delta = checker.apply([Change(StreamChannel, "c1", channel("c1", ""))])
    assert [c.rule for c in delta.appeared] == ["access_not_in_picture"]
    delta = checker.apply([Change(AccessNeeds, "s1", None)])  # requirements withdrawn
    assert [c.rule for c in delta.gone] == ["access_not_in_picture"]
