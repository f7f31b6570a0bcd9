"""What every benchmark shares: the WUF-scale demo event, percentiles, the result table.

Each benchmark module ``benchmarks/bench_<area>.py`` exposes ``run(demo: Path) -> list[Row]``
and measures its figure *and* a baseline in the same run, so the ratio means something on
whatever machine runs it.
"""

from __future__ import annotations

import math
import os
import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

CACHE = Path(os.environ.get("WUFOPS_BENCH_DIR", ".bench"))
DEMO_SEED = 13
DEMO_ATTENDEES = 37_000
#: bumped when the demo event's content changes, so a cached copy of an older demo is not used
#: (2: the arrival history of the day before and the first morning; 3: an interpreting and
#: captioning team that can cover the programme, and side sessions' access demand kept
#: within what it can staff)
DEMO_VERSION = 3


#: design.md §7, as it reads now: the one place a benchmark takes a target's number from, so
#: a table never prints a target the design has moved on from. Key → limit in the row's unit.
TARGETS: dict[str, float] = {
    "badges_per_core_s": 4_000,  # badge PDF rendering, batch: ≥ 4,000 badges/s per core
    "badges_peak_mb": 300,  # … peak memory for 37,000 badges
    "scan_commit_p99_ms": 2,  # scan → decision → committed, at 40k attendees
    "scan_pdf_p99_ms": 10,  # scan → print-ready PDF
    "search_p99_ms": 3,  # search as you type at 100,000 names
    "push_x_plain_insert": 5,  # 37,000 queued check-ins durable at the hub, × a plain insert
    "bootstrap_x_file_copy": 1.5,  # fresh desk bootstrap, × a plain copy of the database file
    "fanout_p99_ms": 100,  # desk → hub → other desks, 100 desks, 50 scans/s
    "csv_import_rows_s": 50_000,  # CSV import: ≥ 50,000 rows/s
    "recheck_bulk_ms": 20,  # conflict recheck, 700 sessions, bulk
    "recheck_incremental_ms": 2,  # … incremental after one edit
    "assignment_s": 5,  # access assignment, 700 sessions × 60 providers
    "dashboard_ms": 50,  # operations dashboard from 37,000 check-ins
    "cold_start_s": 1,  # desk cold start to usable
    "cold_start_mb": 200,  # … memory
}


def target(key: str) -> float:
    """The design §7 target ``key`` (:data:`TARGETS`)."""
    return TARGETS[key]


@dataclass(frozen=True)
class Row:
    what: str
    figure: float
    baseline: float | None
    unit: str
    #: the target as printed, e.g. ``§7 ≤ 5×`` (design.md §7); "" when the row has none
    target: str = ""
    #: for a throughput, higher is better; for a latency, lower is better
    higher_is_better: bool = False
    #: the target as a number in the figure's own unit: the table says whether it is met
    limit: float | None = None

    def ratio(self) -> str:
        if not self.baseline or not self.figure:
            return ""
        r = self.figure / self.baseline if self.higher_is_better else self.baseline / self.figure
        return f"{r:,.1f}×"

    def met(self) -> str:
        """``yes``/``NO`` against :attr:`limit`, or "" without one."""
        if self.limit is None:
            return ""
        ok = self.figure >= self.limit if self.higher_is_better else self.figure <= self.limit
        return "yes" if ok else "NO"


def target_row(
    what: str,
    figure: float,
    baseline: float | None,
    unit: str,
    limit: float,
    *,
    higher_is_better: bool = False,
) -> Row:
    """A row stating a design.md §7 target: ``≤ limit unit`` (``≥`` for a throughput)."""
    sign = "≥" if higher_is_better else "≤"
    shown = f"{limit:,.0f}" if limit >= 100 else f"{limit:g}"
    gap = "" if unit == "×" else " "
    return Row(
        what,
        figure,
        baseline,
        unit,
        f"§7 {sign} {shown}{gap}{unit}",
        higher_is_better=higher_is_better,
        limit=limit,
    )


def ratio_row(what: str, figure: float, baseline: float, limit: float) -> Row:
    """A §7 target stated as a multiple of a baseline measured in the same run: the figure
    is ``figure / baseline`` (× the baseline); the row before it shows both in seconds."""
    return target_row(what, figure / baseline, None, "×", limit)


def percentile(samples: Sequence[float], p: float) -> float:
    """The ``p``-th percentile (nearest-rank) of ``samples``."""
    ordered = sorted(samples)
    if not ordered:
        return math.nan
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def demo_db() -> Path:
    """The WUF-scale demo event (generated once, cached under ``.bench/``)."""
    from wufops.demo import generate

    path = CACHE / f"demo-{DEMO_SEED}-{DEMO_ATTENDEES}-v{DEMO_VERSION}.db"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        scratch = path.with_suffix(".tmp.db")
        scratch.unlink(missing_ok=True)
        generate(scratch, seed=DEMO_SEED, attendees=DEMO_ATTENDEES)
        shutil.move(scratch, path)
    return path


def scratch_path(name: str) -> Path:
    """An empty path under the bench cache: any old database there, and its WAL, removed."""
    target = CACHE / "scratch" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    return target


def fresh_copy(source: Path, name: str) -> Path:
    """A private copy of a database file, so a benchmark that writes leaves the cache clean."""
    target = scratch_path(name)
    shutil.copyfile(source, target)
    return target


def timed(fn: object) -> float:
    """Seconds one call of ``fn()`` takes."""
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


def print_table(title: str, rows: Sequence[Row]) -> None:
    print(f"\n{title}")
    width = max([len(row.what) for row in rows] + [40])
    header = (
        f"  {'what':<{width}} {'figure':>16} {'baseline':>16}  {'ratio':>8}  {'target':<16} met"
    )
    print(header)
    print("  " + "-" * (len(header) - 2))
    for row in rows:
        base = "" if row.baseline is None else f"{row.baseline:,.2f} {row.unit}"
        print(
            f"  {row.what:<{width}} {row.figure:>12,.2f} {row.unit:<3} {base:>16}  "
            f"{row.ratio():>8}  {row.target:<16} {row.met()}"
        )
