"""``wufops doctor``: one line per check saying what to fix; exit 0 when a desk can run here.

Each outcome is driven for real: a copy of the installed Qt xcb plugin that needs a library
this machine lacks, a data directory under a file, a real hub process that answers and then
is gone, a font directory with a font missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from wufops.badges.fonts import SCRIPT_FONTS, font_path
from wufops.cli import doctor
from wufops.net.launch import free_port, start_hub_process


def _doctor(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wufops.cli.main", "doctor", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        check=False,
    )


def _lines(out: str, check: str) -> list[str]:
    return [line for line in out.splitlines() if f"  {check}: " in line]


def test_a_machine_with_the_system_packages_can_run_a_desk(tmp_path: Path) -> None:
    result = _doctor("--data-dir", str(tmp_path / "desk"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert _lines(result.stdout, "qt-platform")[0].startswith("OK")
    assert _lines(result.stdout, "fonts")[0].startswith("OK")
    assert "will be created" in _lines(result.stdout, "data-dir")[0]
    # no printer and no hub are warnings: the desk still runs (badges to PDF, offline)
    assert all(not line.startswith("FAIL") for line in result.stdout.splitlines())
    assert _lines(result.stdout, "hub")[0].startswith("WARN")
    assert result.stdout.rstrip().endswith("warning(s))")


def _ldconfig_has(soname: str) -> bool:
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    return any(line.strip().startswith(soname + " ") for line in listing.splitlines())


def test_a_missing_xcb_library_is_named_with_its_package_and_fails(tmp_path: Path) -> None:
    """The plugin copy needs, in place of libxcb-cursor.so.0, a library of the same name
    length that this machine lacks (the ELF string table is patched in place)."""
    installed = doctor.qt_plugin("platforms", "libqxcb.so")
    if installed is None:
        pytest.fail("PySide6's xcb platform plugin is not installed: run make install")
    needed = "libxcb-cursor.so.0"
    candidates = [
        name
        for name in doctor.LIBRARY_PACKAGES
        if len(name) == len(needed) and name != needed and not _ldconfig_has(name)
    ]
    if not candidates:
        pytest.fail(f"every library of {needed}'s name length is installed here")
    absent = candidates[0]
    blob = installed.read_bytes()
    assert blob.count(needed.encode() + b"\0") == 1
    qt = tmp_path / "qt"
    platforms = qt / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    (qt / "lib").symlink_to(installed.parent.parent.parent / "lib")  # RUNPATH $ORIGIN/../../lib
    (platforms / "libqxcb.so").write_bytes(blob.replace(needed.encode(), absent.encode()))

    result = _doctor(
        "--data-dir", str(tmp_path / "desk"), env={"QT_QPA_PLATFORM_PLUGIN_PATH": str(platforms)}
    )

    assert result.returncode == 1, result.stdout
    (line,) = _lines(result.stdout, "qt-platform")
    package = doctor.LIBRARY_PACKAGES[absent][0]
    assert line.startswith("FAIL")
    assert f"{absent} missing" in line
    assert f"sudo apt-get install {package}" in line
    assert "to fix before this machine can run a desk" in result.stdout.splitlines()[-1]


def test_a_data_dir_that_cannot_be_created_fails(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the data directory should go")
    result = _doctor("--data-dir", str(blocker / "desk"))
    assert result.returncode == 1
    (line,) = _lines(result.stdout, "data-dir")
    assert line.startswith("FAIL")
    assert f"{blocker} is a file" in line
    assert blocker.read_text() == "a file where the data directory should go"


def test_a_hub_that_answers_then_is_gone_is_ok_then_a_warning(tmp_path: Path) -> None:
    port = free_port()
    hub = start_hub_process(tmp_path / "hub.db", port)
    try:
        answering = _doctor("--data-dir", str(tmp_path), "--hub", f"ws://127.0.0.1:{port}")
    finally:
        hub.kill()
        hub.wait()
    gone = _doctor("--data-dir", str(tmp_path), "--hub", f"ws://127.0.0.1:{port}")

    assert answering.returncode == 0
    assert _lines(answering.stdout, "hub")[0].startswith("OK")
    assert gone.returncode == 0, "an unreachable hub must not stop a desk"
    (line,) = _lines(gone.stdout, "hub")
    assert line.startswith("WARN")
    assert f"ws://127.0.0.1:{port} does not answer" in line


def test_a_bad_hub_address_fails(tmp_path: Path) -> None:
    result = _doctor("--data-dir", str(tmp_path), "--hub", "http://hub.example:8765")
    assert result.returncode == 1
    assert "use ws://HOST:PORT" in _lines(result.stdout, "hub")[0]


def test_a_missing_font_is_named_with_its_script(tmp_path: Path) -> None:
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    source = Path(font_path("NotoSans", "regular")).parent
    for path in source.iterdir():
        if path.name != "NotoSansThaana-Bold.ttf":
            (fonts / path.name).symlink_to(path)

    findings = doctor.check_fonts(
        SCRIPT_FONTS, lambda stem, weight: str(fonts / Path(font_path(stem, weight)).name)
    )

    assert [f.status for f in findings] == ["fail"]
    assert "Thaa needs NotoSansThaana-Bold.ttf, missing from" in findings[0].message
    assert doctor.check_fonts(SCRIPT_FONTS, font_path)[0].status == "ok"


def test_every_badge_script_has_a_sample_letter_to_check() -> None:
    assert set(SCRIPT_FONTS) <= set(doctor.SCRIPT_SAMPLES)


def test_no_printer_tools_is_a_warning_naming_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    ldd = shutil.which("ldd")
    if ldd is None:
        pytest.fail("ldd is missing (Debian: libc-bin)")
    (bin_dir / "ldd").symlink_to(ldd)
    monkeypatch.setenv("PATH", str(bin_dir))

    findings = doctor.check_printers()

    assert [f.status for f in findings] == ["warn"]
    assert "no lpstat" in findings[0].message
    assert "cups-client" in findings[0].message
