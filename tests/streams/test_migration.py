"""m009_streams upgrades a database holding stream slots: every slot keeps what it had, rolls
may now be left to the event, and the new tables and checks stand."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from db import apply_migrations


def _old(tmp_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    apply_migrations(sqlite_utils.Database(conn), stop_before="m009_streams")
    conn.executescript(
        """
        INSERT INTO event VALUES ('e1', 'WUF13', 'Baku', 'Asia/Baku', '2026-05-17', '2026-05-22');
        INSERT INTO room (id, event_id, name, capacity) VALUES ('r1', 'e1', 'Hall', 900);
        INSERT INTO session (id, event_id, title, type, room_id, starts_at, ends_at)
            VALUES ('s1', 'e1', 'Opening', 'plenary', 'r1', '2026-05-18T06:00:00.000Z',
                    '2026-05-18T08:00:00.000Z');
        INSERT INTO stream_channel (id, event_id, name) VALUES ('c1', 'e1', 'Channel 1');
        INSERT INTO stream_slot (id, session_id, channel_id, pre_roll_min, post_roll_min,
                                 audio_tracks, status)
            VALUES ('t1', 's1', 'c1', 20, 10, '["floor","ar"]', 'live'),
                   ('t2', 's1', 'c1', 10, 5, '[]', 'planned');
        """
    )
    return conn


def test_slots_keep_what_they_had_and_gain_a_picture_plan(tmp_path: Path) -> None:
    conn = _old(tmp_path)
    assert apply_migrations(sqlite_utils.Database(conn))[-1] == "m009_streams"
    conn.row_factory = sqlite3.Row
    rows = {r["id"]: dict(r) for r in conn.execute("SELECT * FROM stream_slot")}
    assert rows["t1"] == {
        "id": "t1",
        "session_id": "s1",
        "channel_id": "c1",
        "pre_roll_min": 20,
        "post_roll_min": 10,
        "audio_tracks": '["floor","ar"]',
        "caption_target": "",
        "caption_languages": "[]",
        "sign_languages": "[]",
        "withdrawn": 0,
        "status": "live",
    }
    assert (rows["t2"]["pre_roll_min"], rows["t2"]["post_roll_min"]) == (10, 5)
    # a new slot may leave its rolls to the event; the checks still stop impossible rows
    conn.execute("INSERT INTO stream_slot (id, session_id, channel_id) VALUES ('t3', 's1', 'c1')")
    (pre, post, tracks) = conn.execute(
        "SELECT pre_roll_min, post_roll_min, audio_tracks FROM stream_slot WHERE id = 't3'"
    ).fetchone()
    assert (pre, post, tracks) == (None, None, '["floor"]')
    for bad in (
        "INSERT INTO stream_slot (id, session_id, channel_id, pre_roll_min) "
        "VALUES ('x', 's1', 'c1', -1)",
        "INSERT INTO stream_slot (id, session_id, channel_id, status) "
        "VALUES ('x', 's1', 'c1', 'on_air')",
        "INSERT INTO stream_slot (id, session_id, channel_id) VALUES ('x', 's1', 'nowhere')",
        "INSERT INTO stream_settings (id, pre_roll_min) VALUES ('e1', 241)",
        "INSERT INTO stream_status_change (id, slot_id, from_status, to_status, device_id, hlc, "
        "wall_time) VALUES ('h', 't1', 'live', 'gone', 'd', 1, 'now')",
    ):
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(bad)
    conn.execute("INSERT INTO stream_settings (id) VALUES ('e1')")
    assert conn.execute("SELECT pre_roll_min, post_roll_min FROM stream_settings").fetchone()[
        :
    ] == (
        10,
        5,
    )
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"stream_slot_channel", "stream_slot_session", "stream_status_change_slot"} <= indexes
