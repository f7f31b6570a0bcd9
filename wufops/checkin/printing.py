"""From a :class:`~wufops.checkin.pickup.PrintJob` to print-ready PDF bytes, through the
badges renderer (``wufops.badges.render``): the desk gathers the attendee, the event's name and
the token; the badges code lays out and renders. Nothing is drawn here.

Layouts are loaded once per name and their prepared renderer is reused, so a desk pays only
for the one badge it prints; :func:`warm_up` loads the layout, the bundled fonts (their
character maps) and the QR token basis and path tables ahead of the first scan (≈ 1 s), so
the first scan, or the first Chinese or Arabic name, does not pay for them.

A badge whose name has a character no bundled font can set is not printed:
:func:`render_job` raises :class:`~wufops.badges.render.GlyphMissing` (code ``glyph_missing``;
``refusal`` names the attendee and the characters), which the desk shows instead of a badge.
"""

from __future__ import annotations

import sqlite3
from functools import cache

from wufops.badges import qr
from wufops.badges.fonts import load_faces
from wufops.badges.layout import DEFAULT_LAYOUT, Layout, load_layout
from wufops.badges.render import BadgeData, GlyphMissing, render_badge

__all__ = ["GlyphMissing", "render_job", "warm_up"]
from wufops.checkin.decisions import CheckinError
from wufops.checkin.pickup import PrintJob
from wufops.store import checkins as store


@cache
def _layout(name: str) -> Layout:
    return load_layout(name)


def render_job(conn: sqlite3.Connection, job: PrintJob, layout: str = DEFAULT_LAYOUT) -> bytes:
    """The badge of ``job`` as a one-page PDF in ``layout`` (a bundled name or a path).

    Raises ``CheckinError`` (``unknown_attendee``), ``GlyphMissing`` (``glyph_missing``: a
    character of the name has no glyph in any bundled font; nothing is printed) and
    ``LayoutError`` (a ``ValueError``); all of them are ``ValueError`` with a ``code``.
    """
    person = store.attendee(conn, job.attendee_id)
    if person is None:
        raise CheckinError("unknown_attendee", f"no attendee {job.attendee_id} on this desk")
    return render_badge(_layout(layout), BadgeData(person, job.token, store.event_name(conn)))


def warm_up(layout: str = DEFAULT_LAYOUT) -> None:
    """Load ``layout``, the bundled badge fonts and the QR token basis and path tables now,
    not on the first scan that needs them."""
    _layout(layout)
    load_faces()
    qr.prepare()
