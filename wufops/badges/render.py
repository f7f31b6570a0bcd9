"""Rendering badges: a pure function from a layout and badges to PDF bytes (reportlab).

What stays the same across a run is drawn once: per category, a form XObject holds the bands,
rectangles and the event name, and every badge page just places it. Per badge we draw the
name, organisation and country (shaped text, ``wufops.badges.text``) and the QR code as one
vector path (``wufops.badges.qr``). Text and QR operators are written straight into the
page stream; reportlab still owns the document: objects, font subsetting, cross references.

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
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from wufops.badges import qr
from wufops.badges.fonts import face_for_script, script_of
from wufops.badges.layout import (
    MM,
    BandElement,
    Box,
    Colour,
    Layout,
    QrElement,
    RectElement,
    TextElement,
)
from wufops.badges.text import ASCENT, LINE_PITCH, Fitted, TextEncoder, block_height, fit
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
class RenderReport:
    """What a run noticed: names that needed shrinking below the minimum, or had
    characters no bundled font can set (never drawn as boxes; listed for review)."""

    pages: int
    badges: int
    below_min: tuple[str, ...] = ()
    missing: tuple[tuple[str, str], ...] = ()


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """English short name of an ISO 3166-1 alpha-2 code (the code itself if unknown)."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)


_CJK = frozenset({"Hani", "Hang"})


def family_first(attendee: Attendee) -> bool:
    """Names registered in Chinese, Japanese or Korean script are written family name first."""
    parts = (attendee.given_name + attendee.family_name).replace(" ", "")
    return bool(parts) and all(script_of(c) in _CJK for c in parts)


def _cjk_full_name(a: Attendee) -> str:
    gap = "" if a.family_name and a.given_name else " "
    return f"{a.family_name}{gap}{a.given_name}".strip()


def field_text(badge: BadgeData, name: str, label: str) -> str:
    """The text of a layout field for one badge.

    For a name in Chinese, Japanese or Korean script the ``given_name`` slot (the big one)
    holds the whole name family-first (张浩然, 田中美咲, 김민준) and the ``family_name`` slot
    the Latin transliteration, family name in capitals (ZHANG Haoran), for staff who cannot
    read the script.
    """
    a = badge.attendee
    if name in ("given_name", "family_name", "full_name") and family_first(a):
        if name == "family_name":
            latin = " ".join(p for p in (a.latin_family.upper(), a.latin_given) if p)
            return latin
        return _cjk_full_name(a)
    if name == "given_name":
        return a.given_name
    if name == "family_name":
        return a.family_name
    if name == "full_name":
        return a.display_name
    if name == "latin_name":
        return a.latin_name if a.latin_name != a.display_name else ""
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
    encoder: TextEncoder
    forms: dict[tuple[str, str], str] = field(default_factory=dict)
    below_min: list[str] = field(default_factory=list)
    missing: list[tuple[str, str]] = field(default_factory=list)
    #: id(line), size, x, y -> (line, operators): organisations and countries repeat
    lines: dict[tuple[int, float, float, float], tuple[Any, str]] = field(default_factory=dict)


