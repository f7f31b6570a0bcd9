"""Running the core's solver off the GUI thread (``wufops.access.solver.solve``).

:class:`SolveRun` solves on a Python worker thread the plan it was given (frozen values:
safe to read from another thread). The solver's :class:`~wufops.access.solver.SolveProgress`
reports and its :class:`~wufops.access.proposal.Proposal` come back as signals, delivered
queued to the GUI thread. Nothing is written: the coordinator accepts or discards the
proposal. :meth:`SolveRun.cancel` sets the solver's cancel event; the solver then returns
the best plan found so far (status ``cancelled``). :meth:`SolveRun.wait` joins the thread
(the workspace does when it closes).

A Python thread rather than a ``QThread``: Python code running on a ``QThread`` registers a
dummy ``threading`` entry that outlives it; this worker is joined and leaves nothing behind.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal, Slot

from wufops.access.plan import AccessPlan
from wufops.access.solver import SolveProgress, solve


class SolveRun(QObject):
    sig_progress = Signal(object)
    """A :class:`SolveProgress` (emitted on the worker thread, delivered queued)."""
    sig_done = Signal(object)
    """The :class:`Proposal`, once the worker thread has ended."""
    sig_failed = Signal(str)
    """The solver raised: its message."""
    _sig_ended = Signal(object, str)

    def __init__(self, plan: AccessPlan, time_limit_s: float, parent: QObject | None = None
                 ) -> None:  # fmt: skip
        super().__init__(parent)
        self._plan = plan
        self._limit = time_limit_s
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._work, name="access-solve", daemon=True)
        self._sig_ended.connect(self._ended)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def wait(self) -> None:
        """Stop the solve and join its thread."""
        self.cancel()
        if self._thread.ident is not None:
            self._thread.join()

    def _progress(self, progress: SolveProgress) -> None:
        self.sig_progress.emit(progress)

    def _work(self) -> None:
        try:
            proposal = solve(
                self._plan, time_limit_s=self._limit, progress=self._progress, cancel=self._cancel
            )
        except Exception as error:  # a solver fault is shown in words, never a crash
            self._sig_ended.emit(None, str(error) or type(error).__name__)
            return
        self._sig_ended.emit(proposal, "")

    @Slot(object, str)
    def _ended(self, proposal: object, failure: str) -> None:
        self._thread.join()
        if failure:
            self.sig_failed.emit(failure)
        else:
            self.sig_done.emit(proposal)
