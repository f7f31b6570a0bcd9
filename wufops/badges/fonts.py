"""The bundled badge fonts: which font sets which script, loaded once per process.

Every font lives in ``resources/fonts/`` (see its README for sources and licences) and is a
TrueType-outline font, subset and embedded in every PDF that uses it
(``wufops.badges.embed``), so a badge looks the same on every machine. A name is split into
runs of one script (``wufops.badges.text``); each run is set in the font for its script.
Characters common to all scripts (spaces, digits, punctuation) follow the run they sit in
when its font has them.

A :class:`FontFile` is one file opened with HarfBuzz (shaping: ligatures, Arabic joining,
Indic conjuncts and matras, mark positioning; coverage; advances) and remembers what each
glyph drawn from it stands for: its character, or for a glyph no character maps to
(conjuncts, contextual forms) the text it was shaped from, so a PDF's ToUnicode map gives the
name back. A :class:`FontFace` is a file at one weight (bold simulated by stroking where a
font has one weight only).
"""

from __future__ import annotations

import bisect
import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Literal

import uharfbuzz as hb

from wufops.resources import resource_path

Weight = Literal["regular", "bold"]

#: script -> font file stem (``<stem>-Regular.ttf`` / ``<stem>-Bold.ttf``)
SCRIPT_FONTS: dict[str, str] = {
    "Latn": "NotoSans",
    "Grek": "NotoSans",
    "Cyrl": "NotoSans",
    "Zyyy": "NotoSans",
    "Arab": "NotoNaskhArabic",
    "Hebr": "NotoSansHebrew",
    "Thaa": "NotoSansThaana",
    "Deva": "NotoSansDevanagari",
    "Beng": "NotoSansBengali",
    "Guru": "NotoSansGurmukhi",
    "Gujr": "NotoSansGujarati",
    "Orya": "NotoSansOriya",
    "Taml": "NotoSansTamil",
    "Telu": "NotoSansTelugu",
    "Knda": "NotoSansKannada",
    "Mlym": "NotoSansMalayalam",
    "Sinh": "NotoSansSinhala",
    "Thai": "NotoSansThai",
    "Laoo": "NotoSansLao",
    "Khmr": "NotoSansKhmer",
    "Mymr": "NotoSansMyanmar",
    "Ethi": "NotoSansEthiopic",
    "Geor": "NotoSansGeorgian",
    "Armn": "NotoSansArmenian",
    "Tibt": "NotoSerifTibetan",
    "Mong": "NotoSansMongolian",
    "Hani": "DroidSansFallbackFull",
    "Hang": "NanumSquare",
}
#: language -> script -> font stem, where a language needs its own glyph forms: Japanese names
#: in Han characters are set in a Japanese font (直, 骨, 写 differ from the Chinese forms)
LANG_FONTS: dict[str, dict[str, str]] = {"ja": {"Hani": "IPAexGothic"}}
#: fonts that set no script of their own: the last fallbacks (CJK Extension B ideographs)
EXTRA_FALLBACKS: tuple[str, ...] = ("IPAexGothic", "HanaMinB")
#: fonts whose files are not named ``<stem>-Regular.ttf`` / ``<stem>-Bold.ttf``
FONT_FILES: dict[str, tuple[str, str]] = {
    "DroidSansFallbackFull": ("DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf"),
    "NanumSquare": ("NanumSquareR.ttf", "NanumSquareB.ttf"),
    "NotoSansMongolian": ("NotoSansMongolian-Regular.ttf", "NotoSansMongolian-Regular.ttf"),
    "IPAexGothic": ("IPAexGothic.ttf", "IPAexGothic.ttf"),
    "HanaMinB": ("HanaMinB-ExtB.ttf", "HanaMinB-ExtB.ttf"),
}
#: optical size correction: Naskh and Thaana letters are small for their em, so at the same
#: point size an Arabic name would look a size smaller than the Latin one beside it
SIZE_ADJUST: dict[str, float] = {"NotoNaskhArabic": 1.2, "NotoSansThaana": 1.15}
#: fonts shipped in one weight only: bold is simulated by stroking the outline
SINGLE_WEIGHT = frozenset({"DroidSansFallbackFull", "NotoSansMongolian", "IPAexGothic", "HanaMinB"})
RTL_SCRIPTS = frozenset({"Arab", "Hebr", "Thaa"})

