"""``wufops import …`` and ``wufops export …``: data in and out through files.

Each verb is a group of kinds (``import attendees``, ``export attendees``); another module
adds ``import schedule`` by calling :func:`verb_kinds` with the same verb. Exit codes:
0 done, 1 invalid rows (nothing imported), 2 usage, file or database problems.
Human text goes to stdout, progress to stderr; ``--json`` prints one JSON document instead.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from wufops.attendees.io import errors as codes
from wufops.attendees.io.errors import FileError, RowError
from wufops.attendees.io.exporting import export_attendees
from wufops.attendees.io.importing import ImportReport, import_attendees, resolve_event
from wufops.attendees.io.mapping import BY_FIELD, FULL_NAME
from wufops.attendees.io.messages import file_error_message, row_error_message
from wufops.attendees.io.values import parse_category, parse_country
from wufops.clock import SystemClock
from wufops.store.attendees_io import attendees_for_export, list_events
from wufops.store.replica import Replica

if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]

#: how many row errors the human summary lists before pointing at --all-errors / --json
SHOWN_ERRORS = 50
_VERBS = {
    "import": "bring records in from a file (CSV, XLSX)",
    "export": "write records out to a file (CSV, XLSX)",
}


def verb_kinds(subparsers: Subparsers, verb: str) -> Subparsers:
    """The ``KIND`` sub-commands of ``verb`` (``import``/``export``), created on first use."""
    parser = subparsers.choices.get(verb)
    if parser is None:
        parser = subparsers.add_parser(verb, help=_VERBS.get(verb), description=_VERBS.get(verb))
        kinds = parser.add_subparsers(title="what", metavar="KIND")
        parser.set_defaults(func=lambda args, p=parser: _usage(p))
        parser.set_defaults(_wufops_kinds=kinds)
    found: Subparsers = parser.get_default("_wufops_kinds")
    return found


def register(subparsers: Subparsers) -> None:
    imp = verb_kinds(subparsers, "import").add_parser(
        "attendees",
        help="import attendees from a registration export",
        description="Import attendees from a CSV or XLSX registration export (pretix, "
        "Eventbrite, Cvent, Indico, …). Columns are matched by header (see docs/import.md). "
        "Every row is checked first; nothing is imported unless all rows are valid "
        "(or --skip-invalid). Re-importing an updated file updates attendees by "
        "registration code. Exit codes: 0 imported, 1 invalid rows (nothing imported), "
        "2 usage/file/database error.",
    )
    imp.add_argument("file", type=Path, metavar="FILE", help=".csv or .xlsx file")
    imp.add_argument(
        "--db", required=True, type=Path, metavar="FILE", help="database file holding the event"
    )
    imp.add_argument("--event", metavar="ID", help="event id (needed if the database has several)")
    imp.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows, report the others"
    )
    imp.add_argument("--dry-run", action="store_true", help="check and plan, write nothing")
    imp.add_argument(
        "--all-errors", action="store_true", help=f"list every error, not the first {SHOWN_ERRORS}"
    )
    imp.add_argument("--json", action="store_true", help="print a machine-readable report")
    imp.set_defaults(func=run_import)

    exp = verb_kinds(subparsers, "export").add_parser(
        "attendees",
        help="export attendees to CSV or XLSX",
        description="Export attendees to FILE.csv (UTF-8 with BOM) or FILE.xlsx, with the "
        "import's headers, so the file imports back unchanged. Cells that a spreadsheet "
        "would run as a formula are neutralised (see docs/import.md).",
    )
    exp.add_argument("--db", required=True, type=Path, metavar="FILE", help="database file")
    exp.add_argument(
        "--out", required=True, type=Path, metavar="FILE", help="FILE.csv or FILE.xlsx"
    )
    exp.add_argument("--event", metavar="ID", help="event id (needed if the database has several)")
    exp.add_argument(
        "--category", metavar="C", help="only this category (code or synonym: Press, VIP…)"
    )
    exp.add_argument("--country", metavar="CC", help="only this country (AZ, AZE or Azerbaijan)")
    exp.add_argument("--json", action="store_true", help="print a machine-readable report")
    exp.set_defaults(func=run_export)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _open(db: Path) -> Replica:
    if not db.is_file():
        raise FileError(codes.NO_EVENT, path=str(db), missing_db=1)
    try:
        return Replica.open(db, SystemClock())
    except sqlite3.DatabaseError as error:
        raise FileError(codes.UNREADABLE_FILE, path=str(db), reason=str(error)) from None


class _Progress:
    """Progress on stderr: a self-rewriting line on a terminal, a line per 10,000 otherwise."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.dirty = False

    def __call__(self, phase: str, done: int, total: int) -> None:
        if not self.tty and done % 10_000 and done != total:
            return
        of = f"/{total:,}" if total else ""
        text = f"{phase} {done:,}{of} rows"
        if self.tty:
            self.stream.write(f"\r{text}\x1b[K")
            self.dirty = True
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.dirty:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def run_import(args: argparse.Namespace) -> int:
    progress = _Progress(sys.stderr)
    try:
        replica = _open(args.db)
        try:
            report = import_attendees(
                replica,
                args.file,
                event_id=args.event,
                skip_invalid=args.skip_invalid,
                dry_run=args.dry_run,
                progress=progress,
            )
        finally:
            replica.close()
            progress.close()
    except FileError as error:
        return _fail("import attendees", error, args.json, args.db)
    exit_code = 1 if report.errors and not report.written else 0
    if args.json:
        print(json.dumps(report_json(report, exit_code), ensure_ascii=False, indent=1))
    else:
        print(_summary(report, args.all_errors))
    return exit_code


