"""``wufops sync``: the desk's sync driver without the UI (kiosks, scripts, tests).

The replica lives in ``DIR/replica.db``; the hub address and token given once are
remembered in it (later runs, and the desk app on the same file, need no arguments).
With ``--once``: bootstrap if needed, push the outbox, pull until caught up, exit 0; exit 1
with ``error[<code>]`` when the hub cannot be reached or refuses the token. Without it: keep
syncing until Ctrl+C.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from pathlib import Path
from typing import Any

from wufops.clock import SystemClock
from wufops.i18n import error_line
from wufops.net.driver import SyncConfig, SyncDriver, SyncFatal, SyncStatus
from wufops.store import sync_state as ss
from wufops.store.replica import Replica
from wufops.sync.enrolment import Enrolment, EnrolmentError, parse_enrolment

REPLICA_FILE = "replica.db"


def register(subparsers: Any) -> None:
    sync = subparsers.add_parser(
        "sync",
        help="sync a device's replica with the hub, without the UI",
        description="Run the sync driver headless on DIR/replica.db.",
    )
    sync.add_argument("--data-dir", type=Path, required=True, help="the device's data directory")
    sync.add_argument("--hub", help="hub address, ws://HOST:PORT or wss://HOST:PORT")
    sync.add_argument("--token", help="this device's token (from wufops enrol)")
    sync.add_argument("--enrolment", help="the enrolment text instead of --hub/--token")
    sync.add_argument("--ca", type=Path, help="the venue CA (PEM) for wss://")
    sync.add_argument("--once", action="store_true", help="sync until caught up, then exit")
    sync.add_argument("--timeout", type=float, default=120.0, help="--once: give up after S s")
    sync.set_defaults(func=_run)


def _error(code: str, message: str, exit_code: int = 1) -> int:
    print(error_line(code, message), file=sys.stderr)
    return exit_code


def _config(args: argparse.Namespace, db: Path) -> SyncConfig | int:
    """From the arguments, or else from what the replica remembers; remembered for next
    time (and for the desk app on the same file)."""
    hub, token, fingerprint, name = args.hub, args.token, "", "device"
    remembered = None
    if not (args.enrolment or hub or token) and db.is_file():
        replica = Replica.open(db, SystemClock())
        remembered = ss.load_enrolment(replica)
        replica.close()
        if remembered is not None:
            args.enrolment = remembered[0]
    if args.enrolment:
        try:
            enrolment = parse_enrolment(args.enrolment)
        except EnrolmentError as error:
            return _error(error.code, error.detail, 2)
        hub, token, fingerprint = enrolment.hub, enrolment.token, enrolment.ca_fingerprint
        name = enrolment.name
    if not hub or not token:
        return _error("missing_hub", "give --hub and --token, or --enrolment", 2)
    if not hub.startswith(("ws://", "wss://")):
        return _error("bad_hub_address", "--hub must start with ws:// or wss://", 2)
    ca_pem = remembered[1] if remembered is not None else None
    if args.ca is not None:
        if not args.ca.is_file():
            return _error("no_such_file", f"{args.ca} does not exist", 2)
        ca_pem = args.ca.read_bytes()
    elif hub.startswith("wss://") and ca_pem is None:
        return _error("tls_without_ca", "wss:// needs --ca with the venue CA", 2)
    replica = Replica.open(db, SystemClock())
    ss.save_enrolment(replica, Enrolment(hub, name, token, fingerprint).to_text(), ca_pem)
    replica.close()
    return SyncConfig(hub, token, ca_pem=ca_pem, ca_fingerprint=fingerprint)


def _run(args: argparse.Namespace) -> int:
    args.data_dir.mkdir(parents=True, exist_ok=True)
    db = args.data_dir / REPLICA_FILE
    config = _config(args, db)
    if isinstance(config, int):
        return config
    if args.once:
        driver = SyncDriver(db, config)
        try:
            status = asyncio.run(asyncio.wait_for(driver.sync_once(), args.timeout))
        except SyncFatal as error:
            return _error(error.code, error.detail)
        except ConnectionError as error:
            # the driver keeps the refusal's own code (rate_limited, hub_busy, …) when the hub
            # answered; only a hub that never answered is "unreachable"
            code = driver.status.last_error or "hub_unreachable"
            return _error(code, f"no sync with {config.url}: {error}")
        except TimeoutError:
            return _error("timeout", f"not caught up after {args.timeout:.0f} s")
        print(_describe(status))
        return 0
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    driver = SyncDriver(db, config, on_status=lambda s: print(_describe(s), flush=True))
    return asyncio.run(_forever(driver))


async def _forever(driver: SyncDriver) -> int:
    loop = asyncio.get_running_loop()
    task = asyncio.ensure_future(driver.run())
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, driver.stop, 0)
    await task
    if driver.fatal is not None:
        return _error(driver.fatal.code, driver.fatal.detail)
    return 0


def _describe(status: SyncStatus) -> str:
    error = f", last error {status.last_error}" if status.last_error else ""
    return (
        f"{status.phase}: cursor {status.cursor}, pending {status.pending}, "
        f"rejected {status.rejected}, hub clock offset {status.hub_offset_ms} ms{error}"
    )
