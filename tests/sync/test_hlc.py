"""Hybrid logical clocks never go backwards, whatever the wall clock does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wufops.sync import hlc

walls = st.integers(min_value=0, max_value=(1 << 47))


@given(st.lists(walls, min_size=1, max_size=200))
def test_local_ticks_strictly_increase_under_clock_jumps(wall_readings: list[int]) -> None:
    last = 0
    for wall in wall_readings:
        nxt = hlc.tick(last, wall)
        assert nxt > last
        assert hlc.physical_ms(nxt) >= wall
        last = nxt


@given(walls, walls, walls)
def test_receive_is_after_both_clocks(local_ms: int, remote_ms: int, wall: int) -> None:
    local, remote = hlc.pack(local_ms, 5), hlc.pack(remote_ms, 7)
    after = hlc.receive(local, remote, wall)
    assert after > local and after > remote


def test_counter_overflow_borrows_the_next_millisecond() -> None:
    last = hlc.pack(1000, hlc.COUNTER_MAX)
    assert hlc.tick(last, 1000) == hlc.pack(1001, 0)
