"""``wufops ops report``: the operations dashboard's figures for scripts, and the daily PDF.

    wufops ops report --db desk.db                 # text: headline, forecast, charts, devices
    wufops ops report --db hub.db --json           # the stable JSON (docs/operations.md)
    wufops ops report --db hub.db --at 2026-05-17T09:30 --pdf day1.pdf

On a hub's file the device list is every enrolled device as the hub knows it; on a desk's,
what was replicated there. ``--at`` without a time zone is the event's local time.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from wufops.clock import SystemClock
from wufops.errors import CodedError
from wufops.i18n import error_line
from wufops.ops import dashboard
from wufops.ops.figures import Dashboard
from wufops.ops.pdf import report_pdf
from wufops.ops.settings import load_settings, settings_beside
from wufops.ops.text import (
    CATEGORY_NAMES,
    advice,
    device_line,
    finding_text,
    headline,
    local_time,
    minutes,
)
from wufops.store import ops as store
from wufops.store.database import connect


def register(subparsers: Any) -> None:
    ops = subparsers.add_parser(
        "ops",
        help="operations dashboard figures: queues, desks, gates, prints, sync health",
        description="The operations dashboard's figures (docs/operations.md).",
    )
    sub = ops.add_subparsers(title="ops commands", metavar="OPS_COMMAND")
    report = sub.add_parser(
        "report",
        help="print the dashboard's figures (text or JSON); write the daily PDF",
        description=(
            "Print what the Operations dashboard shows at an instant: the headline (where the "
            "queue is and what to do), the queue forecast per desk area, arrivals against the "
            "expected curve, check-ins and scan-to-decision times per desk, entries per gate "
            "zone, prints and failures per printer, duplicate pickups and conflicts, sync "
            "health per device. On a hub's database every enrolled device is listed with the "
            "hub's own records; on a desk's, what was replicated to it. Without --at: now, or "
            "the minute after the last check-in when there was none in the last 12 hours. "
            "Settings: --settings FILE, else ops-settings.json beside the database, else the "
            "defaults (docs/operations.md)."
        ),
    )
    report.add_argument("--db", type=Path, required=True, help="a desk's or the hub's database")
    report.add_argument("--json", action="store_true", help="print the stable JSON")
    report.add_argument(
        "--at",
        metavar="ISO",
        help="the instant to report, e.g. 2026-05-17T09:30 (event time) or …Z (UTC)",
    )
    report.add_argument("--pdf", type=Path, metavar="FILE.pdf", help="also write the PDF report")
    report.add_argument("--settings", type=Path, metavar="FILE.json", help="dashboard settings")
    report.set_defaults(func=_report)
    ops.set_defaults(func=lambda _args: ops.print_help() or 2)


def _error(code: str, message: str) -> int:
    print(error_line(code, message), file=sys.stderr)
    return 2


def _instant(text: str, zone: str) -> int:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    return int(moment.timestamp() * 1000)


def _report(args: argparse.Namespace) -> int:
    if not args.db.is_file():
        return _error("no_such_database", f"{args.db} does not exist")
    settings_file = args.settings
    if settings_file is None and settings_beside(args.db).is_file():
        settings_file = settings_beside(args.db)
    try:
        settings = load_settings(settings_file)
    except CodedError as error:
        return _error(error.code, error.detail)
    conn = connect(args.db)
    try:
        facts = store.event_facts(conn)
        if facts is None:
            return _error("no_event", f"{args.db} holds no event")
        at_ms = None
        if args.at:
            try:
                at_ms = _instant(args.at, facts.timezone)
            except ValueError:
                return _error("bad_time", f"--at {args.at!r} is not an ISO-8601 date and time")
        board = dashboard(conn, now_ms=SystemClock().now_ms(), settings=settings, at_ms=at_ms)
    finally:
        conn.close()
    if args.pdf:
        try:
            args.pdf.write_bytes(report_pdf(board))
        except OSError as error:
            return _error("cannot_write", f"{args.pdf}: {error.strerror}")
    if args.json:
        print(json.dumps(board.to_json(), ensure_ascii=False, indent=1))
    else:
        print(text_report(board))
        if args.pdf:
            print(f"\nPDF report written to {args.pdf}")
    return 0


def text_report(board: Dashboard) -> str:
    """The dashboard as plain text, section by section."""
    zone = board.timezone
    at = local_time(board.at_ms, zone, "%d %b %Y %H:%M")
    lines = [
        f"{board.event} — operations at {at} ({zone})"
        + ("  [replay: the last recorded activity]" if board.replay else ""),
        "",
        headline(board),
        "",
    ]
    if board.findings:
        lines += ["Why", *(f"  - {finding_text(f)}" for f in board.findings), ""]
    t = board.totals
    lines.append(
        f"Pickups today {t.pickups:,} (expected by now {t.expected_pickups:,.0f}, over the day "
        f"{t.expected_day:,.0f}) · entries {t.entries:,} · prints {t.prints:,} "
        f"({t.print_failures:,} failed) · duplicate pickups {t.duplicates:,} · "
        f"conflicts {t.conflicts:,}"
    )
    lines += [
        "",
        f"Queue forecast (warn above {board.wait_threshold_min:.0f} min, next "
        f"{board.horizon_min} min)",
        f"  {'area':<12} {'open':>5} {'service':>8} {'served':>7} {'capacity':>9} {'load':>5} "
        f"{'waiting':>8} {'wait now':>9} {'worst':>8}",
    ]
    for a in board.areas:
        load = "—" if a.capacity_per_min <= 0 else f"{a.utilisation:.0%}"
        flag = {"ok": "", "warn": "  WARN", "critical": "  CRITICAL"}[a.level]
        lines.append(
            f"  {a.area:<12} {len(a.open_desks):>2}/{len(a.desks):<2} {a.service_s:>6.0f} s "
            f"{a.served_per_min:>5.1f}/m {a.capacity_per_min:>7.1f}/m {load:>5} "
            f"{a.queue:>8.0f} {minutes(a.waits_min[0]):>9} {minutes(a.peak_wait_min):>8}{flag}"
        )
        if a.suggestion is not None:
            lines.append(f"    → {advice(a)}")
    arrivals = board.chart("arrivals")
    last = [i for i, x in enumerate(arrivals.x) if x < board.at_ms][-4:]
    lines += ["", "Arrivals, last hour, by category"]
    for s in arrivals.bars:
        count = sum(s.values[i] for i in last)
        if count:
            lines.append(f"  {CATEGORY_NAMES.get(s.key, s.key):<28} {count:>6,.0f}")
    expected = arrivals.lines[0] if arrivals.lines else None
    if expected is not None:
        lines.append(f"  {'expected':<28} {sum(expected.values[i] for i in last):>6,.0f}")
    desks = board.chart("desk_checkins")
    scans = board.chart("scan_time")
    medians = dict(zip(scans.categories, scans.bars[0].values, strict=True)) if scans.bars else {}
    p90s = dict(zip(scans.categories, scans.bars[1].values, strict=True)) if scans.bars else {}
    hour = desks.bars[-1] if desks.bars else None
    lines += ["", f"Desks: check-ins this hour ({hour.key if hour else '—'}), scan to decision"]
    for n, name in enumerate(desks.categories):
        scan = (
            f"{medians[name]:.0f} / {p90s[name]:.0f} ms (median / p90)" if name in medians else ""
        )
        lines.append(f"  {name:<14} {hour.values[n] if hour else 0:>5.0f}   {scan}")
    gates = board.chart("gate_entries")
    lines += ["", "Entries per gate zone, today"]
    for s in gates.bars:
        lines.append(f"  {s.key:<22} {sum(s.values):>7,.0f}")
    prints = board.chart("prints")
    lines += ["", "Printers: printed / failed"]
    for n, name in enumerate(prints.categories):
        ok, bad = prints.bars[0].values[n], prints.bars[1].values[n]
        rate = bad / (ok + bad) if ok + bad else 0.0
        lines.append(f"  {name:<22} {ok:>6,.0f} / {bad:<5,.0f} ({rate:.0%} failed)")
    issues = board.chart("issues")
    lines += [
        "",
        f"Duplicate pickups {issues.total('duplicates'):,.0f} · conflicts "
        f"{issues.total('conflicts'):,.0f} today",
    ]
    source = "the hub's records" if board.devices_from == "hub" else "as replicated here"
    lines += [
        "",
        f"Devices ({source}; [STALE]: not heard of for more than {board.stale_after_min:.0f} min)",
    ]
    for d in board.devices:
        line = device_line(d, board.at_ms, board.now_ms)
        lines.append("  " + line + ("  [STALE]" if d.stale else ""))
    return "\n".join(lines)
