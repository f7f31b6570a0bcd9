"""Setting one line of a name in any script: runs, bidi order, HarfBuzz shaping, PDF text ops.

``shape(text, weight)`` NFC-normalises the text, splits it into runs of one font (the font
of each run's script, ``wufops.badges.fonts``), resolves bidirectional levels (a compact
form of UAX #9 for single-line names: strong types, numbers, neutrals between runs),
shapes every run with HarfBuzz in its direction, and lists the runs in visual order.
Characters no bundled font can set are reported in ``missing`` and left out (never drawn
as .notdef boxes).

``fit(...)`` shrinks a name to its box and wraps it at spaces when shrinking alone would go
below the layout's minimum size. ``TextEncoder`` turns a shaped line into PDF text operators
for one document (glyph ids as two-byte codes, ``TJ`` kerning arrays, ``Ts`` rise for marks).
"""

from __future__ import annotations

import itertools
import re
import struct
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING
from unicodedata import bidirectional

import uharfbuzz as hb
from bidi import get_base_level, get_display

from wufops.badges.fonts import (
    FontFace,
    FontFile,
    Weight,
    face_for_script,
    fallback_faces,
    script_of,
)

if TYPE_CHECKING:
    from wufops.badges.embed import DocumentFonts

#: line pitch and first-baseline position, in em, for every script (tall scripts included)
LINE_PITCH = 1.28
ASCENT = 0.98
#: Unicode's Default_Ignorable_Code_Point ranges (DerivedCoreProperties): joiners, bidi
#: controls, variation selectors, soft hyphen, fillers… They are invisible by definition, so
#: a font without them loses nothing: they are handed to HarfBuzz (which uses them for
#: joining and variants) but never reported missing.
_DEFAULT_IGNORABLE = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)
_IGNORABLE = frozenset(cp for lo, hi in _DEFAULT_IGNORABLE for cp in range(lo, hi + 1))


@dataclass(frozen=True)
class Run:
    """Glyphs of one font in visual order; all measures in 1/1000 em."""

    face: FontFace
    rtl: bool
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

#: bidi classes that can make any character of a line right-to-left; a line with none of
#: them (and no unassigned character, whose class this Python may not know) is all level 0
_RTL_CLASSES = frozenset({"R", "AL", "AN", "RLE", "RLO", "RLI", "FSI", ""})
_LEVEL = re.compile(rb"Level\(\s*(\d+),?\s*\)")


def bidi_levels(text: str, base: str | None = None) -> list[int]:
    """Embedding levels of one line (0 = left to right, odd = right to left), resolved by
    python-bidi (the maintained ``unicode-bidi`` implementation of UAX #9, all rules).

    ``base``: ``"L"`` or ``"R"`` sets the paragraph direction; ``None`` takes it from the
    first strong character (rules P2, P3). Characters the algorithm removes (X9: bidi
    controls, BN) get the level of the character before them.
    """
    if base != "R" and not any(bidirectional(c) in _RTL_CLASSES for c in text):
        return [0] * len(text)
    # python-bidi reports its resolved levels (one per UTF-8 byte) when asked to debug
    report = get_display(text, base_dir=base, debug=True)
    section = report.encode("utf-8").partition(b"levels: [")[2].partition(b"]")[0]
    per_byte = [int(m) for m in _LEVEL.findall(section)]
    sizes = [len(c.encode("utf-8")) for c in text]
    if len(per_byte) != sum(sizes):
        raise RuntimeError(f"python-bidi reported {len(per_byte)} levels for {sum(sizes)} bytes")
    levels = []
    offset = 0
    for size in sizes:
        levels.append(per_byte[offset])
        offset += size
    paragraph = 1 if base == "R" else 0 if base == "L" else get_base_level(text)
    # L1: whitespace (and isolate controls) at the end of the line go to the paragraph level
    for i in range(len(text) - 1, -1, -1):
        if bidirectional(text[i]) not in _TRAILING:
            break
        levels[i] = paragraph
    return levels


_TRAILING = frozenset({"WS", "FSI", "LRI", "RLI", "PDI", "BN", "LRE", "RLE", "LRO", "RLO", "PDF"})


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


@lru_cache(maxsize=65_536)
def _face_for(char: str, script: str, weight: Weight, lang: str) -> FontFace | None:
    """The font that sets ``char`` in a run of ``script`` (``None``: no bundled font can):
    the script's font, else the first fallback that has it. Controls, surrogates and
    unassigned characters are never drawn."""
    cp = ord(char)
    if unicodedata.category(char) in ("Cc", "Cs", "Cn") and cp not in _IGNORABLE:
        return None
    face = face_for_script(script, weight, lang)
    if face.covers(cp):
        return face
    for other in fallback_faces(weight):
        if other.covers(cp):
            return other
    return face if cp in _IGNORABLE else None


