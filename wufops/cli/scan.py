"""``wufops scan TOKEN``: one headless scan, recorded exactly as a desk or gate records it.

For scripted kiosks, turnstile controllers and tests. The decision is printed as one JSON
object on stdout (``wufops.checkin.decisions.Decision.to_json`` plus a ``print`` object when a
badge was printed). Exit status: 0 admitted, 1 refused (any other decision code), 2 usage or
set-up error (``{"error": code, "message": …}`` on stderr). A failed print after an admitted
pickup still exits 0 — the pickup is recorded — and shows ``"outcome": "failed"``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from wufops.badges.layout import DEFAULT_LAYOUT
from wufops.checkin.decisions import CheckinError, Decision
from wufops.checkin.gate import Gate
from wufops.checkin.pickup import PickupDesk, PrintJob, PrintOutcome
from wufops.checkin.printing import render_job
from wufops.clock import SystemClock
from wufops.paths import DataDirError, default_data_dir, desk_database
from wufops.store.replica import Replica

EXIT_ADMITTED = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2
LP_TIMEOUT_S = 60


def _error(code: str, message: str) -> int:
    print(json.dumps({"error": code, "message": message}, ensure_ascii=False), file=sys.stderr)
    return EXIT_USAGE


def _database(args: argparse.Namespace) -> Path:
    if args.db is not None:
        if not args.db.is_file():
            raise DataDirError("no_database", f"{args.db} does not exist")
        return Path(args.db)
    return desk_database(args.data_dir or default_data_dir())


def send_to_printer(pdf: bytes, printer: str, title: str) -> tuple[PrintOutcome, str]:
    """Hand a PDF to the OS spooler (CUPS ``lp``) without a dialog: outcome and a message."""
    lp = shutil.which("lp")
    if lp is None:
        return "failed", "printer_unavailable: no `lp` command (CUPS) on this machine"
    try:
        done = subprocess.run(
            [lp, "-d", printer, "-t", title, "-"],
            input=pdf,
            capture_output=True,
            timeout=LP_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return "failed", f"printer_unavailable: {error}"
    if done.returncode != 0:
        return "failed", "print_failed: " + done.stderr.decode("utf-8", "replace").strip()
    return "printed", done.stdout.decode("utf-8", "replace").strip()


def _print(desk: PickupDesk, job: PrintJob, args: argparse.Namespace) -> dict[str, Any]:
    title = f"badge-{job.serial}-{job.reason}"
    result: dict[str, Any] = {"reason": job.reason, "serial": job.serial}
    try:
        pdf = render_job(desk.replica.conn, job, args.layout)
    except (CheckinError, ValueError) as error:
        result.update(outcome="failed", message=f"render_failed: {error}")
        printer = args.printer or f"pdf:{args.pdf_dir}"
        result["print_event_id"] = desk.record_print(job, printer, "failed")
        print(f"warning[print_failed]: {result['message']}", file=sys.stderr)
        return result
    if args.printer:
        outcome, message = send_to_printer(pdf, args.printer, title)
        result.update(printer=args.printer, message=message)
        printer = args.printer
    else:
        path = Path(args.pdf_dir) / f"{title}.pdf"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(pdf)
            outcome = "pdf"
        except OSError as error:
            outcome = "failed"
            result["message"] = f"pdf_write_failed: {error}"
        result["file"] = str(path)
        printer = f"pdf:{path.parent}"
    result["outcome"] = outcome
    result["print_event_id"] = desk.record_print(job, printer, outcome)
    if outcome == "failed":
        print(f"warning[print_failed]: {result.get('message', '')}", file=sys.stderr)
    return result


def cmd_scan(args: argparse.Namespace) -> int:
    try:
        path = _database(args)
    except DataDirError as error:
        return _error(error.code, error.detail)
    replica = Replica.open(path, SystemClock())
    try:
        printing = bool(args.printer or args.pdf_dir)
        if args.mode == "gate":
            decision: Decision = Gate(replica, gate=args.desk, zone=args.zone).scan(args.token)
            out = decision.to_json()
        else:
            desk = PickupDesk(replica, desk=args.desk)
            decision = desk.scan(args.token)
            out = decision.to_json()
            if printing and decision.admitted and decision.print_due:  # as the desk app
                out["print"] = _print(desk, desk.first_print(decision.attendee_id), args)
    except CheckinError as error:
        return _error(error.code, error.detail)
    finally:
        replica.close()
    print(json.dumps(out, ensure_ascii=False))
    return EXIT_ADMITTED if decision.admitted else EXIT_REFUSED


def register(subparsers: Any) -> None:
    scan = subparsers.add_parser(
        "scan",
        help="record one badge scan headlessly (pickup desk or entry gate), print JSON",
        description=(
            "Decide on one scanned badge token and record it exactly as the desk app does: a "
            "pickup (mode pickup) or an entry (mode gate), in the op log that sync carries. "
            "Prints the decision as JSON; code is one of admitted, already_picked_up, "
            "revoked, unknown, invalid_signature, wrong_event, malformed, blocked. In pickup "
            "mode with --printer or --pdf-dir, an admitted pickup prints the badge if it never "
            "printed (once, as the desk app does) and logs the print. Exit status: 0 admitted, "
            "1 refused, 2 usage error."
        ),
        epilog=(
            "Database: --db FILE, or the replica in --data-dir: replica.db (the file `wufops "
            "sync` keeps in step with the hub), else the one *-desk.db (the demo desk's), else "
            "the one event database there; default data dir: "
            f"{default_data_dir()}). See docs/checkin.md."
        ),
    )
    scan.add_argument("token", metavar="TOKEN", help="the text the scanner read from the QR code")
    where = scan.add_mutually_exclusive_group()
    where.add_argument("--data-dir", type=Path, metavar="DIR", help="the device's data directory")
    where.add_argument("--db", type=Path, metavar="FILE.db", help="the replica database itself")
    scan.add_argument(
        "--mode", choices=("pickup", "gate"), default="pickup", help="default: pickup"
    )
    scan.add_argument(
        "--desk",
        default="CLI",
        metavar="NAME",
        help="the name recorded by a replica no hub has enrolled (default: CLI); an enrolled "
        "replica records, counts and is shown under its enrolled device's name",
    )
    scan.add_argument("--zone", default="", metavar="ZONE", help="gate mode: the zone entered")
    scan.add_argument(
        "--layout",
        default=DEFAULT_LAYOUT,
        metavar="NAME",
        help=f"badge layout for printing: bundled name or JSON file (default: {DEFAULT_LAYOUT})",
    )
    out = scan.add_mutually_exclusive_group()
    out.add_argument("--printer", metavar="NAME", help="print through CUPS `lp -d NAME`")
    out.add_argument("--pdf-dir", type=Path, metavar="DIR", help="write badge PDFs here")
    scan.set_defaults(func=cmd_scan)
