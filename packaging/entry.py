"""Frozen-app entry point: the same `wufops` command line as the console script."""

import sys

from wufops.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
