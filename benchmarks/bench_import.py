"""Attendee import/export: 37,000-row registration export, beside plain csv + executemany.

The figure is the whole import path — sniff, decode, map headers, validate and normalise
every cell, plan against the database, write every attendee through ``Replica.batch()``
(insert op, field versions, outbox) in one transaction. The baseline is what a throwaway
script would do: ``csv.reader`` and one ``executemany`` INSERT into the same table, no
validation, no op log. Both run on fresh copies of the same schema in the same run.
"""

from __future__ import annotations

import csv
import random
import sqlite3
import time
from pathlib import Path

from benchmarks.common import CACHE, DEMO_ATTENDEES, Row, scratch_path
from wufops.attendees.io.exporting import export_attendees
from wufops.attendees.io.importing import import_attendees
from wufops.clock import SystemClock
from wufops.store.attendees_io import attendees_for_export
from wufops.store.replica import Replica

_GIVEN = ["Aysel", "Məhəmməd", "José", "Zoë", "محمد", "فاطمة", "明", "美玲", "Олег", "Σοφία",
          "राज", "Nguyễn", "Kofi", "Amina", "Łukasz", "Søren", "Yūki", "지민"]  # fmt: skip
_FAMILY = ["Məmmədova", "García", "Ørsted", "العلي", "الفارسي", "王", "陈", "Петров",
           "Παπαδοπούλου", "शर्मा", "Văn An", "Mensah", "Diallo", "Wójcik", "佐藤",
           "김"]  # fmt: skip
_COUNTRIES = ["AZ", "AZE", "Azerbaijan", "EG", "Egypt", "CHN", "China", "RU", "GR", "IN",
              "Viet Nam", "GH", "SN", "PL", "DK", "JP", "KR", "Brazil", "Kenya", "FRA"]  # fmt: skip
_CATEGORIES = ["Delegate", "Press", "Speaker", "VIP", "Head of delegation", "participant",
               "Volunteer", "Exhibitor", "staff"]  # fmt: skip
HEADER = ["Registration code", "First name", "Last name", "Country", "Ticket type", "E-mail",
          "Organisation", "Wheelchair access", "Captions", "Sign language"]  # fmt: skip
EVENT = {"name": "WUF13", "venue": "Baku", "timezone": "Asia/Baku",
         "first_day": "2026-05-17", "last_day": "2026-05-22"}  # fmt: skip


def write_registration_csv(path: Path, rows: int, seed: int = 13) -> None:
    """A pretix/Cvent-like export: BOM, semicolons, CRLF, names in many scripts."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        for i in range(rows):
            writer.writerow(
                [
                    f"WUF13-{i:06d}",
                    rng.choice(_GIVEN) + (" " if i % 7 == 0 else ""),
                    rng.choice(_FAMILY),
                    rng.choice(_COUNTRIES),
                    rng.choice(_CATEGORIES),
                    f"person{i}@example.org" if i % 3 else "",
                    "UN-Habitat\nNairobi" if i % 11 == 0 else "Ministry of Urban Development",
                    "yes" if i % 25 == 0 else "",
                    "x" if i % 40 == 0 else "no",
                    "International Sign" if i % 60 == 0 else "",
                ]
            )


def _fresh_db(name: str) -> Path:
    path = scratch_path(name)
    replica = Replica.open(path, SystemClock())
    replica.insert("event", EVENT)
    replica.close()
    return path


def _baseline_import(db: Path, source: Path) -> float:
    """csv.reader + executemany: no validation, no normalisation, no op log."""
    conn = sqlite3.connect(db, isolation_level=None)
    event_id = conn.execute("SELECT id FROM event").fetchone()[0]
    start = time.perf_counter()
    with source.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=";")
        next(reader)
        rows = [
            (f"id-{i}", event_id, r[0], r[1], r[2], r[3][:2].upper(), "participant", r[5], r[6])
            for i, r in enumerate(reader)
        ]
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO attendee (id, event_id, reg_code, given_name, family_name, country, "
        "category, email, organization) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _import(db: Path, source: Path) -> tuple[float, int, int]:
    replica = Replica.open(db, SystemClock())
    try:
        start = time.perf_counter()
        report = import_attendees(replica, source)
        elapsed = time.perf_counter() - start
        assert report.invalid == 0, report.errors[:3]
        return elapsed, report.created, report.unchanged
    finally:
        replica.close()


def run(demo: Path) -> list[Row]:
    del demo  # the import builds its own registration export of the same size
    rows = DEMO_ATTENDEES
    source = CACHE / "scratch" / f"registration-{rows}.csv"
    source.parent.mkdir(parents=True, exist_ok=True)
    write_registration_csv(source, rows)

    baseline = _baseline_import(_fresh_db("import-baseline.db"), source)
    db = _fresh_db("import.db")
    first, created, _ = _import(db, source)
    assert created == rows
    again, _, unchanged = _import(db, source)
    assert unchanged == rows

    replica = Replica.open(db, SystemClock())
    try:
        event_id = replica.conn.execute("SELECT id FROM event").fetchone()[0]
        start = time.perf_counter()
        attendees = attendees_for_export(replica.conn, event_id)
        export_attendees(attendees, CACHE / "scratch" / "export.csv")
        export_csv = time.perf_counter() - start
        start = time.perf_counter()
        export_attendees(attendees, CACHE / "scratch" / "export.xlsx")
        export_xlsx = time.perf_counter() - start
        conn = replica.conn
        start = time.perf_counter()
        with (CACHE / "scratch" / "baseline.csv").open("w", newline="") as handle:
            csv.writer(handle).writerows(
                tuple(r) for r in conn.execute("SELECT * FROM attendee ORDER BY reg_code")
            )
        export_baseline = time.perf_counter() - start
    finally:
        replica.close()
    xlsx_db = _fresh_db("import-xlsx.db")
    xlsx_import, _, _ = _import(xlsx_db, CACHE / "scratch" / "export.xlsx")

    target = "seconds"
    return [
        Row(f"import {rows:,} rows CSV → ops (s)", first, baseline, "s", target),
        Row(
            f"import rows/s (CSV, {rows:,})",
            rows / first,
            rows / baseline,
            "r/s",
            higher_is_better=True,
        ),
        Row(f"re-import {rows:,} unchanged rows (s)", again, baseline, "s", target),
        Row(f"import {rows:,} rows XLSX → ops (s)", xlsx_import, baseline, "s"),
        Row(f"export {rows:,} rows CSV (s)", export_csv, export_baseline, "s"),
        Row(f"export {rows:,} rows XLSX (s)", export_xlsx, export_baseline, "s"),
    ]


if __name__ == "__main__":
    from benchmarks.common import print_table

    print_table(__doc__.strip().splitlines()[0] if __doc__ else "import", run(Path()))
