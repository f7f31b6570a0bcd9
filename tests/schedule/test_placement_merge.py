"""A placement is one value: room, start and end travel in one op and merge as one.

The failure this prevents: coordinator A moves a session to 11:00 in the same room (only
the times change), coordinator B moves it to another room at the same time (only the room
changes); per-field LWW on two partial ops merged B's room with A's times — a room and time
neither chose. Now every op that writes any of the three writes all three (the write path
completes the group, ``apply_op`` refuses a partial one with ``partial_placement``), so LWW
takes all three from one op, and the concurrent move is ONE conflict record (field
``placement``, the whole value of each side).
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wufops.clock import FakeClock
from wufops.store.apply import OpRejected, apply_op
from wufops.store.database import connect_memory
from wufops.store.replica import Replica
from wufops.sync.merge import PLACEMENT_FIELDS, Version, partial_group, resolve_edit
from wufops.sync.ops import Op

ROOMS = ("room-a", "room-b")
TIMES = (
    ("2026-05-18T06:00:00.000Z", "2026-05-18T07:00:00.000Z"),
    ("2026-05-18T07:00:00.000Z", "2026-05-18T08:30:00.000Z"),
    ("2026-05-18T10:00:00.000Z", "2026-05-18T11:00:00.000Z"),
)
START = {"room_id": "room-a", "starts_at": TIMES[0][0], "ends_at": TIMES[0][1]}


def _base_ops() -> list[Op]:
    event = {
        "name": "WUF13",
        "venue": "Baku",
        "timezone": "Asia/Baku",
        "first_day": "2026-05-17",
        "last_day": "2026-05-22",
    }
    ops = [Op("op-e", "dev-0", 1, "insert", "event", "e1", event)]
    for n, room in enumerate(ROOMS):
        body = {"event_id": "e1", "name": room, "capacity": 100}
        ops.append(Op(f"op-r{n}", "dev-0", 2 + n, "insert", "room", room, body))
    session = {"event_id": "e1", "title": "Urban resilience", "type": "dialogue", **START}
    ops.append(Op("op-s", "dev-0", 5, "insert", "session", "s1", session))
    return ops


def _db() -> sqlite3.Connection:
    conn = connect_memory()
    conn.execute("PRAGMA foreign_keys=OFF")
    for op in _base_ops():
        apply_op(conn, op)
    return conn


def _placement(conn: sqlite3.Connection) -> dict[str, str]:
    row = conn.execute("SELECT room_id, starts_at, ends_at FROM session WHERE id = 's1'").fetchone()
    return dict(zip(PLACEMENT_FIELDS, row, strict=True))


def _conflicts(conn: sqlite3.Connection) -> list[tuple[str, dict[str, object], dict[str, object]]]:
    return [
        (r[0], json.loads(r[1])["value"], json.loads(r[2])["value"])
        for r in conn.execute("SELECT field, winner, loser FROM conflict ORDER BY id")
    ]


placements = st.builds(
    lambda room, times: {"room_id": room, "starts_at": times[0], "ends_at": times[1]},
    st.sampled_from(ROOMS),
    st.sampled_from(TIMES),
)


def _move(device: str, hlc: int, target: dict[str, str]) -> Op:
    """A coordinator's move as the write path makes it: every placement field, based on the
    version it saw (the session's insert, HLC 5)."""
    return Op(
        f"op-{device}",
        device,
        hlc,
        "update",
        "session",
        "s1",
        dict(target),
        dict.fromkeys(target, 5),
    )


@settings(max_examples=200, deadline=None)
@given(
    a=placements,
    b=placements,
    hlc_a=st.integers(10, 20),
    hlc_b=st.integers(10, 20),
)
def test_two_offline_moves_converge_on_one_of_them_with_one_conflict_record(
    a: dict[str, str], b: dict[str, str], hlc_a: int, hlc_b: int
) -> None:
    ops = [_move("dev-a", hlc_a, a), _move("dev-b", hlc_b, b)]
    results = []
    for order in (ops, ops[::-1]):
        conn = _db()
        for op in order:
            apply_op(conn, op, record_conflicts=True, detected_at="2026-05-18T00:00:00Z")
        results.append((_placement(conn), _conflicts(conn)))
    (first, first_conflicts), (second, second_conflicts) = results
    assert first == second
    assert first in (a, b)  # one that a coordinator chose, never a mix
    winner = a if (hlc_a, "dev-a") > (hlc_b, "dev-b") else b
    assert first == winner
    loser = b if winner is a else a
    if a == b:
        assert first_conflicts == second_conflicts == []
    else:
        assert first_conflicts == second_conflicts == [("placement", winner, loser)]


def test_resolve_edit_reports_a_concurrent_move_once_under_placement() -> None:
    current = Version(5, "dev-0")
    versions = dict.fromkeys(PLACEMENT_FIELDS, current)
    theirs = {"room_id": "room-b", "starts_at": TIMES[0][0], "ends_at": TIMES[0][1]}
    mine = {"room_id": "room-a", "starts_at": TIMES[1][0], "ends_at": TIMES[1][1]}
    op = Op("op-x", "dev-a", 9, "update", "session", "s1", mine, dict.fromkeys(mine, 3))
    (edit,) = resolve_edit(op, versions, theirs).concurrent
    assert (edit.field, edit.winner_value, edit.loser_value) == ("placement", mine, theirs)
    older = Op("op-y", "dev-a", 4, "update", "session", "s1", mine, dict.fromkeys(mine, 3))
    resolution = resolve_edit(older, versions, theirs)
    assert resolution.writes == {}
    (edit,) = resolution.concurrent
    assert (edit.field, edit.winner_value, edit.loser_value) == ("placement", theirs, mine)


@pytest.mark.parametrize(
    "body",
    [
        {"starts_at": TIMES[1][0]},
        {"room_id": "room-b"},
        {"starts_at": TIMES[1][0], "ends_at": TIMES[1][1]},
        {"room_id": "room-b", "title": "Renamed"},
    ],
)
def test_a_partial_placement_is_refused_and_changes_nothing(body: dict[str, str]) -> None:
    assert partial_group("session", body) == "placement"
    conn = _db()
    before = _placement(conn)
    op = Op("op-p", "dev-a", 9, "update", "session", "s1", body)
    with pytest.raises(OpRejected) as refused:
        apply_op(conn, op)
    assert refused.value.code == "partial_placement"
    assert _placement(conn) == before
    assert partial_group("session", {"title": "x"}) is None
    assert partial_group("session", START) is None
    assert partial_group("room", {"room_id": "x"}) is None


def test_the_write_path_writes_the_whole_placement_even_when_only_the_time_changes(
    replica: Replica, clock: FakeClock
) -> None:
    with replica.batch() as batch:
        for base_op in _base_ops():
            batch.insert(base_op.entity, base_op.body, row_id=base_op.row_id)
    clock.advance(1000)
    target = {"room_id": "room-a", "starts_at": TIMES[2][0], "ends_at": TIMES[2][1]}
    op = replica.update("session", "s1", target)
    assert op is not None and op.body == target  # the room is in, though it did not change
    assert set(op.base) == set(PLACEMENT_FIELDS)
    with pytest.raises(OpRejected) as refused:
        replica.update("session", "s1", {"starts_at": TIMES[1][0]})
    assert refused.value.code == "partial_placement"
    assert replica.update("session", "s1", {**target, "title": "Moved"}) is not None
    assert replica.update("session", "s1", target) is None  # nothing changed: no op
    versions = replica.conn.execute(
        "SELECT DISTINCT hlc FROM field_version WHERE entity = 'session' AND row_id = 's1' "
        "AND field IN ('room_id', 'starts_at', 'ends_at')"
    ).fetchall()
    assert len(versions) == 1  # the three fields share one version, always
