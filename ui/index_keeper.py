"""Keeps the shared attendee search index in step with the database, whoever changed it.

Created with the :class:`ui.context.AppContext` and connected to its change bus *before* any
view, so when a view hears ``rows_changed`` the index already holds the new state — whether
the change came from a correction, the Check-in workspace or a sync pull, and whether or not
the Attendees workspace has been opened.

Row by row for everyday changes; wholesale (one query) when a bulk change arrives, such as the
thousands of check-ins a desk pulls after a long network cut, and after a snapshot replaced
the replica's tables (``EVERYTHING``: attendees added, removed or renamed, without ids).
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, Slot

from ui.context import EVERYTHING
from wufops.attendees.search import AttendeeIndex
from wufops.store import attendees as store
from wufops.store import checkins

# more changed attendees than this at once: reload wholesale instead of row by row
BULK = 500


class IndexKeeper(QObject):
    def __init__(
        self,
        conn: sqlite3.Connection,
        index: AttendeeIndex,
        event_id: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._conn = conn
        self._index = index
        self._event_id = event_id

    @Slot(str, list)
    def rows_changed(self, entity: str, ids: list[str]) -> None:
        try:
            self._follow(entity, ids)
        except sqlite3.ProgrammingError as error:
            # the context closed its replica while a change (queued from the sync thread)
            # was still on its way: the app is closing, there is no index left to keep
            if "closed" not in str(error):
                raise

    def _follow(self, entity: str, ids: list[str]) -> None:
        conn, index = self._conn, self._index
        if entity == EVERYTHING:
            index.reload(store.load_all(conn, self._event_id), store.checked_in_ids(conn))
            return
        if entity == "checkin":
            if len(ids) > BULK:
                index.replace_checked_in(store.checked_in_ids(conn))
                return
            for attendee_id in ids:
                if attendee_id in index:
                    checked = checkins.pickup_state(conn, attendee_id).picked_up
                    index.set_checked_in(attendee_id, checked)
        elif entity == "attendee":
            if len(ids) > BULK:
                index.reload(store.load_all(conn, self._event_id), store.checked_in_ids(conn))
                return
            for attendee_id in ids:
                fresh = store.get(conn, attendee_id)
                if fresh is None:
                    index.remove(attendee_id)
                elif fresh.event_id == self._event_id and (
                    attendee_id not in index or index.get(attendee_id) != fresh
                ):
                    index.upsert(fresh)
