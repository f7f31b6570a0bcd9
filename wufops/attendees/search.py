"""Finding attendees as staff type: accent- and case-insensitive, in any script, in memory.

Owns two things:

- :func:`fold` — the one normalisation applied to indexed text and to queries alike:
  NFKD, drop combining marks (accents, Arabic tashkeel, Hebrew points), casefold, plus the
  folds NFKD does not do (Azerbaijani ə→a, ı→i, ø→o, ł→l, đ→d, ß→ss, æ→ae, œ→oe, þ→th;
  Arabic alef forms → ا, ى→ي, ة→ه, tatweel dropped, Persian ی/ک unified; Cyrillic ё→е).
  Indic viramas/nuktas and kana voicing marks are *kept*: they change the letter, not an
  accent on it. Chinese, Japanese, Korean and Arabic names match in their own script.
- :class:`AttendeeIndex` — every attendee's folded words (names in their script and in Latin,
  organization, country code and English country name, registration code), kept in display
  order. A query matches when every query word is a substring of some indexed text (any
  order); results rank attendees whose *name words start with* every query word first, then
  the other matches, each group in display order (family name, given name). Filters:
  category, country, accessibility need, checked-in state. Built once from the store, then
  updated row by row (:meth:`AttendeeIndex.upsert`, :meth:`AttendeeIndex.set_checked_in`).

Speed (design.md §7: p99 ≤ 15 ms over 40,000 names) comes from a linear scan of short
pre-folded strings with ``str.__contains__`` and, while typing, from narrowing the previous
query's matches when the new query only extends it. ``benchmarks/bench_search.py`` measures it.
"""

from __future__ import annotations

import bisect
import re
import sqlite3
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import itemgetter

from wufops.models.attendee import ACCESS_NEEDS, Attendee
from wufops.store import attendees as store

__all__ = [
    "AttendeeIndex",
    "SearchFilters",
    "country_name",
    "fold",
    "query_words",
    "written_name",
]

