"""The schedule workspace's edits, each one undoable step: place (a drop, a keyboard move,
"Move to…", a session from the list), take off the grid, set a status, re-apply or dismiss
a placement that lost to a concurrent move — through ``ScheduleData`` (one op each), onto
the ``QUndoStack`` (``ui.schedule.commands``).

The editor says what happened (:attr:`ScheduleEditor.sig_said`: a sentence and its tone,
``good``, ``error``, or the worst severity of the conflicts the edit left) and which session
it placed (:attr:`ScheduleEditor.sig_placed`), and leaves showing it to the workspace.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoStack

from ui.schedule import style
from ui.schedule.commands import PlaceCommand, StatusCommand
from ui.schedule.data import ScheduleData
from ui.schedule.messages import fill
from wufops.models.schedule import Placement
from wufops.schedule import ScheduleError


class ScheduleEditor(QObject):
    sig_said = Signal(str, str)
    """``(sentence, tone)``: what an edit did or why it was refused."""
    sig_placed = Signal(str)
    """A session id just placed (moved, resized or put on the grid)."""
    sig_unplaced = Signal(str)
    """A session id just taken off the grid."""

    def __init__(self, data: ScheduleData, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)

    def refused(self, error: ScheduleError) -> None:
        reason = self.data.text.refusal(error.code, error.detail)
        self.sig_said.emit(fill(self.tr("Not changed: %1"), reason), "error")

    def _done(self, session_id: str, what: str) -> None:
        conflicts = self.data.conflicts_of(session_id)
        if not conflicts:
            self.sig_said.emit(what, "good")
            return
        worst = conflicts[0]
        head = self.tr("%n conflict(s):", "", len(conflicts))
        self.sig_said.emit(f"{what} {head} {self.data.describe(worst)}", worst.severity)

    def place(self, session_id: str, placement: Placement, *, nudge: bool = False) -> bool:
        """Place ``session_id`` at ``placement`` as one undoable edit; ``False`` if refused.
        ``nudge``: a keyboard nudge, merged with the previous one into one undo step."""
        session = self.data.session(session_id)
        if not self.data.editable or session is None:
            return False
        before = session.placement
        if placement == before:
            return True  # already there: nothing to write, nothing to undo
        try:
            self.data.place(session_id, placement)
        except ScheduleError as error:
            self.refused(error)
            return False
        where = self.data.text.placement(placement)
        text = (
            fill(self.tr("Moved “%1” to %2."), session.title, where)
            if before is not None
            else fill(self.tr("Placed “%1” in %2."), session.title, where)
        )
        self.undo_stack.push(
            PlaceCommand(
                self.data,
                session_id,
                before,
                placement,
                before_status=session.status,
                text=text,
                on_error=self.refused,
                nudge=nudge,
            )
        )
        self.sig_placed.emit(session_id)
        self._done(session_id, text)
        return True

    def unplace(self, session_id: str) -> bool:
        """Take a session off the grid (into the list) as one undoable edit."""
        session = self.data.session(session_id)
        if not self.data.editable or session is None or session.placement is None:
            return False
        try:
            self.data.place(session_id, None)
        except ScheduleError as error:
            self.refused(error)
            return False
        text = fill(self.tr("Took “%1” off the grid."), session.title)
        self.undo_stack.push(
            PlaceCommand(
                self.data,
                session_id,
                session.placement,
                None,
                before_status=session.status,
                text=text,
                on_error=self.refused,
            )
        )
        self.sig_unplaced.emit(session_id)
        self.sig_said.emit(text, "good")
        return True

    def set_status(self, session_id: str, status: str) -> bool:
        session = self.data.session(session_id)
        if not self.data.editable or session is None:
            return False
        try:
            self.data.set_status(session_id, status)
        except ScheduleError as error:
            self.refused(error)
            return False
        self.undo_stack.push(
            StatusCommand(self.data, session_id, session.status, status, self.refused)
        )
        said = fill(self.tr("“%1”: %2."), session.title, style.status_name(status))
        self.sig_said.emit(said, "good")
        return True

    @Slot()
    def undo(self) -> None:
        if self.data.editable and self.undo_stack.canUndo():
            text = self.undo_stack.undoText()
            self.undo_stack.undo()
            self.sig_said.emit(fill(self.tr("Undone: %1"), text), "")

    @Slot()
    def redo(self) -> None:
        if self.data.editable and self.undo_stack.canRedo():
            text = self.undo_stack.redoText()
            self.undo_stack.redo()
            self.sig_said.emit(fill(self.tr("Redone: %1"), text), "")

    def reapply_lost(self, conflict_id: str) -> None:
        """Put the session back where the losing move put it, and mark the record resolved."""
        record = next((r for r in self.data.lost if r.id == conflict_id), None)
        if record is None:
            return
        if record.loser.placement is None:
            done = self.unplace(record.session_id)
        else:
            done = self.place(record.session_id, record.loser.placement)
        if done:
            self.dismiss_lost(conflict_id)

    def dismiss_lost(self, conflict_id: str) -> None:
        try:
            self.data.dismiss_lost(conflict_id)
        except ScheduleError as error:
            self.refused(error)