#: distinct lines kept shaped and fitted: a batch's given names, family names, organisations
#: and countries repeat (the demo event's 37,000 badges have ≈ 9,000 of them)
CACHED_LINES = 16_384


@lru_cache(maxsize=CACHED_LINES)
def shape(text: str, weight: Weight = "regular", lang: str = "") -> ShapedLine:
    """:func:`shape_once`, cached: names and organisations repeat in a batch."""
    return shape_once(text, weight, lang)


def shape_once(text: str, weight: Weight = "regular", lang: str = "") -> ShapedLine:
    """One line of text set in the bundled fonts.

    ``lang`` is the language the text is written in where it decides glyph forms (``ja``:
    Han characters in Japanese forms). ``missing`` lists every character that could not be
    drawn (no bundled font has it, or it shapes to no glyph); the caller must not print a
    line with missing characters.
    """
    text = unicodedata.normalize("NFC", text)
    if text.isascii() and text.isprintable():
        # registration codes, most organisations, many names: one Latin run, left to right
        run, lost = _shape_run(face_for_script("Latn", weight), text, False, "Latn", "")
        runs_ascii = (run,) if run.gids else ()
        return ShapedLine(text, runs_ascii, run.width, tuple(lost))
    scripts = _scripts(text)
    levels = bidi_levels(text)
    missing: list[str] = []
    items: list[tuple[FontFace, int, str, str]] = []  # face, level, script, char
    for char, script, level in zip(text, scripts, levels, strict=True):
        face = _face_for(char, script, weight, lang)
        if face is None:
            missing.append(char)
            continue
        # a mark follows its base's font when that font has it
        base = items[-1][0] if items else face
        if base is not face and script_of(char) == "Zinh" and base.covers(ord(char)):
            face = base
        items.append((face, level, script, char))
    groups: list[tuple[FontFace, int, str, str]] = []
    for (face, level), members in itertools.groupby(items, key=lambda it: (it[0], it[1])):
        group = list(members)
        script = next((m[2] for m in group if m[2] not in ("Zyyy", "Zinh")), "Zyyy")
        groups.append((face, level, script, "".join(m[3] for m in group)))
    runs: list[Run] = []
    for index in visual_order([g[1] for g in groups]):
        face, level, script, chunk = groups[index]
        run, lost = _shape_run(face, chunk, level % 2 == 1, script, lang)
        missing.extend(lost)
        if run.gids:
            runs.append(run)
    width = sum(r.width for r in runs)
    return ShapedLine(text, tuple(runs), width, tuple(missing))


def _shape_run(
    face: FontFace, text: str, rtl: bool, script: str, lang: str
) -> tuple[Run, list[str]]:
    if not text:
        return Run(face, rtl, (), (), (), (), 0, (), ""), []
    buf = hb.Buffer()
    buf.add_str(text)
    # every script is set on a horizontal line, left to right unless the bidi level says
    # otherwise: traditional Mongolian, written in vertical columns, is set as Unicode
    # describes for horizontal text (its glyphs turned 90° anticlockwise, read left to right)
    buf.direction = "rtl" if rtl else "ltr"
    if script not in ("Zyyy", "Zinh"):
        buf.script = script
    if lang:
        buf.language = lang
    hb.shape(face.hb_font, buf, {})
    infos = buf.glyph_infos
    positions = buf.glyph_positions
    scale = 1000 / face.upem * face.size_adjust  # 1/1000 em of the requested size
    glyph_ids = [info.codepoint for info in infos]
    cluster_of = [info.cluster for info in infos]
    file = face.file
    if 0 not in glyph_ids:
        # the common case: every glyph drawn
        _learn(file, text, glyph_ids, cluster_of)
        if scale == 1.0:  # a font of 1000 units per em (the Noto fonts): no rounding
            run_advances = tuple(pos.x_advance for pos in positions)
            run_x = tuple(pos.x_offset for pos in positions)
            run_y = tuple(pos.y_offset for pos in positions)
        else:
            run_advances = tuple(round(pos.x_advance * scale) for pos in positions)
            run_x = tuple(round(pos.x_offset * scale) for pos in positions)
            run_y = tuple(round(pos.y_offset * scale) for pos in positions)
        run = Run(
            face=face,
            rtl=rtl,
            gids=tuple(glyph_ids),
            advances=run_advances,
            x_offsets=run_x,
            y_offsets=run_y,
            width=sum(run_advances),
            clusters=tuple(cluster_of),
            text=text,
        )
        return run, []
    bounds = _cluster_bounds(text, cluster_of)
    gids: list[int] = []
    clusters: list[int] = []
    advances = []
    x_offsets: list[int] = []
    y_offsets: list[int] = []
    lost: list[str] = []
    pending = 0  # advance of dropped glyphs, kept so spacing stays right
    for gid, cluster, pos in zip(glyph_ids, cluster_of, positions, strict=True):
        if gid == 0:
            lost.extend(c for c in text[cluster : bounds[cluster]] if ord(c) not in _IGNORABLE)
            pending += round(pos.x_advance * scale)
            continue
        gids.append(gid)
        clusters.append(cluster)
        advances.append(round(pos.x_advance * scale) + pending)
        pending = 0
        x_offsets.append(round(pos.x_offset * scale))
        y_offsets.append(round(pos.y_offset * scale))
    _learn(file, text, gids, clusters)
    run = Run(
        face=face,
        rtl=rtl,
        gids=tuple(gids),
        advances=tuple(advances),
        x_offsets=tuple(x_offsets),
        y_offsets=tuple(y_offsets),
        width=sum(advances),
        clusters=tuple(clusters),
        text=text,
    )
    return run, lost


