"""Finding attendees as staff type: any script, no accents, any word order, best match first.

Owns :class:`AttendeeIndex` — every attendee of an event, searchable in memory — and the
ranking rules. What each attendee is found by is :mod:`wufops.attendees.terms`; how text is
folded is :mod:`wufops.attendees.folding`. A query is split into folded words; an attendee
matches when every word matches one of their keys, and is ranked by the *weakest* of its
words' matches:

``code``
    the whole query is their registration code (any case, with or without separators);
``name_start``
    every word starts one of their name keys (exact names are here too);
``contains``
    every word is inside one of their keys (name, organization, country) — a word of one
    or two letters in a script that spaces its words: starts one — or starts their
    registration code or one of its parts;
``variant``
    a word of 5+ letters matches only a close transliteration variant of a name
    (Mohammed ↔ Muhammad ↔ Mohamed: the same letters but for which vowels);
``typo``
    a word of 5+ letters matches only a name one edit away (Kowlaski → Kowalski);
``similar``
    a word of 5+ letters matches only a name with the same consonants (Aleksandr ↔
    Alexander ↔ Александр, Filip ↔ Philippe, Mohammed ↔ محمد; also Mahmoud).

Within a tier, display order (Latin family name, given name, code). Filters: category,
country, accessibility need, checked-in state. ``benchmarks/bench_search.py`` measures it.

Built once from the store (:meth:`AttendeeIndex.build`; with ``background=True`` its word
postings, most of the build, are made on a thread of their own and the first search waits
for them: the desk shows its window and decides scans meanwhile), then kept current row by row
(:meth:`~AttendeeIndex.upsert`, :meth:`~AttendeeIndex.remove`,
:meth:`~AttendeeIndex.set_checked_in`): rows changed since the build are matched one by one
beside the built index and merged into place; after many changes the index rebuilds itself.
"""

from __future__ import annotations

import bisect
import gc
import sqlite3
import threading
from collections.abc import Iterable
from concurrent.futures import Future
from dataclasses import dataclass
from functools import lru_cache

from wufops.attendees import rowsets
from wufops.attendees.folding import SEPARATORS, fold, latin_key, one_edit, query_words
from wufops.attendees.postings import Postings, short
from wufops.attendees.terms import (
    Terms,
    close_variant,
    code_key,
    country_name,
    loose_variant,
    terms_of,
    written_name,
)
from wufops.models.attendee import ACCESS_NEEDS, Attendee
from wufops.store import attendees as store

__all__ = [
    "FUZZY_MIN",
    "TIERS",
    "AttendeeIndex",
    "SearchFilters",
    "country_name",
    "fold",
    "query_words",
    "written_name",
]

#: the ranking tiers, best first (see the module docstring)
TIERS: tuple[str, ...] = ("code", "name_start", "contains", "variant", "typo", "similar")
#: words shorter than this (folded letters) match only exactly, never by variant or typo
FUZZY_MIN = 5
#: a loose variant skeleton this long may also match the start of a longer one (typing on)
_VARIANT_PREFIX = 5


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

SortKey = tuple[str, str, str, str]


@lru_cache(maxsize=1 << 16)
def _sortable(name: str) -> str:
    # leading apostrophes and hyphens ('t Hart, -) do not decide where a name sorts
    return SEPARATORS.sub("", fold(name))


def _sort_key(a: Attendee) -> SortKey:
    """Display order: Latin family name (or the only name a person has), then given name."""
    given = a.latin_given or a.given_name
    family = a.latin_family or a.family_name or given
    return (_sortable(family), _sortable(given), a.reg_code, a.id)


@dataclass(frozen=True)
class _Word:
    """One query word and the looser forms its fuzzy tiers compare."""

    text: str
    latin: str
    close: str  # "=…" close variant key, "" when the word is too short to have one
    loose: str  # "~…" loose variant key (skeleton), or ""
    near: frozenset[str]  # Latin keys one edit away (empty when too short)

    @classmethod
    def of(cls, word: str) -> _Word:
        if len(word) < FUZZY_MIN:
            return cls(word, "", "", "", frozenset())
        latin = latin_key(word)
        return cls(
            word,
            latin,
            close_variant(latin),
            loose_variant(latin),
            frozenset(one_edit(latin)) if len(latin) >= FUZZY_MIN else frozenset(),
        )

    @property
    def loose_prefix(self) -> bool:
        """Is the skeleton long enough to also match the start of longer ones?"""
        return len(self.loose) > _VARIANT_PREFIX


