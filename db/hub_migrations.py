"""The hub's own tables, as a second sqlite-migrate set (``Migrations("wufops_hub")``).

These live only in the hub's database, beside the replicated tables of ``db.migrations``
(which the hub holds too: it is a replica that also sequences). They are the one part a
multi-venue deployment would move to PostgreSQL (see docs/protocol.md).

What replicates and what stays here:
- the ``device`` table (db.migrations) replicates: id, name, role, revoked, last seen — so
  supervisors see every device; its ``token_hash`` column stays empty on every replica;
- ``hub_device_auth`` (here) holds the token hashes and is never sent anywhere;
- ``change_log``, ``hub_push``, ``hub_origin`` and ``hub_meta`` are the hub's bookkeeping.

Applied atomically per migration by ``db.migrations.apply_migrations(db,
migration_set=hub_migrations)``.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_migrate import Migrations

from db.migrations import run_script, step

hub_migrations = Migrations("wufops_hub")
#: every hub migration's name, in order
HUB_MIGRATION_NAMES: list[str] = []

_HUB_INITIAL = """
-- Facts about this hub: hub_epoch, epoch_live (a backup copy sets it to 0), created,
-- min_retained_seq (raised only by compaction).
CREATE TABLE hub_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Every op the hub accepted, in commit order: seq is the devices' pull cursor.
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL,                 -- replica (device) id that made the op
    client_seq INTEGER,                   -- its outbox position; NULL for hub-made records
    entity TEXT NOT NULL,
    op TEXT NOT NULL CHECK (json_valid(op)),
    clock_suspect INTEGER NOT NULL DEFAULT 0 CHECK (clock_suspect IN (0, 1)),
    committed_at TEXT NOT NULL
);

-- What the hub answered for each (origin, client_seq): a replayed push is answered from here.
CREATE TABLE hub_push (
    origin TEXT NOT NULL,
    client_seq INTEGER NOT NULL,
    op_id TEXT NOT NULL,
    entity TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('applied', 'duplicate', 'rejected')),
    seq INTEGER,
    code TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    clock_suspect INTEGER NOT NULL DEFAULT 0 CHECK (clock_suspect IN (0, 1)),
    received_at TEXT NOT NULL,
    PRIMARY KEY (origin, client_seq)
) WITHOUT ROWID;
CREATE INDEX hub_push_status ON hub_push(status, received_at);

-- Per replica: the last client_seq taken (dedup and gap detection), last contact.
CREATE TABLE hub_origin (
    origin TEXT PRIMARY KEY,
    last_client_seq INTEGER NOT NULL DEFAULT 0,
    device_name TEXT NOT NULL DEFAULT '',
    last_contact TEXT,
    clock_offset_ms INTEGER,
    cursor INTEGER
);

-- Enrolled devices' credentials: only a SHA-256 of each token is kept.
CREATE TABLE hub_device_auth (
    device_id TEXT PRIMARY KEY,           -- the replicated device row's id
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    role TEXT NOT NULL CHECK (role IN ('desk', 'gate', 'coordinator', 'admin')),
    token_hash TEXT NOT NULL UNIQUE,
    revoked INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),
    created_at TEXT NOT NULL
);
"""


@step(hub_migrations, HUB_MIGRATION_NAMES)
def h001_hub_initial(db: sqlite_utils.Database) -> None:
    """Change log, push outcomes, per-replica dedup state, hub meta, device credentials."""
    run_script(db, _HUB_INITIAL)


_HUB_LIMITS = """
-- Replicas are capped and pruned per device (wufops.store.hub_devices): find them by device.
CREATE INDEX hub_origin_device ON hub_origin(device_name, last_contact);
-- Replica ids longer than the protocol now allows (128 characters) that never pushed an op:
-- what a disk-filling hello left behind. Ids that pushed ops stay (their ops reference them).
DELETE FROM hub_origin WHERE length(origin) > 128 AND last_client_seq = 0;
"""


@step(hub_migrations, HUB_MIGRATION_NAMES)
def h002_hub_limits(db: sqlite_utils.Database) -> None:
    """Replicas per device found by index; oversized replica ids that never pushed, pruned."""
    run_script(db, _HUB_LIMITS)


_HUB_ANNOUNCED = """
-- The last client_seq a replica said it had made (its hello's next_client_seq − 1): beside
-- last_client_seq, how many of its ops had not reached the hub at its last contact.
ALTER TABLE hub_origin ADD COLUMN announced_client_seq INTEGER;
"""


@step(hub_migrations, HUB_MIGRATION_NAMES)
def h003_hub_announced(db: sqlite_utils.Database) -> None:
    """Per replica, the ops it had made by its last hello (pending at the hub = those minus
    the ops taken)."""
    run_script(db, _HUB_ANNOUNCED)


HUB_SCHEMA_VERSION = len(HUB_MIGRATION_NAMES)