def _cluster_bounds(text: str, clusters: list[int]) -> dict[int, int]:
    """Cluster start -> end (exclusive) in ``text``."""
    starts = sorted(set(clusters))
    return dict(zip(starts, [*starts[1:], len(text)][: len(starts)], strict=True))


def _learn(file: FontFile, text: str, gids: list[int], clusters: list[int]) -> None:
    """Record what each glyph no character maps to stands for: its cluster's text less what
    the cluster's mapped glyphs show (the ToUnicode map gives the name back)."""
    if file.mapped_gids.issuperset(gids):
        return  # every glyph is a character's: nothing to learn
    shows = [file.mapped_text(g) for g in gids]
    if None not in shows:
        return
    bounds = _cluster_bounds(text, clusters)
    residual = {c: text[c : bounds[c]] for c in bounds}
    for cluster, shown in zip(clusters, shows, strict=True):
        if shown:
            left = residual[cluster]
            for char in shown:
                left = left.replace(char, "", 1)
            residual[cluster] = left
    for gid, cluster, shown in zip(gids, clusters, shows, strict=True):
        if shown is None:
            file.note_shaped(gid, residual[cluster])
            residual[cluster] = ""


# -- fitting a name to its box ---------------------------------------------------------------


@dataclass(frozen=True)
class Fitted:
    lines: tuple[ShapedLine, ...]
    size: float
    #: shrinking below the layout's minimum was the only way to fit (flag for review)
    below_min: bool

    @cached_property
    def missing(self) -> tuple[str, ...]:
        return tuple(c for line in self.lines for c in line.missing)


#: where a line may break: after a space, or after the Tibetan syllable mark (tsheg), since
#: Tibetan and Dzongkha write a name without spaces
_BREAK_AFTER = re.compile("[ \u0f0b]")


def _candidates(text: str, lines: int) -> Iterable[tuple[str, ...]]:
    breaks = [m.end() for m in _BREAK_AFTER.finditer(text) if m.end() < len(text)]
    for cuts in itertools.combinations(breaks, lines - 1):
        bounds = [0, *cuts, len(text)]
        yield tuple(text[a:b].strip(" ") for a, b in itertools.pairwise(bounds))


@lru_cache(maxsize=CACHED_LINES)
def fit(
    text: str,
    weight: Weight,
    *,
    width_pt: float,
    height_pt: float,
    max_size: float,
    min_size: float,
    max_lines: int,
    lang: str = "",
) -> Fitted:
    """The largest size ≤ ``max_size`` at which ``text`` fits the box: one line if that is
    at least ``min_size``, else the best wrap at spaces (or Tibetan syllable marks) into
    ≤ ``max_lines`` lines. Cached, like :func:`shape`."""
    return _fit(
        text,
        weight,
        width_pt=width_pt,
        height_pt=height_pt,
        max_size=max_size,
        min_size=min_size,
        max_lines=max_lines,
        lang=lang,
        shaper=shape,
    )


def fit_once(
    text: str,
    weight: Weight,
    *,
    width_pt: float,
    height_pt: float,
    max_size: float,
    min_size: float,
    max_lines: int,
    lang: str = "",
) -> Fitted:
    """:func:`fit` without the caches, for a text that is on one badge only (a registration
    code): caching it would only push out the names that repeat."""
    return _fit(
        text,
        weight,
        width_pt=width_pt,
        height_pt=height_pt,
        max_size=max_size,
        min_size=min_size,
        max_lines=max_lines,
        lang=lang,
        shaper=shape_once,
    )