@dataclass(frozen=True)
class _Changed:
    """An attendee added or corrected since the build, matched on its own."""

    attendee: Attendee
    key: SortKey
    #: how many built rows sort before it
    after: int
    names: str  # " key key …" of the name keys
    every: str  # " key key …" of every key
    terms: Terms

    @classmethod
    def of(cls, attendee: Attendee, built: list[Attendee]) -> _Changed:
        key = _sort_key(attendee)
        terms = terms_of(attendee)
        names = " " + " ".join(terms.names)
        return cls(
            attendee,
            key,
            bisect.bisect_left(built, key, key=_sort_key),
            names,
            names + " " + " ".join(terms.others),
            terms,
        )

    def tier(self, words: list[_Word]) -> int | None:
        worst = 1
        for word in words:
            text = word.text
            if " " + text in self.names:
                continue
            inside = (" " + text in self.every) if short(text) else (text in self.every)
            codes = (self.terms.code, *self.terms.code_parts)
            if inside or any(code.startswith(text) for code in codes):
                worst = max(worst, 2)
            elif word.close and word.close in self.terms.variants:
                worst = max(worst, 3)
            elif word.near and not word.near.isdisjoint(self.terms.names):
                worst = max(worst, 4)
            elif word.loose and any(
                v == word.loose or (word.loose_prefix and v.startswith(word.loose))
                for v in self.terms.variants
            ):
                worst = 5
            else:
                return None
        return worst


def _passes(a: Attendee, filters: SearchFilters, checked_in: bool) -> bool:
    if filters.checked_in is not None and checked_in != filters.checked_in:
        return False
    if filters.category is not None and a.category != filters.category:
        return False
    if filters.country is not None and a.country != filters.country:
        return False
    if filters.need is not None:
        needs = a.access_needs
        if not needs or (filters.need != "any" and filters.need not in needs):
            return False
    return True


