"""Rendering badges: a pure function from a layout and badges to PDF bytes (reportlab).

What stays the same across a run is drawn once: per category, a form XObject holds the bands,
rectangles and the event name, and every badge page just places it (``Canvas.doForm``). Per
badge we draw the name, organisation and country (shaped text, ``wufops.badges.text``) and
the QR code as one vector path (``wufops.badges.qr``), handed to reportlab as PDF operators
through its public ``Canvas.addLiteral``; reportlab owns the document: objects, font
subsetting, cross references.

Every name is checked before anything of its badge is drawn: a character that no bundled
font can set refuses the badge (:class:`GlyphMissing`, code ``glyph_missing``, naming the
attendee and the characters). A run prints the other badges and lists the refused ones; a
blank or partial name is never printed.

    pdf = render_badges(load_layout("a6"), [BadgeData(attendee, token, "WUF13 Baku")])

``BadgeRenderer`` keeps a layout's prepared geometry for repeated use (the desk renders one
badge per scan with :meth:`BadgeRenderer.render_one`).
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycountry
from anyascii import anyascii
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from wufops.badges import qr
from wufops.badges.fonts import face_for_script, script_of
from wufops.badges.layout import (
    MM,
    NAME_FIELDS,
    BandElement,
    Box,
    Colour,
    Layout,
    QrElement,
    RectElement,
    TextElement,
)
from wufops.badges.text import ASCENT, LINE_PITCH, Fitted, TextEncoder, block_height, fit
from wufops.errors import CodedError
from wufops.models.attendee import Attendee

BLACK: Colour = (0.0, 0.0, 0.0)
WHITE: Colour = (1.0, 1.0, 1.0)


@dataclass(frozen=True)
class BadgeData:
    """One badge to print: who, the signed token for the QR code, the event's name."""

    attendee: Attendee
    token: str
    event_name: str


@dataclass(frozen=True)
class Refusal:
    """A badge that was not printed: ``code`` ``glyph_missing``, who, and the characters no
    bundled font can set (in the order they occur, each once), by field."""

    code: str
    attendee_id: str
    reg_code: str
    name: str
    fields: tuple[str, ...]
    characters: tuple[str, ...]

    @property
    def who(self) -> str:
        return f"{self.reg_code or self.attendee_id} ({self.name})"

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "attendee_id": self.attendee_id,
            "reg_code": self.reg_code,
            "name": self.name,
            "fields": list(self.fields),
            "characters": [{"char": c, "code_point": f"U+{ord(c):04X}"} for c in self.characters],
        }

    def describe(self) -> str:
        chars = ", ".join(f"U+{ord(c):04X} {c!r}" for c in self.characters)
        return f"{self.who}: no bundled font has {chars} ({', '.join(self.fields)}); not printed"


