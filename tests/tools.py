"""External tools the suite drives. A missing one fails the test that needs it, loudly.

A test that did not run is not green: there is no skip for a missing tool. ``make test``
installs them (packaging/system_packages.sh); the failure says which package to install.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: command -> the Debian package that provides it (packaging/system_packages.sh installs each)
TOOLS: dict[str, str] = {
    "pdftoppm": "poppler-utils",
    "pdfinfo": "poppler-utils",
    "Xvfb": "xvfb",
    "xdotool": "xdotool",
}


def require_tool(command: str) -> str:
    """The path of ``command``, or the test fails naming the package to install."""
    found = shutil.which(command)
    if found is None:
        package = TOOLS.get(command, command)
        pytest.fail(
            f"{command} is not installed: install {package} "
            "(make system-test does it: packaging/system_packages.sh test)",
            pytrace=False,
        )
    return found


def screenshot_dir(topic: str) -> Path:
    """Where a test saves the pictures of ``topic`` for people to look at:
    ``artifacts/screenshots/<topic>/`` (CI keeps ``artifacts/``), or under
    ``$WUFOPS_SCREENSHOTS`` when that is set."""
    base = os.environ.get("WUFOPS_SCREENSHOTS")
    out = (Path(base) if base else ROOT / "artifacts" / "screenshots") / topic
    out.mkdir(parents=True, exist_ok=True)
    return out
