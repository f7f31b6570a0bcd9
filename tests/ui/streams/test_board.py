"""The control room's live board on real widgets over the demo event at a fixed clock: what it
shows, its keys, its refusals in words, its once-a-second refresh without database reads,
and the wall screen. The board is saved as a picture (in ``artifacts/screenshots/streams/``:
look at it — it must read from across a room).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.tools import screenshot_dir
from ui.context import AppContext, Settings
from ui.main_window import MainWindow
from ui.streams.model import ACCESS, NEXT, NOW, STATUS
from ui.streams.workspace import StreamsWorkspace
from wufops.clock import FakeClock, parse_iso_utc
from wufops.demo import generate
from wufops.store import streams as store
from wufops.store import sync_state as ss
from wufops.streams import load_plan, set_slot_status

#: Tuesday 19 May 2026, 10:58:30 in Baku
AT = parse_iso_utc("2026-05-19T06:58:30Z")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("streams") / "demo.db"
    generate(path, seed=7, attendees=300)
    return path


@pytest.fixture
def context(demo: Path, tmp_path: Path, qapp: object) -> Iterator[AppContext]:
    import shutil

    from ui.app import application, open_context

    application()
    copy = tmp_path / "board.db"
    shutil.copyfile(demo, copy)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    ctx = open_context(copy, FakeClock(AT), settings)
    yield ctx
    ctx.replica.close()


def _stage(context: AppContext) -> None:
    """Statuses as a control room would have them at 10:58: most slots on air live, one
    testing before its start, one left planned after its start (late), one ended."""
    from wufops.streams import board

    replica = context.replica
    plan = load_plan(replica.conn)
    rows = board(plan, AT).rows
    wanted = ["live", "testing", "planned", "live", "complete", "live", "testing", "live"]
    for row, status in zip(rows, wanted, strict=False):
        if row.now is None:
            continue
        steps = {
            "live": ["testing", "live"],
            "testing": ["testing"],
            "complete": ["live", "complete"],
            "planned": [],
        }[status]
        for step in steps:
            set_slot_status(replica, row.now.slot_id, step)


def _workspace(window: MainWindow) -> StreamsWorkspace:
    window.show_workspace(window.workspace_keys.index("streams"))
    ws = window.current_workspace()
    assert isinstance(ws, StreamsWorkspace)
    return ws


def test_the_board_at_a_fixed_clock(context: AppContext, qtbot: QtBot) -> None:
    _stage(context)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(QSize(1280, 720))
    window.show()
    qtbot.waitExposed(window)
    ws = _workspace(window)
    qtbot.wait(50)
    model = ws.model
    assert model.rowCount() == 8
    texts = [[model.cell(r, c).text for c in range(5)] for r in range(8)]
    # the event's name is left out of its own channels' names: "Channel 1", keyed 1
    assert [t[0].split(" · ")[:2] for t in texts] == [[str(n), f"Channel {n}"] for n in range(1, 9)]
    states = [model.channel_row(r).state for r in range(8)]  # type: ignore[union-attr]
    assert "live" in states and "testing" in states
    board = model.board
    assert board is not None and board.at_ms == AT
    # every row says its state in words, and the late one says LATE with its minutes
    for r, row in enumerate(board.rows):
        status = texts[r][STATUS]
        assert status.startswith(("LIVE", "TESTING", "PLANNED", "COMPLETE", "OFF AIR"))
        if row.late_ms is not None:
            assert f"LATE {row.late_ms // 60_000} min" in status
        if row.now is not None:
            assert row.now.title in texts[r][NOW]
        if row.next is not None and row.countdown_ms is not None and row.countdown_ms > 0:
            assert "pre-roll in" in texts[r][NEXT]
        assert texts[r][ACCESS]
    assert any(r.late_ms is not None for r in board.rows), "the staged board has a late slot"
    assert ws.clock.text().endswith("10:58:30")
    image = window.grab()
    assert image.save(str(screenshot_dir("streams") / "streams-board-1280x720.png"))


def test_the_wall_screen_shows_the_same_board_full_screen(
    context: AppContext, qtbot: QtBot
) -> None:
    _stage(context)
    ws = StreamsWorkspace(context)
    qtbot.addWidget(ws)
    ws.resize(1280, 720)
    ws.show()
    qtbot.waitExposed(ws)
    QTest.keyClick(ws.view, Qt.Key.Key_F11)
    wall = ws.wall
    assert wall is not None and wall.isFullScreen() and wall.view.model() is ws.model
    wall.showNormal()  # the offscreen screen is small: look at it at a wall's size
    wall.resize(1920, 1080)
    wall.scale()
    qtbot.wait(50)
    assert wall.grab().save(str(screenshot_dir("streams") / "streams-wall-1920x1080.png"))
    # the keys work there too, on the same selection
    QTest.keyClick(wall.view, Qt.Key.Key_4)
    assert ws.view.currentIndex().row() == 3
    QTest.keyClick(wall.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: ws.wall is None)
    # open again, then close the app's window: the wall screen does not stay behind
    QTest.keyClick(ws.view, Qt.Key.Key_F11)
    assert ws.wall is not None and ws.wall.isVisible()
    ws.close()
    qtbot.waitUntil(lambda: ws.wall is None)


def test_keys_change_the_selected_channel_and_refusals_are_words(
    context: AppContext, qtbot: QtBot
) -> None:
    ws = StreamsWorkspace(context)
    qtbot.addWidget(ws)
    ws.resize(1280, 720)
    ws.show()
    qtbot.waitExposed(ws)
    rows = ws.model.board.rows  # type: ignore[union-attr]
    number = next(n for n, r in enumerate(rows) if r.now is not None and r.now.status == "planned")
    target = rows[number].now
    assert target is not None
    QTest.keyClick(ws.view, Qt.Key(int(Qt.Key.Key_1) + number))
    assert ws.view.currentIndex().row() == number
    QTest.keyClick(ws.view, Qt.Key.Key_C)  # planned → complete: refused
    assert ws.message.property("tone") == "refused"
    name = rows[number].channel.name.removeprefix("WUF13 ")  # as the row names it
    assert ws.message.text() == (
        f"{name}: “{target.title}” is planned — it cannot go to complete. "
        "Press T to test or L to go live."
    )
    QTest.keyClick(ws.view, Qt.Key.Key_T)
    QTest.keyClick(ws.view, Qt.Key.Key_L)
    assert ws.message.text() == f"{name}: “{target.title}” is now LIVE."
    slot = store.load_slots(context.replica.conn, context.event.id, [target.slot_id])
    assert slot[target.slot_id].status == "live"
    assert ws.model.cell(number, STATUS).text.startswith("LIVE · by this device at 10:58")
    QTest.keyClick(ws.view, Qt.Key.Key_L)
    assert ws.message.text().endswith("is already live.")
    # after a click on the wall button the keys are still the board's
    ws.wall_button.setFocus()
    QTest.keyClick(ws.wall_button, Qt.Key.Key_2)
    assert ws.view.currentIndex().row() == 1


def _layout_key(view: object, key: int, text: str, x11_keycode: int) -> None:
    """A key as an Arabic or Russian layout sends it: the layout's character as key and
    text, the physical key's X11 keycode (evdev + 8) as native scan code."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, x11_keycode, 0, 0, text)
        QApplication.sendEvent(view, event)  # type: ignore[arg-type]


