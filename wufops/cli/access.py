"""``wufops access …``: solve the interpreting and captioning assignments, check them against
the rules C8–C12, report unmet demand and loads, lock a slot, mark a provider absent, write
the day sheets, calendars and hours CSV (``sheets``).

Every edit goes through the op log exactly as the access workspace does it
(``wufops.access``), so it syncs. Times are read with an offset (``2026-05-18T10:30+04:00``,
``…Z``) or as the event's local time (``2026-05-18T10:30``).

Exit codes: 0 done; 1 refused by the plan as it stands (``slot_locked``, ``proposal_stale``)
or, for ``check``, a block conflict stands, or, for ``solve``, required units are left open;
2 the command line is wrong (an unknown slot or provider, a bad time or time limit, no
database). Errors print ``error [code]: …`` on stderr; with ``--json`` also ``{"error":
code, "detail": …}`` on stdout.

Actions are added by the functions in :data:`ACTIONS`; another module adds its own action
(the day sheets: ``sheets``) by appending its ``add_…(actions)`` function there.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeAlias

from wufops.access.edits import (
    accept_proposal,
    mark_absent,
    resolve_provider,
    resolve_slot,
    set_lock,
    set_settings,
)
from wufops.access.messages import service_text
from wufops.access.outputs import write_outputs
from wufops.access.plan import load_plan
from wufops.access.registry import access_registry
from wufops.access.report import unmet_report
from wufops.access.rules import ACCESS_CODES
from wufops.access.solver import SolveProgress, solve
from wufops.clock import SystemClock
from wufops.errors import CodedError
from wufops.models.access import SETTING_FIELDS, AccessSettings
from wufops.schedule import Checker, describe, load_world
from wufops.schedule.edits import parse_instant
from wufops.schedule.messages import span_text
from wufops.store import schedule as schedule_store
from wufops.store.replica import Replica

#: codes that mean "the plan as it stands refuses this" (exit 1); others are exit 2
STATE_REFUSALS = frozenset({"slot_locked", "proposal_stale"})
DEFAULT_TIME_LIMIT_S = 10.0

Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


class CliError(CodedError):
    """A command line the access commands cannot run."""


def _add_solve(actions: Subparsers) -> None:
    parser = actions.add_parser(
        "solve",
        help="assign interpreters and captioners (writes the proposal unless --dry-run)",
        description="Fill the open access-service slots: a greedy plan, then CP-SAT within "
        "the time limit — unmet demand first, then the largest workload (minutes one provider "
        "works on one day), then as few changes as possible to the current plan. Locked slots "
        "stay as they are. Writes the proposed assignments (status 'proposed') through the op "
        "log and prints the coverage, the unmet slots and the largest load.",
    )
    _common(parser, json_help="print JSON: coverage, unmet slots, largest load, changes")
    parser.add_argument(
        "--time-limit",
        type=float,
        default=DEFAULT_TIME_LIMIT_S,
        metavar="S",
        help=f"seconds the solver may take (default {DEFAULT_TIME_LIMIT_S:g})",
    )
    parser.add_argument("--dry-run", action="store_true", help="print the proposal only")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    parser.set_defaults(func=_solve)


def _add_check(actions: Subparsers) -> None:
    parser = actions.add_parser(
        "check",
        help="list the access rule conflicts (C8–C12; exit 1 if any blocks)",
        description="Check every assignment, made by hand or by the solver, against the "
        "access rules: double booking and travel (C8), team size (C9), workload caps (C10), "
        "availability (C11), required services unassigned and unqualified providers (C12). "
        "Exit 0: no block conflict; 1: some.",
    )
    _common(parser, json_help="print JSON: a list of conflicts (rule, severity, ids, params)")
    parser.set_defaults(func=_check)


def _add_report(actions: Subparsers) -> None:
    parser = actions.add_parser(
        "report",
        help="unmet demand with reasons and what would cover it; load per provider",
        description="List every unit of demand left open, why (no_skill, none_available, "
        "all_busy, caps_reached), the smallest change that would cover it (one more provider "
        "of a kind on a day and part of day), and each provider's minutes.",
    )
    _common(parser, json_help="print JSON: a list of objects with a stable code each")
    parser.set_defaults(func=_report)


def _add_lock(actions: Subparsers) -> None:
    parser = actions.add_parser(
        "lock",
        help="pin a slot as it is for every later solve (--unlock frees it)",
        description="Lock SLOT_ID (an assignment slot id, or its first 8+ characters) as it "
        "is — filled or empty — so every later solve keeps it.",
    )
    parser.add_argument("slot", metavar="SLOT_ID", help="the slot's id (or its start)")
    _common(parser)
    parser.add_argument("--unlock", action="store_true", help="free the slot again")
    parser.set_defaults(func=_lock)


def _add_absent(actions: Subparsers) -> None:
    parser = actions.add_parser(
        "absent",
        help="a provider drops out (for a span, or the whole event); re-solve next",
        description="Record that PROVIDER_ID (id, its first 8+ characters, or exact name) "
        "cannot work from --from to --to (default: the whole event), and list the slots "
        "they held then. Run 'wufops access solve' next: it moves those slots and changes "
        "as little else as it can.",
    )
    parser.add_argument("provider", metavar="PROVIDER_ID", help="the provider")
    _common(parser)
    parser.add_argument("--from", dest="start", metavar="ISO", help="absent from")
    parser.add_argument("--to", dest="end", metavar="ISO", help="absent until")
    parser.set_defaults(func=_absent)


def _add_sheets(actions: Subparsers) -> None:
    parser = actions.add_parser(
        "sheets",
        help="PDF day sheets and iCalendar per provider, and the hours CSV, into a folder",
        description="Write the outputs of the assignments as they are (confirmed and "
        "proposed) into DIR: per provider with work, <name>-<id>.pdf (a page per day: when "
        "and where to arrive, each session with room, title, service and partners, travel, "
        "rests and breaks, in the event's time zone) and <name>-<id>.ics (their sessions, "
        "from the schedule's iCalendar writer); and hours.csv, hours per provider per day "
        "for contractors. Names and titles in any script are set in the bundled fonts.",
        epilog="Errors (exit 2): no_database, no_event, cannot_write. A file is written whole "
        "or not at all.",
    )
    _common(parser, json_help="print JSON: the files written per provider and the hours CSV")
    parser.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder to fill")
    parser.set_defaults(func=_sheets)


def _add_settings(actions: Subparsers) -> None:
    parser = actions.add_parser(
        "settings",
        help="show or change the event's access rules (team sizes, travel, rests, caps)",
        description="Show the event's access rules, each beside its default; --set NAME=VALUE "
        "changes one (repeat it for more), through the op log, so it syncs. Minutes are whole "
        "numbers from 0 to 1440; accredited_high_level is yes or no. Severities of the rules "
        "C8–C12 are set with 'wufops schedule severity'.",
        epilog="Rules and defaults: "
        + ", ".join(f"{name}={_setting_text(getattr(_DEFAULTS, name))}" for name in SETTING_FIELDS)
        + ". Errors (exit 2): unknown_setting, bad_setting, no_database, no_event.",
    )
    _common(parser, json_help="print JSON: each rule's name, value and default")
    parser.add_argument(
        "--set",
        dest="changes",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="change a rule (e.g. travel_min=20)",
    )
    parser.set_defaults(func=_settings)


#: the actions, in ``--help`` order; append an ``add_…(actions)`` to add one
ACTIONS: list[Callable[[Subparsers], None]] = [
    _add_solve,
    _add_check,
    _add_report,
    _add_lock,
    _add_absent,
    _add_sheets,
    _add_settings,
]


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "access",
        help="assign interpreters and captioners; check, report, lock, mark absent, day sheets",
        description="Sign-language interpreting and captioning (docs/access-services.md): "
        "the solver, the rules C8–C12, unmet demand and loads, locks and absences. Edits go "
        "through the op log and sync like the access workspace's.",
        epilog="Exit codes: 0 done; 1 refused by the plan as it stands, a block conflict "
        "(check), or required units left open (solve); 2 a wrong command line. Errors print "
        "'error [code]: …' on stderr.",
    )
    actions = parser.add_subparsers(title="actions", metavar="ACTION")
    parser.set_defaults(func=lambda args: _usage(parser))
    for add in ACTIONS:
        add(actions)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _common(parser: argparse.ArgumentParser, *, json_help: str = "print JSON") -> None:
    parser.add_argument("--db", required=True, type=Path, metavar="FILE", help="database file")
    parser.add_argument("--event", metavar="ID", help="the event (default: the only one)")
    parser.add_argument("--json", action="store_true", help=json_help)


def _fail(action: str, error: CodedError, *, as_json: bool = False) -> int:
    if as_json:
        print(json.dumps({"error": error.code, "detail": error.detail}, ensure_ascii=False))
    print(f"wufops access {action}: error [{error.code}]: {error.detail}", file=sys.stderr)
    return 1 if error.code in STATE_REFUSALS else 2


@contextmanager
def _replica(path: Path) -> Iterator[Replica]:
    if not path.is_file():
        raise CliError("no_database", f"no database at {path}")
    try:
        replica = Replica.open(path, SystemClock())
    except sqlite3.DatabaseError as error:
        raise CliError("unreadable_file", f"{path}: {error}") from None
    try:
        yield replica
    finally:
        replica.close()


# -- solve -----------------------------------------------------------------------------------


def _solve(args: argparse.Namespace) -> int:
    if not 0 < args.time_limit <= 3600:
        return _fail(
            "solve",
            CliError("bad_time_limit", f"--time-limit {args.time_limit:g}: 0 … 3600 seconds"),
            as_json=args.json,
        )
    last = [-1]

    def show(p: SolveProgress) -> None:
        percent = int(100 * p.fraction)
        if percent // 25 != last[0]:
            last[0] = percent // 25
            print(
                f"wufops access solve: {p.phase} {percent} % — {p.filled_required}/"
                f"{p.required} required units filled, {p.elapsed_s:.1f} s",
                file=sys.stderr,
            )

    try:
        with _replica(args.db) as replica:
            plan = load_plan(replica.conn, args.event)
            proposal = solve(
                plan,
                time_limit_s=args.time_limit,
                progress=None if (args.quiet or args.json) else show,
            )
            written = 0 if args.dry_run else accept_proposal(replica, proposal)
            titles = {s.id: s.title for s in plan.sessions.values()}
    except CodedError as error:
        return _fail("solve", error, as_json=args.json)
    cov = proposal.coverage
    if args.json:
        print(json.dumps({**proposal.to_json(), "written": written}, ensure_ascii=False))
    else:
        print(
            f"coverage: {cov.filled_required}/{cov.required} required units, "
            f"{cov.filled_advised}/{cov.advised} advised; largest load "
            f"{proposal.max_day_load} min in a day ({proposal.status}"
            f"{', shortfall proven minimal' if proposal.proven else ''}, "
            f"{proposal.seconds:.1f} s)"
        )
        for need in proposal.unmet:
            print(
                f"  UNMET {need.level}: {service_text(need.service, need.language)} "
                f"#{need.slot_no} at “{titles.get(need.session_id, need.session_id)}”  "
                f"[slot {need.id}]"
            )
        verb = "would change" if args.dry_run else "wrote"
        print(f"{verb} {len(proposal.changes)} slots")
    return 1 if cov.filled_required < cov.required else 0


# -- check -----------------------------------------------------------------------------------


def _check(args: argparse.Namespace) -> int:
    try:
        with _replica(args.db) as replica:
            rules = access_registry()
            world = load_world(replica.conn, rules, args.event)
            conflicts = [c for c in Checker(world, rules).conflicts() if c.rule in ACCESS_CODES]
            labels = schedule_store.labels(replica.conn, (o for c in conflicts for o in c.objects))
            plan = load_plan(replica.conn, args.event)
            labels.update({p.id: p.name for p in plan.providers.values()})
    except CodedError as error:
        return _fail("check", error, as_json=args.json)
    blocking = sum(c.severity == "block" for c in conflicts)
    if args.json:
        print(
            json.dumps(
                [{**c.to_json(), "message": describe(c, world, labels)} for c in conflicts],
                ensure_ascii=False,
            )
        )
    else:
        print(
            f"{world.event.name}: {len(conflicts)} access conflicts ({blocking} block, "
            f"{len(conflicts) - blocking} warn)"
        )
        for c in conflicts:
            print(f"{c.severity.upper():5}  {c.rule}: {describe(c, world, labels)}")
    return 1 if blocking else 0


# -- report ----------------------------------------------------------------------------------

_PARTS = {"morning": "morning", "afternoon": "afternoon", "evening": "evening"}


def _report(args: argparse.Namespace) -> int:
    try:
        with _replica(args.db) as replica:
            plan = load_plan(replica.conn, args.event)
            world = load_world(replica.conn, access_registry(), args.event)
            report = unmet_report(plan)
    except CodedError as error:
        return _fail("report", error, as_json=args.json)
    names = {p.id: p.name for p in plan.providers.values()}
    if args.json:
        rows: list[dict[str, Any]] = [i.to_json() for i in report.items]
        rows += [s.to_json() for s in report.suggestions]
        rows += [
            {"code": "load", "provider": p, "name": names[p], "minutes": m}
            for p, m in sorted(report.loads.items(), key=lambda x: (-x[1], names[x[0]]))
        ]
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    print(f"{len(report.items)} units of demand open")
    for item in report.items:
        n = item.need
        session = plan.sessions[n.session_id]
        print(
            f"  {n.level:8} {service_text(n.service, n.language)} #{n.slot_no} at "
            f"“{session.title}” ({span_text(world, n.start_ms, n.end_ms)}): {item.reason} "
            f"({item.skilled} with the skill, {item.available} available then)"
        )
    if report.suggestions:
        print("to cover them:")
        for s in report.suggestions:
            person = "interpreter" if s.service == "sign_language" else "captioner"
            kind = service_text(s.service, s.language).replace(
                "interpreting" if s.service == "sign_language" else "captions",
                person if s.count == 1 else person + "s",
            )
            accredited = " (WFD-WASLI accredited)" if s.accredited else ""
            print(
                f"  {s.count} more {kind}{accredited} on day {s.day_no} ({s.day}) {_PARTS[s.part]}"
            )
    print("load per provider (minutes):")
    for provider_id, minutes in sorted(report.loads.items(), key=lambda x: (-x[1], names[x[0]])):
        print(f"  {minutes:5}  {names[provider_id]}  [{provider_id}]")
    return 0


# -- lock, absent ----------------------------------------------------------------------------


def _lock(args: argparse.Namespace) -> int:
    try:
        with _replica(args.db) as replica:
            plan = load_plan(replica.conn, args.event)
            slot = resolve_slot(replica.conn, plan, args.slot)
            set_lock(replica, slot, locked=not args.unlock, event_id=plan.event.id)
    except CodedError as error:
        return _fail("lock", error, as_json=args.json)
    state = "unlocked" if args.unlock else "locked"
    if args.json:
        print(json.dumps({"slot": slot, "locked": not args.unlock}))
    else:
        print(f"slot {slot} {state}")
    return 0


def _absent(args: argparse.Namespace) -> int:
    try:
        with _replica(args.db) as replica:
            plan = load_plan(replica.conn, args.event)
            provider = resolve_provider(replica.conn, plan.event.id, args.provider)
            zone = plan.days.zone
            start = parse_instant(args.start, zone) if args.start else None
            end = parse_instant(args.end, zone) if args.end else None
            slots = mark_absent(
                replica, provider, start_ms=start, end_ms=end, event_id=plan.event.id
            )
    except CodedError as error:
        return _fail("absent", error, as_json=args.json)
    if args.json:
        print(json.dumps({"provider": provider, "slots": slots}))
    else:
        name = plan.providers[provider].name
        print(
            f"{name} is absent; {len(slots)} slots they held need someone else — run "
            "'wufops access solve' next"
        )
        for slot in slots:
            print(f"  slot {slot}")
    return 0


# -- sheets ----------------------------------------------------------------------------------


def _sheets(args: argparse.Namespace) -> int:
    try:
        with _replica(args.db) as replica:
            event = schedule_store.event_info(replica.conn, args.event)
            done = write_outputs(replica.conn, event.id, args.out, now_ms=replica.now_ms())
    except CodedError as error:
        return _fail("sheets", error, as_json=args.json)
    if args.json:
        print(
            json.dumps(
                {
                    "providers": [
                        {
                            "provider": f.provider_id,
                            "name": f.name,
                            "pdf": str(f.pdf),
                            "ics": str(f.ics),
                            "days": f.days,
                            "assignments": f.assignments,
                        }
                        for f in done.providers
                    ],
                    "hours": str(done.hours),
                    "hour_rows": done.hour_rows,
                    "missing_characters": list(done.missing),
                },
                ensure_ascii=False,
            )
        )
    else:
        print(
            f"Wrote day sheets and calendars for {len(done.providers)} providers and "
            f"{done.hour_rows} rows of hours to {args.out}."
        )
        if done.missing:
            print(f"No bundled font has: {' '.join(done.missing)} (left out of the sheets).")
    return 0


# -- settings --------------------------------------------------------------------------------

#: the rules an event has until it changes them
_DEFAULTS = AccessSettings(id="")
#: the settings written yes/no (the others are whole numbers)
_FLAGS = frozenset(name for name in SETTING_FIELDS if isinstance(getattr(_DEFAULTS, name), bool))


def _setting_text(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _parse_changes(texts: list[str]) -> dict[str, Any]:
    """``NAME=VALUE`` texts as typed values: yes/no for a flag, whole minutes otherwise
    (``set_settings`` checks names and ranges)."""
    changes: dict[str, Any] = {}
    for text in texts:
        name, sep, value = text.partition("=")
        name, value = name.strip(), value.strip()
        if not sep or not name:
            raise CliError("bad_setting", f"--set {text!r}: write NAME=VALUE, e.g. travel_min=20")
        if name in _FLAGS:
            if value.lower() not in ("yes", "no"):
                raise CliError("bad_setting", f"{name} is yes or no, not {value!r}")
            changes[name] = value.lower() == "yes"
        else:
            try:
                changes[name] = int(value)
            except ValueError:
                raise CliError(
                    "bad_setting", f"{name} is whole minutes (0 … 1440), not {value!r}"
                ) from None
    return changes


def _settings(args: argparse.Namespace) -> int:
    try:
        changes = _parse_changes(args.changes)
        with _replica(args.db) as replica:
            if changes:
                settings = set_settings(replica, changes, event_id=args.event)
            else:
                settings = load_plan(replica.conn, args.event).settings
    except CodedError as error:
        return _fail("settings", error, as_json=args.json)
    rows = [
        {"name": name, "value": getattr(settings, name), "default": getattr(_DEFAULTS, name)}
        for name in SETTING_FIELDS
    ]
    if args.json:
        print(json.dumps(rows))
        return 0
    for row in rows:
        value, default = _setting_text(row["value"]), _setting_text(row["default"])
        changed = "" if value == default else f"   (default {default})"
        print(f"{row['name']:22} {value}{changed}")
    return 0
