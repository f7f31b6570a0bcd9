"""From a :class:`~wufops.checkin.pickup.PrintJob` to print-ready PDF bytes, through the
badges renderer (``wufops.badges``): the desk gathers the attendee, the event and the token,
the badges code lays out and renders. Nothing is drawn here.
"""

from __future__ import annotations

import sqlite3

from wufops.checkin.decisions import CheckinError
from wufops.checkin.pickup import PrintJob
from wufops.store import checkins as store


def render_job(conn: sqlite3.Connection, job: PrintJob) -> bytes:
    """The badge of ``job`` as a one-page PDF, ready for the printer."""
    person = store.attendee(conn, job.attendee_id)
    if person is None:
        raise CheckinError("unknown_attendee", f"no attendee {job.attendee_id} on this desk")
    raise CheckinError("no_renderer", "the badges renderer has not landed yet")
