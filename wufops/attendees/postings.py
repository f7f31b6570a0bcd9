"""The inverted index behind search: which rows each key, prefix, variant and code finds.

Built once from every attendee's keys (:mod:`wufops.attendees.terms`), rows in display
order, and never changed afterwards (:class:`~wufops.attendees.search.AttendeeIndex` keeps
later corrections beside it until it rebuilds). Every answer is a row set
(:mod:`wufops.attendees.rowsets`), so combining words, tiers and filters is integer algebra.

- :meth:`Postings.containing` — rows with a key (name or other) that contains the word, or
  whose registration code or one of its parts starts with it.
- :meth:`Postings.starting` — rows with a *name* key that starts with the word.
- :meth:`Postings.variant` — rows with a name whose variant key equals the query's (or, for a
  skeleton of 5+ letters, starts with it).
- :meth:`Postings.one_edit` — rows with a name key one edit away from the query's Latin key.
- :meth:`Postings.code` — rows whose whole registration code is the word.

Speed: the distinct keys are few next to the rows (names repeat), so a word is looked up in
the key vocabulary (``str.find`` over the keys joined, ``bisect`` over sorted keys) and the
postings of the keys found are united. The one- and two-letter words that match most of an
event are united once, at build time; any other word's rows are kept in a small
least-recently-used memo, so typing on and backspacing cost nothing new.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterable, Sequence
from itertools import chain

from wufops.attendees import rowsets
from wufops.attendees.terms import code_keys, name_fields, other_keys
from wufops.models.attendee import Attendee

#: a key found in at least ``n // _FREQUENT`` rows keeps its row set (else its positions)
_FREQUENT = 100
#: words this short match the start of keys only (see :func:`short`)
SHORT = 2
#: one- and two-letter starts found in at least ``n // _DENSE`` rows are united at build time
_DENSE = 40
#: words whose rows the memo keeps
_MEMO = 512
#: codes per block of a code column's cumulative row sets
_BLOCK = 512
_END = chr(0x10FFFF)


class _Groups:
    """Rows by key tuple, the tuple told by its identity: everyone called Aysel shares the one
    cached ``field_keys("Aysel")`` tuple, so a row costs one dictionary step per field and a
    key one ``extend`` per distinct tuple holding it (not one step per row and key)."""

    def __init__(self) -> None:
        self.rows: dict[int, list[int]] = {}
        self.tuples: dict[int, tuple[str, ...]] = {}

    def add(self, keys: tuple[str, ...], row: int) -> None:
        if not keys:
            return
        got = self.rows.get(id(keys))
        if got is None:
            self.rows[id(keys)] = [row]
            self.tuples[id(keys)] = keys  # keeps the tuple (and so its id) alive
        else:
            got.append(row)

    def by_key(self, into: dict[str, list[int]] | None = None) -> dict[str, list[int]]:
        """Key → rows holding it (a row may be listed twice)."""
        found: dict[str, list[int]] = {} if into is None else into
        tuples = self.tuples
        for identity, rows in self.rows.items():
            for key in tuples[identity]:
                got = found.get(key)
                if got is None:
                    found[key] = list(rows)
                else:
                    got.extend(rows)
        return found


class _Union:
    """Rows gathered from several keys and code ranges, made into one set at the end: row
    sets are or-ed as they come, positions are set all in one pass (one ``n``-sized buffer
    for the lot, not one per source)."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.rows = 0
        self.scattered: list[Sequence[int]] = []
        self.size = 0

    def add_rows(self, rows: int) -> None:
        self.rows |= rows

    def add_positions(self, positions: Sequence[int]) -> None:
        if positions:
            self.scattered.append(positions)
            self.size += len(positions)

    def result(self) -> int:
        if not self.scattered:
            return self.rows
        if len(self.scattered) == 1:
            return self.rows | rowsets.of(self.scattered[0], self.n)
        return self.rows | rowsets.of(chain.from_iterable(self.scattered), self.n, self.size)


