"""Undo and redo of schedule edits (``QUndoStack`` commands).

Each command is one edit through the op log: doing it writes an op, and undoing it writes a
*new* op that puts back what was there (history is never rewritten, so undo syncs like any
edit). The first ``redo`` — when the command is pushed — does nothing: the workspace makes
the edit before pushing, so a refused edit never enters the stack.

- :class:`PlaceCommand` — a move, a resize, a placement from the unscheduled list, taking
  a session off the grid. Taking a scheduled (or released) session off the grid makes it a
  draft (``wufops.schedule.unplace_session``); undoing that puts it back and schedules it
  again (a released session comes back ``scheduled``: only a release makes it released).
  Consecutive keyboard nudges of one session merge into one step.
- :class:`StatusCommand` — draft, scheduled, cancelled.

An edit refused while undoing or redoing (the session was deleted meanwhile) is reported
through ``on_error`` and leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ui.schedule.data import ScheduleData
from wufops.models.schedule import Placement
from wufops.schedule import ScheduleError

#: ``QUndoCommand.id`` of keyboard nudges (merged when consecutive, same session)
NUDGE_ID = 0x5C4E

ErrorSink = Callable[[ScheduleError], None]


class PlaceCommand(QUndoCommand):
    def __init__(
        self,
        data: ScheduleData,
        session_id: str,
        before: Placement | None,
        after: Placement | None,
        *,
        before_status: str,
        text: str,
        on_error: ErrorSink,
        nudge: bool = False,
    ) -> None:
        super().__init__(text)
        self.data = data
        self.session_id = session_id
        self.before = before
        self.after = after
        self.before_status = before_status
        self.on_error = on_error
        self.nudge = nudge
        self._first = True

    def id(self) -> int:
        return NUDGE_ID if self.nudge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, PlaceCommand) or not other.nudge:
            return False
        if other.session_id != self.session_id:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        try:
            self.data.place(self.session_id, self.after)
        except ScheduleError as error:
            self.on_error(error)

    def undo(self) -> None:
        try:
            self.data.place(self.session_id, self.before)
            session = self.data.session(self.session_id)
            wanted = "scheduled" if self.before_status == "released" else self.before_status
            if (
                self.before is not None
                and session is not None
                and session.status != wanted
                and wanted in ("draft", "scheduled")
            ):
                self.data.set_status(self.session_id, wanted)
        except ScheduleError as error:
            self.on_error(error)


class StatusCommand(QUndoCommand):
    def __init__(
        self,
        data: ScheduleData,
        session_id: str,
        before: str,
        after: str,
        on_error: ErrorSink,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("StatusCommand", "Set status of “%1”").replace(
                "%1", data.session(session_id).title if data.session(session_id) else ""
            )
        )
        self.data = data
        self.session_id = session_id
        self.before = "scheduled" if before == "released" else before
        self.after = after
        self.on_error = on_error
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        try:
            self.data.set_status(self.session_id, self.after)
        except ScheduleError as error:
            self.on_error(error)

    def undo(self) -> None:
        try:
            self.data.set_status(self.session_id, self.before)
        except ScheduleError as error:
            self.on_error(error)