class BadgeRenderer:
    """A layout prepared for drawing; ``render`` and ``render_one`` make PDF bytes."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        h = layout.height_mm
        self._static: list[tuple[Any, _Geometry | None]] = []
        self._dynamic: list[tuple[TextElement, _Geometry]] = []
        self._qr: list[QrElement] = []
        for element in layout.elements:
            if isinstance(element, QrElement):
                self._qr.append(element)
            elif isinstance(element, TextElement):
                if element.field == "event_name":
                    continue  # drawn in the per-category form, per event name
                if element.field == "category_label":
                    self._static.append((element, _geometry(element.box, h)))
                else:
                    self._dynamic.append((element, _geometry(element.box, h)))
            else:
                box = element.box
                self._static.append((element, _geometry(box, h)))

    # -- text --------------------------------------------------------------------------------

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
        if not text.strip():
            return []
        fitted = fit(
            text,
            element.weight,
            width_pt=geo.width,
            height_pt=geo.height,
            max_size=element.size_pt,
            min_size=element.min_size_pt,
            max_lines=element.max_lines,
        )
        return self._place(
            state, fitted, geo, align=element.align, valign=element.valign, colour=colour, who=who
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
        for char in fitted.missing:
            state.missing.append((who, char))
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
        code: list[str] = canvas._code
        code.append(f"1 1 1 rg 0 0 {w:.2f} {h:.2f} re f")
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
        canvas.endForm()
        state.forms[key] = name
        return name

    # -- one badge ---------------------------------------------------------------------------

    def _badge_ops(self, state: _RunState, badge: BadgeData) -> list[str]:
        a = badge.attendee
        form = self._form(state, a.category, badge.event_name)
        ops = [f"/{state.canvas._doc.getXObjectName(form)} Do"]
        state.canvas._formsinuse.append(form)
        style = self.layout.categories.get(a.category)
        label = style.label if style else a.category.upper()
        who = a.reg_code or a.id
        for element, geo in self._dynamic:
            text = field_text(badge, element.field, label)
            colour = element.colour or BLACK
            ops.extend(self._text_ops(state, text, element, geo, colour=colour, who=who))
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
        return ops

    # -- documents ---------------------------------------------------------------------------

    def render(
        self,
        badges: Iterable[BadgeData],
        *,
        progress: Callable[[int], None] | None = None,
        title: str = "WUF badges",
    ) -> tuple[bytes, RenderReport]:
        """Every badge on its page (or sheet cell), in order; returns PDF bytes and a report."""
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
            initialFontName=face_for_script("Latn", "regular").rl_name,
        )
        canvas.setTitle(title)
        canvas.setCreator("WUF Ops")
        state = _RunState(canvas, TextEncoder(canvas._doc))
        sheet = layout.sheet
        per_page = sheet.per_page if sheet else 1
        count = 0
        pages = 0
        cell = 0
        for badge in badges:
            ops = self._badge_ops(state, badge)
            if sheet is None:
                canvas._code.extend(ops)
            else:
                col, row = cell % sheet.columns, cell // sheet.columns
                x = (sheet.margin_x_mm + col * (layout.width_mm + sheet.gap_x_mm)) * MM
                top = (
                    sheet.height_mm - sheet.margin_y_mm - row * (layout.height_mm + sheet.gap_y_mm)
                )
                y = (top - layout.height_mm) * MM
                canvas._code.append(f"q 1 0 0 1 {x:.2f} {y:.2f} cm")
                canvas._code.extend(ops)
                canvas._code.append("Q")
            count += 1
            cell += 1
            if cell == per_page:
                self._finish_page(canvas)
                pages += 1
                cell = 0
            if progress is not None:
                progress(count)
        if cell or pages == 0:
            self._finish_page(canvas)
            pages += 1
        _share_resources(canvas, list(state.forms.values()))
        canvas.save()
        return RenderReport(pages, count, tuple(state.below_min), tuple(state.missing))

    def _finish_page(self, canvas: Canvas) -> None:
        sheet = self.layout.sheet
        if sheet is not None and sheet.cut_marks:
            canvas._code.append(_cut_marks(self.layout))
        canvas.showPage()
        page = canvas._doc.Pages.pages[-1]
        stream = pdfdoc.PDFStream(content=_FastFlate.encode_now(page.stream))
        stream.filters = [_FLATE_DONE]
        stream.__Comment__ = "page stream"
        page.Contents = stream
        page.stream = None  # only the compressed copy stays in memory until save

    def render_one(self, badge: BadgeData) -> bytes:
        """One badge as a print-ready one-page PDF (the desk's reprint path)."""
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


def _share_resources(canvas: Canvas, forms: list[str]) -> None:
    """One resource dictionary (fonts, the category forms) for every page, written once
    instead of once per page: a 37,000-page run saves that many small objects."""
    doc = canvas._doc
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
