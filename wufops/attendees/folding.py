"""Text → search keys: one folding for indexed text and queries alike, plus the looser keys.

Owns the rules that decide when two spellings are "the same name" to a desk agent:

- :func:`fold` — accents, case and compatibility forms dropped (NFKD, combining marks removed,
  casefold), and every Latin letter that NFKD leaves alone (ə ı ł ø đ ß æ œ þ ŋ …) replaced
  by its transliteration from `anyascii` (a maintained library, not a table kept here). Other
  scripts stay in their script, so a name typed in Cyrillic, Arabic, Chinese, Korean or
  Devanagari matches in that script; only Arabic gets its orthographic variants unified (alef
  forms → ا, ى → ي, ة → ه, Persian ی/ک, tatweel and tashkeel dropped). Indic viramas/nuktas
  and kana voicing marks are *kept*: they change the letter, not an accent on it.
- :func:`latin_key` — a word of any script in Latin letters (`anyascii`): ``александр`` →
  ``aleksandr``, ``王`` → ``wang``, ``محمد`` → ``mhmd``. Indexed beside the word itself.
- :func:`alternates` — the second Latin spelling a few letters have by convention: Azerbaijani
  passports write ə as ``a`` (Məmmədova → Mammadova; `anyascii` gives ``e``: Memmedova), German
  writes ä ö ü as ``ae oe ue``, Danish/Norwegian ø å as ``oe aa``.
- :func:`close_key` and :func:`variant_key` — two rough phonetic keys for transliteration
  variants, after a few spelling rewrites (ph→f, ks→x, ou→u, y/j→i …): the *close* key keeps
  where vowels are but not which (Mohammed, Muhammad, Mohamed → ``mahamad``); the *loose*
  skeleton drops vowels after the first letter (Aleksandr, Alexander, Oleksandr → ``alxndr``;
  but also Mahmoud → ``mhmd`` like Mohammed).
- :func:`one_edit` — every string one edit (delete, insert, substitute, swap) from a Latin key.

Everything here is pure and cached per distinct word: names repeat across thousands of people.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import cache, lru_cache

from anyascii import anyascii

__all__ = [
    "SEPARATORS",
    "alternates",
    "close_key",
    "compact",
    "fold",
    "latin_key",
    "one_edit",
    "query_words",
    "variant_key",
]

#: Arabic orthographic variants a person typing does not distinguish (same script, no
#: transliteration): alef forms, alef maqsura, teh marbuta, Persian yeh/keheh, tatweel
_ARABIC_FOLDS: dict[str, str] = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ی": "ي",
    "ک": "ك",
    "ـ": "",
}

#: combining marks that change the letter rather than decorate it: keep them
_KEPT_MARK_RANGES: tuple[tuple[int, int], ...] = (
    (0x0900, 0x0DFF),  # Indic scripts: viramas, nuktas, vowel signs
    (0x0E00, 0x0EFF),  # Thai, Lao vowel and tone marks
    (0x1000, 0x109F),  # Myanmar
    (0x3099, 0x309A),  # kana voiced / semi-voiced sound marks (か vs が)
)

#: blocks holding Latin letters that NFKD may leave alone
_LATIN_BLOCKS: tuple[tuple[int, int], ...] = (
    (0x00C0, 0x024F),  # Latin-1 Supplement letters, Latin Extended-A and -B
    (0x0250, 0x02AF),  # IPA extensions (ɛ ɔ ŋ …, used in West African names)
    (0x1D00, 0x1DBF),  # phonetic extensions
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese)
    (0x2C60, 0x2C7F),  # Latin Extended-C
    (0xA720, 0xA7FF),  # Latin Extended-D
    (0xAB30, 0xAB6F),  # Latin Extended-E
)

#: what separates the parts of one word: hyphens, apostrophes, dots, brackets …
SEPARATORS = re.compile(r"[\s\-‐‑‒–—'’ʼ`´.,/\\()\[\]{}\"“”«»:;!?&+_·・،#]+")


def _kept(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in _KEPT_MARK_RANGES)


def _latin_fold(char: str) -> str | None:
    """What a Latin letter NFKD cannot reduce to ASCII folds to (``None``: not such a letter)."""
    if not char.isalpha() or not unicodedata.name(char, "").startswith("LATIN"):
        return None
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    if base.isascii():
        return None  # NFKD already does it (é → e + accent)
    return "".join(c for c in anyascii(char).lower() if c.isalnum())


@cache
def _table() -> dict[int, str | None]:
    """``str.translate`` table: drop decorative combining marks, fold the letters above."""
    table: dict[int, str | None] = {}
    for cp in range(0x0300, min(sys.maxunicode, 0x1FFFF) + 1):
        if unicodedata.combining(chr(cp)) and not _kept(cp):
            table[cp] = None
    for cp in range(0x064B, 0x0660):  # Arabic tashkeel (some have combining class 0)
        table[cp] = None
    table[0x0670] = None  # superscript alef
    for lo, hi in _LATIN_BLOCKS:
        for cp in range(lo, hi + 1):
            folded = _latin_fold(chr(cp))
            if folded is not None:
                table[cp] = folded
    for source, target in _ARABIC_FOLDS.items():
        table[ord(source)] = target
    return table


def fold(text: str) -> str:
    """Text as search compares it: no accents, no case, one spelling per letter."""
    if text.isascii():
        return text.lower()
    table = _table()
    decomposed = unicodedata.normalize("NFKD", text).translate(table)
    folded = unicodedata.normalize("NFKD", decomposed.casefold()).translate(table)
    # recompose what is left (Hangul syllables, kana with voicing marks, Indic clusters)
    return unicodedata.normalize("NFC", folded)


def compact(folded_word: str) -> str:
    """A folded word without its separators: ``o'brien`` → ``obrien``."""
    return SEPARATORS.sub("", folded_word)


