"""Each raw record → clean attendee field values, or coded errors pointing at the cell.

Only fields whose column is in the file appear in a :class:`CleanRecord`: an import never
touches what the file does not speak about. Duplicate registration codes are reported on
every occurrence after the first, naming the line of the first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from wufops.attendees.io import errors as codes
from wufops.attendees.io.errors import RowError
from wufops.attendees.io.mapping import BY_FIELD, FULL_NAME, HeaderMap
from wufops.attendees.io.reading import RawRecord
from wufops.attendees.io.values import (
    clean_line,
    clean_note,
    parse_category,
    parse_country,
    parse_email,
    parse_flag,
    parse_sign_language,
)
from wufops.sync.ops import JsonValue

Progress = Callable[[int], None]
_PROGRESS_EVERY = 2000


@dataclass(frozen=True)
class CleanRecord:
    """One valid row: its line, registration code and clean values (DB types: flags 0/1)."""

    line: int
    reg_code: str
    fields: dict[str, JsonValue]


@dataclass(frozen=True)
class Validated:
    rows: int
    records: tuple[CleanRecord, ...]
    errors: tuple[RowError, ...]
    #: lines of the rows that have at least one error
    invalid_lines: frozenset[int] = field(default_factory=frozenset)


def validate(
    header_map: HeaderMap, records: Sequence[RawRecord], progress: Progress | None = None
) -> Validated:
    """Check every record; never raises on bad data (errors are values)."""
    good: list[CleanRecord] = []
    problems: list[RowError] = []
    invalid: set[int] = set()
    first_line: dict[str, int] = {}
    for count, record in enumerate(records, start=1):
        values, row_errors = _validate_record(header_map, record)
        reg_code = values.get("reg_code")
        if isinstance(reg_code, str) and reg_code:
            seen = first_line.setdefault(reg_code, record.line)
            if seen != record.line:
                row_errors.append(
                    RowError(
                        record.line,
                        codes.DUPLICATE_REG_CODE,
                        header_map.header_of("reg_code"),
                        "reg_code",
                        reg_code,
                        {"first_line": seen},
                    )
                )
        if row_errors:
            problems.extend(row_errors)
            invalid.add(record.line)
        else:
            good.append(CleanRecord(record.line, str(reg_code), values))
        if progress is not None and count % _PROGRESS_EVERY == 0:
            progress(count)
    return Validated(len(records), tuple(good), tuple(problems), frozenset(invalid))


def _validate_record(
    header_map: HeaderMap, record: RawRecord
) -> tuple[dict[str, JsonValue], list[RowError]]:
    cells = record.cells
    values: dict[str, JsonValue] = {}
    problems: list[RowError] = []

    def raw(index: int) -> str:
        return cells[index] if index < len(cells) else ""

    def fail(field_name: str, code: str, value: str, **params: str | int) -> None:
        header = header_map.header_of(field_name)
        problems.append(RowError(record.line, code, header, field_name, value, params))

    for field_name, index in sorted(header_map.fields.items(), key=lambda item: item[1]):
        cell = raw(index)
        column = FULL_NAME if field_name == "full_name" else BY_FIELD[field_name]
        kind = column.kind
        if kind == "note":
            values[field_name] = clean_note(cell)
        elif kind == "country":
            country = parse_country(cell)
            if country is None:
                fail(field_name, codes.UNKNOWN_COUNTRY, clean_line(cell))
            else:
                values[field_name] = country
        elif kind == "category":
            category = parse_category(cell)
            if category is None:
                fail(field_name, codes.UNKNOWN_CATEGORY, clean_line(cell))
            else:
                values[field_name] = category
        elif kind == "email":
            email = parse_email(cell)
            if email is None:
                fail(field_name, codes.BAD_EMAIL, clean_line(cell))
            else:
                values[field_name] = email
        elif kind == "flag":
            flag = parse_flag(cell)
            if flag is None:
                fail(field_name, codes.BAD_FLAG, clean_line(cell))
            else:
                values[field_name] = int(flag)
        elif kind == "language":
            values[field_name] = parse_sign_language(cell)
        else:
            values[field_name] = clean_line(cell)

    full = values.pop("full_name", None)
    if full is not None:
        values["given_name"] = full
        values["family_name"] = ""
    if not values.get("reg_code"):
        fail("reg_code", codes.MISSING_REG_CODE, "")
    if not values.get("given_name") and not values.get("family_name"):
        name_field = next(
            f for f in ("given_name", "family_name", "full_name") if f in header_map.fields
        )
        fail(name_field, codes.MISSING_NAME, "")
    return values, problems
