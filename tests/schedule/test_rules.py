"""The room and speaker rules (C1–C5) find what a coordinator must fix, and nothing else.

Each rule is checked on a small schedule in Baku time, including the edge cases pretalx's
users hit: two sessions of the same length starting together (#1266), a room available
across midnight (#1087), a speaker's availability changing after the warning (#480).
"""

from __future__ import annotations

from dataclasses import replace

from tests.schedule.build import at, room, session, speaker, window, world
from wufops.models.schedule import Conflict, SpeakerAvailability
from wufops.schedule import Change, Checker, core_registry, describe
from wufops.schedule.world import World


def _check(w: World) -> list[Conflict]:
    return Checker(w, core_registry()).conflicts(include_off=True)


def _rules(w: World) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((c.rule, tuple(o.id for o in c.objects)) for c in _check(w))


# -- C1 room overlap -------------------------------------------------------------------------


def test_two_sessions_overlapping_in_one_room_block_the_release() -> None:
    w = world(
        [room("A")],
        [
            session("s1", "A", at(1, "10:00"), at(1, "11:30")),
            session("s2", "A", at(1, "11:15"), at(1, "12:00")),
        ],
    )
    (found,) = _check(w)
    assert (found.rule, found.severity) == ("room_overlap", "block")
    assert [o.id for o in found.objects] == ["s1", "s2", "A"]
    assert [o.kind for o in found.objects] == ["session", "session", "room"]
    assert found.params == {"overlap_min": 15, "gap_min": 0, "changeover_min": 0}


def test_same_start_same_length_is_an_overlap_pretalx_1266() -> None:
    """pretalx missed two sessions of one length starting together; three make 3 pairs."""
    start, end = at(2, "14:00"), at(2, "15:00")
    w = world([room("A")], [session(s, "A", start, end) for s in ("s1", "s2", "s3")])
    assert _rules(w) == [
        ("room_overlap", ("s1", "s2", "A")),
        ("room_overlap", ("s1", "s3", "A")),
        ("room_overlap", ("s2", "s3", "A")),
    ]
    (c,) = [c for c in _check(w) if c.ids("session") == ("s1", "s2")]
    assert c.params["overlap_min"] == 60


def test_the_changeover_buffer_is_part_of_the_overlap() -> None:
    sessions = [
        session("s1", "A", at(1, "09:00"), at(1, "10:00")),
        session("s2", "A", at(1, "10:10"), at(1, "11:00")),  # 10 min after
        session("s3", "A", at(1, "11:30"), at(1, "12:00")),  # 30 min after s2
    ]
    assert _rules(world([room("A", changeover=0)], sessions)) == []
    strict = world([room("A", changeover=30)], sessions)
    (c,) = _check(strict)
    assert c.ids("session") == ("s1", "s2")
    assert c.params == {"overlap_min": 0, "gap_min": 10, "changeover_min": 30}
    assert "needs 30 min to change over" in describe(c, strict, {})


def test_back_to_back_sessions_without_changeover_are_fine() -> None:
    w = world(
        [room("A")],
        [
            session("s1", "A", at(1, "09:00"), at(1, "10:00")),
            session("s2", "A", at(1, "10:00"), at(1, "11:00")),
        ],
    )
    assert _check(w) == []


def test_a_clash_across_midnight_is_found_once() -> None:
    w = world(
        [room("A", changeover=30)],
        [
            session("late", "A", at(1, "22:00"), at(1, "23:50")),
            session("early", "A", at(2, "00:10"), at(2, "01:00")),  # 20 min after, next day
            session("night", "B", at(1, "23:00"), at(2, "00:30")),
        ],
    )
    assert _rules(w) == [("room_overlap", ("late", "early", "A"))]


def test_a_long_session_overlapping_several_finds_each_pair() -> None:
    w = world(
        [room("A")],
        [
            session("long", "A", at(1, "09:00"), at(1, "13:00")),
            session("s2", "A", at(1, "10:00"), at(1, "10:30")),
            session("s3", "A", at(1, "12:00"), at(1, "14:00")),
        ],
    )
    assert _rules(w) == [
        ("room_overlap", ("long", "s2", "A")),
        ("room_overlap", ("long", "s3", "A")),
    ]


