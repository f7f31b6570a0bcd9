"""Which column of a registration export holds which attendee field.

Headers are compared after :func:`normalize_header`: accents and case dropped, ``#`` read as
"number", everything but letters and digits removed — so ``E-mail``, ``e mail`` and ``EMAIL``
are one header, and ``Prénom`` is ``prenom``. The alias table below is the documented
contract (docs/import.md prints it); when two columns of one file match the same field, the
one whose alias comes first in the table wins and the other is reported as ignored.

The header row is the first of the first ten non-blank rows that holds every required
column, so the title lines some systems put above the table (Cvent) are skipped.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

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
            "Order code",  # pretix (one attendee per order)
            "Order #",
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

BY_FIELD: dict[str, Column] = {column.field: column for column in COLUMNS}
CANONICAL_HEADERS: tuple[str, ...] = tuple(column.header for column in COLUMNS)
NAME_FIELDS: tuple[str, ...] = ("given_name", "family_name", "full_name")
#: fields the file must have a column for (one of NAME_FIELDS stands for "a name")
REQUIRED: tuple[str, ...] = ("reg_code", "name", "country", "category")
_HEADER_SEARCH_ROWS = 10


def normalize_header(header: str) -> str:
    """``"  E-Mail Address "`` → ``"emailaddress"``; ``"Ticket #"`` → ``"ticketnumber"``."""
    text = unicodedata.normalize("NFKD", header.replace("#", " number ")).casefold()
    return "".join(ch for ch in text if ch.isalnum() and not unicodedata.combining(ch))


def _alias_index() -> dict[str, tuple[str, int]]:
    index: dict[str, tuple[str, int]] = {}
    for column in (*COLUMNS, FULL_NAME):
        for rank, alias in enumerate(column.aliases):
            key = normalize_header(alias)
            claimed = index.setdefault(key, (column.field, rank))
            if claimed[0] != column.field:
                raise AssertionError(f"alias {alias!r} claimed by {claimed[0]} and {column.field}")
    return index


ALIASES: dict[str, tuple[str, int]] = _alias_index()


@dataclass(frozen=True)
class HeaderMap:
    """Where the header row is, and which column index holds each field."""

    line: int
    headers: tuple[str, ...]
    #: field → column index; ``full_name`` only when there is neither given nor family name
    fields: dict[str, int]
    #: headers that matched no field, or lost to a better match for the same field
    ignored: tuple[str, ...]

    def header_of(self, field: str) -> str:
        return self.headers[self.fields[field]].strip()


def match_headers(headers: Sequence[str], line: int = 1) -> HeaderMap:
    """Map one header row; never raises (see :func:`missing_fields`)."""
    best: dict[str, tuple[int, int]] = {}  # field → (rank, index)
    ignored: list[str] = []
    for index, header in enumerate(headers):
        found = ALIASES.get(normalize_header(header))
        if found is None:
            if header.strip():
                ignored.append(header.strip())
            continue
        field, rank = found
        previous = best.get(field)
        if previous is None or rank < previous[0]:
            if previous is not None:
                ignored.append(headers[previous[1]].strip())
            best[field] = (rank, index)
        else:
            ignored.append(header.strip())
    fields = {field: index for field, (_, index) in best.items()}
    if "given_name" in fields or "family_name" in fields:
        full = fields.pop("full_name", None)
        if full is not None:
            ignored.append(headers[full].strip())
    return HeaderMap(line, tuple(headers), fields, tuple(ignored))


def missing_fields(header_map: HeaderMap) -> tuple[str, ...]:
    missing = []
    for need in REQUIRED:
        if need == "name":
            if not any(f in header_map.fields for f in NAME_FIELDS):
                missing.append(need)
        elif need not in header_map.fields:
            missing.append(need)
    return tuple(missing)


def locate_header(table: RawTable) -> tuple[HeaderMap, tuple[RawRecord, ...]]:
    """The header row and the data records after it; raises ``missing_column``."""
    candidates = table.records[:_HEADER_SEARCH_ROWS]
    best: HeaderMap | None = None
    for position, record in enumerate(candidates):
        header_map = match_headers(record.cells, record.line)
        if not missing_fields(header_map):
            return header_map, table.records[position + 1 :]
        if best is None or len(header_map.fields) > len(best.fields):
            best = header_map
    assert best is not None  # RawTable never holds zero records
    missing = missing_fields(best)
    raise FileError(
        MISSING_COLUMN,
        line=best.line,
        missing=tuple(_required_label(need) for need in missing),
        found=tuple(h.strip() for h in best.headers if h.strip()),
        expected=tuple(_required_label(need) for need in REQUIRED),
    )


def _required_label(need: str) -> str:
    if need == "name":
        return "Given name / Family name"
    return BY_FIELD[need].header
