"""One dashboard chart on screen: a QtCharts view of a ``wufops.ops.figures.Chart``.

:class:`ChartTile` is a focusable frame (title, export button, chart). It only draws what
``wufops.ops`` computed: bars stacked or side by side, lines over them, along time (a
``QCategoryAxis`` labelled on the hour, bars at their quarter hour) or along named
categories (desks, printers). A refresh with the same shape (series, axis) changes values in
place — no series, axis or legend is rebuilt — so a redraw stays within a few milliseconds.

Keys on a focused tile: Ctrl+S exports it as PNG, Ctrl+Shift+S as CSV (file dialogs opened
with ``open()``); the dashboard moves the focus between tiles and zooms one (Enter).
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QKeySequence,
    QPainter,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ui.language import clock, number
from wufops.ops.export import chart_csv
from wufops.ops.figures import Chart
from wufops.ops.palette import colour, hour_shades


def tr(text: str) -> str:
    return QCoreApplication.translate("Operations", text)


def chart_title(key: str) -> str:
    titles = {
        "arrivals": QCoreApplication.translate(
            "Operations", "Arrivals per 15 min by category, against the expected curve"
        ),
        "desk_checkins": QCoreApplication.translate("Operations", "Check-ins per desk per hour"),
        "scan_time": QCoreApplication.translate("Operations", "Scan to decision, last hour (ms)"),
        "gate_entries": QCoreApplication.translate("Operations", "Entries per gate zone per hour"),
        "prints": QCoreApplication.translate("Operations", "Badge prints and failures per printer"),
        "issues": QCoreApplication.translate("Operations", "Duplicate pickups and conflicts"),
    }
    return titles[key]


def series_name(chart: str, key: str) -> str:
    names = {
        "participant": QCoreApplication.translate("Operations", "Participants"),
        "speaker": QCoreApplication.translate("Operations", "Speakers"),
        "media": QCoreApplication.translate("Operations", "Media"),
        "vip": QCoreApplication.translate("Operations", "VIP"),
        "staff": QCoreApplication.translate("Operations", "Staff"),
        "volunteer": QCoreApplication.translate("Operations", "Volunteers"),
        "exhibitor": QCoreApplication.translate("Operations", "Exhibitors"),
        "security": QCoreApplication.translate("Operations", "Security"),
        "unknown": QCoreApplication.translate("Operations", "Unknown"),
        "expected": QCoreApplication.translate("Operations", "Expected"),
        "median": QCoreApplication.translate("Operations", "Median"),
        "p90": QCoreApplication.translate("Operations", "90th percentile"),
        "printed": QCoreApplication.translate("Operations", "Printed"),
        "failed": QCoreApplication.translate("Operations", "Failed"),
        "duplicates": QCoreApplication.translate("Operations", "Duplicate pickups"),
        "conflicts": QCoreApplication.translate("Operations", "Conflicts"),
    }
    if chart == "arrivals" or key in names:
        return names.get(key, key)
    return key


def nice_top(value: float) -> tuple[float, int]:
    """A round axis maximum at or above ``value`` and a tick count for it."""
    if value <= 0 or math.isnan(value):
        return 4.0, 5
    if value <= 4:
        return float(math.ceil(value)), math.ceil(value) + 1
    step = 10 ** math.floor(math.log10(value / 4))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * step * 4 >= value:
            return factor * step * 4, 5
    return 40.0 * step, 5


def _shape(chart: Chart) -> tuple[object, ...]:
    return (
        chart.key,
        chart.x[:1],
        chart.points,
        chart.categories,
        tuple(s.key for s in chart.bars),
        tuple(s.key for s in chart.lines),
    )


class ChartCanvas(QChartView):
    """The QtCharts view of one figure (no frame, no title: :class:`ChartTile` adds them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._chart.setMargins(QMargins(2, 2, 2, 2))
        self._chart.setBackgroundRoundness(0)
        self._chart.layout().setContentsMargins(0, 0, 0, 0)
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self._chart.legend().setMarkerShape(self._chart.legend().MarkerShape.MarkerShapeRectangle)
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 110)
        self._shape: tuple[object, ...] | None = None
        self._sets: list[QBarSet] = []
        self._lines: list[QLineSeries] = []
        self._value_axis: QValueAxis | None = None
        self._figure: Chart | None = None
        self._zone = ZoneInfo("UTC")
        self.font_points = 8

    def set_font_points(self, points: int) -> None:
        self.font_points = points
        self._shape = None  # rebuilt with the new fonts next time

    def draw(self, chart: Chart, zone: ZoneInfo) -> None:
        """Show ``chart``: values in place when its shape is unchanged, else rebuilt."""
        self._figure, self._zone = chart, zone
        if self._shape == _shape(chart):
            self._update(chart)
        else:
            self._build(chart, zone)
            self._shape = _shape(chart)

    @Slot(bool, int, QBarSet)
    def _hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        chart = self._figure
        if not status or chart is None or not 0 <= index < chart.points:
            QToolTip.hideText()
            return
        if chart.along_time:
            moment = datetime.fromtimestamp(chart.x[index] / 1000, UTC).astimezone(self._zone)
            where = clock(moment)
        else:
            where = chart.categories[index]
        value = number(round(bar_set.at(index)))
        QToolTip.showText(QCursor.pos(), f"{where} · {bar_set.label()}: {value}", self)

    def _top(self, chart: Chart) -> float:
        points = range(chart.points)
        if chart.stacked:
            tops = [sum(s.values[i] for s in chart.bars) for i in points]
        else:
            tops = [max((s.values[i] for s in chart.bars), default=0.0) for i in points]
        tops += [v for s in chart.lines for v in s.values]
        return max([v for v in tops if not math.isnan(v)], default=0.0)

    def _update(self, chart: Chart) -> None:
        for bar_set, series in zip(self._sets, chart.bars, strict=True):
            for i, value in enumerate(series.values):
                clean = 0.0 if math.isnan(value) else value
                if bar_set.at(i) != clean:
                    bar_set.replace(i, clean)
        for line, series in zip(self._lines, chart.lines, strict=True):
            line.replace([QPointF(i, v) for i, v in enumerate(series.values)])
        if self._value_axis is not None:
            top, ticks = nice_top(self._top(chart))
            if self._value_axis.max() != top:
                self._value_axis.setRange(0, top)
                self._value_axis.setTickCount(ticks)

    def _build(self, chart: Chart, zone: ZoneInfo) -> None:
        c = self._chart
        c.removeAllSeries()
        for axis in c.axes():
            c.removeAxis(axis)
        self._sets, self._lines = [], []
        small = QFont()
        small.setPointSize(self.font_points)
        c.legend().setFont(small)
        bars: QAbstractBarSeries = QStackedBarSeries() if chart.stacked else QBarSeries()
        bars.setBarWidth(0.92 if chart.along_time else 0.8)
        shades = hour_shades(len(chart.bars)) if chart.key == "desk_checkins" else ()
        for n, series in enumerate(chart.bars):
            bar_set = QBarSet(series_name(chart.key, series.key))
            bar_set.append([0.0 if math.isnan(v) else v for v in series.values])
            bar_set.setColor(QColor(shades[n] if shades else colour(series.key, n, chart.key)))
            bar_set.setBorderColor(QColor(Qt.GlobalColor.transparent))
            bars.append(bar_set)
            self._sets.append(bar_set)
        c.addSeries(bars)
        bars.hovered.connect(self._hovered)
        for n, series in enumerate(chart.lines):
            line = QLineSeries()
            line.setName(series_name(chart.key, series.key))
            pen = QPen(QColor(colour(series.key, n, chart.key)))
            pen.setWidthF(2.0)
            pen.setStyle(Qt.PenStyle.DashLine)
            line.setPen(pen)
            line.append([QPointF(i, v) for i, v in enumerate(series.values)])
            c.addSeries(line)
            self._lines.append(line)
        x_axis: QCategoryAxis | QBarCategoryAxis
        if chart.along_time:
            x_axis = QCategoryAxis()
            x_axis.setRange(-0.5, chart.points - 0.5)
            x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
            every = 1 if chart.bucket_min >= 60 else 60 // chart.bucket_min
            hours = chart.points / every
            step = every * (1 if hours <= 8 else 2 if hours <= 16 else 3)
            for i, t in enumerate(chart.x):
                local = datetime.fromtimestamp(t / 1000, UTC).astimezone(zone)
                if local.minute == 0 and (i // every) % (step // every) == 0:
                    x_axis.append(clock(local), i - 0.5)
            x_axis.setGridLineVisible(False)
            x_axis.setLabelsFont(small)
        else:
            x_axis = QBarCategoryAxis()
            x_axis.append(list(chart.categories))
            x_axis.setLabelsAngle(-90 if len(chart.categories) > 5 else 0)
            x_axis.setTruncateLabels(False)  # a desk's whole name, or none of it
            x_axis.setGridLineVisible(False)
            names = QFont(small)
            names.setPointSize(self.font_points - (1 if len(chart.categories) > 8 else 0))
            x_axis.setLabelsFont(names)
        value_axis = QValueAxis()
        top, ticks = nice_top(self._top(chart))
        value_axis.setRange(0, top)
        value_axis.setTickCount(ticks)
        value_axis.setLabelFormat("%d")
        value_axis.setLabelsFont(small)
        value_axis.setGridLineColor(QColor("#e5e7eb"))
        c.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        c.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        for series in c.series():
            series.attachAxis(x_axis)
            series.attachAxis(value_axis)
        self._value_axis = value_axis
        for marker in c.legend().markers():  # no legend entry without a name
            if not marker.label():
                marker.setVisible(False)


class ChartTile(QFrame):
    """A focusable dashboard tile: title, export menu (PNG, CSV), the chart."""

    sig_activated = Signal()
    """Enter on the tile: the dashboard zooms it (or back)."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("chartTile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.figure: Chart | None = None
        self.zone = ZoneInfo("UTC")
        self.title = QLabel(chart_title(key))
        self.title.setObjectName("chartTitle")
        self.title.setWordWrap(True)
        self.export_button = QToolButton()
        self.export_button.setObjectName("chartExport")
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(
            self.tr("Save this chart as PNG (Ctrl+S) or CSV (Ctrl+Shift+S)")
        )
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Save as PNG…"), self.export_png)
        menu.addAction(self.tr("Save as CSV…"), self.export_csv)
        self.export_button.setMenu(menu)
        self.canvas = ChartCanvas()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)
        QShortcut(
            QKeySequence("Ctrl+S"), self, self.export_png, context=Qt.ShortcutContext.WidgetShortcut
        )
        QShortcut(
            QKeySequence("Ctrl+Shift+S"),
            self,
            self.export_csv,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self._dialog: QFileDialog | None = None

    def draw(self, chart: Chart, zone: ZoneInfo) -> None:
        self.figure, self.zone = chart, zone
        self.canvas.draw(chart, zone)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # QKeyEvent
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.sig_activated.emit()
            return
        super().keyPressEvent(event)

    # -- export -----------------------------------------------------------------------------

    def save_png(self, path: Path) -> bool:
        """The tile (title and chart) as a PNG image."""
        return self.grab().save(str(path), "PNG")

    def save_csv(self, path: Path) -> None:
        if self.figure is None:
            return
        path.write_text(chart_csv(self.figure, self.zone), encoding="utf-8")

    @Slot()
    def export_png(self) -> None:
        self._ask(self.tr("PNG image (*.png)"), ".png", self.save_png)

    @Slot()
    def export_csv(self) -> None:
        self._ask(self.tr("CSV table (*.csv)"), ".csv", self.save_csv)

    def _ask(self, kind: str, suffix: str, save: object) -> None:
        dialog = QFileDialog(self, self.tr("Export chart"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(kind)
        dialog.setDefaultSuffix(suffix.lstrip("."))
        dialog.selectFile(f"{self.key}{suffix}")

        def chosen(name: str) -> None:
            save(Path(name))  # type: ignore[operator]

        dialog.fileSelected.connect(chosen)
        self._dialog = dialog
        dialog.open()
