"""Cleaning one cell: text normal form, countries, categories, yes/no flags, e-mail.

Each parser returns the clean value, or ``None`` when the cell cannot be accepted (the caller
makes the coded error). The tables here are the documented vocabulary (docs/import.md).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pycountry

from db.vocabulary import CATEGORIES

#: characters that make a spreadsheet treat a cell as a formula (CSV/DDE injection)
FORMULA_TRIGGERS = "=+-@\t\r"

_WHITESPACE = re.compile(r"\s+")
#: one @, something before, a dotted domain after, no spaces: what a mail server could deliver
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")


def _guarded(value: str) -> bool:
    first = value.lstrip("'")[:1]
    return first != "" and first in FORMULA_TRIGGERS


def neutralised(value: str) -> str:
    """``=1+1`` → ``'=1+1``: how CSV export keeps a spreadsheet from running a cell.

    A value that already starts with apostrophes before a trigger gets one more, so that
    :func:`unneutralised` gives back exactly what was exported.
    """
    return "'" + value if _guarded(value) else value


def unneutralised(value: str) -> str:
    """The inverse of :func:`neutralised` (applied to CSV cells as they are read)."""
    return value[1:] if value.startswith("'") and _guarded(value) else value


#: not characters at all (XML, hence XLSX, cannot hold them)
_NONCHARACTERS = frozenset("\ufffe\uffff")


def _without_controls(text: str) -> str:
    return "".join(
        " " if unicodedata.category(ch) == "Cc" or ch in _NONCHARACTERS else ch for ch in text
    )


def clean_line(raw: str) -> str:
    """Single-line text: NFC, control characters and runs of white space to one space, stripped.

    Format characters (zero-width joiners, bidi marks) are kept: Persian and Indic names need
    them. U+FFFE/U+FFFF (noncharacters XML cannot hold) become spaces too.
    """
    if raw.isascii():
        if raw.isprintable():  # the common case, already NFC and free of controls
            return _WHITESPACE.sub(" ", raw).strip() if "  " in raw else raw.strip()
        text = raw
    else:
        text = raw if unicodedata.is_normalized("NFC", raw) else unicodedata.normalize("NFC", raw)
    if not text.isprintable():
        text = _without_controls(text)
    return _WHITESPACE.sub(" ", text).strip()


def clean_note(raw: str) -> str:
    """Multi-line text: NFC, line ends as ``\\n``, other controls to spaces, each line stripped."""
    text = unicodedata.normalize("NFC", raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_WHITESPACE.sub(" ", _without_controls(line)).strip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def fold(text: str) -> str:
    """A lookup key, no accents/case/punctuation/spaces: ``Côte d'Ivoire`` → ``cotedivoire``."""
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


# -- countries ------------------------------------------------------------------------------

#: names registration systems use that pycountry does not list, folded like every key
COUNTRY_ALIASES: dict[str, str] = {
    "uk": "GB",
    "greatbritain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northernireland": "GB",
    "usa": "US",
    "unitedstatesofamerica": "US",
    "russia": "RU",
    "southkorea": "KR",
    "republicofkorea": "KR",
    "northkorea": "KP",
    "turkey": "TR",
    "czechrepublic": "CZ",
    "holland": "NL",
    "thenetherlands": "NL",
    "ivorycoast": "CI",
    "capeverde": "CV",
    "swaziland": "SZ",
    "macedonia": "MK",
    "burma": "MM",
    "easttimor": "TL",
    "vatican": "VA",
    "holysee": "VA",
    "palestine": "PS",
    "stateofpalestine": "PS",
    "drc": "CD",
    "drcongo": "CD",
    "democraticrepublicofthecongo": "CD",
    "congokinshasa": "CD",
    "republicofthecongo": "CG",
    "congobrazzaville": "CG",
    "micronesia": "FM",
    "brunei": "BN",
    "kosovo": "XK",  # user-assigned code used by the EU, UN agencies' registration systems
    "xk": "XK",
    "xkx": "XK",
}


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for country in pycountry.countries:
        code = str(country.alpha_2)
        for attribute in ("alpha_2", "alpha_3", "name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                index.setdefault(fold(str(value)), code)
        name = str(country.name)
        if ", " in name:  # "Korea, Republic of" → "Republic of Korea"
            head, tail = name.split(", ", 1)
            index.setdefault(fold(f"{tail} {head}"), code)
    for alias, code in COUNTRY_ALIASES.items():
        index[alias] = code
    return index


@lru_cache(maxsize=4096)
def parse_country(raw: str) -> str | None:
    """ISO alpha-2, alpha-3 or English name → alpha-2 (``AZE``, ``Azerbaijan`` → ``AZ``)."""
    key = fold(raw)
    return _country_index().get(key) if key else None


def country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    return str(country.name) if country is not None else code


# -- categories -----------------------------------------------------------------------------

#: what registration systems call each category, folded; the category codes themselves too
CATEGORY_SYNONYMS: dict[str, tuple[str, ...]] = {
    "participant": (
        "Delegate",
        "Attendee",
        "Participants",
        "General",
        "General admission",
        "Regular",
        "Standard",
        "Visitor",
        "Observer",
        "Full pass",
        "Day pass",
    ),
    "speaker": ("Speakers", "Panelist", "Panellist", "Moderator", "Presenter", "Keynote"),
    "media": ("Press", "Journalist", "Media representative", "Photographer", "Camera crew"),
    "vip": (
        "VIP",
        "Head of delegation",
        "Head of state",
        "Head of government",
        "Minister",
        "High level",
        "High-level",
        "Dignitary",
    ),
    "staff": ("Organizer", "Organiser", "Secretariat", "UN staff", "Crew"),
    "volunteer": ("Volunteers",),
    "exhibitor": ("Exhibitors", "Exhibition", "Sponsor"),
    "security": ("Security staff", "Police"),
}


@lru_cache(maxsize=1)
def _category_index() -> dict[str, str]:
    index = {fold(code): code for code in CATEGORIES}
    for code, synonyms in CATEGORY_SYNONYMS.items():
        for synonym in synonyms:
            index[fold(synonym)] = code
    return index


@lru_cache(maxsize=4096)
def parse_category(raw: str) -> str | None:
    """A category code or synonym → the code (``Press`` → ``media``)."""
    key = fold(raw)
    return _category_index().get(key) if key else None


# -- yes/no flags ---------------------------------------------------------------------------

_TRUE = frozenset(
    {"yes", "y", "true", "t", "1", "x", "✓", "✔", "oui", "si", "sí", "ja", "да", "required"}
)
_FALSE = frozenset({"", "no", "n", "false", "f", "0", "non", "nein", "нет", "-", "none", "na"})


@lru_cache(maxsize=1024)
def parse_flag(raw: str) -> bool | None:
    """``yes``/``no`` in the forms spreadsheets write them; blank is no."""
    key = clean_line(raw).casefold().replace("/", "")
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    return None


def parse_sign_language(raw: str) -> str:
    """Which sign language (free text); blank or a "no" means none."""
    text = clean_line(raw)
    return "" if text.casefold().replace("/", "") in _FALSE else text


def parse_email(raw: str) -> str | None:
    """A plausible address (or blank); ``None`` when it cannot be one."""
    text = clean_line(raw)
    if not text:
        return ""
    return text if _EMAIL.match(text) else None
