"""From a :class:`~wufops.checkin.pickup.PrintJob` to print-ready PDF bytes, through the
badges renderer (``wufops.badges.render``): the desk gathers the attendee, the event's name and
the token; the badges code lays out and renders. Nothing is drawn here.

Layouts are loaded once per name and their prepared renderer is reused, so a desk pays only
for the one badge it prints; :func:`warm_up` loads the layout and every bundled font ahead of
the first scan (≈ 0.3 s), so the first Chinese or Arabic name does not pay for its font.
"""

from __future__ import annotations

import sqlite3
from functools import cache

from wufops.badges.fonts import fallback_faces
from wufops.badges.layout import DEFAULT_LAYOUT, Layout, load_layout
from wufops.badges.render import BadgeData, render_badge
from wufops.checkin.decisions import CheckinError
from wufops.checkin.pickup import PrintJob
from wufops.store import checkins as store


@cache
def _layout(name: str) -> Layout:
    return load_layout(name)


def render_job(conn: sqlite3.Connection, job: PrintJob, layout: str = DEFAULT_LAYOUT) -> bytes:
    """The badge of ``job`` as a one-page PDF in ``layout`` (a bundled name or a path).

    Raises ``CheckinError`` (``unknown_attendee``) and ``LayoutError`` (a ``ValueError``).
    """
    person = store.attendee(conn, job.attendee_id)
    if person is None:
        raise CheckinError("unknown_attendee", f"no attendee {job.attendee_id} on this desk")
    return render_badge(_layout(layout), BadgeData(person, job.token, store.event_name(conn)))


def warm_up(layout: str = DEFAULT_LAYOUT) -> None:
    """Load ``layout`` and every bundled badge font now, not on the first scan that needs it."""
    _layout(layout)
    fallback_faces("regular")
    fallback_faces("bold")
