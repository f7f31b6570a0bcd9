"""The operations dashboard, Qt-free: where the queue is, why, and what to do about it.

    board = dashboard(conn, now_ms=clock.now_ms(), settings=load_settings(None))

One way through for the desk app (``ui/operations``), ``wufops ops report`` and the daily PDF:
:func:`dashboard` picks the instant to show, reads the day's grouped rows
(``wufops.store.ops``) and builds the frozen figures (``wufops.ops.compute``): arrivals per
quarter hour by category against the expected curve, check-ins and scan-to-decision times per
desk, entries per gate zone, prints per printer, duplicates and conflicts over time, the queue
forecast per desk area (``wufops.ops.forecast``, M/M/c in ``wufops.ops.queueing``) and sync
health per device (``wufops.ops.health``). docs/operations.md explains every figure.
"""

from __future__ import annotations

import sqlite3
from zoneinfo import ZoneInfo

from wufops.clock import iso_utc, parse_iso_utc
from wufops.errors import CodedError
from wufops.ops.compute import Window, build
from wufops.ops.figures import Dashboard
from wufops.ops.health import Link
from wufops.ops.settings import OpsSettings
from wufops.store import ops as store

__all__ = ["REPLAY_AFTER_MS", "Dashboard", "Link", "OpsError", "dashboard", "view_time"]

#: with no check-in for this long before now, the dashboard shows the last day with activity
REPLAY_AFTER_MS = 12 * 3600_000


class OpsError(CodedError):
    """The dashboard cannot be computed: ``no_event`` (the file holds no event)."""


def view_time(now_ms: int, latest_iso: str | None) -> tuple[int, bool]:
    """The instant to show and whether it is a replay: now, unless the newest check-in is
    more than :data:`REPLAY_AFTER_MS` away from now (a past day, the demo event) — then the
    minute after that check-in."""
    if latest_iso is None:
        return now_ms, False
    latest = parse_iso_utc(latest_iso)
    if abs(now_ms - latest) <= REPLAY_AFTER_MS:
        return now_ms, False
    return latest - latest % 60_000 + 60_000, True


def dashboard(
    conn: sqlite3.Connection,
    *,
    now_ms: int,
    settings: OpsSettings,
    at_ms: int | None = None,
    link: Link | None = None,
    own: bool = True,
) -> Dashboard:
    """The dashboard of the event on ``conn`` at ``at_ms`` (default: :func:`view_time`).

    On a hub's file the device list is the hub's (every enrolled device); on a desk's it is
    what was replicated there plus, with ``own``, this replica's own sync (``link``: its
    live sync status, when the caller has one)."""
    event = store.event_facts(conn)
    if event is None:
        raise OpsError("no_event", "this database holds no event: sync or import one first")
    replay = False
    if at_ms is None:
        at_ms, replay = view_time(now_ms, store.latest_activity(conn))
    window = Window.of(at_ms, ZoneInfo(event.timezone))
    service_ms = max(settings.service_window_min, settings.open_within_min, 15.0) * 60_000
    rows = store.read_day(
        conn,
        event,
        iso_utc(window.midnight_ms),
        iso_utc(at_ms),
        iso_utc(at_ms - int(service_ms)),
    )
    hub = None
    own_sync = None
    if store.is_hub(conn):
        hub = store.read_hub_devices(conn, iso_utc(at_ms - 3600_000))
    elif own:
        own_sync = store.read_own_sync(conn, outbox=link is not None)
    return build(
        rows,
        at_ms=at_ms,
        settings=settings,
        replay=replay,
        own=own_sync,
        link=link,
        hub=hub,
        now_ms=now_ms,
    )
