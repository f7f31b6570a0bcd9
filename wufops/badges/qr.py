"""QR codes for badges: the symbol is the ``qrcode`` library's; drawing it is ours.

The project has one QR encoder, the maintained ``qrcode`` library (the enrolment QR of
``wufops devices`` uses it too). A badge run draws tens of thousands of codes, and the
library takes about a millisecond per symbol, several times what a whole badge may cost. So
for badge tokens the library's work is reused, not redone:

- every badge token has the same shape: 146 characters of upper-case base32, alphanumeric
  mode, error correction level M, mask 0, hence always version 6 (41 × 41 modules);
- for a fixed shape, a QR symbol is an affine function of the data bits over GF(2): the
  Reed–Solomon check bytes are linear in the data bytes, placing codewords is a fixed
  permutation, the mask and the function patterns are constants;
- so :class:`TokenBasis` asks the library once per process for the symbol of one base token
  and for the 11 × 73 tokens that differ from it in one bit of one character pair's value,
  and a token's symbol is the base symbol XOR the bit symbols where its data differs. The
  library's own symbols are the ground truth: the tests compare both on random tokens.

Any other text (other lengths, byte mode, other levels) is encoded by the library directly.
A fixed mask: decoders read any of the eight, and badge tokens are signatures, so every mask
looks equally random and penalty scoring buys nothing.

:func:`path_ops` turns a symbol into PDF path operators (one rectangle per horizontal run of
dark modules), so the renderer fills the whole code as one vector path.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

import qrcode
from qrcode.constants import ERROR_CORRECT_H, ERROR_CORRECT_L, ERROR_CORRECT_M, ERROR_CORRECT_Q
from qrcode.exceptions import DataOverflowError
from qrcode.util import MODE_ALPHA_NUM, QRData

ErrorLevel = Literal["L", "M", "Q", "H"]
ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_ALNUM_VALUE = {c: i for i, c in enumerate(ALPHANUMERIC)}
_LEVELS = {"L": ERROR_CORRECT_L, "M": ERROR_CORRECT_M, "Q": ERROR_CORRECT_Q, "H": ERROR_CORRECT_H}
#: the shape of every badge token (``wufops.crypto.token``): 146 base32 characters
TOKEN_LENGTH = 146
TOKEN_LEVEL: ErrorLevel = "M"
TOKEN_MASK = 0


class QrError(ValueError):
    code = "qr_too_long"


def stride_of(size: int) -> int:
    """Bits per row in :attr:`QrSymbol.bits`: the rows follow each other unpadded (a
    version 6 symbol is 1,681 bits; padding rows to whole bytes would make every XOR of a
    badge token's symbol and every path of it 15 % longer)."""
    return size


@dataclass(frozen=True)
class QrSymbol:
    """A finished symbol: ``bits`` has bit ``y * stride + x`` set for each dark module."""

    version: int
    size: int
    bits: int

    @property
    def stride(self) -> int:
        return stride_of(self.size)

    def dark(self, x: int, y: int) -> bool:
        return bool(self.bits >> (y * self.stride + x) & 1)

    def rows(self) -> list[list[bool]]:
        return [[self.dark(x, y) for x in range(self.size)] for y in range(self.size)]


def library_matrix(
    text: str,
    level: ErrorLevel = "M",
    *,
    mask: int | None = 0,
    version: int | None = None,
    alphanumeric: bool = False,
) -> list[list[bool]]:
    """The symbol the ``qrcode`` library makes for ``text`` (no quiet zone), rows of modules.

    One segment, in the mode the library picks (``alphanumeric``: always alphanumeric mode,
    as for badge tokens, even one made of digits only); ``mask=None`` lets the library
    choose the mask by its penalty rules.
    """
    code = qrcode.QRCode(
        version=version, error_correction=_LEVELS[level], mask_pattern=mask, border=0
    )
    code.add_data(QRData(text, mode=MODE_ALPHA_NUM) if alphanumeric else text, optimize=0)
    try:
        code.make(fit=version is None)
    except (DataOverflowError, ValueError) as error:
        raise QrError(f"{len(text)} characters do not fit a QR code: {error}") from None
    matrix: list[list[bool]] = code.get_matrix()
    return matrix


def _bits(matrix: Sequence[Sequence[bool]]) -> int:
    stride = stride_of(len(matrix))
    bits = 0
    for y, row in enumerate(matrix):
        bits |= int("".join("1" if dark else "0" for dark in reversed(row)), 2) << (y * stride)
    return bits


class TokenBasis:
    """A badge token's symbol as the XOR of library-made symbols (see the module docstring).

    The base token is ``AB`` repeated (a token of zeros would give all-zero Reed–Solomon
    blocks, which the library does not encode). ``tables[j]`` splits the difference between
    character pair ``j``'s 11-bit value (45 × first + second) and the base pair's in a low
    half of 6 bits and a high half of 5 bits, each with the XOR of its bits' symbols, so a
    token costs two lookups and two XORs per pair.
    """

    BASE_PAIR = "AB"

    def __init__(self) -> None:
        base_text = self.BASE_PAIR * (TOKEN_LENGTH // 2)
        base = _ALNUM_VALUE[self.BASE_PAIR[0]] * 45 + _ALNUM_VALUE[self.BASE_PAIR[1]]
        first = library_matrix(base_text, TOKEN_LEVEL, mask=TOKEN_MASK, alphanumeric=True)
        self.size = len(first)
        self.version = (self.size - 17) // 4
        self.base_bits = _bits(first)
        self.base_pair = base
        self.tables: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
        for j in range(TOKEN_LENGTH // 2):
            unit = []
            for k in range(11):
                value = base ^ (1 << k)  # ≤ 2047 and, for the base AB, < 45 × 45: valid
                pair = ALPHANUMERIC[value // 45] + ALPHANUMERIC[value % 45]
                text = base_text[: 2 * j] + pair + base_text[2 * j + 2 :]
                matrix = library_matrix(
                    text, TOKEN_LEVEL, mask=TOKEN_MASK, version=self.version, alphanumeric=True
                )
                unit.append(_bits(matrix) ^ self.base_bits)
            self.tables.append((_span(unit[:6]), _span(unit[6:])))

    def encode(self, token: str) -> QrSymbol:
        bits = self.base_bits
        value = _ALNUM_VALUE
        base = self.base_pair
        for j, (low, high) in enumerate(self.tables):
            delta = (value[token[2 * j]] * 45 + value[token[2 * j + 1]]) ^ base
            bits ^= low[delta & 63] ^ high[delta >> 6]
        return QrSymbol(self.version, self.size, bits)


def _span(units: list[int]) -> tuple[int, ...]:
    """XOR of ``units[i]`` for every bit ``i`` set in the index, for each index."""
    table = [0] * (1 << len(units))
    for index in range(1, len(table)):
        low = index & -index
        table[index] = table[index ^ low] ^ units[low.bit_length() - 1]
    return tuple(table)


_BASIS_LOCK = threading.Lock()


@cache
def _basis() -> TokenBasis:
    return TokenBasis()


def token_basis() -> TokenBasis:
    """The process's token basis (≈ 0.8 s of library work the first time; desks warm it up)."""
    with _BASIS_LOCK:  # one thread builds it; the others wait for it
        return _basis()


def prepare() -> None:
    """Build what badge codes need once per process now (the token basis, ≈ 0.8 s, and the
    path tables, ≈ 0.1 s): a desk does it before its first scan."""
    basis = token_basis()
    _byte_tables(basis.size)


_TOKEN = re.compile(f"[{re.escape(ALPHANUMERIC)}]{{{TOKEN_LENGTH}}}")


def encode(text: str, level: ErrorLevel = "M", *, mask: int = 0) -> QrSymbol:
    """The QR symbol of ``text`` (the smallest version that holds it, one segment; a badge
    token always in alphanumeric mode)."""
    if not 0 <= mask <= 7:
        raise ValueError(f"mask {mask} not in 0…7")
    if level == TOKEN_LEVEL and mask == TOKEN_MASK and _TOKEN.fullmatch(text):
        return token_basis().encode(text)
    matrix = library_matrix(text, level, mask=mask)
    size = len(matrix)
    return QrSymbol((size - 17) // 4, size, _bits(matrix))


_RUN = re.compile("1+")


def module_runs(symbol: QrSymbol) -> list[tuple[int, int, int, int]]:
    """Dark modules as rectangles ``(x, y, width, height)`` in module units, y downwards.

    Horizontal runs of each row, merged with identical runs directly below.
    """
    size = symbol.size
    stride = symbol.stride
    row_mask = (1 << size) - 1
    bits = symbol.bits
    open_runs: dict[tuple[int, int], int] = {}  # (x, width) -> start row
    rects: list[tuple[int, int, int, int]] = []
    for y in range(size + 1):
        current: set[tuple[int, int]] = set()
        if y < size:
            row = format((bits >> (y * stride)) & row_mask, "b")[::-1]
            for match in _RUN.finditer(row):
                current.add((match.start(), match.end() - match.start()))
        for key in [k for k in open_runs if k not in current]:
            start = open_runs.pop(key)
            rects.append((key[0], start, key[1], y - start))
        for key in current:
            if key not in open_runs:
                open_runs[key] = y
    return rects


@cache
def _byte_tables(size: int) -> tuple[tuple[bytes, ...], ...]:
    """``tables[k][v]``: PDF ``re`` operators for the dark modules of byte ``k`` of a
    symbol's bits when its value is ``v`` (bit ``j`` is module ``8k + j`` in reading order;
    a run that crosses a byte boundary or a row's end becomes two rectangles)."""
    modules = size * size
    tables = []
    for k in range(-(-modules // 8)):
        entries = []
        for value in range(256):
            ops = []
            start = None  # first module of the run being collected
            for j in range(9):
                index = 8 * k + j
                dark = j < 8 and index < modules and bool(value >> j & 1)
                if start is not None and (not dark or index % size == 0):
                    y, x = divmod(start, size)
                    ops.append(b"%d %d %d 1 re\n" % (x, y, index - start))
                    start = None
                if dark and start is None:
                    start = index
            entries.append(b"".join(ops))
        tables.append(tuple(entries))
    return tuple(tables)


def path_ops(symbol: QrSymbol) -> bytes:
    """The dark modules as PDF path operators (``x y w h re``) in module units, y downwards.

    The caller fills them as one path, in a coordinate system scaled to the module size.
    """
    size = symbol.size
    data = symbol.bits.to_bytes(-(-size * size // 8), "little")
    return b"".join(map(tuple.__getitem__, _byte_tables(size), data))
