"""Rendering badges: a pure function from a layout and badges to PDF bytes.

What stays the same across a run is drawn once: per category, a form XObject holds the bands,
rectangles and the event name, and every badge page just places it (``/BadgeN Do``). Per
badge we draw the name, organisation and country (shaped text, ``wufops.badges.text``) and
the QR code as one vector path (``wufops.badges.qr``). A text laid out and encoded once is
reused for the rest of the run (names, organisations and countries repeat). Pages go to the
file as they are finished (``wufops.badges.document`` on our streaming writer,
``wufops.badges.pdf``); the fonts are subset and embedded once, at the end.

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
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

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
from wufops.badges.document import BadgeDocument, cut_marks
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
from wufops.badges.text import (
    ASCENT,
    LINE_PITCH,
    Fitted,
    TextEncoder,
    block_height,
    fit,
    fit_once,
)
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


@lru_cache(maxsize=256)
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


#: registration codes and Latin lines are on one badge each: fitted without the caches,
#: which keep the names and organisations that repeat
_ONE_OFF_FIELDS = frozenset({"reg_code", "full_name", "latin_name"})
#: per document, texts kept laid out and encoded (field, text → operators); a run clears
#: them when this many are kept
_KEPT_PARTS = 20_000


@dataclass
class _Part:
    """One text of a badge, fitted to its box; its operators once encoded in a document."""

    fitted: Fitted
    geo: _Geometry
    align: str
    valign: str
    colour: Colour
    ops: bytes | None = None
    missing: tuple[str, ...] = field(init=False, default=())

    def __post_init__(self) -> None:
        self.missing = self.fitted.missing


@dataclass
class _RunState:
    doc: BadgeDocument
    encoder: TextEncoder
    forms: dict[tuple[str, str], bytes] = field(default_factory=dict)
    below_min: list[str] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    #: (slot, text, language, with Latin line) -> the part: names and organisations repeat
    parts: dict[tuple[int, str, str, bool], _Part] = field(default_factory=dict)


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
        self._qr_frames: dict[tuple[int, int], tuple[bytes, bytes]] = {}
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
        fitter = fit_once if element.field in _ONE_OFF_FIELDS else fit
        return fitter(
            text,
            element.weight,
            width_pt=geo.width,
            height_pt=geo.height,
            max_size=element.size_pt,
            min_size=element.min_size_pt,
            max_lines=element.max_lines,
            lang=lang,
        )

    def _place(self, encoder: TextEncoder, part: _Part) -> bytes:
        """The operators drawing a fitted text in its box, aligned."""
        fitted, geo = part.fitted, part.geo
        size = fitted.size
        block = block_height(len(fitted.lines), size)
        if part.valign == "top":
            offset = 0.0
        elif part.valign == "bottom":
            offset = geo.height - block
        else:
            offset = (geo.height - block) / 2
        ops = [_rg(part.colour).encode("ascii"), _rg(part.colour, stroke=True).encode("ascii")]
        baseline = geo.top - offset - ASCENT * size
        for line in fitted.lines:
            width = line.width * size / 1000
            if part.align == "left":
                x = geo.x
            elif part.align == "right":
                x = geo.x + geo.width - width
            else:
                x = geo.x + (geo.width - width) / 2
            ops.append(encoder.line_ops(line, size, x, baseline))
            baseline -= LINE_PITCH * size
        return b"\n".join(ops)

    def _text_ops(
        self,
        state: _RunState,
        text: str,
        element: TextElement,
        geo: _Geometry,
        *,
        colour: Colour,
        who: str,
    ) -> list[bytes]:
        fitted = self._fit(text, element, geo)
        if fitted is None:
            return []
        if fitted.below_min:
            state.below_min.append(who)
        part = _Part(fitted, geo, element.align, element.valign, colour)
        return [self._place(state.encoder, part)]

    # -- constant parts ----------------------------------------------------------------------

    def _form(self, state: _RunState, category: str, event_name: str) -> bytes:
        """``/BadgeN Do``: the category's form (bands, label, event name), made once."""
        key = (category, event_name)
        found = state.forms.get(key)
        if found is not None:
            return found
        name = f"Badge{len(state.forms)}"
        style = self.layout.categories.get(category)
        label = style.label if style else category.upper()
        fill = style.fill if style else BLACK
        text_colour = style.text if style else WHITE
        w, h = self.layout.width_mm * MM, self.layout.height_mm * MM
        code = [f"1 1 1 rg 0 0 {w:.2f} {h:.2f} re f".encode("ascii")]
        for element, geo in self._static:
            assert geo is not None
            if isinstance(element, BandElement):
                code.append(
                    f"{_rg(fill)} {geo.x:.2f} {geo.top - geo.height:.2f} "
                    f"{geo.width:.2f} {geo.height:.2f} re f".encode("ascii")
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
                    if fitted.below_min:
                        state.below_min.append(label)
                    part = _Part(fitted, geo, "center", "middle", text_colour)
                    code.append(self._place(state.encoder, part))
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
                code.append(" ".join(ops).encode("ascii"))
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
        state.doc.add_form(name, w, h, b"\n".join(code))
        found = state.forms[key] = f"/{name} Do".encode("ascii")
        return found

    def _qr_frame(self, code: QrElement, size: int) -> tuple[bytes, bytes]:
        """What surrounds a QR symbol's modules: its white quiet zone and the transform to
        module units (y downwards), then the fill; constant for a layout and symbol size."""
        found = self._qr_frames.get((id(code), size))
        if found is not None:
            return found
        h = self.layout.height_mm
        modules = size + 2 * code.quiet_zone_modules
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
        qx = x0 + code.quiet_zone_modules * module
        qy = top - code.quiet_zone_modules * module
        head = (
            f"1 1 1 rg {x0:.2f} {top - side:.2f} {side:.2f} {side:.2f} re f\n"
            f"q {_rg(code.colour)} {module:.4f} 0 0 {-module:.4f} {qx:.3f} {qy:.3f} cm\n"
        )
        found = self._qr_frames[(id(code), size)] = (head.encode("ascii"), b"f Q")
        return found

    # -- one badge ---------------------------------------------------------------------------

    def check(self, badge: BadgeData) -> Refusal | None:
        """Why ``badge`` cannot be printed (a character no bundled font has), or ``None``."""
        return self._lay_out(badge, {})[1]

    def _lay_out(
        self, badge: BadgeData, kept: dict[tuple[int, str, str, bool], _Part]
    ) -> tuple[list[_Part], Refusal | None]:
        """Every text of the badge fitted to its box, before anything is drawn; a refusal
        when any of them has a character that cannot be set. ``kept``: parts laid out
        before, by slot and text (a name laid out once is laid out for the whole run)."""
        a = badge.attendee
        lang = badge_language(a)
        style = self.layout.categories.get(a.category)
        label = style.label if style else a.category.upper()
        latin = self._wants_latin_line(a)
        placed: list[_Part] = []
        missing: dict[str, None] = {}
        fields: dict[str, None] = {}
        for index, slot in enumerate(self._dynamic):
            element = slot.element
            text = field_text(badge, element.field, label)
            key = (index, text, lang, latin)
            part = kept.get(key)
            if part is None:
                geo = slot.short if latin and slot.short is not None else slot.geo
                fitted = self._fit(text, element, geo, lang)
                if fitted is None:
                    continue
                colour = element.colour or BLACK
                part = _Part(fitted, geo, element.align, element.valign, colour)
                if element.field not in _ONE_OFF_FIELDS:
                    if len(kept) >= _KEPT_PARTS:
                        kept.clear()
                    kept[key] = part
            if part.missing:
                missing.update(dict.fromkeys(part.missing))
                fields[element.field] = None
            placed.append(part)
        if latin and self._latin is not None:
            text = latin_transcription(a)
            strip, size, min_size = self._latin
            fitted = fit_once(
                text,
                "regular",
                width_pt=strip.width,
                height_pt=strip.height,
                max_size=size,
                min_size=min_size,
                max_lines=1,
            )
            if text and not fitted.missing:
                colour = self.layout.latin_line.colour
                placed.append(_Part(fitted, strip, "center", "bottom", colour))
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

    def _badge_ops(self, state: _RunState, badge: BadgeData) -> list[bytes] | Refusal:
        """The badge's operators (its category form, texts, QR code), or why it cannot be
        printed."""
        placed, refusal = self._lay_out(badge, state.parts)
        if refusal is not None:
            return refusal
        a = badge.attendee
        ops = [self._form(state, a.category, badge.event_name)]
        for part in placed:
            if part.fitted.below_min:
                state.below_min.append(a.reg_code or a.id)
            if part.ops is None:
                part.ops = self._place(state.encoder, part)
            ops.append(part.ops)
        for code in self._qr:
            symbol = qr.encode(badge.token, "M")
            head, tail = self._qr_frame(code, symbol.size)
            ops.append(head + qr.path_ops(symbol) + tail)
        return ops

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
        """Like :meth:`render`, each page written to ``path`` as soon as it is finished
        (a run's memory does not grow with its pages). If the run stops with an exception
        (``progress`` raising cancels it), the unfinished file is removed."""
        try:
            with open(path, "wb", buffering=1 << 20) as out:
                return self._render_into(out, badges, progress=progress, title=title)
        except BaseException:
            path.unlink(missing_ok=True)
            raise

    def _render_into(
        self,
        out: BinaryIO,
        badges: Iterable[BadgeData],
        *,
        progress: Callable[[int], None] | None,
        title: str,
    ) -> RenderReport:
        layout = self.layout
        doc = BadgeDocument(out, layout.page_size_pt, title)
        state = _RunState(doc, TextEncoder(doc.fonts))
        sheet = layout.sheet
        per_page = sheet.per_page if sheet else 1
        marks = cut_marks(layout).encode("ascii") if sheet is not None and sheet.cut_marks else b""
        page: list[bytes] = []
        count = 0
        seen = 0
        cell = 0
        for badge in badges:
            seen += 1
            prepared = self._badge_ops(state, badge)
            if isinstance(prepared, Refusal):
                state.refused.append(prepared)
                if progress is not None:
                    progress(seen)
                continue
            if sheet is None:
                doc.add_page(b"\n".join(prepared))
            else:
                col, row = cell % sheet.columns, cell // sheet.columns
                x = (sheet.margin_x_mm + col * (layout.width_mm + sheet.gap_x_mm)) * MM
                top = (
                    sheet.height_mm - sheet.margin_y_mm - row * (layout.height_mm + sheet.gap_y_mm)
                )
                y = (top - layout.height_mm) * MM
                page.append(f"q 1 0 0 1 {x:.2f} {y:.2f} cm".encode("ascii"))
                page.extend(prepared)
                page.append(b"Q")
                cell += 1
                if cell == per_page:
                    doc.add_page(b"\n".join([*page, marks]))
                    page.clear()
                    cell = 0
            count += 1
            if progress is not None:
                progress(seen)
        if cell or doc.pages == 0:
            doc.add_page(b"\n".join([*page, marks]))
        doc.close()
        below = tuple(state.below_min)
        return RenderReport(doc.pages, count, below, tuple(state.refused))

    def render_one(self, badge: BadgeData) -> bytes:
        """One badge as a print-ready one-page PDF (the desk's print path).

        Raises :class:`GlyphMissing` when a character of the badge has no glyph in any
        bundled font: the desk shows who and which characters instead of printing."""
        pdf, report = self.render([badge])  # lays the badge out once: check() would again
        if report.refused:
            raise GlyphMissing(report.refused[0])
        return pdf


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
