"""Badge runs off the GUI thread: the batch worker and the selection counter.

:class:`BatchWorker` runs ``wufops.badges.batch.run_batch`` (what ``wufops badges`` runs) on
a ``QThread`` with its own ``Replica`` on the event database. Progress crosses to the GUI
thread as a signal; cancel sets a flag that makes the run's next progress report raise, which
rolls back what the run had not committed and removes its scratch file — no half-written PDF.

:class:`CountJob` counts, on the global thread pool, how many badges a filter selects (the
same ``select_attendees`` the run uses; loading a 37,000-person event takes half a second,
too long for the GUI thread).
"""

from __future__ import annotations

import sqlite3
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal, Slot

from wufops.badges.batch import BatchError, pick_event, run_batch, select_attendees
from wufops.badges.layout import Layout
from wufops.clock import Clock
from wufops.models.attendee import Attendee
from wufops.store.badges import BadgeStoreError
from wufops.store.database import connect
from wufops.store.replica import Replica

# check for cancel every this many badges of each stage (a few milliseconds of work)
REPORT_EVERY = 10
# tell the GUI at most this often (seconds), plus each stage's end
EMIT_EVERY_S = 0.05


@dataclass(frozen=True)
class Selection:
    """Which attendees a run prints (the filters of ``wufops badges``)."""

    db_path: Path
    event_id: str
    category: str | None = None
    country: str | None = None
    limit: int | None = None

    def people(self, conn: sqlite3.Connection) -> list[Attendee]:
        return select_attendees(
            conn, self.event_id, category=self.category, country=self.country, limit=self.limit
        )


@dataclass(frozen=True)
class BatchRequest:
    selection: Selection
    out: Path
    layout: Layout
    desk: str = ""


@dataclass(frozen=True)
class BatchOutcome:
    """How a run ended: ``code`` empty on success, else a stable error code."""

    code: str
    detail: str = ""
    out: Path | None = None
    badges: int = 0
    issued: int = 0
    pages: int = 0
    missing_glyphs: int = 0
    below_min: int = 0
    attendee_ids: tuple[str, ...] = field(default=())


class Cancelled(Exception):
    """Raised from the run's progress callback once cancel was asked for."""


class BatchWorker(QObject):
    """Runs one batch; lives on its own thread (``moveToThread``), started by ``run``."""

    sig_progress = Signal(str, int, int)
    """``(stage, done, total)``; stage is ``issued``, ``rendered`` or ``recorded``."""
    sig_finished = Signal(object)
    """A :class:`BatchOutcome`, emitted once, last."""

    def __init__(self, request: BatchRequest, clock: Clock) -> None:
        super().__init__()
        self.request = request
        self.clock = clock
        self._cancel = threading.Event()
        self._emitted_at = float("-inf")

    def cancel(self) -> None:
        """Ask the run to stop at its next progress report (any thread)."""
        self._cancel.set()

    def _progress(self, stage: str, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        now = time.monotonic()
        if done == total or now - self._emitted_at >= EMIT_EVERY_S:
            self._emitted_at = now
            self.sig_progress.emit(stage, done, total)

    @Slot()
    def run(self) -> None:
        self.sig_finished.emit(self._outcome())

    def _outcome(self) -> BatchOutcome:
        r = self.request
        chosen = r.selection
        try:
            replica = Replica.open(chosen.db_path, self.clock)
        except Exception as error:  # shown inline, never a crash
            return BatchOutcome("cannot_open", str(error))
        try:
            people = chosen.people(replica.conn)
            if self._cancel.is_set():
                raise Cancelled
            result = run_batch(
                replica,
                r.out,
                r.layout,
                event_id=chosen.event_id,
                category=chosen.category,
                country=chosen.country,
                limit=chosen.limit,
                progress=self._progress,
                every=REPORT_EVERY,
                desk=r.desk,
            )
        except Cancelled:
            return BatchOutcome("cancelled")
        except (BatchError, BadgeStoreError) as error:
            return BatchOutcome(error.code, error.detail)
        except OSError as error:
            return BatchOutcome("cannot_write", error.strerror or str(error), r.out)
        except Exception as error:  # the app keeps running
            traceback.print_exc()
            return BatchOutcome("failed", str(error))
        finally:
            replica.close()
        return BatchOutcome(
            "",
            out=result.out,
            badges=result.badges,
            issued=result.issued,
            pages=result.pages,
            missing_glyphs=len(result.report.missing),
            below_min=len(result.report.below_min),
            attendee_ids=tuple(a.id for a in people),
        )


class CountSignals(QObject):
    sig_counted = Signal(int, int)
    """``(generation, count)``; count is -1 when the database could not be read."""


class CountJob(QRunnable):
    """Counts the badges a filter selects, on a pool thread; reports through ``signals``."""

    def __init__(self, signals: CountSignals, generation: int, selection: Selection) -> None:
        super().__init__()
        self.signals = signals
        self.generation = generation
        self.selection = selection

    def run(self) -> None:
        try:
            conn = connect(self.selection.db_path)
            try:
                pick_event(conn, self.selection.event_id)
                count = len(self.selection.people(conn))
            finally:
                conn.close()
        except Exception:  # advisory only
            count = -1
        self.signals.sig_counted.emit(self.generation, count)
