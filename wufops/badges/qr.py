"""A fast QR code encoder (ISO/IEC 18004, versions 1–10) for badge tokens, and its vector path.

Why our own: a batch run draws tens of thousands of codes; general encoders spend milliseconds
per symbol choosing segments and masks in pure Python. This one is specialised:

- one segment, alphanumeric (upper-case base32 tokens) or byte mode;
- Reed–Solomon remainders with one table lookup per data byte on a big-integer register;
- the symbol is one Python integer (bit ``y * size + x``): function patterns and format bits
  are precomputed per (version, error level, mask), every codeword's modules are precomputed
  per nibble value, so placing data is ~2 OR operations per codeword;
- a fixed mask (default 0): decoders read any of the eight; badge tokens are signatures, so
  every mask looks equally random and penalty scoring buys nothing.

:func:`module_runs` turns a symbol into horizontal runs of dark modules, merged vertically
where identical, so the renderer draws the whole code as one path of rectangles.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Literal

ErrorLevel = Literal["L", "M", "Q", "H"]
MAX_VERSION = 10

_ECC_PER_BLOCK = {
    "L": (-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18),
    "M": (-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26),
    "Q": (-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24),
    "H": (-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28),
}
_BLOCKS = {
    "L": (-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4),
    "M": (-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5),
    "Q": (-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8),
    "H": (-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8),
}
_FORMAT_ECL = {"L": 1, "M": 0, "Q": 3, "H": 2}
ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_ALNUM_VALUE = {c: i for i, c in enumerate(ALPHANUMERIC)}

_MASKS: tuple[Callable[[int, int], bool], ...] = (
    lambda x, y: (x + y) % 2 == 0,
    lambda x, y: y % 2 == 0,
    lambda x, y: x % 3 == 0,
    lambda x, y: (x + y) % 3 == 0,
    lambda x, y: (x // 3 + y // 2) % 2 == 0,
    lambda x, y: x * y % 2 + x * y % 3 == 0,
    lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
    lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
)


class QrError(ValueError):
    code = "qr_too_long"


def stride_of(size: int) -> int:
    """Bits per row in :attr:`QrSymbol.bits`: the size rounded up to whole bytes."""
    return -(-size // 8) * 8


@dataclass(frozen=True)
class QrSymbol:
    """A finished symbol: ``bits`` has bit ``y * stride + x`` set for each dark module
    (rows padded to whole bytes, so ``bits.to_bytes`` yields each row's bytes in turn)."""

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


# -- Galois field and Reed–Solomon ------------------------------------------------------------


def _gf_mul(x: int, y: int) -> int:
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z


@cache
def _rs_table(degree: int) -> tuple[int, ...]:
    """``table[f]`` = the remainder register update for feedback byte ``f`` (big-endian int)."""
    divisor = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            divisor[j] = _gf_mul(divisor[j], root)
            if j + 1 < degree:
                divisor[j] ^= divisor[j + 1]
        root = _gf_mul(root, 0x02)
    return tuple(
        int.from_bytes(bytes(_gf_mul(coef, f) for coef in divisor), "big") for f in range(256)
    )


def _rs_remainder(data: bytes, degree: int) -> bytes:
    table = _rs_table(degree)
    shift = 8 * (degree - 1)
    mask = (1 << (8 * degree)) - 1
    reg = 0
    for byte in data:
        reg = ((reg << 8) & mask) ^ table[byte ^ (reg >> shift)]
    return reg.to_bytes(degree, "big")


# -- capacity ---------------------------------------------------------------------------------


def _raw_modules(version: int) -> int:
    result = (16 * version + 128) * version + 64
    if version >= 2:
        align = version // 7 + 2
        result -= (25 * align - 10) * align - 55
        if version >= 7:
            result -= 36
    return result


def data_codewords(version: int, level: ErrorLevel) -> int:
    return _raw_modules(version) // 8 - _ECC_PER_BLOCK[level][version] * _BLOCKS[level][version]


def _count_bits(alnum: bool, version: int) -> int:
    if alnum:
        return 9 if version <= 9 else 11
    return 8 if version <= 9 else 16


def _segment_bits(text: str, alnum: bool, version: int) -> tuple[int, int]:
    """``(value, bit length)`` of mode + count + data."""
    if alnum:
        value, length = 0b0010, 4
        count = len(text)
        value = (value << _count_bits(True, version)) | count
        length += _count_bits(True, version)
        values = [_ALNUM_VALUE[c] for c in text]
        for i in range(0, count - 1, 2):
            value = (value << 11) | (values[i] * 45 + values[i + 1])
        length += 11 * (count // 2)
        if count % 2:
            value = (value << 6) | _ALNUM_VALUE[text[-1]]
            length += 6
        return value, length
    raw = text.encode("utf-8")
    value = (0b0100 << _count_bits(False, version)) | len(raw)
    length = 4 + _count_bits(False, version)
    value = (value << (8 * len(raw))) | int.from_bytes(raw, "big")
    return value, length + 8 * len(raw)


_ALNUM_SET = frozenset(ALPHANUMERIC)


def _codewords(text: str, level: ErrorLevel, min_version: int) -> tuple[int, bytes]:
    """The smallest version that holds ``text`` and its data codewords (padded)."""
    alnum = set(text) <= _ALNUM_SET
    size = len(text) if alnum else len(text.encode("utf-8"))
    for version in range(max(1, min_version), MAX_VERSION + 1):
        header = 4 + _count_bits(alnum, version)
        needed = header + (11 * (size // 2) + 6 * (size % 2) if alnum else 8 * size)
        capacity = data_codewords(version, level) * 8
        if size < 1 << _count_bits(alnum, version) and needed <= capacity:
            break
    else:
        raise QrError(f"{len(text)} characters do not fit a version-{MAX_VERSION} QR code")
    value, length = _segment_bits(text, alnum, version)
    terminator = min(4, capacity - length)
    value <<= terminator
    length += terminator
    pad = -length % 8
    value <<= pad
    length += pad
    data = value.to_bytes(length // 8, "big")
    filler = bytes((0xEC, 0x11)) * capacity
    return version, data + filler[: capacity // 8 - len(data)]


def _with_ecc(data: bytes, version: int, level: ErrorLevel) -> bytes:
    blocks_n = _BLOCKS[level][version]
    ecc_len = _ECC_PER_BLOCK[level][version]
    raw = _raw_modules(version) // 8
    short_n = blocks_n - raw % blocks_n
    short_len = raw // blocks_n
    blocks: list[bytes] = []
    eccs: list[bytes] = []
    k = 0
    for i in range(blocks_n):
        size = short_len - ecc_len + (0 if i < short_n else 1)
        chunk = data[k : k + size]
        k += size
        blocks.append(chunk)
        eccs.append(_rs_remainder(chunk, ecc_len))
    out = bytearray()
    short = short_len - ecc_len
    for column in zip(*(b[:short] for b in blocks), strict=True):
        out.extend(column)
    out.extend(b[short] for b in blocks if len(b) > short)
    for column in zip(*eccs, strict=True):
        out.extend(column)
    return bytes(out)


# -- the symbol template ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Template:
    size: int
    #: dark function modules (finders, timing, alignment, version info, dark module)
    function_dark: int
    #: every function module, dark or light (including reserved format areas)
    function_all: int
    #: bit index of each data module, in placement order
    order: tuple[int, ...]


def _alignment_positions(version: int) -> list[int]:
    if version == 1:
        return []
    align = version // 7 + 2
    step = (version * 8 + align * 3 + 5) // (align * 4 - 4) * 2
    size = version * 4 + 17
    result = [size - 7 - i * step for i in range(align - 1)] + [6]
    return sorted(result)


@cache
def _template(version: int) -> _Template:
    size = version * 4 + 17
    stride = stride_of(size)
    dark = 0
    every = 0

    def put(x: int, y: int, on: bool) -> None:
        nonlocal dark, every
        bit = 1 << (y * stride + x)
        every |= bit
        dark = dark | bit if on else dark & ~bit

    for i in range(size):
        put(6, i, i % 2 == 0)
        put(i, 6, i % 2 == 0)
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                x, y = cx + dx, cy + dy
                if 0 <= x < size and 0 <= y < size:
                    put(x, y, max(abs(dx), abs(dy)) not in (2, 4))
    positions = _alignment_positions(version)
    last = len(positions) - 1
    for i, ax in enumerate(positions):
        for j, ay in enumerate(positions):
            if (i, j) in ((0, 0), (0, last), (last, 0)):
                continue
            for dy in range(-2, 3):
                for dx in range(-2, 3):
                    put(ax + dx, ay + dy, max(abs(dx), abs(dy)) != 1)
    for x, y in _format_cells(size):
        put(x, y, False)
    put(8, size - 8, True)
    if version >= 7:
        rem = version
        for _ in range(12):
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
        bits = version << 12 | rem
        for i in range(18):
            on = bool(bits >> i & 1)
            a, b = size - 11 + i % 3, i // 3
            put(a, b, on)
            put(b, a, on)
    order: list[int] = []
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        upward = ((right + 1) & 2) == 0
        for vert in range(size):
            y = size - 1 - vert if upward else vert
            for j in range(2):
                index = y * stride + right - j
                if not every >> index & 1:
                    order.append(index)
        right -= 2
    return _Template(size, dark, every, tuple(order))


def _format_cells(size: int) -> list[tuple[int, int]]:
    """Cells of format bits 0…14 (first copy) then 0…14 (second copy), as (x, y)."""
    first = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)]
    first += [(14 - i, 8) for i in range(9, 15)]
    second = [(size - 1 - i, 8) for i in range(8)] + [(8, size - 15 + i) for i in range(8, 15)]
    return first + second


@cache
def _fixed(version: int, level: ErrorLevel, mask: int) -> tuple[int, int]:
    """``(function and format modules, mask over data modules)`` for one symbol kind."""
    template = _template(version)
    size = template.size
    data = _FORMAT_ECL[level] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    bits = (data << 10 | rem) ^ 0x5412
    stride = stride_of(size)
    fixed = template.function_dark
    cells = _format_cells(size)
    for i, (x, y) in enumerate(cells):
        if bits >> (i % 15) & 1:
            fixed |= 1 << (y * stride + x)
    test = _MASKS[mask]
    mask_bits = 0
    for index in template.order:
        if test(index % stride, index // stride):
            mask_bits |= 1 << index
    return fixed, mask_bits


@cache
def _nibble_tables(version: int) -> tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]:
    """Per codeword: 16 module patterns for its high nibble and 16 for its low nibble."""
    order = _template(version).order
    tables = []
    for k in range(len(order) // 8):
        cells = order[8 * k : 8 * k + 8]
        halves = []
        for half in (cells[:4], cells[4:]):
            entries = [0] * 16
            for value in range(1, 16):
                low = value & -value
                entries[value] = entries[value ^ low] | 1 << half[3 - (low.bit_length() - 1)]
            halves.append(tuple(entries))
        tables.append((halves[0], halves[1]))
    return tuple(tables)


def encode(text: str, level: ErrorLevel = "M", *, mask: int = 0, min_version: int = 1) -> QrSymbol:
    """Encode ``text`` in the smallest version ≥ ``min_version`` that holds it."""
    if not 0 <= mask <= 7:
        raise ValueError(f"mask {mask} not in 0…7")
    version, data = _codewords(text, level, min_version)
    codewords = _with_ecc(data, version, level)
    tables = _nibble_tables(version)
    placed = 0
    for byte, (high, low) in zip(codewords, tables, strict=False):
        placed |= high[byte >> 4] | low[byte & 15]
    fixed, mask_bits = _fixed(version, level, mask)
    return QrSymbol(version, version * 4 + 17, fixed | (placed ^ mask_bits))


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
def _row_tables(size: int) -> tuple[tuple[bytes, ...], ...]:
    """``tables[y * chunks + c][v]``: PDF ``re`` operators for byte ``v`` of row ``y`` at
    column ``8c`` (a run that crosses a byte boundary becomes two abutting rectangles)."""
    chunks = stride_of(size) // 8
    tables = []
    for y in range(size):
        for c in range(chunks):
            width = min(8, size - 8 * c)
            entries = []
            for value in range(256):
                ops = []
                row = format(value & ((1 << width) - 1), f"0{width}b")[::-1]
                for match in _RUN.finditer(row):
                    x = 8 * c + match.start()
                    ops.append(b"%d %d %d 1 re\n" % (x, y, match.end() - match.start()))
                entries.append(b"".join(ops))
            tables.append(tuple(entries))
    return tuple(tables)


def path_ops(symbol: QrSymbol) -> bytes:
    """The dark modules as PDF path operators (``x y w h re``) in module units, y downwards.

    The caller fills them as one path, in a coordinate system scaled to the module size.
    """
    size = symbol.size
    rows = symbol.bits.to_bytes(size * symbol.stride // 8, "little")
    return b"".join(map(tuple.__getitem__, _row_tables(size), rows))