class GlyphMissing(CodedError):
    """A badge refused because its text has characters no bundled font can set."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.code, refusal.describe())
        self.refusal = refusal


@dataclass(frozen=True)
class RenderReport:
    """What a run did: badges drawn, names that needed shrinking below the minimum, and
    badges refused (never drawn: a character of theirs has no glyph in any bundled font)."""

    pages: int
    badges: int
    below_min: tuple[str, ...] = ()
    refused: tuple[Refusal, ...] = ()

    @property
    def missing(self) -> tuple[tuple[str, str], ...]:
        """``(who, character)`` of every refused badge's missing characters."""
        return tuple((r.who, c) for r in self.refused for c in r.characters)


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """English short name of an ISO 3166-1 alpha-2 code (the code itself if unknown)."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)


_CJK = frozenset({"Hani", "Hang"})
#: scripts that are not "another script" for the Latin line
_LATIN_LIKE = frozenset({"Latn", "Zyyy", "Zinh"})


def _is_kana(char: str) -> bool:
    cp = ord(char)
    return 0x3040 <= cp <= 0x30FF or 0x31F0 <= cp <= 0x31FF or 0xFF66 <= cp <= 0xFF9F


def badge_language(attendee: Attendee) -> str:
    """The language whose glyph forms the attendee's text is set in: ``ja`` (Japanese kanji
    forms) for an attendee from Japan or a name written with kana; ``""`` otherwise."""
    if attendee.country == "JP":
        return "ja"
    if any(_is_kana(c) for c in attendee.given_name + attendee.family_name):
        return "ja"
    return ""


def family_first(attendee: Attendee) -> bool:
    """Names registered in Chinese, Japanese or Korean script are written family name first."""
    parts = (attendee.given_name + attendee.family_name).replace(" ", "")
    return bool(parts) and all(script_of(c) in _CJK for c in parts)


def non_latin_name(attendee: Attendee) -> bool:
    """The name has letters of a script other than Latin (Cyrillic, Arabic, Tibetan, Han…)."""
    return any(
        script_of(c) not in _LATIN_LIKE
        for c in attendee.given_name + attendee.family_name
        if c.isalpha()
    )


#: scripts whose letters spell the sounds, so a letter-by-letter transliteration (anyascii)
#: gives the name as its bearer says it: the Latin line falls back to it. Abjads (Arabic,
#: Hebrew, Thaana: no vowels, محمد → "mhmd"), Brahmic and Southeast Asian scripts (inherent
#: vowels dropped, अक्षय → "aksy"), Tibetan (spelling far from the reading, བཀྲ་ཤིས་ is
#: Tashi) and Han (reading depends on the language) would give a misleading line: for those
#: only the registration's Latin spelling is printed.
_TRANSLITERABLE = frozenset({"Latn", "Zyyy", "Zinh", "Cyrl", "Grek", "Armn", "Geor", "Hang"})
_TRANSLITERABLE |= frozenset({"Ethi", "Mong"})


def _transliterable(text: str) -> bool:
    return all(script_of(c) in _TRANSLITERABLE or _is_kana(c) for c in text if c.isalpha())


def _transliterate(text: str) -> str:
    latin = anyascii(text).replace("`", "'")
    words = latin.split()
    return " ".join(w[:1].upper() + w[1:] if w.islower() else w for w in words)


def latin_transcription(attendee: Attendee) -> str:
    """The name in Latin letters, family name in capitals (Ivan PETROV; ZHANG Haoran for a
    name written family first): the registration's Latin fields when it has them, else a
    transliteration (anyascii) of a name in a script that spells its sounds (Cyrillic,
    Greek, Armenian, Georgian, Hangul, kana, Ethiopic, Mongolian); else nothing, rather
    than a misleading guess (see ``_TRANSLITERABLE``)."""
    given, family = attendee.latin_given.strip(), attendee.latin_family.strip()
    if not (given or family):
        if not _transliterable(attendee.given_name + attendee.family_name):
            return ""
        given = _transliterate(attendee.given_name)
        family = _transliterate(attendee.family_name)
    parts = (family.upper(), given) if family_first(attendee) else (given, family.upper())
    return " ".join(p for p in parts if p)


def _cjk_full_name(a: Attendee) -> str:
    gap = "" if a.family_name and a.given_name else " "
    return f"{a.family_name}{gap}{a.given_name}".strip()


def field_text(badge: BadgeData, name: str, label: str) -> str:
    """The text of a layout field for one badge.

    For a name in Chinese, Japanese or Korean script the ``given_name`` slot (the big one)
    holds the whole name family-first (张浩然, 田中美咲, 김민준) and the ``family_name`` slot
    the Latin transcription, family name in capitals (ZHANG Haoran), for staff who cannot
    read the script.
    """
    a = badge.attendee
    if name in NAME_FIELDS and family_first(a):
        if name == "family_name":
            return latin_transcription(a)
        return _cjk_full_name(a)
    if name == "given_name":
        return a.given_name
    if name == "family_name":
        return a.family_name
    if name == "full_name":
        return a.display_name
    if name == "latin_name":
        return latin_transcription(a) if non_latin_name(a) else ""
    if name == "organization":
        return a.organization
    if name == "country":
        return f"{country_name(a.country)} · {a.country}" if a.country else ""
    if name == "country_name":
        return country_name(a.country)
    if name == "country_code":
        return a.country
    if name == "event_name":
        return badge.event_name
    if name == "category_label":
        return label
    if name == "reg_code":
        return a.reg_code
    return ""


def _rg(colour: Colour, stroke: bool = False) -> str:
    op = "RG" if stroke else "rg"
    return f"{colour[0]:.3f} {colour[1]:.3f} {colour[2]:.3f} {op}"


@dataclass(frozen=True)
class _Geometry:
    """A box in points, PDF coordinates (origin bottom-left of the badge)."""

    x: float
    top: float
    width: float
    height: float


def _geometry(box: Box, badge_height_mm: float) -> _Geometry:
    return _Geometry(
        box.x_mm * MM, (badge_height_mm - box.y_mm) * MM, box.width_mm * MM, box.height_mm * MM
    )


@dataclass
class _RunState:
    canvas: Canvas
    doc: Any
    encoder: TextEncoder
    forms: dict[tuple[str, str], str] = field(default_factory=dict)
    below_min: list[str] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    #: id(line), size, x, y -> (line, operators): organisations and countries repeat
    lines: dict[tuple[int, float, float, float], tuple[Any, str]] = field(default_factory=dict)


def _document(canvas: Canvas) -> Any:
    """The canvas's reportlab document. reportlab's public font methods that encode shaped
    glyphs (``TTFont.splitString``, ``getSubsetInternalName``) take it, and it is how a page
    is compressed as soon as it is finished (reportlab's public API keeps every page's text
    until ``save``: for a 37,000-badge run that is ≈ 270 MB more)."""
    return canvas._doc  # reportlab offers no public accessor for its document


@dataclass(frozen=True)
class _Slot:
    """A text element where it draws: its box, or (with a Latin line under the name) the
    box less the line's strip."""

    element: TextElement
    geo: _Geometry
    short: _Geometry | None = None


