"""Where things go on a day (Qt-free): the day's window, lanes for sessions that overlap in
one room, closed hours, snapping, and the order and filter of rooms."""

from __future__ import annotations

from datetime import date

from tests.schedule.build import at, room, session, window, world
from ui.schedule.layout import build_day, day_window, event_days, snap
from ui.schedule.rooms import shown_rooms
from wufops.models.schedule import MINUTE_MS, Room

MONDAY = date(2026, 5, 18)


def test_the_day_runs_from_eight_to_midnight_unless_a_session_needs_more() -> None:
    w = world([room("a")], [session("s", "a", at(1, "10:00"), at(1, "11:00"))])
    assert day_window(w, MONDAY, w.sessions.values()) == (at(1, "08:00"), at(2, "00:00"))
    late = world(
        [room("a")],
        [
            session("r", "a", at(1, "07:30"), at(1, "09:00")),
            session("n", "a", at(1, "23:00"), at(2, "00:40")),
        ],
    )
    assert day_window(late, MONDAY, late.sessions.values()) == (at(1, "07:00"), at(2, "01:00"))


def test_sessions_that_overlap_in_a_room_sit_in_lanes() -> None:
    w = world(
        [room("a"), room("b")],
        [
            session("one", "a", at(1, "10:00"), at(1, "12:00")),
            session("two", "a", at(1, "11:00"), at(1, "13:00")),
            session("three", "a", at(1, "12:00"), at(1, "14:00")),
            session("later", "a", at(1, "15:00"), at(1, "16:00")),
            session("alone", "b", at(1, "10:00"), at(1, "11:00")),
        ],
    )
    view = build_day(w, MONDAY, ["a", "b"])
    a, b = view.rows
    lanes = {blk.session_id: (blk.lane, blk.lanes) for blk in a.blocks}
    assert lanes == {"one": (0, 2), "two": (1, 2), "three": (0, 2), "later": (0, 1)}
    assert a.lanes == 2 and b.lanes == 1
    assert view.block("alone") is not None and view.block("nowhere") is None


def test_closed_hours_are_the_gaps_between_availability_windows() -> None:
    w = world([room("a", windows=[window(1, "09:00", "12:00"), window(1, "13:00", "18:00")])], [])
    (row,) = build_day(w, MONDAY, ["a"]).rows
    assert row.closed == [
        (at(1, "08:00"), at(1, "09:00")),
        (at(1, "12:00"), at(1, "13:00")),
        (at(1, "18:00"), at(2, "00:00")),
    ]


def test_snapping_rounds_to_five_minutes_from_the_origin() -> None:
    origin = at(1, "08:00")
    assert snap(origin + 7 * MINUTE_MS, origin) == origin + 5 * MINUTE_MS
    assert snap(origin + 8 * MINUTE_MS, origin) == origin + 10 * MINUTE_MS
    assert snap(origin - 2 * MINUTE_MS, origin) == origin


def test_event_days_include_a_day_a_session_was_misplaced_on() -> None:
    w = world([room("a")], [session("s", "a", at(9, "10:00"), at(9, "11:00"))])
    days = event_days(w)
    assert days[0] == date(2026, 5, 17) and days[-1] == date(2026, 5, 26)
    assert len(days) == 7


def _rooms() -> dict[str, Room]:
    return {
        r.id: r
        for r in (
            Room("r10", "Room 10", 50, floor="Level 1", zone="B"),
            Room("r2", "Room 2", 300, floor="Level 1", zone="A"),
            Room("hall", "Plenary Hall", 3000, floor="Ground floor", zone="Plenary"),
            Room("café", "Café Lounge", 80, floor="Level 2", zone="Networking"),
        )
    }


def test_rooms_order_by_name_floor_capacity_or_mine_with_favourites_first() -> None:
    rooms = _rooms()

    def shown(**kw: object) -> list[str]:
        args: dict[str, object] = dict(
            order="name", custom=[], favourites=set(), hidden=set(), favourites_only=False, query=""
        )
        args.update(kw)
        return shown_rooms(rooms, **args)  # type: ignore[arg-type]

    assert shown() == ["café", "hall", "r2", "r10"]  # Room 2 before Room 10
    assert shown(order="floor") == ["hall", "r2", "r10", "café"]
    assert shown(order="capacity") == ["hall", "r2", "café", "r10"]
    assert shown(order="custom", custom=["r10", "café"]) == ["r10", "café", "hall", "r2"]
    assert shown(favourites={"r10"}) == ["r10", "café", "hall", "r2"]
    assert shown(favourites={"r10"}, favourites_only=True) == ["r10"]
    assert shown(hidden={"hall"}) == ["café", "r2", "r10"]
    assert shown(query="cafe") == ["café"]  # accents ignored
    assert shown(query="level 1") == ["r2", "r10"]
    assert shown(query="nothing", revealed={"hall"}) == ["hall"]
