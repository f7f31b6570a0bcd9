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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from wufops.badges import qr
from wufops.badges.content import (
    BadgeData,
    badge_language,
    country_name,
    family_first,
    field_text,
    latin_transcription,
    non_latin_name,
)
from wufops.badges.document import cut_marks, document_of, finish_page, share_resources
from wufops.badges.fonts import face_for_script
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
from wufops.errors import CodedError
from wufops.models.attendee import Attendee

__all__ = [
    "BadgeData",
    "BadgeRenderer",
    "GlyphMissing",
    "Refusal",
    "RenderReport",
    "badge_language",
    "country_name",
    "family_first",
    "field_text",
    "latin_transcription",
    "render_badge",
    "render_badges",
    "renderer_for",
]

BLACK: Colour = (0.0, 0.0, 0.0)
WHITE: Colour = (1.0, 1.0, 1.0)


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
        doc = document_of(canvas)
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
        share_resources(doc, list(state.forms.values()))
        canvas.save()
        return RenderReport(pages, count, tuple(state.below_min), tuple(state.refused))

    def _finish_page(self, canvas: Canvas, doc: Any) -> None:
        sheet = self.layout.sheet
        if sheet is not None and sheet.cut_marks:
            canvas.addLiteral(cut_marks(self.layout))
        finish_page(canvas, doc)

    def render_one(self, badge: BadgeData) -> bytes:
        """One badge as a print-ready one-page PDF (the desk's print path).

        Raises :class:`GlyphMissing` when a character of the badge has no glyph in any
        bundled font: the desk shows who and which characters instead of printing."""
        refusal = self.check(badge)
        if refusal is not None:
            raise GlyphMissing(refusal)
        return self.render([badge])[0]


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