def _fail(command: str, error: FileError, as_json: bool, db: Path) -> int:
    if error.code == codes.NO_EVENT:
        error.params.setdefault("path", str(db))
    message = file_error_message(error)
    if as_json:
        document = {
            "status": "error",
            "exit_code": 2,
            "error": {"code": error.code, "message": message, "params": error.params},
        }
        print(json.dumps(document, ensure_ascii=False, indent=1))
    else:
        print(f"wufops {command}: {error.code}: {message}", file=sys.stderr)
    return 2


def _error_json(error: RowError) -> dict[str, Any]:
    return {
        "line": error.line,
        "column": error.column,
        "field": error.field,
        "value": error.value,
        "code": error.code,
        "message": row_error_message(error),
        "params": dict(error.params),
    }


def report_json(report: ImportReport, exit_code: int) -> dict[str, Any]:
    return {
        "status": report.status,
        "exit_code": exit_code,
        "file": report.path,
        "format": report.format,
        "encoding": report.encoding,
        "delimiter": report.delimiter,
        "header_line": report.header_line,
        "columns": report.columns,
        "ignored_columns": list(report.ignored_columns),
        "event_id": report.event_id,
        "rows": report.rows,
        "created": report.created,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "invalid": report.invalid,
        "written": report.written,
        "errors": [_error_json(e) for e in report.errors],
    }


def _label(field: str) -> str:
    return FULL_NAME.header if field == FULL_NAME.field else BY_FIELD[field].header


def _describe_source(report: ImportReport) -> str:
    if report.format == "xlsx":
        return "XLSX, first sheet"
    encoding = {"utf-8-sig": "UTF-8 with BOM", "utf-8": "UTF-8", "utf-16": "UTF-16"}.get(
        report.encoding, report.encoding
    )
    separator = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}[report.delimiter]
    return f"CSV, {encoding}, {separator}-separated"


def _summary(report: ImportReport, all_errors: bool) -> str:
    lines = [
        f"{report.path}: {report.rows:,} rows ({_describe_source(report)}, "
        f"header on line {report.header_line})"
    ]
    renamed = [
        f'"{header}" → {_label(field)}'
        for field, header in report.columns.items()
        if header != _label(field)
    ]
    if renamed:
        lines.append("columns read as: " + ", ".join(renamed))
    if report.ignored_columns:
        ignored = ", ".join(f'"{c}"' for c in report.ignored_columns)
        lines.append(f"ignored columns: {ignored}")
    counts = (
        f"created {report.created:,}, updated {report.updated:,}, "
        f"unchanged {report.unchanged:,}, invalid {report.invalid:,}"
    )
    valid = report.created + report.updated + report.unchanged
    if report.dry_run:
        lines.append(f"dry run, nothing written — would be: {counts}")
    elif report.written:
        skipped = " (invalid rows skipped)" if report.invalid else ""
        lines.append(f"imported: {counts}{skipped}")
    else:
        lines.append(
            f"NOTHING IMPORTED: {report.invalid:,} of {report.rows:,} rows are invalid. "
            f"Fix them and import again, or use --skip-invalid to import the {valid:,} "
            f"valid rows ({report.created:,} new, {report.updated:,} updated)."
        )
    shown = report.errors if all_errors else report.errors[:SHOWN_ERRORS]
    for error in shown:
        column = f", {error.column}" if error.column else ""
        lines.append(f"  line {error.line}{column}: {error.code}: {row_error_message(error)}")
    hidden = len(report.errors) - len(shown)
    if hidden:
        lines.append(
            f"  … and {hidden:,} more errors: see them all with --all-errors, or --json for a "
            "machine-readable list."
        )
    return "\n".join(lines)


def run_export(args: argparse.Namespace) -> int:
    try:
        category = country = None
        if args.category is not None:
            category = parse_category(args.category)
            if category is None:
                raise FileError(codes.UNKNOWN_CATEGORY, value=args.category)
        if args.country is not None:
            country = parse_country(args.country)
            if country is None:
                raise FileError(codes.UNKNOWN_COUNTRY, value=args.country)
        replica = _open(args.db)
        try:
            event = resolve_event(list_events(replica.conn), args.event)
            attendees = attendees_for_export(
                replica.conn, event.id, category=category, country=country
            )
        finally:
            replica.close()
        count = export_attendees(attendees, args.out)
    except FileError as error:
        return _fail("export attendees", error, args.json, args.db)
    if args.json:
        print(
            json.dumps(
                {
                    "status": "exported",
                    "exit_code": 0,
                    "file": str(args.out),
                    "rows": count,
                    "event_id": event.id,
                },
                ensure_ascii=False,
            )
        )
    else:
        print(f"exported {count:,} attendees of {event.name} to {args.out}")
    return 0