#: (first code point, last code point, script); "Zinh" = inherited (combining marks, joiners)
_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x005A, "Latn"),
    (0x0061, 0x007A, "Latn"),
    (0x00AA, 0x00AA, "Latn"),
    (0x00BA, 0x00BA, "Latn"),
    (0x00C0, 0x00D6, "Latn"),
    (0x00D8, 0x00F6, "Latn"),
    (0x00F8, 0x02AF, "Latn"),
    (0x0300, 0x036F, "Zinh"),
    (0x0370, 0x03FF, "Grek"),
    (0x0400, 0x052F, "Cyrl"),
    (0x0530, 0x058F, "Armn"),
    (0x0590, 0x05FF, "Hebr"),
    (0x0600, 0x060B, "Arab"),
    (0x060D, 0x061A, "Arab"),
    (0x061C, 0x061E, "Arab"),
    (0x0620, 0x063F, "Arab"),
    (0x0641, 0x064A, "Arab"),
    (0x064B, 0x0655, "Zinh"),
    (0x0656, 0x065F, "Arab"),
    (0x0660, 0x0669, "Arab"),
    (0x066A, 0x066F, "Arab"),
    (0x0670, 0x0670, "Zinh"),
    (0x0671, 0x06FF, "Arab"),
    (0x0750, 0x077F, "Arab"),
    (0x0780, 0x07BF, "Thaa"),
    (0x08A0, 0x08FF, "Arab"),
    (0x0900, 0x0950, "Deva"),
    (0x0951, 0x0954, "Zinh"),
    (0x0955, 0x097F, "Deva"),
    (0x0980, 0x09FF, "Beng"),
    (0x0A00, 0x0A7F, "Guru"),
    (0x0A80, 0x0AFF, "Gujr"),
    (0x0B00, 0x0B7F, "Orya"),
    (0x0B80, 0x0BFF, "Taml"),
    (0x0C00, 0x0C7F, "Telu"),
    (0x0C80, 0x0CFF, "Knda"),
    (0x0D00, 0x0D7F, "Mlym"),
    (0x0D80, 0x0DFF, "Sinh"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x0E80, 0x0EFF, "Laoo"),
    (0x0F00, 0x0FFF, "Tibt"),
    (0x1000, 0x109F, "Mymr"),
    (0x10A0, 0x10FF, "Geor"),
    (0x1100, 0x11FF, "Hang"),
    (0x1200, 0x139F, "Ethi"),
    (0x1780, 0x17FF, "Khmr"),
    (0x1800, 0x18AF, "Mong"),
    (0x19E0, 0x19FF, "Khmr"),
    (0x1AB0, 0x1AFF, "Zinh"),
    (0x1C80, 0x1C8F, "Cyrl"),
    (0x1C90, 0x1CBF, "Geor"),
    (0x1D00, 0x1DBF, "Latn"),
    (0x1DC0, 0x1DFF, "Zinh"),
    (0x1E00, 0x1EFF, "Latn"),
    (0x1F00, 0x1FFF, "Grek"),
    (0x200C, 0x200D, "Zinh"),
    (0x20D0, 0x20FF, "Zinh"),
    (0x2C60, 0x2C7F, "Latn"),
    (0x2D00, 0x2D2F, "Geor"),
    (0x2D80, 0x2DDF, "Ethi"),
    (0x2DE0, 0x2DFF, "Cyrl"),
    (0x2E80, 0x2FDF, "Hani"),
    (0x3000, 0x303F, "Hani"),
    (0x3040, 0x30FF, "Hani"),
    (0x3100, 0x312F, "Hani"),
    (0x3130, 0x318F, "Hang"),
    (0x31F0, 0x4DBF, "Hani"),
    (0x4E00, 0x9FFF, "Hani"),
    (0xA640, 0xA69F, "Cyrl"),
    (0xA720, 0xA7FF, "Latn"),
    (0xA8E0, 0xA8FF, "Deva"),
    (0xA960, 0xA97F, "Hang"),
    (0xAB00, 0xAB2F, "Ethi"),
    (0xAB30, 0xAB6F, "Latn"),
    (0xAC00, 0xD7FF, "Hang"),
    (0xF900, 0xFAFF, "Hani"),
    (0xFB00, 0xFB06, "Latn"),
    (0xFB13, 0xFB17, "Armn"),
    (0xFB1D, 0xFB4F, "Hebr"),
    (0xFB50, 0xFDFF, "Arab"),
    (0xFE00, 0xFE0F, "Zinh"),
    (0xFE20, 0xFE2F, "Zinh"),
    (0xFE70, 0xFEFF, "Arab"),
    (0xFF00, 0xFFEF, "Hani"),
    (0x11660, 0x1167F, "Mong"),
    (0x20000, 0x3134F, "Hani"),
)
_STARTS = [r[0] for r in _RANGES]


