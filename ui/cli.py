"""Subcommands that open windows: ``wufops demo`` and ``wufops app``.

Registered through the ``wufops.commands`` entry point. Qt is imported only when one of these
commands runs, so ``wufops --help`` and headless commands never load it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    demo = subparsers.add_parser(
        "demo",
        help="open the desk app on the WUF-scale demo event (created on first run)",
        description="Create the WUF-scale demo event if needed and open the desk app on it.",
    )
    demo.add_argument(
        "--data-dir", type=Path, help="where the demo's databases live (default: per-user data dir)"
    )
    demo.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help="open the window, save it as a PNG and exit",
    )
    demo.add_argument("--seed", type=int, default=13, help="demo data seed (default: 13)")
    demo.add_argument(
        "--attendees", type=int, default=37_000, help="number of attendees (default: 37000)"
    )
    demo.set_defaults(func=_run_demo)

    app = subparsers.add_parser(
        "app",
        help="open the desk app on an event database",
        description="Open the desk app on an existing event database.",
    )
    where = app.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", type=Path, help="the event database (SQLite file)")
    where.add_argument(
        "--data-dir",
        type=Path,
        help="a desk's data directory (DIR/replica.db): on first run, enrol it with the hub",
    )
    app.add_argument("--screenshot", type=Path, metavar="FILE.png", help="save a PNG and exit")
    app.set_defaults(func=_run_app)


def _run_demo(args: argparse.Namespace) -> int:
    from ui.app import run_demo  # noqa: PLC0415  (Qt loads only for window commands)

    return run_demo(args)


def _run_app(args: argparse.Namespace) -> int:
    from ui.app import run_app  # noqa: PLC0415

    return run_app(args)
