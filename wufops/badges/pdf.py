"""A streaming PDF writer: objects go to the file as they are made, in any order.

A badge run of 37,000 pages cannot hold its document in memory (a reportlab document of that
many pages alone takes ≈ 230 MB until it is saved). :class:`PdfWriter` writes each object
(``N 0 obj … endobj``) at once and keeps only its byte offset; at :meth:`PdfWriter.close` it
writes the cross-reference table and the trailer (PDF 1.7, ISO 32000-1, 7.5). An object that
can only be finished at the end (the page tree, fonts subset to what the run drew) gets its
number first (:meth:`reserve`), so pages written earlier can refer to it.

Only what badges need: dictionaries are written by the caller as bytes; streams are
Flate-compressed by ISA-L (``isal``: zlib format, ≈ 3× faster than zlib's own fastest level
for the same size, which matters at 37,000 pages). No object streams or cross-reference
streams, so any PDF 1.4 reader reads the file.
"""

from __future__ import annotations

import hashlib
from array import array
from typing import BinaryIO

from isal import isal_zlib

_HEADER = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n"
#: ISA-L level (0–3) of page and form streams: 1 compresses a badge page as well as zlib's
#: level 1 (≈ 2.2 kB from ≈ 7.4 kB) in a third of the time
PAGE_LEVEL = 1
#: ISA-L level of the few large streams written once per document (font subsets, ToUnicode)
FONT_LEVEL = 3


class PdfError(RuntimeError):
    """The writer was used wrongly (an object written twice or never): a bug, not input."""


def pdf_string(text: str) -> bytes:
    """``text`` as a PDF text string (UTF-16BE with byte-order mark, hex form)."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


class PdfWriter:
    """Writes one PDF to ``out`` object by object (see the module docstring)."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        #: offsets[n]: where object n starts (-1: reserved, not written yet); 0 is the free head
        #: (8 bytes an object: a run of 37,000 pages keeps ≈ 0.6 MB of them)
        self._offsets = array("q", [0])
        self._position = 0
        self._closed = False
        self._emit(_HEADER)

    def _emit(self, data: bytes) -> None:
        self._out.write(data)
        self._position += len(data)

    def reserve(self) -> int:
        """A new object number, to refer to before the object is written."""
        self._offsets.append(-1)
        return len(self._offsets) - 1

    def write(self, number: int, body: bytes) -> None:
        """Object ``number`` (reserved) with ``body`` (a dictionary, array… as PDF bytes)."""
        if self._offsets[number] != -1:
            raise PdfError(f"object {number} written twice")
        self._offsets[number] = self._position
        self._emit(b"%d 0 obj\n%b\nendobj\n" % (number, body))

    def add(self, body: bytes) -> int:
        """A new object with ``body``; returns its number."""
        number = self.reserve()
        self.write(number, body)
        return number

    def write_stream(
        self, number: int, data: bytes, entries: bytes = b"", *, level: int = PAGE_LEVEL
    ) -> None:
        """Object ``number`` as a Flate-compressed stream; ``entries``: more of its
        dictionary (``/Type /XObject …``), ``/Length`` and ``/Filter`` are added."""
        packed = isal_zlib.compress(data, level)
        self.write_raw_stream(number, packed, entries + b" /Filter /FlateDecode")

    def write_raw_stream(self, number: int, packed: bytes, entries: bytes) -> None:
        """Object ``number`` as a stream whose data is already encoded as ``entries`` say."""
        if self._offsets[number] != -1:
            raise PdfError(f"object {number} written twice")
        self._offsets[number] = self._position
        self._emit(
            b"%d 0 obj\n<<%b /Length %d>>\nstream\n%b\nendstream\nendobj\n"
            % (number, entries, len(packed), packed)
        )

    def add_stream(self, data: bytes, entries: bytes = b"", *, level: int = PAGE_LEVEL) -> int:
        number = self.reserve()
        self.write_stream(number, data, entries, level=level)
        return number

    def close(self, root: int, info: int) -> None:
        """Cross-reference table and trailer; every reserved object must be written."""
        if self._closed:
            return
        unwritten = [n for n, offset in enumerate(self._offsets) if offset == -1]
        if unwritten:
            raise PdfError(f"objects reserved but never written: {unwritten[:10]}")
        start = self._position
        table = [b"xref\n0 %d\n0000000000 65535 f \n" % len(self._offsets)]
        table += [b"%010d 00000 n \n" % offset for offset in self._offsets[1:]]
        xref = b"".join(table)
        # a file identifier from the file's structure: the same document gives the same bytes
        ident = hashlib.md5(xref, usedforsecurity=False).hexdigest().upper().encode("ascii")
        self._emit(xref)
        self._emit(
            b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%b> <%b>] >>\n"
            b"startxref\n%d\n%%%%EOF\n" % (len(self._offsets), root, info, ident, ident, start)
        )
        self._closed = True
