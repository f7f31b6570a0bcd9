"""``wufops badges`` (batch badge runs to PDF) and ``wufops verify`` (check one badge token)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from wufops.badges.token import verify_token
from wufops.store import badges as store
from wufops.store.database import connect

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


def register(subparsers: Any) -> None:
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
