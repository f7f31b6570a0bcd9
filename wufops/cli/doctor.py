"""``wufops doctor``: can this machine run a desk? One line per check, saying what to fix.

Checks, in order:

- **qt-platform** — the libraries Qt's platform plugin needs (Linux: the xcb plugin and its
  ``libxcb-*`` companions). Qt is never imported: the plugin file is found through the
  installed PySide6 package (or ``QT_QPA_PLATFORM_PLUGIN_PATH``, as Qt itself would) and
  ``ldd`` says which libraries the dynamic linker cannot find; each is named with the system
  package that provides it.
- **fonts** — a bundled font for every script a name can be written in, covering that script.
- **printers** — Qt's CUPS print support and at least one printer (a warning only: badges can
  still go to a PDF file).
- **data-dir** — the device's data directory exists or can be created, is writable, has room.
- **hub** — the hub this device is enrolled with answers on its port (a warning only: a desk
  works on through a network cut).

Exit status: 0 when the machine can run a desk (warnings allowed), 1 when a check failed.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import uharfbuzz as hb

from wufops.badges.fonts import SCRIPT_FONTS, font_path
from wufops.clock import SystemClock
from wufops.i18n import count_text
from wufops.i18n.messages import CLI
from wufops.paths import DataDirError, default_data_dir, desk_database
from wufops.store import sync_state as ss
from wufops.store.replica import Replica
from wufops.sync.enrolment import EnrolmentError, parse_enrolment

Status = Literal["ok", "warn", "fail"]

#: free space below which a data directory is a warning (the WUF-scale event's replica, its
#: backups and badge PDFs fit well inside this)
LOW_SPACE_BYTES = 1 << 30
HUB_TIMEOUT_S = 3.0

#: a shared library the Qt plugins load -> (Debian/Ubuntu package, Fedora package)
LIBRARY_PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libcups.so.2": ("libcups2", "cups-libs"),
}
#: libraries that come with PySide6 itself: missing means a broken install, not a system package
_BUNDLED_PREFIXES = ("libQt6", "libicu", "libpyside6", "libshiboken6")

#: a letter of each script, to check that its font really covers the script
SCRIPT_SAMPLES: dict[str, str] = {
    "Latn": "ə",
    "Grek": "Ω",
    "Cyrl": "Ж",
    "Zyyy": "7",
    "Arab": "ع",
    "Hebr": "ש",
    "Thaa": "ދ",
    "Deva": "क",
    "Beng": "ক",
    "Guru": "ਕ",
    "Gujr": "ક",
    "Orya": "କ",
    "Taml": "க",
    "Telu": "క",
    "Knda": "ಕ",
    "Mlym": "ക",
    "Sinh": "ක",
    "Thai": "ก",
    "Laoo": "ກ",
    "Khmr": "ក",
    "Mymr": "က",
    "Ethi": "አ",
    "Geor": "ა",
    "Armn": "Ա",
    "Tibt": "ཀ",
    "Mong": "ᠮ",
    "Hani": "中",
    "Hang": "한",
}


@dataclass(frozen=True)
class Finding:
    check: str
    status: Status
    message: str

    def line(self) -> str:
        return f"{self.status.upper():<4}  {self.check}: {self.message}"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "doctor",
        help="check that this machine can run a desk, and say what to install or fix",
        description=(
            "Check Qt's platform libraries, the bundled fonts for every script, printers, the "
            "data directory and the hub, one line each with what to install or fix. Exit 0 "
            "when the machine can run a desk (no printer or an unreachable hub is a warning), "
            "1 when something must be fixed first."
        ),
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="the device's data directory (default: the per-user data directory)",
    )
    parser.add_argument(
        "--hub",
        help="hub address to try, ws://HOST:PORT (default: the one this device is enrolled with)",
    )
    parser.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    data_dir: Path = args.data_dir if args.data_dir is not None else default_data_dir()
    findings = run_checks(data_dir, args.hub)
    for finding in findings:
        print(finding.line())
    failed = [f for f in findings if f.status == "fail"]
    warned = [f for f in findings if f.status == "warn"]
    if failed:
        print(f"doctor: {count_text(CLI['doctor_problems'], len(failed))}")
        return 1
    summary = f" ({len(warned)} warning(s))" if warned else ""
    print(f"doctor: this machine can run a desk{summary}")
    return 0


def run_checks(data_dir: Path, hub: str | None) -> list[Finding]:
    findings: list[Finding] = []
    findings += check_qt_platform()
    findings += check_fonts(SCRIPT_FONTS, font_path)
    findings += check_printers()
    findings += check_data_dir(data_dir)
    findings += check_hub(hub if hub else _enrolled_hub(data_dir))
    return findings


# -- Qt platform libraries -----------------------------------------------------------------


def _distro_family() -> str:
    """``debian``, ``fedora`` or ``other``, from /etc/os-release."""
    try:
        text = Path("/etc/os-release").read_text(encoding="utf-8")
    except OSError:
        return "other"
    fields = dict(
        line.split("=", 1) for line in text.splitlines() if "=" in line and not line.startswith("#")
    )
    ids = {fields.get("ID", "").strip('"')} | set(fields.get("ID_LIKE", "").strip('"').split())
    if ids & {"debian", "ubuntu"}:
        return "debian"
    if ids & {"fedora", "rhel", "centos"}:
        return "fedora"
    return "other"


def install_hint(packages: Iterable[tuple[str, str]], family: str) -> str:
    """``sudo apt-get install …`` / ``sudo dnf install …`` for (Debian, Fedora) package pairs."""
    debian = sorted({deb for deb, _ in packages})
    fedora = sorted({fed for _, fed in packages})
    if family == "debian":
        return f"install: sudo apt-get install {' '.join(debian)}"
    if family == "fedora":
        return f"install: sudo dnf install {' '.join(fedora)}"
    return f"install (Debian/Ubuntu) {' '.join(debian)}; (Fedora) {' '.join(fedora)}"


def _pyside_dir() -> Path | None:
    """The installed PySide6 package directory, found without importing it."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def qt_plugin(kind: str, name: str) -> Path | None:
    """Where Qt would load the plugin ``kind/name`` from (platform plugins honour
    ``QT_QPA_PLATFORM_PLUGIN_PATH`` first, as Qt does)."""
    if kind == "platforms" and os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH"):
        candidate = Path(os.environ["QT_QPA_PLATFORM_PLUGIN_PATH"]) / name
        if candidate.is_file():
            return candidate
    pyside = _pyside_dir()
    if pyside is None:
        return None
    for plugins in (pyside / "Qt" / "plugins", pyside / "plugins"):
        candidate = plugins / kind / name
        if candidate.is_file():
            return candidate
    return None


