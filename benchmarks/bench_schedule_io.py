"""Schedule import and export on the demo event (its ~800 placed sessions, 40 rooms).

Each figure is the median of a few rounds, beside a baseline measured in the same run on
the same document:

- **export** (``load`` from the database + ``render``) in each format; baseline:
  ``json.dumps`` of the same c3voc document already built in memory (what serialising
  alone costs);
- **read** of the exported schedule.json (parse, validate against the c3voc schema with
  every format checked, build the document) — baseline: ``json.loads`` of the same bytes;
  of the schedule.xml (parse, XSD, read) — baseline: lxml parsing the same bytes;
- **import** into an empty database (every session, room and speaker created, one
  transaction through the op log) — baselines: ``json.loads`` of the file, and a plain
  SQLite insert of the very rows the import wrote (event, rooms, attendees, sessions, source
  links; ``executemany`` in one transaction, no op log);
- **re-import** into the database that holds it (nothing to change: match by GUID and
  compare); baseline: ``json.loads`` again.

The round trip is checked on the way: the second export equals the first.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from benchmarks.common import Row, fresh_copy, scratch_path
from wufops.clock import SystemClock
from wufops.schedule_io import c3voc_json, load, read_bytes, render, run_import
from wufops.store.replica import Replica

ROUNDS = 5
IMPORT_ROUNDS = 3


def _median_ms(fn: Callable[[], object], rounds: int = ROUNDS) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def _import_fresh(data: bytes, name: str) -> tuple[float, Path]:
    """ms to read and import ``data`` into a new, empty database; one of the databases."""
    samples = []
    path = scratch_path(f"{name}.db")
    for n in range(IMPORT_ROUNDS):
        path = scratch_path(f"{name}-{n}.db")
        replica = Replica.open(path, SystemClock())
        try:
            start = time.perf_counter()
            run_import(replica, read_bytes(data))
            samples.append((time.perf_counter() - start) * 1000)
        finally:
            replica.close()
    return statistics.median(samples), path


_TABLES = ("event", "room", "attendee", "session", "schedule_source")


def _plain_insert_ms(source: Path) -> float:
    """ms to insert the rows an import wrote, as plain SQL into an empty schema."""
    replica = Replica.open(source, SystemClock())
    try:
        rows = {
            t: (
                [c[1] for c in replica.conn.execute(f"PRAGMA table_info({t})")],
                replica.conn.execute(f"SELECT * FROM {t}").fetchall(),
            )
            for t in _TABLES
        }
    finally:
        replica.close()
    samples = []
    for n in range(IMPORT_ROUNDS):
        target = Replica.open(scratch_path(f"plain-{n}.db"), SystemClock())
        try:
            start = time.perf_counter()
            with target.transaction():
                for table, (names, values) in rows.items():
                    marks = ", ".join("?" * len(names))
                    target.conn.executemany(
                        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})",
                        [tuple(v) for v in values],
                    )
            samples.append((time.perf_counter() - start) * 1000)
        finally:
            target.close()
    return statistics.median(samples)


def run(demo: Path) -> list[Row]:
    path = fresh_copy(demo, "schedule_io.db")
    replica = Replica.open(path, SystemClock())
    try:
        schedule = load(replica.conn)
        sessions = len(schedule.sessions)
        document = c3voc_json.document(schedule)
        dumps_ms = _median_ms(lambda: json.dumps(document, ensure_ascii=False, indent=1))
        load_ms = _median_ms(lambda: load(replica.conn))
        exported = {
            fmt: _median_ms(lambda fmt=fmt: render(fmt, load(replica.conn), now_ms=0))
            for fmt in ("json", "xml", "ical", "csv")
        }
        as_json = render("json", schedule)
        as_xml = render("xml", schedule)
        loads_ms = _median_ms(lambda: json.loads(as_json))
        parse_xml_ms = _median_ms(lambda: etree.fromstring(as_xml))
        read_json_ms = _median_ms(lambda: read_bytes(as_json))
        read_xml_ms = _median_ms(lambda: read_bytes(as_xml))
        import_json_ms, imported = _import_fresh(as_json, "import-json")
        import_xml_ms, _ = _import_fresh(as_xml, "import-xml")
        reimport_ms = _median_ms(lambda: run_import(replica, read_bytes(as_json)), IMPORT_ROUNDS)
        plain_ms = _plain_insert_ms(imported)
        elsewhere = Replica.open(imported, SystemClock())
        try:
            if render("json", load(elsewhere.conn)) != as_json:
                raise AssertionError("import -> export gave another schedule.json")
        finally:
            elsewhere.close()
    finally:
        replica.close()
    n = f"{sessions} sessions"
    rows = [Row(f"load the export from the database, {n}", load_ms, dumps_ms, "ms")]
    rows += [
        Row(f"export {fmt} (load + render), {n} (baseline: json.dumps)", ms, dumps_ms, "ms")
        for fmt, ms in exported.items()
    ]
    rows += [
        Row(
            "read schedule.json (parse + schema + read) (baseline: json.loads)",
            read_json_ms,
            loads_ms,
            "ms",
        ),
        Row(
            "read schedule.xml (parse + XSD + read) (baseline: lxml parse)",
            read_xml_ms,
            parse_xml_ms,
            "ms",
        ),
        Row(
            f"import schedule.json into an empty db, {n} (baseline: json.loads)",
            import_json_ms,
            loads_ms,
            "ms",
        ),
        Row(
            f"import schedule.json into an empty db, {n} (baseline: plain INSERT of its rows)",
            import_json_ms,
            plain_ms,
            "ms",
        ),
        Row(
            f"import schedule.xml into an empty db, {n} (baseline: lxml parse)",
            import_xml_ms,
            parse_xml_ms,
            "ms",
        ),
        Row(
            "re-import schedule.json, nothing changed (baseline: json.loads)",
            reimport_ms,
            loads_ms,
            "ms",
        ),
    ]
    return rows