class _Keys:
    """Keys → the rows holding them: positions for most, a row set for frequent ones."""

    def __init__(self, postings: dict[str, list[int]], n: int) -> None:
        self.n = n
        self.sorted = sorted(postings)
        self.joined = "\n".join(self.sorted)
        self.offsets = array("I")
        at = 0
        for key in self.sorted:
            self.offsets.append(at)
            at += len(key) + 1
        frequent = max(2, n // _FREQUENT)
        self.rows: dict[str, int] = {}
        self.positions: dict[str, array[int]] = {}
        for key, found in postings.items():
            if len(found) >= frequent:
                self.rows[key] = rowsets.of(found, n)
            else:
                self.positions[key] = array("I", found)

    def __contains__(self, key: str) -> bool:
        return key in self.positions or key in self.rows

    def count(self, key: str) -> int:
        got = self.positions.get(key)
        return len(got) if got is not None else self.rows[key].bit_count()

    def union(self, keys: Iterable[str], into: _Union | None = None) -> int:
        """Rows holding any of ``keys`` (or, given ``into``, added to it; then 0)."""
        union = _Union(self.n) if into is None else into
        rows, positions = self.rows, self.positions
        for key in keys:
            whole = rows.get(key)
            if whole is None:
                union.add_positions(positions[key])
            else:
                union.add_rows(whole)
        return union.result() if into is None else 0

    def with_prefix(self, prefix: str) -> list[str]:
        keys = self.sorted
        return keys[bisect.bisect_left(keys, prefix) : bisect.bisect_left(keys, prefix + _END)]

    def containing(self, part: str) -> list[str]:
        keys, offsets, joined = self.sorted, self.offsets, self.joined
        found = []
        last = len(keys) - 1
        at = joined.find(part)
        while at != -1:
            index = bisect.bisect_right(offsets, at) - 1
            found.append(keys[index])
            if index >= last:
                break
            at = joined.find(part, offsets[index + 1])
        return found


class _CodeColumn:
    """One part of every registration code (the whole code, its first part, …), sorted, with
    the row sets of every ``_BLOCK`` first entries so that a prefix range costs two blocks."""

    def __init__(self, keys: list[str], rows: list[int], n: int) -> None:
        order = sorted(range(len(keys)), key=keys.__getitem__)
        self.n = n
        self.keys = [keys[i] for i in order]
        self.rows = array("I", [rows[i] for i in order])
        self.cumulative = [0]
        for start in range(0, len(order), _BLOCK):
            block = rowsets.of(self.rows[start : start + _BLOCK], n)
            self.cumulative.append(self.cumulative[-1] | block)

    def equal(self, key: str) -> list[int]:
        keys = self.keys
        lo = bisect.bisect_left(keys, key)
        hi = bisect.bisect_right(keys, key, lo)
        return list(self.rows[lo:hi])

    def starting(self, prefix: str, into: _Union) -> None:
        """Add the rows whose key starts with ``prefix``."""
        keys = self.keys
        lo = bisect.bisect_left(keys, prefix)
        hi = bisect.bisect_left(keys, prefix + _END, lo)
        if lo == hi:
            return
        first_block = -(-lo // _BLOCK)
        last_block = hi // _BLOCK
        if first_block >= last_block:
            into.add_positions(self.rows[lo:hi])
            return
        # every row is in a column once: the blocks between are a difference of two unions
        into.add_rows(self.cumulative[last_block] & ~self.cumulative[first_block])
        into.add_positions(self.rows[lo : first_block * _BLOCK])
        into.add_positions(self.rows[last_block * _BLOCK : hi])


class Postings:
    """Everything :class:`~wufops.attendees.search.AttendeeIndex` asks about its built rows."""

    def __init__(self, attendees: Sequence[Attendee]) -> None:
        """``attendees`` in display order: row ``i`` is ``attendees[i]``."""
        n = self.n = len(attendees)
        names, variants, others = _Groups(), _Groups(), _Groups()
        name_rows_of, variant_rows_of, other_rows_of = names.rows, variants.rows, others.rows
        codes: list[str] = []
        shared: dict[str, str] = {}
        # column 0: whole codes; column k: the k-th part of the codes that have one
        columns: list[tuple[list[str], list[int]]] = [(codes, list(range(n)))]
        for row, a in enumerate(attendees):
            # the common case inline (one dictionary step per field); new tuples via add()
            for keys, variant_keys, _ in name_fields(a):
                if keys:
                    got = name_rows_of.get(id(keys))
                    if got is None:
                        names.add(keys, row)
                    else:
                        got.append(row)
                if variant_keys:
                    got = variant_rows_of.get(id(variant_keys))
                    if got is None:
                        variants.add(variant_keys, row)
                    else:
                        got.append(row)
            keys = other_keys(a.organization, a.country)
            got = other_rows_of.get(id(keys))
            if got is None:
                others.add(keys, row)
            else:
                got.append(row)
            # the parts most codes share (``wuf13``) stored once
            code, parts = code_keys(a.reg_code)
            codes.append(code)
            for at, part in enumerate(parts, start=1):
                if at == len(columns):
                    columns.append(([], []))
                column = columns[at]
                column[0].append(shared.setdefault(part, part))
                column[1].append(row)
        # each step drops what it was made from: a desk builds this while starting up
        del name_rows_of, variant_rows_of, other_rows_of, codes, shared
        self._names = _Keys(names.by_key(), n)
        del names
        self._others = _Keys(others.by_key(), n)
        del others
        self._variants = _Keys(variants.by_key(), n)
        del variants
        self._columns = []
        while columns:
            column_keys, column_rows = columns.pop(0)
            self._columns.append(_CodeColumn(column_keys, column_rows, n))
            del column_keys, column_rows
        self._memo: dict[tuple[str, str], int] = {}
        self._pinned: dict[tuple[str, str], int] = {}
        self._pin_dense()

    def _pin_dense(self) -> None:
        """Unite once the one- and two-letter starts that match a large part of the event:
        each two-letter start of names, and of other keys, once; a one-letter start is the
        union of its two-letter ones. Letter by letter, so only the dense sets stay."""
        dense = max(1, self.n // _DENSE)
        names, others = _by_start(self._names), _by_start(self._others)
        for first in sorted({gram[:1] for gram in (*names, *others)}):
            first_names = first_every = 0
            grams = sorted(g for g in {*names, *others} if g[:1] == first)
            for gram in grams:
                start = self._names.union(names.get(gram, ()))
                begin = start | self._others.union(others.get(gram, ()))
                first_names |= start
                first_every |= begin
                if len(gram) == SHORT:
                    self._pin(gram, start, begin, dense)
            self._pin(first, first_names, first_every, dense)

    def _pin(self, gram: str, start: int, begin: int, dense: int) -> None:
        union = _Union(self.n)
        union.add_rows(begin)
        self._code_prefix(gram, union)
        everything = union.result()
        if everything.bit_count() >= dense:
            self._pinned["start", gram] = start
            self._pinned["begin", gram] = everything

    # -- asking ------------------------------------------------------------------------------

    def _remembered(self, kind: str, word: str) -> int | None:
        found = self._pinned.get((kind, word))
        if found is None:
            found = self._memo.get((kind, word))
        return found

    def _remember(self, kind: str, word: str, rows: int) -> int:
        memo = self._memo
        if len(memo) >= _MEMO:
            del memo[next(iter(memo))]
        memo[kind, word] = rows
        return rows

    def forget(self) -> None:
        """Drop the memo (benchmarks measure words never asked before)."""
        self._memo.clear()

    def containing(self, word: str) -> int:
        """Rows with a key holding ``word`` — or starting with it, for a word of one or two
        letters in a script that spaces its words — or a code (part) starting with it."""
        kind = "begin" if short(word) else "in"
        found = self._remembered(kind, word)
        if found is not None:
            return found
        union = _Union(self.n)
        self._code_prefix(word, union)
        others = self._others
        if kind == "begin":
            union.add_rows(self.starting(word))
            others.union(others.with_prefix(word), union)
        else:
            # names starting with the word are rows the desk asks for anyway (tier 1)
            union.add_rows(self.starting(word))
            inside = [key for key in self._names.containing(word) if not key.startswith(word)]
            self._names.union(inside, union)
            others.union(others.containing(word), union)
        return self._remember(kind, word, union.result())

    def starting(self, word: str) -> int:
        found = self._remembered("start", word)
        if found is not None:
            return found
        return self._remember("start", word, self._names.union(self._names.with_prefix(word)))

    def variant(self, skeleton: str, prefix: bool) -> int:
        kind = "variant+" if prefix else "variant"
        found = self._remembered(kind, skeleton)
        if found is not None:
            return found
        keys = self._variants
        matched = keys.with_prefix(skeleton) if prefix else [k for k in (skeleton,) if k in keys]
        return self._remember(kind, skeleton, keys.union(matched))

    def one_edit(self, latin: str, near: Iterable[str]) -> int:
        """Rows with a name key among ``near`` (the Latin keys one edit from ``latin``)."""
        found = self._remembered("edit", latin)
        if found is not None:
            return found
        names = self._names
        matched = [key for key in near if key in names]
        return self._remember("edit", latin, names.union(matched))

    def code(self, word: str) -> list[int]:
        """Rows whose whole registration code (folded, no separators) is ``word``."""
        return self._columns[0].equal(word)

    def _code_prefix(self, word: str, into: _Union) -> None:
        for column in self._columns:
            column.starting(word, into)


def _by_start(keys: _Keys) -> dict[str, list[str]]:
    """Keys by their first two letters (a one-letter key under itself)."""
    found: dict[str, list[str]] = {}
    for key in keys.sorted:
        found.setdefault(key[:SHORT], []).append(key)
    return found


def short(word: str) -> bool:
    """One or two letters of a script that spaces its words: matched at the start of keys only
    (``am`` finds Amarova, not Məmmədova). Chinese, Japanese, Korean, Thai … are written
    without spaces between words: any part of a name may be typed, so they match anywhere."""
    return len(word) <= SHORT and not any(_unspaced(ord(c)) for c in word)


def _unspaced(code: int) -> bool:
    return (
        0x0E00 <= code <= 0x0EFF  # Thai, Lao
        or 0x1000 <= code <= 0x109F  # Myanmar
        or 0x1780 <= code <= 0x17FF  # Khmer
        or 0x2E80 <= code <= 0x9FFF  # CJK radicals, kana, ideographs
        or 0xAC00 <= code <= 0xD7AF  # Hangul syllables
        or 0xF900 <= code <= 0xFAFF  # CJK compatibility ideographs
        or 0x20000 <= code <= 0x3FFFF
    )
