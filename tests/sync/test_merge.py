"""The merge rule converges: any delivery order, any duplication, same result everywhere."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from wufops.store.apply import apply_op, canonical_dump
from wufops.store.database import connect_memory
from wufops.sync.merge import Version, resolve_edit
from wufops.sync.ops import Op

EVENT = Op(
    "op-e",
    "dev-0",
    1,
    "insert",
    "event",
    "e1",
    {
        "name": "WUF13",
        "venue": "Baku",
        "timezone": "Asia/Baku",
        "first_day": "2026-05-17",
        "last_day": "2026-05-22",
    },
)
ATTENDEE = Op(
    "op-a",
    "dev-0",
    2,
    "insert",
    "attendee",
    "a1",
    {
        "event_id": "e1",
        "reg_code": "WUF-1",
        "given_name": "Aysel",
        "family_name": "Məmmədova",
        "country": "AZ",
        "category": "participant",
    },
)

edits = st.lists(
    st.tuples(
        st.integers(min_value=3, max_value=40),  # hlc
        st.sampled_from(["dev-a", "dev-b", "dev-c"]),
        st.sampled_from(["organization", "family_name", "category"]),
        st.sampled_from(["x", "y", "z"]),
    ),
    min_size=1,
    max_size=8,
    unique_by=lambda e: (e[0], e[1]),
)

_VALUES = {"category": {"x": "speaker", "y": "media", "z": "staff"}}


def _op(index: int, edit: tuple[int, str, str, str]) -> Op:
    stamp, device, name, value = edit
    value = _VALUES.get(name, {}).get(value, value)
    return Op(f"op-{index}", device, stamp, "update", "attendee", "a1", {name: value}, {name: 2})


@settings(max_examples=60, deadline=None)
@given(edits, st.randoms(use_true_random=False))
def test_any_order_and_duplication_converges(
    raw: list[tuple[int, str, str, str]], rnd: object
) -> None:
    ops = [_op(i, e) for i, e in enumerate(raw)]
    dumps = []
    for attempt in range(3):
        conn = connect_memory()
        apply_op(conn, EVENT)
        apply_op(conn, ATTENDEE)
        order = list(ops)
        rnd.shuffle(order)  # type: ignore[attr-defined]
        if attempt == 2:
            order = order + order[::-1]  # every op delivered twice
        for op in order:
            apply_op(conn, op)
        dumps.append(canonical_dump(conn))
        conn.close()
    assert dumps[0] == dumps[1] == dumps[2]


def test_last_writer_wins_per_field_with_device_tiebreak() -> None:
    conn = connect_memory()
    apply_op(conn, EVENT)
    apply_op(conn, ATTENDEE)
    apply_op(conn, Op("1", "dev-b", 10, "update", "attendee", "a1", {"organization": "B"}, {}))
    apply_op(conn, Op("2", "dev-a", 10, "update", "attendee", "a1", {"organization": "A"}, {}))
    apply_op(conn, Op("3", "dev-a", 9, "update", "attendee", "a1", {"given_name": "Ay"}, {}))
    row = conn.execute("SELECT organization, given_name FROM attendee").fetchone()
    assert tuple(row) == ("B", "Ay")  # (10, dev-b) > (10, dev-a); other field untouched


def test_concurrent_edit_of_same_field_is_recorded_once_either_order() -> None:
    one = Op("1", "dev-a", 10, "update", "attendee", "a1", {"organization": "UN-Habitat"}, {})
    two = Op("2", "dev-b", 11, "update", "attendee", "a1", {"organization": "UNDP"}, {})
    for order in itertools.permutations([one, two]):
        conn = connect_memory()
        apply_op(conn, EVENT)
        apply_op(conn, ATTENDEE)
        for op in order:
            apply_op(conn, op, record_conflicts=True, detected_at="t")
        rows = conn.execute("SELECT field, winner, loser FROM conflict").fetchall()
        assert len(rows) == 1
        assert rows[0][0] == "organization"
        assert '"UNDP"' in rows[0][1] and '"UN-Habitat"' in rows[0][2]


def test_sequential_edit_based_on_current_version_is_not_a_conflict() -> None:
    current = {"organization": Version(10, "dev-a")}
    op = Op(
        "2", "dev-b", 11, "update", "attendee", "a1", {"organization": "UNDP"}, {"organization": 10}
    )
    resolution = resolve_edit(op, current, {"organization": "UN-Habitat"})
    assert resolution.writes == {"organization": "UNDP"}
    assert resolution.concurrent == ()


def test_events_are_a_grow_only_set() -> None:
    conn = connect_memory()
    apply_op(conn, EVENT)
    apply_op(conn, ATTENDEE)
    pickup = Op(
        "p",
        "dev-a",
        5,
        "event",
        "checkin_event",
        "c1",
        {
            "attendee_id": "a1",
            "kind": "badge_pickup",
            "device_id": "dev-a",
            "hlc": 5,
            "wall_time": "2026-05-17T07:00:00.000Z",
        },
    )
    assert apply_op(conn, pickup).outcome == "applied"
    assert apply_op(conn, pickup).outcome == "duplicate"
    assert conn.execute("SELECT count(*) FROM checkin_event").fetchone()[0] == 1
