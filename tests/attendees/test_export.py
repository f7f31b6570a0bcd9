"""Exporting attendees: Excel-friendly CSV, text-only XLSX, formula injection neutralised."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from wufops.attendees.io.errors import FileError
from wufops.attendees.io.exporting import export_attendees
from wufops.attendees.io.importing import import_attendees
from wufops.attendees.io.mapping import CANONICAL_HEADERS
from wufops.store.apply import canonical_dump
from wufops.store.attendees_io import attendees_for_export
from wufops.store.replica import Replica

NASTY = [
    ("X1", '=HYPERLINK("http://evil.example","click")', "Doe", "participant", "FR"),
    ("X2", "+1+2", "Roe", "media", "FR"),
    ("X3", "-2+3", "@SUM(A1)", "vip", "AZ"),
    ("X4", "Ліна", "Костенко", "speaker", "UA"),
    ("X5", "أحمد", "الفارسي", "media", "AE"),
    ("X6", "美玲", "陈", "participant", "TW"),
    ("X7", "Aysel", "Məmmədova", "vip", "AZ"),
    ("X8", "राज", "शर्मा", "participant", "IN"),
    ("X9", "#N/A", "#REF!", "participant", "IN"),
]


def _seed(replica: Replica) -> str:
    event_id: str = replica.conn.execute("SELECT id FROM event").fetchone()[0]
    with replica.batch() as batch:
        for code, given, family, category, country in NASTY:
            batch.insert(
                "attendee",
                {
                    "event_id": event_id,
                    "reg_code": code,
                    "given_name": given,
                    "family_name": family,
                    "category": category,
                    "country": country,
                    "organization": "@UN-Habitat" if code == "X1" else "UN-Habitat",
                    "attention_note": "line one\nline two" if code == "X4" else "",
                    "captions": 1 if code == "X5" else 0,
                },
            )
    return event_id


def test_csv_is_utf8_with_bom_canonical_headers_and_neutralised_formulas(
    tmp_path: Path, event_replica: Replica
) -> None:
    event_id = _seed(event_replica)
    out = tmp_path / "out.csv"
    count = export_attendees(attendees_for_export(event_replica.conn, event_id), out)
    assert count == len(NASTY)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == CANONICAL_HEADERS
    by_code = {row[0]: dict(zip(CANONICAL_HEADERS, row, strict=True)) for row in rows[1:]}
    assert by_code["X1"]["Given name"] == '\'=HYPERLINK("http://evil.example","click")'
    assert by_code["X1"]["Organization"] == "'@UN-Habitat"
    assert by_code["X2"]["Given name"] == "'+1+2"
    assert by_code["X3"]["Given name"] == "'-2+3"
    assert by_code["X3"]["Family name"] == "'@SUM(A1)"
    assert by_code["X4"]["Family name"] == "Костенко"
    assert by_code["X4"]["Attention note"] == "line one\nline two"
    assert (by_code["X5"]["Given name"], by_code["X5"]["Captions"]) == ("أحمد", "yes")
    assert by_code["X6"]["Family name"] == "陈"
    assert by_code["X7"]["Family name"] == "Məmmədova"
    assert by_code["X8"]["Given name"] == "राज"
    for row in rows[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)


def test_xlsx_cells_are_text_never_formulas(tmp_path: Path, event_replica: Replica) -> None:
    event_id = _seed(event_replica)
    out = tmp_path / "out.xlsx"
    export_attendees(attendees_for_export(event_replica.conn, event_id), out)
    with zipfile.ZipFile(out) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml
    workbook = load_workbook(out)  # not data_only: a formula would show as a formula
    sheet = workbook.worksheets[0]
    values = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    cell = values["X1"][1]
    assert cell.data_type == "s"
    assert cell.value == '=HYPERLINK("http://evil.example","click")'  # as text, unchanged
    assert values["X3"][2].value == "@SUM(A1)" and values["X3"][2].data_type == "s"
    assert values["X9"][1].value == "#N/A" and values["X9"][1].data_type == "s"  # not an error
    assert values["X7"][2].value == "Məmmədova" and values["X7"][2].data_type == "s"
    assert [c.value for c in next(sheet.iter_rows(max_row=1))] == list(CANONICAL_HEADERS)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_changes_nothing(
    tmp_path: Path, event_replica: Replica, suffix: str
) -> None:
    event_id = _seed(event_replica)
    out = tmp_path / f"out{suffix}"
    export_attendees(attendees_for_export(event_replica.conn, event_id), out)
    before = canonical_dump(event_replica.conn)
    pending = event_replica.pending_count()
    report = import_attendees(event_replica, out)
    assert (report.created, report.updated, report.unchanged, report.invalid) == (0, 0, 9, 0)
    assert canonical_dump(event_replica.conn) == before
    assert event_replica.pending_count() == pending


def test_filters_by_category_and_country(event_replica: Replica) -> None:
    event_id = _seed(event_replica)
    media = attendees_for_export(event_replica.conn, event_id, category="media")
    assert [a.reg_code for a in media] == ["X2", "X5"]
    azerbaijan = attendees_for_export(event_replica.conn, event_id, country="AZ")
    assert [a.reg_code for a in azerbaijan] == ["X3", "X7"]
    both = attendees_for_export(event_replica.conn, event_id, category="vip", country="AZ")
    assert [a.reg_code for a in both] == ["X3", "X7"]


def test_unknown_suffix_is_refused_and_nothing_is_left_behind(
    tmp_path: Path, event_replica: Replica
) -> None:
    event_id = _seed(event_replica)
    with pytest.raises(FileError) as raised:
        export_attendees(attendees_for_export(event_replica.conn, event_id), tmp_path / "a.pdf")
    assert raised.value.code == "unsupported_format"
    assert sorted(p.name for p in tmp_path.iterdir() if "a.pdf" in p.name) == []