def test_status_keys_work_on_arabic_and_russian_keyboard_layouts(
    context: AppContext, qtbot: QtBot
) -> None:
    """In Cairo the control room types on an Arabic layout: the key marked T sends ف, the one
    marked L sends م, the digit row may send ١٢٣; in Baku or Moscow a Cyrillic one (е, д)."""
    ws = StreamsWorkspace(context)
    qtbot.addWidget(ws)
    ws.resize(1280, 720)
    ws.show()
    qtbot.waitExposed(ws)
    rows = ws.model.board.rows  # type: ignore[union-attr]
    planned = [n for n, r in enumerate(rows) if r.now is not None and r.now.status == "planned"]
    number = planned[0]
    target = rows[number].now
    assert target is not None and number < 9
    arabic_digit = chr(0x0661 + number)  # ١ is row 1
    _layout_key(ws.view, ord(arabic_digit), arabic_digit, 10 + number)
    assert ws.view.currentIndex().row() == number
    _layout_key(ws.view, ord("ف"), "ف", 28)  # T on an Arabic layout
    _layout_key(ws.view, ord("م"), "م", 46)  # L
    slot = store.load_slots(context.replica.conn, context.event.id, [target.slot_id])
    assert slot[target.slot_id].status == "live"
    if len(planned) > 1:
        other = rows[planned[1]].now
        assert other is not None
        ws.view.select_row(planned[1])
        _layout_key(ws.view, ord("е"), "е", 28)  # T on a Russian layout
        slot = store.load_slots(context.replica.conn, context.event.id, [other.slot_id])
        assert slot[other.slot_id].status == "testing"


def test_each_second_recomputes_from_memory_and_only_a_change_reads_again(
    context: AppContext, qtbot: QtBot
) -> None:
    ws = StreamsWorkspace(context)
    qtbot.addWidget(ws)
    ws.show()
    qtbot.waitExposed(ws)
    clock = context.clock
    assert isinstance(clock, FakeClock)
    reads = ws.reads
    row = next(
        n
        for n, r in enumerate(ws.model.board.rows)  # type: ignore[union-attr]
        if r.countdown_ms is not None and r.countdown_ms > 0
    )
    before = ws.model.cell(row, NEXT).text
    changed: list[int] = []
    ws.model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    for _ in range(5):
        clock.advance(1000)
        ws._second()
    assert ws.reads == reads  # five seconds, no database read
    assert ws.model.cell(row, NEXT).text != before and row in changed
    assert ws.clock.text().endswith("10:58:35")
    # a burst of change-bus events (a pulled batch) reads the plan once
    for entity in ("stream_slot", "session", "stream_status_change", "room"):
        context.bus.rows_changed(entity, ["x"])
    context.bus.rows_changed("attendee", ["y"])  # not the board's
    qtbot.waitUntil(lambda: ws.reads == reads + 1)
    qtbot.wait(20)
    assert ws.reads == reads + 1


def test_a_desk_may_not_change_stream_statuses(context: AppContext, qtbot: QtBot) -> None:
    with context.replica.transaction():
        context.replica.set_meta(ss.KEY_ROLE, "desk")
    ws = StreamsWorkspace(context)
    qtbot.addWidget(ws)
    ws.show()
    qtbot.waitExposed(ws)
    outbox = len(context.replica.outbox(state=None))
    ws.view.select_row(0)
    QTest.keyClick(ws.view, Qt.Key.Key_T)
    assert ws.message.text().startswith("This device may not change stream statuses")
    assert len(context.replica.outbox(state=None)) == outbox


def test_the_model_passes_qtmodeltester(context: AppContext, qtmodeltester: object) -> None:
    from ui.streams.model import BoardModel
    from wufops.streams import board

    model = BoardModel(context.zone, context.replica.device_id)
    model.set_board(board(load_plan(context.replica.conn), AT))
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]
