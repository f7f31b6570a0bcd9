"""Sets of index rows as Python integers, so that set algebra runs in C.

A set of rows out of ``n`` is an ``int`` whose bit ``n - 1 - i`` stands for row ``i``: written
in binary with ``n`` digits, character ``i`` is row ``i``. Union, intersection and difference
are ``|``, ``&`` and ``& ~`` over ``n / 30`` machine words; a set is built from positions by
writing ASCII ``'1'`` into a ``bytearray`` of ``'0'`` and parsing it in base 2 (both C loops);
members come back in row order through ``itertools.compress`` (dense sets) or ``str.find``
(sparse ones). No per-row Python code runs for a dense set — what lets 100,000 attendees be
searched in milliseconds without NumPy.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence, Sized
from itertools import compress, repeat
from typing import TypeVar

T = TypeVar("T")

_ONE = ord("1")
#: ``b"0"``/``b"1"`` → ``0``/``1`` for ``compress``
_FLAGS = bytes.maketrans(b"01", b"\x00\x01")
#: fewer than ``n / _PACKED`` positions are set bit by bit in a packed buffer (else written
#: as ``n`` ASCII digits: a faster loop per position, a slower one per row)
_PACKED = 40
#: below this share of ``n``, finding each member beats walking every row
_SPARSE = 24
#: with fewer runs than ``n / _RUNS``, copying slices beats walking every row
_RUNS = 40


def of(positions: Iterable[int], n: int, size: int | None = None) -> int:
    """The set holding ``positions`` (each ``0 <= p < n``); ``size``: how many there are,
    when ``positions`` cannot say (an iterator)."""
    if n == 0:
        return 0
    if size is None:
        if not isinstance(positions, Sized):
            positions = list(positions)
        size = len(positions)
    if size * _PACKED < n:
        # a few: set bits in a packed buffer (one Python step each, an n/8-byte buffer)
        packed = bytearray((n + 7) >> 3)
        for p in positions:
            packed[p >> 3] |= 0x80 >> (p & 7)
        return int.from_bytes(packed, "big") >> (-n & 7)
    # many: '1' digits written by a C loop into n ASCII digits, parsed in base 2
    digits = bytearray(b"0") * n
    deque(map(digits.__setitem__, positions, repeat(_ONE)), maxlen=0)
    return int(digits, 2)


def one(position: int, n: int) -> int:
    """The set holding just ``position``."""
    return 1 << (n - 1 - position)


def full(n: int) -> int:
    """Every row."""
    return (1 << n) - 1


def positions(rows: int, n: int) -> list[int]:
    """Members in ascending order."""
    if not rows:
        return []
    digits = format(rows, f"0{n}b")
    if rows.bit_count() * _SPARSE > n:
        return list(compress(range(n), digits.encode("ascii").translate(_FLAGS)))
    return _found(digits)


def select(rows: int, n: int, items: Sequence[T]) -> list[T]:
    """``items[i]`` for every member ``i``, in row order (``len(items) == n``)."""
    if not rows:
        return []
    members = rows.bit_count()
    if members * _SPARSE <= n:
        digits = format(rows, f"0{n}b")
        out: list[T] = []
        append, find = out.append, digits.find
        at = find("1")
        while at != -1:
            append(items[at])
            at = find("1", at + 1)
        return out
    # n + 1 digits, digit i set where row i - 1 and row i differ (rows -1 and n are not
    # members): runs of members start and stop, alternately, at the set digits
    edges = (rows << 1) ^ rows
    if edges.bit_count() * _RUNS < n:  # few long runs (most of the event): copy slices
        bounds = _found(format(edges, f"0{n + 1}b"))
        out = []
        for start, stop in zip(bounds[::2], bounds[1::2], strict=True):
            out.extend(items[start:stop])
        return out
    return list(compress(items, format(rows, f"0{n}b").encode("ascii").translate(_FLAGS)))


def count_before(rows: int, position: int, n: int) -> int:
    """How many members come before ``position``."""
    return (rows >> (n - position)).bit_count()


def _found(digits: str) -> list[int]:
    out = []
    find = digits.find
    at = find("1")
    while at != -1:
        out.append(at)
        at = find("1", at + 1)
    return out
