"""Snapshot files: a new device bootstraps from a copy of the hub's tables as a database file.

The hub builds, per *view* — what a role receives: ``gate`` (no personal data) or ``full``
(every other role) — a fresh SQLite file with the replica schema holding the replicated
tables and their field versions, as of one read transaction (its ``seq``). Nothing else
goes in: no hub-only table (credentials, change log), no outbox, no secrets, no replica
meta. A gate's file is written from rows already redacted (``wufops.sync.roles``), so its
bytes never held a name, not even in free pages. The file is hashed (SHA-256) and kept
beside the hub's database (``<hub.db>.snapshots/``) for the next device of the same view;
it is rebuilt when the log has moved on too far from it (:data:`REUSE_ENTRIES`), when the
log it needs for the catch-up has been compacted, or under a new epoch.

Why a file, not rows: building it is SQLite copying pages' worth of rows in C
(``INSERT … SELECT`` from the hub's tables), sending it is reading bytes, and the device
installs it with the same statements back (``sync_state.SnapshotDownload``) — no row ever
passes through Python or JSON on either side. ``VACUUM INTO`` of the hub's file would copy
its hub-only tables (token hashes) and a gate would receive names; so the file is built
table by table instead.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from db.migrations import apply_migrations
from wufops.clock import Clock
from wufops.ids import uuid7
from wufops.store import hub_db
from wufops.store.entities import TABLE_ORDER, columns
from wufops.sync.roles import GATE_ATTENDEE_FIELDS, redact_row, sees_table

#: a cached file serves new devices until the log has grown this much past it (they catch
#: up by pulling those entries); beyond, the next request builds a fresh one
REUSE_ENTRIES = 20_000
#: bytes read per chunk when sending (``frames.SNAPSHOT_CHUNK_BYTES`` on the wire)
_READ_BYTES = 1 << 20


@dataclass(frozen=True)
class SnapshotFile:
    snapshot_id: str
    view: str
    epoch: str
    #: the hub's change-log position the file holds everything up to
    seq: int
    path: Path
    size: int
    sha256: str
    tables: tuple[str, ...]

    def read(self, offset: int, size: int = _READ_BYTES) -> bytes:
        with self.path.open("rb") as handle:
            handle.seek(offset)
            return handle.read(size)


def view_of(role: str) -> str:
    """Which snapshot a role receives: ``gate`` (redacted) or ``full``."""
    return "gate" if role == "gate" else "full"


def snapshot_folder(hub_path: Path) -> Path:
    return Path(str(hub_path) + ".snapshots")


class SnapshotCache:
    """The hub's snapshot files, one per view, made on demand. Thread-safe: builds run on
    reader threads, one per view at a time (a second request waits for the first build)."""

    def __init__(self, folder: Path, clock: Clock) -> None:
        self.folder = folder
        self.clock = clock
        self._files: dict[str, SnapshotFile] = {}
        self._locks = {"gate": threading.Lock(), "full": threading.Lock()}
        self._guard = threading.Lock()
        #: files built (a benchmark and the tests count them)
        self.built = 0

    def clear_folder(self) -> None:
        """At start: files of an earlier run are not trusted (another epoch, maybe)."""
        if self.folder.is_dir():
            for old in self.folder.glob("*"):
                with contextlib.suppress(OSError):
                    old.unlink()

    def find(self, snapshot_id: str) -> SnapshotFile | None:
        """The cached file with this id, to resume a cut transfer, if it is still here."""
        with self._guard:
            for snap in self._files.values():
                if snap.snapshot_id == snapshot_id and snap.path.exists():
                    return snap
        return None

    def resolve(
        self,
        conn: sqlite3.Connection,
        role: str,
        snapshot_id: str,
        offset: int,
        min_seq: int = 0,
    ) -> tuple[SnapshotFile, int]:
        """What to send for a request: the rest of ``snapshot_id`` from ``offset`` while
        this hub holds that file (same epoch, same view, at ``min_seq`` at least), else
        :meth:`get` from 0."""
        held = self.find(snapshot_id) if snapshot_id else None
        epoch = hub_db.meta(conn, "hub_epoch") or ""
        if (
            held is not None
            and held.epoch == epoch
            and held.view == view_of(role)
            and held.seq >= min_seq
            and 0 <= offset <= held.size
        ):
            return held, offset
        return self.get(conn, role, min_seq), 0

    def get(self, conn: sqlite3.Connection, role: str, min_seq: int = 0) -> SnapshotFile:
        """A snapshot file for ``role``: the cached one while it is fresh enough (and holds
        ``min_seq`` at least), else a new one built from ``conn`` (a hub reader's connection,
        outside any transaction)."""
        view = view_of(role)
        with self._locks[view]:
            epoch = hub_db.meta(conn, "hub_epoch") or ""
            retained = int(hub_db.meta(conn, "min_retained_seq") or 0)
            top = hub_db.max_seq(conn)
            with self._guard:
                cached = self._files.get(view)
            if (
                cached is not None
                and cached.epoch == epoch
                and cached.seq >= max(retained, min_seq)
                and top - cached.seq <= REUSE_ENTRIES
                and cached.path.exists()
            ):
                return cached
            fresh = build_snapshot(conn, view, self.folder, self.clock)
            with self._guard:
                self._files[view] = fresh
                self.built += 1
            if cached is not None:  # a transfer still reading it keeps its open handle
                with contextlib.suppress(OSError):
                    cached.path.unlink()
            return fresh


def build_snapshot(conn: sqlite3.Connection, view: str, folder: Path, clock: Clock) -> SnapshotFile:
    """Write the tables ``view`` receives, as of one read transaction on ``conn``, to a new
    file in ``folder``; returns it, hashed."""
    folder.mkdir(parents=True, exist_ok=True)
    snapshot_id = uuid7(clock.now_ms())
    scratch = folder / f".{snapshot_id}.building"
    _new_schema(scratch)
    role = "gate" if view == "gate" else "admin"
    tables = tuple(t for t in TABLE_ORDER if sees_table(role, t))
    conn.execute("ATTACH DATABASE ? AS snap", (str(scratch),))
    try:
        conn.execute("PRAGMA snap.journal_mode=OFF")  # a scratch file until it is complete
        conn.execute("PRAGMA snap.synchronous=OFF")
        conn.execute("BEGIN")
        try:
            epoch = hub_db.meta(conn, "hub_epoch") or ""
            seq = hub_db.max_seq(conn)
            for table in tables:
                _copy_table(conn, role, table)
            seen = ", ".join(f"'{t}'" for t in tables)
            shown = ""
            if view == "gate":  # an attendee's versions only of the fields a gate holds
                kept = ", ".join(f"'{f}'" for f in sorted(GATE_ATTENDEE_FIELDS))
                shown = f" AND (entity != 'attendee' OR field IN ({kept}))"
            conn.execute(
                "INSERT INTO snap.field_version (entity, row_id, field, hlc, device_id) "
                "SELECT entity, row_id, field, hlc, device_id FROM main.field_version "
                f"WHERE entity IN ({seen}){shown}"
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("DETACH DATABASE snap")
    digest = hashlib.sha256()
    with scratch.open("rb") as handle:
        while block := handle.read(_READ_BYTES):
            digest.update(block)
    path = folder / f"{view}-{seq}-{snapshot_id}.db"
    scratch.replace(path)
    return SnapshotFile(
        snapshot_id, view, epoch, seq, path, path.stat().st_size, digest.hexdigest(), tables
    )


def _new_schema(path: Path) -> None:
    """An empty replica database in one self-contained file (no WAL beside it)."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=OFF")  # a scratch file until it is complete
        conn.execute("PRAGMA synchronous=OFF")
        apply_migrations(sqlite_utils.Database(conn))
    finally:
        conn.close()


def _copy_table(conn: sqlite3.Connection, role: str, table: str) -> None:
    names = columns(conn, table)
    listed = ", ".join(names)
    if role != "gate" or table != "attendee":
        conn.execute(f"INSERT INTO snap.{table} ({listed}) SELECT {listed} FROM main.{table}")
        return
    marks = ", ".join("?" * len(names))
    cursor = conn.execute(f"SELECT {listed} FROM main.{table}")
    while rows := cursor.fetchmany(2000):
        conn.executemany(
            f"INSERT INTO snap.{table} ({listed}) VALUES ({marks})",
            [redact_row(role, table, names, tuple(row)) for row in rows],
        )
