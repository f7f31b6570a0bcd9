"""What a badge says: the text of each layout field for one attendee.

The name in its own script and, for names written family first (Chinese, Japanese,
Korean), in that order; the Latin transcription (registration's Latin fields, else a
transliteration where a script spells its sounds); the language whose glyph forms the
attendee's text is set in (Japanese kanji forms); the country in words. No drawing here:
``wufops.badges.render`` lays these texts out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry
from anyascii import anyascii

from wufops.badges.fonts import SCRIPT_FONTS, script_class, script_of
from wufops.badges.layout import NAME_FIELDS
from wufops.models.attendee import Attendee


@dataclass(frozen=True)
class BadgeData:
    """One badge to print: who, the signed token for the QR code, the event's name."""

    attendee: Attendee
    token: str
    event_name: str


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """English short name of an ISO 3166-1 alpha-2 code (the code itself if unknown)."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)


_CJK = frozenset({"Hani", "Hang"})
#: scripts that are not "another script" for the Latin line
_LATIN_LIKE = frozenset({"Latn", "Zyyy", "Zinh"})
#: one character of another script than Latin; a name of Chinese, Japanese or Korean
#: characters only; a kana (these run for every badge: regular expressions, not loops)
_OTHER_SCRIPT = re.compile(script_class(set(SCRIPT_FONTS) - _LATIN_LIKE))
_ALL_CJK = re.compile(script_class(_CJK) + "+")
_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")


def _is_kana(char: str) -> bool:
    return _KANA.match(char) is not None


def badge_language(attendee: Attendee) -> str:
    """The language whose glyph forms the attendee's text is set in: ``ja`` (Japanese kanji
    forms) for an attendee from Japan or a name written with kana; ``""`` otherwise."""
    if attendee.country == "JP":
        return "ja"
    if _KANA.search(attendee.given_name) or _KANA.search(attendee.family_name):
        return "ja"
    return ""


def family_first(attendee: Attendee) -> bool:
    """Names registered in Chinese, Japanese or Korean script are written family name first."""
    parts = (attendee.given_name + attendee.family_name).replace(" ", "")
    return _ALL_CJK.fullmatch(parts) is not None


def non_latin_name(attendee: Attendee) -> bool:
    """The name has letters of a script other than Latin (Cyrillic, Arabic, Tibetan, Han…)."""
    return any(
        c.isalpha()
        for part in (attendee.given_name, attendee.family_name)
        for c in _OTHER_SCRIPT.findall(part)
    )


#: scripts whose letters spell the sounds, so a letter-by-letter transliteration (anyascii)
#: gives the name as its bearer says it: the Latin line falls back to it. Abjads (Arabic,
#: Hebrew, Thaana: no vowels, محمد → "mhmd"), Brahmic and Southeast Asian scripts (inherent
#: vowels dropped, अक्षय → "aksy"), Tibetan (spelling far from the reading, བཀྲ་ཤིས་ is
#: Tashi) and Han (reading depends on the language) would give a misleading line: for those
#: only the registration's Latin spelling is printed.
_TRANSLITERABLE = frozenset({"Latn", "Zyyy", "Zinh", "Cyrl", "Grek", "Armn", "Geor", "Hang"})
_TRANSLITERABLE |= frozenset({"Ethi", "Mong"})


def _transliterable(text: str) -> bool:
    return all(script_of(c) in _TRANSLITERABLE or _is_kana(c) for c in text if c.isalpha())


def _transliterate(text: str) -> str:
    latin = anyascii(text).replace("`", "'")
    words = latin.split()
    return " ".join(w[:1].upper() + w[1:] if w.islower() else w for w in words)


def latin_transcription(attendee: Attendee) -> str:
    """The name in Latin letters, family name in capitals (Ivan PETROV; ZHANG Haoran for a
    name written family first): the registration's Latin fields when it has them, else a
    transliteration (anyascii) of a name in a script that spells its sounds (Cyrillic,
    Greek, Armenian, Georgian, Hangul, kana, Ethiopic, Mongolian); else nothing, rather
    than a misleading guess (see ``_TRANSLITERABLE``)."""
    given, family = attendee.latin_given.strip(), attendee.latin_family.strip()
    if not (given or family):
        if not _transliterable(attendee.given_name + attendee.family_name):
            return ""
        given = _transliterate(attendee.given_name)
        family = _transliterate(attendee.family_name)
    parts = (family.upper(), given) if family_first(attendee) else (given, family.upper())
    return " ".join(p for p in parts if p)


def _cjk_full_name(a: Attendee) -> str:
    gap = "" if a.family_name and a.given_name else " "
    return f"{a.family_name}{gap}{a.given_name}".strip()


def field_text(badge: BadgeData, name: str, label: str) -> str:
    """The text of a layout field for one badge.

    For a name in Chinese, Japanese or Korean script the ``given_name`` slot (the big one)
    holds the whole name family-first (张浩然, 田中美咲, 김민준) and the ``family_name`` slot
    the Latin transcription, family name in capitals (ZHANG Haoran), for staff who cannot
    read the script.
    """
    a = badge.attendee
    if name in NAME_FIELDS and family_first(a):
        if name == "family_name":
            return latin_transcription(a)
        return _cjk_full_name(a)
    if name == "given_name":
        return a.given_name
    if name == "family_name":
        return a.family_name
    if name == "full_name":
        return a.display_name
    if name == "latin_name":
        return latin_transcription(a) if non_latin_name(a) else ""
    if name == "organization":
        return a.organization
    if name == "country":
        return f"{country_name(a.country)} · {a.country}" if a.country else ""
    if name == "country_name":
        return country_name(a.country)
    if name == "country_code":
        return a.country
    if name == "event_name":
        return badge.event_name
    if name == "category_label":
        return label
    if name == "reg_code":
        return a.reg_code
    return ""
