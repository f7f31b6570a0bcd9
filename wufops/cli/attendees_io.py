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
from wufops.attendees.io.categories import CategoryMap, parse_flags, read_category_map
from wufops.attendees.io.errors import FileError, RowError
from wufops.attendees.io.exporting import export_attendees
from wufops.attendees.io.importing import ImportReport, Update, import_attendees, resolve_event
from wufops.attendees.io.mapping import BY_FIELD, UnusedColumn
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
        "registration code (pretix: order code + position, A1B2C-1). Every column that is "
        "not imported is named. Exit codes: 0 imported, 1 invalid rows (nothing imported), "
        "2 usage/file/database error.",
        epilog='products:  --category-map "Delegate pass=participant" --category-map '
        '"Lunch voucher=skip"\n           --categories products.csv   (two columns: '
        "product, category)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    imp.add_argument("file", type=Path, metavar="FILE", help=".csv or .xlsx file")
    imp.add_argument(
        "--db", required=True, type=Path, metavar="FILE", help="database file holding the event"
    )
    imp.add_argument("--event", metavar="ID", help="event id (needed if the database has several)")
    imp.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows, report the others"
    )
    imp.add_argument(
        "--category-map",
        action="append",
        default=[],
        metavar="PRODUCT=CATEGORY",
        help="the category of a product / ticket type (repeatable); CATEGORY 'skip': its rows "
        "are not attendees (meal vouchers, add-ons)",
    )
    imp.add_argument(
        "--categories",
        type=Path,
        metavar="FILE",
        help="product → category mappings, one per row (CSV or XLSX: product, category)",
    )
    imp.add_argument(
        "--strict-columns",
        action="store_true",
        help="refuse the file if any of its columns would not be imported",
    )
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help="check and plan, write nothing; show field by field what updates would change",
    )
    imp.add_argument(
        "--all-errors", action="store_true", help=f"list every error, not the first {SHOWN_ERRORS}"
    )
    imp.add_argument(
        "--all-changes",
        action="store_true",
        help=f"with --dry-run: list every update, not the first {SHOWN_ERRORS}",
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


def _categories(args: argparse.Namespace) -> CategoryMap | None:
    """The product → category map of ``--categories`` and then ``--category-map`` flags."""
    found = read_category_map(args.categories) if args.categories is not None else None
    if args.category_map:
        flags = parse_flags(args.category_map)
        found = flags if found is None else found.merged(flags)
    return found


def run_import(args: argparse.Namespace) -> int:
    progress = _Progress(sys.stderr)
    try:
        categories = _categories(args)
        replica = _open(args.db)
        try:
            report = import_attendees(
                replica,
                args.file,
                event_id=args.event,
                skip_invalid=args.skip_invalid,
                dry_run=args.dry_run,
                progress=progress,
                categories=categories,
                strict_columns=args.strict_columns,
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
        print(_summary(report, args.all_errors, args.all_changes))
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


def _unused_json(column: UnusedColumn) -> dict[str, Any]:
    return {
        "position": column.position,
        "letter": column.letter,
        "header": column.header,
        "reason": column.reason,
        "instead": column.instead,
    }


def _change_json(update: Update) -> dict[str, Any]:
    return {
        "line": update.line,
        "reg_code": update.reg_code,
        "attendee_id": update.attendee_id,
        "fields": {
            name: {"old": update.before.get(name), "new": value}
            for name, value in update.changed.items()
        },
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
        "header_rows": report.header_rows,
        "columns": report.columns,
        "ignored_columns": list(report.ignored_columns),
        "unused_columns": [_unused_json(c) for c in report.unused_columns],
        "event_id": report.event_id,
        "rows": report.rows,
        "created": report.created,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "invalid": report.invalid,
        "skipped": report.skipped,
        "skipped_products": report.skipped_products,
        "written": report.written,
        "errors": [_error_json(e) for e in report.errors],
        "changes": [_change_json(u) for u in report.changes],
    }


def _label(field: str) -> str:
    return BY_FIELD[field].header


_REASONS = {
    "unknown_header": "header not known",
    "duplicate": "another column gives this",
    "no_header": "data without a header",
    "not_needed": "no order code to go with it",
}


def _unused_line(column: UnusedColumn) -> str:
    why = _REASONS.get(column.reason, column.reason)
    if column.instead:
        why += f': "{column.instead}"'
    return f"{column.describe()} — {why}"


def _shown(field: str, value: Any) -> str:
    if field in BY_FIELD and BY_FIELD[field].kind == "flag":
        return "yes" if value else "no"
    return json.dumps(value, ensure_ascii=False)


def _change_line(update: Update) -> str:
    fields = "; ".join(
        f"{name}: {_shown(name, update.before.get(name))} → {_shown(name, value)}"
        for name, value in update.changed.items()
    )
    return f"  line {update.line}, {update.reg_code}: {fields}"


def _describe_source(report: ImportReport) -> str:
    if report.format == "xlsx":
        return "XLSX, first sheet"
    encoding = {"utf-8-sig": "UTF-8 with BOM", "utf-8": "UTF-8", "utf-16": "UTF-16"}.get(
        report.encoding, report.encoding
    )
    separator = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}[report.delimiter]
    return f"CSV, {encoding}, {separator}-separated"


def _summary(report: ImportReport, all_errors: bool, all_changes: bool = False) -> str:
    header = (
        f"header on lines {report.header_line}–{report.header_line + 1}"
        if report.header_rows == 2
        else f"header on line {report.header_line}"
    )
    lines = [f"{report.path}: {report.rows:,} rows ({_describe_source(report)}, {header})"]
    renamed = [
        f'"{header}" → {_label(field)}'
        for field, header in report.columns.items()
        if header != _label(field)
    ]
    if renamed:
        lines.append("columns read as: " + ", ".join(renamed))
    if report.unused_columns:
        lines.append(f"columns not imported ({len(report.unused_columns)}):")
        lines.extend(f"  {_unused_line(c)}" for c in report.unused_columns)
    counts = (
        f"created {report.created:,}, updated {report.updated:,}, "
        f"unchanged {report.unchanged:,}, invalid {report.invalid:,}"
    )
    if report.skipped:
        products = ", ".join(f"{p}: {n:,}" for p, n in report.skipped_products.items())
        counts += f", skipped {report.skipped:,} ({products})"
    valid = report.created + report.updated + report.unchanged
    if report.dry_run:
        lines.append(f"dry run, nothing written — would be: {counts}")
        shown_changes = report.changes if all_changes else report.changes[:SHOWN_ERRORS]
        if shown_changes:
            lines.append("updates, field by field (stored → in the file):")
            lines.extend(_change_line(u) for u in shown_changes)
        if len(shown_changes) < len(report.changes):
            lines.append(
                f"  … and {len(report.changes) - len(shown_changes):,} more updates: see them "
                "all with --all-changes, or --json."
            )
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
