"""Each raw record → clean attendee field values, or coded errors pointing at the cell.

Only fields whose column is in the file appear in a :class:`CleanRecord`: an import never
touches what the file does not speak about. The registration code is the code column's, or
— for exports with one row per order position (pretix) — ``ORDER-POSITION``. Codes are
compared as search compares them (:func:`~wufops.attendees.terms.code_key`: no case, no
separators), so ``abc-1`` and ``ABC-1`` are one attendee; duplicates are reported on every
occurrence after the first, naming the line of the first. A row whose product the category
map says to ``skip`` is not an attendee: it is counted and not checked further.

Each column's cleaning is chosen once per file (:func:`_cleaners`), and values that repeat
(countries, categories, yes/no) are parsed once each (the parsers cache), so a row costs a
few dictionary look-ups per cell.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from wufops.attendees.io import errors as codes
from wufops.attendees.io.categories import SKIP, CategoryMap
from wufops.attendees.io.errors import RowError
from wufops.attendees.io.mapping import BY_FIELD, HeaderMap
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
from wufops.attendees.terms import code_key
from wufops.sync.ops import JsonValue

Progress = Callable[[int], None]
_PROGRESS_EVERY = 2000

#: a cleaner returns the clean value and ``""``, or ``None`` and the error code to report
Cleaner = Callable[[str], tuple[JsonValue, str]]


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
    #: rows of products the category map says to skip, by product as written
    skipped: dict[str, int] = field(default_factory=dict)


def _text(cell: str) -> tuple[JsonValue, str]:
    return clean_line(cell), ""


def _note(cell: str) -> tuple[JsonValue, str]:
    return clean_note(cell), ""


def _language(cell: str) -> tuple[JsonValue, str]:
    return parse_sign_language(cell), ""


def _country(cell: str) -> tuple[JsonValue, str]:
    found = parse_country(cell)
    return (found, "") if found is not None else (None, codes.UNKNOWN_COUNTRY)


def _email(cell: str) -> tuple[JsonValue, str]:
    found = parse_email(cell)
    return (found, "") if found is not None else (None, codes.BAD_EMAIL)


def _flag(cell: str) -> tuple[JsonValue, str]:
    found = parse_flag(cell)
    return (int(found), "") if found is not None else (None, codes.BAD_FLAG)


def _category(categories: CategoryMap | None) -> Cleaner:
    def clean(cell: str) -> tuple[JsonValue, str]:
        found = categories.lookup(cell) if categories is not None else None
        if found is None:
            found = parse_category(cell)
        return (found, "") if found is not None else (None, codes.UNKNOWN_CATEGORY)

    return clean


_BY_KIND: dict[str, Cleaner] = {
    "note": _note,
    "country": _country,
    "email": _email,
    "flag": _flag,
    "language": _language,
}


def _cleaners(
    header_map: HeaderMap, categories: CategoryMap | None
) -> list[tuple[str, int, Cleaner]]:
    """``(field, column index, cleaner)`` for every mapped field, in column order."""
    out = []
    for name, index in sorted(header_map.fields.items(), key=lambda item: item[1]):
        kind = BY_FIELD[name].kind
        cleaner = _category(categories) if kind == "category" else _BY_KIND.get(kind, _text)
        out.append((name, index, cleaner))
    return out


def code_field(header_map: HeaderMap) -> str:
    """The field the registration code comes from: ``reg_code``, or ``order_code``."""
    return "reg_code" if "reg_code" in header_map.fields else "order_code"


def validate(
    header_map: HeaderMap,
    records: Sequence[RawRecord],
    progress: Progress | None = None,
    categories: CategoryMap | None = None,
) -> Validated:
    """Check every record; never raises on bad data (errors are values)."""
    good: list[CleanRecord] = []
    problems: list[RowError] = []
    invalid: set[int] = set()
    skipped: dict[str, int] = {}
    first_line: dict[str, int] = {}
    cleaners = _cleaners(header_map, categories)
    category_at = header_map.fields.get("category", -1)
    code_header = header_map.header_of(code_field(header_map))
    for count, record in enumerate(records, start=1):
        cells = record.cells
        if category_at >= 0 and categories is not None:
            product = cells[category_at] if category_at < len(cells) else ""
            if categories.lookup(product) == SKIP:
                key = clean_line(product)
                skipped[key] = skipped.get(key, 0) + 1
                continue
        values, row_errors = _validate_record(header_map, cleaners, record)
        reg_code = values.get("reg_code")
        if isinstance(reg_code, str) and reg_code:
            seen = first_line.setdefault(code_key(reg_code) or reg_code, record.line)
            if seen != record.line:
                row_errors.append(
                    RowError(
                        record.line,
                        codes.DUPLICATE_REG_CODE,
                        code_header,
                        code_field(header_map),
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
    return Validated(len(records), tuple(good), tuple(problems), frozenset(invalid), skipped)


def _validate_record(
    header_map: HeaderMap, cleaners: list[tuple[str, int, Cleaner]], record: RawRecord
) -> tuple[dict[str, JsonValue], list[RowError]]:
    cells = record.cells
    width = len(cells)
    values: dict[str, JsonValue] = {}
    problems: list[RowError] = []

    def fail(field_name: str, code: str, value: str, **params: str | int) -> None:
        header = header_map.header_of(field_name)
        problems.append(RowError(record.line, code, header, field_name, value, params))

    for name, index, cleaner in cleaners:
        cell = cells[index] if index < width else ""
        value, problem = cleaner(cell)
        if problem:
            fail(name, problem, clean_line(cell))
        else:
            values[name] = value

    full = values.pop("full_name", None)
    if full is not None:
        values["given_name"] = full
        values["family_name"] = ""
    order = values.pop("order_code", None)
    position = values.pop("position", None)
    if "order_code" in header_map.fields:
        if not order:
            fail("order_code", codes.MISSING_REG_CODE, "")
        elif "position" in header_map.fields and not position:
            fail("position", codes.MISSING_POSITION, "", order=str(order))
        else:
            values["reg_code"] = f"{order}-{position}" if position else str(order)
    elif not values.get("reg_code"):
        fail("reg_code", codes.MISSING_REG_CODE, "")
    if not values.get("given_name") and not values.get("family_name"):
        name_field = next(
            f for f in ("given_name", "family_name", "full_name") if f in header_map.fields
        )
        fail(name_field, codes.MISSING_NAME, "")
    return values, problems