class AttendeeIndex:
    """Every attendee of an event, searchable in memory. Not thread-safe: one owner thread."""

    def __init__(self) -> None:
        self._by_id: dict[str, Attendee] = {}
        self._checked_in: set[str] = set()
        # the built rows, in display order; a removed or corrected row leaves ``_live``
        self._made_postings = Postings([])
        self._pending_postings: _PostingsBuild | None = None  # not made yet
        self._ids: list[str] = []
        self._built: list[Attendee] = []  # as they were at the build
        self._row_of: dict[str, int] | None = None  # made on first use
        self._live = 0
        self._filters: dict[tuple[str, str], int] = {}  # made on first use
        self._checked = 0
        # rows added or corrected since the build
        self._changed: dict[str, _Changed] = {}

    # -- building ----------------------------------------------------------------------------

    @classmethod
    def build(
        cls,
        attendees: Iterable[Attendee],
        checked_in: Iterable[str] = (),
        *,
        background: bool = False,
    ) -> AttendeeIndex:
        """The index of ``attendees``. ``background``: the word postings (most of the
        work) are left to :meth:`start_postings`, which makes them on a thread; the first
        search or code lookup waits for them (or makes them, if they were never started).
        Everything else — ``get``, ``in``, the checked-in state, changes — works at once."""
        collecting = gc.isenabled()
        gc.disable()  # the build allocates ~10 containers per attendee and frees none
        try:
            index = cls()
            people = list(attendees)
            keys = [_sort_key(a) for a in people]
            order = sorted(range(len(people)), key=keys.__getitem__)
            ordered = [people[i] for i in order]
            index._by_id = {a.id: a for a in ordered}
            index._built = ordered
            # fresh copies, laid out in memory in display order: handing 100,000 of them out
            # touches each one, and neighbours in memory are several times faster to touch
            index._ids = [(a.id + " ")[:-1] for a in ordered]
            if background:
                index._pending_postings = _PostingsBuild(ordered)
            else:
                index._made_postings = Postings(ordered)
            index._live = rowsets.full(len(ordered))
            index.replace_checked_in(checked_in)
        finally:
            if collecting:
                gc.enable()
        return index

    @classmethod
    def from_store(
        cls, conn: sqlite3.Connection, event_id: str | None = None, *, background: bool = False
    ) -> AttendeeIndex:
        """Build from the database: every attendee and the derived checked-in set (the rows
        are read here, on the caller's connection; ``background`` as in :meth:`build`)."""
        return cls.build(
            store.load_all(conn, event_id), store.checked_in_ids(conn), background=background
        )

    def start_postings(self) -> None:
        """After a ``background`` build: start making the word postings on a thread (the
        desk calls it once its window is shown). Otherwise nothing to do."""
        if self._pending_postings is not None:
            self._pending_postings.start()

    @property
    def _postings(self) -> Postings:
        """The word postings; the first use after a background build waits for them."""
        pending = self._pending_postings
        if pending is not None:
            self._made_postings = pending.result()
            self._pending_postings = None
        return self._made_postings

    def reload(self, attendees: Iterable[Attendee], checked_in: Iterable[str]) -> None:
        """Replace everything in place (after a bulk change such as a large sync pull):
        holders of this index keep their reference."""
        fresh = AttendeeIndex.build(attendees, checked_in)
        self.__dict__.update(fresh.__dict__)

    @property
    def _row(self) -> dict[str, int]:
        """Built row of every attendee still as built (made on first use)."""
        if self._row_of is None:
            self._row_of = {a.id: row for row, a in enumerate(self._built)}
            for attendee_id in self._changed:
                self._row_of.pop(attendee_id, None)
            for attendee_id in self._row_of.keys() - self._by_id.keys():
                del self._row_of[attendee_id]
        return self._row_of

    def replace_checked_in(self, checked_in: Iterable[str]) -> None:
        """Set the whole checked-in set at once (one query instead of one per attendee)."""
        self._checked_in = set(checked_in) & self._by_id.keys()
        n = len(self._ids)
        if not self._checked_in:
            self._checked = 0
        elif len(self._checked_in) * 4 < n:
            row = self._row
            self._checked = rowsets.of((row[i] for i in self._checked_in if i in row), n)
        else:  # most of the event: one pass over the built rows beats a dictionary
            checked = self._checked_in
            self._checked = rowsets.of((i for i, a in enumerate(self._built) if a.id in checked), n)
            self._checked &= self._live

    def upsert(self, attendee: Attendee) -> None:
        """Add an attendee or replace its indexed text after a correction."""
        self.remove(attendee.id)
        self._by_id[attendee.id] = attendee
        self._changed[attendee.id] = _Changed.of(attendee, self._built)
        if len(self._changed) > max(256, len(self._ids) // 32):
            self.reload(self._by_id.values(), self._checked_in)

    def remove(self, attendee_id: str) -> None:
        if attendee_id not in self._by_id:
            return
        row = self._row.pop(attendee_id, None)
        if row is not None:
            self._live &= ~rowsets.one(row, len(self._ids))
        del self._by_id[attendee_id]
        self._changed.pop(attendee_id, None)

    def set_checked_in(self, attendee_id: str, checked_in: bool) -> None:
        if checked_in:
            self._checked_in.add(attendee_id)
        else:
            self._checked_in.discard(attendee_id)
        row = self._row.get(attendee_id)
        if row is not None:
            bit = rowsets.one(row, len(self._ids))
            self._checked = self._checked | bit if checked_in else self._checked & ~bit

    # -- reading -----------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._by_id)

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

    def find_code(self, text: str) -> str | None:
        """The attendee whose registration code ``text`` is — in any case, with or without
        its separators (``wuf13 000123`` finds ``WUF13-000123``) — or ``None`` when no one
        (or more than one person) has it. For a scan field given a code instead of a badge."""
        key = code_key(text)
        if not key:
            return None
        found = [self._ids[row] for row in self._postings.code(key) if self._ids[row] in self._row]
        found.extend(c.attendee.id for c in self._changed.values() if c.terms.code == key)
        return found[0] if len(found) == 1 else None

    def search(self, query: str, filters: SearchFilters = NO_FILTERS) -> list[str]:
        """Ids of matching attendees, best first (see the module docstring)."""
        groups = self.search_by_tier(query, filters)
        if len(groups) == 1:
            return groups[0][1]
        out: list[str] = []
        for _tier, ids in groups:
            out.extend(ids)
        return out

    def search_by_tier(
        self, query: str, filters: SearchFilters = NO_FILTERS
    ) -> list[tuple[str, list[str]]]:
        """What :meth:`search` finds, as ``(tier, ids)`` for each tier that found someone,
        best tier first; tiers are named in :data:`TIERS` (``"all"`` for an empty query)."""
        n = len(self._ids)
        base = self._base(filters)
        words = [_Word.of(w) for w in query_words(query)]
        changed_tiers: dict[str, int] = {}
        if not words:
            tiers = [("all", base)]
            changed_tiers = {c.attendee.id: 0 for c in self._changed_passing(filters)}
        else:
            tiers = list(zip(TIERS, self._tiers(words, base), strict=True))
            code = "".join(w.text for w in words)
            for c in self._changed_passing(filters):
                tier = 0 if c.terms.code == code else c.tier(words)
                if tier is not None:
                    changed_tiers[c.attendee.id] = tier
        out: list[tuple[str, list[str]]] = []
        for tier, (name, rows) in enumerate(tiers):
            ids = rowsets.select(rows, n, self._ids)
            extra = sorted(
                (self._changed[i] for i, t in changed_tiers.items() if t == tier),
                key=lambda c: c.key,
            )
            for offset, changed in enumerate(extra):
                at = rowsets.count_before(rows, changed.after, n) + offset
                ids.insert(at, changed.attendee.id)
            if ids:
                out.append((name, ids))
        return out

    def _tiers(self, words: list[_Word], base: int) -> list[int]:
        """Row sets of the tiers (see the module docstring), each without the ones before."""
        postings = self._postings
        n = len(self._ids)
        exact = 0
        code = "".join(w.text for w in words)
        for row in postings.code(code):
            exact |= rowsets.one(row, n)
        exact &= base
        starting = containing = close = near = loose = base & ~exact
        for word in words:
            inside = postings.containing(word.text)
            starting &= postings.starting(word.text)
            containing &= inside
            if word.close:
                inside = inside | postings.variant(word.close, prefix=False)
            close &= inside
            if word.near:
                inside = inside | postings.one_edit(word.latin, word.near)
            near &= inside
            if word.loose:
                inside = inside | postings.variant(word.loose, prefix=word.loose_prefix)
            loose &= inside
        return [
            exact,
            starting,
            containing & ~starting,
            close & ~containing,
            near & ~close,
            loose & ~near,
        ]

    def _base(self, filters: SearchFilters) -> int:
        rows = self._live
        if filters.checked_in is True:
            rows &= self._checked
        elif filters.checked_in is False:
            rows &= ~self._checked
        if filters.category is not None:
            rows &= self._filter("category", filters.category)
        if filters.country is not None:
            rows &= self._filter("country", filters.country)
        if filters.need is not None:
            rows &= self._filter("need", filters.need)
        return rows

    def _filter(self, kind: str, value: str) -> int:
        """Built rows of one category, country or need (made on first use)."""
        found = self._filters.get((kind, value))
        if found is None:
            built = self._built
            if kind == "category":
                rows = (i for i, a in enumerate(built) if a.category == value)
            elif kind == "country":
                rows = (i for i, a in enumerate(built) if a.country == value)
            elif value == "any":
                rows = (i for i, a in enumerate(built) if a.access_needs)
            else:
                rows = (i for i, a in enumerate(built) if value in a.access_needs)
            found = self._filters[kind, value] = rowsets.of(rows, len(built))
        return found

    def _changed_passing(self, filters: SearchFilters) -> list[_Changed]:
        return [
            c
            for c in self._changed.values()
            if _passes(c.attendee, filters, c.attendee.id in self._checked_in)
        ]


class _PostingsBuild:
    """``Postings(ordered)``, made on a daemon thread once started, or by :meth:`result` if
    it is asked for first. ``ordered`` and its attendees are never changed (a rebuild makes
    new ones), so the thread reads them without a lock."""

    def __init__(self, ordered: list[Attendee]) -> None:
        self._ordered = ordered
        self._future: Future[Postings] | None = None

    def start(self) -> None:
        if self._future is not None:
            return
        future = self._future = Future()

        def work() -> None:
            try:
                future.set_result(_made(self._ordered))
            except BaseException as error:  # handed to the first search, which raises it
                future.set_exception(error)

        threading.Thread(target=work, name="attendee-postings", daemon=True).start()

    def result(self) -> Postings:
        if self._future is None:
            return _made(self._ordered)
        return self._future.result()


def _made(ordered: list[Attendee]) -> Postings:
    collecting = gc.isenabled()
    gc.disable()  # ~10 containers per attendee, none freed: nothing for the collector
    try:
        return Postings(ordered)
    finally:
        if collecting:
            gc.enable()
