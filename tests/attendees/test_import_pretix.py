"""Issue 10.10 — importing a real pretix export: orders with several positions, a product →
category mapping, a merged two-row XLSX header, every unused column named, and a dry run
that says field by field what would change.

The fixtures follow pretix's "Order data" exporter, sheet "Order positions" (one row per
position; ``Order code`` + ``Position ID``; the attendee's name in parts when the event's name
scheme has several; ``Company`` twice: the attendee's and the invoice address's), written here
as real CSV and as real XLSX (openpyxl), with and without a merged two-row header.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from wufops.attendees.io.errors import FileError
from wufops.attendees.io.importing import import_attendees
from wufops.cli.main import main
from wufops.clock import FakeClock
from wufops.store.replica import Replica

#: the "Order positions" sheet of pretix's "Order data" export, name scheme "given + family",
#: one question ("Sign language interpretation?") and no event series
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

#: (order, position, product, given, family, attendee email, company, country, sign language)
POSITIONS = [
    ("A1B2C", 1, "Delegate pass", "Aysel", "Məmmədova", "aysel@example.az", "Baku City", "AZ", ""),
    ("A1B2C", 2, "Delegate pass", "Rəşad", "Əliyev", "", "Baku City", "AZ", "International Sign"),
    ("A1B2C", 3, "Lunch voucher", "", "", "", "", "", ""),  # an add-on: not an attendee
    ("K9Z8Y", 1, "Press accreditation", "Олег", "Петров", "oleg@example.ru", "ТАСС", "RU", ""),
    ("Q7W3E", 1, "Speaker", "Amina", "Diallo", "amina@example.sn", "ENDA", "SN", ""),
    ("Q7W3E", 2, "Delegate pass", "明", "王", "", "清华大学", "CN", ""),
]
MAP_FLAGS = [
    "--category-map", "Delegate pass=participant",
    "--category-map", "Press accreditation=media",
    "--category-map", "Lunch voucher=skip",
]  # fmt: skip


Position = Sequence[Any]  # (order, position, product, given, family, email, company, country,
#                            sign language), as in POSITIONS


def pretix_rows(positions: Sequence[Position]) -> list[list[str]]:
    rows = []
    for order, position, product, given, family, email, company, country, sign in positions:
        full = f"{given} {family}".strip()
        row = dict.fromkeys(PRETIX_HEADER, "")
        row.update(
            {
                "Event slug": "wuf13",
                "Order code": order,
                "Position ID": str(position),
                "Status": "Paid",
                "Email": f"buyer-{order.lower()}@example.org",
                "Order date": "2026-03-01",
                "Order time": "10:12:00",
                "Product": product,
                "Price": "0.00",
                "Tax rate": "0.00",
                "Attendee name": full,
                "Attendee name: Given name": given,
                "Attendee name: Family name": family,
                "Attendee email": email,
                "Country": country,
                "Pseudonymization ID": f"PSEU{order}{position}",
                "Ticket secret": f"secret{order}{position}",
                "Sign language interpretation?": sign,
                "Invoice address name": "Buyer Person",
                "Invoice address name: Given name": "Buyer",
                "Invoice address name: Family name": "Person",
                "Sales channel": "web",
                "Order locale": "en",
                "E-mail address verified": "No",
            }
        )
        # "Company" is there twice: the attendee's (first) and the invoice address's
        cells = [row[h] for h in PRETIX_HEADER]
        cells[PRETIX_HEADER.index("Company")] = company
        cells[len(PRETIX_HEADER) - 1 - PRETIX_HEADER[::-1].index("Company")] = "Invoice Co"
        rows.append(cells)
    return rows


def write_pretix_csv(path: Path, positions: Sequence[Position]) -> Path:
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\r\n")  # pretix's CSV: comma, quoted as needed
    writer.writerow(PRETIX_HEADER)
    writer.writerows(pretix_rows(positions))
    path.write_bytes(text.getvalue().encode("utf-8"))
    return path


def _rows(replica: Replica) -> dict[str, dict[str, object]]:
    return {
        row["reg_code"]: dict(row)
        for row in replica.conn.execute("SELECT * FROM attendee ORDER BY reg_code")
    }


def _db(tmp_path: Path) -> Path:
    db = tmp_path / "wuf.db"
    replica = Replica.open(db, FakeClock())
    replica.insert(
        "event",
        {
            "name": "WUF13",
            "venue": "Baku",
            "timezone": "Asia/Baku",
            "first_day": "2026-05-17",
            "last_day": "2026-05-22",
        },
    )
    replica.close()
    return db


# -- orders with several positions -------------------------------------------------------------


def test_each_position_of_an_order_is_one_attendee_with_a_stable_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _db(tmp_path)
    export = write_pretix_csv(tmp_path / "wuf13_orders.csv", POSITIONS)
    assert main(["import", "attendees", str(export), "--db", str(db), *MAP_FLAGS, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["created"], report["skipped"], report["invalid"]) == (5, 1, 0)
    replica = Replica.open(db, FakeClock())
    try:
        rows = _rows(replica)
    finally:
        replica.close()
    assert sorted(rows) == ["A1B2C-1", "A1B2C-2", "K9Z8Y-1", "Q7W3E-1", "Q7W3E-2"]
    assert (rows["A1B2C-2"]["given_name"], rows["A1B2C-2"]["family_name"]) == ("Rəşad", "Əliyev")
    assert rows["A1B2C-2"]["sign_language"] == "International Sign"
    assert rows["A1B2C-1"]["email"] == "aysel@example.az"  # the attendee's, not the buyer's
    assert rows["A1B2C-1"]["organization"] == "Baku City"  # the first Company, not the invoice's
    assert [rows[c]["category"] for c in ("A1B2C-1", "K9Z8Y-1", "Q7W3E-1")] == [
        "participant",
        "media",
        "speaker",  # a product named like a category needs no mapping
    ]
    # the same export again: same codes, nothing new, nothing written
    assert main(["import", "attendees", str(export), "--db", str(db), *MAP_FLAGS, "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 5)


def test_a_position_without_its_id_is_a_row_error_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _db(tmp_path)
    rows = pretix_rows(POSITIONS)
    rows[3][PRETIX_HEADER.index("Position ID")] = ""
    text = io.StringIO(newline="")
    csv.writer(text, lineterminator="\r\n").writerows([PRETIX_HEADER, *rows])
    export = tmp_path / "broken.csv"
    export.write_text(text.getvalue(), encoding="utf-8")
    assert main(["import", "attendees", str(export), "--db", str(db), *MAP_FLAGS, "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [(e["line"], e["code"], e["column"]) for e in report["errors"]] == [
        (5, "missing_position", "Position ID")
    ]
    assert report["written"] is False


# -- product to category ----------------------------------------------------------------------


def test_an_unmapped_product_is_refused_by_line_and_names_the_mapping_to_add(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _db(tmp_path)
    export = write_pretix_csv(tmp_path / "orders.csv", POSITIONS)
    assert main(["import", "attendees", str(export), "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert "line 2, Product: unknown_category" in out
    assert '--category-map "Delegate pass=CATEGORY"' in out
    assert "NOTHING IMPORTED" in out


def test_the_product_mapping_can_come_from_a_file(tmp_path: Path, event_replica: Replica) -> None:
    from wufops.attendees.io.categories import read_category_map

    mapping = tmp_path / "products.csv"
    mapping.write_text(
        "Product;Category\nDelegate pass;Delegate\nPress accreditation;Press\nLunch voucher;skip\n",
        encoding="utf-8",
    )
    export = write_pretix_csv(tmp_path / "orders.csv", POSITIONS)
    report = import_attendees(event_replica, export, categories=read_category_map(mapping))
    assert (report.created, report.skipped, report.invalid) == (5, 1, 0)
    assert _rows(event_replica)["K9Z8Y-1"]["category"] == "media"


@pytest.mark.parametrize(
    ("flag", "problem"),
    [("Delegate pass", "PRODUCT=CATEGORY"), ("Delegate pass=astronaut", "astronaut")],
)
def test_a_bad_mapping_is_a_usage_error_before_anything_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flag: str, problem: str
) -> None:
    db = _db(tmp_path)
    export = write_pretix_csv(tmp_path / "orders.csv", POSITIONS)
    assert main(["import", "attendees", str(export), "--db", str(db), "--category-map", flag]) == 2
    err = capsys.readouterr().err
    assert "bad_category_map" in err and problem in err


# -- merged two-row XLSX header ---------------------------------------------------------------


def _merged_workbook(path: Path) -> Path:
    """What an organizer's "cleaned-up" pretix export looks like: the name parts under one
    merged "Attendee name" cell, the other headers merged down over both header rows."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(
        ["Order code", "Position ID", "Attendee name", None, "Country", "Product", "Notes"]
    )
    sheet.append([None, None, "Given name", "Family name", None, None, None])
    for cells in (
        ["A1B2C", 1, "Aysel", "Məmmədova", "AZ", "Delegate pass", ""],
        ["A1B2C", 2, "Rəşad", "Əliyev", "AZ", "Delegate pass", "vegetarian"],
        ["K9Z8Y", 1, "Олег", "Петров", "RU", "Press accreditation", ""],
    ):
        sheet.append(cells)
    sheet.merge_cells("C1:D1")
    for column in "ABEFG":
        sheet.merge_cells(f"{column}1:{column}2")
    workbook.save(path)
    return path