class BadgeRenderer:
    """A layout prepared for drawing; ``render`` and ``render_one`` make PDF bytes."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        h = layout.height_mm
        self._static: list[tuple[Any, _Geometry | None]] = []
        self._dynamic: list[_Slot] = []
        self._qr: list[QrElement] = []
        anchor = layout.name_anchor() if layout.latin_line.show else None
        self._latin: tuple[_Geometry, float, float] | None = None
        self._family_slot = any(
            isinstance(e, TextElement) and e.field == "family_name" for e in layout.elements
        )
        for element in layout.elements:
            if isinstance(element, QrElement):
                self._qr.append(element)
            elif isinstance(element, TextElement):
                if element.field == "event_name":
                    continue  # drawn in the per-category form, per event name
                geo = _geometry(element.box, h)
                if element.field == "category_label":
                    self._static.append((element, geo))
                elif element is anchor:
                    self._dynamic.append(_Slot(element, geo, self._latin_strip(element)))
                else:
                    self._dynamic.append(_Slot(element, geo))
            else:
                box = element.box
                self._static.append((element, _geometry(box, h)))

    def _latin_strip(self, anchor: TextElement) -> _Geometry:
        """The name's box less the Latin line's strip at its bottom; keeps the strip."""
        line = self.layout.latin_line
        box = anchor.box
        height = line.height_mm or max(2.5, box.height_mm / 3)
        size = line.size_pt or anchor.size_pt * 0.45
        strip = Box(box.x_mm, box.y_mm + box.height_mm - height, box.width_mm, height)
        self._latin = (_geometry(strip, self.layout.height_mm), size, min(line.min_size_pt, size))
        # the name keeps its box less the strip and a gap for deep descenders (Naskh ي)
        gap = min(1.0, (box.height_mm - height) * 0.1)
        short = Box(box.x_mm, box.y_mm, box.width_mm, box.height_mm - height - gap)
        return _geometry(short, self.layout.height_mm)

    def _wants_latin_line(self, attendee: Attendee) -> bool:
        if self._latin is None or not non_latin_name(attendee):
            return False
        # a name written family first already has its Latin in the family-name slot
        return not (family_first(attendee) and self._family_slot)

    # -- text --------------------------------------------------------------------------------

    def _fit(
        self, text: str, element: TextElement, geo: _Geometry, lang: str = ""
    ) -> Fitted | None:
        if not text.strip():
            return None
        return fit(
            text,
            element.weight,
            width_pt=geo.width,
            height_pt=geo.height,
            max_size=element.size_pt,
            min_size=element.min_size_pt,
            max_lines=element.max_lines,
            lang=lang,
        )

    def _place(
        self,
        state: _RunState,
        fitted: Fitted,
        geo: _Geometry,
        *,
        align: str,
        valign: str,
        colour: Colour,
        who: str,
    ) -> list[str]:
        if fitted.below_min:
            state.below_min.append(who)
        size = fitted.size
        block = block_height(len(fitted.lines), size)
        if valign == "top":
            offset = 0.0
        elif valign == "bottom":
            offset = geo.height - block
        else:
            offset = (geo.height - block) / 2
        ops = [_rg(colour), _rg(colour, stroke=True)]
        baseline = geo.top - offset - ASCENT * size
        for line in fitted.lines:
            width = line.width * size / 1000
            if align == "left":
                x = geo.x
            elif align == "right":
                x = geo.x + geo.width - width
            else:
                x = geo.x + (geo.width - width) / 2
            key = (id(line), size, x, baseline)
            cached = state.lines.get(key)
            if cached is None:
                if len(state.lines) >= 4096:
                    state.lines.clear()  # organisations repeat; names mostly do not
                cached = state.lines[key] = (line, state.encoder.line_ops(line, size, x, baseline))
            ops.append(cached[1])
            baseline -= LINE_PITCH * size
        return ops

    def _text_ops(
        self,
        state: _RunState,
        text: str,
        element: TextElement,
        geo: _Geometry,
        *,
        colour: Colour,
        who: str,
    ) -> list[str]:
        fitted = self._fit(text, element, geo)
        if fitted is None:
            return []
        return self._place(
            state, fitted, geo, align=element.align, valign=element.valign, colour=colour, who=who
        )

    # -- constant parts ----------------------------------------------------------------------

    def _form(self, state: _RunState, category: str, event_name: str) -> str:
        key = (category, event_name)
        name = state.forms.get(key)
        if name is not None:
            return name
        name = f"wufBadge{len(state.forms)}"
        style = self.layout.categories.get(category)
        label = style.label if style else category.upper()
        fill = style.fill if style else BLACK
        text_colour = style.text if style else WHITE
        canvas = state.canvas
        w, h = self.layout.width_mm * MM, self.layout.height_mm * MM
        canvas.beginForm(name, 0, 0, w, h)
        code = [f"1 1 1 rg 0 0 {w:.2f} {h:.2f} re f"]
        for element, geo in self._static:
            assert geo is not None
            if isinstance(element, BandElement):
                code.append(
                    f"{_rg(fill)} {geo.x:.2f} {geo.top - geo.height:.2f} "
                    f"{geo.width:.2f} {geo.height:.2f} re f"
                )
                if element.show_label:
                    fitted = fit(
                        label,
                        "bold",
                        width_pt=geo.width * 0.94,
                        height_pt=geo.height * 0.9,
                        max_size=element.size_pt,
                        min_size=4.0,
                        max_lines=1,
                    )
                    code.extend(
                        self._place(
                            state,
                            fitted,
                            geo,
                            align="center",
                            valign="middle",
                            colour=text_colour,
                            who=label,
                        )
                    )
            elif isinstance(element, RectElement):
                ops = []
                if element.fill is not None:
                    ops.append(_rg(element.fill))
                if element.stroke is not None:
                    ops.append(f"{_rg(element.stroke, stroke=True)} {element.line_width_pt:.2f} w")
                paint = "B" if element.fill and element.stroke else "f" if element.fill else "S"
                ops.append(
                    f"{geo.x:.2f} {geo.top - geo.height:.2f} {geo.width:.2f} "
                    f"{geo.height:.2f} re {paint}"
                )
                code.append(" ".join(ops))
            elif isinstance(element, TextElement):
                colour = element.colour or BLACK
                code.extend(self._text_ops(state, label, element, geo, colour=colour, who=label))
        for element in self.layout.elements:
            if isinstance(element, TextElement) and element.field == "event_name":
                geo = _geometry(element.box, self.layout.height_mm)
                colour = element.colour or BLACK
                code.extend(
                    self._text_ops(state, event_name, element, geo, colour=colour, who=event_name)
                )
        canvas.addLiteral("\n".join(code))
        canvas.endForm()
        state.forms[key] = name
        return name

    # -- one badge ---------------------------------------------------------------------------

    def check(self, badge: BadgeData) -> Refusal | None:
        """Why ``badge`` cannot be printed (a character no bundled font has), or ``None``."""
        return self._lay_out(badge)[1]

    def _lay_out(
        self, badge: BadgeData
    ) -> tuple[list[tuple[Fitted, _Geometry, TextElement | None]], Refusal | None]:
        """Every text of the badge fitted to its box, before anything is drawn; a refusal
        when any of them has a character that cannot be set."""
        a = badge.attendee
        lang = badge_language(a)
        style = self.layout.categories.get(a.category)
        label = style.label if style else a.category.upper()
        latin = self._wants_latin_line(a)
        placed: list[tuple[Fitted, _Geometry, TextElement | None]] = []
        missing: dict[str, None] = {}
        fields: dict[str, None] = {}
        for slot in self._dynamic:
            text = field_text(badge, slot.element.field, label)
            geo = slot.short if latin and slot.short is not None else slot.geo
            fitted = self._fit(text, slot.element, geo, lang)
            if fitted is None:
                continue
            if fitted.missing:
                missing.update(dict.fromkeys(fitted.missing))
                fields[slot.element.field] = None
            placed.append((fitted, geo, slot.element))
        if latin and self._latin is not None:
            text = latin_transcription(a)
            strip, size, min_size = self._latin
            fitted = fit(
                text,
                "regular",
                width_pt=strip.width,
                height_pt=strip.height,
                max_size=size,
                min_size=min_size,
                max_lines=1,
            )
            if text and not fitted.missing:
                placed.append((fitted, strip, None))
        event = fit(
            badge.event_name,
            "regular",
            width_pt=1e6,
            height_pt=1e6,
            max_size=10,
            min_size=1,
            max_lines=1,
        )
        if event.missing:
            missing.update(dict.fromkeys(event.missing))
            fields["event_name"] = None
        if not missing:
            return placed, None
        refusal = Refusal(
            "glyph_missing", a.id, a.reg_code, a.display_name, tuple(fields), tuple(missing)
        )
        return placed, refusal

    def _badge_ops(self, state: _RunState, badge: BadgeData) -> tuple[str, list[str]] | Refusal:
        """The badge's category form and its own operators, or why it cannot be printed."""
        placed, refusal = self._lay_out(badge)
        if refusal is not None:
            return refusal
        a = badge.attendee
        form = self._form(state, a.category, badge.event_name)
        who = a.reg_code or a.id
        ops: list[str] = []
        latin_colour = self.layout.latin_line.colour
        for fitted, geo, element in placed:
            if element is None:  # the Latin line under the name
                ops.extend(
                    self._place(
                        state,
                        fitted,
                        geo,
                        align="center",
                        valign="bottom",
                        colour=latin_colour,
                        who=who,
                    )
                )
                continue
            ops.extend(
                self._place(
                    state,
                    fitted,
                    geo,
                    align=element.align,
                    valign=element.valign,
                    colour=element.colour or BLACK,
                    who=who,
                )
            )
        h = self.layout.height_mm
        for code in self._qr:
            symbol = qr.encode(badge.token, "M")
            modules = symbol.size + 2 * code.quiet_zone_modules
            module = code.size_mm * MM / modules
            x0 = code.x_mm * MM
            top = (h - code.y_mm) * MM
            side = code.size_mm * MM
            if code.snap_dpi:
                # whole printer dots per module, code centred in its box, on the dot grid
                dot = 72 / code.snap_dpi
                module = max(1, int(module / dot)) * dot
                inset = (side - module * modules) / 2
                x0 = round((x0 + inset) / dot) * dot
                top = round((top - inset) / dot) * dot
                side = module * modules
            ops.append(f"1 1 1 rg {x0:.2f} {top - side:.2f} {side:.2f} {side:.2f} re f")
            qx = x0 + code.quiet_zone_modules * module
            qy = top - code.quiet_zone_modules * module
            ops.append(f"q {_rg(code.colour)} {module:.4f} 0 0 {-module:.4f} {qx:.3f} {qy:.3f} cm")
            ops.append(qr.path_ops(symbol).decode("ascii") + "f Q")
        return form, ops

    # -- documents ---------------------------------------------------------------------------

    def render(
        self,
        badges: Iterable[BadgeData],
        *,
        progress: Callable[[int], None] | None = None,
        title: str = "WUF badges",
    ) -> tuple[bytes, RenderReport]:
        """Every printable badge on its page (or sheet cell), in order; refused badges are
        left out and listed in the report. Returns PDF bytes and the report."""
        buffer = io.BytesIO()
        report = self._render_into(buffer, badges, progress=progress, title=title)
        return buffer.getvalue(), report

    def render_to_file(
        self,
        badges: Iterable[BadgeData],
        path: Path,
        *,
        progress: Callable[[int], None] | None = None,
        title: str = "WUF badges",
    ) -> RenderReport:
        """Like :meth:`render`, written straight to ``path`` (no in-memory copies of a
        37,000-page document)."""
        return self._render_into(str(path), badges, progress=progress, title=title)

    def _render_into(
        self,
        target: io.BytesIO | str,
        badges: Iterable[BadgeData],
        *,
        progress: Callable[[int], None] | None,
        title: str,
    ) -> RenderReport:
        layout = self.layout
        canvas = Canvas(
            target,
            pagesize=layout.page_size_pt,
            pageCompression=0,
            invariant=1,
            # a bundled (dynamic) font: reportlab then sets no initial font, so the document
            # refers to no font it does not embed (no Helvetica)
            initialFontName=face_for_script("Latn", "regular").ttf.fontName,
        )
        canvas.setTitle(title)
        canvas.setCreator("WUF Ops")
        doc = _document(canvas)
        state = _RunState(canvas, doc, TextEncoder(doc))
        sheet = layout.sheet
        per_page = sheet.per_page if sheet else 1
        count = 0
        seen = 0
        pages = 0
        cell = 0
        for badge in badges:
            seen += 1
            prepared = self._badge_ops(state, badge)
            if isinstance(prepared, Refusal):
                state.refused.append(prepared)
                if progress is not None:
                    progress(seen)
                continue
            form, ops = prepared
            if sheet is None:
                canvas.doForm(form)
                canvas.addLiteral("\n".join(ops))
            else:
                col, row = cell % sheet.columns, cell // sheet.columns
                x = (sheet.margin_x_mm + col * (layout.width_mm + sheet.gap_x_mm)) * MM
                top = (
                    sheet.height_mm - sheet.margin_y_mm - row * (layout.height_mm + sheet.gap_y_mm)
                )
                y = (top - layout.height_mm) * MM
                canvas.addLiteral(f"q 1 0 0 1 {x:.2f} {y:.2f} cm")
                canvas.doForm(form)
                canvas.addLiteral("\n".join(ops))
                canvas.addLiteral("Q")
            count += 1
            cell += 1
            if cell == per_page:
                self._finish_page(canvas, doc)
                pages += 1
                cell = 0
            if progress is not None:
                progress(seen)
        if cell or pages == 0:
            self._finish_page(canvas, doc)
            pages += 1
        _share_resources(doc, list(state.forms.values()))
        canvas.save()
        return RenderReport(pages, count, tuple(state.below_min), tuple(state.refused))

    def _finish_page(self, canvas: Canvas, doc: Any) -> None:
        sheet = self.layout.sheet
        if sheet is not None and sheet.cut_marks:
            canvas.addLiteral(_cut_marks(self.layout))
        canvas.showPage()
        page = doc.Pages.pages[-1]
        stream = pdfdoc.PDFStream(content=_FastFlate.encode_now(page.stream))
        stream.filters = [_FLATE_DONE]
        stream.__Comment__ = "page stream"
        page.Contents = stream
        page.stream = None  # only the compressed copy stays in memory until save

    def render_one(self, badge: BadgeData) -> bytes:
        """One badge as a print-ready one-page PDF (the desk's print path).

        Raises :class:`GlyphMissing` when a character of the badge has no glyph in any
        bundled font: the desk shows who and which characters instead of printing."""
        refusal = self.check(badge)
        if refusal is not None:
            raise GlyphMissing(refusal)
        return self.render([badge])[0]


