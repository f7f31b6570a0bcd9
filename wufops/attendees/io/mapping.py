"""Which column of a registration export holds which attendee field.

Headers are compared after :func:`normalize_header`: accents and case dropped, ``#`` read as
"number", everything but letters and digits removed — so ``E-mail``, ``e mail`` and ``EMAIL``
are one header, and ``Prénom`` is ``prenom``. The alias table below is the documented
contract (docs/import.md prints it); when two columns of one file match the same field, the
one whose alias comes first in the table wins and the other is reported as unused.

The header is the first of the first ten non-blank rows that holds every required column,
so the title lines some systems put above the table (Cvent) are skipped. When the next line
names the columns under it (a label merged over "Given name" and "Family name", or merged
down over both rows), the two rows are read as one header: ``Attendee name: Family name``.
Every column the import does not read is named, with the reason (:class:`UnusedColumn`):
its header is unknown, another column gives the same field, or it has data but no header.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from openpyxl.utils import get_column_letter

from wufops.attendees.io.errors import MISSING_COLUMN, FileError
from wufops.attendees.io.reading import RawRecord, RawTable

Kind = Literal["code", "name", "text", "note", "country", "category", "email", "flag", "language"]


@dataclass(frozen=True)
class Column:
    """An attendee field, the header export writes for it, and the headers import accepts."""

    field: str
    header: str
    kind: Kind
    aliases: tuple[str, ...]


#: Canonical order: export writes these headers in this order; import accepts every alias.
COLUMNS: tuple[Column, ...] = (
    Column(
        "reg_code",
        "Registration code",
        "code",
        (
            "Registration code",
            "Reg code",
            "Registration ID",
            "Registration number",
            "Registration No.",
            "Confirmation number",  # Cvent
            "Ticket code",
            "Ticket number",
            "Attendee #",  # Eventbrite
            "Barcode #",
            "Barcode",
            "Participant ID",
            "ID",  # Indico
        ),
    ),
    Column(
        "given_name",
        "Given name",
        "name",
        (
            "Given name",
            "Given names",
            "First name",
            "Forename",
            "Attendee name: Given name",  # pretix
            "Attendee first name",
            "Prénom",
            "Nombre",
            "Vorname",
        ),
    ),
    Column(
        "family_name",
        "Family name",
        "name",
        (
            "Family name",
            "Last name",
            "Surname",
            "Attendee name: Family name",  # pretix
            "Attendee last name",
            "Nom de famille",
            "Nom",
            "Apellido",
            "Apellidos",
            "Nachname",
        ),
    ),
    Column(
        "latin_given",
        "Latin given name",
        "name",
        (
            "Latin given name",
            "Given name (Latin)",
            "Given name in Latin script",
            "First name (Latin)",
            "Latin first name",
            "First name in Latin",
            "Transliterated given name",
            "Transliterated first name",
            "Romanized given name",
            "Romanized first name",
            "First name (as in passport)",
        ),
    ),
    Column(
        "latin_family",
        "Latin family name",
        "name",
        (
            "Latin family name",
            "Family name (Latin)",
            "Family name in Latin script",
            "Last name (Latin)",
            "Latin last name",
            "Surname (Latin)",
            "Last name in Latin",
            "Transliterated family name",
            "Transliterated last name",
            "Romanized family name",
            "Romanized last name",
            "Last name (as in passport)",
        ),
    ),
    Column(
        "organization",
        "Organization",
        "text",
        (
            "Organization",
            "Organisation",
            "Organization name",
            "Organisation name",
            "Company",
            "Company name",  # Cvent
            "Affiliation",  # Indico
            "Institution",
            "Employer",
            "Entity",
            "Delegation",
        ),
    ),
    Column(
        "country",
        "Country",
        "country",
        (
            "Country",
            "Country code",
            "Country (ISO)",
            "Country/Region",
            "Country of residence",
            "Attendee country",
            "Nationality",
            "Country of nationality",
            "Pays",
            "País",
        ),
    ),
    Column(
        "category",
        "Category",
        "category",
        (
            "Category",
            "Attendee category",
            "Participant category",
            "Participant type",
            "Attendee type",
            "Registration type",  # Cvent
            "Registration category",
            "Accreditation category",
            "Ticket type",  # Eventbrite
            "Ticket category",
            "Product",  # pretix
            "Catégorie",
        ),
    ),
    Column(
        "email",
        "Email",
        "email",
        (
            "Attendee email",  # pretix: the attendee's, not the buyer's "Email"
            "Email",
            "E-mail",
            "Email address",  # Cvent, Indico
            "E-mail address",
            "Mail",
            "Courriel",
        ),
    ),
    Column(
        "sign_language",
        "Sign language",
        "language",
        (
            "Sign language",
            "Sign language interpretation",
            "Sign language required",
            "Sign language needed",
            "Sign language interpreter",
        ),
    ),
    Column(
        "captions",
        "Captions",
        "flag",
        (
            "Captions",
            "Captioning",
            "Real-time captioning",
            "Live captions",
            "CART",
        ),
    ),
    Column(
        "step_free",
        "Step-free access",
        "flag",
        (
            "Step-free access",
            "Step-free",
            "Step-free route",
            "Wheelchair access",
            "Wheelchair user",
            "Wheelchair",
        ),
    ),
    Column(
        "assistance",
        "Assistance",
        "flag",
        (
            "Assistance",
            "Assistance required",
            "Personal assistance",
            "Needs assistance",
            "Special assistance",
            "Accessibility assistance",
        ),
    ),
    Column("attention", "Attention", "flag", ("Attention", "Attention flag")),
    Column("attention_note", "Attention note", "note", ("Attention note", "Desk note")),
    Column("security_hold", "Security hold", "flag", ("Security hold",)),
    Column("photo_ref", "Photo reference", "text", ("Photo reference", "Photo ref", "Photo")),
)

#: a single whole-name column, used only when the file has neither given nor family names:
#: the name is kept whole as the given name (splitting names is guesswork across cultures)
FULL_NAME = Column(
    "full_name",
    "Name",
    "name",
    ("Full name", "Name", "Attendee name", "Participant name", "Nom complet"),
)
#: an order that holds several attendees (pretix: one row per order position); without a
#: registration code column, each attendee's code is ``ORDER-POSITION`` (``A1B2C-1``)
ORDER_CODE = Column(
    "order_code",
    "Order code",
    "code",
    ("Order code", "Order #", "Order number", "Order ID", "Order reference"),
)
POSITION = Column(
    "position",
    "Position ID",
    "code",
    ("Position ID", "Position", "Position number", "Position #", "Order position"),
)
#: columns the import reads but export does not write
IMPORT_ONLY: tuple[Column, ...] = (FULL_NAME, ORDER_CODE, POSITION)

BY_FIELD: dict[str, Column] = {column.field: column for column in (*COLUMNS, *IMPORT_ONLY)}
CANONICAL_HEADERS: tuple[str, ...] = tuple(column.header for column in COLUMNS)
NAME_FIELDS: tuple[str, ...] = ("given_name", "family_name", "full_name")
CODE_FIELDS: tuple[str, ...] = ("reg_code", "order_code")
#: fields the file must have a column for ("name": one of NAME_FIELDS; "code": one of
#: CODE_FIELDS)
REQUIRED: tuple[str, ...] = ("code", "name", "country", "category")
_HEADER_SEARCH_ROWS = 10
#: why a column is not used (the report names every such column)
UnusedReason = Literal["unknown_header", "duplicate", "no_header", "not_needed"]


def normalize_header(header: str) -> str:
    """``"  E-Mail Address "`` → ``"emailaddress"``; ``"Ticket #"`` → ``"ticketnumber"``."""
    text = unicodedata.normalize("NFKD", header.replace("#", " number ")).casefold()
    return "".join(ch for ch in text if ch.isalnum() and not unicodedata.combining(ch))


def _alias_index() -> dict[str, tuple[str, int]]:
    index: dict[str, tuple[str, int]] = {}
    for column in (*COLUMNS, *IMPORT_ONLY):
        for rank, alias in enumerate(column.aliases):
            key = normalize_header(alias)
            claimed = index.setdefault(key, (column.field, rank))
            if claimed[0] != column.field:
                raise AssertionError(f"alias {alias!r} claimed by {claimed[0]} and {column.field}")
    return index


ALIASES: dict[str, tuple[str, int]] = _alias_index()
#: a header matched only by its lower row of a two-row header ranks after any full match
_LOWER_ONLY = 1000


@dataclass(frozen=True)
class UnusedColumn:
    """A column of the file the import does not read, and why."""

    #: 1-based, as a spreadsheet counts
    position: int
    header: str
    reason: UnusedReason
    #: the header of the column used instead (``duplicate``)
    instead: str = ""

    @property
    def letter(self) -> str:
        return get_column_letter(self.position)

    def describe(self) -> str:
        """``"Ticket secret" (column AA)`` / ``column C (no header)``."""
        if not self.header:
            return f"column {self.letter} (no header)"
        return f'"{self.header}" (column {self.letter})'


@dataclass(frozen=True)
class HeaderMap:
    """Where the header is, and which column index holds each field."""

    line: int
    #: each column's header (a two-row header's as ``"upper: lower"``)
    headers: tuple[str, ...]
    #: field → column index; ``full_name`` only when there is neither given nor family name
    fields: dict[str, int]
    #: columns with a header that the import does not read (see :func:`unused_columns`
    #: for those without one)
    unused: tuple[UnusedColumn, ...]
    #: 1, or 2 for a header over two rows (its upper row merged over the lower's cells)
    rows: int = 1

    def header_of(self, field: str) -> str:
        return self.headers[self.fields[field]].strip()

    @property
    def ignored(self) -> tuple[str, ...]:
        """The headers of the unused columns (without positions)."""
        return tuple(c.header for c in self.unused if c.header)


def match_headers(
    headers: Sequence[str], line: int = 1, lower: Sequence[str] = (), rows: int = 1
) -> HeaderMap:
    """Map one header row (never raises: see :func:`missing_fields`). ``lower``: the cells of
    a second header row, each tried alone when ``headers[i]`` (already combined) is unknown."""
    best: dict[str, tuple[int, int]] = {}  # field → (rank, index)
    unused: dict[int, UnusedColumn] = {}
    for index, header in enumerate(headers):
        found = ALIASES.get(normalize_header(header))
        if found is None and index < len(lower) and lower[index].strip():
            alone = ALIASES.get(normalize_header(lower[index]))
            found = None if alone is None else (alone[0], alone[1] + _LOWER_ONLY)
        if found is None:
            if header.strip():
                unused[index] = UnusedColumn(index + 1, header.strip(), "unknown_header")
            continue
        field, rank = found
        previous = best.get(field)
        if previous is None or rank < previous[0]:
            if previous is not None:
                unused[previous[1]] = _duplicate(headers, previous[1], index)
            best[field] = (rank, index)
        else:
            unused[index] = _duplicate(headers, index, previous[1])
    fields = {field: index for field, (_, index) in best.items()}
    if "given_name" in fields or "family_name" in fields:
        full = fields.pop("full_name", None)
        if full is not None:
            kept = fields.get("given_name", fields.get("family_name", 0))
            unused[full] = _duplicate(headers, full, kept)
    if "reg_code" in fields:
        for field in ("order_code", "position"):
            index = fields.pop(field, -1)
            if index >= 0:
                unused[index] = _duplicate(headers, index, fields["reg_code"])
    elif "position" in fields and "order_code" not in fields:
        index = fields.pop("position")
        unused[index] = UnusedColumn(index + 1, headers[index].strip(), "not_needed")
    return HeaderMap(line, tuple(headers), fields, tuple(unused[i] for i in sorted(unused)), rows)


def _duplicate(headers: Sequence[str], index: int, instead: int) -> UnusedColumn:
    return UnusedColumn(index + 1, headers[index].strip(), "duplicate", headers[instead].strip())


def missing_fields(header_map: HeaderMap) -> tuple[str, ...]:
    missing = []
    for need in REQUIRED:
        if need == "name":
            if not any(f in header_map.fields for f in NAME_FIELDS):
                missing.append(need)
        elif need == "code":
            if not any(f in header_map.fields for f in CODE_FIELDS):
                missing.append(need)
        elif need not in header_map.fields:
            missing.append(need)
    return tuple(missing)


def combine_rows(
    upper: Sequence[str], lower: Sequence[str], merged: Sequence[tuple[int, int]] = ()
) -> tuple[str, ...]:
    """The headers of a two-row header: ``"upper: lower"`` where both rows name a column.

    A label of the upper row spans the columns of its merged range (``merged``: first and
    last column index, from 0); without merge information (CSV) it spans the blank upper
    cells to its right for as long as the lower row names them."""
    width = max(len(upper), len(lower))
    top = [upper[i].strip() if i < len(upper) else "" for i in range(width)]
    bottom = [lower[i].strip() if i < len(lower) else "" for i in range(width)]
    spanned = list(top)
    for first, last in merged:
        for i in range(first + 1, min(last, width - 1) + 1):
            if not top[i]:
                spanned[i] = top[first]
    if not merged:
        for i in range(1, width):
            if not top[i] and bottom[i] and spanned[i - 1] and bottom[i - 1]:
                spanned[i] = spanned[i - 1]
    return tuple(
        f"{spanned[i]}: {bottom[i]}" if spanned[i] and bottom[i] else spanned[i] or bottom[i]
        for i in range(width)
    )


def locate_header(table: RawTable) -> tuple[HeaderMap, tuple[RawRecord, ...]]:
    """The header (one row, or two when a second row names the columns under the first) and
    the data records after it; raises ``missing_column``."""
    candidates = table.records[:_HEADER_SEARCH_ROWS]
    best: HeaderMap | None = None
    for position, record in enumerate(candidates):
        single = match_headers(record.cells, record.line)
        double = _two_rows(table, position)
        if (
            double is not None
            and not missing_fields(double)
            and (missing_fields(single) or len(double.fields) > len(single.fields))
        ):
            return _with_blank_columns(double, table.records[position + 2 :])
        if not missing_fields(single):
            return _with_blank_columns(single, table.records[position + 1 :])
        for found in (single, double):
            if found is not None and (best is None or len(found.fields) > len(best.fields)):
                best = found
    assert best is not None  # RawTable never holds zero records
    missing = missing_fields(best)
    raise FileError(
        MISSING_COLUMN,
        line=best.line,
        missing=tuple(_required_label(need) for need in missing),
        found=tuple(h.strip() for h in best.headers if h.strip()),
        expected=tuple(_required_label(need) for need in REQUIRED),
    )


def _two_rows(table: RawTable, position: int) -> HeaderMap | None:
    """The header map of records ``position`` and ``position + 1`` read as one header, when
    they are neighbouring lines and the upper one is merged over cells or blank above them."""
    records = table.records
    if position + 1 >= len(records):
        return None
    upper, lower = records[position], records[position + 1]
    if lower.line != upper.line + 1:
        return None
    merged = [
        (first_col - 1, last_col - 1)
        for first_row, first_col, last_row, last_col in table.merges
        if first_row == upper.line and last_col > first_col
    ]
    headers = combine_rows(upper.cells, lower.cells, merged)
    return match_headers(headers, upper.line, lower.cells, rows=2)


def _with_blank_columns(
    header_map: HeaderMap, records: tuple[RawRecord, ...]
) -> tuple[HeaderMap, tuple[RawRecord, ...]]:
    """Add to the unused columns those without a header that hold data in some row."""
    width = len(header_map.headers)
    blank = [i for i, h in enumerate(header_map.headers) if not h.strip()]
    extra: set[int] = set()
    for record in records:
        cells = record.cells
        if len(cells) > width:
            extra.update(i for i in range(width, len(cells)) if cells[i].strip())
    found = {i for i in blank if any(i < len(r.cells) and r.cells[i].strip() for r in records)}
    found |= extra
    if not found:
        return header_map, records
    unused = {c.position - 1: c for c in header_map.unused}
    for index in found:
        unused[index] = UnusedColumn(index + 1, "", "no_header")
    return (
        HeaderMap(
            header_map.line,
            header_map.headers,
            header_map.fields,
            tuple(unused[i] for i in sorted(unused)),
            header_map.rows,
        ),
        records,
    )


def _required_label(need: str) -> str:
    if need == "name":
        return "Given name / Family name"
    if need == "code":
        return "Registration code / Order code"
    return BY_FIELD[need].header
