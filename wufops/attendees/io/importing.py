"""Importing an attendee file: read → map → validate → plan → apply, all-or-nothing.

The plan sorts every row into *create* (new registration code), *update* (known code, some
field differs: only those fields are written), *unchanged* (no op at all) or *invalid*.
Applying it is one ``Replica.batch()``: inserts and updates go through the single write path,
so they land in the outbox and reach the hub like any other edit. Unless ``skip_invalid``,
one invalid row means nothing is written. The plan is made inside the write transaction, so
a desk writing at the same moment cannot slip a duplicate in between.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from wufops.attendees.io import errors as codes
from wufops.attendees.io.categories import CategoryMap
from wufops.attendees.io.errors import FileError, RowError
from wufops.attendees.io.mapping import COLUMNS, HeaderMap, UnusedColumn, locate_header
from wufops.attendees.io.reading import RawTable, read_file
from wufops.attendees.io.validation import CleanRecord, Validated, code_field, validate
from wufops.attendees.terms import code_key
from wufops.store.apply import OpRejected
from wufops.store.attendees_io import (
    EventInfo,
    StoredAttendee,
    attendees_by_reg_code,
    list_events,
)
from wufops.store.replica import Batch, Replica
from wufops.sync.ops import JsonValue

#: ``(phase, done, total)``; phase is ``reading``, ``validating`` or ``writing``; total 0 = unknown.
#: Raising from it cancels the import: nothing is written (a UI's cancel button does this).
Progress = Callable[[str, int, int], None]


#: the schema's default for each attendee column (db/migrations.py): blank text, flags off
_DEFAULTS: dict[str, JsonValue] = {
    column.field: 0 if column.kind == "flag" else "" for column in COLUMNS
}


@dataclass(frozen=True)
class Update:
    line: int
    reg_code: str
    attendee_id: str
    #: only the fields whose value differs from what is stored
    changed: dict[str, JsonValue]
    #: what is stored now, for each field of ``changed``
    before: dict[str, JsonValue]


@dataclass(frozen=True)
class ImportPlan:
    event_id: str
    creates: tuple[CleanRecord, ...]
    updates: tuple[Update, ...]
    unchanged: int
    errors: tuple[RowError, ...]
    invalid_rows: int


@dataclass(frozen=True)
class ImportReport:
    """What an import found and did; ``written`` is False for a dry run or a refused file."""

    path: str
    format: str
    encoding: str
    delimiter: str
    header_line: int
    columns: dict[str, str]
    ignored_columns: tuple[str, ...]
    event_id: str
    rows: int
    created: int
    updated: int
    unchanged: int
    invalid: int
    errors: tuple[RowError, ...]
    written: bool
    dry_run: bool
    skip_invalid: bool
    #: 2 when the header spans two rows (``header_line`` is the first)
    header_rows: int = 1
    #: every column the import did not read, with the reason
    unused_columns: tuple[UnusedColumn, ...] = ()
    #: rows of products the category map says to skip, by product
    skipped_products: dict[str, int] = field(default_factory=dict)
    #: field by field, what each update changes (or would change, in a dry run)
    changes: tuple[Update, ...] = ()

    @property
    def skipped(self) -> int:
        return sum(self.skipped_products.values())

    @property
    def status(self) -> str:
        if self.dry_run:
            return "dry_run"
        return "imported" if self.written else "invalid"


def import_key(reg_code: str) -> str:
    """How the import compares registration codes: as search does (no case, no separators),
    or as written for a code of separators only."""
    return code_key(reg_code) or reg_code


def resolve_event(events: Sequence[EventInfo], requested: str | None) -> EventInfo:
    """The event to import into: the one given, or the only one there is."""
    if requested is not None:
        for event in events:
            if event.id == requested:
                return event
        raise FileError(codes.UNKNOWN_EVENT, event=requested, events=tuple(e.id for e in events))
    if not events:
        raise FileError(codes.NO_EVENT)
    if len(events) > 1:
        raise FileError(codes.EVENT_REQUIRED, events=tuple(f"{e.id} ({e.name})" for e in events))
    return events[0]


def plan_import(
    validated: Validated,
    header_map: HeaderMap,
    existing: Mapping[str, StoredAttendee],
    event_id: str,
) -> ImportPlan:
    creates: list[CleanRecord] = []
    updates: list[Update] = []
    extra_errors: list[RowError] = []
    unchanged = 0
    # codes compare as search compares them: ``abc-1`` is ``ABC-1``
    by_key = {import_key(code): stored for code, stored in existing.items()}
    for record in validated.records:
        stored = by_key.get(import_key(record.reg_code))
        if stored is None:
            creates.append(record)
            continue
        if stored.event_id != event_id:
            extra_errors.append(
                RowError(
                    record.line,
                    codes.REG_CODE_IN_OTHER_EVENT,
                    header_map.header_of(code_field(header_map)),
                    code_field(header_map),
                    record.reg_code,
                    {"event": stored.event_id},
                )
            )
            continue
        changed = {
            name: value
            for name, value in record.fields.items()
            if name != "reg_code" and stored.fields.get(name) != value
        }
        if changed:
            before = {name: stored.fields.get(name) for name in changed}
            code = str(stored.fields.get("reg_code", record.reg_code))
            updates.append(Update(record.line, code, stored.id, changed, before))
        else:
            unchanged += 1
    errors = sorted((*validated.errors, *extra_errors), key=lambda e: e.line)
    return ImportPlan(
        event_id,
        tuple(creates),
        tuple(updates),
        unchanged,
        tuple(errors),
        len(validated.invalid_lines) + len(extra_errors),
    )


#: new attendees written per ``Batch.insert_many`` call (a progress report after each)
WRITE_CHUNK = 2000


def apply_plan(batch: Batch, plan: ImportPlan, progress: Progress | None = None) -> None:
    """Write the plan's creates and updates inside the caller's batch (one transaction).

    Creates go set-wise (``Batch.insert_many``: one insert op per attendee, with its field
    versions and outbox row, as ``insert`` would write them); updates one by one, through
    the merge rule."""
    total = len(plan.creates) + len(plan.updates)
    done = 0
    event_id = plan.event_id
    for start in range(0, len(plan.creates), WRITE_CHUNK):
        chunk = plan.creates[start : start + WRITE_CHUNK]
        # a value equal to the schema default (blank, no) is left to the default, as for the
        # columns the file lacks: the op stays small and writes fewer field versions
        batch.insert_many(
            "attendee",
            [
                (
                    None,
                    {
                        **{n: v for n, v in record.fields.items() if v != _DEFAULTS[n]},
                        "event_id": event_id,
                    },
                )
                for record in chunk
            ],
        )
        done += len(chunk)
        if progress is not None and len(plan.creates) >= WRITE_CHUNK:
            progress("writing", done, total)
    for update in plan.updates:
        batch.update("attendee", update.attendee_id, update.changed)
        done += 1
        if progress is not None and done % 2000 == 0:
            progress("writing", done, total)
    if progress is not None and total >= 2000:
        progress("writing", total, total)


class _Refused(Exception):
    """Rolls back the (read-only) transaction when invalid rows forbid writing."""

    def __init__(self, plan: ImportPlan) -> None:
        super().__init__("invalid rows")
        self.plan = plan


def import_attendees(
    replica: Replica,
    path: Path,
    *,
    event_id: str | None = None,
    skip_invalid: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    categories: CategoryMap | None = None,
    strict_columns: bool = False,
) -> ImportReport:
    """Import ``path`` into ``replica``; raises :class:`FileError` for file/DB-level problems.

    ``categories``: product → category (see :mod:`~wufops.attendees.io.categories`).
    ``strict_columns``: refuse the file (``unused_columns``) if a column would not be read.
    """
    event = resolve_event(list_events(replica.conn), event_id)

    def reading(count: int) -> None:
        if progress is not None:
            progress("reading", count, 0)

    table = read_file(path, reading)
    return import_table(
        replica,
        table,
        event.id,
        path=str(path),
        skip_invalid=skip_invalid,
        dry_run=dry_run,
        progress=progress,
        categories=categories,
        strict_columns=strict_columns,
    )


def import_table(
    replica: Replica,
    table: RawTable,
    event_id: str,
    *,
    path: str = "",
    skip_invalid: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    categories: CategoryMap | None = None,
    strict_columns: bool = False,
) -> ImportReport:
    """The part of :func:`import_attendees` after reading (benchmarks and tests call it)."""
    try:
        header_map, records = locate_header(table)
    except FileError as error:
        error.params.setdefault("path", path)
        raise
    if strict_columns and header_map.unused:
        raise FileError(
            codes.UNUSED_COLUMNS,
            path=path,
            columns=tuple(c.describe() for c in header_map.unused),
        )

    def validating(count: int) -> None:
        if progress is not None:
            progress("validating", count, len(records))

    validated = validate(header_map, records, validating, categories)
    written = False
    if dry_run or (validated.errors and not skip_invalid):
        # nothing will be written: plan without taking the write lock desks need
        plan = plan_import(validated, header_map, attendees_by_reg_code(replica.conn), event_id)
    else:
        try:
            with replica.batch() as batch:
                existing = attendees_by_reg_code(replica.conn)
                plan = plan_import(validated, header_map, existing, event_id)
                if plan.errors and not skip_invalid:
                    raise _Refused(plan)
                apply_plan(batch, plan, progress)
            written = True
        except _Refused as refused:
            plan = refused.plan
        except OpRejected as error:
            raise FileError(codes.WRITE_FAILED, reason=error.code, detail=error.detail) from None
    return ImportReport(
        path=path,
        format=table.format,
        encoding=table.encoding,
        delimiter=table.delimiter,
        header_line=header_map.line,
        columns={name: header_map.header_of(name) for name in header_map.fields},
        ignored_columns=header_map.ignored,
        event_id=event_id,
        rows=validated.rows,
        created=len(plan.creates),
        updated=len(plan.updates),
        unchanged=plan.unchanged,
        invalid=plan.invalid_rows,
        errors=plan.errors,
        written=written,
        dry_run=dry_run,
        skip_invalid=skip_invalid,
        header_rows=header_map.rows,
        unused_columns=header_map.unused,
        skipped_products=validated.skipped,
        changes=plan.updates,
    )
