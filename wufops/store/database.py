"""Opening SQLite databases the one way the project does it.

One connection per thread (sqlite3 refuses sharing), WAL, foreign keys on, autocommit mode
so transactions are explicit ``BEGIN IMMEDIATE … COMMIT`` (see ``wufops.store.replica``).
"""

from __future__ import annotations

import itertools
import sqlite3
import time
from pathlib import Path
from typing import Literal

import sqlite_utils

from db import apply_migrations

Durability = Literal["desk", "hub", "sync", "scratch"]

#: ``PRAGMA synchronous`` per durability (see :func:`connect`)
SYNCHRONOUS: dict[str, str] = {"desk": "FULL", "hub": "FULL", "sync": "NORMAL", "scratch": "NORMAL"}


def connect(path: str | Path, *, durability: Durability = "desk") -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database at ``path``.

    ``desk`` and ``hub``: ``synchronous=FULL`` — every commit is on disk before it returns:
    a scan the desk showed as admitted, a sequence number the hub sent, survive a power cut.
    (In WAL mode ``NORMAL`` survives a crash or kill -9 of the process, but it syncs the WAL
    only at checkpoints, and a desk defers those out of the scan path — an OS crash or power
    cut can then lose every scan since the last checkpoint, each already acknowledged to
    the person at the desk. ``benchmarks/bench_checkin.py`` prints the scan p99 under both.)
    ``sync``: ``synchronous=NORMAL`` — the desk's sync driver, whose commits are all fetched
    or made again if a power cut takes them back: pulled changes with their cursor (pulled
    again), push outcomes (the hub answers a re-push the same), snapshot chunks (resumed),
    the clock repair (redone at the next hello). Its commits share the WAL with the desk's
    FULL ones, which sync every frame before them.
    ``scratch``: ``synchronous=NORMAL`` — files whose last commits may be lost on power loss
    (benchmark baselines, scratch copies).
    """
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=True, timeout=30.0)
    conn.row_factory = sqlite3.Row
    _enter_wal(conn)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=" + SYNCHRONOUS[durability])
    conn.execute("PRAGMA busy_timeout=30000")
    apply_migrations(sqlite_utils.Database(conn))
    return conn


def sync_apply_mode(conn: sqlite3.Connection) -> None:
    """Set a connection that applies *other devices'* ops not to enforce foreign keys.

    References between rows made on different devices are eventually consistent: after a
    hub restore, desks re-push in whatever order they reconnect, so a void can reach the
    hub before the pickup it undoes, a session before its room. Refusing those would lose
    acknowledged work for good; accepting them converges once the other op arrives (a void
    of a pickup not yet seen voids nothing until then). Local writes, made through the
    desk's own ``Replica`` connections, keep enforcing foreign keys.
    """
    conn.execute("PRAGMA foreign_keys=OFF")


def _enter_wal(conn: sqlite3.Connection) -> None:
    """``journal_mode=WAL``, retried: on a brand-new file two connections switching at once
    get "database is locked" at once (SQLite calls no busy handler there), and the desk's
    UI and sync thread, or two processes, may well open a new file together."""
    for attempt in itertools.count():
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or attempt >= _WAL_ATTEMPTS:
                raise
            time.sleep(0.01)


_WAL_ATTEMPTS = 500


def connect_memory() -> sqlite3.Connection:
    """A migrated in-memory database, for tests and scratch work."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys=ON")
    apply_migrations(sqlite_utils.Database(conn))
    return conn
