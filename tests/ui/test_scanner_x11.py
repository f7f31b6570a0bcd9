"""The scanner as it really arrives: key events from an X server into the real desk window.

Xvfb is the X server; xdotool types through XTEST the way a keyboard-wedge scanner does
(Shift pressed for every upper-case character, a few ms between keys, Enter at the end) and
the way a person does (slower). The desk runs in a child process (``tests/ui/x11_desk.py``)
with ``QT_QPA_PLATFORM=xcb``. Missing Xvfb or xdotool fails the test (``make system-test``
installs them): it never skips.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(
            f"{name} is not installed: run `make system-test` (packaging/system_packages.sh "
            "test) — this test drives a real X server and never skips"
        )
    return found


@dataclass
class Desk:
    process: subprocess.Popen[str]
    display: str
    lines: queue.Queue[dict[str, Any]] = field(default_factory=queue.Queue)
    seen: list[dict[str, Any]] = field(default_factory=list)

    def xdotool(self, *args: str) -> str:
        result = subprocess.run(
            [_tool("xdotool"), *args],
            env={**os.environ, "DISPLAY": self.display},
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        return result.stdout.strip()

    def wait_for(self, predicate: Any, timeout: float = 20.0) -> dict[str, Any]:
        """The first message (already seen or still to come) that ``predicate`` accepts."""
        for message in self.seen:
            if predicate(message):
                return message
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                message = self.lines.get(timeout=0.2)
            except queue.Empty:
                if self.process.poll() is not None:
                    break
                continue
            self.seen.append(message)
            if predicate(message):
                return message
        pytest.fail(f"the desk never reported that; it said: {self.seen[-8:]}")

    def quiet(self, seconds: float) -> list[dict[str, Any]]:
        """Messages arriving in the next ``seconds``."""
        end, got = time.monotonic() + seconds, []
        while time.monotonic() < end:
            try:
                message = self.lines.get(timeout=0.05)
            except queue.Empty:
                continue
            self.seen.append(message)
            got.append(message)
        return got


@pytest.fixture
def x_display() -> Iterator[str]:
    xvfb = _tool("Xvfb")
    _tool("xdotool")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            pytest.fail("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def desk(x_display: str, tmp_path: Path) -> Iterator[Desk]:
    env = dict(os.environ)
    env.update(
        DISPLAY=x_display,
        QT_QPA_PLATFORM="xcb",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_RUNTIME_DIR=str(tmp_path),
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.x11_desk", str(tmp_path)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    running = Desk(process, x_display)

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("{"):
                running.lines.put(json.loads(line))

    reader = threading.Thread(target=read, name="x11-desk-reader", daemon=True)
    reader.start()
    try:
        yield running
    finally:
        process.terminate()
        process.wait(timeout=10)
        reader.join(timeout=5)


def test_xdotool_scans_into_the_find_box_and_a_person_types_there(desk: Desk) -> None:
    ready = desk.wait_for(lambda m: m["event"] == "ready", timeout=60)
    window = str(ready["window"])
    desk.xdotool("windowfocus", "--sync", window)
    # a person types a name at an ordinary quick pace: it is text, not a scan
    desk.xdotool("type", "--delay", "110", "Aysel M")
    desk.wait_for(lambda m: m["event"] == "text" and m["text"] == "Aysel M")
    # a scanner: 146 characters, Shift for every letter, 8 ms apart, then Enter
    token = ready["tokens"][0]
    desk.xdotool("type", "--delay", "8", token)
    desk.xdotool("key", "Return")
    decision = desk.wait_for(lambda m: m["event"] == "decision")
    assert decision["code"] == "admitted"
    assert decision["attendee_id"] == ready["attendees"][0]
    texts = [m["text"] for m in desk.seen if m["event"] == "text"]
    assert texts[-1] == "Aysel M"  # the scan never landed in the find box
    # a slow scanner (25 ms a key) ending with Tab
    desk.xdotool("type", "--delay", "25", ready["tokens"][2])
    desk.xdotool("key", "Tab")
    second = desk.wait_for(lambda m: m["event"] == "decision" and m is not decision)
    assert second["code"] == "admitted" and second["attendee_id"] == ready["attendees"][2]
    assert [m for m in desk.quiet(0.5) if m["event"] == "text"] == []


def test_the_window_title_names_the_event_and_the_app_once(desk: Desk) -> None:
    ready = desk.wait_for(lambda m: m["event"] == "ready", timeout=60)
    shown = desk.xdotool("getwindowname", str(ready["window"]))
    assert shown.startswith("WUF13")  # the event first: what tells two windows apart
    assert shown.count("WUF Ops") == 1, shown


def test_the_window_opens_within_a_1280x800_desk_screen(desk: Desk) -> None:
    """The common desk laptop is 1280×800: the window must not open larger than the screen
    (its edges and the status bar would be out of reach)."""
    ready = desk.wait_for(lambda m: m["event"] == "ready", timeout=60)
    shell = desk.xdotool("getwindowgeometry", "--shell", str(ready["window"]))
    geometry = dict(line.split("=", 1) for line in shell.splitlines() if "=" in line)
    assert int(geometry["WIDTH"]) <= 1280 and int(geometry["HEIGHT"]) <= 800, geometry
