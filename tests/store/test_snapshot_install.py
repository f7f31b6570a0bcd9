"""Installing a snapshot file copies the counters the triggers keep instead of firing the
triggers per row (``sync_state.DERIVED_TABLES``): that is only exact while the triggers on
the replica's tables write nothing but those tables — checked here against the schema, so a
trigger added by a later migration cannot be skipped silently by a bootstrap."""

from __future__ import annotations

import re
from pathlib import Path

from wufops.clock import FakeClock
from wufops.store.replica import Replica
from wufops.store.sync_state import DERIVED_TABLES

_WRITES = re.compile(
    r"\b(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+([A-Za-z_]\w*)",
    re.IGNORECASE,
)


def test_the_triggers_write_only_the_tables_a_snapshot_copies(tmp_path: Path) -> None:
    replica = Replica.open(tmp_path / "desk.db", FakeClock(1_780_000_000_000))
    try:
        triggers = replica.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        ).fetchall()
    finally:
        replica.close()
    assert triggers, "no trigger found: the check below would prove nothing"
    for name, sql in triggers:
        body = sql[sql.upper().index("BEGIN") :]
        body = re.sub(r"\bDO\s+UPDATE\b", "", body, flags=re.IGNORECASE)  # an upsert's own
        written = set(_WRITES.findall(body))
        assert written, f"trigger {name} writes no table this check can read"
        assert written <= set(DERIVED_TABLES), f"trigger {name} writes {written}"
