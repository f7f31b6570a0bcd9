"""The Operations dashboard on the demo event's first morning: it fits a 1280×720 desk
screen and a 1920×1080 wall, in English and in French (screenshots saved in
``artifacts/screenshots/operations/``: look at them); the supervisor's answer is on it; the
keyboard moves between charts and zooms one; every chart exports PNG and CSV; figures
refresh only while on screen, the wall included; a refresh of the same shape redraws in place."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from tests.tools import screenshot_dir
from tests.ui.fit import clipped
from ui.app import install_translators
from ui.context import AppContext, Settings
from ui.main_window import MainWindow
from ui.operations.charts import ChartTile
from ui.operations.model import RowsModel
from ui.operations.workspace import OperationsWorkspace
from wufops.clock import FakeClock
from wufops.demo import generate
from wufops.demo.arrivals import HISTORY_END_MS
from wufops.ops.palette import STALE_BACKGROUND

SCREEN = QSize(1280, 720)
WALL = QSize(1920, 1080)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The WUF-scale demo event with its first-morning history (generated once)."""
    path = tmp_path_factory.mktemp("ops") / "demo.db"
    generate(path, seed=13)
    return path


@pytest.fixture
def context(demo_db: Path, tmp_path: Path, qapp: object) -> Iterator[AppContext]:
    from ui.app import application, open_context

    application()
    settings = Settings(QSettings(str(tmp_path / "app.ini"), QSettings.Format.IniFormat))
    # months after the forum: the dashboard replays the first morning's last minute
    ctx = open_context(demo_db, FakeClock(HISTORY_END_MS + 200 * 86_400_000), settings)
    yield ctx
    ctx.replica.close()


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = []
    if request.param == "fr":
        installed = install_translators(
            app, QLocale(QLocale.Language.French, QLocale.Country.France)
        )
        assert installed, "wufops_fr.qm did not load"
    yield request.param
    for translator in installed:
        app.removeTranslator(translator)


def _operations(window: MainWindow) -> OperationsWorkspace:
    window.show_workspace(window.workspace_keys.index("operations"))
    workspace = window.current_workspace()
    assert isinstance(workspace, OperationsWorkspace)
    return workspace


def test_the_dashboard_fits_a_desk_screen_and_a_wall(
    context: AppContext, language: str, qtbot: QtBot
) -> None:
    out = screenshot_dir("operations")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    ops = _operations(window)
    qtbot.wait(60)
    window.resize(SCREEN)
    qtbot.wait(60)
    assert window.grab().save(str(out / f"ops-dashboard-1280x720-{language}.png"))
    assert window.size() == SCREEN
    hint = window.minimumSizeHint()
    assert hint.width() <= SCREEN.width() and hint.height() <= SCREEN.height()
    assert clipped(window) == []
    # the answer is on the screen: where (south), how long, what to do (open its idle desks)
    banner = ops.view.banner.text()
    assert "south" in banner and "south-05" in banner
    assert ops.view.banner.property("level") in ("warn", "critical")
    assert "gate-p2" in ops.view.why.text() and "north-07" in ops.view.why.text()
    assert "P-S02" in ops.view.why.text()

    qtbot.keyClick(ops, Qt.Key.Key_F11)  # wall mode
    wall = ops.wall
    assert wall is not None and wall.isVisible()
    qtbot.waitExposed(wall)
    wall.showNormal()  # the offscreen screen is smaller than a wall: lay it out at 1920×1080
    wall.resize(WALL)
    qtbot.wait(80)
    assert wall.size() == WALL
    assert wall.grab().save(str(out / f"ops-wall-1920x1080-{language}.png"))
    assert clipped(wall) == []
    assert wall.view.banner.text() == ops.view.banner.text()
    qtbot.keyClick(wall, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: ops.wall is None, timeout=2000)


def test_keyboard_moves_between_charts_and_zooms_one(context: AppContext, qtbot: QtBot) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    ops = _operations(window)
    window.activateWindow()
    qtbot.waitUntil(ops.view.tiles[0].hasFocus, timeout=2000)  # shown: the first chart
    tiles = {t.key: t for t in ops.view.tiles}

    def focused() -> str:
        return next(t.key for t in ops.view.tiles if t.hasFocus())

    qtbot.keyClick(tiles["arrivals"], Qt.Key.Key_Right)
    assert focused() == "desk_checkins"
    qtbot.keyClick(tiles["desk_checkins"], Qt.Key.Key_Down)
    assert focused() == "prints"
    qtbot.keyClick(tiles["prints"], Qt.Key.Key_Left)
    assert focused() == "gate_entries"
    qtbot.keyClick(tiles["gate_entries"], Qt.Key.Key_Up)
    assert focused() == "arrivals"
    before = tiles["arrivals"].size()
    qtbot.keyClick(tiles["arrivals"], Qt.Key.Key_Return)  # zoom
    assert ops.view.zoomed is tiles["arrivals"]
    assert [t.key for t in ops.view.tiles if t.isVisible()] == ["arrivals"]
    qtbot.waitUntil(lambda: tiles["arrivals"].height() > 1.8 * before.height(), timeout=2000)
    assert tiles["arrivals"].width() > 1.8 * before.width()
    qtbot.keyClick(tiles["arrivals"], Qt.Key.Key_Escape)  # back to all six
    assert ops.view.zoomed is None and all(t.isVisible() for t in ops.view.tiles)


