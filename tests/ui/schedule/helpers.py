"""Finding things in the demo schedule and reading what the workspace wrote."""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from ui.schedule.grid import ScheduleGrid
from ui.schedule.workspace import ScheduleWorkspace
from wufops.models.schedule import MINUTE_MS, Placement, Session
from wufops.store.replica import Replica


@dataclass(frozen=True)
class Written:
    entity: str
    row_id: str
    body: dict[str, object]


def outbox_after(replica: Replica, before: int) -> list[Written]:
    """The ops this replica wrote after outbox entry ``before``."""
    return [
        Written(e.op.entity, e.op.row_id, dict(e.op.body))
        for e in replica.outbox(state=None, limit=100_000, from_seq=before + 1)
    ]


def last_seq(replica: Replica) -> int:
    row = replica.conn.execute("SELECT coalesce(max(client_seq), 0) FROM outbox").fetchone()
    return int(row[0])


def placement_row(replica: Replica, session_id: str) -> tuple[str | None, str | None, str | None]:
    row = replica.conn.execute(
        "SELECT room_id, starts_at, ends_at FROM session WHERE id = ?", (session_id,)
    ).fetchone()
    return (row[0], row[1], row[2])


def status_row(replica: Replica, session_id: str) -> str:
    return str(
        replica.conn.execute("SELECT status FROM session WHERE id = ?", (session_id,)).fetchone()[0]
    )


def visible_session(ws: ScheduleWorkspace, *, free_after_min: int = 0, status: str = "") -> Session:
    """A placed session drawn wholly inside the grid's visible body, on the current day
    (``free_after_min``: with that many free minutes after it in its room)."""
    grid = ws.grid
    body = grid.body_rect()
    view = grid.view
    assert view is not None
    for row in view.rows:
        for n, block in enumerate(row.blocks):
            rect = grid.block_rect(block.session_id)
            if rect is None or rect.width() < 60 or not body.contains(rect.toRect()):
                continue
            session = ws.data.session(block.session_id)
            assert session is not None
            if status and session.status != status:
                continue
            if ws.data.conflicts_of(session.id):
                continue
            if free_after_min:
                after = row.blocks[n + 1].start_ms if n + 1 < len(row.blocks) else view.end_ms
                if after - block.end_ms < (free_after_min + row.room.changeover_min) * MINUTE_MS:
                    continue
            return session
    raise AssertionError("no session fully on screen")


def drag(grid: ScheduleGrid, start: QPoint, end: QPoint, *, release: bool = True) -> None:
    """Press at ``start``, move there in steps (as a hand does), release at ``end``."""
    viewport = grid.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    steps = 6
    for k in range(1, steps + 1):
        at = start + (end - start) * (k / steps)
        QTest.mouseMove(viewport, at)
    if release:
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def x_for_minutes(grid: ScheduleGrid, minutes: float) -> int:
    return round(minutes * grid.ppm)


def placement_of(ws: ScheduleWorkspace, session_id: str) -> Placement:
    session = ws.data.session(session_id)
    assert session is not None and session.placement is not None
    return session.placement


def decoded(body: dict[str, object]) -> dict[str, object]:
    return json.loads(json.dumps(body))
