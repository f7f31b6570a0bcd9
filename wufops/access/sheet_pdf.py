"""A small page composer for text documents in any script, on the badge writer's machinery.

The day sheets (``wufops.access.sheets``) are text in tables: names and titles in any
script. They are drawn the way badges are (``wufops.badges``): each line shaped by HarfBuzz
in the bundled font of its script (Arabic joined right to left, Devanagari conjuncts, CJK),
written by :class:`~wufops.badges.document.BadgeDocument` with every font subset and
embedded once and a ToUnicode map, so ``pdftotext`` and search give the text back.

:class:`Composer` keeps a cursor down an A4 page: :meth:`Composer.text` wraps a text at
spaces (or anywhere, for scripts without spaces) to a width and returns the height used;
:meth:`Composer.rule` and :meth:`Composer.fill` draw lines and shaded boxes. Characters no
bundled font has are left out and listed in :attr:`Composer.missing`.
"""

from __future__ import annotations

import unicodedata
from typing import BinaryIO

from wufops.badges.document import BadgeDocument
from wufops.badges.fonts import Weight
from wufops.badges.layout import MM
from wufops.badges.text import ASCENT, LINE_PITCH, ShapedLine, TextEncoder, shape

#: A4 portrait, in points
PAGE_W, PAGE_H = 210 * MM, 297 * MM
MARGIN = 15 * MM


def _wrap(text: str, weight: Weight, size: float, width: float) -> list[ShapedLine]:
    """``text`` in lines no wider than ``width`` pt: broken at spaces, and inside a word only
    when the word alone is wider (CJK titles have no spaces)."""
    limit = width * 1000 / size
    words = " ".join(text.split()).split(" ")
    lines: list[ShapedLine] = []
    current = ""
    for whole in words:
        word = whole
        trial = f"{current} {word}" if current else word
        if shape(trial, weight).width <= limit:
            current = trial
            continue
        if current:
            lines.append(shape(current, weight))
            current = ""
        while word and shape(word, weight).width > limit:
            cut = len(word) - 1
            while cut > 1 and shape(word[:cut], weight).width > limit:
                cut -= 1
            lines.append(shape(word[:cut], weight))
            word = word[cut:]
        current = word
    if current or not lines:
        lines.append(shape(current, weight))
    return _same_direction(text, lines, weight)


def _first_strong(text: str) -> str:
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "L"
        if kind in ("R", "AL"):
            return "R"
    return ""


def _same_direction(text: str, lines: list[ShapedLine], weight: Weight) -> list[ShapedLine]:
    """Every line in the direction of the whole text: a wrapped line that begins with a word
    of the other direction (an Arabic name after a Latin label) gets a directional mark, or
    its neutrals (``;``, ``:``) would be placed as if the line were a paragraph of its own."""
    direction = _first_strong(text)
    if not direction:
        return lines
    mark = "\u200e" if direction == "L" else "\u200f"
    return [
        line if _first_strong(line.text) in ("", direction) else shape(mark + line.text, weight)
        for line in lines
    ]


class Composer:
    """Pages of one PDF with a cursor ``y`` (points from the page's bottom edge)."""

    def __init__(self, out: BinaryIO, title: str) -> None:
        self._document = BadgeDocument(out, (PAGE_W, PAGE_H), title)
        self._encoder = TextEncoder(self._document.fonts)
        self._ops: list[bytes] = []
        self.y = PAGE_H - MARGIN
        self.missing: set[str] = set()
        self._open = False

    @property
    def pages(self) -> int:
        return self._document.pages

    def new_page(self) -> None:
        self.end_page()
        self._open = True
        self.y = PAGE_H - MARGIN

    def end_page(self) -> None:
        if self._open:
            self._document.add_page(b"\n".join(self._ops))
            self._ops = []
            self._open = False

    def close(self) -> None:
        self.end_page()
        self._document.close()

    def room_left(self) -> float:
        return self.y - MARGIN

    def measure(self, text: str, *, size: float, width: float, bold: bool = False) -> float:
        """The height :meth:`text` would use."""
        lines = _wrap(text, "bold" if bold else "regular", size, width)
        return LINE_PITCH * size * len(lines)

    def text(
        self,
        text: str,
        *,
        x: float,
        top: float,
        size: float,
        width: float,
        bold: bool = False,
        grey: float = 0.0,
        align_right: bool = False,
    ) -> float:
        """Draw ``text`` wrapped to ``width`` with its first line's top at ``top``; returns
        the height used."""
        weight: Weight = "bold" if bold else "regular"
        lines = _wrap(text, weight, size, width)
        self._ops.append(f"{grey:.2f} g {grey:.2f} G".encode("ascii"))
        baseline = top - ASCENT * size
        for line in lines:
            self.missing.update(line.missing)
            lx = x + width - line.width * size / 1000 if align_right else x
            self._ops.append(self._encoder.line_ops(line, size, lx, baseline))
            baseline -= LINE_PITCH * size
        self._ops.append(b"0 g 0 G")
        return LINE_PITCH * size * len(lines)

    def rule(self, y: float, *, x0: float = MARGIN, x1: float = PAGE_W - MARGIN) -> None:
        self._ops.append(f"0.6 G 0.4 w {x0:.2f} {y:.2f} m {x1:.2f} {y:.2f} l S 0 G".encode())

    def fill(self, x: float, y: float, w: float, h: float, grey: float) -> None:
        """A shaded box with its lower-left corner at (x, y)."""
        self._ops.append(f"{grey:.2f} g {x:.2f} {y:.2f} {w:.2f} {h:.2f} re f 0 g".encode())
