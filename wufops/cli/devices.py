"""``wufops enrol`` and ``wufops devices list|revoke``: device credentials on the hub file.

The token is printed once; the hub keeps only its hash. Works while the hub runs (the hub
picks up enrolments within seconds; a revocation takes effect when ``revoke`` returns).
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
from pathlib import Path
from typing import Any

from wufops.cli.hub import tls_dir
from wufops.cli.qr_png import qr_png
from wufops.clock import SystemClock
from wufops.i18n import error_line
from wufops.net.tls import ca_fingerprint
from wufops.store.hub_db import DeviceError
from wufops.store.hub_log import HubLog
from wufops.store.hub_reader import HubReader
from wufops.sync.enrolment import Enrolment
from wufops.sync.roles import ROLES


def register(subparsers: Any) -> None:
    enrol = subparsers.add_parser(
        "enrol",
        help="enrol a desk, gate, coordinator or admin device on the hub",
        description="Create a device and print its token once (the hub stores only a hash).",
    )
    enrol.add_argument("--db", type=Path, required=True, help="the hub database")
    enrol.add_argument("--role", required=True, choices=ROLES, help="what the device may do")
    enrol.add_argument("--name", required=True, help="a unique name, e.g. desk-07")
    enrol.add_argument("--json", action="store_true", help="print one JSON object")
    enrol.add_argument(
        "--hub",
        help="the address devices use to reach the hub (default: ws://<this host>:8765, "
        "wss:// when the hub has a venue CA)",
    )
    enrol.add_argument("--qr", type=Path, metavar="FILE.png", help="write the enrolment QR")
    enrol.set_defaults(func=_enrol)

    devices = subparsers.add_parser(
        "devices", help="list or revoke enrolled devices", description="Enrolled devices."
    )
    sub = devices.add_subparsers(title="devices commands", metavar="DEVICES_COMMAND")
    listing = sub.add_parser(
        "list",
        help="every device: role, last contact, ops, refusals, clock offset",
        description=(
            "Every enrolled device: role, state, last contact, ops pushed, ops refused and the "
            "newest refusal's code (role_forbidden, clock_skew …), and its clock's offset from "
            "the hub's at its last hello. A device whose clock is off by more than the hub's "
            "bound, or whose newest refusal is clock_skew, is marked [CLOCK] (red on a "
            "terminal). See docs/operators.md."
        ),
    )
    listing.add_argument("--db", type=Path, required=True, help="the hub database")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=_list)
    revoke = sub.add_parser(
        "revoke",
        help="revoke a device: no change of it is applied once this returns; "
        "its connections close within a second",
    )
    revoke.add_argument("name", help="the device name")
    revoke.add_argument("--db", type=Path, required=True, help="the hub database")
    revoke.set_defaults(func=_revoke)
    devices.set_defaults(func=lambda _args: devices.print_help() or 2)


def _error(code: str, message: str) -> int:
    print(error_line(code, message), file=sys.stderr)
    return 2


def _open(db: Path) -> HubLog | None:
    if not db.is_file():
        return None
    return HubLog.open(db, SystemClock())


def _enrol(args: argparse.Namespace) -> int:
    ca_file = tls_dir(args.db) / "venue-ca.pem"
    fingerprint = ca_fingerprint(ca_file.read_bytes()) if ca_file.is_file() else ""
    hub_url = args.hub or (f"{'wss' if fingerprint else 'ws'}://{socket.gethostname()}:8765")
    if not hub_url.startswith(("ws://", "wss://")):
        return _error("bad_hub_address", "--hub must start with ws:// or wss://")
    if not hub_url.startswith("wss://"):
        fingerprint = ""
    if not args.db.parent.is_dir():
        return _error("no_such_directory", f"{args.db.parent} does not exist")
    log = HubLog.open(args.db, SystemClock())
    try:
        device_id, token = log.enrol(args.name, args.role)
    except DeviceError as error:
        return _error(error.code, error.detail)
    finally:
        log.close()
    enrolment = Enrolment(hub_url, args.name, token, fingerprint)
    if args.qr:
        args.qr.write_bytes(qr_png(enrolment.to_text()))
    if args.json:
        print(
            json.dumps(
                {
                    "name": args.name,
                    "role": args.role,
                    "token": token,
                    "device_id": device_id,
                    "hub": hub_url,
                    "ca_fingerprint": fingerprint,
                    "enrolment": enrolment.to_text(),
                },
                ensure_ascii=False,
            )
        )
        return 0
    print(f"enrolled {args.name} ({args.role})")
    print(f"token: {token}")
    print("the token is shown only this once; the hub keeps only its hash")
    print(f"enrolment: {enrolment.to_text()}")
    if args.qr:
        print(f"enrolment QR written to {args.qr}")
    return 0


def _list(args: argparse.Namespace) -> int:
    log = _open(args.db)
    if log is None:
        return _error("no_such_database", f"{args.db} does not exist")
    try:
        devices = HubReader(log.conn).devices()
    finally:
        log.close()
    if args.json:
        print(json.dumps([d.__dict__ for d in devices], ensure_ascii=False))
        return 0
    red = sys.stdout.isatty()
    print(
        f"{'name':<20} {'role':<12} {'state':<8} {'last contact':<26} {'ops':>7} "
        f"{'rejected':>8} {'clock':>10}  last refusal"
    )
    for d in devices:
        state = "revoked" if d.revoked else "active"
        clock = "—" if d.clock_offset_ms is None else _offset(d.clock_offset_ms)
        line = (
            f"{d.name:<20} {d.role:<12} {state:<8} {d.last_contact or 'never':<26} "
            f"{d.pushed:>7} {d.rejected:>8} {clock:>10}  "
            f"{d.last_refusal + ' ' + d.last_refusal_at if d.last_refusal else '—'}"
        )
        if d.clock_skew:
            line += "  [CLOCK]"
            if red:
                line = f"\033[31m{line}\033[0m"
        print(line)
    return 0


def _offset(ms: int) -> str:
    """A clock offset in the largest unit that keeps it short: +0.4 s, -3.0 h, +365.0 d."""
    for unit, size in (("d", 86_400_000), ("h", 3_600_000), ("min", 60_000)):
        if abs(ms) >= size:
            return f"{ms / size:+.1f} {unit}"
    return f"{round(ms / 1000, 1) + 0.0:+.1f} s"  # + 0.0: no "-0.0 s"


def _revoke(args: argparse.Namespace) -> int:
    log = _open(args.db)
    if log is None:
        return _error("no_such_database", f"{args.db} does not exist")
    try:
        log.revoke(args.name)
    except DeviceError as error:
        return _error(error.code, error.detail)
    finally:
        log.close()
    print(f"revoked {args.name}: none of its changes is applied from now on; disconnected")
    return 0
