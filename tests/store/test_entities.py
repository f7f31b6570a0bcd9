"""The table order snapshots and canonical dumps walk covers every replicated table.

A snapshot empties and refills the replicated tables in ``TABLE_ORDER`` (parents first), and
digests and canonical dumps walk the same order: a replicated table missing from it would be
left out of every snapshot, so a fresh desk would silently lack it. A table a migration adds
must be declared replicated (edited or event) or local bookkeeping, here.
"""

from __future__ import annotations

from wufops.store.entities import EDITED, EVENTS, REPLICATED, TABLE_ORDER
from wufops.store.replica import Replica

#: tables that never leave the device: sync bookkeeping, secrets, SQLite's and the migrator's
LOCAL_TABLES = frozenset(
    {
        "outbox",
        "field_version",
        "replica_meta",
        "local_secret",
        "sqlite_sequence",
        "_sqlite_migrations",
        # the operations dashboard's counters, derived by triggers on every replica (m007)
        "ops_quarter",
        "ops_pickup_count",
        "ops_category",
    }
)


def _tables(replica: Replica) -> set[str]:
    rows = replica.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {str(r[0]) for r in rows}


def test_table_order_lists_every_replicated_table_once() -> None:
    assert len(TABLE_ORDER) == len(set(TABLE_ORDER))
    assert set(TABLE_ORDER) == REPLICATED
    assert not EDITED & EVENTS


def test_every_table_of_the_schema_is_replicated_or_declared_local(replica: Replica) -> None:
    tables = _tables(replica)
    undeclared = tables - REPLICATED - LOCAL_TABLES
    assert not undeclared, f"neither replicated nor declared local: {sorted(undeclared)}"
    assert tables >= REPLICATED, f"replicated but not in the schema: {REPLICATED - tables}"


def test_parents_come_before_children_in_the_table_order(replica: Replica) -> None:
    position = {table: n for n, table in enumerate(TABLE_ORDER)}
    late = []
    for table in TABLE_ORDER:
        for row in replica.conn.execute(f"PRAGMA foreign_key_list({table})"):
            parent = str(row[2])
            if parent != table and position[parent] > position[table]:
                late.append(f"{table} -> {parent}")
    assert not late, f"a snapshot would fill a child before its parent: {late}"
