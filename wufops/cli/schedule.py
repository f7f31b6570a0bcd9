"""``wufops schedule …``: check, move, (un)schedule, rate rules, release the schedule, and
import or export it in the standard formats.

A subcommand group: each action is added by one function of :data:`ACTIONS`
(``add(actions)``, where ``actions`` is the group's subparsers); other modules extend the
group by adding theirs to that tuple: ``import`` and ``export`` (schedule.json,
schedule.xml, Indico, iCalendar, CSV) come from :mod:`wufops.cli.schedule_io`.

Every edit goes through the op log exactly as the schedule workspace does it
(``wufops.schedule.edits``), so it syncs. Times are read with an offset
(``2026-05-18T10:30+04:00``, ``…Z``) or as the event's local time (``2026-05-18T10:30``) and
shown in the event's time zone. The rules are the registry's (:func:`registry`, the one
place the command line composes them).

Exit codes: 0 done; 1 refused by the schedule as it stands (``schedule_blocked``,
``nothing_to_release``, ``nothing_changed``, ``not_placed``) — and for ``check``, some
``block`` conflict stands; 2 the command line is wrong (an unknown session, room or rule, a
bad time, no database). Errors print ``error [code]: …`` on stderr. ``import`` and
``export`` say theirs in :mod:`wufops.cli.schedule_io`.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from wufops.access.registry import add_access_rules
from wufops.cli.schedule_io import add_export, add_import
from wufops.clock import SystemClock
from wufops.errors import CodedError
from wufops.i18n import current_language, error_text
from wufops.i18n.languages import SOURCE
from wufops.models.schedule import SEVERITIES, Conflict
from wufops.schedule import Checker, Registry, core_registry, describe, load_world
from wufops.schedule.edits import (
    SETTABLE,
    ScheduleError,
    move_session,
    parse_instant,
    resolve_room,
    resolve_session,
    set_severity,
    set_status,
)
from wufops.schedule.messages import placement_text
from wufops.schedule.release import (
    ScheduleBlocked,
    changes_since_last_release,
    release_schedule,
)
from wufops.schedule.world import World
from wufops.store import schedule as store
from wufops.store.replica import Replica
from wufops.streams import add_stream_rules

#: codes that mean "the schedule as it stands refuses this" (exit 1); others are exit 2
STATE_REFUSALS = frozenset(
    {"schedule_blocked", "nothing_to_release", "nothing_changed", "not_placed"}
)

Add = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]


def registry() -> Registry:
    """The rules the command line checks: the core's (C1–C5), and those capabilities add
    (streams: C6–C7)."""
    return add_stream_rules(core_registry())


def every_rule() -> Registry:
    """Every rule an event can set a severity for: :func:`registry`'s and the access rules
    (C8–C12), which ``wufops access check`` counts and the release gate does not."""
    return add_access_rules(registry())


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "schedule",
        help="check, move, schedule and release sessions; import and export the schedule",
        description="Room scheduling: conflict checks, moves, statuses, rule severities, "
        "releases, and the schedule's import and export in the standard formats "
        "(docs/scheduling.md). Edits go through the op log and sync like the schedule "
        "workspace's.",
        epilog="Exit codes: 0 done; 1 refused by the schedule as it stands (or, for check, "
        "a block conflict stands); 2 a wrong command line (unknown session, room or rule, "
        "bad time). Errors print 'error [code]: …' on stderr.",
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


def _fail(action: str, error: CodedError, *, as_json: bool = False, extra: Any = None) -> int:
    if as_json:
        payload = {"error": error.code, "detail": error.detail}
        if extra is not None:
            payload["conflicts"] = extra
        print(json.dumps(payload, ensure_ascii=False))
    print(f"wufops schedule {action}: error [{error.code}]: {error.detail}", file=sys.stderr)
    if current_language() != SOURCE:  # the code explained in the reader's language
        print(f"  {error_text(error.code)}", file=sys.stderr)
    return 1 if error.code in STATE_REFUSALS else 2


@contextmanager
def _replica(path: Path) -> Iterator[Replica]:
    if not path.is_file():
        raise ScheduleError("no_database", f"no database at {path}")
    try:
        replica = Replica.open(path, SystemClock())
    except sqlite3.DatabaseError as error:
        raise ScheduleError("unreadable_file", f"{path}: {error}") from None
    try:
        yield replica
    finally:
        replica.close()


def _conflict_json(c: Conflict, world: World, labels: dict[str, str]) -> dict[str, Any]:
    return {**c.to_json(), "message": describe(c, world, labels)}


def _print_conflicts(conflicts: Sequence[Conflict], world: World, labels: dict[str, str]) -> None:
    for c in conflicts:
        ids = " ".join(c.session_ids)
        print(f"{c.severity.upper():5}  {c.rule}: {describe(c, world, labels)}")
        print(f"       sessions: {ids}")


# -- check ---------------------------------------------------------------------------------


def _add_check(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = actions.add_parser(
        "check",
        help="list the schedule's conflicts (exit 1 if any blocks the release)",
        description="Check every placed, not cancelled session against the rules and list "
        "the conflicts, block first. Exit 0: no block conflict; 1: some.",
    )
    _common(check, json_help="print a JSON list: rule, severity, objects, kinds, params, message")
    check.set_defaults(func=_check)


def _check(args: argparse.Namespace) -> int:
    try:
        with _replica(args.db) as replica:
            rules = registry()
            world = load_world(replica.conn, rules, args.event)
            conflicts = Checker(world, rules).conflicts()
            labels = store.labels(replica.conn, (o for c in conflicts for o in c.objects))
    except CodedError as error:
        return _fail("check", error, as_json=args.json)
    blocking = sum(1 for c in conflicts if c.severity == "block")
    if args.json:
        print(json.dumps([_conflict_json(c, world, labels) for c in conflicts], ensure_ascii=False))
    else:
        placed = sum(1 for s in world.sessions.values() if s.active)
        print(
            f"{world.event.name}: {placed} placed sessions, {len(conflicts)} conflicts "
            f"({blocking} block, {len(conflicts) - blocking} warn)"
        )
        _print_conflicts(conflicts, world, labels)
    return 1 if blocking else 0


# -- move ------------------------------------------------------------------------------------


def _add_move(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    move = actions.add_parser(
        "move",
        help="place a session in a room at a time (one op: room, start, end)",
        description="Place SESSION_ID in a room from a start time. Without --end it keeps its "
        "length (or, unplaced, the length it asks for). Times with an offset "
        "(2026-05-18T10:30+04:00) or in the event's local time (2026-05-18T10:30). The move "
        "is recorded even when it makes conflicts; they are listed.",
    )
    move.add_argument("session", metavar="SESSION_ID", help="the session's id (or its start)")
    _common(move)
    move.add_argument("--room", required=True, metavar="NAME", help="the room's name")
    move.add_argument("--start", required=True, metavar="ISO", help="when it starts")
    move.add_argument("--end", metavar="ISO", help="when it ends (default: keeps its length)")
    move.set_defaults(func=_move)


def _move(args: argparse.Namespace) -> int:
    try:
        with _replica(args.db) as replica:
            rules = registry()
            event = store.event_info(replica.conn, args.event)
            world = load_world(replica.conn, rules, event.id)
            session_id = resolve_session(replica.conn, event.id, args.session)
            room_id = resolve_room(replica.conn, event.id, args.room)
            start = parse_instant(args.start, world.zone)
            end = parse_instant(args.end, world.zone) if args.end else None
            moved = move_session(replica, session_id, room_id, start, end, event_id=event.id)
            world = load_world(replica.conn, rules, event.id)
            conflicts = Checker(world, rules).conflicts_of(session_id)
            labels = store.labels(replica.conn, (o for c in conflicts for o in c.objects))
    except CodedError as error:
        return _fail("move", error, as_json=args.json)
    title = world.sessions[session_id].title
    if args.json:
        after = moved.after
        print(
            json.dumps(
                {
                    "session": session_id,
                    "room": room_id,
                    "start": after.to_fields()["starts_at"] if after else None,
                    "end": after.to_fields()["ends_at"] if after else None,
                    "changed": moved.op is not None,
                    "conflicts": [_conflict_json(c, world, labels) for c in conflicts],
                },
                ensure_ascii=False,
            )
        )
        return 0
    where = placement_text(world, moved.after, {})
    if moved.op is None:
        print(f"“{title}” already stands at {where}.")
    else:
        print(f"Moved “{title}” to {where} (was: {placement_text(world, moved.before, {})}).")
    if conflicts:
        print(f"It is in {len(conflicts)} conflict(s):")
        _print_conflicts(conflicts, world, labels)
    return 0


# -- status, severity, rules --------------------------------------------------------------------


def _add_status(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    status = actions.add_parser(
        "status",
        help="mark a session draft, scheduled or cancelled",
        description="Set a session's status: draft, scheduled (placed sessions only) or "
        "cancelled. Sessions become released only by a release.",
    )
    status.add_argument("session", metavar="SESSION_ID", help="the session's id (or its start)")
    status.add_argument("status", choices=SETTABLE, help="the new status")
    _common(status)
    status.set_defaults(func=_status)


def _status(args: argparse.Namespace) -> int:
    try:
        with _replica(args.db) as replica:
            event = store.event_info(replica.conn, args.event)
            session_id = resolve_session(replica.conn, event.id, args.session)
            op = set_status(replica, session_id, args.status, event_id=event.id)
            title = store.load_sessions(replica.conn, event.id, [session_id])[session_id].title
    except CodedError as error:
        return _fail("status", error, as_json=args.json)
    if args.json:
        print(json.dumps({"session": session_id, "status": args.status, "changed": op is not None}))
    else:
        print(f"“{title}” is {'now' if op else 'already'} {args.status}.")
    return 0


def _add_severity(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    severity = actions.add_parser(
        "severity",
        help="set how the event treats a rule: block, warn or off",
        description="Set a rule's severity for this event: block (stops a release; for the "
        "access rules C8–C12, makes 'wufops access check' exit 1), warn (shown) or off "
        "(hidden). 'wufops schedule rules' lists the rules.",
    )
    severity.add_argument("rule", metavar="RULE", help="the rule's code, e.g. over_capacity")
    severity.add_argument("severity", choices=SEVERITIES, help="the new severity")
    _common(severity)
    severity.set_defaults(func=_severity)


def _severity(args: argparse.Namespace) -> int:
    rules = every_rule()
    try:
        with _replica(args.db) as replica:
            event = store.event_info(replica.conn, args.event)
            set_severity(replica, rules, args.rule, args.severity, event_id=event.id)
    except CodedError as error:
        return _fail("severity", error, as_json=args.json)
    rule = rules.rule(args.rule)
    default = rule.default_severity if rule else "?"
    if args.json:
        print(json.dumps({"rule": args.rule, "severity": args.severity, "default": default}))
    else:
        print(f"{args.rule} is now {args.severity} for {event.name} (default: {default}).")
    return 0


def _add_rules(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = actions.add_parser(
        "rules",
        help="list the conflict rules and their severities for the event",
        description="List every conflict rule: code, catalogue number, default severity and "
        "the severity this event gives it.",
    )
    _common(listing)
    listing.set_defaults(func=_rules)


def _rules(args: argparse.Namespace) -> int:
    rules = every_rule()
    try:
        with _replica(args.db) as replica:
            event = store.event_info(replica.conn, args.event)
            set_to = store.load_severities(replica.conn, event.id)
    except CodedError as error:
        return _fail("rules", error, as_json=args.json)
    rows = [
        {
            "rule": r.code,
            "catalogue": r.catalogue,
            "default": r.default_severity,
            "severity": set_to.get(r.code, r.default_severity),
        }
        for r in rules.rules
    ]
    if args.json:
        print(json.dumps(rows))
    else:
        for row in rows:
            changed = "" if row["severity"] == row["default"] else f" (default {row['default']})"
            print(f"{row['catalogue']:4} {row['rule']:24} {row['severity']}{changed}")
    return 0


# -- release, changes -------------------------------------------------------------------------


def _add_release(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    release = actions.add_parser(
        "release",
        help="release the schedule as a new version (refused while a block conflict stands)",
        description="Release every placed, scheduled or released session as the next "
        "version. Refused with schedule_blocked while any block conflict stands (they are "
        "listed), nothing_to_release, or nothing_changed since the last release.",
    )
    _common(release)
    release.add_argument("--note", default="", help="a note kept with the release")
    release.set_defaults(func=_release)


def _release(args: argparse.Namespace) -> int:
    rules = registry()
    try:
        with _replica(args.db) as replica:
            try:
                done = release_schedule(replica, rules, event_id=args.event, note=args.note)
            except ScheduleBlocked as blocked:
                world = load_world(replica.conn, rules, args.event)
                objects = (o for c in blocked.conflicts for o in c.objects)
                labels = store.labels(replica.conn, objects)
                listed = [_conflict_json(c, world, labels) for c in blocked.conflicts]
                code = _fail("release", blocked, as_json=args.json, extra=listed)
                if not args.json:
                    _print_conflicts(blocked.conflicts, world, labels)
                return code
            name = store.event_info(replica.conn, done.event_id).name
    except CodedError as error:
        return _fail("release", error, as_json=args.json)
    if args.json:
        print(
            json.dumps(
                {
                    "id": done.id,
                    "version": done.version,
                    "sessions": done.item_count,
                    "released_at": done.wall_time,
                }
            )
        )
    else:
        print(f"Released version {done.version} of {name}: {done.item_count} sessions.")
    return 0


def _add_changes(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    changes = actions.add_parser(
        "changes",
        help="list what changed since the last release",
        description="List the sessions added, removed, moved or edited since the last "
        "release (before the first one, --json lists every session as added).",
    )
    _common(changes)
    changes.set_defaults(func=_changes)


def _changes(args: argparse.Namespace) -> int:
    try:
        with _replica(args.db) as replica:
            event = store.event_info(replica.conn, args.event)
            release, found = changes_since_last_release(replica.conn, event.id)
            titles = {
                sid: row["title"]
                for sid, row in store.session_rows(
                    replica.conn, event.id, [c.session_id for c in found]
                ).items()
            }
    except CodedError as error:
        return _fail("changes", error, as_json=args.json)
    if args.json:
        print(
            json.dumps(
                {
                    "version": release.version if release else 0,
                    "changes": [
                        {"session": c.session_id, "change": c.change, "fields": list(c.fields)}
                        for c in found
                    ],
                },
                ensure_ascii=False,
            )
        )
        return 0
    if release is None:
        print(f"{event.name}: nothing released yet; {len(found)} sessions in the schedule.")
        return 0
    kinds = Counter(c.change for c in found)
    summary = ", ".join(
        f"{kinds[k]} {k}" for k in ("added", "removed", "moved", "edited") if kinds[k]
    )
    print(
        f"{event.name}: {len(found)} change(s) since version {release.version}"
        + (f" ({summary})" if summary else "")
    )
    for c in found:
        fields = f" ({', '.join(c.fields)})" if c.fields else ""
        print(f"{c.change:8} {c.session_id}  “{titles.get(c.session_id, '?')}”{fields}")
    return 0


#: the actions of ``wufops schedule``, in ``--help`` order
ACTIONS: tuple[Add, ...] = (
    _add_check,
    _add_move,
    _add_status,
    _add_severity,
    _add_rules,
    _add_release,
    _add_changes,
    add_import,
    add_export,
)
