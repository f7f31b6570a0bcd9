"""The schema: migrations are idempotent, upgrade databases holding data, refuse bad rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from db import MIGRATION_NAMES, apply_migrations, migrations
from wufops.store.database import connect


def _schema(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return [
        (r[0], r[1])
        for r in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
        )
    ]


def test_applying_twice_is_a_no_op(tmp_path: Path) -> None:
    conn = connect(tmp_path / "a.db")
    before = _schema(conn)
    assert apply_migrations(sqlite_utils.Database(conn)) == []
    assert _schema(conn) == before
    conn.close()
    reopened = connect(tmp_path / "a.db")
    assert _schema(reopened) == before


def _seed(conn: sqlite3.Connection) -> None:
    """One row in each table that exists at this point of the history."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "event" in tables:
        conn.execute(
            "INSERT INTO event (id, name, venue, timezone, first_day, last_day) "
            "VALUES ('e1', 'WUF13', 'Baku Olympic Stadium', 'Asia/Baku', "
            "'2026-05-17', '2026-05-22')"
        )
    if "attendee" in tables:
        conn.execute(
            "INSERT INTO attendee (id, event_id, reg_code, given_name, family_name, country,"
            " category) VALUES ('a1', 'e1', 'WUF-1', 'Aysel', 'Məmmədova', 'AZ', 'speaker')"
        )


@pytest.mark.parametrize("index", range(len(MIGRATION_NAMES)))
def test_each_migration_upgrades_a_database_with_data(tmp_path: Path, index: int) -> None:
    """Build the schema as it stood after migration ``index``, fill it, then upgrade."""
    names = list(MIGRATION_NAMES)
    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    db = sqlite_utils.Database(conn)
    apply_migrations(db, stop_before=names[index + 1] if index + 1 < len(names) else None)
    _seed(conn)
    before = conn.execute("SELECT * FROM attendee").fetchall()
    assert before, "seed data must exist before the upgrade"
    apply_migrations(db)
    assert conn.execute("SELECT * FROM attendee").fetchall() == before
    assert migrations.pending(db) == []


def _conn(tmp_path: Path) -> sqlite3.Connection:
    conn = connect(tmp_path / "c.db")
    _seed(conn)
    return conn


def test_session_cannot_end_before_it_starts(tmp_path: Path) -> None:
    conn = _conn(tmp_path)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO session (id, event_id, title, type, starts_at, ends_at) VALUES "
            "('s1', 'e1', 'Opening', 'plenary', '2026-05-17T10:00:00Z', '2026-05-17T09:00:00Z')"
        )


def test_unknown_category_is_refused(tmp_path: Path) -> None:
    conn = _conn(tmp_path)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO attendee (id, event_id, reg_code, given_name, country, category)"
            " VALUES ('a2', 'e1', 'WUF-2', 'Li', 'CN', 'tourist')"
        )


def test_checkin_without_known_kind_is_refused(tmp_path: Path) -> None:
    conn = _conn(tmp_path)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO checkin_event (id, attendee_id, kind, device_id, hlc, wall_time)"
            " VALUES ('c1', 'a1', 'teleport', 'd', 1, '2026-05-17T08:00:00.000Z')"
        )


def test_a_failing_migration_leaves_nothing_behind(tmp_path: Path) -> None:
    from sqlite_migrate import Migrations

    broken = Migrations("broken")

    @broken()
    def m001(db: sqlite_utils.Database) -> None:
        db.conn.execute("CREATE TABLE half (x)")
        db.conn.execute("INSERT INTO nowhere VALUES (1)")

    database = sqlite_utils.Database(sqlite3.connect(tmp_path / "b.db", isolation_level=None))
    with pytest.raises(sqlite3.OperationalError):
        apply_migrations(database, migration_set=broken)
    assert not database["half"].exists()
    assert broken.pending(database)  # still pending: it will be retried, not skipped
