"""An enrolment QR code as a PNG file, with no imaging library: the symbol from the project's
one QR encoder (the ``qrcode`` library, through ``wufops.badges.qr``), the PNG by zlib."""

from __future__ import annotations

import struct
import zlib

from wufops.badges.qr import library_matrix


def qr_png(text: str, scale: int = 8, border: int = 4) -> bytes:
    """A black-on-white, 8-bit greyscale PNG of ``text`` as a QR code."""
    symbol = library_matrix(text, "M", mask=None)  # the library picks the best mask
    quiet = [False] * border
    matrix = [[False] * (len(symbol) + 2 * border)] * border
    matrix += [quiet + row + quiet for row in symbol]
    matrix += [[False] * (len(symbol) + 2 * border)] * border
    rows = []
    for line in matrix:
        pixels = bytes(0 if dark else 255 for dark in line for _ in range(scale))
        rows.extend([b"\x00" + pixels] * scale)
    size = len(matrix) * scale
    raw = b"".join(rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )
