"""One badge PDF being written: pages as they are finished, category forms, fonts at the end.

:class:`BadgeDocument` writes through :class:`~wufops.badges.pdf.PdfWriter`: each page's
content stream and page object go to the file as soon as the page is finished, so a run of
37,000 badges keeps only the cross-reference offsets, the page list and the glyphs each font
has drawn. Every page and form shares one resource dictionary (the fonts, the category forms),
written once at the end together with the page tree and the fonts, each subset once
(``wufops.badges.embed``). The cut guides of sheet layouts are here too.
"""

from __future__ import annotations

from array import array
from typing import BinaryIO

from wufops.badges.embed import DocumentFonts
from wufops.badges.layout import MM, Layout
from wufops.badges.pdf import PdfWriter, pdf_string


def _number(value: float) -> bytes:
    return f"{value:.4f}".rstrip("0").rstrip(".").encode("ascii")


class BadgeDocument:
    """A PDF of badge pages written to ``out`` as it goes (see the module docstring)."""

    def __init__(self, out: BinaryIO, page_size: tuple[float, float], title: str) -> None:
        self._pdf = PdfWriter(out)
        self.fonts = DocumentFonts(self._pdf)
        self._catalog = self._pdf.reserve()
        self._pages = self._pdf.reserve()
        self._resources = self._pdf.reserve()
        self._font_dict = self._pdf.reserve()
        self._title = title
        width, height = page_size
        self._page_head = (
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %b %b] /Resources %d 0 R"
            % (
                self._pages,
                _number(width),
                _number(height),
                self._resources,
            )
        )
        self._forms: list[tuple[str, int]] = []
        self._kids = array("q")  # page object numbers

    @property
    def pages(self) -> int:
        return len(self._kids)

    def add_form(self, name: str, width: float, height: float, content: bytes) -> None:
        """A form XObject drawn on pages by ``/name Do``."""
        number = self._pdf.add_stream(
            content,
            b" /Type /XObject /Subtype /Form /BBox [0 0 %b %b] /Resources << /Font %d 0 R >>"
            % (_number(width), _number(height), self._font_dict),
        )
        self._forms.append((name, number))

    def add_page(self, content: bytes) -> None:
        """A finished page: its operators are compressed and written now."""
        stream = self._pdf.add_stream(content)
        self._kids.append(self._pdf.add(self._page_head + b" /Contents %d 0 R >>" % stream))

    def close(self) -> None:
        """Fonts (subset once), shared resources, page tree, catalog, cross references."""
        pdf = self._pdf
        self.fonts.write()
        pdf.write(self._font_dict, self.fonts.resources())
        forms = " ".join(f"/{name} {number} 0 R" for name, number in self._forms)
        pdf.write(
            self._resources,
            b"<< /Font %d 0 R /XObject << %b >> >>" % (self._font_dict, forms.encode("ascii")),
        )
        kids = " ".join(f"{kid} 0 R" for kid in self._kids).encode("ascii")
        pdf.write(self._pages, b"<< /Type /Pages /Kids [%b] /Count %d >>" % (kids, len(self._kids)))
        pdf.write(self._catalog, b"<< /Type /Catalog /Pages %d 0 R >>" % self._pages)
        info = pdf.add(
            b"<< /Title %b /Creator (WUF Ops) /Producer (WUF Ops) >>" % pdf_string(self._title)
        )
        pdf.close(self._catalog, info)


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
