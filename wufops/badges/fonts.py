"""The bundled badge fonts: which font sets which script, loaded once per process.

Every font lives in ``resources/fonts/`` (see its README for sources and licences) and is a
TrueType-outline font, which reportlab can subset and embed, so a badge looks the same on
every machine. A name is split into runs of one script (``wufops.badges.text``); each run is
set in the font for its script. Characters common to all scripts (spaces, digits,
punctuation) follow the run they sit in when its font has them.

Each :class:`FontFace` pairs the reportlab ``TTFont`` (embedding, subsets, PDF widths) with a
HarfBuzz font (shaping: ligatures, Arabic joining, Indic conjuncts and matras, mark
positioning). Glyphs that no character maps to (conjuncts, contextual forms) get a private-use
code point in the reportlab face so they can be embedded like any other glyph.
"""

from __future__ import annotations

import bisect
import threading
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any, Literal

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

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


_PRIVATE_FIRST = 0xE000  # private use area, as reportlab's own shaping uses


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


class BadgeTTFont(TTFont):  # type: ignore[misc]  # reportlab has no type hints
    """A reportlab TrueType font whose ToUnicode map gives each shaped glyph its source text.

    reportlab writes one UTF-16 unit per code and nothing useful for private-use codes;
    here a conjunct or contextual form maps back to the characters it was shaped from, and
    characters outside the BMP become surrogate pairs, so copy, search and text extraction
    of a badge give the name as registered.
    """

    def __init__(self, name: str, path: str) -> None:
        super().__init__(name, path)
        #: code point -> text it stands for (private glyph codes only)
        self.actual_text: dict[int, str] = {}
        self.next_private = _PRIVATE_FIRST

    def addObjects(self, doc: Any) -> None:  # noqa: N802  # reportlab's method name
        state = self.state.get(doc)
        subsets = [] if state is None else [list(subset) for subset in state.subsets]
        super().addObjects(doc)
        face = self.face
        for n, subset in enumerate(subsets):
            base = b"".join((SUBSETN(n), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is None:
                continue
            body = "\n".join(
                f"<{i:02X}> <{_utf16_hex(self._unicode_of(code))}>" for i, code in enumerate(subset)
            )
            stream.content = _TO_UNICODE.format(
                name=base, last=len(subset) - 1, count=len(subset), body=body
            )

    def _unicode_of(self, code: int) -> str:
        text = self.actual_text.get(code)
        if text is not None:
            return text or "\u200b"
        if 0xFB00 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
            return unicodedata.normalize("NFKC", chr(code))  # presentation forms, ligatures
        return chr(code)


_TO_UNICODE = (
    "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    "/CMapName /{name}-UCS def\n/CMapType 2 def\n"
    "1 begincodespacerange\n<00> <{last:02X}>\nendcodespacerange\n"
    "{count} beginbfchar\n{body}\nendbfchar\n"
    "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"
)


@dataclass(eq=False)
class FontFace:
    """One font file at one weight: HarfBuzz font for shaping and coverage, and (made when
    a glyph of it is first drawn) the reportlab face that embeds it."""

    stem: str
    weight: Weight
    rl_name: str
    path: str
    hb_font: hb.Font
    upem: int
    coverage: frozenset[int]
    #: simulate bold by stroking (font shipped in one weight)
    fake_bold: bool
    #: the font is set at this multiple of the requested size (``SIZE_ADJUST``)
    size_adjust: float = 1.0
    _glyph_char: dict[int, int] = field(default_factory=dict)
    _mapped: dict[int, str | None] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    _ttf: BadgeTTFont | None = None

    @property
    def ttf(self) -> BadgeTTFont:
        """The reportlab face (registered with reportlab on first use; a large fallback
        font such as the CJK Extension B one costs memory only once a name needs it)."""
        ttf = self._ttf
        if ttf is None:
            ttf = self._ttf = _reportlab_font(self.rl_name, self.path)
        return ttf

    def covers(self, cp: int) -> bool:
        return cp in self.coverage

    def char_for_glyph(self, gid: int, text: str) -> int:
        """A code point that the reportlab face maps to glyph ``gid`` (private if needed);
        ``text`` is what the glyph was shaped from (for a private code's ToUnicode entry)."""
        found = self._glyph_char.get(gid)
        if found is not None:
            return found
        with self._lock:
            face = self.ttf.face
            chars: list[int] = [c for c in face.glyphToChar.get(gid, ()) if c not in (0xA0, 0xAD)]
            code: int
            if chars:
                code = min(chars)
            else:
                code = self.ttf.next_private
                while code in face.charToGlyph:
                    code += 1
                self.ttf.next_private = code + 1
                face.charToGlyph[code] = gid
                face.glyphToChar.setdefault(gid, []).append(code)
                advance = self.hb_font.get_glyph_h_advance(gid)
                face.charWidths[code] = round(advance * 1000 / self.upem)
                self.ttf.actual_text[code] = text
            self._glyph_char[gid] = code
        return code

    def mapped_text(self, gid: int) -> str | None:
        """The text a character-mapped glyph stands for (``None``: no character maps to it)."""
        try:
            return self._mapped[gid]
        except KeyError:
            pass
        chars = [
            c
            for c in self.ttf.face.glyphToChar.get(gid, ())
            if c not in (0xA0, 0xAD) and c not in self.ttf.actual_text
        ]
        found = unicodedata.normalize("NFKC", chr(min(chars))) if chars else None
        self._mapped[gid] = found
        return found

    def pdf_width(self, code: int) -> int:
        """Width (1/1000 em) the PDF viewer advances after showing ``code``."""
        width: int = self.ttf.face.charWidths.get(code, 0)
        return width


def font_path(stem: str, weight: Weight) -> str:
    if stem in FONT_FILES:
        regular, bold = FONT_FILES[stem]
        return str(resource_path("fonts", bold if weight == "bold" else regular))
    suffix = "Bold" if weight == "bold" else "Regular"
    return str(resource_path("fonts", f"{stem}-{suffix}.ttf"))


_LOAD_LOCK = threading.Lock()


@cache
def _reportlab_font(rl_name: str, path: str) -> BadgeTTFont:
    with _LOAD_LOCK:
        ttf = BadgeTTFont(rl_name, path)
        pdfmetrics.registerFont(ttf)
    return ttf


@cache
def _load(stem: str, weight: Weight) -> FontFace:
    if stem in SINGLE_WEIGHT and weight == "bold":
        # one file, one embedded font: the bold face shares it and strokes the outlines
        return replace(_load(stem, "regular"), weight="bold", fake_bold=True)
    path = font_path(stem, weight)
    blob = hb.Blob.from_file_path(path)
    face = hb.Face(blob)
    font = hb.Font(face)
    return FontFace(
        stem=stem,
        weight=weight,
        rl_name=f"wufops-{stem}-{weight}",
        path=path,
        hb_font=font,
        upem=face.upem,
        coverage=frozenset(face.unicodes),
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


def load_reportlab_faces() -> None:
    """Register every bundled font with reportlab now (a desk does this ahead of its first
    scan), except the large CJK Extension B font, which loads when a name needs it."""
    weights: tuple[Weight, ...] = ("regular", "bold")
    for weight in weights:
        for face in fallback_faces(weight):
            if face.stem != "HanaMinB":
                _ = face.ttf


def bundled_stems() -> tuple[str, ...]:
    return tuple(dict.fromkeys([*SCRIPT_FONTS.values(), *EXTRA_FALLBACKS]))
