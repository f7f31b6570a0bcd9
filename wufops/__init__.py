"""WUF Ops core: domain, storage, sync, check-in, badges, schedule and access services.

Never imports Qt (an import-linter contract): the desk UI in ``ui/`` is built on top of it.
"""

import sys

__version__ = "0.1.0"


def _sqlite_utils_without_pandas() -> None:
    """Import sqlite-utils with pandas and numpy hidden.

    sqlite-utils imports pandas and numpy when they are installed, only to map their column
    types (this app never writes a DataFrame). OR-Tools (the access-service solver) depends
    on both, so they are installed: without this every start — a desk, a gate, the hub, each
    CLI command — would load pandas (about 1 s and 40 MB) before opening its database. The
    solver imports them itself when it runs, after this, normally."""
    if "sqlite_utils" in sys.modules or "pandas" in sys.modules or "numpy" in sys.modules:
        return
    sys.modules["pandas"] = None  # type: ignore[assignment]  # ``import pandas`` → ImportError
    sys.modules["numpy"] = None  # type: ignore[assignment]
    try:
        import sqlite_utils  # noqa: F401, PLC0415 — the point of this function
    finally:
        del sys.modules["pandas"], sys.modules["numpy"]


_sqlite_utils_without_pandas()
