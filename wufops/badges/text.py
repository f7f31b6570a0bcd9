"""Setting one line of a name in any script: runs, bidi order, HarfBuzz shaping, PDF text ops.

``shape(text, weight)`` NFC-normalises the text, splits it into runs of one font (the font
of each run's script, ``wufops.badges.fonts``), resolves bidirectional levels (a compact
form of UAX #9 for single-line names: strong types, numbers, neutrals between runs),
shapes every run with HarfBuzz in its direction, and lists the runs in visual order.
Characters no bundled font can set are reported in ``missing`` and left out (never drawn
as .notdef boxes).

``fit(...)`` shrinks a name to its box and wraps it at spaces when shrinking alone would go
below the layout's minimum size. ``TextEncoder`` turns a shaped line into PDF text operators
for one reportlab document (font subsets, ``TJ`` kerning arrays, ``Ts`` rise for marks).
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import uharfbuzz as hb

from wufops.badges.fonts import (
    FontFace,
    Weight,
    face_for_script,
    fallback_faces,
    script_of,
)

#: line pitch and first-baseline position, in em, for every script (tall scripts included)
LINE_PITCH = 1.28
ASCENT = 0.98
#: characters HarfBuzz handles even when a font has no glyph for them
_IGNORABLE = frozenset({0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF}) | frozenset(
    range(0xFE00, 0xFE10)
)


@dataclass(frozen=True)
class Run:
    """Glyphs of one font in visual order; all measures in 1/1000 em."""

    face: FontFace
    rtl: bool
    codes: tuple[int, ...]
    gids: tuple[int, ...]
    advances: tuple[int, ...]
    x_offsets: tuple[int, ...]
    y_offsets: tuple[int, ...]
    width: int
    #: index in ``text`` of the character each glyph was shaped from (HarfBuzz cluster)
    clusters: tuple[int, ...] = ()
    text: str = ""


@dataclass(frozen=True)
class ShapedLine:
    text: str
    runs: tuple[Run, ...]
    width: int
    #: characters that no bundled font could set (left out of the drawing)
    missing: tuple[str, ...]


# -- bidi ------------------------------------------------------------------------------------

_STRONG_R = frozenset({"R", "AL"})
_NUMBER = frozenset({"EN", "AN"})


def bidi_levels(text: str) -> list[int]:
    """Embedding levels of a single-line text (0 = left to right, odd = right to left)."""
    types = [unicodedata.bidirectional(c) or "ON" for c in text]
    base = 0
    for t in types:
        if t == "L":
            break
        if t in _STRONG_R:
            base = 1
            break
    sos = "R" if base else "L"
    # W1 (non-spacing marks) and explicit marks
    resolved: list[str] = []
    for kind in types:
        if kind == "NSM":
            resolved.append(resolved[-1] if resolved else sos)
        else:
            resolved.append({"LRM": "L", "RLM": "R"}.get(kind, kind))
    # W2, W3, W7
    last_strong = sos
    for i, t in enumerate(resolved):
        if t in ("L", "R", "AL"):
            last_strong = t
            if t == "AL":
                resolved[i] = "R"
        elif t == "EN":
            if last_strong == "AL":
                resolved[i] = "AN"
            elif last_strong == "L":
                resolved[i] = "L"
    # W4: a single separator between two numbers of the same type joins them
    for i in range(1, len(resolved) - 1):
        if resolved[i] in ("ES", "CS") and resolved[i - 1] == resolved[i + 1] in _NUMBER:
            resolved[i] = resolved[i - 1]

    # N1, N2: neutrals take the direction around them, else the paragraph's
    def direction(t: str) -> str | None:
        if t == "L":
            return "L"
        if t in ("R", "EN", "AN"):
            return "R"
        return None

    i = 0
    n = len(resolved)
    while i < n:
        if direction(resolved[i]) is not None:
            i += 1
            continue
        j = i
        while j < n and direction(resolved[j]) is None:
            j += 1
        before = direction(resolved[i - 1]) if i > 0 else sos
        after = direction(resolved[j]) if j < n else sos
        fill = before if before == after else sos
        for k in range(i, j):
            resolved[k] = fill or sos
        i = j
    levels: list[int] = []
    for t in resolved:
        if base == 0:
            levels.append(0 if t == "L" else 2 if t in _NUMBER else 1)
        else:
            levels.append(1 if t == "R" else 2)
    return levels


def visual_order(levels: list[int]) -> list[int]:
    """Indices of items with ``levels`` in display order (UAX #9 rule L2)."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    lowest_odd = min((lv for lv in levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


# -- runs and shaping ------------------------------------------------------------------------


def _scripts(text: str) -> list[str]:
    """Script of each character; common and inherited ones take their neighbour's."""
    raw = [script_of(c) for c in text]
    out = list(raw)
    current = None
    for i, s in enumerate(raw):
        if s in ("Zyyy", "Zinh"):
            if current is not None:
                out[i] = current
        else:
            current = s
    first = next((s for s in raw if s not in ("Zyyy", "Zinh")), "Zyyy")
    for i, s in enumerate(out):
        if s in ("Zyyy", "Zinh"):
            out[i] = first
        else:
            break
    return out


def _face_for(cp: int, script: str, weight: Weight) -> FontFace | None:
    face = face_for_script(script, weight)
    if face.covers(cp) or cp in _IGNORABLE:
        return face
    for other in fallback_faces(weight):
        if other.covers(cp):
            return other
    return None


@lru_cache(maxsize=16_384)
def shape(text: str, weight: Weight = "regular") -> ShapedLine:
    """One line of text set in the bundled fonts (cached: names repeat in a batch)."""
    text = unicodedata.normalize("NFC", text)
    if text.isascii() and text.isprintable():
        # registration codes, most organisations, many names: one Latin run, left to right
        run, lost = _shape_run(face_for_script("Latn", weight), text, False, "Latn")
        runs_ascii = (run,) if run.codes else ()
        return ShapedLine(text, runs_ascii, run.width, tuple(lost))
    scripts = _scripts(text)
    levels = bidi_levels(text)
    missing: list[str] = []
    items: list[tuple[FontFace, int, str, str]] = []  # face, level, script, char
    for char, script, level in zip(text, scripts, levels, strict=True):
        cp = ord(char)
        if unicodedata.category(char) in ("Cc", "Cs"):
            missing.append(char)
            continue
        face = _face_for(cp, script, weight)
        if face is None:
            missing.append(char)
            continue
        # a mark follows its base's font when that font has it
        if script_of(char) == "Zinh" and items and items[-1][0].covers(cp):
            face = items[-1][0]
        items.append((face, level, script, char))
    groups: list[tuple[FontFace, int, str, str]] = []
    for (face, level), members in itertools.groupby(items, key=lambda it: (it[0], it[1])):
        group = list(members)
        script = next((m[2] for m in group if m[2] not in ("Zyyy", "Zinh")), "Zyyy")
        groups.append((face, level, script, "".join(m[3] for m in group)))
    runs: list[Run] = []
    for index in visual_order([g[1] for g in groups]):
        face, level, script, chunk = groups[index]
        run, lost = _shape_run(face, chunk, level % 2 == 1, script)
        missing.extend(lost)
        if run.codes:
            runs.append(run)
    width = sum(r.width for r in runs)
    return ShapedLine(text, tuple(runs), width, tuple(missing))


def _shape_run(face: FontFace, text: str, rtl: bool, script: str) -> tuple[Run, list[str]]:
    if not text:
        return Run(face, rtl, (), (), (), (), (), 0, (), ""), []
    buf = hb.Buffer()
    buf.add_str(text)
    buf.direction = "rtl" if rtl else "ltr"
    if script not in ("Zyyy", "Zinh"):
        buf.script = _HB_SCRIPT.get(script, script)
    hb.shape(face.hb_font, buf, {})
    infos = buf.glyph_infos
    positions = buf.glyph_positions
    scale = 1000 / face.upem * face.size_adjust  # 1/1000 em of the requested size
    glyph_ids = [info.codepoint for info in infos]
    cluster_of = [info.cluster for info in infos]
    shows = [face.mapped_text(g) if g else "" for g in glyph_ids]
    # clusters in logical order -> their text (for the ToUnicode map of private glyphs)
    starts = sorted(set(cluster_of))
    bounds = dict(zip(starts, [*starts[1:], len(text)][: len(starts)], strict=True))
    # what each private glyph stands for: its cluster's text less what mapped glyphs show
    residual: dict[int, str] = {}
    if None in shows:
        for cluster in starts:
            residual[cluster] = text[cluster : bounds[cluster]]
        for cluster, shown in zip(cluster_of, shows, strict=True):
            if shown:
                left = residual[cluster]
                for char in shown:
                    left = left.replace(char, "", 1)
                residual[cluster] = left
    codes: list[int] = []
    gids: list[int] = []
    clusters: list[int] = []
    advances: list[int] = []
    x_offsets: list[int] = []
    y_offsets: list[int] = []
    lost: list[str] = []
    pending = 0  # advance of dropped glyphs, kept so spacing stays right
    for gid, cluster, shown, pos in zip(glyph_ids, cluster_of, shows, positions, strict=True):
        if gid == 0:
            lost.extend(c for c in text[cluster : bounds[cluster]] if ord(c) not in _IGNORABLE)
            pending += round(pos.x_advance * scale)
            continue
        stands_for = ""
        if shown is None:
            stands_for = residual[cluster]
            residual[cluster] = ""
        codes.append(face.char_for_glyph(gid, stands_for))
        gids.append(gid)
        clusters.append(cluster)
        advances.append(round(pos.x_advance * scale) + pending)
        pending = 0
        x_offsets.append(round(pos.x_offset * scale))
        y_offsets.append(round(pos.y_offset * scale))
    run = Run(
        face=face,
        rtl=rtl,
        codes=tuple(codes),
        gids=tuple(gids),
        advances=tuple(advances),
        x_offsets=tuple(x_offsets),
        y_offsets=tuple(y_offsets),
        width=sum(advances),
        clusters=tuple(clusters),
        text=text,
    )
    return run, lost


_HB_SCRIPT = {"Hani": "Hani", "Zyyy": "Zyyy"}


# -- fitting a name to its box ---------------------------------------------------------------


@dataclass(frozen=True)
class Fitted:
    lines: tuple[ShapedLine, ...]
    size: float
    #: shrinking below the layout's minimum was the only way to fit (flag for review)
    below_min: bool

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(c for line in self.lines for c in line.missing)


def _candidates(words: list[str], lines: int) -> Iterable[tuple[str, ...]]:
    for cuts in itertools.combinations(range(1, len(words)), lines - 1):
        bounds = [0, *cuts, len(words)]
        yield tuple(" ".join(words[a:b]) for a, b in itertools.pairwise(bounds))


@lru_cache(maxsize=16_384)
def fit(
    text: str,
    weight: Weight,
    *,
    width_pt: float,
    height_pt: float,
    max_size: float,
    min_size: float,
    max_lines: int,
) -> Fitted:
    """The largest size ≤ ``max_size`` at which ``text`` fits the box: one line if that is
    at least ``min_size``, else the best wrap at spaces into ≤ ``max_lines`` lines."""
    text = " ".join(unicodedata.normalize("NFC", text).split())

    def size_for(lines: tuple[ShapedLine, ...]) -> float:
        widest = max((line.width for line in lines), default=0)
        by_width = width_pt * 1000 / widest if widest else max_size
        by_height = height_pt / (LINE_PITCH * len(lines) - (LINE_PITCH - ASCENT - 0.3))
        return min(max_size, by_width, by_height)

    one = (shape(text, weight),)
    best: tuple[ShapedLine, ...] = one
    best_size = size_for(one)
    words = text.split(" ")
    if best_size < min_size and len(words) > 1:
        for count in range(2, min(max_lines, len(words)) + 1):
            for texts in _candidates(words, count):
                lines = tuple(shape(t, weight) for t in texts)
                size = size_for(lines)
                if size > best_size + 1e-6:
                    best, best_size = lines, size
            if best_size >= min_size:
                break
    return Fitted(best, best_size, best_size < min_size)


def block_height(lines: int, size: float) -> float:
    """Height (pt) from the top of the first line to the bottom of the last one's descent."""
    return size * (LINE_PITCH * lines - (LINE_PITCH - ASCENT - 0.3))


# -- PDF operators -----------------------------------------------------------------------------


class TextEncoder:
    """Encodes shaped lines for one reportlab document (fonts subset per document)."""

    def __init__(self, doc: Any) -> None:
        self._doc = doc
        self._names: dict[tuple[int, int], str] = {}

    def _subset_name(self, face: FontFace, subset: int) -> str:
        key = (id(face), subset)
        name = self._names.get(key)
        if name is None:
            name = face.ttf.getSubsetInternalName(subset, self._doc)
            self._names[key] = name
        return name

    def _assign(self, face: FontFace, codes: tuple[int, ...]) -> list[int]:
        ttf = face.ttf
        state = ttf.state.get(self._doc)
        assignments = state.assignments if state is not None else {}
        out = []
        for code in codes:
            n = assignments.get(code)
            if n is None:
                ttf.splitString(chr(code), self._doc)
                assignments = ttf.state[self._doc].assignments
                n = assignments[code]
            out.append(n)
        return out

    def line_ops(self, line: ShapedLine, size: float, x: float, y: float) -> str:
        """``BT … ET`` drawing ``line`` at ``size`` pt with its left end at (x, y baseline).

        Each glyph moves the pen by its PDF width; the ``TJ`` numbers correct that to the
        shaped advance and apply horizontal mark offsets, ``Ts`` applies vertical ones.
        """
        ops = [f"BT {x:.2f} {y:.2f} Td"]
        for run in line.runs:
            self._run_ops(run, size, ops)
        ops.append("ET")
        if any(run.rtl for run in line.runs):
            # readers reorder right-to-left text themselves: the glyphs' own map serves
            return " ".join(ops)
        # conjuncts, reordered matras: copy and search get the name as registered
        actual = "FEFF" + line.text.encode("utf-16-be").hex().upper()
        return f"/Span <</ActualText <{actual}>>> BDC " + " ".join(ops) + " EMC"

    def _run_ops(self, run: Run, size: float, ops: list[str]) -> None:
        face = run.face
        adjust = face.size_adjust
        font_size = size * adjust
        if face.fake_bold:
            ops.append(f"2 Tr {font_size * 0.035:.2f} w")
        array = _TJArray(ops)
        subset_now = -1
        rise = 0
        carry = 0  # pending horizontal move (1/1000 em of the font as set, rightwards)
        for i, n in enumerate(self._assign(face, run.codes)):
            subset = n >> 8
            y_off = run.y_offsets[i]
            if subset != subset_now or y_off != rise:
                array.flush()
                if subset != subset_now:
                    ops.append(f"{self._subset_name(face, subset)} {font_size:.2f} Tf")
                    subset_now = subset
                if y_off != rise:
                    ops.append(f"{y_off * size / 1000:.2f} Ts")
                    rise = y_off
            x_off = round(run.x_offsets[i] / adjust)
            array.move(carry + x_off)
            array.glyph(n & 0xFF)
            advance = round(run.advances[i] / adjust)
            carry = advance - x_off - face.pdf_width(run.codes[i])
        array.move(carry)
        array.flush()
        if rise:
            ops.append("0 Ts")
        if face.fake_bold:
            ops.append("0 Tr")


class _TJArray:
    """Collects glyph bytes and moves into ``[<…> -12 <…>] TJ`` operators."""

    def __init__(self, ops: list[str]) -> None:
        self._ops = ops
        self._items: list[str] = []
        self._chunk = bytearray()

    def _close_chunk(self) -> None:
        if self._chunk:
            self._items.append("<" + self._chunk.hex() + ">")
            self._chunk.clear()

    def move(self, rightwards: int) -> None:
        if rightwards:
            self._close_chunk()
            self._items.append(str(-rightwards))

    def glyph(self, byte: int) -> None:
        self._chunk.append(byte)

    def flush(self) -> None:
        self._close_chunk()
        if self._items:
            self._ops.append("[" + " ".join(self._items) + "] TJ")
            self._items.clear()
