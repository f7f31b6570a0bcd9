"""The stream channels' lanes of the schedule grid (issue 13, "channel timeline"): each
streamed session on its channel's lane with its pre- and post-roll drawn apart from it, the
slot's status, a C6 overlap drawn as a conflict; the lane follows a session being dragged
(before the drop) and moved (after it), pulled status changes, and the keyboard; lanes are
shown and hidden like rooms, remembered on the device. Read from real pixels of the grid."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.tools import screenshot_dir
from tests.ui.fit import clipped
from tests.ui.schedule.conftest import SCREEN
from tests.ui.schedule.helpers import drag, placement_of, x_for_minutes
from ui.context import AppContext
from ui.schedule.channels import LaneBlock, channels_in_order
from ui.schedule.settings import ScheduleSettings
from ui.schedule.workspace import ScheduleWorkspace
from wufops.models.schedule import MINUTE_MS
from wufops.schedule import set_severity
from wufops.streams import set_slot_status

LIVE = QColor("#dc2626")
BLOCK_RED = QColor("#c81e1e")


def _image(ws: ScheduleWorkspace) -> QImage:
    return ws.grid.viewport().grab().toImage()


def _colours(image: QImage, rect: QRectF) -> list[QColor]:
    r = rect.toRect()
    return [
        image.pixelColor(x, y)
        for y in range(max(0, r.top()), min(image.height(), r.bottom() + 1))
        for x in range(max(0, r.left()), min(image.width(), r.right() + 1))
    ]


def _brightness(colours: list[QColor]) -> float:
    return sum(c.red() + c.green() + c.blue() for c in colours) / (3 * len(colours))


def _slot(
    ws: ScheduleWorkspace, *, free_after_min: int = 0, lanes: int = 1
) -> tuple[int, LaneBlock]:
    """A slot drawn wholly on screen on a lane of ``lanes`` sub-lanes, whose session is in no
    conflict and drawn in its room; ``free_after_min``: free minutes after it on its lane
    and in its room."""
    grid = ws.grid
    band, body = grid.band_rect(), grid.body_rect()
    view = grid.view
    assert view is not None
    for n, lane in enumerate(grid.lanes):
        if lane.lanes != lanes:
            continue
        for k, block in enumerate(lane.blocks):
            w = block.window
            rect = grid.slot_rect(lane.channel.id, w.session_id)
            room_rect = grid.block_rect(w.session_id)
            if rect is None or room_rect is None or rect.width() < 140:
                continue
            if not band.contains(rect.toRect()) or not body.contains(room_rect.toRect()):
                continue
            if ws.data.conflicts_of(w.session_id):
                continue
            if free_after_min:
                after = lane.blocks[k + 1].window.on_air_ms if k + 1 < len(lane.blocks) else None
                if after is not None and after - w.off_air_ms < free_after_min * MINUTE_MS:
                    continue
                found = view.block_of[w.session_id]
                row = view.rows[found[0]]
                nxt = found[1] + 1
                room_after = row.blocks[nxt].start_ms if nxt < len(row.blocks) else view.end_ms
                if room_after - w.end_ms < (free_after_min + row.room.changeover_min) * MINUTE_MS:
                    continue
                if w.off_air_ms + free_after_min * MINUTE_MS > grid.ms_at(band.right() - 10):
                    continue
            return n, block
    raise AssertionError("no slot fully on screen")


def _show_day_of(ws: ScheduleWorkspace, session_id: str) -> None:
    ws.reveal([session_id])
    ws.grid.select("", show=False)


def test_every_channel_is_a_lane_with_its_slots_padded_and_their_status(
    workspace: ScheduleWorkspace,
) -> None:
    grid = workspace.grid
    names = [lane.channel.name for lane in grid.lanes]
    assert names == [c.name for c in channels_in_order(workspace.data.world)]
    assert names[:2] == ["WUF13 Channel 1", "WUF13 Channel 2"] and len(names) == 8
    assert grid.band_h > 0 and grid.body_rect().top() == grid.header_h
    n, block = _slot(workspace)
    w = block.window
    assert w.pre_roll_min > 0 and w.post_roll_min > 0
    rect = grid.slot_rect(grid.lanes[n].channel.id, w.session_id)
    assert rect is not None  # the lane spans the padded window, not just the session
    assert abs(rect.left() - grid.x_of(w.on_air_ms)) <= 2
    assert abs(rect.right() - grid.x_of(w.off_air_ms)) <= 2
    image = _image(workspace)
    pre = grid.lane_rect(n, block, w.on_air_ms, w.start_ms).adjusted(3, 3, -3, -3)
    span = grid.lane_rect(n, block, w.start_ms, w.end_ms)
    top_of_span = QRectF(span.left() + 6, span.top() + 1.5, span.width() - 12, 1)
    pre_colours = _colours(image, pre)
    span_colours = _colours(image, top_of_span)
    # the roll: lighter than the session, and hatched (two colours); the session: one fill
    assert _brightness(pre_colours) > _brightness(span_colours) + 10
    assert len({c.rgb() for c in pre_colours}) >= 2
    assert len({c.rgb() for c in span_colours}) == 1
    # its status is a word in its colour: PLANNED in slate, nothing of LIVE's red
    assert LIVE.rgb() not in {c.rgb() for c in _colours(image, span)}
    assert "PLANNED" in workspace.data.slot_summary(grid.lanes[n].channel.id, w.session_id)


def test_a_status_pulled_from_another_screen_shows_on_the_lane(
    workspace: ScheduleWorkspace,
) -> None:
    grid, replica = workspace.grid, workspace.data.replica
    n, block = _slot(workspace)
    channel = grid.lanes[n].channel.id
    span = grid.lane_rect(n, block, block.window.start_ms, block.window.end_ms)
    assert LIVE.rgb() not in {c.rgb() for c in _colours(_image(workspace), span)}
    set_slot_status(replica, block.window.slot_id, "live")
    # as the sync bridge announces what it pulled
    workspace.data.context.bus.rows_changed("stream_slot", [block.window.slot_id])
    found = grid.lanes[n].blocks[grid.lanes[n].index_of(block.session_id) or 0]
    assert found.window.status == "live"
    assert LIVE.rgb() in {c.rgb() for c in _colours(_image(workspace), span)}
    assert "LIVE" in workspace.data.slot_summary(channel, block.session_id)
    assert "LIVE" in workspace.data.slot_tooltip(channel, block.session_id)


def test_the_seeded_channel_overlap_is_drawn_as_a_conflict_until_the_rule_is_off(
    workspace: ScheduleWorkspace,
) -> None:
    grid, replica = workspace.grid, workspace.data.replica
    overlap = next(c for c in workspace.data.conflicts() if c.rule == "channel_overlap")
    assert overlap.severity == "block"
    _show_day_of(workspace, overlap.session_ids[0])
    channel_id = overlap.ids("channel")[0]
    n = grid.lane_of(channel_id)
    assert n is not None
    lane = grid.lanes[n]
    assert lane.lanes == 2  # the two padded windows side by side, neither hidden
    ((start, end, severity),) = lane.overlaps
    assert severity == "block"
    a, b = (grid.slot_rect(channel_id, s) for s in overlap.session_ids)
    assert a is not None and b is not None
    assert (end - start) // MINUTE_MS == overlap.params["overlap_min"]
    grid.horizontalScrollBar().setValue(
        grid.horizontalScrollBar().value() + round(grid.x_of(start) - grid.body_rect().center().x())
    )
    top = grid.band_rect().top() + grid.lane_tops[n]
    crossed = QRectF(grid.x_of(start) + 2, top + 3, grid.x_of(end) - grid.x_of(start) - 4, 8)
    assert BLOCK_RED.rgb() in {c.rgb() for c in _colours(_image(workspace), crossed)}
    set_severity(replica, workspace.data.registry, "channel_overlap", "off")
    workspace.data.context.bus.rows_changed("rule_severity", ["channel_overlap"])
    assert grid.lanes[n].overlaps == []
    assert BLOCK_RED.rgb() not in {c.rgb() for c in _colours(_image(workspace), crossed)}


def test_the_lane_follows_a_session_while_it_is_dragged_and_after_the_drop(
    workspace: ScheduleWorkspace,
) -> None:
    grid = workspace.grid
    n, block = _slot(workspace, free_after_min=45)
    w = block.window
    channel = grid.lanes[n].channel.id
    room_rect = grid.block_rect(w.session_id)
    assert room_rect is not None
    # where the slot's post-roll will be, 30 minutes on: empty lane before the drag
    later = QRectF(grid.x_of(w.off_air_ms) + 4, 0, grid.x_of(w.off_air_ms + 26 * MINUTE_MS), 0)
    later = grid.lane_rect(n, block, w.off_air_ms + 4 * MINUTE_MS, w.off_air_ms + 26 * MINUTE_MS)
    empty = {c.rgb() for c in _colours(_image(workspace), later)}
    start = room_rect.center().toPoint()
    drag(grid, start, start + QPoint(x_for_minutes(grid, 30), 0), release=False)
    assert grid.drag is not None and grid.drag.candidate is not None
    assert grid.drag.candidate.start_ms == w.start_ms + 30 * MINUTE_MS
    during = {c.rgb() for c in _colours(_image(workspace), later)}
    assert during - empty  # the slot is drawn where the drop would put it, before the drop
    QTest.mouseRelease(
        grid.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        start + QPoint(x_for_minutes(grid, 30), 0),
    )
    moved = grid.lanes[n].blocks[grid.lanes[n].index_of(w.session_id) or 0].window
    assert (moved.start_ms, moved.on_air_ms) == (
        w.start_ms + 30 * MINUTE_MS,
        w.on_air_ms + 30 * MINUTE_MS,
    )
    rect = grid.slot_rect(channel, w.session_id)
    assert rect is not None and abs(rect.left() - grid.x_of(moved.on_air_ms)) <= 2


def test_dragging_onto_the_next_slot_of_the_channel_shows_c6_before_the_drop(
    workspace: ScheduleWorkspace,
) -> None:
    grid, replica = workspace.grid, workspace.data.replica
    for lane in grid.lanes:
        pairs = [
            (a, b)
            for a, b in zip(lane.blocks, lane.blocks[1:], strict=False)
            if b.window.on_air_ms - a.window.off_air_ms < 60 * MINUTE_MS
            and grid.block_rect(a.session_id) is not None
            and not workspace.data.conflicts_of(a.session_id)
        ]
        if pairs:
            first, second = pairs[0]
            break
    else:
        raise AssertionError("no two close slots on a lane")
    grid.ensure_visible(first.session_id)
    rect = grid.slot_rect(lane.channel.id, first.session_id)
    assert rect is not None
    grab = QPoint(round(grid.x_of(first.window.start_ms)) + 4, round(rect.center().y()))
    shift = second.window.on_air_ms - first.window.off_air_ms + 20 * MINUTE_MS
    before = placement_of(workspace, first.session_id)
    drag(grid, grab, grab + QPoint(round(shift / MINUTE_MS * grid.ppm), 0), release=False)
    assert grid.drag is not None and grid.drag.mode == "time"
    rules = {c.rule for c in grid.drag.conflicts}
    assert "channel_overlap" in rules and grid.drag.severity == "block"
    assert "Channel overlap" in workspace.preview.text()
    QTest.keyClick(grid, Qt.Key.Key_Escape)
    assert grid.drag is None and placement_of(workspace, first.session_id) == before
    # a drag on the lane moves the session in time; its room stays
    drag(grid, grab, grab + QPoint(x_for_minutes(grid, 10), 0))
    after = placement_of(workspace, first.session_id)
    assert after.room_id == before.room_id
    assert after.start_ms == before.start_ms + 10 * MINUTE_MS
    row = replica.conn.execute(
        "SELECT room_id FROM session WHERE id = ?", (first.session_id,)
    ).fetchone()
    assert row[0] == before.room_id


def test_the_lanes_by_keyboard(workspace: ScheduleWorkspace, qtbot: QtBot) -> None:
    grid = workspace.grid
    view = grid.view
    assert view is not None
    grid.verticalScrollBar().setValue(0)
    top = next(row for row in view.rows if row.blocks)
    grid.setFocus()
    grid.select(top.blocks[0].session_id)
    QTest.keyClick(grid, Qt.Key.Key_Up)  # above the top room: the channel lanes
    assert grid.lane_focus
    n = grid.lane_of(grid.lane_focus)
    assert n is not None
    lane = grid.lanes[n]
    index = lane.index_of(grid.selected)
    assert index is not None
    said = workspace.status.message()  # the line under the grid names the slot
    assert lane.channel.name in said and "on air" in said, said
    QTest.keyClick(grid, Qt.Key.Key_Home)
    assert grid.selected == lane.blocks[0].session_id
    QTest.keyClick(grid, Qt.Key.Key_Right)
    if len(lane.blocks) > 1:
        assert grid.selected == lane.blocks[1].session_id
    chosen = grid.selected
    before = placement_of(workspace, chosen)
    QTest.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert placement_of(workspace, chosen).start_ms == before.start_ms + 5 * MINUTE_MS
    at = grid.lanes[n].index_of(chosen)
    assert at is not None and grid.lane_focus == lane.channel.id  # still on the lane
    assert grid.lanes[n].blocks[at].window.start_ms == before.start_ms + 5 * MINUTE_MS
    for _ in range(len(grid.lanes)):
        QTest.keyClick(grid, Qt.Key.Key_Down)
        if not grid.lane_focus:
            break
    assert grid.lane_focus == "" and grid.selected in view.block_of  # back in the rooms
    QTest.keyClick(
        grid, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert grid.lanes == [] and grid.band_h == 0 and not workspace.settings.show_channels
    QTest.keyClick(
        grid, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert len(grid.lanes) == 8


def test_lanes_are_shown_and_hidden_like_rooms_and_remembered(
    schedule_context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    ini = QSettings(str(tmp_path / "lanes.ini"), QSettings.Format.IniFormat)
    ws = ScheduleWorkspace(schedule_context, settings=ScheduleSettings(ini))
    qtbot.addWidget(ws)
    ws.resize(*SCREEN)
    ws.show()
    qtbot.waitExposed(ws)
    menu = ws.channels_menu
    menu.aboutToShow.emit()
    actions = [a for a in menu.actions() if not a.isSeparator()]
    assert actions[0].isChecked() and actions[0].text() == "Show channel lanes"
    assert [a.text() for a in actions[1:]] == [lane.channel.name for lane in ws.grid.lanes]
    second = ws.grid.lanes[1].channel
    actions[2].trigger()  # untick Channel 2
    assert [lane.channel.id for lane in ws.grid.lanes].count(second.id) == 0
    assert len(ws.grid.lanes) == 7
    ws.close()
    again = ScheduleWorkspace(schedule_context, settings=ScheduleSettings(ini))
    qtbot.addWidget(again)
    assert len(again.grid.lanes) == 7 and second.id in again.settings.hidden_channels
    again.set_channel_shown(second.id, True)
    assert len(again.grid.lanes) == 8


def test_lanes_screenshot_at_1280_by_720(workspace: ScheduleWorkspace, qtbot: QtBot) -> None:
    out = screenshot_dir("schedule")
    _, block = _slot(workspace, free_after_min=45)
    rect = workspace.grid.block_rect(block.session_id)
    assert rect is not None
    start = rect.center().toPoint()
    drag(workspace.grid, start, start + QPoint(x_for_minutes(workspace.grid, 30), 0), release=False)
    qtbot.wait(30)
    assert workspace.grab().save(str(out / "schedule-lanes-1280-dragging.png"))
    workspace.grid.cancel_drag()
    overlap = next(c for c in workspace.data.conflicts() if c.rule == "channel_overlap")
    workspace.reveal(list(overlap.session_ids))
    qtbot.wait(30)
    assert workspace.grab().save(str(out / "schedule-lanes-1280.png"))
    assert clipped(workspace) == []
