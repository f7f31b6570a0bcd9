"""``wufops generate-demo``: write the seeded WUF-scale demo event to a new database file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from wufops.demo import DEFAULT_ATTENDEES, DEFAULT_SEED, DemoError, generate


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "generate-demo",
        help="write the WUF-scale demo event (37,000 attendees) to a new database",
        description=(
            "Write a realistic demo event (WUF13, Baku, 17–22 May 2026: attendees from 182 "
            "countries with names in their own scripts, 40 rooms, 700+ sessions, 8 stream "
            "channels, 60 interpreters and captioners) to a new SQLite database, through the "
            "op log. The same seed always gives the same event."
        ),
    )
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE.db",
        help="database to create (must not exist, or be empty)",
    )
    parser.add_argument(
        "--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})"
    )
    parser.add_argument(
        "--attendees",
        type=int,
        default=DEFAULT_ATTENDEES,
        metavar="N",
        help=f"number of attendees (default {DEFAULT_ATTENDEES:,})",
    )
    parser.add_argument(
        "--access-shortfall",
        action="store_true",
        help="a short-staffed interpreting and captioning team (47 providers) that cannot "
        "cover the programme: the unmet-demand report's demo",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    parser.set_defaults(func=run)  # fmt: skip


def run(args: argparse.Namespace) -> int:
    last = [-1]

    def show(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if percent // 10 != last[0]:
            last[0] = percent // 10
            print(f"generate-demo: {done:,}/{total:,} rows ({percent} %)", file=sys.stderr)

    try:
        summary = generate(
            args.out,
            seed=args.seed,
            attendees=args.attendees,
            progress=None if args.quiet else show,
            access_shortfall=args.access_shortfall,
        )
    except DemoError as error:
        print(f"generate-demo: error [{error.code}]: {error.detail}", file=sys.stderr)
        return 1
    print(
        f"{args.out}: event {summary.event_id} — {summary.attendees:,} attendees from "
        f"{summary.countries} countries, {summary.rooms} rooms, {summary.sessions} sessions, "
        f"{summary.channels} channels, {summary.providers} providers "
        f"in {summary.seconds:.1f} s"
    )
    return 0
