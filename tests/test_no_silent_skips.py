"""A test that did not run is not green: no test skips for want of a tool or a package.

A missing tool fails the test that needs it (``tests.tools.require_tool``), a missing package
fails at import. No skip is allowed at all: the opt-in long fault run is deselected by its
``long`` marker (``make test-long`` runs it) rather than skipped.
"""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
SKIPPING = re.compile(
    r"pytest\.skip\(|importorskip\(|mark\.skip\b|mark\.skipif\b|pytest\.xfail\(|mark\.xfail\b"
)


def test_no_test_skips_silently() -> None:
    found: list[str] = []
    for path in sorted(TESTS.rglob("*.py")):
        if path == Path(__file__).resolve():
            continue
        rel = path.relative_to(TESTS).as_posix()
        text = path.read_text(encoding="utf-8")
        found += [f"{rel}: {m.group(0)}" for m in SKIPPING.finditer(text)]
    assert not found, "tests that skip instead of failing loudly:\n" + "\n".join(found)
