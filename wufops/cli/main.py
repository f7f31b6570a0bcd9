"""``wufops`` entry point: builds the argument parser from the subcommand modules.

Each subcommand module exposes ``register(subparsers)``, which adds its parser and sets
``func`` (``args -> exit code``). Core modules are imported here by name and listed in
``COMMANDS`` — plain ``import`` statements, never module names in strings, so a freezer
(PyInstaller, packaging/wufops.spec) sees every command when it follows the imports. The desk
UI adds its commands (``demo``, ``app``) through the ``wufops.commands`` entry-point group, so
the core never names ``ui`` and a headless hub never loads Qt; the frozen build ships the
package metadata that holds that group and collects ``ui`` itself.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib.metadata import entry_points
from types import ModuleType

from wufops import __version__
from wufops.cli import (
    access,
    attendees_io,
    badges,
    demo_data,
    devices,
    doctor,
    event,
    find,
    hub,
    ops,
    scan,
    schedule,
    streams,
    sync,
)

#: core subcommand modules, in ``--help`` order
COMMANDS: tuple[ModuleType, ...] = (
    demo_data,
    event,
    attendees_io,
    find,
    badges,
    scan,
    schedule,
    streams,
    access,
    hub,
    devices,
    sync,
    ops,
    doctor,
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
    for module in COMMANDS:
        module.register(subparsers)
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
