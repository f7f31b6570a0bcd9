"""The daily operations report as a PDF (reportlab; no Qt): the figures of the dashboard for
the organisers — the headline, the queue forecast per area, sync health, the six charts.

    pdf_bytes = report_pdf(dashboard)

Charts are drawn with reportlab's own graphics (vector, any zoom); names in any script use the
bundled Noto Sans.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, PolyLine, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from wufops.ops.figures import Chart, Dashboard
from wufops.ops.palette import CRITICAL, OK, STALE_BACKGROUND, WARN, colour, hour_shades
from wufops.ops.text import (
    CATEGORY_NAMES,
    CHART_TITLES,
    SERIES_NAMES,
    STATE_NAMES,
    advice,
    ago,
    duration,
    finding_text,
    headline,
    local_time,
    minutes,
)
from wufops.resources import resource_path

FONT, BOLD = "OpsNotoSans", "OpsNotoSans-Bold"
PAGE = landscape(A4)
MARGIN = 12 * mm
CHART_W = (PAGE[0] - 2 * MARGIN - 8 * mm) / 2
CHART_H = 72 * mm


def _fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "NotoSans-Regular.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "NotoSans-Bold.ttf"))))


def _style(size: float = 9, bold: bool = False, colour_: str = "#1f1f1f") -> ParagraphStyle:
    return ParagraphStyle(
        "ops",
        fontName=BOLD if bold else FONT,
        fontSize=size,
        leading=size * 1.3,
        textColor=colors.HexColor(colour_),
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def report_pdf(board: Dashboard) -> bytes:
    """The report as PDF bytes."""
    _fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{board.event} operations report {board.day}",
        author="WUF Ops",
    )
    at = local_time(board.at_ms, board.timezone, "%d %b %Y %H:%M")
    story: list[object] = [
        Paragraph(_escape(f"{board.event} — operations report"), _style(16, bold=True)),
        Paragraph(
            _escape(
                f"At {at} ({board.timezone})"
                + (" — the last recorded activity" if board.replay else "")
            ),
            _style(10, colour_="#555555"),
        ),
        Spacer(1, 3 * mm),
        _headline(board),
        Spacer(1, 2 * mm),
        *[Paragraph(_escape("• " + finding_text(f)), _style(9)) for f in board.findings],
        Spacer(1, 2 * mm),
        Paragraph(_escape(_totals(board)), _style(9)),
        Spacer(1, 4 * mm),
        Paragraph("Queue forecast", _style(11, bold=True)),
        Spacer(1, 1 * mm),
        _forecast_table(board),
        Spacer(1, 4 * mm),
        _chart_grid(board, [board.chart("arrivals")], wide=True),
        PageBreak(),
        _chart_grid(board, [board.chart(k) for k in ("desk_checkins", "scan_time")]),
        Spacer(1, 4 * mm),
        _chart_grid(board, [board.chart(k) for k in ("gate_entries", "prints")]),
        PageBreak(),
        _chart_grid(board, [board.chart("issues")]),
        Spacer(1, 4 * mm),
        Paragraph(
            _escape(
                "Sync health"
                + (" (the hub's records of every device)" if board.devices_from == "hub" else "")
                + f" — red: not heard of for more than {board.stale_after_min:.0f} min"
            ),
            _style(11, bold=True),
        ),
        Spacer(1, 1 * mm),
        _device_table(board),
    ]
    doc.build(story)
    return out.getvalue()


def _headline(board: Dashboard) -> Table:
    level = board.warnings[0].level if board.warnings else "ok"
    tint = {"ok": OK, "warn": WARN, "critical": CRITICAL}[level]
    table = Table([[Paragraph(_escape(headline(board)), _style(11, True, "#ffffff"))]])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(tint)),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _totals(board: Dashboard) -> str:
    t = board.totals
    return (
        f"Badge pickups today {t.pickups:,} (expected by now {t.expected_pickups:,.0f}, "
        f"over the day {t.expected_day:,.0f}; {t.picked_up_before:,} collected before) · "
        f"entries {t.entries:,} · prints {t.prints:,} ({t.print_failures:,} failed) · "
        f"duplicate pickups {t.duplicates:,} · conflicts {t.conflicts:,} · "
        f"registered {t.registered:,}"
    )


def _table(rows: list[list[object]], widths: Sequence[float], extra: list[tuple]) -> Table:  # type: ignore[type-arg]
    table = Table(rows, colWidths=list(widths), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTNAME", (0, 0), (-1, 0), BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#888888")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                *extra,
            ]
        )
    )
    return table


def _forecast_table(board: Dashboard) -> Table:
    rows: list[list[object]] = [
        [
            "Area",
            "Open",
            "Service",
            "Served/min",
            "Capacity/min",
            "Load",
            "Waiting",
            "Wait now",
            f"Worst, {board.horizon_min} min",
            "What to do",
        ]
    ]
    extra = []
    for n, a in enumerate(board.areas, start=1):
        rows.append(
            [
                a.area,
                f"{len(a.open_desks)}/{len(a.desks)}",
                f"{a.service_s:.0f} s",
                f"{a.served_per_min:.1f}",
                f"{a.capacity_per_min:.1f}",
                "—" if math.isinf(a.utilisation) else f"{a.utilisation:.0%}",
                f"{a.queue:.0f}",
                minutes(a.waits_min[0]),
                minutes(a.peak_wait_min),
                Paragraph(_escape(advice(a) or "—"), _style(8)),
            ]
        )
        if a.level != "ok":
            tint = CRITICAL if a.level == "critical" else WARN
            extra.append(("TEXTCOLOR", (0, n), (8, n), colors.HexColor(tint)))
            extra.append(("FONTNAME", (0, n), (8, n), BOLD))
    widths = [26 * mm, 14 * mm, 16 * mm, 18 * mm, 20 * mm, 14 * mm, 16 * mm, 18 * mm, 22 * mm]
    widths.append(PAGE[0] - 2 * MARGIN - sum(widths))
    return _table(rows, widths, extra)


def _device_table(board: Dashboard) -> Table:
    rows: list[list[object]] = [
        ["Device", "Role", "State", "Last seen", "Newest record", "Pending", "Lag", "Behind"]
    ]
    extra = []
    for n, d in enumerate(board.devices, start=1):
        rows.append(
            [
                d.name or "(this file)",
                d.role,
                STATE_NAMES[d.state],
                ago(d.last_seen_ms, board.now_ms if d.source == "self" else board.at_ms),
                "—" if d.last_record_ms is None else local_time(d.last_record_ms, board.timezone),
                "—" if d.pending is None else f"{d.pending:,}",
                duration(d.lag_ms),
                "—" if d.behind_ops is None else f"{d.behind_ops:,} ops",
            ]
        )
        if d.stale:
            extra.append(("BACKGROUND", (0, n), (-1, n), colors.HexColor(STALE_BACKGROUND)))
            extra.append(("TEXTCOLOR", (0, n), (-1, n), colors.HexColor(CRITICAL)))
    width = (PAGE[0] - 2 * MARGIN) / 8
    return _table(rows, [width] * 8, extra)


def _chart_grid(board: Dashboard, charts: Sequence[Chart], wide: bool = False) -> Table:
    width = PAGE[0] - 2 * MARGIN if wide else CHART_W
    cells = [chart_drawing(board, c, width, CHART_H) for c in charts]
    columns = 1 if wide else 2
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    if len(rows[-1]) < columns:
        rows[-1].append(Spacer(1, 1))
    table = Table(rows, colWidths=[width + 4 * mm] * columns)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _labels(board: Dashboard, chart: Chart) -> list[str]:
    if not chart.along_time:
        return list(chart.categories)
    out = []
    for t in chart.x:
        label = local_time(t, board.timezone)
        out.append(label if chart.bucket_min == 60 or label.endswith(":00") else "")
    return out


def chart_drawing(board: Dashboard, chart: Chart, width: float, height: float) -> Drawing:
    """One chart as a reportlab drawing: title, bars (stacked or side by side), lines,
    legend."""
    _fonts()
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 11, CHART_TITLES[chart.key], fontName=BOLD, fontSize=9))
    if not chart.points or not (chart.bars or chart.lines):
        drawing.add(String(0, height / 2, "Nothing recorded yet", fontName=FONT, fontSize=8))
        return drawing
    items = len(chart.bars) + len(chart.lines)
    per_row = max(1, min(items, int((width - 40) // 95)))
    rows = -(-items // per_row)
    legend_h = 11 * rows
    plot = VerticalBarChart()
    plot.x, plot.y = 30, 14 if chart.along_time else 34
    plot.width, plot.height = width - 40, height - plot.y - 18 - legend_h
    data = [list(s.values) for s in chart.bars] or [[0.0] * chart.points]
    plot.data = data
    top = _nice_max(chart)
    plot.valueAxis.valueMin, plot.valueAxis.valueMax = 0, top
    plot.valueAxis.valueStep = _step(top)
    plot.valueAxis.labels.fontName = FONT
    plot.valueAxis.labels.fontSize = 7
    plot.categoryAxis.categoryNames = _labels(board, chart)
    plot.categoryAxis.labels.fontName = FONT
    plot.categoryAxis.labels.fontSize = 6.5
    plot.categoryAxis.labels.angle = 0 if chart.along_time else 30
    plot.categoryAxis.labels.boxAnchor = "n" if chart.along_time else "ne"
    if chart.stacked:
        plot.categoryAxis.style = "stacked"
    plot.barSpacing = 0 if chart.stacked else 0.5
    plot.groupSpacing = 1 if chart.along_time else 3
    shades = hour_shades(len(chart.bars)) if chart.key == "desk_checkins" else ()
    for n, series in enumerate(chart.bars):
        fill = shades[n] if shades else colour(series.key, n, chart.key)
        plot.bars[n].fillColor = colors.HexColor(fill)
        plot.bars[n].strokeColor = None
    drawing.add(plot)
    count = chart.points
    for n, line in enumerate(chart.lines):
        points = []
        for i, value in enumerate(line.values):
            points += [
                plot.x + (i + 0.5) * plot.width / count,
                plot.y + min(value, top) / top * plot.height,
            ]
        drawing.add(
            PolyLine(
                points,
                strokeColor=colors.HexColor(colour(line.key, n, chart.key)),
                strokeWidth=1.4,
                strokeDashArray=[3, 2],
            )
        )
    legend = Legend()
    legend.x, legend.y = 30, height - 18
    legend.fontName, legend.fontSize = FONT, 7
    legend.alignment = "right"
    legend.columnMaximum = rows
    legend.deltax = (width - 40) / per_row
    legend.deltay = 11
    legend.dx = legend.dy = 6
    legend.colorNamePairs = [
        (
            colors.HexColor(shades[n] if shades else colour(s.key, n, chart.key)),
            _series_name(chart, s.key),
        )
        for n, s in enumerate(chart.bars)
    ] + [
        (colors.HexColor(colour(s.key, n, chart.key)), _series_name(chart, s.key))
        for n, s in enumerate(chart.lines)
    ]
    drawing.add(legend)
    return drawing


def _series_name(chart: Chart, key: str) -> str:
    if chart.key == "arrivals" and key in CATEGORY_NAMES:
        return CATEGORY_NAMES[key]
    return SERIES_NAMES.get(key, key)


def _step(top: float) -> float:
    """Four or five steps to ``top``, whole numbers when the figures are small counts."""
    if top <= 5:
        return 1.0
    return top / 5 if top / 5 == int(top / 5) and top % 4 else top / 4


def _nice_max(chart: Chart) -> float:
    """A round top for the value axis above every bar stack and line point."""
    if chart.stacked:
        tops = [sum(s.values[i] for s in chart.bars) for i in range(chart.points)]
    else:
        tops = [max((s.values[i] for s in chart.bars), default=0.0) for i in range(chart.points)]
    tops += [v for s in chart.lines for v in s.values]
    top = max([v for v in tops if not math.isnan(v)], default=0.0)
    if top <= 0:
        return 4.0
    if top <= 5:
        return float(math.ceil(top))
    step = 10 ** math.floor(math.log10(top))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * step >= top:
            return float(factor * step)
    return float(10 * step)
