"""Row sets as integers: what goes in comes out, in row order, whatever the density."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wufops.attendees import rowsets


@st.composite
def sets(draw: st.DrawFn) -> tuple[int, list[int]]:
    n = draw(st.integers(1, 3000))
    density = draw(st.sampled_from([0.0, 0.001, 0.02, 0.3, 0.7, 0.98, 1.0]))
    rng = draw(st.randoms(use_true_random=False))
    return n, [i for i in range(n) if rng.random() < density]


@given(sets())
@settings(max_examples=300, deadline=None)
def test_members_come_back_in_order(case: tuple[int, list[int]]) -> None:
    n, members = case
    rows = rowsets.of(members, n)
    assert rowsets.positions(rows, n) == members
    items = [f"id{i}" for i in range(n)]
    assert rowsets.select(rows, n, items) == [f"id{i}" for i in members]
    assert rowsets.of(iter(members), n, len(members)) == rows  # from an iterator too
    assert rows.bit_count() == len(members)


@given(sets(), st.data())
@settings(max_examples=200, deadline=None)
def test_algebra_and_counting(case: tuple[int, list[int]], data: st.DataObject) -> None:
    n, members = case
    other = data.draw(st.lists(st.integers(0, n - 1), max_size=50))
    a, b = rowsets.of(members, n), rowsets.of(other, n)
    assert rowsets.positions(a | b, n) == sorted(set(members) | set(other))
    assert rowsets.positions(a & ~b, n) == sorted(set(members) - set(other))
    at = data.draw(st.integers(0, n))
    assert rowsets.count_before(a, at, n) == sum(1 for m in members if m < at)
    assert rowsets.full(n) == rowsets.of(range(n), n)
    if n:
        assert rowsets.one(n - 1, n) == rowsets.of([n - 1], n)