def script_of(char: str) -> str:
    """ISO 15924 code of the script ``char`` belongs to; ``Zyyy`` common, ``Zinh`` inherited."""
    cp = ord(char)
    i = bisect.bisect_right(_STARTS, cp) - 1
    if i >= 0 and cp <= _RANGES[i][1]:
        return _RANGES[i][2]
    return "Zyyy"


def script_class(scripts: Iterable[str]) -> str:
    """A regular-expression character class of the characters :func:`script_of` puts in
    one of ``scripts`` (not ``Zyyy``: that is every character outside the table)."""
    wanted = frozenset(scripts)
    if "Zyyy" in wanted:
        raise ValueError("Zyyy is what script_of gives outside its table: no class for it")
    spans = [f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi, s in _RANGES if s in wanted]
    return "[" + "".join(spans) + "]"


@dataclass(eq=False)
class FontFile:
    """One font file: its HarfBuzz face and font (shaping, coverage, advances) and what each
    glyph drawn from it stands for (the ToUnicode map of the PDFs it is embedded in).

    A PDF embeds the file once however many weights share it (a one-weight font's bold is
    the regular file, stroked), subset to the glyphs the document draws
    (``wufops.badges.embed``); glyph ids are the PDF's character codes.
    """

    path: str
    hb_face: hb.Face
    hb_font: hb.Font
    upem: int
    coverage: frozenset[int]
    #: glyph id -> the text a glyph no character maps to was shaped from (first use wins)
    shaped_text: dict[int, str] = field(default_factory=dict)
    #: glyph ids a character maps to, as far as asked (``mapped_text`` is not ``None``)
    mapped_gids: set[int] = field(default_factory=set)
    _reverse: dict[int, int] | None = None
    _mapped: dict[int, str | None] = field(default_factory=dict)
    _widths: dict[int, int] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _reverse_cmap(self) -> dict[int, int]:
        """glyph id -> the lowest code point the character map maps to it (no-break space
        and soft hyphen left out: they share a glyph with space and hyphen)."""
        reverse = self._reverse
        if reverse is None:
            with self._lock:
                reverse = self._reverse
                if reverse is None:
                    nominal = self.hb_font.get_nominal_glyph
                    reverse = {}
                    for cp in sorted(self.coverage):
                        gid = nominal(cp)
                        if gid and cp not in (0xA0, 0xAD) and gid not in reverse:
                            reverse[gid] = cp
                    self._reverse = reverse
        return reverse

    def warm(self) -> None:
        """Read the character map now (a desk does this before its first scan)."""
        self._reverse_cmap()

    def mapped_text(self, gid: int) -> str | None:
        """The text a character-mapped glyph stands for (``None``: no character maps to it)."""
        try:
            return self._mapped[gid]
        except KeyError:
            pass
        cp = self._reverse_cmap().get(gid)
        found = None if cp is None else unicodedata.normalize("NFKC", chr(cp))
        self._mapped[gid] = found
        if found is not None:
            self.mapped_gids.add(gid)
        return found

    def note_shaped(self, gid: int, text: str) -> None:
        """Record what an unmapped glyph (a conjunct, a contextual form) stands for; the
        first text recorded for a glyph is the one its ToUnicode entry gives back."""
        self.shaped_text.setdefault(gid, text)

    def unicode_of(self, gid: int) -> str:
        """The text a PDF's ToUnicode map gives for glyph ``gid``."""
        cp = self._reverse_cmap().get(gid)
        if cp is not None:
            if 0xFB00 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
                return unicodedata.normalize("NFKC", chr(cp))  # presentation forms, ligatures
            return chr(cp)
        return self.shaped_text.get(gid) or "\u200b"

    def widths(self, gids: Iterable[int]) -> list[int]:
        """:meth:`width` of each glyph."""
        known = self._widths
        return [known[g] if g in known else self.width(g) for g in gids]

    def width(self, gid: int) -> int:
        """Advance (1/1000 em) of glyph ``gid``: its width in the PDF (``/W``)."""
        found = self._widths.get(gid)
        if found is None:
            found = self._widths[gid] = round(
                self.hb_font.get_glyph_h_advance(gid) * 1000 / self.upem
            )
        return found