def query_words(text: str) -> tuple[str, ...]:
    """The folded words of a query, separators removed inside each word (``o'brien`` →
    ``obrien``, ``WUF-0042`` → ``wuf0042``), in typing order, empties dropped."""
    words = []
    for raw in fold(text).split():
        word = compact(raw)
        if word:
            words.append(word)
    return tuple(words)


@lru_cache(maxsize=1 << 16)
def latin_key(word: str) -> str:
    """A folded word in lower-case Latin letters and digits (``""`` when it has none)."""
    if word.isascii():
        return word if word.isalnum() else "".join(c for c in word if c.isalnum())
    return "".join(c for c in anyascii(word).lower() if c.isalnum() and c.isascii())


#: second spellings by convention (before folding); see the module docstring
_ALTERNATE_LETTERS = str.maketrans(
    {
        "ə": "a",
        "Ə": "A",
        "ä": "ae",
        "Ä": "Ae",
        "ö": "oe",
        "Ö": "Oe",
        "ü": "ue",
        "Ü": "Ue",
        "ø": "oe",
        "Ø": "Oe",
        "å": "aa",
        "Å": "Aa",
    }
)


@lru_cache(maxsize=1 << 16)
def alternates(text: str) -> str:
    """``text`` with the conventional second spellings of its letters, NFC first
    (``Məmmədova`` → ``Mammadova``, ``Müller`` → ``Mueller``); ``""`` when there are none."""
    if text.isascii():
        return ""
    composed = unicodedata.normalize("NFC", text)
    other = composed.translate(_ALTERNATE_LETTERS)
    return "" if other == composed else other


#: spelling rewrites before vowels are dropped, in this order (see docs/desk-app.md)
_REWRITES: tuple[tuple[str, str], ...] = (
    ("sch", "sh"),
    ("ph", "f"),
    ("ck", "k"),
    ("ks", "x"),
    ("q", "k"),
    ("ou", "u"),
    ("w", "v"),
    ("y", "i"),
    ("j", "i"),
    ("th", "t"),
    ("dh", "d"),
    ("kh", "h"),
    ("gh", "g"),
)
_VOWELS = frozenset("aeiou")


def _rewritten(latin: str) -> str:
    text = latin
    for old, new in _REWRITES:
        if old in text:
            text = text.replace(old, new)
    return text


@lru_cache(maxsize=1 << 16)
def close_key(latin: str) -> str:
    """A Latin key with the spelling rewrites, every run of vowels as one ``a`` and doubled
    letters once: Mohammed, Muhammad, Mohamed → ``mahamad`` (but Mahmoud → ``mahmad``).
    ``""`` for keys holding digits."""
    if not latin or not latin.isalpha():
        return ""
    out: list[str] = []
    for char in _rewritten(latin):
        letter = "a" if char in _VOWELS else char
        if not out or out[-1] != letter:
            out.append(letter)
    return "".join(out)


@lru_cache(maxsize=1 << 16)
def variant_key(latin: str) -> str:
    """The skeleton of a Latin key: rewrites, then the first letter (any vowel as ``a``) and
    the consonants after it, doubled letters once. ``""`` for keys holding digits."""
    if not latin or not latin.isalpha():
        return ""
    text = _rewritten(latin)
    first = "a" if text[0] in _VOWELS else text[0]
    out = [first]
    for char in text[1:]:
        if char in _VOWELS or char == out[-1]:
            continue
        out.append(char)
    return "".join(out)


_ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def one_edit(word: str) -> set[str]:
    """Every string one deletion, insertion, substitution or swap of neighbours away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {left + right[1:] for left, right in splits if right}
    out.update(left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1)
    out.update(left + c + right[1:] for left, right in splits if right for c in _ALPHABET)
    out.update(left + c + right for left, right in splits for c in _ALPHABET)
    out.discard(word)
    return out
