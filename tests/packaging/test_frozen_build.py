"""The frozen desk app gets every command: what a freezer cannot see is collected by the spec.

A freezer (PyInstaller) follows ``import`` statements from packaging/entry.py. A command module
named only in a string, or only in entry-point metadata, is left out and the frozen program
dies at start (``ModuleNotFoundError: wufops.cli.demo_data`` was the symptom). These tests
follow the imports the same way with the standard library's ``modulefinder`` and check that
every registered command is either reached or in a package the spec collects whole. The full
build and a run of the frozen program is ``make frozen-check`` (packaging/frozen_check.sh),
which CI runs after ``make test``.
"""

from __future__ import annotations

import argparse
import modulefinder
import re
import sys
import tomllib
from pathlib import Path

from wufops.cli.main import ENTRY_POINT_GROUP, build_parser

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "wufops.spec"

#: third-party trees the walk need not enter (it only has to reach our own modules)
_SKIP = [
    "PySide6",
    "shiboken6",
    "reportlab",
    "cryptography",
    "websockets",
    "openpyxl",
    "pycountry",
    "sqlite_utils",
    "sqlite_migrate",
    "uharfbuzz",
    "qrcode",
    "PIL",
    "pypdfium2",
    "platformdirs",
    "bidi",
    "anyascii",
    "asyncio",
    "email",
    "http",
    "xml",
    "unittest",
    "pydoc",
    "multiprocessing",
    "concurrent",
]


def _command_modules() -> dict[str, str]:
    """``command name -> module that implements it``, from the assembled parser."""
    found: dict[str, str] = {}
    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found[name] = sub.get_default("func").__module__
    return found


def _collected_packages() -> set[str]:
    return set(re.findall(r'collect_submodules\("([\w.]+)"\)', SPEC.read_text()))


def test_every_command_is_reached_by_imports_or_collected_by_the_spec() -> None:
    # the translation tests put resources/translations on sys.path for their scripts; its
    # tables/ folder would pass for PyTables' `tables` (which pandas imports) and break the finder
    scripts = ROOT / "resources" / "translations"
    path = [p for p in sys.path if Path(p).resolve() != scripts]
    finder = modulefinder.ModuleFinder(path=[str(ROOT), *path], excludes=_SKIP)
    finder.run_script(str(ROOT / "packaging" / "entry.py"))
    reached = set(finder.modules)
    collected = _collected_packages()

    lost = {
        name: module
        for name, module in _command_modules().items()
        if module not in reached and module.split(".")[0] not in collected
    }

    assert not lost, f"the frozen program would lose these commands: {lost}"
    # the core commands need no help from the spec: plain imports reach them
    core = {m for m in _command_modules().values() if m.startswith("wufops.")}
    assert core <= reached


def test_entry_point_commands_ship_with_their_metadata() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    targets = pyproject["project"]["entry-points"][ENTRY_POINT_GROUP].values()
    spec = SPEC.read_text()
    assert 'copy_metadata("wufops")' in spec, "entry points are read from the metadata"
    for target in targets:
        package = target.split(":")[0].split(".")[0]
        assert package in _collected_packages(), f"{target}: its package is not collected"


def test_ci_builds_and_runs_the_frozen_program_after_the_tests() -> None:
    steps = [
        line.strip()
        for line in (ROOT / ".ci" / "run").read_text().splitlines()
        if line.strip().startswith("make ")
    ]
    assert "make frozen-check" in steps
    assert steps.index("make frozen-check") > steps.index("make test")
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^frozen-check:.*\n\tbash packaging/frozen_check\.sh$", makefile, re.M)
    script = (ROOT / "packaging" / "frozen_check.sh").read_text()
    for step in ("--help", "generate-demo", "badges", "--limit 20", "app --db", "--screenshot"):
        assert step in script


def test_pyinstaller_is_pinned_to_a_range_in_the_package_extra() -> None:
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]
    (pin,) = [req for req in extras["package"] if req.lower().startswith("pyinstaller")]
    assert ">=" in pin
    assert "<" in pin.replace("<=", "")
