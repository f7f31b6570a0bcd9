"""Writing attendees to CSV or XLSX that spreadsheets open safely and import reads back.

Columns are the import's canonical headers in canonical order, so exporting and importing
the file again changes nothing. CSV is UTF-8 with a byte-order mark (Excel then reads names
in every script correctly) and CRLF line ends. Formula injection: a CSV cell that begins
with ``= + - @``, TAB or CR gets a leading apostrophe (import removes it again); in XLSX every
cell is written as a text cell, which no spreadsheet evaluates. Files are written to a
temporary name and renamed, so a failed export never leaves half a file behind.
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from wufops.attendees.io.errors import UNREADABLE_FILE, UNSUPPORTED_FORMAT, FileError
from wufops.attendees.io.mapping import CANONICAL_HEADERS, COLUMNS
from wufops.attendees.io.values import neutralised
from wufops.models.attendee import Attendee

FORMATS = (".csv", ".xlsx")
#: what XML 1.0 cannot carry; import never stores these, other writers might
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def attendee_cells(attendee: Attendee) -> list[str]:
    """One attendee's cells in canonical order (flags as yes/no), not yet neutralised."""
    cells: list[str] = []
    for column in COLUMNS:
        value = getattr(attendee, column.field)
        if column.kind == "flag":
            cells.append("yes" if value else "no")
        else:
            cells.append(str(value))
    return cells


def export_attendees(attendees: Sequence[Attendee], path: Path) -> int:
    """Write ``attendees`` to ``path`` (.csv or .xlsx); returns the number of rows written."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise FileError(UNSUPPORTED_FORMAT, path=str(path), kind=suffix, export=1)
    try:
        with _atomic(path) as handle:
            if suffix == ".csv":
                _write_csv(attendees, handle)
            else:
                _write_xlsx(attendees, handle)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise FileError(UNREADABLE_FILE, path=str(path), reason=reason) from None
    return len(attendees)


@contextmanager
def _atomic(path: Path) -> Iterator[IO[bytes]]:
    directory = path.parent if str(path.parent) else Path(".")
    fd, scratch = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
        os.replace(scratch, path)
    except BaseException:
        Path(scratch).unlink(missing_ok=True)
        raise


def _write_csv(attendees: Sequence[Attendee], handle: IO[bytes]) -> None:
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(CANONICAL_HEADERS)
    for attendee in attendees:
        writer.writerow([neutralised(cell) for cell in attendee_cells(attendee)])
    text.flush()
    text.detach()


def _write_xlsx(attendees: Sequence[Attendee], handle: IO[bytes]) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Attendees")
    sheet.freeze_panes = "A2"
    for letter_index in range(len(CANONICAL_HEADERS)):
        width = 28 if COLUMNS[letter_index].kind in ("name", "text", "email", "note") else 16
        sheet.column_dimensions[_letter(letter_index)].width = width
    bold = Font(bold=True)
    header_cells = []
    for header in CANONICAL_HEADERS:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    for attendee in attendees:
        sheet.append([_text_cell(sheet, value) for value in attendee_cells(attendee)])
    workbook.save(handle)


def _text_cell(sheet: Any, value: str) -> str | Cell:
    """A value openpyxl writes as a text cell: plain strings are text unless they look like a
    formula (``=…``) or an error (``#N/A``), which get an explicitly typed text cell."""
    value = _XML_ILLEGAL.sub("\ufffd", value)
    if not value.startswith(("=", "#")):
        return value
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"  # text, never a formula or an error
    return cell


def _letter(index: int) -> str:
    return get_column_letter(index + 1)
