"""``wufops schedule import`` and ``wufops schedule export``: the standard schedule formats in
and out (:mod:`wufops.schedule_io`; docs/scheduling.md, "Formats"). Two actions of the
``wufops schedule`` group (its ``ACTIONS``).

- ``import FILE --db DB [--event ID] [--dry-run] [--json]`` — frab/c3voc schedule.json,
  frab schedule.xml, pretalx's exports of both, an Indico timetable export; the format is
  detected from the content. The report says what was tolerated, then what was (or, with
  ``--dry-run``, would be) added, changed and removed.
- ``export --db DB --format json|xml|ical|csv --out FILE [--room NAME] [--speaker ID]
  [--released] [--base-url URL] [--event ID] [--json]``.

Exit codes: 0 done; 1 refused by the event as it stands (``outside_event``,
``room_name_taken``, ``role_forbidden``, ``never_released``); 2 a wrong file or command line
(the file's refusal codes, ``unknown_room``, ``unknown_speaker``, ``unwritable_file``,
``no_database``…). Errors print ``error [code]: …`` on stderr; with ``--json`` also
``{"error": code, "detail": …, "path": …, "line": …}`` on stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from wufops.clock import SystemClock
from wufops.errors import CodedError
from wufops.schedule.edits import ScheduleError, resolve_room
from wufops.schedule_io import EXPORT_FORMATS, load, read_path, render, run_import
from wufops.schedule_io.exporting import ExportError, ExportSchedule
from wufops.schedule_io.model import ImportRefused
from wufops.schedule_io.reconcile import Plan, SessionPlan
from wufops.store import schedule as store
from wufops.store import schedule_io as io_store
from wufops.store.replica import Replica

#: codes that mean "the event as it stands refuses this" (exit 1); others are exit 2
STATE_REFUSALS = frozenset({"outside_event", "room_name_taken", "role_forbidden", "never_released"})
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: lines listed per kind of change in a text report (--json lists them all)
LISTED = 200


def _options(
    parser: argparse.ArgumentParser, json_help: str, *, db_help: str = "database file"
) -> None:
    parser.add_argument("--db", required=True, type=Path, metavar="FILE", help=db_help)
    parser.add_argument("--event", metavar="ID", help="the event (default: the only one)")
    parser.add_argument("--json", action="store_true", help=json_help)


def _fail(action: str, error: CodedError, *, as_json: bool) -> int:
    if as_json:
        payload: dict[str, Any] = {"error": error.code, "detail": error.detail}
        if isinstance(error, ImportRefused):  # where in the file: JSON path or XML line
            payload["detail"] = error.plain
            if error.where.path:
                payload["path"] = error.where.path
            if error.where.line:
                payload["line"] = error.where.line
        print(json.dumps(payload, ensure_ascii=False))
    print(f"wufops schedule {action}: error [{error.code}]: {error.detail}", file=sys.stderr)
    return 1 if error.code in STATE_REFUSALS else 2


@contextmanager
def _replica(path: Path, *, create: bool = False) -> Iterator[Replica]:
    """The database at ``path``; with ``create``, a new one when there is none."""
    if not path.is_file() and not create:
        raise ScheduleError("no_database", f"no database at {path}")
    try:
        replica = Replica.open(path, SystemClock())
    except sqlite3.DatabaseError as error:
        raise ScheduleError("unreadable_file", f"{path}: {error}") from None
    try:
        yield replica
    finally:
        replica.close()


# -- import -----------------------------------------------------------------------------------


def add_import(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = actions.add_parser(
        "import",
        help="import a schedule file: schedule.json, schedule.xml, pretalx, Indico",
        description="Import a schedule: frab/c3voc schedule.json (validated against the c3voc "
        "schema), frab schedule.xml (validated against its XSD), pretalx's exports of both, "
        "or an Indico timetable export (its HTTP API's JSON); the format is detected from the "
        "content. Idempotent by the source's GUID: importing a newer file updates the same "
        "sessions and cancels those it no longer holds; unknown rooms are created; speakers "
        "become attendees. Small deviations from the schema are imported and listed; a file "
        "that breaks it is refused with a code and its JSON path or XML line, and nothing "
        "changes. Everything is written in one transaction through the op log (it syncs).",
        epilog="Exit codes: 0 imported (or the dry run planned); 1 refused by the event as it "
        "stands (outside_event, room_name_taken, role_forbidden); 2 the file or the command "
        "line is wrong (bad_json, bad_xml, unknown_format, wrong_type, missing_field, "
        "misplaced_object, bad_time, bad_duration, duplicate_guid, empty_schedule…).",
    )
    command.add_argument("file", metavar="FILE", type=Path, help="the schedule file")
    _options(
        command,
        "print the report as JSON (every change and every deviation)",
        db_help="database file (created, with the event, when missing)",
    )
    command.add_argument(
        "--dry-run",
        action="store_true",
        help="list what would be added, changed and removed; write nothing",
    )
    command.set_defaults(func=_import)


def _span(zone: ZoneInfo, start_ms: int | None, end_ms: int | None) -> str:
    if start_ms is None or end_ms is None:
        return "unplaced"
    start = datetime.fromtimestamp(start_ms / 1000, tz=zone)
    end = datetime.fromtimestamp(end_ms / 1000, tz=zone)
    day = f"{_DAYS[start.weekday()]} {start.day:02d} {_MONTHS[start.month - 1]}"
    return f"{day} {start:%H:%M}–{end:%H:%M}"


def _line(plan: Plan, kind: str, item: SessionPlan) -> str:
    room = f"  {item.room}" if item.room else ""
    tail = ""
    if kind == "changed":
        tail = f" ({', '.join(item.changed)})"
    elif kind == "removed":
        tail = " (cancelled)"
    return f"{kind:8} {_span(plan.zone, item.start_ms, item.end_ms)}{room}  “{item.title}”{tail}"


def _print_plan(plan: Plan, *, dry_run: bool) -> None:
    doc = plan.document
    rooms_used = {e.room for e in doc.entries if e.room}
    print(
        f"{doc.label}, {doc.conference.title}: {len(doc.entries)} sessions in "
        f"{len(rooms_used)} rooms."
    )
    if doc.deviations:
        kinds = Counter(d.code for d in doc.deviations)
        print(f"Tolerated ({len(doc.deviations)} in {len(kinds)} kinds):")
        for code, count in kinds.most_common():
            first = next(d for d in doc.deviations if d.code == code)
            print(f"  {code:20} ×{count:<4} {first.where}: {first.detail}")
    if dry_run:
        print(
            f"Dry run, nothing written. Would add {len(plan.added)}, change "
            f"{len(plan.changed)}, remove {len(plan.removed)} ({plan.unchanged} unchanged); "
            f"create {len(plan.rooms)} rooms and {len(plan.speakers)} speakers."
        )
    else:
        created = " (new event)" if plan.new_event is not None else ""
        print(
            f"Imported into {plan.event_name}{created}: {len(plan.added)} added, "
            f"{len(plan.changed)} changed, {len(plan.removed)} removed, {plan.unchanged} "
            f"unchanged; {len(plan.rooms)} rooms and {len(plan.speakers)} speakers created, "
            f"{plan.speakers_matched} speakers found among the attendees."
        )
    unknown = [r.name for r in plan.rooms if not r.capacity_known]
    if unknown:
        print(
            "Rooms created without a capacity (set to 1, set the real one): " + ", ".join(unknown)
        )
    if plan.types:
        mapped = sorted(plan.types.items())
        print("Types: " + ", ".join(f"{src or '(none)'} → {to} ({n})" for (src, to), n in mapped))
    for kind, items in (
        ("added", plan.added),
        ("changed", plan.changed),
        ("removed", plan.removed),
    ):
        for item in items[:LISTED]:
            print(_line(plan, kind, item))
        if len(items) > LISTED:
            print(f"… and {len(items) - LISTED} more {kind} (--json lists them all)")


def _import(args: argparse.Namespace) -> int:
    try:
        document = read_path(args.file)
        if args.dry_run and not args.db.exists():
            # what would happen to a new database: planned on an empty one, written nowhere
            with (
                tempfile.TemporaryDirectory() as scratch,
                _replica(Path(scratch) / "new.db", create=True) as replica,
            ):
                plan = run_import(replica, document, event_id=args.event, dry_run=True)
        else:
            with _replica(args.db, create=True) as replica:
                plan = run_import(replica, document, event_id=args.event, dry_run=args.dry_run)
    except CodedError as error:
        return _fail("import", error, as_json=args.json)
    if args.json:
        print(json.dumps(plan.to_json(dry_run=args.dry_run), ensure_ascii=False))
    else:
        _print_plan(plan, dry_run=args.dry_run)
    return 0


# -- export -----------------------------------------------------------------------------------


def add_export(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = actions.add_parser(
        "export",
        help="export the schedule: schedule.json, schedule.xml, iCalendar or CSV",
        description="Export every placed session that is not cancelled (--released: the last "
        "release, as released) as a c3voc schedule.json (validates against the c3voc "
        "schema), a frab schedule.xml (validates against its XSD), an iCalendar file (RFC "
        "5545, in the event's time zone) or CSV for contractors; for the whole event, one "
        "room or one speaker. Files carry the release version; speakers appear by name, "
        "never by e-mail.",
        epilog="Exit codes: 0 written; 1 never_released (--released before any release); 2 "
        "a wrong command line (unknown_room, unknown_speaker, ambiguous_speaker, "
        "unwritable_file, no_database).",
    )
    _options(command, "print a JSON summary of what was written")
    command.add_argument("--format", required=True, choices=EXPORT_FORMATS, help="file format")
    command.add_argument("--out", required=True, type=Path, metavar="FILE", help="where to write")
    command.add_argument("--room", metavar="NAME", help="only this room's sessions")
    command.add_argument(
        "--speaker", metavar="ID", help="only this speaker's sessions (attendee id, or its start)"
    )
    command.add_argument(
        "--released", action="store_true", help="the last released version, not the working one"
    )
    command.add_argument(
        "--base-url",
        default="",
        metavar="URL",
        help="the public programme's address: sessions without a page of their own link to "
        "URL/<slug> (default: urn:uuid:<guid>)",
    )
    command.set_defaults(func=_export)


def _resolve_speaker(replica: Replica, event_id: str, text: str) -> tuple[str, str]:
    """The attendee ``text`` names (an id, or its start: 8+ characters) and their name."""
    text = text.strip()
    found = io_store.attendee_ids_like(replica.conn, event_id, text) if len(text) >= 8 else []
    if text in found:
        found = [text]
    if not found:
        raise ScheduleError("unknown_speaker", f"no attendee {text!r} in this event")
    if len(found) > 1:
        raise ScheduleError(
            "ambiguous_speaker", f"{text!r} starts several attendee ids: {', '.join(found)} …"
        )
    return found[0], io_store.speaker_names(replica.conn, found).get(found[0], found[0])


def _write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary name beside ``path``, then rename: never half a file."""
    try:
        handle, scratch = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as error:
        raise ExportError("unwritable_file", f"{path}: {error.strerror}") from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(scratch, path)
    except OSError as error:
        Path(scratch).unlink(missing_ok=True)
        raise ExportError("unwritable_file", f"{path}: {error.strerror}") from None


