"""Schedule grid repaint on the demo event (target: a full day ≤ 50 ms), offscreen.

The busiest day of the demo programme, all 40 rooms and every session of that day, painted
by the schedule workspace's own painter (``ui.schedule.grid_paint.GridPainter.paint``, what
the grid's ``paintEvent`` runs) into an image the size of the whole day — rows, closed
hours, time lines, every block with its type marker, title, time and conflict mark, and the
sticky headers — median of the rounds:

- **warm**: a repaint (scrolling, a selection, a drag frame): block texts already made;
- **cold**: the first paint after the day changed (every block's text made again);
- **one screen**: what a 1280×720 desk repaints while scrolling (warm).

Baselines, same run and same image size: the same block rectangles filled without any
text or marks (what the geometry alone costs), and a naive ``QTableWidget`` holding the day
as cells (40 rows × 15-minute columns, a spanned cell with the title per session), rendered.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import Row, fresh_copy

ROUNDS = 25


def _median_ms(fn: Callable[[], object], rounds: int = ROUNDS) -> tuple[float, float]:
    """Median wall-clock and CPU milliseconds of ``fn()`` (painting is one thread's work:
    its CPU time is what it costs when other processes share the cores)."""
    wall, cpu = [], []
    for _ in range(rounds):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        cpu.append((time.process_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def run(demo: Path) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRect, QSettings, Qt
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

    from ui.app import application, open_context
    from ui.context import Settings
    from ui.schedule.data import ScheduleData
    from ui.schedule.grid import ScheduleGrid
    from ui.schedule.grid_paint import ROOM_HEADER_W, TIME_HEADER_H
    from ui.schedule.layout import build_day, session_day
    from ui.schedule.rooms import ordered_rooms
    from wufops.clock import SystemClock
    from wufops.models.schedule import MINUTE_MS

    application()
    path = fresh_copy(demo, "schedule-grid.db")
    scratch = path.with_suffix(".ini")
    settings = Settings(QSettings(str(scratch), QSettings.Format.IniFormat))
    context = open_context(path, SystemClock(), settings)
    try:
        data = ScheduleData(context)
        world = data.world
        per_day: dict[object, int] = {}
        for session in world.sessions.values():
            day = session_day(world, session)
            if day is not None:
                per_day[day] = per_day.get(day, 0) + 1
        day = max(per_day, key=lambda d: per_day[d])
        rooms = [r.id for r in ordered_rooms(world.rooms.values(), "floor", [], set())]
        view = build_day(world, day, rooms)
        sessions = sum(len(row.blocks) for row in view.rows)
        grid = ScheduleGrid(data)
        grid.set_zoom(2.0)
        grid.set_view(view)
        content = grid.content_size()
        width, height = ROOM_HEADER_W + content.width(), TIME_HEADER_H + content.height()
        grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        grid.resize(width, height)
        grid.show()
        application().processEvents()
        assert grid.viewport().width() >= width - 2, "the whole day must be on the viewport"
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        whole = QRect(0, 0, width, height)

        def paint_day() -> None:
            painter = QPainter(image)
            grid.painter.paint(painter, whole)
            painter.end()

        def paint_cold() -> None:
            grid.forget()
            paint_day()

        rects = [grid.rect_of(r, block) for r, row in enumerate(view.rows) for block in row.blocks]

        def rectangles_only() -> None:
            painter = QPainter(image)
            painter.fillRect(whole, QColor("#ffffff"))
            for rect in rects:
                painter.fillRect(rect, QColor("#dbeafe"))
            painter.end()

        paint_day()  # warm the fonts and the block texts
        warm = _median_ms(paint_day)
        cold = _median_ms(paint_cold)
        bare = _median_ms(rectangles_only)

        screen = QImage(1280 - 200 - 330, 720 - 140, QImage.Format.Format_ARGB32_Premultiplied)
        grid.resize(screen.width(), screen.height())
        application().processEvents()
        grid.scroll_to_first()

        def paint_screen() -> None:
            painter = QPainter(screen)
            grid.painter.paint(painter, QRect(0, 0, screen.width(), screen.height()))
            painter.end()

        paint_screen()
        one_screen = _median_ms(paint_screen)

        columns = view.minutes // 15
        table = QTableWidget(len(view.rows), columns)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setDefaultSectionSize(30)
        table.verticalHeader().setDefaultSectionSize(grid.base_h)
        table.setVerticalHeaderLabels([row.room.name for row in view.rows])
        for r, row in enumerate(view.rows):
            taken: set[int] = set()
            for block in row.blocks:
                first = max(0, (block.start_ms - view.start_ms) // (15 * MINUTE_MS))
                span = max(1, (block.end_ms - block.start_ms) // (15 * MINUTE_MS))
                span = min(span, columns - first)
                if first >= columns or any(c in taken for c in range(first, first + span)):
                    continue  # a naive table cannot show overlaps
                taken.update(range(first, first + span))
                session = world.sessions[block.session_id]
                table.setItem(r, first, QTableWidgetItem(session.title))
                if span > 1:
                    table.setSpan(r, first, 1, span)
        table.resize(width, height)
        table.show()
        application().processEvents()
        table_image = QImage(table.size(), QImage.Format.Format_ARGB32_Premultiplied)

        def render_table() -> None:
            table.render(table_image)

        render_table()
        naive = _median_ms(render_table, max(5, ROUNDS // 3))
        grid.close()
        table.close()
    finally:
        context.replica.close()
        scratch.unlink(missing_ok=True)
    what = f"{len(view.rows)} rooms, {sessions} sessions, {width}×{height} px"
    return [
        Row(
            f"full day repaint, warm ({what}; baseline: QTableWidget)",
            warm[0],
            naive[0],
            "ms",
            "≤ 50 ms",
        ),
        Row("… CPU time of the painting thread", warm[1], naive[1], "ms", "≤ 50 ms"),
        Row(
            "full day repaint, warm (baseline: the same rectangles, no text)",
            warm[0],
            bare[0],
            "ms",
            "≤ 50 ms",
        ),
        Row("full day first paint, cold (baseline: QTableWidget)", cold[0], naive[0], "ms"),
        Row("… CPU time of the painting thread", cold[1], naive[1], "ms"),
        Row(
            "one 750×580 screen of the grid, warm (baseline: full day)",
            one_screen[0],
            warm[0],
            "ms",
        ),
    ]
