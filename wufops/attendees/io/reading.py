"""Files to raw records: CSV (sniffed) and XLSX, each record with its physical line number.

CSV: UTF-8 with or without BOM (UTF-16 with BOM too, as Excel's "Unicode text" writes it),
comma, semicolon, tab or pipe separated (sniffed), CRLF/LF/CR line ends, quoted fields with
embedded newlines. A record's line is the physical line where it *starts*, as a text editor
counts. XLSX: the first worksheet, read-only and streaming; a record's line is its sheet row.
Integral floats (``12345.0``, how spreadsheets store typed-in codes) become ``12345``.

Everything that can go wrong here is raised as a :class:`~wufops.attendees.io.errors.FileError`
with a code; no other exception escapes :func:`read_file` or :func:`read_csv_bytes`.
Cells are returned as written (but for the apostrophe CSV export puts before a formula-like
cell, removed again here); cleaning happens in ``values``.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Literal

from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string

from wufops.attendees.io.errors import (
    BAD_ENCODING,
    EMPTY_FILE,
    MALFORMED_CSV,
    UNREADABLE_FILE,
    UNSUPPORTED_FORMAT,
    FileError,
)
from wufops.attendees.io.values import unneutralised

Format = Literal["csv", "xlsx"]
Progress = Callable[[int], None]

#: separators the sniffer chooses between, in order of preference on a tie
DELIMITERS: tuple[str, ...] = (",", ";", "\t", "|")
#: suffixes we can name but not read, with what the person should do instead
_UNSUPPORTED_SUFFIXES = {
    ".xls": "Excel 97-2003 workbook",
    ".ods": "OpenDocument spreadsheet",
    ".numbers": "Apple Numbers document",
    ".pdf": "PDF document",
    ".docx": "Word document",
    ".json": "JSON document",
}
_PROGRESS_EVERY = 2000


@dataclass(frozen=True)
class RawRecord:
    """One non-blank row of the file, cells as written, and where it starts."""

    line: int
    cells: tuple[str, ...]


#: a merged cell range of a sheet: first row, first column, last row, last column (from 1)
Merge = tuple[int, int, int, int]


@dataclass(frozen=True)
class RawTable:
    """Every non-blank row of a file (the header row among them), in file order."""

    format: Format
    encoding: str
    delimiter: str
    records: tuple[RawRecord, ...]
    #: XLSX: merged cells near the top of the sheet (where header rows are)
    merges: tuple[Merge, ...] = ()


def read_file(path: Path, progress: Progress | None = None) -> RawTable:
    """Read a CSV or XLSX file; the format is told by its content, not only its name."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise FileError(UNREADABLE_FILE, path=str(path), reason="no such file") from None
    except IsADirectoryError:
        raise FileError(UNREADABLE_FILE, path=str(path), reason="it is a folder") from None
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise FileError(UNREADABLE_FILE, path=str(path), reason=reason) from None
    suffix = path.suffix.lower()
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise FileError(UNSUPPORTED_FORMAT, path=str(path), kind="Excel 97-2003 workbook (.xls)")
    if data.startswith(b"%PDF"):
        raise FileError(UNSUPPORTED_FORMAT, path=str(path), kind="PDF document")
    if data.startswith(b"PK\x03\x04"):
        return read_xlsx_bytes(data, str(path), progress)
    if suffix in _UNSUPPORTED_SUFFIXES:
        raise FileError(UNSUPPORTED_FORMAT, path=str(path), kind=_UNSUPPORTED_SUFFIXES[suffix])
    if suffix in (".xlsx", ".xlsm"):
        raise FileError(UNREADABLE_FILE, path=str(path), reason="not a valid .xlsx workbook")
    return read_csv_bytes(data, str(path), progress)


# -- CSV ----------------------------------------------------------------------------------


def read_csv_bytes(data: bytes, path: str = "", progress: Progress | None = None) -> RawTable:
    """Parse CSV bytes; raises only :class:`FileError`."""
    text, encoding = _decode(data, path)
    if not text.strip():
        raise FileError(EMPTY_FILE, path=path)
    delimiter = sniff_delimiter(text)
    records = tuple(_csv_records(text, delimiter, path, progress))
    if not records:
        raise FileError(EMPTY_FILE, path=path)
    return RawTable("csv", encoding, delimiter, records)