def test_cancelled_and_unplaced_sessions_are_not_checked() -> None:
    w = world(
        [room("A", capacity=10)],
        [
            session("s1", "A", at(1, "10:00"), at(1, "11:00")),
            session("s2", "A", at(1, "10:00"), at(1, "11:00"), status="cancelled", audience=99),
            session("s3", None, audience=99),
        ],
    )
    assert _check(w) == []


# -- C2 room availability -----------------------------------------------------------------------


def test_a_session_past_closing_time_is_outside_the_room() -> None:
    hall = room("A", windows=[window(d, "08:00", "20:00") for d in range(6)])
    w = world([hall], [session("s1", "A", at(1, "19:00"), at(1, "20:30"))])
    (c,) = _check(w)
    assert (c.rule, c.severity, c.ids("session")) == ("room_unavailable", "block", ("s1",))
    text = describe(c, w, {"s1": "Closing drinks", "A": "Lounge 1"})
    assert "“Closing drinks” (Mon 18 May 19:00–20:30)" in text
    assert "Lounge 1" in text and "Mon 18 May 08:00–20:00" in text


def test_a_room_available_across_midnight_holds_a_late_session_pretalx_1087() -> None:
    one_window = room("A", windows=[window(1, "18:00", "02:00", end_day=2)])
    split = room("B", windows=[window(1, "18:00", "00:00", end_day=2), window(2, "00:00", "02:00")])
    late = (at(1, "23:00"), at(2, "01:30"))
    w = world([one_window, split], [session("s1", "A", *late), session("s2", "B", *late)])
    assert _check(w) == []
    too_late = world([one_window], [session("s3", "A", at(2, "01:00"), at(2, "02:30"))])
    assert _rules(too_late) == [("room_unavailable", ("s3", "A"))]


def test_a_room_without_windows_is_available_the_whole_event() -> None:
    w = world([room("A")], [session("s1", "A", at(0, "03:00"), at(0, "05:00"))])
    assert _check(w) == []


# -- C3 / C4 speakers ----------------------------------------------------------------------------


def test_a_speaker_in_two_rooms_at_once_is_a_warning() -> None:
    w = world(
        [room("A"), room("B")],
        [
            session("s1", "A", at(1, "10:00"), at(1, "11:00"), speakers=["p1", "p2"]),
            session("s2", "B", at(1, "10:30"), at(1, "11:30"), speakers=["p1"]),
            session("s3", "B", at(1, "11:30"), at(1, "12:00"), speakers=["p1", "p2"]),
        ],
    )
    (c,) = _check(w)
    assert (c.rule, c.severity) == ("speaker_double_booked", "warn")
    assert [o.id for o in c.objects] == ["s1", "s2", "p1"]
    assert c.params == {"overlap_min": 30}
    text = describe(c, w, {"p1": "Aysel Məmmədova"})
    assert text.startswith(
        "Aysel Məmmədova speaks in “Session s1” (Room A, Mon 18 May 10:00–11:00)"
    )


def test_same_start_same_length_double_booking_is_found_pretalx_1266() -> None:
    start, end = at(3, "09:00"), at(3, "10:30")
    w = world(
        [room("A"), room("B")],
        [
            session("s1", "A", start, end, speakers=["p1"]),
            session("s2", "B", start, end, speakers=["p1"]),
        ],
    )
    assert _rules(w) == [("speaker_double_booked", ("s1", "s2", "p1"))]


def test_a_speaker_outside_their_windows_is_a_warning() -> None:
    w = world(
        [room("A")],
        [
            session("s1", "A", at(1, "10:00"), at(1, "11:00"), speakers=["p1"]),
            session("s2", "A", at(2, "10:00"), at(2, "11:00"), speakers=["p1"]),
        ],
        [speaker("p1", [window(1, "08:00", "18:00")])],  # leaves after the first day
    )
    (c,) = _check(w)
    assert (c.rule, c.severity, [o.id for o in c.objects]) == (
        "speaker_unavailable",
        "warn",
        ["s2", "p1"],
    )


