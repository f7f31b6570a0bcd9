"""Properties of a provider's day (``wufops.access.duty``) over random assignments
(Hypothesis; the seed is printed on failure): the day's items tile the time from the first
start to the last end, travel comes exactly where the room changes, and the minutes add up."""

from __future__ import annotations

import itertools
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from wufops.access.duty import DutyRules, Gap, Stint, duty_days
from wufops.store.access_sheets import DutyRow, ProviderRow

BAKU = ZoneInfo("Asia/Baku")
#: 2026-05-19 08:00 in Baku
DAY0 = 1_779_163_200_000
PROVIDER = ProviderRow("p1", "Aysel Məmmədova", "interpreter", False)


@st.composite
def rows(draw: st.DrawFn) -> list[DutyRow]:
    count = draw(st.integers(1, 6))
    out = []
    for n in range(count):
        start = DAY0 + draw(st.integers(0, 40)) * 15 * 60_000
        length = draw(st.integers(2, 12)) * 15 * 60_000
        room = draw(st.sampled_from(["r1", "r2", "r3"]))
        out.append(
            DutyRow(f"slot{n}", "p1", f"s{n}", f"Session {n}", "dialogue", room, room.upper(),
                    start, start + length, "sign_language", "ils", 1, "confirmed", False)
        )  # fmt: skip
    return out


@settings(max_examples=200, deadline=None, print_blob=True)
@given(rows(), st.integers(0, 30), st.integers(0, 60), st.integers(1, 60))
def test_items_tile_the_day(
    given_rows: list[DutyRow], travel: int, arrival: int, rest: int
) -> None:
    rules = DutyRules(travel_min=travel, arrival_min=arrival, rest_min=rest)
    days = duty_days(given_rows, [PROVIDER], BAKU, rules)
    assert sum(len(d.stints) for d in days) == len(given_rows)
    for day in days:
        stints = day.stints
        assert day.arrive_ms == stints[0].start_ms - arrival * 60_000
        assert day.assigned_min <= sum((s.end_ms - s.start_ms) // 60_000 for s in stints)
        assert day.on_site_min >= day.assigned_min
        assert day.longest_stretch_min <= (day.end_ms - stints[0].start_ms) // 60_000
        items = day.items
        assert isinstance(items[0], Stint) and isinstance(items[-1], Stint)
        for before, after in itertools.pairwise(items):
            if isinstance(before, Stint) and isinstance(after, Stint):
                # back to back, same room (a change of room always has a travel item)
                assert after.start_ms == before.end_ms
                assert after.row.room_id == before.row.room_id
        previous: Stint | None = None
        pending: list[Gap] = []
        for item in items:
            if isinstance(item, Gap):
                pending.append(item)
                continue
            if previous is not None and pending and pending[0].kind != "overlap":
                assert pending[0].start_ms == previous.end_ms
                assert pending[-1].end_ms == item.start_ms
                for a, b in itertools.pairwise(pending):
                    assert a.end_ms == b.start_ms
                moved = previous.row.room_id != item.row.room_id
                assert (pending[0].kind == "travel") == moved
                for gap in pending:
                    if gap.kind == "rest":
                        assert gap.minutes >= rest
                    if gap.kind == "break":
                        assert 0 < gap.minutes < rest
            previous, pending = item, []
