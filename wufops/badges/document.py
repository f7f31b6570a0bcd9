"""The reportlab document behind a badge run: what reportlab's public API does not offer.

``Canvas`` draws through public methods (``addLiteral``, ``doForm``, ``beginForm``); this
module holds the one read of its private document (:func:`document_of`) and what it is for:
compressing each finished page at once (:func:`finish_page`; reportlab keeps a page's text
until ``save``, ≈ 270 MB more for a 37,000-badge run), one resource dictionary shared by
every page (:func:`share_resources`), and the cut guides of sheet layouts.
"""

from __future__ import annotations

import zlib
from typing import Any

from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from wufops.badges.layout import MM, Layout


def document_of(canvas: Canvas) -> Any:
    """The canvas's reportlab document. reportlab's public font methods that encode shaped
    glyphs (``TTFont.splitString``, ``getSubsetInternalName``) take it, and it is how a page
    is compressed as soon as it is finished (reportlab's public API keeps every page's text
    until ``save``: for a 37,000-badge run that is ≈ 270 MB more)."""
    return canvas._doc  # reportlab offers no public accessor for its document


def finish_page(canvas: Canvas, doc: Any) -> None:
    """End the page and keep only its compressed stream in memory until ``save``."""
    canvas.showPage()
    page = doc.Pages.pages[-1]
    stream = pdfdoc.PDFStream(content=_FastFlate.encode_now(page.stream))
    stream.filters = [_FLATE_DONE]
    stream.__Comment__ = "page stream"
    page.Contents = stream
    page.stream = None  # only the compressed copy stays in memory until save


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


def share_resources(doc: Any, forms: list[str]) -> None:
    """One resource dictionary (fonts, the category forms) for every page, written once
    instead of once per page: a 37,000-page run saves that many small objects."""
    resources = pdfdoc.PDFResourceDictionary()
    resources.basicFonts()
    if forms:
        resources.XObject = doc.xobjDict(forms)
    reference = doc.Reference(resources, "wufBadgeResources")
    for page in doc.Pages.pages:
        page.Resources = reference


def cut_marks(layout: Layout) -> str:
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
