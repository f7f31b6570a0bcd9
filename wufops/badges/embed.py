"""The fonts of one badge PDF: which glyphs it draws, and each font subset and embedded once.

Each bundled font file a document draws from is one composite font (PDF 1.7, 9.7): a
``Type0`` font with the ``Identity-H`` encoding over a ``CIDFontType2`` whose character ids
are the font's own glyph ids (``/CIDToGIDMap /Identity``), so a shaped run is written as its
HarfBuzz glyph ids, two bytes each, whatever the script. While pages are written,
:class:`DocumentFonts` only collects the glyph ids used; at the end of the document
(:meth:`DocumentFonts.write`) every file is subset once by HarfBuzz (``hb-subset``, keeping
glyph ids) and written with its widths (``/W``), its descriptor and a ToUnicode map that
gives each glyph's text back (its character, or for a conjunct or contextual form the text
it was shaped from: ``FontFile.unicode_of``), so copy, search and text extraction find the
name as registered.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Iterable

import uharfbuzz as hb

from wufops.badges.fonts import FontFile
from wufops.badges.pdf import FONT_LEVEL, PdfWriter

#: tables a PDF renderer does not read: shaping was done before the glyphs were written
_DROPPED_TABLES = (
    "GSUB",
    "GPOS",
    "GDEF",
    "BASE",
    "JSTF",
    "MATH",
    "morx",
    "kern",
    "vhea",
    "vmtx",
    "VORG",
    "DSIG",
    "name",
)
#: ToUnicode entries per ``beginbfchar`` block (the CMap format allows at most 100)
_CMAP_BLOCK = 100


def _tag(name: str) -> int:
    return int.from_bytes(name.encode("ascii"), "big")


class _Used:
    """A font file in one document: its resource name, its object, the glyphs drawn."""

    __slots__ = ("file", "gids", "name", "number")

    def __init__(self, file: FontFile, name: str, number: int) -> None:
        self.file = file
        self.name = name
        self.number = number
        self.gids: set[int] = set()


class DocumentFonts:
    """Font resources of one document (see the module docstring)."""

    def __init__(self, pdf: PdfWriter) -> None:
        self._pdf = pdf
        self._used: dict[str, _Used] = {}  # font file path -> its resource in this document

    def use(self, file: FontFile, gids: Iterable[int]) -> str:
        """The resource name (``/F3``) under which ``file`` is drawn; ``gids`` will be in
        its subset."""
        used = self._used.get(file.path)
        if used is None:
            used = _Used(file, f"/F{len(self._used) + 1}", self._pdf.reserve())
            self._used[file.path] = used
        used.gids.update(gids)
        return used.name

    def resources(self) -> bytes:
        """The ``/Font`` resource dictionary: every font the document draws."""
        entries = " ".join(f"{u.name} {u.number} 0 R" for u in self._used.values())
        return f"<< {entries} >>".encode("ascii")

    def write(self) -> None:
        """Subset and write every font used (call once, after the last page)."""
        for used in self._used.values():
            _write_font(self._pdf, used.file, used.number, used.gids)


def _write_font(pdf: PdfWriter, file: FontFile, number: int, used: set[int]) -> None:
    gids = sorted({0, *used})
    subset = _subset(file, gids)
    base = _base_name(file, gids)
    descriptor = pdf.reserve()
    font_file = pdf.reserve()
    cid_font = pdf.reserve()
    to_unicode = pdf.reserve()
    pdf.write(
        number,
        b"<< /Type /Font /Subtype /Type0 /BaseFont /%b /Encoding /Identity-H "
        b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (base, cid_font, to_unicode),
    )
    pdf.write(
        cid_font,
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%b "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor %d 0 R /CIDToGIDMap /Identity /DW %d /W [%b] >>"
        % (base, descriptor, file.width(0), _widths(file, gids)),
    )
    pdf.write(descriptor, _descriptor(file, base, font_file))
    pdf.write_stream(font_file, subset, b" /Length1 %d" % len(subset), level=FONT_LEVEL)
    pdf.write_stream(to_unicode, _to_unicode(file, gids), level=FONT_LEVEL)


def _subset(file: FontFile, gids: list[int]) -> bytes:
    """The font cut to ``gids``, keeping glyph ids (the PDF's character codes), no layout
    tables (the text is already shaped)."""
    wanted = hb.SubsetInput()
    wanted.sets(hb.SubsetInputSets.GLYPH_INDEX).update(gids)
    dropped = wanted.sets(hb.SubsetInputSets.DROP_TABLE_TAG)
    for table in _DROPPED_TABLES:
        dropped.add(_tag(table))
    wanted.flags = hb.SubsetFlags.RETAIN_GIDS
    face = hb.subset(file.hb_face, wanted)
    if face is None:
        raise RuntimeError(f"HarfBuzz could not subset {file.path}")
    if "glyf" not in face.table_tags:  # CFF outlines would need a CIDFontType0 font
        raise RuntimeError(f"{file.path} has no TrueType outlines: it cannot be embedded")
    data: bytes = face.blob.data
    return data


def _base_name(file: FontFile, gids: list[int]) -> bytes:
    """``ABCDEF+PostScriptName``: a subset's tag (six capitals, from the glyphs it holds,
    so the same document gives the same bytes) and the font's PostScript name."""
    name = re.sub(r"[^A-Za-z0-9_.-]", "", file.hb_face.get_name(6) or "") or "Font"
    digest = hashlib.md5(
        name.encode("ascii") + struct.pack(f">{len(gids)}H", *gids), usedforsecurity=False
    ).digest()
    tag = "".join(chr(ord("A") + b % 26) for b in digest[:6])
    return f"{tag}+{name}".encode("ascii")


