"""Events applied together (``apply_events``) end exactly as applied one by one (``apply_op``).

The hub takes a push's events set-wise; the merge rule must not change with it: the same
rows stored, the same op answered ``applied``, ``duplicate`` or refused with the same code —
for duplicates of rows already here, repeats inside one batch, rows that break a table rule
and fields no table has, in any mix and order.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from wufops.clock import FakeClock
from wufops.store.apply import Applied, OpRejected, apply_events, apply_op, canonical_dump
from wufops.store.database import connect
from wufops.store.entities import UnknownField
from wufops.sync.ops import Op

DEVICE = "0190a0a0-0000-7000-8000-000000000001"


def _op(n: int, row: int, shape: str) -> Op:
    body: dict[str, object] = {
        "attendee_id": f"att-{row % 3}",
        "kind": "badge_pickup",
        "desk": "desk-1",
        "device_id": DEVICE,
        "hlc": 1000 + n,
        "wall_time": "2026-05-17T08:00:00.000Z",
    }
    if shape == "breaks_rule":
        body["kind"] = "teleport"  # CHECK (kind IN …)
    elif shape == "lacks_field":
        del body["wall_time"]  # NOT NULL
    elif shape == "unknown_field":
        body["colour"] = "red"
    elif shape == "other_fields":
        body["zone"] = "hall B"
    entity = "print_event" if shape == "print" else "checkin_event"
    if entity == "print_event":
        body = {
            "badge_id": f"badge-{row}",
            "attendee_id": f"att-{row % 3}",
            "device_id": DEVICE,
            "hlc": 1000 + n,
            "wall_time": "2026-05-17T08:00:00.000Z",
            "reason": "first",
            "outcome": "pdf",
        }
    return Op(f"op-{n}", DEVICE, 1000 + n, "event", entity, f"row-{row}", body)


def _outcome(result: object) -> tuple[str, str]:
    if isinstance(result, Applied):
        return (result.outcome, "")
    assert isinstance(result, OpRejected | UnknownField)
    return ("rejected", result.code)


_SHAPES = st.sampled_from(
    [
        "plain",
        "plain",
        "plain",
        "breaks_rule",
        "lacks_field",
        "unknown_field",
        "other_fields",
        "print",
    ]
)


@settings(max_examples=60, deadline=None)
@given(
    before=st.lists(st.tuples(st.integers(0, 12), _SHAPES), max_size=6),
    batch=st.lists(st.tuples(st.integers(0, 12), _SHAPES), min_size=1, max_size=25),
)
def test_events_applied_together_end_as_applied_one_by_one(
    tmp_path_factory: object, before: list[tuple[int, str]], batch: list[tuple[int, str]]
) -> None:
    folder: Path = tmp_path_factory.mktemp("events")  # type: ignore[attr-defined]
    one, many = connect(folder / "one.db"), connect(folder / "many.db")
    for conn in (one, many):
        conn.execute("PRAGMA foreign_keys=OFF")  # as where other devices' ops are applied
        conn.execute("BEGIN")
        for n, (row, shape) in enumerate(before):
            with contextlib.suppress(OpRejected, UnknownField):
                apply_op(conn, _op(n, row, shape))
    ops = [_op(100 + n, row, shape) for n, (row, shape) in enumerate(batch)]
    expected = []
    for op in ops:
        try:
            expected.append(_outcome(apply_op(one, op)))
        except (OpRejected, UnknownField) as error:
            expected.append(("rejected", error.code))
    got = [_outcome(r) for r in apply_events(many, ops)]
    assert got == expected
    assert canonical_dump(many) == canonical_dump(one)
    for conn in (one, many):
        conn.execute("COMMIT")
        conn.close()


def test_events_of_an_edited_entity_are_not_taken(tmp_path: Path) -> None:
    conn = connect(tmp_path / "x.db")
    edit = Op("op-1", DEVICE, FakeClock().now_ms() << 16, "insert", "room", "r1", {"name": "A"})
    try:
        apply_events(conn, [edit])
    except ValueError as error:
        assert "events only" in str(error)
    else:
        raise AssertionError("apply_events took an edit")