def _export(tile: ChartTile, path: Path, csv_: bool) -> None:
    (tile.export_csv if csv_ else tile.export_png)()
    dialog = tile._dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert not dialog.isModal() or dialog.windowModality() != Qt.WindowModality.ApplicationModal
    dialog.selectFile(str(path))
    dialog.accept()


def test_every_chart_exports_png_and_csv(context: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    ops = OperationsWorkspace(context)
    qtbot.addWidget(ops)
    ops.resize(1100, 640)
    ops.show()
    qtbot.waitExposed(ops)
    assert ops.board is not None
    for tile in ops.view.tiles:
        png, table = tmp_path / f"{tile.key}.png", tmp_path / f"{tile.key}.csv"
        _export(tile, png, csv_=False)
        _export(tile, table, csv_=True)
        image = QImage(str(png))
        assert not image.isNull() and image.width() == tile.width()
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 4)
            for y in range(0, image.height(), 4)
        }
        assert len(colours) > 12, tile.key  # QtCharts drew bars, axes and a legend offscreen
        rows = list(csv.reader(io.StringIO(table.read_text(encoding="utf-8"))))
        chart = ops.board.chart(tile.key)  # type: ignore[arg-type]
        series = [*chart.bars, *chart.lines]
        assert len(rows) == chart.points + 1
        first = 2 if chart.along_time else 1
        assert rows[0][first:] == [s.key for s in series]
        for n, row in enumerate(rows[1:]):
            for s, cell in zip(series, row[first:], strict=True):
                assert cell == "" or float(cell) == pytest.approx(s.values[n], abs=0.01)
    arrivals = list(csv.reader(io.StringIO((tmp_path / "arrivals.csv").read_text())))
    assert arrivals[0][:2] == ["start_local", "start_utc"] and "expected" in arrivals[0]
    assert any(row[0].endswith("09:00") for row in arrivals)  # local (Baku) times


def test_the_devices_tab_has_this_desk_first_and_a_red_row(
    context: AppContext, qtbot: QtBot, qtmodeltester: object
) -> None:
    ops = OperationsWorkspace(context)
    qtbot.addWidget(ops)
    model = ops.devices
    model.setParent(None)  # pytest-qt deletes the widget before the model tester lets go
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]
    names = [model.row_values(r)[0] for r in range(model.rowCount())]
    red = [
        model.row_values(r)[0]
        for r in range(model.rowCount())
        if model.data(model.index(r, 0), Qt.ItemDataRole.BackgroundRole) is not None
    ]
    assert red == ["gate-p2"]
    brush = model.data(model.index(names.index("gate-p2"), 0), Qt.ItemDataRole.BackgroundRole)
    assert brush.color().name() == STALE_BACKGROUND
    assert "south-07" in names and "south-05" in names
    assert ops.tabs.tabText(1).endswith("(1 not syncing)")


def test_refreshes_only_while_on_screen_the_wall_included(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.operations.workspace as workspace_module

    monkeypatch.setattr(workspace_module, "AUTO_REFRESH_S", 0.05)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    ops = _operations(window)
    reads: list[str] = []
    context.replica.conn.set_trace_callback(
        lambda sql: reads.append(sql) if "FROM ops_quarter" in sql else None
    )
    try:
        qtbot.waitUntil(lambda: len(reads) >= 2, timeout=3000)  # on screen: refreshes itself
        window.show_workspace(window.workspace_keys.index("attendees"))
        qtbot.waitUntil(lambda: not ops.isVisible(), timeout=2000)
        qtbot.wait(50)
        reads.clear()
        qtbot.wait(300)
        assert reads == []  # nobody looking: no work
        ops.toggle_wall()  # the wall shows the figures though the workspace is hidden
        assert ops.wall is not None
        qtbot.waitUntil(lambda: len(reads) >= 2, timeout=3000)
        ops.wall.close()
        qtbot.waitUntil(lambda: ops.wall is None, timeout=2000)
        qtbot.wait(50)
        reads.clear()
        qtbot.wait(300)
        assert reads == []
        for _ in range(30):  # changes while hidden: stale, nothing read
            context.bus.rows_changed("checkin", ["x"])
        assert reads == [] and ops.stale
    finally:
        context.replica.conn.set_trace_callback(None)


def test_a_burst_of_changes_on_screen_refreshes_once_more_not_thirty_times(
    context: AppContext, qtbot: QtBot
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert _operations(window).isVisible()
    reads: list[str] = []
    context.replica.conn.set_trace_callback(
        lambda sql: reads.append(sql) if "FROM ops_quarter" in sql else None
    )
    try:
        for _ in range(30):  # a busy hub: changes pulled every few milliseconds
            context.bus.rows_changed("checkin", ["x"])
        assert len(reads) == 1  # the first at once
        qtbot.waitUntil(lambda: len(reads) == 2, timeout=4000)  # the rest, coalesced
        qtbot.wait(200)
        assert len(reads) == 2
    finally:
        context.replica.conn.set_trace_callback(None)


def test_a_refresh_of_the_same_shape_redraws_in_place(context: AppContext, qtbot: QtBot) -> None:
    ops = OperationsWorkspace(context)
    qtbot.addWidget(ops)
    ops.show()
    canvas = ops.view.tiles[0].canvas
    sets = [id(s) for s in canvas._sets]
    series = [id(s) for s in canvas.chart().series()]
    ops.refresh()
    assert [id(s) for s in canvas._sets] == sets  # no bar set rebuilt
    assert [id(s) for s in canvas.chart().series()] == series


def test_rows_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = RowsModel(["a", "b"])
    model.set_rows([("1", "2"), ("3", "4")], ["tip", ""])
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]
