"""Demo event generation: 37,000 attendees through the op log, beside plain executemany.

The figure is ``wufops.demo.generate`` end to end: plan every row from the seed, then write
each one through ``Replica.batch()`` (merge rule, field versions, outbox, HLC) in large
transactions, then rename the file into place. The baseline writes the very same rows with
one ``executemany`` per table into the same migrated schema — no op log, no field versions —
plus the same planning time. Target: ≤ 30 s (the desk app generates the demo on first run).
"""

from __future__ import annotations

import sqlite3
import time
from itertools import groupby
from pathlib import Path

from benchmarks.common import DEMO_ATTENDEES, DEMO_SEED, Row, scratch_path
from wufops.demo import generate, plan
from wufops.store.database import connect


def _executemany(path: Path) -> tuple[float, float, int]:
    """(planning seconds, insert seconds, rows) for the plain baseline."""
    started = time.perf_counter()
    rows, _ = plan(DEMO_SEED, DEMO_ATTENDEES)
    planned = time.perf_counter()
    conn: sqlite3.Connection = connect(path)
    try:
        conn.execute("BEGIN IMMEDIATE")
        for (entity, names), group in groupby(rows, key=lambda r: (r.entity, tuple(r.fields))):
            columns = ("id", *names)
            conn.executemany(
                f"INSERT INTO {entity} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})",
                [(r.row_id, *r.fields.values()) for r in group],
            )
        conn.execute("COMMIT")
    finally:
        conn.close()
    return planned - started, time.perf_counter() - planned, len(rows)


def run(demo: Path) -> list[Row]:
    del demo  # this benchmark makes its own event
    plan_s, insert_s, count = _executemany(scratch_path("demo-baseline.db"))
    baseline = plan_s + insert_s
    target = scratch_path("demo-generated.db")
    started = time.perf_counter()
    summary = generate(target, seed=DEMO_SEED, attendees=DEMO_ATTENDEES)
    figure = time.perf_counter() - started
    write_s = max(figure - plan_s, 1e-9)
    return [
        Row(
            f"generate demo: {summary.attendees:,} attendees, {summary.sessions} sessions",
            figure,
            baseline,
            "s",
            "≤ 30 s",
        ),
        Row("  of which planning the rows (same in both)", plan_s, None, "s"),
        Row(
            f"  rows written per second ({count:,} rows)",
            count / write_s,
            count / insert_s,
            "r/s",
            higher_is_better=True,
        ),
    ]
