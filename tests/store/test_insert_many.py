"""Many rows at once (``Batch.insert_many``): exactly the ops, versions and outbox rows that
inserting them one by one writes — and the merge rule still decides for rows already here."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from wufops.clock import FakeClock
from wufops.ids import uuid7s
from wufops.store.apply import OpRejected, apply_op, canonical_dump
from wufops.store.replica import Replica
from wufops.sync.ops import Op

EVENT = {
    "name": "WUF13",
    "venue": "Baku",
    "timezone": "Asia/Baku",
    "first_day": "2026-05-17",
    "last_day": "2026-05-22",
}


def _people(event_id: str, count: int) -> list[tuple[str, dict[str, object]]]:
    names = ["Aysel", "Иван", "محمد", "王", "Zoë"]
    return [
        (
            f"0190a0a0-0000-7000-8000-{n:012d}",
            {
                "event_id": event_id,
                "reg_code": f"WUF-{n}",
                "given_name": names[n % 5],
                "family_name": f"Family{n}",
                "country": "AZ",
                "category": "participant",
                **({"captions": 1} if n % 3 == 0 else {}),  # two field sets
            },
        )
        for n in range(count)
    ]


def _versions(replica: Replica) -> list[tuple[str, str, str]]:
    return replica.conn.execute(
        "SELECT entity, row_id, field FROM field_version ORDER BY 1, 2, 3"
    ).fetchall()


def test_many_rows_are_written_as_one_insert_op_each(tmp_path: Path, clock: FakeClock) -> None:
    one = Replica.open(tmp_path / "one.db", clock)
    many = Replica.open(tmp_path / "many.db", clock)
    event_id = one.insert("event", EVENT)
    many.insert("event", EVENT, row_id=event_id)
    people = _people(event_id, 50)
    with one.batch() as batch:
        for row_id, fields in people:
            batch.insert("attendee", fields, row_id=row_id)
    with many.batch() as batch:
        ids = batch.insert_many("attendee", people)
    assert ids == [row_id for row_id, _ in people]
    assert canonical_dump(many.conn) == canonical_dump(one.conn)
    assert [tuple(v) for v in _versions(many)] == [tuple(v) for v in _versions(one)]
    ops = [e.op for e in many.outbox(limit=1000)][1:]
    assert [(o.kind, o.entity, o.row_id, o.body, o.base) for o in ops] == [
        ("insert", "attendee", row_id, fields, {}) for row_id, fields in people
    ]
    stamps = [o.hlc for o in ops]
    event_stamp = many.conn.execute("SELECT hlc FROM outbox WHERE entity = 'event'").fetchone()
    assert stamps == sorted(set(stamps)) and stamps[0] > event_stamp[0]  # each its own HLC
    assert many.hlc == stamps[-1]  # the clock persisted with the batch
    for op in ops:  # each version is its own op's
        got = many.conn.execute(
            "SELECT DISTINCT hlc, device_id FROM field_version WHERE row_id = ?", (op.row_id,)
        ).fetchall()
        assert [tuple(g) for g in got] == [(op.hlc, many.device_id)]
    # and the hub (any replica) applying them ends where the desk is
    hub = Replica.open(tmp_path / "hub.db", clock)
    for entry in many.outbox(limit=1000):
        apply_op(hub.conn, entry.op)
    assert canonical_dump(hub.conn) == canonical_dump(many.conn)


def test_a_row_already_here_goes_through_the_merge_rule(tmp_path: Path, clock: FakeClock) -> None:
    """A re-import of a row this replica already holds is an edit like any other: a field
    whose version is newer (here pulled from a device whose clock runs ahead) keeps it."""
    desk = Replica.open(tmp_path / "desk.db", clock)
    event_id = desk.insert("event", EVENT)
    (row_id, fields), *_ = _people(event_id, 1)
    ahead = (clock.now_ms() + 3_600_000) << 16
    remote = Op("op-remote", "other-device", ahead, "insert", "attendee", row_id, dict(fields))
    with desk.transaction():
        apply_op(desk.conn, remote)
    clock.advance(1000)
    with desk.batch() as batch:
        batch.insert_many("attendee", [(row_id, {**fields, "family_name": "Later"})])
    stored = desk.conn.execute(
        "SELECT family_name FROM attendee WHERE id = ?", (row_id,)
    ).fetchone()[0]
    assert stored == fields["family_name"]  # the newer version stays: last writer wins


def test_a_row_breaking_a_rule_refuses_the_whole_batch(tmp_path: Path, clock: FakeClock) -> None:
    desk = Replica.open(tmp_path / "desk.db", clock)
    event_id = desk.insert("event", EVENT)
    people = _people(event_id, 5)
    people[3] = (people[3][0], {**people[3][1], "reg_code": "WUF-1"})  # UNIQUE reg_code
    before = desk.pending_count()
    with pytest.raises(OpRejected) as refused, desk.batch() as batch:
        batch.insert_many("attendee", people)
    assert refused.value.code == "constraint"
    assert desk.conn.execute("SELECT count(*) FROM attendee").fetchone()[0] == 0
    assert desk.pending_count() == before


def test_uuid7s_are_distinct_uuid7s_of_their_instant() -> None:
    ms = 1_780_000_000_123
    ids = uuid7s(ms, 500)
    assert len(set(ids)) == 500
    for text in ids:
        parsed = uuid.UUID(text)
        assert str(parsed) == text and parsed.version == 7 and parsed.int >> 80 == ms
        assert parsed.variant == uuid.RFC_4122
    assert json.dumps(ids)  # plain text
