"""What every workspace is given: :class:`AppContext` (one per open event) and the change bus.

A workspace factory receives the context and builds its widget from it; nothing else is
global. The context is frozen; the objects it points at (the replica, the search index, the
bus) are the GUI thread's own — a worker thread opens its own ``Replica`` on ``db_path``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QSettings, Signal

from wufops.attendees.search import AttendeeIndex
from wufops.clock import Clock
from wufops.store.attendees import EventInfo
from wufops.store.replica import Replica

# the change-bus entity meaning "any row of any table" (after a sync snapshot)
EVERYTHING = "*"


class ChangeBus(QObject):
    """Tells every open view which rows changed, whoever changed them.

    Emit after committing (a correction, a check-in, changes pulled by sync); the attendee
    search index follows first (``ui.index_keeper``), then views refresh only the rows named.
    Connect to ``@Slot`` methods of GUI-thread objects.
    """

    sig_rows_changed = Signal(str, list)
    """``(entity, ids)``: these rows changed. Entities: ``"attendee"`` (attendee ids whose
    fields changed), ``"checkin"`` (attendee ids whose check-in state may have changed: a
    pickup or a void was recorded or pulled), :data:`EVERYTHING` with no ids (a snapshot
    replaced the replica's tables: reload, do not look up rows); other workspaces may add
    their own."""

    def rows_changed(self, entity: str, ids: Sequence[str]) -> None:
        self.sig_rows_changed.emit(entity, list(ids))

    def everything_changed(self) -> None:
        """Every table may have changed at once (a sync snapshot): views reload."""
        self.sig_rows_changed.emit(EVERYTHING, [])


class Settings:
    """Typed accessors over ``QSettings`` (organisation ``UN-Habitat``, app ``WUF Ops``)."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings if qsettings is not None else QSettings()

    @property
    def desk_name(self) -> str:
        return str(self._q.value("desk/name", "Desk 1"))

    @desk_name.setter
    def desk_name(self, value: str) -> None:
        self._q.setValue("desk/name", value)

    @property
    def last_workspace(self) -> str:
        return str(self._q.value("window/workspace", ""))

    @last_workspace.setter
    def last_workspace(self, value: str) -> None:
        self._q.setValue("window/workspace", value)

    @property
    def qsettings(self) -> QSettings:
        """The store itself, for settings kept by their own module (``ui.language``)."""
        return self._q


@dataclass(frozen=True)
class AppContext:
    """One open event, as the GUI thread sees it."""

    db_path: Path
    replica: Replica  # the GUI thread's replica: the single write path (Replica.batch())
    clock: Clock
    event: EventInfo
    zone: ZoneInfo  # the event's time zone: every instant is shown in it
    index: AttendeeIndex  # the in-memory attendee search index, kept current by its writers
    bus: ChangeBus
    settings: Settings
