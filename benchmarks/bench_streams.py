"""Live board refresh on the demo event's 8 channels (target: ≤ 5 ms per refresh).

The board redraws every second; its figures come from ``wufops.streams.board`` over the plan
held in memory (``load_plan``, read again only when something changed):

- **board refresh** — ``board(plan, at)`` for 8 channels at instants drawn over the forum's
  days (local 07:30–21:00), p50 and p99; baseline, same run: a **full-table scan** — every
  slot read with its session's times and the event's padding (one SQL query joining
  ``stream_slot``, ``session``, ``stream_channel``, ``stream_settings``), then each channel's
  now and next found by walking its rows — what a board without a plan in memory does each
  second. Both must name the same now and next slot on every channel at every instant;
- **plan read after a change** — ``load_plan`` (rooms, sessions and the stream tables), p50;
  baseline: the same full-table scan.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from pathlib import Path

from benchmarks.common import Row, percentile
from wufops.clock import parse_iso_utc
from wufops.store.database import connect
from wufops.streams import Plan, board, load_plan

INSTANTS = 2_000
PLAN_READS = 20
SEED = 17
MIN = 60_000

_SCAN = """
SELECT t.id, t.channel_id, t.status,
       CAST(strftime('%s', s.starts_at) AS INTEGER) * 1000 AS start_ms,
       CAST(strftime('%s', s.ends_at) AS INTEGER) * 1000 AS end_ms,
       coalesce(t.pre_roll_min, p.pre_roll_min, 10) AS pre,
       coalesce(t.post_roll_min, p.post_roll_min, 5) AS post
FROM stream_slot t
JOIN session s ON s.id = t.session_id
JOIN stream_channel c ON c.id = t.channel_id
LEFT JOIN stream_settings p ON p.id = c.event_id
WHERE t.withdrawn = 0 AND s.starts_at IS NOT NULL AND s.status != 'cancelled'
"""


def scan(conn: sqlite3.Connection, channels: list[str], at: int) -> dict[str, tuple[str, str]]:
    """Per channel, (now, next) slot ids from a full-table read (the baseline): now is the
    slot whose padded window holds ``at`` (live first), next the first one starting
    after."""
    by_channel: dict[str, list[tuple[int, int, int, str, str]]] = {c: [] for c in channels}
    for slot_id, channel, status, start, end, pre, post in conn.execute(_SCAN):
        by_channel[channel].append((start - pre * MIN, start, end + post * MIN, slot_id, status))
    found = {}
    rank = {"live": 3, "testing": 2, "planned": 1, "complete": 0}
    for channel, rows in by_channel.items():
        rows.sort(key=lambda r: (r[0], r[1], r[3]))
        holding = [r for r in rows if r[0] <= at < r[2]]
        now = max(holding, key=lambda r: (rank[r[4]], r[0]))[3] if holding else ""
        upcoming = next((r[3] for r in rows if r[0] > at), "")
        found[channel] = (now, upcoming)
    return found


def _instants(plan: Plan) -> list[int]:
    rng = random.Random(SEED)
    first = parse_iso_utc(f"{plan.event.first_day}T03:30:00Z")  # 07:30 in Baku
    return [
        first + rng.randrange(6) * 24 * 3600_000 + rng.randrange(0, 13 * 60 + 30) * MIN
        for _ in range(INSTANTS)
    ]


def run(demo: Path) -> list[Row]:
    conn = connect(demo)
    try:
        plan = load_plan(conn)
        channels = [c.id for c in plan.channels]
        instants = _instants(plan)
        # both name the same slots (checked on a sample, outside the timing)
        for at in instants[:200]:
            found = board(plan, at)
            expected = scan(conn, channels, at)
            for row in found.rows:
                now = row.now.slot_id if row.now and row.overrun_ms is None else ""
                upcoming = row.next.slot_id if row.next else ""
                assert (now, upcoming) == expected[row.channel.id], (at, row.channel.name)
        refresh = []
        for at in instants:
            started = time.perf_counter()
            board(plan, at)
            refresh.append((time.perf_counter() - started) * 1000)
        scans = []
        for at in instants[:200]:
            started = time.perf_counter()
            scan(conn, channels, at)
            scans.append((time.perf_counter() - started) * 1000)
        reads = []
        for _ in range(PLAN_READS):
            started = time.perf_counter()
            load_plan(conn)
            reads.append((time.perf_counter() - started) * 1000)
    finally:
        conn.close()
    scan_ms = statistics.median(scans)
    slots = len(plan)
    return [
        Row(
            f"board refresh, {len(channels)} channels, {slots} slots, p50 (baseline: full scan)",
            statistics.median(refresh),
            scan_ms,
            "ms",
            "≤ 5 ms",
        ),
        Row(
            "board refresh, p99 (baseline: full scan p99)",
            percentile(refresh, 99),
            percentile(scans, 99),
            "ms",
            "≤ 5 ms",
        ),
        Row(
            "plan read after a change, p50 (baseline: full scan)",
            statistics.median(reads),
            scan_ms,
            "ms",
        ),
    ]
