"""m012_access upgrades a database holding providers and assignment slots: every row keeps
what it had, providers gain no absences, slots no feed, and the new table and checks stand."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from db import apply_migrations


def _old(tmp_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    apply_migrations(sqlite_utils.Database(conn), stop_before="m012_access")
    conn.executescript(
        """
        INSERT INTO event VALUES ('e1', 'WUF13', 'Baku', 'Asia/Baku', '2026-05-17', '2026-05-22');
        INSERT INTO room (id, event_id, name, capacity) VALUES ('r1', 'e1', 'Hall', 900);
        INSERT INTO session (id, event_id, title, type, room_id, starts_at, ends_at)
            VALUES ('s1', 'e1', 'Opening', 'plenary', 'r1', '2026-05-18T06:00:00.000Z',
                    '2026-05-18T08:00:00.000Z');
        INSERT INTO provider (id, event_id, name, kind, sign_languages)
            VALUES ('p1', 'e1', 'Aysel', 'interpreter', '["ils"]');
        INSERT INTO assignment_slot (id, session_id, service, language, slot_no, provider_id,
                                     status, locked)
            VALUES ('a1', 's1', 'sign_language', 'ils', 1, 'p1', 'confirmed', 1);
        """
    )
    return conn


def test_rows_keep_what_they_had(tmp_path: Path) -> None:
    conn = _old(tmp_path)
    assert "m012_access" in apply_migrations(sqlite_utils.Database(conn))
    conn.row_factory = sqlite3.Row
    slot = dict(conn.execute("SELECT * FROM assignment_slot").fetchone())
    assert slot == {
        "id": "a1",
        "session_id": "s1",
        "service": "sign_language",
        "language": "ils",
        "slot_no": 1,
        "provider_id": "p1",
        "status": "confirmed",
        "locked": 1,
        "feed_provider_id": None,
    }
    provider = conn.execute("SELECT absences, sign_languages FROM provider").fetchone()
    assert tuple(provider) == ("[]", '["ils"]')
    assert conn.execute("SELECT count(*) FROM access_settings").fetchone()[0] == 0


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO access_settings (id, travel_min) VALUES ('e1', -1)",
        "INSERT INTO access_settings (id, accredited_high_level) VALUES ('e1', 2)",
        "INSERT INTO access_settings (id) VALUES ('no-such-event')",
        "UPDATE provider SET absences = 'not json'",
        "UPDATE assignment_slot SET feed_provider_id = 'nobody'",
    ],
)
def test_the_schema_refuses_impossible_rows(tmp_path: Path, statement: str) -> None:
    conn = _old(tmp_path)
    apply_migrations(sqlite_utils.Database(conn))
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(statement)
