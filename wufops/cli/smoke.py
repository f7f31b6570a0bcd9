"""Installed-package smoke check (``python -m wufops.cli.smoke``), run by packaging/smoke_check.sh.

Exercises what an installation most often gets wrong: the schema migrates, bundled resources
are found, the console entry point assembles every subcommand.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from wufops.cli.main import build_parser
from wufops.clock import SystemClock
from wufops.resources import resource_root
from wufops.store.replica import Replica


def main() -> int:
    build_parser()
    with tempfile.TemporaryDirectory() as scratch:
        replica = Replica.open(Path(scratch) / "smoke.db", SystemClock())
        replica.close()
    root = resource_root()
    missing = [name for name in ("README.md",) if not (root / name).is_file()]
    if missing:
        print(f"smoke: resources missing from {root}: {missing}", file=sys.stderr)
        return 1
    print(f"smoke: ok (resources at {root})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
