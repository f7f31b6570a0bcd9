"""Badge layouts as data: the JSON format, its validation, and the bundled layouts.

A layout is a JSON file in ``resources/badge_layouts/`` (or anywhere, given a path)::

    {"schema": "wufops-badge-layout/1", "name": "a6", "title": "A6 portrait",
     "page": {"width_mm": 105, "height_mm": 148},
     "categories": {"speaker": {"label": "SPEAKER", "fill": "#5B2A86", "text": "#FFFFFF"}, …},
     "elements": [{"type": "band", …}, {"type": "text", "field": "given_name", …},
                  {"type": "qr", …}, …]}

Positions are millimetres from the badge's top-left corner. A sheet layout places several
badges of another layout on one page (``"sheet": {"badge": "a6", "columns": 2, …}``).

``"languages": ["en", "az"]`` (one or two of ar, zh, en, fr, ru, es, az) prints the
category label from the catalogue of :mod:`wufops.badges.labels` in those languages — two
lines in the band, the first language above — instead of the layout's own ``label``.

Validation reports every problem at once, each with its JSON path
(``$.elements[2].size_pt: must be a number > 0``), so a designer fixes the file in one go.
Category colours must keep the label readable (contrast ratio ≥ 4.5, WCAG AA), and the
label is printed in words as well, so the category never depends on colour alone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from db.vocabulary import CATEGORIES
from wufops.badges.labels import LANGUAGES, MAX_LANGUAGES
from wufops.resources import resource_path

SCHEMA = "wufops-badge-layout/1"
MM = 72 / 25.4  # points per millimetre

TEXT_FIELDS = (
    "given_name",
    "family_name",
    "full_name",
    "latin_name",
    "organization",
    "country",
    "country_name",
    "country_code",
    "event_name",
    "category_label",
    "reg_code",
)
#: smallest QR module that badge scanners read reliably at arm's length
MIN_MODULE_MM = 0.33
#: QR symbol width in modules for a badge token (version 6) without quiet zone
TOKEN_QR_MODULES = 41
MIN_CONTRAST = 4.5

Align = Literal["left", "center", "right"]
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class LayoutError(ValueError):
    """A layout file is not valid; ``problems`` lists ``"<json path>: <what is wrong>"``."""

    code = "invalid_layout"

    def __init__(self, source: str, problems: list[str]) -> None:
        super().__init__(f"{source}: " + "; ".join(problems))
        self.source = source
        self.problems = problems


Colour = tuple[float, float, float]


@dataclass(frozen=True)
class CategoryStyle:
    label: str
    fill: Colour
    text: Colour


@dataclass(frozen=True)
class Box:
    x_mm: float
    y_mm: float
    width_mm: float
    height_mm: float


@dataclass(frozen=True)
class TextElement:
    box: Box
    field: str
    size_pt: float
    min_size_pt: float
    max_lines: int
    align: Align
    weight: Literal["regular", "bold"]
    colour: Colour | None  # None: the category's text colour (inside a band)
    valign: Literal["top", "middle", "bottom"]


@dataclass(frozen=True)
class BandElement:
    """A rectangle in the category colour with the category label in words."""

    box: Box
    size_pt: float
    show_label: bool


@dataclass(frozen=True)
class RectElement:
    box: Box
    fill: Colour | None
    stroke: Colour | None
    line_width_pt: float


@dataclass(frozen=True)
class QrElement:
    x_mm: float
    y_mm: float
    size_mm: float
    quiet_zone_modules: int
    colour: Colour
    #: printer resolution to snap modules to whole dots (0: no snapping); thermal label and
    #: card printers print 4.24-dot modules unevenly, 4-dot modules crisply
    snap_dpi: int = 0


Element = TextElement | BandElement | RectElement | QrElement


@dataclass(frozen=True)
class Sheet:
    width_mm: float
    height_mm: float
    columns: int
    rows: int
    margin_x_mm: float
    margin_y_mm: float
    gap_x_mm: float
    gap_y_mm: float
    cut_marks: bool

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


@dataclass(frozen=True)
class LatinLine:
    """The Latin transliteration line under a name in another script (Иван Петров →
    Ivan PETROV), so staff who cannot read the script can match the face to the name.

    It takes the bottom ``height_mm`` of the lowest name element's box (the name above it
    keeps the rest) and is drawn only for names not written in Latin letters.
    """

    show: bool
    height_mm: float | None = None  # None: a third of the name box, 2.5 mm at least
    size_pt: float | None = None  # None: 45 % of the name's size
    min_size_pt: float = 5.0
    colour: Colour = (0.2, 0.2, 0.2)


NAME_FIELDS = ("given_name", "family_name", "full_name")


@dataclass(frozen=True)
class Layout:
    name: str
    title: str
    width_mm: float
    height_mm: float
    categories: Mapping[str, CategoryStyle]
    elements: tuple[Element, ...]
    sheet: Sheet | None = None
    #: badges of this layout are checked by guards at a security perimeter (face to name)
    security_zone: bool = False
    latin_line: LatinLine = LatinLine(show=False)
    #: the languages the category label is printed in (empty: the layout's own labels)
    languages: tuple[str, ...] = ()

    def name_anchor(self) -> TextElement | None:
        """The lowest name element: the Latin line goes under it."""
        names = [e for e in self.elements if isinstance(e, TextElement) and e.field in NAME_FIELDS]
        return max(names, key=lambda e: e.box.y_mm + e.box.height_mm, default=None)

    @property
    def page_size_pt(self) -> tuple[float, float]:
        if self.sheet is not None:
            return self.sheet.width_mm * MM, self.sheet.height_mm * MM
        return self.width_mm * MM, self.height_mm * MM


# -- colours ---------------------------------------------------------------------------------


def parse_colour(text: str) -> Colour:
    return (int(text[1:3], 16) / 255, int(text[3:5], 16) / 255, int(text[5:7], 16) / 255)


def _luminance(colour: Colour) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: Colour, b: Colour) -> float:
    """WCAG 2 contrast ratio of two colours (1 … 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# -- validation ------------------------------------------------------------------------------


class _Checker:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def fail(self, path: str, message: str) -> None:
        self.problems.append(f"{path}: {message}")

    def obj(self, value: Any, path: str, required: set[str], optional: set[str]) -> bool:
        if not isinstance(value, dict):
            self.fail(path, "must be an object")
            return False
        for key in sorted(required - value.keys()):
            self.fail(f"{path}.{key}", "is required")
        for key in sorted(value.keys() - required - optional):
            self.fail(
                f"{path}.{key}", f"unknown key (allowed: {', '.join(sorted(required | optional))})"
            )
        return True

    def number(
        self,
        data: dict[str, Any],
        key: str,
        path: str,
        *,
        low: float = 0.0,
        strict: bool = False,
        default: float | None = None,
    ) -> float:
        value = data.get(key, default)
        number = value if isinstance(value, int | float) and not isinstance(value, bool) else None
        if number is not None and (number > low if strict else number >= low):
            return float(number)
        if key in data or default is None:
            self.fail(f"{path}.{key}", f"must be a number {'>' if strict else '≥'} {low:g}")
        return float(default if default is not None else 0.0)

    def integer(
        self, data: dict[str, Any], key: str, path: str, *, low: int, high: int, default: int
    ) -> int:
        value = data.get(key, default)
        if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
            return value
        self.fail(f"{path}.{key}", f"must be a whole number from {low} to {high}")
        return default

    def choice(
        self, data: dict[str, Any], key: str, path: str, options: tuple[str, ...], default: str
    ) -> str:
        value = data.get(key, default)
        if value in options:
            return str(value)
        self.fail(f"{path}.{key}", f"must be one of {', '.join(options)}")
        return default

    def colour(
        self, data: dict[str, Any], key: str, path: str, default: str | None
    ) -> Colour | None:
        value = data.get(key, default)
        if value is None:
            return None
        if isinstance(value, str) and _COLOUR.match(value):
            return parse_colour(value)
        self.fail(f"{path}.{key}", "must be a colour written #RRGGBB")
        return None

    def text(self, data: dict[str, Any], key: str, path: str) -> str:
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return value
        if key in data:
            self.fail(f"{path}.{key}", "must be non-empty text")
        return ""

    def box(self, data: dict[str, Any], path: str, page: tuple[float, float]) -> Box:
        box = Box(
            self.number(data, "x_mm", path),
            self.number(data, "y_mm", path),
            self.number(data, "width_mm", path, strict=True),
            self.number(data, "height_mm", path, strict=True),
        )
        self.inside(path, box, page)
        return box

    def inside(self, path: str, box: Box, page: tuple[float, float]) -> None:
        if box.x_mm + box.width_mm > page[0] + 1e-6 or box.y_mm + box.height_mm > page[1] + 1e-6:
            self.fail(path, f"reaches outside the {page[0]:g} × {page[1]:g} mm badge")


_BOX = {"x_mm", "y_mm", "width_mm", "height_mm"}


def _element(c: _Checker, raw: Any, path: str, page: tuple[float, float]) -> Element | None:
    if not isinstance(raw, dict) or raw.get("type") not in ("text", "band", "rect", "qr"):
        c.fail(f"{path}.type", "must be one of text, band, rect, qr")
        return None
    kind = raw["type"]
    if kind == "text":
        optional = {"size_pt", "min_size_pt", "max_lines", "align", "weight", "colour", "valign"}
        c.obj(raw, path, {"type", "field", *_BOX}, optional)
        box = c.box(raw, path, page)
        field = c.choice(raw, "field", path, TEXT_FIELDS, "full_name")
        size = c.number(raw, "size_pt", path, strict=True, default=12.0)
        min_size = c.number(raw, "min_size_pt", path, strict=True, default=min(size, 6.0))
        if min_size > size:
            c.fail(f"{path}.min_size_pt", f"must not exceed size_pt ({size:g})")
        return TextElement(
            box=box,
            field=field,
            size_pt=size,
            min_size_pt=min_size,
            max_lines=c.integer(raw, "max_lines", path, low=1, high=4, default=1),
            align=c.choice(raw, "align", path, ("left", "center", "right"), "center"),  # type: ignore[arg-type]
            weight=c.choice(raw, "weight", path, ("regular", "bold"), "regular"),  # type: ignore[arg-type]
            colour=c.colour(raw, "colour", path, None),
            valign=c.choice(raw, "valign", path, ("top", "middle", "bottom"), "middle"),  # type: ignore[arg-type]
        )
    if kind == "band":
        c.obj(raw, path, {"type", *_BOX}, {"size_pt", "show_label"})
        show = raw.get("show_label", True)
        if not isinstance(show, bool):
            c.fail(f"{path}.show_label", "must be true or false")
        return BandElement(
            box=c.box(raw, path, page),
            size_pt=c.number(raw, "size_pt", path, strict=True, default=14.0),
            show_label=bool(show),
        )
    if kind == "rect":
        c.obj(raw, path, {"type", *_BOX}, {"fill", "stroke", "line_width_pt"})
        return RectElement(
            box=c.box(raw, path, page),
            fill=c.colour(raw, "fill", path, None),
            stroke=c.colour(raw, "stroke", path, None),
            line_width_pt=c.number(raw, "line_width_pt", path, default=0.5),
        )
    c.obj(
        raw,
        path,
        {"type", "x_mm", "y_mm", "size_mm"},
        {"quiet_zone_modules", "colour", "snap_dpi"},
    )
    x = c.number(raw, "x_mm", path)
    y = c.number(raw, "y_mm", path)
    size = c.number(raw, "size_mm", path, strict=True)
    quiet = c.integer(raw, "quiet_zone_modules", path, low=2, high=8, default=4)
    c.inside(path, Box(x, y, size, size), page)
    module = size / (TOKEN_QR_MODULES + 2 * quiet)
    if "size_mm" in raw and size > 0 and module < MIN_MODULE_MM:
        c.fail(
            f"{path}.size_mm",
            f"QR modules would be {module:.2f} mm; at least {MIN_MODULE_MM} mm scan reliably "
            f"(size ≥ {MIN_MODULE_MM * (TOKEN_QR_MODULES + 2 * quiet):.1f} mm)",
        )
    colour = c.colour(raw, "colour", path, "#000000") or (0.0, 0.0, 0.0)
    if contrast_ratio(colour, (1.0, 1.0, 1.0)) < 7:
        c.fail(f"{path}.colour", "a QR code needs a dark colour on white (contrast ≥ 7)")
    snap = c.integer(raw, "snap_dpi", path, low=0, high=2400, default=0)
    if snap and size > 0 and size / 25.4 * snap < TOKEN_QR_MODULES + 2 * quiet:
        c.fail(f"{path}.snap_dpi", f"at {snap} dpi a module would be less than one dot")
    return QrElement(x, y, size, quiet, colour, snap)


def _categories(c: _Checker, raw: Any, path: str) -> dict[str, CategoryStyle]:
    styles: dict[str, CategoryStyle] = {}
    if not c.obj(raw, path, set(CATEGORIES), set()):
        return styles
    for name in CATEGORIES:
        entry = raw.get(name)
        if entry is None:
            continue
        where = f"{path}.{name}"
        if not c.obj(entry, where, {"label", "fill", "text"}, set()):
            continue
        label = c.text(entry, "label", where)
        fill = c.colour(entry, "fill", where, None)
        text = c.colour(entry, "text", where, None)
        if fill is not None and text is not None:
            ratio = contrast_ratio(fill, text)
            if ratio < MIN_CONTRAST:
                c.fail(where, f"label contrast {ratio:.1f}:1 is below {MIN_CONTRAST}:1")
            styles[name] = CategoryStyle(label, fill, text)
    return styles


def parse_layout(data: Any, source: str = "layout", *, resolve: Any = None) -> Layout:
    """Validate a layout (already decoded JSON); raise :class:`LayoutError` listing problems.

    ``resolve(name)`` loads the badge layout a sheet layout refers to.
    """
    c = _Checker()
    if not c.obj(
        data,
        "$",
        {"schema", "name", "title"},
        {"page", "categories", "elements", "sheet", "security_zone", "latin_line", "languages"},
    ):
        raise LayoutError(source, c.problems)
    if data.get("schema") != SCHEMA:
        c.fail("$.schema", f'must be "{SCHEMA}"')
    name = c.text(data, "name", "$")
    title = c.text(data, "title", "$")
    if "sheet" in data:
        for key in ("page", "categories", "elements", "security_zone", "latin_line", "languages"):
            if key in data:
                c.fail(f"$.{key}", "a sheet layout takes these from its badge layout")
        sheet_raw = data["sheet"]
        required = {"badge", "width_mm", "height_mm", "columns", "rows"}
        optional = {"margin_x_mm", "margin_y_mm", "gap_x_mm", "gap_y_mm", "cut_marks"}
        if not c.obj(sheet_raw, "$.sheet", required, optional):
            raise LayoutError(source, c.problems)
        badge_name = c.text(sheet_raw, "badge", "$.sheet")
        sheet = Sheet(
            width_mm=c.number(sheet_raw, "width_mm", "$.sheet", strict=True),
            height_mm=c.number(sheet_raw, "height_mm", "$.sheet", strict=True),
            columns=c.integer(sheet_raw, "columns", "$.sheet", low=1, high=10, default=1),
            rows=c.integer(sheet_raw, "rows", "$.sheet", low=1, high=10, default=1),
            margin_x_mm=c.number(sheet_raw, "margin_x_mm", "$.sheet", default=0.0),
            margin_y_mm=c.number(sheet_raw, "margin_y_mm", "$.sheet", default=0.0),
            gap_x_mm=c.number(sheet_raw, "gap_x_mm", "$.sheet", default=0.0),
            gap_y_mm=c.number(sheet_raw, "gap_y_mm", "$.sheet", default=0.0),
            cut_marks=bool(sheet_raw.get("cut_marks", True)),
        )
        if c.problems:
            raise LayoutError(source, c.problems)
        if resolve is None:
            raise LayoutError(source, [f"$.sheet.badge: cannot resolve {badge_name!r} here"])
        try:
            badge = resolve(badge_name)
        except LayoutError as error:
            raise LayoutError(source, [f"$.sheet.badge: {p}" for p in error.problems]) from None
        if badge.sheet is not None:
            raise LayoutError(source, ["$.sheet.badge: must name a single-badge layout"])
        used_w = 2 * sheet.margin_x_mm + sheet.columns * badge.width_mm
        used_w += (sheet.columns - 1) * sheet.gap_x_mm
        used_h = 2 * sheet.margin_y_mm + sheet.rows * badge.height_mm
        used_h += (sheet.rows - 1) * sheet.gap_y_mm
        if used_w > sheet.width_mm + 1e-6 or used_h > sheet.height_mm + 1e-6:
            raise LayoutError(
                source,
                [
                    f"$.sheet: {sheet.columns}×{sheet.rows} badges of {badge.width_mm:g}×"
                    f"{badge.height_mm:g} mm need {used_w:g}×{used_h:g} mm"
                ],
            )
        return Layout(
            name,
            title,
            badge.width_mm,
            badge.height_mm,
            badge.categories,
            badge.elements,
            sheet,
            security_zone=badge.security_zone,
            latin_line=badge.latin_line,
            languages=badge.languages,
        )
    absent = [key for key in ("page", "categories", "elements") if key not in data]
    for key in absent:
        c.fail(f"$.{key}", "is required")
    if absent:
        raise LayoutError(source, c.problems)
    page_raw = data["page"]
    c.obj(page_raw, "$.page", {"width_mm", "height_mm"}, set())
    width = (
        c.number(page_raw, "width_mm", "$.page", strict=True, default=1.0)
        if isinstance(page_raw, dict)
        else 1.0
    )
    height = (
        c.number(page_raw, "height_mm", "$.page", strict=True, default=1.0)
        if isinstance(page_raw, dict)
        else 1.0
    )
    categories = _categories(c, data["categories"], "$.categories")
    elements_raw = data["elements"]
    elements: list[Element] = []
    if not isinstance(elements_raw, list) or not elements_raw:
        c.fail("$.elements", "must be a non-empty list")
    else:
        for i, raw in enumerate(elements_raw):
            element = _element(c, raw, f"$.elements[{i}]", (width, height))
            if element is not None:
                elements.append(element)
        if not any(isinstance(e, QrElement) for e in elements):
            c.fail("$.elements", "needs a qr element: the badge token is how gates admit")
        if not any(isinstance(e, BandElement) for e in elements) and not any(
            isinstance(e, TextElement) and e.field == "category_label" for e in elements
        ):
            c.fail("$.elements", "needs a band or a category_label text: the category in words")
    security_zone = data.get("security_zone", False)
    if not isinstance(security_zone, bool):
        c.fail("$.security_zone", "must be true or false")
        security_zone = False
    latin_line = _latin_line(c, data.get("latin_line", {}), security_zone, elements)
    languages = _languages(c, data.get("languages", []))
    if c.problems:
        raise LayoutError(source, c.problems)
    return Layout(
        name,
        title,
        width,
        height,
        categories,
        tuple(elements),
        security_zone=security_zone,
        latin_line=latin_line,
        languages=languages,
    )


def _languages(c: _Checker, raw: Any) -> tuple[str, ...]:
    """``languages``: one or two codes of :data:`~wufops.badges.labels.LANGUAGES`."""
    path = "$.languages"
    if not isinstance(raw, list) or len(raw) > MAX_LANGUAGES:
        c.fail(path, f"must be a list of at most {MAX_LANGUAGES} of {', '.join(LANGUAGES)}")
        return ()
    found: list[str] = []
    for index, code in enumerate(raw):
        if code not in LANGUAGES:
            c.fail(f"{path}[{index}]", f"{code!r} is not one of {', '.join(LANGUAGES)}")
        elif code in found:
            c.fail(f"{path}[{index}]", f"{code!r} is listed twice")
        else:
            found.append(code)
    return tuple(found)


def _latin_line(c: _Checker, raw: Any, security_zone: bool, elements: list[Element]) -> LatinLine:
    """``latin_line``: ``show`` (default: the layout's ``security_zone``), ``height_mm``,
    ``size_pt``, ``min_size_pt``, ``colour``."""
    path = "$.latin_line"
    if not c.obj(raw, path, set(), {"show", "height_mm", "size_pt", "min_size_pt", "colour"}):
        return LatinLine(show=False)
    show = raw.get("show", security_zone)
    if not isinstance(show, bool):
        c.fail(f"{path}.show", "must be true or false")
        show = False
    height = (
        c.number(raw, "height_mm", path, strict=True, default=1.0) if "height_mm" in raw else None
    )
    size = c.number(raw, "size_pt", path, strict=True, default=1.0) if "size_pt" in raw else None
    min_size = c.number(raw, "min_size_pt", path, strict=True, default=5.0)
    if size is not None and min_size > size:
        c.fail(f"{path}.min_size_pt", f"must not exceed size_pt ({size:g})")
    colour = c.colour(raw, "colour", path, "#333333") or (0.2, 0.2, 0.2)
    line = LatinLine(show, height, size, min_size, colour)
    if show:
        names = [e for e in elements if isinstance(e, TextElement) and e.field in NAME_FIELDS]
        if not names:
            c.fail(path, "needs a given_name, family_name or full_name text element to go under")
        elif height is not None:
            anchor = max(names, key=lambda e: e.box.y_mm + e.box.height_mm)
            if height > anchor.box.height_mm - 3:
                c.fail(
                    f"{path}.height_mm",
                    f"must leave the name at least 3 mm of its {anchor.box.height_mm:g} mm box",
                )
    return line


def layout_dir() -> Path:
    return resource_path("badge_layouts")


def bundled_names() -> list[str]:
    return sorted(p.stem for p in layout_dir().glob("*.json"))


def load_layout(name_or_path: str | Path) -> Layout:
    """A bundled layout by name (``a6``) or a layout file by path."""
    path = Path(name_or_path)
    if path.suffix != ".json":
        path = layout_dir() / f"{name_or_path}.json"
        if not path.is_file():
            raise LayoutError(
                str(name_or_path),
                [f"$: no layout {str(name_or_path)!r} (bundled: {', '.join(bundled_names())})"],
            )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LayoutError(str(path), ["$: file not found"]) from None
    except json.JSONDecodeError as error:
        raise LayoutError(
            str(path), [f"$: not JSON (line {error.lineno}, column {error.colno}: {error.msg})"]
        ) from None

    def resolve(name: str) -> Layout:
        sibling = path.with_name(f"{name}.json")
        return load_layout(sibling if sibling.is_file() else name)

    return parse_layout(data, str(path), resolve=resolve)


DEFAULT_LAYOUT = "a6"
