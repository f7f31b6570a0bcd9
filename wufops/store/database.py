"""Opening SQLite databases the one way the project does it.

One connection per thread (sqlite3 refuses sharing), WAL, foreign keys on, autocommit mode
so transactions are explicit ``BEGIN IMMEDIATE … COMMIT`` (see ``wufops.store.replica``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Literal

import sqlite_utils

from db import apply_migrations

Durability = Literal["desk", "hub"]


def connect(path: str | Path, *, durability: Durability = "desk") -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database at ``path``.

    ``desk``: ``synchronous=NORMAL`` — in WAL mode a commit survives a crash or kill -9 of
    the process; only an OS crash or power cut can lose the last commits.
    ``hub``: ``synchronous=FULL`` — a sequence number is sent only once it is on disk.
    """
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=True, timeout=30.0)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=" + ("FULL" if durability == "hub" else "NORMAL"))
    conn.execute("PRAGMA busy_timeout=30000")
    apply_migrations(sqlite_utils.Database(conn))
    return conn


def connect_memory() -> sqlite3.Connection:
    """A migrated in-memory database, for tests and scratch work."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys=ON")
    apply_migrations(sqlite_utils.Database(conn))
    return conn
