"""Importing XLSX workbooks (written by openpyxl here): sheet rows as lines, typed cells."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from wufops.attendees.io.errors import FileError
from wufops.attendees.io.importing import import_attendees
from wufops.store.replica import Replica


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_xlsx_with_numeric_codes_title_rows_and_typed_cells(
    tmp_path: Path, event_replica: Replica
) -> None:
    path = _workbook(
        tmp_path / "cvent.xlsx",
        [
            ["Attendee report — WUF13"],  # a title row above the table
            [],
            [
                "Confirmation Number",
                "First Name",
                "Last Name",
                "Country",
                "Registration Type",
                "Email Address",
                "Wheelchair",
                "Company Name",
            ],
            [12345.0, "Aysel", "Məmmədova", "Azerbaijan", "Delegate", "a@example.org", True, None],
            [12346, "Олег", "Петров", "RUS", "Media", None, False, "ТАСС"],
            [],
            [12347.0, "Σοφία", "Παπαδοπούλου", "GR", "VIP", None, 1, "Υπουργείο"],
        ],
    )
    report = import_attendees(event_replica, path)
    assert report.format == "xlsx" and report.header_line == 3
    assert (report.created, report.invalid) == (3, 0)
    rows = {r["reg_code"]: r for r in event_replica.conn.execute("SELECT * FROM attendee")}
    assert sorted(rows) == ["12345", "12346", "12347"]  # not "12345.0"
    assert rows["12345"]["step_free"] == 1 and rows["12345"]["country"] == "AZ"
    assert rows["12346"]["family_name"] == "Петров" and rows["12346"]["category"] == "media"
    assert rows["12346"]["step_free"] == 0 and rows["12346"]["organization"] == "ТАСС"
    assert rows["12347"]["step_free"] == 1 and rows["12347"]["category"] == "vip"


def test_xlsx_errors_carry_the_sheet_row(tmp_path: Path, event_replica: Replica) -> None:
    path = _workbook(
        tmp_path / "bad.xlsx",
        [
            ["Registration code", "Given name", "Family name", "Country", "Category"],
            ["R1", "Ana", "Lima", "BR", "participant"],
            [],
            [],
            ["R2", "Bo", "Li", "Middle Earth", "participant"],
            ["R1", "Ana", "Lima", "BR", "participant"],
        ],
    )
    report = import_attendees(event_replica, path)
    assert [(e.line, e.code) for e in report.errors] == [
        (5, "unknown_country"),
        (6, "duplicate_reg_code"),
    ]
    assert not report.written
    assert event_replica.conn.execute("SELECT count(*) FROM attendee").fetchone()[0] == 0


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("broken.xlsx", b"PK\x03\x04" + b"\x00" * 64, "unreadable_file"),
        ("fake.xlsx", b"not a workbook at all", "unreadable_file"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "unsupported_format"),
        ("sheet.ods", b"whatever", "unsupported_format"),
    ],
)
def test_damaged_or_foreign_workbooks_have_codes(
    tmp_path: Path, event_replica: Replica, name: str, content: bytes, code: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(FileError) as raised:
        import_attendees(event_replica, path)
    assert raised.value.code == code


def test_an_ods_zip_is_named_as_such(tmp_path: Path, event_replica: Replica) -> None:
    import zipfile

    path = tmp_path / "list.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(FileError) as raised:
        import_attendees(event_replica, path)
    assert raised.value.code == "unsupported_format"
    assert raised.value.params["kind"] == "OpenDocument spreadsheet"


def test_an_empty_workbook_is_empty_file(tmp_path: Path, event_replica: Replica) -> None:
    path = _workbook(tmp_path / "empty.xlsx", [])
    with pytest.raises(FileError) as raised:
        import_attendees(event_replica, path)
    assert raised.value.code == "empty_file"
