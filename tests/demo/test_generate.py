"""generate(): deterministic per seed, atomic, refuses to overwrite, everything in the op log."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from wufops.demo import DemoError, DemoSummary, generate
from wufops.store.apply import canonical_dump
from wufops.store.database import connect


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = connect(path)
    try:
        return canonical_dump(conn)
    finally:
        conn.close()


def _log(path: Path) -> list[tuple[object, ...]]:
    conn = connect(path)
    try:
        return [
            tuple(r)
            for r in conn.execute(
                "SELECT client_seq, hlc, kind, entity, row_id, body FROM outbox ORDER BY client_seq"
            )
        ]
    finally:
        conn.close()


def test_the_same_seed_gives_the_same_event_and_another_seed_another(tmp_path: Path) -> None:
    first = generate(tmp_path / "a.db", seed=5, attendees=300)
    second = generate(tmp_path / "b.db", seed=5, attendees=300)
    other = generate(tmp_path / "c.db", seed=6, attendees=300)
    dump = _dump(tmp_path / "a.db")
    assert dump == _dump(tmp_path / "b.db")
    assert first.event_id == second.event_id
    assert dump != _dump(tmp_path / "c.db")
    assert _log(tmp_path / "a.db") == _log(tmp_path / "b.db")  # HLCs repeat too
    assert other.event_id != first.event_id
    assert len(dump["attendee"]) == 300


def test_counts_in_the_summary_match_the_database(
    small_demo: tuple[Path, DemoSummary], small_db: sqlite3.Connection
) -> None:
    _, summary = small_demo

    def count(sql: str) -> int:
        return int(small_db.execute(sql).fetchone()[0])

    assert summary.attendees == count("SELECT count(*) FROM attendee") == 600
    assert summary.countries == count("SELECT count(DISTINCT country) FROM attendee")
    assert summary.rooms == count("SELECT count(*) FROM room") == 40
    assert summary.sessions == count("SELECT count(*) FROM session") >= 700
    assert summary.channels == count("SELECT count(*) FROM stream_channel") == 8
    assert summary.providers == count("SELECT count(*) FROM provider") == 60
    assert count("SELECT count(*) FROM event") == 1
    assert summary.event_id == small_db.execute("SELECT id FROM event").fetchone()[0]
    assert summary.seconds > 0


def test_every_row_went_through_the_op_log(small_db: sqlite3.Connection) -> None:
    tables = ("event", "attendee", "room", "session", "stream_channel", "stream_slot", "provider")
    for table in tables:
        rows = small_db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        ops = small_db.execute(
            "SELECT count(*) FROM outbox WHERE entity = ? AND kind = 'insert'", (table,)
        ).fetchone()[0]
        assert ops == rows > 0, table
    # every row carries field versions, so later edits merge against them
    unversioned = small_db.execute(
        "SELECT count(*) FROM attendee a WHERE NOT EXISTS (SELECT 1 FROM field_version f "
        "WHERE f.entity = 'attendee' AND f.row_id = a.id)"
    ).fetchone()[0]
    assert unversioned == 0
    hlc = small_db.execute("SELECT value FROM replica_meta WHERE key = 'hlc'").fetchone()[0]
    assert int(hlc) == small_db.execute("SELECT max(hlc) FROM outbox").fetchone()[0]


def test_ids_are_uuid_text(small_db: sqlite3.Connection) -> None:
    import uuid

    for (row_id,) in small_db.execute("SELECT id FROM attendee UNION ALL SELECT id FROM session"):
        assert str(uuid.UUID(row_id)) == row_id


def test_refuses_to_overwrite_a_file_that_holds_data(tmp_path: Path) -> None:
    target = tmp_path / "precious.db"
    target.write_bytes(b"not yours")
    with pytest.raises(DemoError) as error:
        generate(target, attendees=50)
    assert error.value.code == "target_exists"
    assert target.read_bytes() == b"not yours"


def test_an_empty_file_is_filled_and_no_scratch_file_is_left(tmp_path: Path) -> None:
    target = tmp_path / "empty.db"
    target.touch()
    progress: list[tuple[int, int]] = []
    generate(target, attendees=50, progress=lambda done, total: progress.append((done, total)))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.db"]
    assert progress[0][0] == 0 and progress[-1][0] == progress[-1][1]
    assert [done for done, _ in progress] == sorted(done for done, _ in progress)
    assert _dump(target)["attendee"]


def test_bad_arguments_get_a_coded_error(tmp_path: Path) -> None:
    with pytest.raises(DemoError) as error:
        generate(tmp_path / "x.db", attendees=0)
    assert error.value.code == "bad_attendee_count"
    with pytest.raises(DemoError) as error:
        generate(tmp_path / "missing" / "x.db", attendees=10)
    assert error.value.code == "no_such_directory"
    with pytest.raises(DemoError) as error:
        generate(tmp_path, attendees=10)
    assert error.value.code == "target_is_directory"
    assert list(tmp_path.iterdir()) == []
