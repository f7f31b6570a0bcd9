"""``wufops hub``: run the hub on a database file; ``wufops hub backup``: copy it safely;
``wufops hub compact``: drop the change-log entries every device has pulled.

The hub's limits (``wufops.net.limits.HubLimits``) come from their defaults, then
``--limits FILE.toml``, then each ``--limit NAME=VALUE``; ``--show-limits`` prints the result
and exits. Errors a user can fix print ``error[<code>]: <what to do>`` and exit 2.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import logging
import signal
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from wufops.clock import SystemClock
from wufops.i18n import error_line
from wufops.net.launch import LISTENING
from wufops.net.limits import HubLimits, LimitsError, load_limits
from wufops.net.server import Hub
from wufops.net.tls import VenueTls, ensure_venue_tls
from wufops.store.hub_compaction import compact
from wufops.store.hub_db import backup
from wufops.store.hub_log import HubLog
from wufops.sync.hlc import ClockBounds


def tls_dir(db: Path) -> Path:
    """Where the venue CA and hub certificate live: beside the database."""
    return db.with_name(db.stem + "-tls")


def register(subparsers: Any) -> None:
    hub = subparsers.add_parser(
        "hub",
        help="run the sync hub on a database file (or: hub backup, hub compact)",
        description=(
            "Run the central hub: devices connect with their enrolment token, push their "
            "ops and pull everyone else's. Stop it with Ctrl+C."
        ),
    )
    hub.add_argument("--db", type=Path, help="the hub database (SQLite file; required)")
    hub.add_argument("--host", default="127.0.0.1", help="address to listen on")
    hub.add_argument("--port", type=int, default=8765, help="port (0: any free port)")
    hub.add_argument(
        "--tls",
        action="store_true",
        help="serve wss:// with the venue CA (created beside the database on first use)",
    )
    defaults = ClockBounds()
    hub.add_argument(
        "--max-clock-ahead",
        type=float,
        default=defaults.ahead_ms / 1000,
        metavar="SECONDS",
        help="refuse ops stamped further ahead of the hub's clock (clock_skew; default: "
        f"{defaults.ahead_ms // 1000})",
    )
    hub.add_argument(
        "--max-clock-behind",
        type=float,
        default=defaults.behind_ms / 86_400_000,
        metavar="DAYS",
        help="refuse ops stamped further behind it — offline work is old, a clock in 1970 "
        f"is wrong (clock_skew; default: {defaults.behind_ms // 86_400_000})",
    )
    hub.add_argument(
        "--limits",
        type=Path,
        metavar="FILE.toml",
        help="read hub limits from a TOML file (a [limits] table; see docs/operators.md)",
    )
    hub.add_argument(
        "--limit",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="change one limit, e.g. --limit max_connections_per_device=2 (repeatable; "
        "applied after --limits)",
    )
    hub.add_argument(
        "--show-limits",
        action="store_true",
        help="print the limits in effect (TOML) and exit",
    )
    hub.set_defaults(func=_run)
    sub = hub.add_subparsers(title="hub commands", metavar="HUB_COMMAND")
    copy = sub.add_parser(
        "backup",
        help="consistent online backup of a hub database",
        description=(
            "Copy the hub database while the hub runs. A hub started from the copy takes a "
            "new epoch, and devices re-push whatever it lacks."
        ),
    )
    copy.add_argument("--db", type=Path, required=True, help="the hub database")
    copy.add_argument("--out", type=Path, required=True, help="the backup file to write")
    copy.set_defaults(func=_backup)
    compact = sub.add_parser(
        "compact",
        help="drop the change-log entries every device has already pulled",
        description=(
            "Delete the change-log entries at or below the lowest cursor of the enrolled, "
            "unrevoked devices (as each said in its last hello); safe while the hub runs. "
            "A device whose cursor is below the new horizon (see --stale-after) re-snapshots "
            "on its next sync. Prints a JSON summary."
        ),
    )
    compact.add_argument("--db", type=Path, required=True, help="the hub database")
    compact.add_argument(
        "--stale-after",
        type=float,
        metavar="MINUTES",
        help="devices not seen for this long do not hold the log back (they re-snapshot)",
    )
    compact.add_argument(
        "--dry-run", action="store_true", help="say what would be dropped, drop nothing"
    )
    compact.set_defaults(func=_compact)


def _error(code: str, message: str) -> int:
    print(error_line(code, message), file=sys.stderr)
    return 2


def _limits_toml(limits: HubLimits) -> str:
    lines = ["[limits]"]
    for name, value in limits.as_dict().items():
        lines.append(f"{name} = {value}")
    return "\n".join(lines)


def _run(args: argparse.Namespace) -> int:
    try:
        limits = load_limits(args.limits, args.limit)
    except LimitsError as error:
        return _error(error.code, error.detail)
    if args.show_limits:
        print(_limits_toml(limits))
        return 0
    if args.max_clock_ahead <= 0 or args.max_clock_behind <= 0:
        return _error("bad_clock_bound", "--max-clock-ahead and --max-clock-behind must be > 0")
    bounds = ClockBounds(
        round(args.max_clock_ahead * 1000), round(args.max_clock_behind * 86_400_000)
    )
    if args.db is None:
        return _error("missing_db", "give the hub database with --db FILE.db")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    db: Path = args.db
    if not db.parent.is_dir():
        return _error("no_such_directory", f"{db.parent} does not exist")
    tls: VenueTls | None = None
    if args.tls:
        tls = ensure_venue_tls(tls_dir(db), [args.host], dt.datetime.now(dt.UTC))
    hub = Hub(db, host=args.host, port=args.port, tls=tls, limits=limits, clock_bounds=bounds)
    try:
        asyncio.run(_serve(hub))
    except OSError as error:
        return _error("cannot_listen", f"{args.host}:{args.port}: {error.strerror or error}")
    return 0


async def _serve(hub: Hub) -> None:
    await hub.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    print(f"{LISTENING} {hub.url} (epoch {hub.epoch}, db {hub.db_path})", flush=True)
    if hub.tls is not None:
        print(f"venue CA {hub.tls.ca_cert} fingerprint {hub.tls.fingerprint}", flush=True)
    try:
        await stop.wait()
    finally:
        await hub.close()
    print("hub stopped", flush=True)


def _backup(args: argparse.Namespace) -> int:
    if not args.db.is_file():
        return _error("no_such_database", f"{args.db} does not exist")
    if args.out.resolve() == args.db.resolve():
        return _error("same_file", "write the backup to another file")
    backup(args.db, args.out)
    print(f"backup written to {args.out}; a hub started on it takes a new epoch")
    return 0


def _compact(args: argparse.Namespace) -> int:
    if not args.db.is_file():
        return _error("no_such_database", f"{args.db} does not exist")
    if args.stale_after is not None and args.stale_after < 0:
        return _error("bad_stale_after", "--stale-after takes minutes, 0 or more")
    clock = SystemClock()
    log = HubLog.open(args.db, clock)
    try:
        stale_ms = None if args.stale_after is None else round(args.stale_after * 60_000)
        done = compact(log, now_ms=clock.now_ms(), stale_after_ms=stale_ms, dry_run=args.dry_run)
    finally:
        log.close()
    print(json.dumps(asdict(done)))
    return 0