@dataclass(eq=False)
class FontFace:
    """One font at one weight: the file that sets it and how it is drawn (bold simulated by
    stroking for a font shipped in one weight; a size correction for small-looking scripts)."""

    stem: str
    weight: Weight
    file: FontFile
    #: simulate bold by stroking (font shipped in one weight)
    fake_bold: bool
    #: the font is set at this multiple of the requested size (``SIZE_ADJUST``)
    size_adjust: float = 1.0

    @property
    def path(self) -> str:
        return self.file.path

    @property
    def hb_font(self) -> hb.Font:
        return self.file.hb_font

    @property
    def upem(self) -> int:
        return self.file.upem

    @property
    def coverage(self) -> frozenset[int]:
        return self.file.coverage

    def covers(self, cp: int) -> bool:
        return cp in self.file.coverage

    def pdf_width(self, gid: int) -> int:
        """Width (1/1000 em) the PDF viewer advances after showing glyph ``gid``."""
        return self.file.width(gid)


def font_path(stem: str, weight: Weight) -> str:
    if stem in FONT_FILES:
        regular, bold = FONT_FILES[stem]
        return str(resource_path("fonts", bold if weight == "bold" else regular))
    suffix = "Bold" if weight == "bold" else "Regular"
    return str(resource_path("fonts", f"{stem}-{suffix}.ttf"))


@cache
def _file(path: str) -> FontFile:
    face = hb.Face(hb.Blob.from_file_path(path))
    return FontFile(
        path=path,
        hb_face=face,
        hb_font=hb.Font(face),
        upem=face.upem,
        coverage=frozenset(face.unicodes),
    )


@cache
def _load(stem: str, weight: Weight) -> FontFace:
    if stem in SINGLE_WEIGHT and weight == "bold":
        # one file, one embedded font: the bold face shares it and strokes the outlines
        return replace(_load(stem, "regular"), weight="bold", fake_bold=True)
    return FontFace(
        stem=stem,
        weight=weight,
        file=_file(font_path(stem, weight)),
        fake_bold=False,
        size_adjust=SIZE_ADJUST.get(stem, 1.0),
    )


def face_for_script(script: str, weight: Weight, lang: str = "") -> FontFace:
    """The font that sets ``script`` (common characters: the Latin font); ``lang`` picks
    the language's own glyph forms where it has them (``ja``: Japanese kanji forms)."""
    stem = LANG_FONTS.get(lang, {}).get(script) or SCRIPT_FONTS.get(script, "NotoSans")
    return _load(stem, weight)


def face_named(stem: str, weight: Weight) -> FontFace:
    return _load(stem, weight)


def fallback_faces(weight: Weight) -> list[FontFace]:
    """Every bundled font, Latin first, CJK Extension B last: tried in turn for a character
    its script's font lacks (only their character maps are read until one is used)."""
    return [_load(stem, weight) for stem in bundled_stems()]


def load_faces() -> None:
    """Open every bundled font and read its character map now (a desk does this ahead of
    its first scan), except the large CJK Extension B font, read when a name needs it."""
    weights: tuple[Weight, ...] = ("regular", "bold")
    for weight in weights:
        for face in fallback_faces(weight):
            if face.stem != "HanaMinB":
                face.file.warm()


def bundled_stems() -> tuple[str, ...]:
    return tuple(dict.fromkeys([*SCRIPT_FONTS.values(), *EXTRA_FALLBACKS]))
