"""``wufops badges`` (batch badge runs to PDF) and ``wufops verify`` (check one badge token)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from db.vocabulary import CATEGORIES
from wufops.badges.batch import BatchError, run_batch
from wufops.badges.layout import DEFAULT_LAYOUT, LayoutError, bundled_names, load_layout
from wufops.clock import SystemClock
from wufops.crypto.token import verify_token
from wufops.store import badges as store
from wufops.store.database import connect
from wufops.store.replica import Replica

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


def _error(code: str, message: str) -> int:
    print(json.dumps({"error": code, "message": message}, ensure_ascii=False), file=sys.stderr)
    return EXIT_USAGE


def _existing_db(path: str) -> Path | None:
    db = Path(path)
    return db if db.is_file() else None


def _pick_event(ids: list[str], wanted: str | None) -> str | None:
    if wanted is not None:
        return wanted if wanted in ids else None
    return ids[0] if len(ids) == 1 else None


def cmd_verify(args: argparse.Namespace) -> int:
    db = _existing_db(args.db)
    if db is None:
        return _error("no_database", f"{args.db} does not exist")
    conn = connect(db)
    try:
        ids = store.event_ids(conn)
        event_id = _pick_event(ids, args.event)
        if event_id is None:
            if args.event is not None:
                return _error("unknown_event", f"no event {args.event} in {db}")
            return _error("choose_event", f"{db} holds {len(ids)} events; pass --event ID ({ids})")
        decision = verify_token(
            args.token,
            store.load_keyring(conn),
            store.revoked_serials(conn),
            event_id,
            resolve_attendee=store.attendee_resolver(conn, event_id),
        )
    finally:
        conn.close()
    print(json.dumps(decision.to_json(), ensure_ascii=False))
    return EXIT_OK if decision.admitted else EXIT_REFUSED


def _country(text: str) -> str:
    if len(text) != 2 or not text.isalpha() or not text.isascii():
        raise argparse.ArgumentTypeError(f"{text!r} is not a two-letter ISO 3166-1 code")
    return text.upper()


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return value


def cmd_badges(args: argparse.Namespace) -> int:
    db = _existing_db(args.db)
    if db is None:
        return _error("no_database", f"{args.db} does not exist")
    try:
        layout = load_layout(args.layout)
    except LayoutError as error:
        return _error(error.code, "; ".join(error.problems))
    out = Path(args.out)

    def progress(stage: str, done: int, total: int) -> None:
        print(f"badges: {stage} {done}/{total}", file=sys.stderr, flush=True)

    replica = Replica.open(db, SystemClock())
    try:
        result = run_batch(
            replica,
            out,
            layout,
            event_id=args.event,
            category=args.category,
            country=args.country,
            limit=args.limit,
            progress=progress,
        )
    except (BatchError, store.BadgeStoreError) as error:
        return _error(error.code, error.detail)
    except OSError as error:
        return _error("cannot_write", f"{out}: {error.strerror or error}")
    finally:
        replica.close()
    report = result.report
    for refusal in report.refused:
        print(f"badges: refused[{refusal.code}]: {refusal.describe()}", file=sys.stderr)
    for who in report.below_min:
        print(f"badges: note: {who}: name set below the layout's minimum size", file=sys.stderr)
    summary = {
        "out": str(result.out),
        "layout": layout.name,
        "badges": result.badges,
        "issued": result.issued,
        "pages": result.pages,
        "refused": [refusal.to_json() for refusal in report.refused],
    }
    print(json.dumps(summary, ensure_ascii=False))
    return EXIT_REFUSED if report.refused else EXIT_OK


def register(subparsers: Any) -> None:
    badges = subparsers.add_parser(
        "badges",
        help="issue missing badges and render them to one PDF for pre-printing",
        description=(
            "Render badges to a PDF, sorted for pre-printing (country, then family name). "
            "Attendees without a valid badge get one first: a badge row and a signed token, "
            "written through the op log. The database that runs this holds the issuer key "
            "(created on first use) until the hub takes it over. A badge whose name has a "
            "character no bundled font can set is refused (glyph_missing) and not printed; "
            "the others are. Progress goes to stderr; a JSON summary to stdout, with the "
            "refused badges. Exits 0 when every badge printed, 1 when any was refused, "
            "2 on a usage error."
        ),
    )
    badges.add_argument("--db", required=True, metavar="FILE.db", help="replica database")
    badges.add_argument("--out", required=True, metavar="FILE.pdf", help="PDF to write")
    badges.add_argument("--category", choices=CATEGORIES, help="only this category")
    badges.add_argument(
        "--country", type=_country, metavar="CC", help="only this country (ISO 3166-1 alpha-2)"
    )
    badges.add_argument(
        "--layout",
        default=DEFAULT_LAYOUT,
        metavar="NAME",
        help=f"bundled layout ({', '.join(bundled_names())}) or a layout .json file "
        f"(default {DEFAULT_LAYOUT})",
    )
    badges.add_argument("--limit", type=_positive, metavar="N", help="only the first N badges")
    badges.add_argument(
        "--event", metavar="ID", help="event id (needed only if the database holds several)"
    )
    badges.set_defaults(func=cmd_badges)

    verify = subparsers.add_parser(
        "verify",
        help="check a scanned badge token offline and print the decision as JSON",
        description=(
            "Check a badge token (the text in the badge's QR code) against the signing keys "
            "and revocation list in a database, offline. Prints a JSON decision "
            '{"code", "attendee_id", "serial", "key_id", "message"}; code is one of admitted, '
            "malformed, invalid_signature, unknown, wrong_event, revoked. Exits 0 only for "
            "an admitted badge, 1 for a refused one, 2 for a usage error."
        ),
    )
    verify.add_argument("token", metavar="TOKEN", help="the scanned token text")
    verify.add_argument("--db", required=True, metavar="FILE.db", help="replica database")
    verify.add_argument(
        "--event", metavar="ID", help="event id (needed only if the database holds several)"
    )
    verify.set_defaults(func=cmd_verify)
