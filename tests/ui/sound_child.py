"""Plays each outcome's sound as a desk does, for ``test_sound.py``; prints one JSON line.

Runs as a subreaper (Linux ``prctl``), so any process a sound started — even a detached one —
is re-parented here and counted.
"""

from __future__ import annotations

import ctypes
import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QElapsedTimer
from PySide6.QtWidgets import QApplication

from ui.checkin.sound import SOUNDS, OutcomeSounds

PR_SET_CHILD_SUBREAPER = 36


def _children() -> list[int]:
    found = []
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        text = (task / "children").read_text().split()
        found.extend(int(pid) for pid in text)
    return found


def main() -> int:
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    app = QApplication(sys.argv[:1])
    sounds = OutcomeSounds()
    timer = QElapsedTimer()
    timer.start()
    while not all(sounds.ready(n) for n in SOUNDS) and timer.elapsed() < 10_000:
        app.processEvents()
    loaded = {name: sounds.ready(name) for name in SOUNDS}
    played = {}
    for name in (*SOUNDS, *SOUNDS):  # each outcome twice, as scans come
        sounds.play(name)
        effect = sounds.effects.get(name)
        started = QElapsedTimer()
        started.start()
        while effect is not None and not effect.isPlaying() and started.elapsed() < 3000:
            app.processEvents()
        played[name] = played.get(name, 0) + int(effect is not None and effect.isPlaying())
        while effect is not None and effect.isPlaying() and started.elapsed() < 5000:
            app.processEvents()
    print(
        json.dumps(
            {
                "backend": sounds.backend,
                "loaded": loaded,
                "played": played,
                "children": _children(),
            }
        ),
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