def _decode(data: bytes, path: str) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as error:
            raise FileError(
                BAD_ENCODING, path=path, line=1, byte=f"0x{data[error.start]:02X}", guess=""
            ) from None
    encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        offset = error.start
        line = data[:offset].count(b"\n") + 1
        start = data.rfind(b"\n", 0, offset) + 1
        end = data.find(b"\n", offset)
        snippet = data[start : end if end != -1 else len(data)][:80]
        raise FileError(
            BAD_ENCODING,
            path=path,
            line=line,
            byte=f"0x{data[offset]:02X}",
            guess=_guess_encoding(data),
            sample=snippet.decode("cp1252", errors="replace").strip(),
        ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise FileError(BAD_ENCODING, path=path, line=line, byte="0x00", guess="binary")
    return text, encoding


def _guess_encoding(data: bytes) -> str:
    """A best guess to put in the message: which legacy encoding the bytes look like."""
    if data.count(b"\x00") > len(data) // 4:
        return "utf-16"
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1"
    return "windows-1252"


def sniff_delimiter(text: str) -> str:
    """The separator that splits most of the first records into the same number (≥ 2) of
    columns — title lines above the table and commas inside text do not fool it."""
    sample = text[:65536]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        widths: Counter[int] = Counter()
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
        try:
            for row in reader:
                if any(cell.strip() for cell in row):
                    widths[len(row)] += 1
                if widths.total() >= 20:
                    break
        except csv.Error:
            continue
        table_widths = [(count, width) for width, count in widths.items() if width >= 2]
        if table_widths and max(table_widths) > best_score:
            best, best_score = delimiter, max(table_widths)
    return best


def _csv_records(
    text: str, delimiter: str, path: str, progress: Progress | None
) -> Iterator[RawRecord]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    start = 1
    count = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise FileError(MALFORMED_CSV, path=path, line=start, reason=str(error)) from None
        if any(cell.strip() for cell in row):
            yield RawRecord(start, tuple(unneutralised(cell) for cell in row))
            count += 1
            if progress is not None and count % _PROGRESS_EVERY == 0:
                progress(count)
        start = reader.line_num + 1


# -- XLSX ---------------------------------------------------------------------------------


def read_xlsx_bytes(data: bytes, path: str = "", progress: Progress | None = None) -> RawTable:
    """Read the first worksheet of an XLSX workbook; raises only :class:`FileError`."""
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise FileError(UNREADABLE_FILE, path=path, reason="damaged ZIP/XLSX container") from None
    if "xl/workbook.xml" not in names:
        kind = "OpenDocument spreadsheet" if "content.xml" in names else "ZIP archive"
        raise FileError(UNSUPPORTED_FORMAT, path=path, kind=kind)
    records: list[RawRecord] = []
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            sheet.reset_dimensions()  # read-only sheets may carry a wrong size
            for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = tuple(_cell_text(value) for value in row)
                if any(cell.strip() for cell in cells):
                    records.append(RawRecord(number, cells))
                    if progress is not None and len(records) % _PROGRESS_EVERY == 0:
                        progress(len(records))
        finally:
            workbook.close()
    # openpyxl parses XML from a ZIP and can fail in many ways on a damaged file: every one of
    # them means the same thing to the person importing.
    except Exception as error:
        raise FileError(
            UNREADABLE_FILE, path=path, reason=f"damaged workbook ({type(error).__name__})"
        ) from None
    if not records:
        raise FileError(EMPTY_FILE, path=path)
    return RawTable("xlsx", "", "", tuple(records), _header_merges(data))


#: merges starting below this sheet row are not about headers
_MERGE_ROWS = 12
_SHEET = re.compile(rb"<(?:\w+:)?sheet\s[^>]*?\b(?:\w+:)?id=\"([^\"]+)\"")
_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\s[^>]*>")
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?\bref=\"([A-Z]+)(\d+):([A-Z]+)(\d+)\"")


def _header_merges(data: bytes) -> tuple[Merge, ...]:
    """Merged ranges near the top of the first worksheet, read from the workbook's XML (the
    streaming reader does not report them). A hint for two-row headers: ``()`` if unsure."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        first = _SHEET.search(archive.read("xl/workbook.xml"))
        if first is None:
            return ()
        rels = archive.read("xl/_rels/workbook.xml.rels")
        target = b""
        for element in _RELATIONSHIP.findall(rels):
            if b'Id="' + first.group(1) + b'"' in element:
                found = re.search(rb'Target="([^"]+)"', element)
                target = found.group(1) if found else b""
        if not target:
            return ()
        name = target.decode().lstrip("/")
        sheet = archive.read(name if name.startswith("xl/") else "xl/" + name)
    except (KeyError, zipfile.BadZipFile, OSError, UnicodeDecodeError, ValueError):
        return ()
    merges = []
    for first_col, first_row, last_col, last_row in _MERGE.findall(sheet):
        top = int(first_row)
        if top <= _MERGE_ROWS:
            merges.append(
                (
                    top,
                    column_index_from_string(first_col.decode()),
                    int(last_row),
                    column_index_from_string(last_col.decode()),
                )
            )
    return tuple(sorted(merges))


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)