def missing_libraries(binary: Path) -> list[str]:
    """The shared libraries ``binary`` needs that the dynamic linker cannot find (``ldd``)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        raise FileNotFoundError("ldd")
    result = subprocess.run(
        [ldd, str(binary)], capture_output=True, text=True, timeout=30, check=False
    )
    missing = []
    for line in result.stdout.splitlines():
        name, _, where = line.strip().partition("=>")
        if where.strip() == "not found":
            missing.append(name.strip())
    return missing


def _package_for(soname: str) -> tuple[str, str] | None:
    if soname in LIBRARY_PACKAGES:
        return LIBRARY_PACKAGES[soname]
    stem = soname.split(".so", 1)[0]
    for known, packages in LIBRARY_PACKAGES.items():
        if known.split(".so", 1)[0] == stem:
            return packages
    return None


def library_findings(check: str, what: str, missing: list[str], family: str) -> list[Finding]:
    """One line per missing library: by name, with the package that provides it."""
    findings = []
    for soname in missing:
        if soname.startswith(_BUNDLED_PREFIXES):
            findings.append(
                Finding(
                    check,
                    "fail",
                    f"{soname} missing ({what} needs it; it comes with PySide6): "
                    "reinstall WUF Ops (make install, or the packaged app)",
                )
            )
            continue
        packages = _package_for(soname)
        hint = (
            install_hint([packages], family)
            if packages
            else f"install the package that provides {soname}"
        )
        findings.append(Finding(check, "fail", f"{soname} missing ({what} needs it): {hint}"))
    return findings


def check_qt_platform() -> list[Finding]:
    check = "qt-platform"
    system = platform.system()
    if system != "Linux":
        return [
            Finding(
                check, "ok", f"{system}: Qt's platform plugin ships with PySide6, nothing to add"
            )
        ]
    plugin = qt_plugin("platforms", "libqxcb.so")
    if plugin is None:
        return [
            Finding(
                check,
                "fail",
                "Qt's xcb platform plugin (libqxcb.so) is not installed: reinstall WUF Ops "
                "(make install, or the packaged app)",
            )
        ]
    try:
        missing = missing_libraries(plugin)
    except FileNotFoundError:
        return [
            Finding(
                check,
                "warn",
                "cannot check Qt's libraries without ldd: install libc-bin (Debian) "
                "or glibc-common (Fedora)",
            )
        ]
    if not missing:
        return [Finding(check, "ok", f"the xcb plugin finds all its libraries ({plugin.parent})")]
    family = _distro_family()
    findings = library_findings(check, "the xcb platform plugin", missing, family)
    system_packages = [p for s in missing if (p := _package_for(s)) is not None]
    if len(system_packages) > 1:
        findings.append(
            Finding(check, "fail", "all at once: " + install_hint(system_packages, family))
        )
    return findings


# -- fonts ---------------------------------------------------------------------------------


def check_fonts(
    script_fonts: dict[str, str], path_of: Callable[[str, Literal["regular", "bold"]], str]
) -> list[Finding]:
    """Each script's font files exist, parse, and have a glyph for a letter of that script."""
    problems: list[str] = []
    files: set[str] = set()
    for script, stem in sorted(script_fonts.items()):
        sample = SCRIPT_SAMPLES.get(script)
        for weight in ("regular", "bold"):
            path = Path(path_of(stem, weight))
            files.add(path.name)
            if not path.is_file():
                problems.append(f"{script} needs {path.name}, missing from {path.parent}")
                continue
            try:
                covered = set(hb.Face(hb.Blob.from_file_path(str(path))).unicodes)
            except Exception as error:  # whatever the parser raised, the file is damaged
                problems.append(f"{script}: {path.name} is not a readable font ({error})")
                continue
            if sample is not None and ord(sample) not in covered:
                problems.append(f"{script}: {path.name} has no glyph for {sample!r}")
    if problems:
        return [
            Finding("fonts", "fail", f"{problem}: reinstall WUF Ops (the fonts are bundled)")
            for problem in problems
        ]
    return [
        Finding(
            "fonts", "ok", f"{len(script_fonts)} scripts covered by {len(files)} bundled font files"
        )
    ]


