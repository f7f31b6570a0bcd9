"""The Qt binding survives a long day at a desk.

PySide6-Essentials 6.12.0 lost a reference to ``True`` on every ``Signal.emit``; after a few
thousand emits (a morning of scans) Python aborted with "bool_dealloc". The pin in
pyproject.toml keeps that release out; this test fails if a binding with the bug comes back.
It runs in a subprocess so the abort shows as a failure instead of killing the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

EMITS = 20_000  # several times what took 6.12.0 down

_SCRIPT = textwrap.dedent(
    f"""
    import sys
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    class Scanner(QObject):
        sig_scanned = Signal(str, bool)

    app = QCoreApplication([])
    scanner = Scanner()
    seen = [0]

    def count(token, ok):
        seen[0] += 1

    scanner.sig_scanned.connect(count)
    before = sys.getrefcount(True)
    for i in range({EMITS}):
        scanner.sig_scanned.emit("WUF" + str(i), i % 2 == 0)
    assert seen[0] == {EMITS}, seen[0]
    print(sys.getrefcount(True) - before)
    """
)


def test_signals_emitted_all_day_do_not_crash_the_desk() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, f"Qt binding aborted after signal emits:\n{result.stderr}"
    leaked = int(result.stdout.strip().splitlines()[-1])
    assert abs(leaked) < 100, f"each emit changes the refcount of True ({leaked} over {EMITS})"