def test_a_merged_two_row_xlsx_header_keeps_the_family_name(
    tmp_path: Path, event_replica: Replica
) -> None:
    from wufops.attendees.io.categories import CategoryMap

    path = _merged_workbook(tmp_path / "cleaned.xlsx")
    mapping = CategoryMap.from_pairs(
        [("Delegate pass", "participant"), ("Press accreditation", "media")], "test"
    )
    report = import_attendees(event_replica, path, categories=mapping)
    assert (report.header_line, report.header_rows) == (1, 2)
    assert report.columns["given_name"] == "Attendee name: Given name"
    assert report.columns["family_name"] == "Attendee name: Family name"
    assert (report.created, report.invalid) == (3, 0)
    rows = _rows(event_replica)
    assert (rows["A1B2C-2"]["given_name"], rows["A1B2C-2"]["family_name"]) == ("Rəşad", "Əliyev")
    assert rows["K9Z8Y-1"]["family_name"] == "Петров"
    assert [(c.letter, c.header, c.reason) for c in report.unused_columns] == [
        ("G", "Notes", "unknown_header")
    ]


# -- every column named ------------------------------------------------------------------------


def test_every_column_the_import_does_not_use_is_named(
    tmp_path: Path, event_replica: Replica
) -> None:
    from wufops.attendees.io.categories import CategoryMap

    mapping = CategoryMap.from_pairs(
        [
            ("Delegate pass", "participant"),
            ("Press accreditation", "media"),
            ("Lunch voucher", "skip"),
        ],
        "test",
    )
    export = write_pretix_csv(tmp_path / "orders.csv", POSITIONS)
    report = import_attendees(event_replica, export, categories=mapping)
    unused = {(c.letter, c.header): c.reason for c in report.unused_columns}
    used = set(report.columns.values())
    # every header of the file is either used or named as unused: nothing silently dropped
    assert len(unused) + len(report.columns) == len(PRETIX_HEADER)
    assert used | {h for _, h in unused} == set(PRETIX_HEADER)
    assert unused["AM", "Company"] == "duplicate"  # the invoice address's company
    assert unused["E", "Email"] == "duplicate"  # the buyer's e-mail: Attendee email is used
    assert unused["O", "Attendee name"] == "duplicate"  # the name is taken in parts
    assert unused["AA", "Ticket secret"] == "unknown_header"
    assert unused["AO", "Invoice address name: Given name"] == "unknown_header"


