"""``wufops find TEXT --db DB``: the desk's attendee search, from the command line.

Same index and ranking as the find box at a desk (``wufops.attendees.search``), for scripts
and support staff: accents, case, script, transliteration variants, one typo and registration
codes in any case. The database is opened read-only — a desk or hub may be running on it.

Exit status: 0 someone found, 1 no one found, 2 usage or database problem. Human text goes
to stdout (errors to stderr as ``wufops find: CODE: message``); ``--json`` prints one JSON
document on stdout instead, for errors too (fields: docs/desk-app.md, "Search").
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wufops.attendees.search import AttendeeIndex
from wufops.models.attendee import Attendee
from wufops.store import attendees as store
from wufops.store.attendees_io import list_events

if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]

EXIT_FOUND = 0
EXIT_NONE = 1
EXIT_ERROR = 2
#: version of the ``--json`` document; bumped only when a field changes meaning or goes away
JSON_VERSION = 1


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number ≥ 0, not {text!r}")
    return value


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "find",
        help="find attendees as a desk's search box does (name, code, organization)",
        description="Find attendees the way a check-in desk's search box does: any word "
        "order, any script, without accents or case, transliteration variants "
        "(Mohammed/Muhammad, Aleksandr/Alexander/Александр), one typo in a name of 5+ "
        "letters, registration codes in any case. Best matches first: the registration "
        "code, then names starting with the words, then the words anywhere, then variants, "
        "then typos. Exit codes: 0 found, 1 no one found, 2 usage or database error.",
        epilog="examples:  wufops find memmedova --db wuf13.db\n"
        "           wufops find Mohammed El-Ansary --db wuf13.db --limit 5\n"
        "           wufops find wuf13-000123 --db wuf13.db --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "text", nargs="+", metavar="TEXT", help="what a desk agent would type (several words ok)"
    )
    parser.add_argument(
        "--db", required=True, type=Path, metavar="FILE", help="event database (opened read-only)"
    )
    parser.add_argument(
        "--event", metavar="ID", help="event id (default: the database's first event)"
    )
    parser.add_argument(
        "--limit",
        type=_limit,
        default=20,
        metavar="N",
        help="show at most N attendees (default 20; 0: all of them)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print one JSON document (fields in docs/desk-app.md)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    query = " ".join(args.text)
    try:
        conn = store.open_read_only(args.db)
        try:
            event_id = _event(conn, args)
            index = AttendeeIndex.from_store(conn, event_id)
        finally:
            conn.close()
    except store.StoreReadError as error:
        return _fail(error.code, error.detail, args.json)
    groups = index.search_by_tier(query)
    total = sum(len(ids) for _tier, ids in groups)
    shown: list[tuple[str, str]] = []
    for tier, ids in groups:
        for attendee_id in ids:
            if args.limit and len(shown) >= args.limit:
                break
            shown.append((tier, attendee_id))
    if args.json:
        document = {
            "version": JSON_VERSION,
            "query": query,
            "event_id": event_id,
            "total": total,
            "shown": len(shown),
            "results": [
                _result(rank, tier, index.get(i), index.is_checked_in(i))
                for rank, (tier, i) in enumerate(shown, start=1)
            ],
        }
        print(json.dumps(document, ensure_ascii=False, indent=1))
    else:
        print(_summary(query, total, len(shown)))
        for rank, (tier, attendee_id) in enumerate(shown, start=1):
            person = index.get(attendee_id)
            print(_line(rank, tier, person, index.is_checked_in(attendee_id)))
    return EXIT_FOUND if total else EXIT_NONE


def _event(conn: sqlite3.Connection, args: argparse.Namespace) -> str:
    events = [e.id for e in list_events(conn)]
    if args.event is not None:
        if args.event not in events:
            known = ", ".join(events) or "none"
            raise store.StoreReadError(
                "unknown_event", f"no event {args.event} in {args.db} (events: {known})"
            )
        return str(args.event)
    event = store.current_event(conn)
    if event is None:
        raise store.StoreReadError("no_event", f"{args.db} holds no event yet")
    return event.id


def _fail(code: str, message: str, as_json: bool) -> int:
    if as_json:
        document = {
            "version": JSON_VERSION,
            "status": "error",
            "exit_code": EXIT_ERROR,
            "error": {"code": code, "message": message},
        }
        print(json.dumps(document, ensure_ascii=False, indent=1))
    else:
        print(f"wufops find: {code}: {message}", file=sys.stderr)
    return EXIT_ERROR


def _result(rank: int, tier: str, person: Attendee, checked_in: bool) -> dict[str, Any]:
    return {
        "rank": rank,
        "match": tier,
        "id": person.id,
        "reg_code": person.reg_code,
        "name": person.display_name,
        "latin_name": person.latin_name,
        "given_name": person.given_name,
        "family_name": person.family_name,
        "latin_given": person.latin_given,
        "latin_family": person.latin_family,
        "organization": person.organization,
        "country": person.country,
        "category": person.category,
        "checked_in": checked_in,
    }


def _summary(query: str, total: int, shown: int) -> str:
    if not total:
        return f'no one found for "{query}"'
    found = "1 attendee" if total == 1 else f"{total:,} attendees"
    more = f", showing the best {shown:,} (--limit 0 for all)" if shown < total else ""
    return f'{found} found for "{query}"{more}:'


_MATCH_LABELS = {
    "code": "code",
    "name_start": "name",
    "contains": "contains",
    "variant": "variant",
    "typo": "one typo",
    "all": "",
}


def _line(rank: int, tier: str, person: Attendee, checked_in: bool) -> str:
    name = person.display_name
    if person.latin_name != name:
        name += f" ({person.latin_name})"
    details = " · ".join(p for p in (person.organization, person.country, person.category) if p)
    state = " · picked up" if checked_in else ""
    label = _MATCH_LABELS.get(tier, tier)
    match = f"  [{label}]" if label else ""
    return f"{rank:>4}. {person.reg_code}  {name} — {details}{state}{match}"
