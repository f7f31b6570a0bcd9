"""What one attendee is findable by: the search keys made from their record.

- **name keys** — each word of the given and family names (as registered and in Latin),
  folded (:func:`~wufops.attendees.folding.fold`), whole and split at hyphens/apostrophes;
  the same words in Latin letters (``anyascii``) and in their conventional second spelling
  (Məmmədova → mammadova); Chinese, Japanese and Korean names also as written, family name
  first without a space (``王小明``). Name keys decide the *prefix* tier and are the keys the
  variant and one-edit matches compare against.
- **other keys** — organization words, country code and English country name.
- **code** — the registration code folded and without separators (``WUF13-000123`` →
  ``wuf13000123``), and its parts (``wuf13``, ``000123``).
- **variant keys** — :func:`~wufops.attendees.folding.close_key` (marked ``=``) and
  :func:`~wufops.attendees.folding.variant_key` (marked ``~``) of every Latin name key.

Keys are cached per field value: given names, family names and organizations repeat.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from wufops.attendees.folding import (
    SEPARATORS,
    alternates,
    close_key,
    fold,
    latin_key,
    variant_key,
)
from wufops.models.attendee import Attendee

__all__ = [
    "Terms",
    "code_key",
    "code_keys",
    "country_name",
    "family_first",
    "field_keys",
    "name_fields",
    "other_keys",
    "terms_of",
    "written_name",
]

#: variant keys shorter than this say too little to be compared
MIN_VARIANT = 3


@dataclass(frozen=True)
class Terms:
    """One attendee's keys; ``name_fields``/``variant_fields`` hold one tuple per name field
    (the same tuple object for everyone with that name, which the index build groups by)."""

    name_fields: tuple[tuple[str, ...], ...]
    variant_fields: tuple[tuple[str, ...], ...]
    others: tuple[str, ...]
    code: str
    code_parts: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(key for field in self.name_fields for key in field))

    @property
    def variants(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(key for field in self.variant_fields for key in field))


def family_first(text: str) -> bool:
    """Chinese, Japanese and Korean names are written family name first, without a space."""
    for char in text:
        code = ord(char)
        if (
            0x4E00 <= code <= 0x9FFF  # CJK unified ideographs
            or 0x3400 <= code <= 0x4DBF
            or 0x3040 <= code <= 0x30FF  # kana
            or 0xAC00 <= code <= 0xD7AF  # Hangul syllables
            or 0x20000 <= code <= 0x2FFFF
        ):
            return True
        if char.isalpha():
            return False
    return False


def written_name(given: str, family: str) -> str:
    """The name as its own script writes it: ``李雪``, ``오현우``, ``Aysel Məmmədova``."""
    if family and family_first(family):
        return family + given
    return " ".join(p for p in (given, family) if p)


@cache
def country_name(code: str) -> str:
    """English short name of an ISO 3166-1 alpha-2 code ('' when unknown)."""
    import pycountry  # noqa: PLC0415  (its database loads on first use, not at import)

    found = pycountry.countries.get(alpha_2=code.upper())
    if found is None:
        return ""
    name: str = getattr(found, "common_name", None) or found.name
    return name


@lru_cache(maxsize=1 << 16)
def words(text: str) -> tuple[str, ...]:
    """Folded words of a field: each whitespace word without separators, then its parts."""
    out: list[str] = []
    for raw in fold(text).split():
        parts = [p for p in SEPARATORS.split(raw) if p]
        if not parts:
            continue
        out.append("".join(parts))
        if len(parts) > 1:
            out.extend(parts)
    return tuple(out)


@lru_cache(maxsize=1 << 16)
def name_keys(text: str) -> tuple[str, ...]:
    """Every name key of one name field (see the module docstring), no repeats."""
    keys = list(words(text))
    for word in tuple(keys):
        latin = latin_key(word)
        if latin:
            keys.append(latin)
    other = alternates(text)
    if other:
        for word in words(other):
            keys.append(word)
            latin = latin_key(word)
            if latin:
                keys.append(latin)
    return tuple(dict.fromkeys(keys))


@lru_cache(maxsize=1 << 16)
def other_keys(organization: str, country: str) -> tuple[str, ...]:
    """Organization words, country code and English country name words."""
    return tuple(
        dict.fromkeys((*words(organization), country.lower(), *words(country_name(country))))
    )


def close_variant(latin: str) -> str:
    """The close variant key of a Latin key, marked ``=`` (``""`` when too short)."""
    key = close_key(latin)
    return "=" + key if len(key) >= MIN_VARIANT else ""


def loose_variant(latin: str) -> str:
    """The loose variant key (skeleton) of a Latin key, marked ``~`` (``""`` when too short)."""
    key = variant_key(latin)
    return "~" + key if len(key) >= MIN_VARIANT else ""


@lru_cache(maxsize=1 << 16)
def variant_keys(keys: tuple[str, ...]) -> tuple[str, ...]:
    """The close (``=…``) and loose (``~…``) variant keys of a field's name keys."""
    found: list[str] = []
    for key in keys:
        latin = latin_key(key)
        found.append(close_variant(latin))
        found.append(loose_variant(latin))
    return tuple(dict.fromkeys(v for v in found if v))


#: ASCII characters :data:`~wufops.attendees.folding.SEPARATORS` matches, deleted in one pass
_ASCII_SEPARATORS = str.maketrans(
    "", "", "".join(c for c in map(chr, range(128)) if SEPARATORS.fullmatch(c))
)


def code_key(code: str) -> str:
    """A registration code as search compares it: folded, no separators, no spaces."""
    if code.isascii():  # the common case, without a regular expression
        key = code.lower()
        return key if key.isalnum() else key.translate(_ASCII_SEPARATORS)
    return SEPARATORS.sub("", fold(code))


def code_keys(code: str) -> tuple[str, tuple[str, ...]]:
    """A registration code as search compares it (folded, no separators: ``wuf13000123``)
    and its distinct parts between separators (``wuf13``, ``000123``)."""
    parts = SEPARATORS.split(fold(code))
    if "" in parts:
        parts = [p for p in parts if p]
    whole = "".join(parts)
    if len(parts) > 1 and len(set(parts)) != len(parts):
        parts = list(dict.fromkeys(parts))
    return whole, tuple(parts)


_NONE: tuple[str, ...] = ()

#: a name field's keys, their variant keys, and whether it is written family name first
Field = tuple[tuple[str, ...], tuple[str, ...], bool]
_EMPTY: Field = (_NONE, _NONE, False)


@lru_cache(maxsize=1 << 16)
def field_keys(text: str) -> Field:
    """What one name field is findable by (cached: names repeat across thousands)."""
    if not text:
        return _EMPTY
    keys = name_keys(text)
    return keys, variant_keys(keys), family_first(text)


def name_fields(a: Attendee) -> list[Field]:
    """The attendee's name fields; CJK names also as written (``王小明``)."""
    family = field_keys(a.family_name)
    fields = [
        field_keys(a.given_name),
        family,
        field_keys(a.latin_given),
        field_keys(a.latin_family),
    ]
    if family[2] and a.given_name:
        fields.append(field_keys(written_name(a.given_name, a.family_name)))
    return fields


def terms_of(a: Attendee) -> Terms:
    fields = name_fields(a)
    code, parts = code_keys(a.reg_code)
    return Terms(
        name_fields=tuple(f[0] for f in fields),
        variant_fields=tuple(f[1] for f in fields),
        others=other_keys(a.organization, a.country),
        code=code,
        code_parts=parts,
    )
