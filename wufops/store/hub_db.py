"""The hub's database file: opening it, its metadata, credentials hashing, online backup.

Shared by the hub's write side (``hub_log``, ``hub_devices``) and its readers
(``hub_reader``). The hub's database is a full replica (the tables of ``db.migrations``) plus
the hub-only tables of ``db.hub_migrations``; this package is the one a multi-venue deployment
would swap for PostgreSQL (design.md §1).
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from db.hub_migrations import hub_migrations
from db.migrations import apply_migrations
from wufops.errors import CodedError
from wufops.store.database import connect, sync_apply_mode


class DeviceError(CodedError):
    """Enrolment or revocation refused; ``code`` is stable."""


@dataclass(frozen=True)
class DeviceAuth:
    device_id: str
    name: str
    role: str
    revoked: bool


@dataclass(frozen=True)
class LogEntry:
    seq: int
    op_text: str
    clock_suspect: bool


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM hub_meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO hub_meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def max_seq(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()
    return int(row[0])


def open_hub_connection(path: str | Path) -> sqlite3.Connection:
    """A migrated hub connection (replica schema + hub tables), ``synchronous=FULL``.

    Foreign keys are not enforced here (see :func:`sync_apply_mode`): the hub applies ops
    from many devices, whose order across devices is not causal after a restore."""
    conn = connect(path, durability="hub")
    apply_migrations(sqlite_utils.Database(conn), migration_set=hub_migrations)
    sync_apply_mode(conn)
    return conn


def backup(source: str | Path, target: str | Path) -> None:
    """A consistent online copy of the hub (sqlite3 backup API), marked as a copy so a hub
    started on it takes a new epoch and devices re-push what it lacks."""
    target = Path(target)
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    src = sqlite3.connect(str(source), timeout=30.0)
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
        dst.execute(
            "INSERT INTO hub_meta (key, value) VALUES ('epoch_live', '0') "
            "ON CONFLICT (key) DO UPDATE SET value = '0'"
        )
        dst.commit()
    finally:
        dst.close()
        src.close()
