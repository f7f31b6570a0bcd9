"""``make translations``: bring every language's .ts up to date with the code, fill each from
its table, compile, and say what is missing.

    .venv/bin/python resources/translations/update.py [LANG …]

1. ``lupdate`` reads every ``tr()`` of ``ui/`` into ``wufops_<lang>.ts`` for each language
   of ``wufops.i18n.languages.LANGUAGES`` (``-no-obsolete``: a text removed from the code
   leaves the file; ``wufops_en.ts`` holds only the English plural forms, ``-pluralonly``).
2. ``fill.py`` writes each table's texts (``tables/<lang>.py``) into its .ts; what no table
   has stays unfinished and is listed, per language, in ``missing_<lang>.json`` — the rows to
   hand to translators (a new workspace's strings arrive as such a delta).
3. The core catalogue (``wufops/i18n``) is brought up to date the same way
   (``wufops/i18n/update.py``).
4. ``build.py`` compiles the .ts to .qm.

Exit 1 when any language still misses a text.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from wufops.i18n.languages import LANGUAGES, SOURCE

import build
import fill
from linguist import HERE, ROOT, ts_path


def lupdate() -> str:
    return build.lrelease().replace("lrelease", "lupdate")


def sources() -> list[str]:
    """Every Python file of ``ui/``, relative to the repository root (stable locations)."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def run_lupdate(code: str, ts: Path | None = None) -> None:
    ts = ts or ts_path(code)
    extra = ["-pluralonly"] if code == SOURCE else []
    done = subprocess.run(
        [
            lupdate(),
            "-silent",
            "-no-obsolete",
            "-locations",
            "absolute",
            *extra,
            *sources(),
            "-target-language",
            code,
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"error[lupdate_failed]: {ts.name}: {done.stdout}{done.stderr}")


def main(codes: list[str]) -> int:
    failed = False
    for code in codes or list(LANGUAGES):
        run_lupdate(code)
        problems, missing = fill.fill(code)
        run_lupdate(code)  # Qt's own layout of the file, so diffs stay small
        for line in problems:
            print(f"{code}: {line}")
        print(f"{code}: {len(problems)} problem(s), {len(missing)} message(s) missing")
        failed = failed or bool(problems)
    from wufops.i18n import update as core  # noqa: PLC0415

    failed = core.main(codes) != 0 or failed
    for path in build.compile_all(HERE):
        print(f"compiled {path.name}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