def test_a_column_without_a_header_that_holds_data_is_named(
    tmp_path: Path, event_replica: Replica
) -> None:
    path = tmp_path / "blank.csv"
    path.write_text(
        "Registration code,Given name,,Country,Category\n"
        "R1,Ana,Lima,BR,participant\nR2,Bo,,CN,participant\n",
        encoding="utf-8",
    )
    report = import_attendees(event_replica, path)
    assert [(c.position, c.letter, c.header, c.reason) for c in report.unused_columns] == [
        (3, "C", "", "no_header")
    ]
    with pytest.raises(FileError) as refused:
        import_attendees(event_replica, path, strict_columns=True)
    assert refused.value.code == "unused_columns"
    assert refused.value.params["columns"] == ("column C (no header)",)


def test_strict_columns_refuses_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _db(tmp_path)
    export = write_pretix_csv(tmp_path / "orders.csv", POSITIONS)
    argv = ["import", "attendees", str(export), "--db", str(db), *MAP_FLAGS, "--strict-columns"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "unused_columns" in err and '"Ticket secret" (column AA)' in err
    replica = Replica.open(db, FakeClock())
    try:
        assert replica.conn.execute("SELECT count(*) FROM attendee").fetchone()[0] == 0
    finally:
        replica.close()


# -- dry run: field by field -------------------------------------------------------------------


def test_a_dry_run_shows_field_by_field_what_an_update_would_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _db(tmp_path)
    export = write_pretix_csv(tmp_path / "orders.csv", POSITIONS)
    assert main(["import", "attendees", str(export), "--db", str(db), *MAP_FLAGS]) == 0
    capsys.readouterr()
    changed = [list(p) for p in POSITIONS]
    changed[0][5] = "aysel.mammadova@example.az"  # new e-mail
    changed[3][2] = "Delegate pass"  # press → participant
    changed[3][7] = "KZ"
    write_pretix_csv(export, changed)
    before = db.read_bytes()
    assert main(["import", "attendees", str(export), "--db", str(db), *MAP_FLAGS, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "dry run, nothing written — would be: created 0, updated 2, unchanged 3" in out
    assert '  line 2, A1B2C-1: email: "aysel@example.az" → "aysel.mammadova@example.az"' in out
    assert '  line 5, K9Z8Y-1: category: "media" → "participant"; country: "RU" → "KZ"' in out
    assert db.read_bytes() == before
    assert (
        main(
            ["import", "attendees", str(export), "--db", str(db), *MAP_FLAGS, "--dry-run", "--json"]
        )
        == 0
    )
    changes = json.loads(capsys.readouterr().out)["changes"]
    assert changes[1] == {
        "line": 5,
        "reg_code": "K9Z8Y-1",
        "attendee_id": changes[1]["attendee_id"],
        "fields": {
            "country": {"old": "RU", "new": "KZ"},
            "category": {"old": "media", "new": "participant"},
        },
    }


# -- codes are compared as search compares them ------------------------------------------------


def test_codes_differing_only_in_case_are_one_attendee(
    tmp_path: Path, event_replica: Replica
) -> None:
    first = tmp_path / "first.csv"
    first.write_text(
        "Registration code,Given name,Family name,Country,Category\n"
        "ABC-1,Ana,Lima,BR,participant\n",
        encoding="utf-8",
    )
    assert import_attendees(event_replica, first).created == 1
    again = tmp_path / "again.csv"
    again.write_text(
        "Registration code,Given name,Family name,Country,Category\n"
        "abc-1,Ana,Lima,BR,participant\nABC-1 ,Ana,Lima,BR,participant\n"
        "ABC 1,Bo,Li,CN,participant\n",
        encoding="utf-8",
    )
    report = import_attendees(event_replica, again)
    assert [(e.line, e.code) for e in report.errors] == [
        (3, "duplicate_reg_code"),
        (4, "duplicate_reg_code"),
    ]
    report = import_attendees(event_replica, again, skip_invalid=True)
    assert (report.created, report.unchanged) == (0, 1)  # abc-1 is ABC-1
    assert event_replica.conn.execute("SELECT count(*) FROM attendee").fetchone()[0] == 1