def _widths(file: FontFile, gids: list[int]) -> bytes:
    """``/W`` array: runs of consecutive glyph ids with their widths."""
    parts: list[bytes] = []
    run: list[int] = []
    first = -2
    previous = -2
    for gid in gids:
        if gid != previous + 1 and run:
            parts.append(b"%d [%b]" % (first, b" ".join(b"%d" % w for w in run)))
            run = []
        if not run:
            first = gid
        run.append(file.width(gid))
        previous = gid
    if run:
        parts.append(b"%d [%b]" % (first, b" ".join(b"%d" % w for w in run)))
    return b" ".join(parts)


def _descriptor(file: FontFile, base: bytes, font_file: int) -> bytes:
    head = file.hb_face.reference_table("head").data
    x_min, y_min, x_max, y_max = struct.unpack(">hhhh", head[36:44])
    extents = file.hb_font.get_font_extents("ltr")
    scale = 1000 / file.upem

    def em(value: float) -> int:
        return round(value * scale)

    cap = file.hb_font.get_metric_position_with_fallback(hb.OTMetricsTag.CAP_HEIGHT)
    return (
        b"<< /Type /FontDescriptor /FontName /%b /Flags 4 /FontBBox [%d %d %d %d] "
        b"/ItalicAngle 0 /Ascent %d /Descent %d /CapHeight %d /StemV 80 /FontFile2 %d 0 R >>"
        % (
            base,
            em(x_min),
            em(y_min),
            em(x_max),
            em(y_max),
            em(extents.ascender),
            em(extents.descender),
            em(cap),
            font_file,
        )
    )


_CMAP_HEAD = (
    b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
    b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
    b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
)
_CMAP_TAIL = b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"


def _to_unicode(file: FontFile, gids: list[int]) -> bytes:
    """Glyph id -> text (UTF-16BE, surrogate pairs beyond the BMP), ``.notdef`` left out."""
    entries = [
        b"<%04X> <%b>" % (gid, file.unicode_of(gid).encode("utf-16-be").hex().upper().encode())
        for gid in gids
        if gid
    ]
    parts = [_CMAP_HEAD]
    for start in range(0, len(entries), _CMAP_BLOCK):
        block = entries[start : start + _CMAP_BLOCK]
        parts.append(b"%d beginbfchar\n%b\nendbfchar\n" % (len(block), b"\n".join(block)))
    parts.append(_CMAP_TAIL)
    return b"".join(parts)
