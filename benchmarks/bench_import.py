"""Attendee import/export: 37,000-row registration export, beside plain csv + executemany.

The figure is the whole import path — sniff, decode, map headers, validate and normalise
every cell, plan against the database, write every attendee through ``Replica.batch()``
(insert op, field versions, outbox) in one transaction. The baseline is what a throwaway
script would do: ``csv.reader`` and one ``executemany`` INSERT into the same table, no
validation, no op log. Both run on fresh copies of the same schema in the same run.

Also measured: the same number of attendees as a pretix "Order positions" export (53
columns, orders of one to three positions, codes made of order code + position, products
mapped to categories, an add-on product skipped), and the import before writing (read,
map, validate, plan: what ``--dry-run`` costs) — the rest of an import is the op log.
"""

from __future__ import annotations

import csv
import random
import sqlite3
import time
from pathlib import Path

from benchmarks.common import CACHE, DEMO_ATTENDEES, Row, scratch_path, target, target_row
from wufops.attendees.io.categories import CategoryMap, parse_flags
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


#: pretix's "Order data" export, sheet "Order positions" (name scheme with given/family)
PRETIX_HEADER = [
    "Event slug", "Order code", "Position ID", "Status", "Email", "Phone number",
    "Order date", "Order time", "Product", "Variation", "Price", "Tax rate", "Tax rule",
    "Tax value", "Attendee name", "Attendee name: Given name", "Attendee name: Family name",
    "Attendee email", "Company", "Address", "ZIP code", "City", "Country", "State",
    "Voucher", "Pseudonymization ID", "Ticket secret", "Seat ID", "Seat name", "Seat zone",
    "Seat row", "Seat number", "Blocked", "Valid from", "Valid until", "Order comment",
    "Follow-up date", "Sign language interpretation?", "Company", "Invoice address name",
    "Invoice address name: Given name", "Invoice address name: Family name",
    "Invoice address street", "Invoice address ZIP code", "Invoice address city",
    "Invoice address country", "Invoice address state", "VAT ID", "Sales channel",
    "Order locale", "E-mail address verified", "External customer ID", "Payment providers",
]  # fmt: skip
PRODUCTS = {"Delegate pass": "participant", "Press accreditation": "media",
            "Speaker": "speaker", "Exhibitor badge": "exhibitor"}  # fmt: skip
PRODUCT_MAP = [f"{product}={category}" for product, category in PRODUCTS.items()] + [
    "Lunch voucher=skip"
]


def write_pretix_csv(path: Path, attendees: int, seed: int = 13) -> int:
    """A pretix positions export holding ``attendees`` attendee positions (plus add-on
    lunch vouchers without a name); returns the number of rows written."""
    rng = random.Random(seed)
    at = {h: i for i, h in reversed(list(enumerate(PRETIX_HEADER)))}  # first of a name
    products = list(PRODUCTS)
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(PRETIX_HEADER)
        order = done = 0
        while done < attendees:
            order += 1
            code = f"{order:05X}"
            for position in range(1, rng.choice((1, 1, 2, 3)) + 1):
                cells = [""] * len(PRETIX_HEADER)
                given, family = rng.choice(_GIVEN), rng.choice(_FAMILY)
                lunch = done >= attendees or rng.random() < 0.05
                values = {
                    "Event slug": "wuf13", "Order code": code, "Position ID": str(position),
                    "Status": "Paid", "Email": f"buyer{order}@example.org",
                    "Order date": "2026-03-01", "Order time": "10:12:00", "Price": "0.00",
                    "Product": "Lunch voucher" if lunch else rng.choice(products),
                    "Attendee name": "" if lunch else f"{given} {family}",
                    "Attendee name: Given name": "" if lunch else given,
                    "Attendee name: Family name": "" if lunch else family,
                    "Attendee email": "" if lunch else f"a{order}-{position}@example.org",
                    "Company": "Ministry of Urban Development",
                    "Country": "" if lunch else rng.choice(("AZ", "EG", "CN", "RU", "KE")),
                    "Ticket secret": f"s{order}x{position}", "Sales channel": "web",
                }  # fmt: skip
                for header, value in values.items():
                    cells[at[header]] = value
                writer.writerow(cells)
                rows += 1
                done += not lunch
    return rows


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


def _import(
    db: Path, source: Path, categories: CategoryMap | None = None, dry_run: bool = False
) -> tuple[float, int, int]:
    replica = Replica.open(db, SystemClock())
    try:
        start = time.perf_counter()
        report = import_attendees(replica, source, categories=categories, dry_run=dry_run)
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
    checked, _, _ = _import(_fresh_db("import-dry.db"), source, dry_run=True)
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
    pretix = CACHE / "scratch" / f"pretix-positions-{rows}.csv"
    pretix_rows = write_pretix_csv(pretix, rows)
    pretix_import, pretix_created, _ = _import(
        _fresh_db("import-pretix.db"), pretix, parse_flags(PRODUCT_MAP)
    )
    assert pretix_created == rows

    return [
        Row(f"import {rows:,} rows CSV → ops (s)", first, baseline, "s"),
        target_row(
            f"import rows/s (CSV, {rows:,})",
            rows / first,
            rows / baseline,
            "r/s",
            target("csv_import_rows_s"),
            higher_is_better=True,
        ),
        Row(
            f"import rows/s, checked not written (--dry-run, {rows:,})",
            rows / checked,
            rows / baseline,
            "r/s",
            higher_is_better=True,
        ),
        Row(
            f"import rows/s (pretix positions, {pretix_rows:,} rows, 53 columns)",
            pretix_rows / pretix_import,
            rows / baseline,
            "r/s",
            higher_is_better=True,
        ),
        Row(f"re-import {rows:,} unchanged rows (s)", again, baseline, "s"),
        Row(f"import {rows:,} rows XLSX → ops (s)", xlsx_import, baseline, "s"),
        Row(f"export {rows:,} rows CSV (s)", export_csv, export_baseline, "s"),
        Row(f"export {rows:,} rows XLSX (s)", export_xlsx, export_baseline, "s"),
    ]


if __name__ == "__main__":
    from benchmarks.common import print_table

    print_table(__doc__.strip().splitlines()[0] if __doc__ else "import", run(Path()))
