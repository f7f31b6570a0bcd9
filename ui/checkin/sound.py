"""A distinct sound per scan outcome, without blocking the next scan.

PySide6-Essentials has no QtMultimedia, so :class:`OutcomeSounds` picks the first backend
available on the machine, once, and plays the WAV tones from ``resources/sounds/``
(synthesised by ``wufops.checkin.tones``):

1. ``QSoundEffect`` when QtMultimedia is installed (the full ``PySide6`` wheel);
2. ``winsound.PlaySound(…, SND_ASYNC)`` on Windows (standard library);
3. a detached ``afplay`` (macOS), ``pw-play``, ``paplay`` or ``aplay`` (Linux) process;
4. otherwise ``QApplication.beep()`` — one sound for every outcome; the card's colour and
   text still tell them apart. ``docs/checkin.md`` says which packages give a real sound.
"""

from __future__ import annotations

import importlib
import shutil
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess
from PySide6.QtWidgets import QApplication

from wufops.checkin.decisions import Decision
from wufops.checkin.gate import Gate
from wufops.resources import resource_path

SOUNDS = ("admitted", "duplicate", "refused", "attention")
_PLAYERS = ("afplay", "pw-play", "paplay", "aplay")


def sound_for(decision: Decision) -> str:
    """Which sound a decision makes."""
    if Gate.already_counted(decision):
        return "duplicate"
    if decision.code == "admitted":
        attention = decision.attendee is not None and decision.attendee.attention
        return "attention" if attention else "admitted"
    if decision.code == "already_picked_up":
        return "duplicate"
    return "refused"


def sound_file(name: str) -> Path:
    return resource_path("sounds", f"{name}.wav")


class OutcomeSounds(QObject):
    def __init__(self, parent: QObject | None = None, *, enabled: bool = True) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self._effects: dict[str, Any] = {}
        self._command: str | None = None
        self.backend = self._choose()

    def _choose(self) -> str:
        try:
            multimedia = importlib.import_module("PySide6.QtMultimedia")
        except ImportError:
            multimedia = None
        if multimedia is not None:
            from PySide6.QtCore import QUrl  # noqa: PLC0415

            for name in SOUNDS:
                effect = multimedia.QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(sound_file(name))))
                self._effects[name] = effect
            return "qtmultimedia"
        if sys.platform == "win32":
            return "winsound"
        for player in _PLAYERS:
            found = shutil.which(player)
            if found:
                self._command = found
                return player
        return "beep"

    def play(self, name: str) -> None:
        """Start the sound and return at once."""
        if not self.enabled:
            return
        if self.backend == "qtmultimedia":
            self._effects[name].play()
        elif self.backend == "winsound":
            winsound = importlib.import_module("winsound")
            winsound.PlaySound(str(sound_file(name)), winsound.SND_FILENAME | winsound.SND_ASYNC)
        elif self._command is not None:
            QProcess.startDetached(self._command, [str(sound_file(name))])
        else:
            QApplication.beep()