# -- printers ------------------------------------------------------------------------------


def check_printers() -> list[Finding]:
    check = "printers"
    findings: list[Finding] = []
    system = platform.system()
    if system == "Windows":
        return _windows_printers()
    if system == "Linux":
        plugin = qt_plugin("printsupport", "libcupsprintersupport.so")
        if plugin is None:
            findings.append(
                Finding(
                    check, "warn", "Qt's CUPS print support is not installed: reinstall WUF Ops"
                )
            )
        else:
            try:
                missing = missing_libraries(plugin)
            except FileNotFoundError:
                missing = []
            for finding in library_findings(check, "printing", missing, _distro_family()):
                findings.append(Finding(check, "warn", finding.message))
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        packages = [("cups-client", "cups-client")]
        hint = (
            "install: brew install cups"
            if system == "Darwin"
            else install_hint(packages, _distro_family())
        )
        findings.append(
            Finding(check, "warn", f"cannot list printers (no lpstat); badges go to PDF: {hint}")
        )
        return findings
    result = subprocess.run([lpstat, "-e"], capture_output=True, text=True, timeout=15, check=False)
    names = [line.strip() for line in result.stdout.splitlines() if line.strip()]
    if not names:
        reason = result.stderr.strip().splitlines()[0] if result.stderr.strip() else "none added"
        findings.append(
            Finding(
                check,
                "warn",
                f"no printer ({reason}); badges go to PDF until the badge printer is added "
                "in CUPS (system settings, or http://localhost:631)",
            )
        )
    else:
        findings.append(Finding(check, "ok", ", ".join(names)))
    return findings


