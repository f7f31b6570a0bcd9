"""``wufops`` entry point: builds the argument parser from the subcommand modules.

Each subcommand module exposes ``register(subparsers)``, which adds its parser and sets
``func`` (``args -> exit code``). Core modules are listed in ``COMMANDS``; the desk UI adds
its commands (``demo``, ``app``) through the ``wufops.commands`` entry-point group, so the core
never names ``ui`` and a headless hub never loads Qt.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from importlib.metadata import entry_points

from wufops import __version__

#: core subcommand modules, in ``--help`` order
COMMANDS: tuple[str, ...] = (
    "wufops.cli.demo_data",
    "wufops.cli.event",
    "wufops.cli.attendees_io",
    "wufops.cli.find",
    "wufops.cli.badges",
    "wufops.cli.scan",
    "wufops.cli.hub",
    "wufops.cli.devices",
    "wufops.cli.sync",
)
ENTRY_POINT_GROUP = "wufops.commands"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wufops",
        description="WUF Ops: on-site operations for a large hybrid conference.",
    )
    parser.add_argument("--version", action="version", version=f"wufops {__version__}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for entry_point in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        entry_point.load()(subparsers)
    for name in COMMANDS:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 2
    code: int = func(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
