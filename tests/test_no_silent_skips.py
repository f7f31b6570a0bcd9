"""A test that did not run is not green: no test skips for want of a tool or a package.

A missing tool fails the test that needs it (``tests.tools.require_tool``), a missing package
fails at import. The one skip allowed is the opt-in long fault run, and its reason says how
to run it.
"""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
SKIPPING = re.compile(
    r"pytest\.skip\(|importorskip\(|mark\.skip\b|mark\.skipif\b|pytest\.xfail\(|mark\.xfail\b"
)
#: (file, what its one allowed skip must mention)
ALLOWED = {
    "sync/test_convergence_model.py": "WUFOPS_LONG_FAULTS=1 .venv/bin/python -m pytest -m slow",
}


def test_no_test_skips_silently() -> None:
    found: list[str] = []
    for path in sorted(TESTS.rglob("*.py")):
        if path == Path(__file__).resolve():
            continue
        rel = path.relative_to(TESTS).as_posix()
        text = path.read_text(encoding="utf-8")
        hits = [m.group(0) for m in SKIPPING.finditer(text)]
        if rel in ALLOWED:
            assert hits == ["mark.skipif"], f"{rel}: only the long fault run may skip: {hits}"
            assert ALLOWED[rel] in text.replace('"\n    "', ""), f"{rel}: say how to run it"
            continue
        found += [f"{rel}: {hit}" for hit in hits]
    assert not found, "tests that skip instead of failing loudly:\n" + "\n".join(found)
