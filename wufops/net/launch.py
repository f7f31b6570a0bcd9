"""Running ``wufops hub`` as a child process: for benchmarks, fault tests and scripted set-ups.

``wufops hub`` prints :data:`LISTENING` (then its URL) once it accepts connections; a parent
that reads that line knows the hub is up without polling the port.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

#: the start of the line ``wufops hub`` prints once it listens
LISTENING = "hub listening on"


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port the OS has just handed out on ``host`` (free unless someone races for it)."""
    with socket.socket() as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def start_hub_process(db: Path, port: int, *options: str) -> subprocess.Popen[str]:
    """Start ``wufops hub --db DB --port PORT [OPTIONS…]`` (e.g. ``--limit NAME=VALUE``)
    and return once it listens.

    Raises ``RuntimeError`` with what the hub printed instead, after killing it.
    """
    args: Sequence[str] = ("hub", "--db", str(db), "--port", str(port), *options)
    proc = subprocess.Popen(
        [sys.executable, "-m", "wufops.cli.main", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if LISTENING not in line:
        proc.kill()
        proc.wait()
        raise RuntimeError(f"hub did not start: {line!r}")
    return proc
