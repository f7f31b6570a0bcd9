"""Compile the desk texts for the build: every ``wufops_<lang>.ts`` → ``wufops_<lang>.qm``.

    python resources/translations/build.py [TARGET_DIR]

Run by the build, never by hand: ``setup.py`` (wheels, editable installs) and the Makefile's
``qm`` step (``make install``/``test``/``demo``/``frozen-check``) call it, so the .qm files —
not committed, see .gitignore — always match the committed .ts. Uses the ``lrelease`` that
comes with PySide6 (a build requirement); fails loudly when it is missing or a file does not
compile. Without ``TARGET_DIR`` the .qm go beside the .ts.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def lrelease() -> str:
    """Qt's lrelease: the binary inside the PySide6 package, else ``pyside6-lrelease``."""
    try:
        import PySide6  # noqa: PLC0415  (only the build needs it)

        inside = Path(PySide6.__file__).resolve().parent / (
            "lrelease.exe" if sys.platform == "win32" else "lrelease"
        )
        if inside.is_file():
            return str(inside)
    except ImportError:
        pass
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit(
            "error[no_lrelease]: Qt's lrelease is missing; it comes with PySide6 "
            "(`make install`, or `pip install PySide6-Essentials`)"
        )
    return found


def compile_all(target: Path = HERE, source: Path = HERE) -> list[Path]:
    """Compile every ``wufops_*.ts`` of ``source`` into ``target``; the .qm files written."""
    tool = lrelease()
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(source.glob("wufops_*.ts")):
        qm = target / ts.with_suffix(".qm").name
        done = subprocess.run(
            [tool, "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if done.returncode != 0 or not qm.is_file():
            raise SystemExit(f"error[lrelease_failed]: {ts.name}: {done.stdout}{done.stderr}")
        written.append(qm)
    if not written:
        raise SystemExit(f"error[no_translations]: no wufops_*.ts under {source}")
    return written


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    for path in compile_all(out):
        print(f"compiled {path}")
