"""Badge runs: pick attendees, issue the badges they lack, render them to one PDF.

``run_batch`` is what ``wufops badges`` does: attendees of the event (optionally one category
or country, optionally the first N) in pre-printing order (country, then family name), a
signed badge (row + token, through the op log) for each attendee without a valid one, then
every badge rendered with one layout and written atomically to the output file. Each badge
written gets a ``print_event`` (reason ``first``, outcome ``pdf``, printer ``batch:<file name>``)
through the op log, committed with the rename: a pre-printed badge is printed, so a desk does
not print it again at pickup (desks auto-print only while a badge has no successful print).

``progress(stage, done, total)`` is called every ``every`` items of each stage (``issued``,
``rendered``, ``recorded``) and at a stage's end; raising from it cancels the run: nothing is
committed and no output file is left behind (a UI's cancel button does this).

A badge whose text has a character no bundled font can set is refused (``glyph_missing``):
it is left out of the PDF and not recorded as printed; the others still print, and
``BatchResult.report.refused`` names each refused attendee and the characters.

Only an admin device or an unenrolled database issues badges (``issuing_not_allowed``
otherwise: a desk's key is for its own offline reprints, and an issuer key a desk made would
be refused by the hub); a desk may still run a batch of badges already issued.

``badge_for(conn, attendee_id)`` gives the desk what it needs to print one badge.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from wufops.badges.layout import Layout
from wufops.badges.render import BadgeData, RenderReport, renderer_for
from wufops.errors import CodedError
from wufops.models.attendee import Attendee
from wufops.store import badges as store
from wufops.store.replica import Replica
from wufops.store.sync_state import read_state

Progress = Callable[[str, int, int], None]
#: enrolled roles whose devices may issue badges with the event's issuer key (an unenrolled
#: database — the hub's file, a pre-printing run — may too); a desk's own key only reprints
ISSUING_ROLES = frozenset({"admin", ""})
#: print_event.reason / outcome of a batch run (a pre-printed badge is a first print to PDF)
BATCH_REASON = "first"
BATCH_OUTCOME = "pdf"


class BatchError(CodedError):
    """An error of this module: a stable ``code`` and a ``detail``."""


@dataclass(frozen=True)
class BatchResult:
    out: Path
    badges: int
    issued: int
    pages: int
    report: RenderReport


def pick_event(conn: sqlite3.Connection, event_id: str | None) -> str:
    ids = store.event_ids(conn)
    if event_id is not None:
        if event_id not in ids:
            raise BatchError("unknown_event", f"no event {event_id} in this database")
        return event_id
    if len(ids) != 1:
        raise BatchError(
            "choose_event",
            "the database holds no event" if not ids else f"{len(ids)} events; pass --event",
        )
    return ids[0]


def select_attendees(
    conn: sqlite3.Connection,
    event_id: str,
    *,
    category: str | None = None,
    country: str | None = None,
    limit: int | None = None,
) -> list[Attendee]:
    """The attendees a run with these filters prints, in pre-printing order."""
    people = store.attendees_for_run(conn, event_id, category=category, country=country)
    return people if limit is None else people[:limit]


def issue_missing(
    replica: Replica,
    event_id: str,
    people: list[Attendee],
    progress: Progress | None = None,
    every: int = 1000,
) -> tuple[dict[str, str], int]:
    """``attendee id -> token`` for ``people``, issuing badges (one commit) where missing."""
    conn = replica.conn
    have = store.valid_badges(conn)
    tokens = {a.id: have[a.id][1] for a in people if a.id in have and have[a.id][1]}
    lacking = [a for a in people if a.id not in tokens]
    if not lacking:
        return tokens, 0
    role = read_state(replica).role
    if role not in ISSUING_ROLES:
        # a desk would make an issuer key of its own that the hub refuses (key_hub_only),
        # and every badge signed with it with that key
        raise BatchError(
            "issuing_not_allowed",
            f"{len(lacking)} of these attendees have no badge yet, and a {role} device does "
            "not issue badges: issue them on the admin device or the hub's database "
            "(wufops badges), then sync; badges already issued print here",
        )
    store.check_refs_unique(store.attendee_refs(conn, event_id))
    issuer = store.ensure_issuer_key(replica)
    now_s = replica.clock.now_ms() // 1000
    with replica.batch() as batch:
        serials = store.SerialAllocator(conn, issuer.record)
        for done, attendee in enumerate(lacking, start=1):
            badge = store.issue_badge(
                replica,
                batch,
                issuer,
                attendee_id=attendee.id,
                event_id=event_id,
                now_s=now_s,
                serials=serials,
            )
            tokens[attendee.id] = badge.token
            if progress is not None and (done % every == 0 or done == len(lacking)):
                progress("issued", done, len(lacking))
    return tokens, len(lacking)


def run_batch(
    replica: Replica,
    out: Path,
    layout: Layout,
    *,
    event_id: str | None = None,
    category: str | None = None,
    country: str | None = None,
    limit: int | None = None,
    progress: Progress | None = None,
    every: int | None = None,
    desk: str = "",
) -> BatchResult:
    """Issue, render and record one run (see the module docstring); ``every``: report
    progress that often (default every 1000 issued, 500 rendered and recorded badges)."""
    conn = replica.conn
    event = pick_event(conn, event_id)
    people = select_attendees(conn, event, category=category, country=country, limit=limit)
    if not people:
        raise BatchError("no_attendees", "no attendee matches the filters")
    name = store.event_name(conn, event)
    total = len(people)

    step = every or 500

    def rendered(done: int) -> None:
        if progress is not None and (done % step == 0 or done == total):
            progress("rendered", done, total)

    # fail on an unwritable output before issuing anything; never leave half a PDF behind
    out.parent.mkdir(parents=True, exist_ok=True)
    scratch = out.with_name(f".{out.name}.partial")
    scratch.write_bytes(b"")
    try:
        tokens, issued = issue_missing(replica, event, people, progress, every or 1000)
        report = renderer_for(layout).render_to_file(
            (BadgeData(a, tokens[a.id], name) for a in people),
            scratch,
            progress=rendered,
            title=f"{name} badges",
        )
        badge_ids = store.valid_badge_rows(conn)
        printed_at = replica.now_iso()
        refused = {r.attendee_id for r in report.refused}
        printed = [a for a in people if a.id not in refused]
        if not printed:  # every badge refused: no file of blank pages
            raise BatchError("glyph_missing", "; ".join(r.describe() for r in report.refused[:20]))
        with replica.batch() as batch:  # the prints commit only once the file is in place
            for done, attendee in enumerate(printed, start=1):
                batch.event(
                    "print_event",
                    {
                        "badge_id": badge_ids[attendee.id][0],
                        "attendee_id": attendee.id,
                        "printer": f"batch:{out.name}",
                        "desk": desk,
                        "wall_time": printed_at,
                        "reason": BATCH_REASON,
                        "outcome": BATCH_OUTCOME,
                    },
                    stamped=True,
                )
                if progress is not None and (done % step == 0 or done == len(printed)):
                    progress("recorded", done, len(printed))
            os.replace(scratch, out)
    finally:
        scratch.unlink(missing_ok=True)
    return BatchResult(out, report.badges, issued, report.pages, report)


def badge_for(conn: sqlite3.Connection, attendee_id: str) -> BadgeData | None:
    """The attendee's newest valid badge, ready to render (``None``: no badge issued yet)."""
    found = store.current_badge(conn, attendee_id)
    if found is None:
        return None
    attendee, token = found
    return BadgeData(attendee, token, store.event_name(conn, attendee.event_id))
