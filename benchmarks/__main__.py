"""``python -m benchmarks [NAME …]``: run every ``bench_*.py`` (or the named ones)."""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time

import benchmarks
from benchmarks.common import demo_db, print_table


def main(argv: list[str]) -> int:
    names = sorted(
        m.name for m in pkgutil.iter_modules(benchmarks.__path__) if m.name.startswith("bench_")
    )
    if argv:
        names = [n for n in names if n.removeprefix("bench_") in argv or n in argv]
    start = time.perf_counter()
    demo = demo_db()
    print(f"demo event ready in {time.perf_counter() - start:.1f} s: {demo}")
    for name in names:
        module = importlib.import_module(f"benchmarks.{name}")
        print_table(
            module.__doc__.strip().splitlines()[0] if module.__doc__ else name, module.run(demo)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
