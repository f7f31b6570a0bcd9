"""An enrolment QR code as a PNG file, with no imaging library (qrcode matrix + zlib)."""

from __future__ import annotations

import struct
import zlib

import qrcode
from qrcode.constants import ERROR_CORRECT_M


def qr_png(text: str, scale: int = 8, border: int = 4) -> bytes:
    """A black-on-white, 8-bit greyscale PNG of ``text`` as a QR code."""
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=border, box_size=1)
    qr.add_data(text)
    qr.make(fit=True)
    matrix: list[list[bool]] = qr.get_matrix()
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