#: letters NFKD leaves alone but a person typing on a Latin keyboard does not distinguish
_LETTER_FOLDS: dict[str, str] = {
    "ə": "a",
    "Ə": "a",
    "ı": "i",
    "ø": "o",
    "Ø": "o",
    "ł": "l",
    "Ł": "l",
    "đ": "d",
    "Đ": "d",
    "ð": "d",
    "Ð": "d",
    "ß": "ss",
    "ẞ": "ss",
    "æ": "ae",
    "Æ": "ae",
    "œ": "oe",
    "Œ": "oe",
    "þ": "th",
    "Þ": "th",
    "ħ": "h",
    "ŧ": "t",
    # Cyrillic (NFKD already splits ё into е + diaeresis; kept explicit for clarity)
    "ё": "е",
    "Ё": "е",
    # Arabic: alef forms, alef maqsura, teh marbuta, Persian yeh/keheh, tatweel
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

_SEPARATORS = re.compile(r"[\s\-‐‑‒–—'’`´.,/\\()\[\]{}\"“”«»:;!?&+_·・،]+")


def _kept(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in _KEPT_MARK_RANGES)


@cache
def _table() -> dict[int, str | None]:
    """``str.translate`` table: drop decorative combining marks, apply the letter folds."""
    table: dict[int, str | None] = {}
    for cp in range(0x0300, min(sys.maxunicode, 0x1FFFF) + 1):
        if unicodedata.combining(chr(cp)) and not _kept(cp):
            table[cp] = None
    for cp in range(0x064B, 0x0660):  # Arabic tashkeel (some have combining class 0)
        table[cp] = None
    table[0x0670] = None  # superscript alef
    for source, target in _LETTER_FOLDS.items():
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


def query_words(text: str) -> tuple[str, ...]:
    """The folded words of a query, separators removed inside each word (``o'brien`` →
    ``obrien``, ``WUF-0042`` → ``wuf0042``), in typing order, empties dropped."""
    words = []
    for raw in fold(text).split():
        compact = _SEPARATORS.sub("", raw)
        if compact:
            words.append(compact)
    return tuple(words)


@lru_cache(maxsize=1 << 16)
def _tokens(text: str) -> tuple[str, ...]:
    """Indexed forms of a field: each whitespace word compacted, plus its parts.

    Cached: given names, family names and organizations repeat across thousands of people."""
    out: list[str] = []
    for raw in fold(text).split():
        parts = [p for p in _SEPARATORS.split(raw) if p]
        if not parts:
            continue
        compact = "".join(parts)
        out.append(compact)
        if len(parts) > 1:
            out.extend(parts)
    return tuple(out)


def _family_first(text: str) -> bool:
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
    if family and _family_first(family):
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


@dataclass(frozen=True)
class SearchFilters:
    """Narrowing beside the text query; ``None`` means "any"."""

    category: str | None = None
    country: str | None = None
    #: one of ``ACCESS_NEEDS``, or ``"any"`` for attendees who declared at least one need
    need: str | None = None
    checked_in: bool | None = None

    @property
    def active(self) -> bool:
        return any(v is not None for v in (self.category, self.country, self.need))

    def __post_init__(self) -> None:
        if self.need is not None and self.need != "any" and self.need not in ACCESS_NEEDS:
            raise ValueError(f"unknown accessibility need {self.need!r}")


NO_FILTERS = SearchFilters()


def _sort_key(a: Attendee) -> tuple[str, str, str]:
    """Display order: Latin family name (or the only name a person has), then given name."""
    given = a.latin_given or a.given_name
    family = a.latin_family or a.family_name or given
    # leading apostrophes and hyphens ('t Hart, -) do not decide where a name sorts
    return (_SEPARATORS.sub("", fold(family)), _SEPARATORS.sub("", fold(given)), a.reg_code)


def _haystacks(a: Attendee) -> tuple[str, str]:
    """(name words, every word) as one string each, every word preceded by a space."""
    names: list[str] = []
    for field in (a.given_name, a.family_name, a.latin_given, a.latin_family):
        names.extend(_tokens(field))
    if a.given_name and _family_first(a.family_name):
        names.extend(_tokens(written_name(a.given_name, a.family_name)))  # 王小明 as written
    other = (
        *_tokens(a.organization),
        *_tokens(a.reg_code),
        a.country.lower(),
        *_tokens(country_name(a.country)),
    )
    name_hay = " " + " ".join(dict.fromkeys(names))
    return name_hay, name_hay + " " + " ".join(other)


#: after this many hits a row-by-row scan beats finding each one in the joined text
_FEW_HITS = 1500
#: words this short match many rows: scanning row by row beats finding hits one by one
_SHORT = 2


@dataclass(frozen=True)
class _Joined:
    text: str  # every row's words, rows separated by "\n" (never inside a query word)
    offsets: list[int]  # where each row starts in ``text``
    names: str  # every row's name words, same separator
    name_offsets: list[int]


def _offsets(rows: list[str]) -> list[int]:
    offsets = []
    at = 0
    for row in rows:
        offsets.append(at)
        at += len(row) + 1
    return offsets


def _scan(text: str, offsets: list[int], rows: list[str], needle: str) -> list[int]:
    """Positions of the ``rows`` containing ``needle``; ``text`` is ``"\n".join(rows)``.

    Finds the needle in the joined text (C speed) and maps each hit to its row; once hits are
    many, one ``in`` per remaining row is cheaper than one ``find`` per hit."""
    found: list[int] = []
    last = len(offsets) - 1
    start = text.find(needle)
    while start != -1:
        row = bisect.bisect_right(offsets, start) - 1
        found.append(row)
        if row >= last:
            break
        if len(found) > _FEW_HITS:
            found.extend([i for i in range(row + 1, last + 1) if needle in rows[i]])
            break
        start = text.find(needle, offsets[row + 1])
    return found


class AttendeeIndex:
    """Every attendee of an event, searchable in memory. Not thread-safe: one owner thread."""

    def __init__(self) -> None:
        self._by_id: dict[str, Attendee] = {}
        self._checked_in: set[str] = set()
        # parallel lists in display order
        self._keys: list[tuple[str, str, str, str]] = []
        self._ids: list[str] = []
        self._names: list[str] = []
        self._hays: list[str] = []
        self._last: tuple[SearchFilters, tuple[str, ...], list[int]] | None = None
        self._joined: _Joined | None = None

    # -- building ----------------------------------------------------------------------------

    @classmethod
    def build(cls, attendees: Iterable[Attendee], checked_in: Iterable[str] = ()) -> AttendeeIndex:
        index = cls()
        ordered = sorted(((*_sort_key(a), a.id), a) for a in attendees)
        index._by_id = {a.id: a for _, a in ordered}
        index._keys = [key for key, _ in ordered]
        index._ids = [a.id for _, a in ordered]
        # built in display order, so a scan walks memory in order (measurably faster)
        texts = [_haystacks(a) for _, a in ordered]
        index._names = [names for names, _ in texts]
        index._hays = [hay for _, hay in texts]
        index._checked_in = set(checked_in) & index._by_id.keys()
        return index

    @classmethod
    def from_store(cls, conn: sqlite3.Connection, event_id: str | None = None) -> AttendeeIndex:
        """Build from the database: every attendee and the derived checked-in set."""
        return cls.build(store.load_all(conn, event_id), store.checked_in_ids(conn))

    def reload(self, attendees: Iterable[Attendee], checked_in: Iterable[str]) -> None:
        """Replace everything in place (after a bulk change such as a large sync pull):
        holders of this index keep their reference."""
        fresh = AttendeeIndex.build(attendees, checked_in)
        self.__dict__.update(fresh.__dict__)

    def replace_checked_in(self, checked_in: Iterable[str]) -> None:
        """Set the whole checked-in set at once (one query instead of one per attendee)."""
        self._checked_in = set(checked_in) & self._by_id.keys()
        self._last = None

    def upsert(self, attendee: Attendee) -> None:
        """Add an attendee or replace its indexed text after a correction."""
        self.remove(attendee.id)
        key = (*_sort_key(attendee), attendee.id)
        at = bisect.bisect_left(self._keys, key)
        names, hay = _haystacks(attendee)
        self._keys.insert(at, key)
        self._ids.insert(at, attendee.id)
        self._names.insert(at, names)
        self._hays.insert(at, hay)
        self._by_id[attendee.id] = attendee
        self._last = None
        self._joined = None

    def remove(self, attendee_id: str) -> None:
        old = self._by_id.pop(attendee_id, None)
        if old is None:
            return
        at = bisect.bisect_left(self._keys, (*_sort_key(old), old.id))
        for column in (self._keys, self._ids, self._names, self._hays):
            del column[at]
        self._last = None
        self._joined = None

    def set_checked_in(self, attendee_id: str, checked_in: bool) -> None:
        if checked_in:
            self._checked_in.add(attendee_id)
        else:
            self._checked_in.discard(attendee_id)
        self._last = None

    # -- reading -----------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, attendee_id: object) -> bool:
        return attendee_id in self._by_id

    def get(self, attendee_id: str) -> Attendee:
        return self._by_id[attendee_id]

    def is_checked_in(self, attendee_id: str) -> bool:
        return attendee_id in self._checked_in

    @property
    def checked_in_count(self) -> int:
        return len(self._checked_in)

    def countries(self) -> list[str]:
        """Country codes present, sorted by English name."""
        codes = {a.country for a in self._by_id.values()}
        return sorted(codes, key=lambda c: (country_name(c) or c, c))

    def search(self, query: str, filters: SearchFilters = NO_FILTERS) -> list[str]:
        """Ids of matching attendees, best first (see the module docstring)."""
        words = query_words(query)
        positions = self._candidates(words, filters)
        if not words:
            return self._ids_at(positions)
        if len(positions) * 2 < len(self._ids):  # not most rows: check just those rows
            names = self._names
            starts = [" " + w for w in words]
            if len(starts) == 1:
                first = starts[0]
                top = [i for i in positions if first in names[i]]
            else:
                top = [i for i in positions if all(s in names[i] for s in starts)]
        else:
            top = self._name_prefix_rows(words)
        if len(positions) * 2 >= len(self._ids) and (
            filters.active or filters.checked_in is not None
        ):
            allowed = set(positions)
            top = [i for i in top if i in allowed]
        if not top or len(top) == len(positions):
            return self._ids_at(positions)
        top_set = set(top)
        return self._ids_at(top) + self._ids_at([i for i in positions if i not in top_set])

    def _name_prefix_rows(self, words: tuple[str, ...]) -> list[int]:
        """Rows where every word starts a name word (a subset of the rows containing them)."""
        joined = self._joined_text()
        starts = sorted((" " + w for w in words), key=len, reverse=True)
        rows = _scan(joined.names, joined.name_offsets, self._names, starts[0])
        if len(starts) > 1:
            names = self._names
            rows = [i for i in rows if all(s in names[i] for s in starts[1:])]
        return rows

    def _ids_at(self, positions: list[int]) -> list[str]:
        if len(positions) < 2:
            return [self._ids[i] for i in positions]
        return list(itemgetter(*positions)(self._ids))

    def _joined_text(self) -> _Joined:
        """Every row's text in one string (rebuilt lazily after a row changes)."""
        if self._joined is None:
            self._joined = _Joined(
                "\n".join(self._hays),
                _offsets(self._hays),
                "\n".join(self._names),
                _offsets(self._names),
            )
        return self._joined

    def _scan_all(self, word: str) -> list[int]:
        """Positions of every row whose text contains ``word``."""
        joined = self._joined_text()
        return _scan(joined.text, joined.offsets, self._hays, word)

    def _candidates(self, words: tuple[str, ...], filters: SearchFilters) -> list[int]:
        """Positions (display order) passing the filters and containing every word."""
        last = self._last
        base: list[int] | None = None
        todo = words
        if (
            last is not None
            and last[0] == filters
            and len(words) >= len(last[1])
            and all(old in new for old, new in zip(last[1], words, strict=False))
        ):
            base = last[2]
            # a word that did not change needs no second pass
            todo = tuple(w for k, w in enumerate(words) if k >= len(last[1]) or w != last[1][k])
        if base is None:
            base = self._filtered(filters)
        hays = self._hays
        # longest words first: they cut the candidates most
        for word in sorted(todo, key=len, reverse=True):
            if base is None and len(word) <= _SHORT:
                base = [i for i, h in enumerate(hays) if word in h]  # many hits: row by row
            elif base is None:
                base = self._scan_all(word)
            else:
                base = [i for i in base if word in hays[i]]
        if base is None:
            base = list(range(len(hays)))
        self._last = (filters, words, base)
        return base

    def _filtered(self, filters: SearchFilters) -> list[int] | None:
        """Positions passing the filters, or ``None`` for "all" (no filter set)."""
        if not filters.active and filters.checked_in is None:
            return None
        by_id, ids = self._by_id, self._ids
        keep = []
        for i, attendee_id in enumerate(ids):
            if filters.checked_in is not None and (
                (attendee_id in self._checked_in) != filters.checked_in
            ):
                continue
            if filters.active:
                a = by_id[attendee_id]
                if filters.category is not None and a.category != filters.category:
                    continue
                if filters.country is not None and a.country != filters.country:
                    continue
                if filters.need is not None:
                    needs = a.access_needs
                    if not needs or (filters.need != "any" and filters.need not in needs):
                        continue
            keep.append(i)
        return keep