def _fit(
    text: str,
    weight: Weight,
    *,
    width_pt: float,
    height_pt: float,
    max_size: float,
    min_size: float,
    max_lines: int,
    lang: str,
    shaper: Callable[[str, Weight, str], ShapedLine],
) -> Fitted:
    text = " ".join(unicodedata.normalize("NFC", text).split())

    def size_for(lines: tuple[ShapedLine, ...]) -> float:
        widest = max((line.width for line in lines), default=0)
        by_width = width_pt * 1000 / widest if widest else max_size
        by_height = height_pt / (LINE_PITCH * len(lines) - (LINE_PITCH - ASCENT - 0.3))
        return min(max_size, by_width, by_height)

    one = (shaper(text, weight, lang),)
    best: tuple[ShapedLine, ...] = one
    best_size = size_for(one)
    if best_size < min_size and not one[0].missing:
        for count in range(2, max_lines + 1):
            for texts in _candidates(text, count):
                lines = tuple(shaper(t, weight, lang) for t in texts)
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
    """Encodes shaped lines as PDF text operators for one document: each font file is one
    Type 0 font whose character codes are glyph ids (``wufops.badges.embed``), so a run is
    its glyph ids, two bytes each, with kerning and mark offsets between them."""

    def __init__(self, fonts: DocumentFonts) -> None:
        self._fonts = fonts

    def line_ops(self, line: ShapedLine, size: float, x: float, y: float) -> bytes:
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
            return " ".join(ops).encode("ascii")
        # conjuncts, reordered matras: copy and search get the name as registered
        actual = "FEFF" + line.text.encode("utf-16-be").hex().upper()
        return f"/Span <</ActualText <{actual}>>> BDC {' '.join(ops)} EMC".encode("ascii")

    def _run_ops(self, run: Run, size: float, ops: list[str]) -> None:
        face = run.face
        adjust = face.size_adjust
        font_size = size * adjust
        if face.fake_bold:
            ops.append(f"2 Tr {font_size * 0.035:.2f} w")
        ops.append(f"{self._fonts.use(face.file, run.gids)} {font_size:.2f} Tf")
        if adjust == 1.0:
            x_offsets: Iterable[int] = run.x_offsets
            advances: Iterable[int] = run.advances
        else:  # shaped at the adjusted size: back to 1/1000 em of the font as set
            x_offsets = [round(x / adjust) for x in run.x_offsets]
            advances = [round(a / adjust) for a in run.advances]
        widths = face.file.widths(run.gids)
        if not any(run.y_offsets) and not any(run.x_offsets):
            # the common case (no marks placed by offsets): the TJ array is the glyphs, split
            # where a shaped advance differs from the PDF width (kerning)
            moves = [advance - w for advance, w in zip(advances, widths, strict=True)]
            ops.append(_tj(run.gids, moves))
        else:
            self._offset_ops(run, size, ops, x_offsets=x_offsets, advances=advances, widths=widths)
        if face.fake_bold:
            ops.append("0 Tr")

    @staticmethod
    def _offset_ops(
        run: Run,
        size: float,
        ops: list[str],
        *,
        x_offsets: Iterable[int],
        advances: Iterable[int],
        widths: list[int],
    ) -> None:
        """TJ arrays of a run with mark offsets: horizontal ones as moves, vertical ones as
        ``Ts`` rises."""
        items: list[str] = []  # of the TJ array being built: glyph strings and moves
        chunk: list[int] = []  # glyph ids of the string being built
        rise = 0
        carry = 0  # pending horizontal move (1/1000 em of the font as set, rightwards)
        for gid, x_off, advance, y_off, width in zip(
            run.gids, x_offsets, advances, run.y_offsets, widths, strict=True
        ):
            if y_off != rise:
                _close(chunk, items)
                if items:
                    ops.append(f"[{' '.join(items)}] TJ")
                    items.clear()
                ops.append(f"{y_off * size / 1000:.2f} Ts")
                rise = y_off
            move = carry + x_off
            if move:
                _close(chunk, items)
                items.append(str(-move))
            chunk.append(gid)
            carry = advance - x_off - width
        if carry:
            _close(chunk, items)
            items.append(str(-carry))
        _close(chunk, items)
        if items:
            ops.append(f"[{' '.join(items)}] TJ")
        if rise:
            ops.append("0 Ts")


def _tj(gids: tuple[int, ...], moves: list[int]) -> str:
    """``[<glyphs> -move <glyphs> …] TJ``: ``moves[i]`` is how far the pen goes right after
    glyph ``i`` beyond its PDF width."""
    items = []
    start = 0
    for i in [i for i, move in enumerate(moves) if move]:
        items.append(f"<{struct.pack(f'>{i + 1 - start}H', *gids[start : i + 1]).hex()}>")
        items.append(str(-moves[i]))
        start = i + 1
    if start < len(gids):
        items.append(f"<{struct.pack(f'>{len(gids) - start}H', *gids[start:]).hex()}>")
    return f"[{' '.join(items)}] TJ"


def _close(chunk: list[int], items: list[str]) -> None:
    """Glyph ids collected so far as one hex string of two-byte codes in the TJ array."""
    if chunk:
        items.append(f"<{struct.pack(f'>{len(chunk)}H', *chunk).hex()}>")
        chunk.clear()
