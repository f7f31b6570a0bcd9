"""Each scan outcome plays its own preloaded sound, in process: no program started per scan.

The sounds play into a real PulseAudio server with a null sink (no sound card needed), started
privately for the test; the desk side runs in a child process pointed at it. A missing
``pulseaudio`` fails the test (``make system-test`` installs it): it never skips.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def pulse_server(tmp_path: Path) -> Iterator[str]:
    binary = shutil.which("pulseaudio")
    if binary is None:
        pytest.fail("pulseaudio is not installed: run `make system-test`; this test never skips")
    runtime = tmp_path / "pulse"
    runtime.mkdir()
    socket = runtime / "native"
    env = dict(os.environ, HOME=str(runtime), XDG_RUNTIME_DIR=str(runtime))
    server = subprocess.Popen(
        [
            binary,
            "-n",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            "-L",
            "module-null-sink sink_name=desk",
            "-L",
            f"module-native-protocol-unix socket={socket} auth-anonymous=1",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 15
        while not socket.exists():
            if server.poll() is not None or time.monotonic() > deadline:
                assert server.stderr is not None
                pytest.fail(f"pulseaudio did not start: {server.stderr.read()[-2000:]}")
            time.sleep(0.05)
        yield f"unix:{socket}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_every_outcome_plays_a_preloaded_sound_without_starting_a_process(
    pulse_server: str, tmp_path: Path
) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PULSE_SERVER=pulse_server,
        HOME=str(tmp_path),
        XDG_RUNTIME_DIR=str(tmp_path),
    )
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.sound_child"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["backend"] == "qtmultimedia", report
    assert all(report["loaded"].values()), report  # loaded before the first scan
    assert report["played"] == {"admitted": 2, "duplicate": 2, "refused": 2, "attention": 2}
    assert report["children"] == []  # nothing started, not even detached