def test_changing_a_speakers_availability_updates_the_warning_pretalx_480() -> None:
    w = world(
        [room("A")],
        [session("s1", "A", at(1, "10:00"), at(1, "11:00"), speakers=["p1"])],
    )
    checker = Checker(w, core_registry())
    assert checker.conflicts() == []
    leaves_early = speaker("p1", [window(1, "08:00", "10:30")])
    delta = checker.apply([Change(SpeakerAvailability, "p1", leaves_early)])
    assert [c.rule for c in delta.appeared] == ["speaker_unavailable"]
    assert [c.rule for c in checker.conflicts()] == ["speaker_unavailable"]
    stays = speaker("p1", [window(1, "08:00", "18:00")])
    delta = checker.apply([Change(SpeakerAvailability, "p1", stays)])
    assert [c.rule for c in delta.gone] == ["speaker_unavailable"]
    assert checker.conflicts() == []
    checker.apply([Change(SpeakerAvailability, "p1", leaves_early)])
    checker.apply([Change(SpeakerAvailability, "p1", None)])  # withdrawn: available again
    assert checker.conflicts() == []


# -- C5 capacity, severities ------------------------------------------------------------------


def test_more_people_expected_than_the_room_seats() -> None:
    w = world(
        [room("A", capacity=150)],
        [
            session("s1", "A", at(1, "10:00"), at(1, "11:00"), audience=180),
            session("s2", "A", at(1, "12:00"), at(1, "13:00"), audience=150),
            session("s3", "A", at(1, "14:00"), at(1, "15:00"), audience=900, fmt="online"),
        ],
    )
    (c,) = _check(w)
    assert (c.rule, c.severity, c.ids("session")) == ("over_capacity", "warn", ("s1",))
    assert c.params == {"expected": 180, "capacity": 150}
    assert (
        describe(c, w, {})
        == "“Session s1” expects 180 people; Room A seats 150. Move it to a larger room."
    )


def test_severities_are_per_event_and_change_nothing_but_the_rating() -> None:
    w = world(
        [room("A", capacity=10)],
        [
            session("s1", "A", at(1, "10:00"), at(1, "11:00"), audience=20),
            session("s2", "A", at(1, "10:30"), at(1, "11:30")),
        ],
    )
    checker = Checker(w, core_registry())
    assert [(c.rule, c.severity) for c in checker.conflicts()] == [
        ("room_overlap", "block"),
        ("over_capacity", "warn"),
    ]
    checker.set_severity("room_overlap", "warn")
    checker.set_severity("over_capacity", "block")
    assert [(c.rule, c.severity) for c in checker.conflicts()] == [
        ("over_capacity", "block"),
        ("room_overlap", "warn"),
    ]
    checker.set_severity("room_overlap", "off")
    assert [c.rule for c in checker.conflicts()] == ["over_capacity"]
    assert [c.rule for c in checker.conflicts(include_off=True)] == [
        "over_capacity",
        "room_overlap",
    ]
    checker.set_severity("room_overlap", None)
    checker.set_severity("over_capacity", None)
    assert [c.rule for c in checker.blocking()] == ["room_overlap"]


def test_conflicts_of_an_object_and_a_preview_that_changes_nothing() -> None:
    s1 = session("s1", "A", at(1, "10:00"), at(1, "11:00"), speakers=["p1"])
    s2 = session("s2", "B", at(1, "12:00"), at(1, "13:00"), speakers=["p1"])
    checker = Checker(world([room("A"), room("B")], [s1, s2]), core_registry())
    assert s2.placement is not None
    dragged = replace(s2, placement=replace(s2.placement, start_ms=at(1, "10:30")))
    preview = checker.preview([Change(type(s2), "s2", dragged)])
    assert [c.rule for c in preview] == ["speaker_double_booked"]
    assert checker.conflicts() == []
    assert checker.world.sessions["s2"] == s2
    checker.apply([Change(type(s2), "s2", dragged)])
    assert [c.rule for c in checker.conflicts_of("p1")] == ["speaker_double_booked"]
    assert [c.rule for c in checker.conflicts_of("s1")] == ["speaker_double_booked"]
    assert checker.conflicts_of("A") == []
