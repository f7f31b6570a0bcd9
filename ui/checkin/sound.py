"""A distinct sound per scan outcome, without blocking the next scan and without a process.

The four WAV tones in ``resources/sounds/`` (synthesised by ``wufops.checkin.tones``) are
loaded once, when the desk opens, into ``QSoundEffect`` objects (QtMultimedia, which ships in
``PySide6-Addons``, not in ``PySide6-Essentials``): playing one is a call into Qt's audio
thread, ready in memory, with no process started and no file read per scan.

When QtMultimedia cannot run here (its PulseAudio client library ``libpulse0`` missing on a
Linux desk) or the machine has no audio output, :meth:`OutcomeSounds.play` falls back to
``QApplication.beep()`` — one sound for every outcome; the card's colour and text still tell
them apart. ``docs/checkin.md`` says what a desk needs for real sounds.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QApplication

from wufops.checkin.decisions import Decision
from wufops.checkin.gate import Gate
from wufops.resources import resource_path

SOUNDS = ("admitted", "duplicate", "refused", "attention")


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


def _multimedia() -> Any:
    """``PySide6.QtMultimedia``, or ``None`` when it is not installed or cannot load."""
    try:
        return importlib.import_module("PySide6.QtMultimedia")
    except ImportError:  # not installed, or libpulse.so.0 missing on Linux
        return None


class OutcomeSounds(QObject):
    """One preloaded ``QSoundEffect`` per outcome (``backend`` is ``"qtmultimedia"``), or
    the system beep (``backend`` is ``"beep"``)."""

    def __init__(self, parent: QObject | None = None, *, enabled: bool = True) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.effects: dict[str, Any] = {}
        multimedia = _multimedia()
        self._ready_status: Any = None
        if multimedia is not None:
            self._ready_status = multimedia.QSoundEffect.Status.Ready
            for name in SOUNDS:
                effect = multimedia.QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(sound_file(name))))
                self.effects[name] = effect
        self.backend = "qtmultimedia" if self.effects else "beep"

    def ready(self, name: str) -> bool:
        """The sound is loaded and an audio output takes it."""
        effect = self.effects.get(name)
        return effect is not None and effect.status() == self._ready_status

    def play(self, name: str) -> None:
        """Start the sound and return at once."""
        if not self.enabled:
            return
        if self.ready(name):
            self.effects[name].play()
        else:
            QApplication.beep()
