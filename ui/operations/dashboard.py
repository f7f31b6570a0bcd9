"""The supervisor's screen: where the queue is, why, and what to do — then the six charts.

:class:`DashboardView` draws a ``wufops.ops.figures.Dashboard`` it is given (it computes
nothing): a banner with the worst area and the suggestion, the queue forecast per desk area,
the reasons found (slow desks and scanners, failing printers, devices not syncing), and the
chart tiles. It is used twice: in the Operations workspace and, bigger, in the wall window.

Keyboard: the arrow keys move between chart tiles (Tab too), Enter zooms the focused chart to
the whole chart area and back, Ctrl+S / Ctrl+Shift+S export it (PNG / CSV).
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Slot
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.language import clock
from ui.operations.charts import ChartTile
from ui.operations.model import RowsModel
from wufops.ops.figures import CHART_KEYS, AreaForecast, Dashboard, Finding
from wufops.ops.palette import CRITICAL, OK, WARN

# where each chart sits: (row, column, column span) on a grid of 4 columns — arrivals and
# the desks wide on top, the others below
PLACES: dict[str, tuple[int, int, int]] = {
    "arrivals": (0, 0, 2),
    "desk_checkins": (0, 2, 2),
    "scan_time": (1, 0, 1),
    "gate_entries": (1, 1, 1),
    "prints": (1, 2, 1),
    "issues": (1, 3, 1),
}
COLUMNS = 4
_LEVEL_COLOURS = {"ok": OK, "warn": WARN, "critical": CRITICAL}


class DashboardView(QWidget):
    def __init__(self, *, wall: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardWall" if wall else "dashboardView")
        self.wall = wall
        self.board: Dashboard | None = None
        self.zone = ZoneInfo("UTC")
        self.banner = QLabel()
        self.banner.setObjectName("opsBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.areas = RowsModel(
            [
                self.tr("Desk area"),
                #: column header: how many of the area's check-in desks are open now
                self.tr("Open"),
                #: column header: the share of the open desks' capacity in use (a percentage)
                self.tr("Load"),
                #: column header: people estimated waiting in the queue now
                self.tr("Waiting"),
                #: column header: how long a person joining the queue now waits
                self.tr("Wait now"),
                #: column header: the longest wait forecast over the next 30 minutes
                self.tr("Worst, 30 min"),
            ],
            self,
        )
        self.area_table = QTableView()
        self.area_table.setObjectName("areaTable")
        self.area_table.setModel(self.areas)
        self.area_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.area_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.area_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.area_table.verticalHeader().hide()
        self.area_table.setShowGrid(False)
        header = self.area_table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.area_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header.setStretchLastSection(True)
        self.why = QLabel()
        self.why.setObjectName("opsWhy")
        self.why.setWordWrap(True)
        self.why.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        self.why.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.tiles = [ChartTile(key) for key in CHART_KEYS]
        self.zoomed: ChartTile | None = None
        self.grid = QGridLayout()
        self.grid.setSpacing(6)
        for tile in self.tiles:
            self._place(tile)
            tile.installEventFilter(self)
            tile.sig_activated.connect(self._toggle_zoom)
        for row in range(2):
            self.grid.setRowStretch(row, 1)
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column, 1)

        middle = QHBoxLayout()
        middle.setSpacing(10)
        middle.addWidget(self.area_table, 3)
        middle.addWidget(self.why, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.banner)
        layout.addLayout(middle)
        layout.addLayout(self.grid, 1)
        if wall:  # read across the operations room: larger type everywhere
            self.setStyleSheet("QWidget { font-size: 19px; }")
            for tile in self.tiles:
                tile.canvas.set_font_points(11)
        self.area_table.setFixedHeight(self._table_height(3))

    def _place(self, tile: ChartTile) -> None:
        row, column, span = PLACES[tile.key]
        self.grid.addWidget(tile, row, column, 1, span)

    def _table_height(self, rows: int) -> int:
        table = self.area_table
        line = table.verticalHeader().defaultSectionSize()
        return table.horizontalHeader().sizeHint().height() + line * rows + 2 * table.frameWidth()

    # -- drawing ----------------------------------------------------------------------------

    def set_board(self, board: Dashboard) -> None:
        self.board = board
        self.zone = ZoneInfo(board.timezone)
        self._banner(board)
        rows, tips = [], []
        for a in board.areas:
            rows.append(
                (
                    a.area,
                    f"{len(a.open_desks)}/{len(a.desks)}",
                    "—" if math.isinf(a.utilisation) else f"{a.utilisation:.0%}",
                    f"{a.queue:.0f}",
                    self.minutes(a.waits_min[0]),
                    self.minutes(a.peak_wait_min),
                )
            )
            tips.append(self._area_tip(a))
        colours = [
            QColor(_LEVEL_COLOURS[a.level]) if a.level != "ok" else None for a in board.areas
        ]
        self.areas.set_rows(rows, tips, foreground=colours)
        self.area_table.setFixedHeight(self._table_height(max(3, len(rows))))
        lines = [self.finding(f) for f in board.findings]
        self.why.setText(
            #: heading above the list of probable causes (slow scanners, failing printers,
            #: silent devices)
            self.tr("Why") + "\n" + "\n".join(f"• {line}" for line in lines)
            if lines
            else self.tr("No slow desk, failing printer or silent device found.")
        )
        for tile, key in zip(self.tiles, CHART_KEYS, strict=True):
            tile.draw(board.chart(key), self.zone)

    def _banner(self, board: Dashboard) -> None:
        at = datetime.fromtimestamp(board.at_ms / 1000, UTC).astimezone(self.zone)
        when = clock(at)
        day = QLocale().toString(QDate(at.year, at.month, at.day), "d MMM")
        if board.warnings:
            worst = board.warnings[0]
            text = (
                self.tr("%1: %2 waiting, wait %3 now, %4 at worst in the next %5 min.")
                .replace("%1", worst.area)
                .replace("%2", f"{worst.queue:.0f}")
                .replace("%3", self.minutes(worst.waits_min[0]))
                .replace("%4", self.minutes(worst.peak_wait_min))
                .replace("%5", str(board.horizon_min))
            )
            advice = self.advice(worst)
            if advice:
                text += " " + advice
            level = worst.level
        else:
            text = self.tr("No desk area is expected to wait over %1 min.").replace(
                "%1", f"{board.wait_threshold_min:.0f}"
            )
            level = "ok"
        stamp = self.tr("At %1").replace("%1", when)
        if board.replay:
            stamp = self.tr("At %1 (the last recorded activity)").replace("%1", f"{day} {when}")
        self.banner.setText(f"{stamp} — {text}")
        self.banner.setProperty("level", level)
        size = "24px" if self.wall else "14px"
        self.banner.setStyleSheet(
            f"QLabel#opsBanner {{ background: {_LEVEL_COLOURS[level]}; color: white; "
            f"font-weight: 600; font-size: {size}; padding: 6px 10px; border-radius: 4px; }}"
        )

    def _area_tip(self, a: AreaForecast) -> str:
        parts = [
            self.tr("%1 desks open of %2; %3 s per person; serves %4 a minute of %5 possible")
            .replace("%1", str(len(a.open_desks)))
            .replace("%2", str(len(a.desks)))
            .replace("%3", f"{a.service_s:.0f}")
            .replace("%4", f"{a.served_per_min:.1f}")
            .replace("%5", f"{a.capacity_per_min:.1f}")
        ]
        if a.idle_desks:
            parts.append(
                self.tr("Idle: %1").replace("%1", QLocale().createSeparatedList(a.idle_desks))
            )
        advice = self.advice(a)
        if advice:
            parts.append(advice)
        return "\n".join(parts)

    def minutes(self, value: float) -> str:
        if math.isinf(value):
            return self.tr("no end")
        if value < 1:
            return self.tr("< 1 min")
        return self.tr("%1 min").replace("%1", f"{value:.0f}")

    def advice(self, area: AreaForecast) -> str:
        s = area.suggestion
        if s is None:
            return ""
        # whole sentences, each capitalised by its translator: never a word spliced into another
        sentences = []
        if s.open_desks:
            sentences.append(
                self.tr("Open these desks: %1.").replace(
                    "%1", QLocale().createSeparatedList(s.open_desks)
                )
            )
        if s.move_count:
            sentences.append(
                self.tr("Move %n volunteer(s) from %1.", "", s.move_count).replace(
                    "%1", s.move_from
                )
            )
        if s.add_staff:
            sentences.append(self.tr("Call %n more staff.", "", s.add_staff))
        sentences.append(
            self.tr("The wait then falls to %1.").replace("%1", self.minutes(s.wait_after_min))
        )
        return " ".join(sentences)

    def finding(self, f: Finding) -> str:
        if f.kind == "slow_scan":
            return (
                self.tr("%1: scans take %2 ms (most desks %3 ms) — check its scanner")
                .replace("%1", f.subject)
                .replace("%2", f"{f.value:.0f}")
                .replace("%3", f"{f.reference:.0f}")
            )
        if f.kind == "slow_desk":
            return (
                self.tr("%1: %2 s per person (its area %3 s)")
                .replace("%1", f.subject)
                .replace("%2", f"{f.value:.0f}")
                .replace("%3", f"{f.reference:.0f}")
            )
        if f.kind == "printer_failures":
            return (
                self.tr("%1: %2% of prints failed — check the printer")
                .replace("%1", f.subject)
                .replace("%2", f"{f.value * 100:.0f}")
            )
        return (
            self.tr("%1: not synced for %2 min — check its network")
            .replace("%1", f.subject)
            .replace("%2", f"{f.value:.0f}")
        )

    # -- keyboard ---------------------------------------------------------------------------

    def focus_chart(self, index: int = 0) -> None:
        self.tiles[index % len(self.tiles)].setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in self.tiles:
            assert isinstance(event, QKeyEvent)
            moves = {
                Qt.Key.Key_Left: (0, -1),
                Qt.Key.Key_Right: (0, 1),
                Qt.Key.Key_Up: (-1, 0),
                Qt.Key.Key_Down: (1, 0),
            }
            step = moves.get(Qt.Key(event.key()))
            if step is not None and self.zoomed is None:
                target = self._neighbour(watched, step)  # type: ignore[arg-type]
                if target is not None:
                    target.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if event.key() == Qt.Key.Key_Escape and self.zoomed is not None:
                self._toggle_zoom()
                return True
        return super().eventFilter(watched, event)

    def _neighbour(self, tile: ChartTile, step: tuple[int, int]) -> ChartTile | None:
        """The tile next to ``tile`` in a direction (row, column), as they sit on screen."""
        row, column, span = PLACES[tile.key]
        d_row, d_column = step
        if d_column:
            look = column + span if d_column > 0 else column - 1
            cells = [(row, look)]
        else:
            cells = [(row + d_row, c) for c in range(column, column + span)]
        for r, c in cells:
            for other in self.tiles:
                o_row, o_column, o_span = PLACES[other.key]
                if o_row == r and o_column <= c < o_column + o_span:
                    return other
        return None

    @Slot()
    def _toggle_zoom(self) -> None:
        """Enter on a tile: that chart alone fills the chart area; Enter (or Esc) again:
        back to all six."""
        focused = next((t for t in self.tiles if t.hasFocus()), self.zoomed)
        if self.zoomed is not None:
            zoomed, self.zoomed = self.zoomed, None
            self.grid.removeWidget(zoomed)
            self._place(zoomed)
            for tile in self.tiles:
                tile.show()
            zoomed.setFocus()
            return
        if focused is None:
            return
        for tile in self.tiles:
            tile.setVisible(tile is focused)
        self.grid.removeWidget(focused)
        self.grid.addWidget(focused, 0, 0, 2, COLUMNS)
        self.zoomed = focused
        focused.setFocus()
