"""The stable error codes of attendee import/export, as values the rest of the app can read.

A :class:`FileError` stops the whole import before any row is looked at (the file cannot be
read, a required column is missing…). A :class:`RowError` is about one cell of one record and
carries its physical line number in the file. ``messages`` turns either into text.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

# -- file-level codes (exit code 2) ---------------------------------------------------------
UNREADABLE_FILE: Final = "unreadable_file"
BAD_ENCODING: Final = "bad_encoding"
MALFORMED_CSV: Final = "malformed_csv"
MISSING_COLUMN: Final = "missing_column"
EMPTY_FILE: Final = "empty_file"
UNSUPPORTED_FORMAT: Final = "unsupported_format"
NO_EVENT: Final = "no_event"
EVENT_REQUIRED: Final = "event_required"
UNKNOWN_EVENT: Final = "unknown_event"
WRITE_FAILED: Final = "write_failed"
BAD_CATEGORY_MAP: Final = "bad_category_map"
UNUSED_COLUMNS: Final = "unused_columns"

FILE_CODES: Final = (
    UNREADABLE_FILE,
    BAD_ENCODING,
    MALFORMED_CSV,
    MISSING_COLUMN,
    EMPTY_FILE,
    UNSUPPORTED_FORMAT,
    NO_EVENT,
    EVENT_REQUIRED,
    UNKNOWN_EVENT,
    WRITE_FAILED,
    BAD_CATEGORY_MAP,
    UNUSED_COLUMNS,
)

# -- row-level codes (exit code 1 unless --skip-invalid) -------------------------------------
MISSING_NAME: Final = "missing_name"
MISSING_REG_CODE: Final = "missing_reg_code"
DUPLICATE_REG_CODE: Final = "duplicate_reg_code"
REG_CODE_IN_OTHER_EVENT: Final = "reg_code_in_other_event"
UNKNOWN_COUNTRY: Final = "unknown_country"
BAD_EMAIL: Final = "bad_email"
UNKNOWN_CATEGORY: Final = "unknown_category"
BAD_FLAG: Final = "bad_flag"
MISSING_POSITION: Final = "missing_position"

ROW_CODES: Final = (
    MISSING_NAME,
    MISSING_REG_CODE,
    DUPLICATE_REG_CODE,
    REG_CODE_IN_OTHER_EVENT,
    UNKNOWN_COUNTRY,
    BAD_EMAIL,
    UNKNOWN_CATEGORY,
    BAD_FLAG,
    MISSING_POSITION,
)

Param = str | int | tuple[str, ...]


class FileError(Exception):
    """The file (or the target database) cannot be imported at all; nothing was written."""

    def __init__(self, code: str, **params: Param) -> None:
        super().__init__(code, params)
        self.code = code
        self.params: dict[str, Param] = dict(params)


@dataclass(frozen=True)
class RowError:
    """One problem with one cell: where it is, what it holds, which rule it breaks."""

    line: int
    code: str
    #: the header of the column as written in the file ("" when the error is about the row)
    column: str
    #: the attendee field the column maps to ("" when the error is about the row)
    field: str
    value: str
    params: Mapping[str, Param] = dataclasses.field(default_factory=dict)