def _windows_printers() -> list[Finding]:
    command = ["powershell", "-NoProfile", "-Command", "Get-Printer | ForEach-Object Name"]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
    except OSError:
        return [Finding("printers", "warn", "cannot list printers (no PowerShell)")]
    names = [line.strip() for line in result.stdout.splitlines() if line.strip()]
    if not names:
        return [
            Finding(
                "printers",
                "warn",
                "no printer: add the badge printer in Settings > Printers; badges go to PDF",
            )
        ]
    return [Finding("printers", "ok", ", ".join(names))]


# -- data directory ------------------------------------------------------------------------


def check_data_dir(data_dir: Path) -> list[Finding]:
    check = "data-dir"
    if data_dir.exists() and not data_dir.is_dir():
        return [
            Finding(
                check,
                "fail",
                f"{data_dir} is a file, not a directory: move it away or pass --data-dir",
            )
        ]
    existing = data_dir
    while not existing.exists():
        existing = existing.parent
    if not existing.is_dir():
        return [
            Finding(
                check,
                "fail",
                f"{data_dir} cannot be created: {existing} is a file; pass another --data-dir",
            )
        ]
    if not _writable(existing):
        return [
            Finding(
                check,
                "fail",
                f"{existing} is not writable by this user: fix its permissions or pass "
                "another --data-dir",
            )
        ]
    findings = []
    free = shutil.disk_usage(existing).free
    state = "exists" if existing == data_dir else "will be created"
    if free < LOW_SPACE_BYTES:
        findings.append(
            Finding(
                check,
                "warn",
                f"{data_dir} {state}, but only {free // (1 << 20)} MiB free: free some space",
            )
        )
    else:
        findings.append(
            Finding(check, "ok", f"{data_dir} {state}, writable, {free >> 30} GiB free")
        )
    if existing == data_dir:
        try:
            findings.append(Finding(check, "ok", f"desk database {desk_database(data_dir).name}"))
        except DataDirError as error:
            findings.append(Finding(check, "warn", f"no desk database yet: {error.detail}"))
    return findings


def _writable(directory: Path) -> bool:
    if not os.access(directory, os.W_OK | os.X_OK):
        return False
    try:
        with tempfile.TemporaryFile(dir=directory):
            return True
    except OSError:
        return False


# -- hub -----------------------------------------------------------------------------------


def _enrolled_hub(data_dir: Path) -> str | None:
    """The hub address remembered in the device's replica, if it was enrolled."""
    replica_path = data_dir / "replica.db"
    if not replica_path.is_file():
        return None
    replica = Replica.open(replica_path, SystemClock())
    try:
        remembered = ss.load_enrolment(replica)
    finally:
        replica.close()
    if remembered is None:
        return None
    try:
        return parse_enrolment(remembered[0]).hub
    except EnrolmentError:
        return None


def check_hub(hub: str | None) -> list[Finding]:
    check = "hub"
    if not hub:
        return [
            Finding(
                check,
                "warn",
                "this device is not enrolled with a hub: enrol it (wufops enrol on the hub, then "
                "wufops sync --enrolment … or the desk app's first run) or pass --hub",
            )
        ]
    parts = urlsplit(hub)
    if parts.scheme not in ("ws", "wss") or not parts.hostname:
        return [Finding(check, "fail", f"{hub!r} is not a hub address: use ws://HOST:PORT")]
    port = parts.port or (443 if parts.scheme == "wss" else 80)
    try:
        with socket.create_connection((parts.hostname, port), timeout=HUB_TIMEOUT_S):
            pass
    except OSError as error:
        return [
            Finding(
                check,
                "warn",
                f"{hub} does not answer ({error.strerror or error}): the desk works offline and "
                "syncs when it does; check the network, or that `wufops hub` runs there",
            )
        ]
    return [Finding(check, "ok", f"{hub} answers")]