class _FlateDone:
    """Marks a stream as already Flate-compressed (done page by page, at level 1:
    badge pages are small and a run has tens of thousands)."""

    pdfname = "FlateDecode"

    def encode(self, data: bytes) -> bytes:
        return data


_FLATE_DONE = _FlateDone()


class _FastFlate:
    @staticmethod
    def encode_now(text: str) -> bytes:
        return zlib.compress(text.encode("latin-1"), 1)


def _share_resources(doc: Any, forms: list[str]) -> None:
    """One resource dictionary (fonts, the category forms) for every page, written once
    instead of once per page: a 37,000-page run saves that many small objects."""
    resources = pdfdoc.PDFResourceDictionary()
    resources.basicFonts()
    if forms:
        resources.XObject = doc.xobjDict(forms)
    reference = doc.Reference(resources, "wufBadgeResources")
    for page in doc.Pages.pages:
        page.Resources = reference


def _cut_marks(layout: Layout) -> str:
    """Cut guides: ticks in the margins where there is room, else light hairlines along the
    edges badges share (cutting on the line trims them away)."""
    sheet = layout.sheet
    assert sheet is not None
    tick = 4.0
    page_w, page_h = sheet.width_mm, sheet.height_mm
    xs = [sheet.margin_x_mm + c * (layout.width_mm + sheet.gap_x_mm) for c in range(sheet.columns)]
    xs = sorted({*xs, *(x + layout.width_mm for x in xs)})
    ys = [sheet.margin_y_mm + r * (layout.height_mm + sheet.gap_y_mm) for r in range(sheet.rows)]
    ys = sorted({*ys, *(y + layout.height_mm for y in ys)})
    segments: list[tuple[float, float, float, float]] = []
    for x in xs:
        if sheet.margin_y_mm >= tick:
            segments += [(x, 0, x, tick), (x, page_h - tick, x, page_h)]
        elif 0 < x < page_w:
            segments.append((x, 0, x, page_h))
    for y in ys:
        if sheet.margin_x_mm >= tick:
            segments += [(0, y, tick, y), (page_w - tick, y, page_w, y)]
        elif 0 < y < page_h:
            segments.append((0, y, page_w, y))
    ops = ["q 0.55 0.55 0.55 RG 0.25 w"]
    for x0, y0, x1, y1 in segments:
        ops.append(
            f"{x0 * MM:.2f} {(page_h - y0) * MM:.2f} m {x1 * MM:.2f} {(page_h - y1) * MM:.2f} l S"
        )
    ops.append("Q")
    return " ".join(ops)


_RENDERERS: dict[int, BadgeRenderer] = {}


def renderer_for(layout: Layout) -> BadgeRenderer:
    """The prepared renderer of ``layout`` (the last few layouts used are kept)."""
    found = _RENDERERS.get(id(layout))
    if found is None or found.layout is not layout:
        if len(_RENDERERS) >= 8:
            _RENDERERS.pop(next(iter(_RENDERERS)))
        found = _RENDERERS[id(layout)] = BadgeRenderer(layout)
    return found


def render_badges(layout: Layout, badges: Sequence[BadgeData] | Iterable[BadgeData]) -> bytes:
    """Layout + badges → PDF bytes."""
    return renderer_for(layout).render(badges)[0]


def render_badge(layout: Layout, badge: BadgeData) -> bytes:
    """One badge → print-ready PDF bytes."""
    return renderer_for(layout).render_one(badge)