def _export(args: argparse.Namespace) -> int:
    try:
        with _replica(args.db) as replica:
            schedule: ExportSchedule = load(
                replica.conn, args.event, released=args.released, base_url=args.base_url
            )
            if args.room:
                room_id = resolve_room(replica.conn, schedule.event_id, args.room)
                room = store.load_rooms(replica.conn, schedule.event_id, [room_id])[room_id]
                schedule = schedule.subset(
                    lambda s: s.room_id == room_id, title=f"{schedule.title} — {room.name}"
                )
            if args.speaker:
                person, name = _resolve_speaker(replica, schedule.event_id, args.speaker)
                schedule = schedule.subset(
                    lambda s: any(p.attendee_id == person for p in s.persons),
                    title=f"{schedule.title} — {name}",
                )
            data = render(args.format, schedule, now_ms=replica.now_ms())
        _write_atomic(args.out, data)
    except CodedError as error:
        return _fail("export", error, as_json=args.json)
    if args.json:
        summary = {
            "out": str(args.out),
            "format": args.format,
            "sessions": len(schedule.sessions),
            "version": schedule.version_label,
            "title": schedule.title,
        }
        print(json.dumps(summary, ensure_ascii=False))
    else:
        print(
            f"Wrote {len(schedule.sessions)} sessions of {schedule.title} (version "
            f"{schedule.version_label}) as {args.format} to {args.out}."
        )
    return 0
