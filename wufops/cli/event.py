"""``wufops event create|list``: the event every other record belongs to.

Validated before anything is written: a non-empty name, an IANA time zone known to
``zoneinfo`` (``Asia/Baku``), ISO dates (``2026-05-17``) with the last day not before the
first. The event is written through the single write path (an ``insert`` op).
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
import zoneinfo
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from wufops.clock import SystemClock
from wufops.store.attendees_io import list_events
from wufops.store.replica import Replica

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class EventInvalid(ValueError):
    """A field of a new event is not acceptable; ``code`` says which rule it breaks."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class NewEvent:
    name: str
    venue: str
    timezone: str
    first_day: str
    last_day: str


def validate_event(
    name: str, timezone: str, first_day: str, last_day: str, venue: str = ""
) -> NewEvent:
    """Check the fields of a new event; raises :class:`EventInvalid` with a code."""
    name = name.strip()
    if not name:
        raise EventInvalid("bad_name", "The event needs a name (--name).")
    timezone = timezone.strip()
    if timezone not in zoneinfo.available_timezones():
        raise EventInvalid(
            "bad_timezone",
            f'"{timezone}" is not an IANA time zone; use a name such as Asia/Baku or '
            "Europe/Berlin (see the 'TZ identifier' column of the tz database list).",
        )
    days = []
    for option, text in (("--first-day", first_day), ("--last-day", last_day)):
        try:
            if not _ISO_DATE.match(text):
                raise ValueError(text)
            days.append(date.fromisoformat(text))
        except ValueError:
            raise EventInvalid(
                "bad_date", f'{option} "{text}" is not a date written YYYY-MM-DD (2026-05-17).'
            ) from None
    if days[1] < days[0]:
        raise EventInvalid(
            "bad_date_range", f"The last day ({last_day}) is before the first day ({first_day})."
        )
    return NewEvent(name, venue.strip(), timezone, days[0].isoformat(), days[1].isoformat())


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "event", help="create or list events", description="Create or list events."
    )
    actions = parser.add_subparsers(title="actions", metavar="ACTION")
    parser.set_defaults(func=lambda args: _usage(parser))

    create = actions.add_parser(
        "create",
        help="create the event in a database (created if missing)",
        description="Create an event. Dates are the event's local days; the time zone is the "
        "venue's (IANA name), used to show every instant in local time.",
    )
    create.add_argument("--db", required=True, type=Path, metavar="FILE", help="database file")
    create.add_argument("--name", required=True, help="event name, e.g. WUF13")
    create.add_argument("--venue", default="", help="venue, e.g. Baku Olympic Stadium")
    create.add_argument(
        "--timezone", required=True, metavar="ZONE", help="IANA time zone, e.g. Asia/Baku"
    )
    create.add_argument("--first-day", required=True, metavar="DATE", help="YYYY-MM-DD")
    create.add_argument("--last-day", required=True, metavar="DATE", help="YYYY-MM-DD")
    create.add_argument("--json", action="store_true", help="print the event as JSON")
    create.set_defaults(func=_create)

    listing = actions.add_parser("list", help="list the events of a database")
    listing.add_argument("--db", required=True, type=Path, metavar="FILE", help="database file")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=_list)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _create(args: argparse.Namespace) -> int:
    try:
        event = validate_event(args.name, args.timezone, args.first_day, args.last_day, args.venue)
    except EventInvalid as error:
        print(f"wufops event create: {error.code}: {error}", file=sys.stderr)
        return 2
    try:
        replica = Replica.open(args.db, SystemClock())
    except sqlite3.DatabaseError as error:
        print(f"wufops event create: unreadable_file: {args.db}: {error}", file=sys.stderr)
        return 2
    try:
        event_id = replica.insert("event", asdict(event))
    finally:
        replica.close()
    if args.json:
        print(json.dumps({"id": event_id, **asdict(event)}, ensure_ascii=False))
    else:
        print(
            f"Created event {event.name} ({event.first_day} – {event.last_day}, "
            f"{event.timezone}): {event_id}"
        )
    return 0


def _list(args: argparse.Namespace) -> int:
    if not args.db.is_file():
        print(f"wufops event list: no database at {args.db}", file=sys.stderr)
        return 2
    replica = Replica.open(args.db, SystemClock())
    try:
        events = list_events(replica.conn)
    finally:
        replica.close()
    if args.json:
        print(json.dumps([asdict(e) for e in events], ensure_ascii=False))
    else:
        for e in events:
            print(f"{e.id}  {e.name}  {e.first_day} – {e.last_day}  {e.timezone}")
        if not events:
            print("no events")
    return 0
