"""Key event streams as a keyboard-wedge scanner and as a person make them.

Each key reaches the top-level ``QWindow`` as a ``QKeyEvent`` stamped with the time the key was
pressed — what Qt's platform layer makes of a real keyboard's key, before the window hands it
to the focused widget. An upper-case character is Shift pressed (a key with no text), the
character with Shift held, then Shift released — what a scanner on a US layout, xdotool and a
person all send.

The keys are stamped on their own schedule and delivered as close to it as the GUI thread
allows: when the desk is busy for a moment the keys queue up and arrive late, but stamped
when they were typed — as a real scanner's keys do (the scanner does not wait for the desk).

Timing is drawn from a ``random.Random`` the test seeds and prints (a new seed each run).
"""

from __future__ import annotations

import random
import time

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtTest import QTest

SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier

_SPECIAL = {
    "-": Qt.Key.Key_Minus,
    " ": Qt.Key.Key_Space,
    ".": Qt.Key.Key_Period,
    "'": Qt.Key.Key_Apostrophe,
}
TERMINATOR_TEXT = {Qt.Key.Key_Return: "\r", Qt.Key.Key_Enter: "\r", Qt.Key.Key_Tab: "\t"}


def _key(char: str) -> Qt.Key:
    if char in _SPECIAL:
        return _SPECIAL[char]
    return Qt.Key(ord(char.upper()))  # Qt's key codes of Latin-1 keys are their code points


class Keyboard:
    """Keys into ``window``, each stamped with its scheduled time (ms)."""

    def __init__(self, window: QWindow) -> None:
        self.window = window
        self._start = time.monotonic()
        self._stamp0 = int(self._start * 1000) & 0x7FFFFFFF or 1
        self.elapsed_ms = 0

    def _send(self, kind: QEvent.Type, key: Qt.Key, text: str, modifiers: object) -> None:
        event = QKeyEvent(kind, key, modifiers, text)  # type: ignore[call-overload]  # flags
        event.setTimestamp(self._stamp0 + self.elapsed_ms)
        QCoreApplication.sendEvent(self.window, event)

    def tap(self, key: Qt.Key, text: str = "", modifiers: object = NONE) -> None:
        self._send(QEvent.Type.KeyPress, key, text, modifiers)
        self._send(QEvent.Type.KeyRelease, key, text, modifiers)

    def char(self, char: str) -> None:
        """One character as a keyboard sends it: Shift around an upper-case letter."""
        if char.isupper():
            self._send(QEvent.Type.KeyPress, Qt.Key.Key_Shift, "", SHIFT)
            self.tap(_key(char), char, SHIFT)
            self._send(QEvent.Type.KeyRelease, Qt.Key.Key_Shift, "", NONE)
        else:
            self.tap(_key(char), char)

    def pause(self, ms: int) -> None:
        """The next key comes ``ms`` later: wait for its scheduled time (the GUI thread runs
        meanwhile; if it was busy past that time, the key goes at once, stamped on time)."""
        self.elapsed_ms += ms
        due = self._start + self.elapsed_ms / 1000
        left = due - time.monotonic()
        if left > 0:
            QTest.qWait(max(1, round(left * 1000)))


def scanner_types(
    window: QWindow,
    text: str,
    rng: random.Random,
    *,
    gap_ms: tuple[int, int] = (5, 30),
    terminator: Qt.Key | None = Qt.Key.Key_Return,
) -> None:
    """A wedge scanner: every character ``gap_ms`` apart (drawn per key), then the suffix."""
    keys = Keyboard(window)
    for char in text:
        keys.char(char)
        keys.pause(rng.randint(*gap_ms))
    if terminator is not None:
        keys.tap(terminator, TERMINATOR_TEXT[terminator])


def person_types(window: QWindow, text: str, rng: random.Random) -> None:
    """A quick typist: 70–220 ms between keys, and now and then two or three keys rolled over
    only 15–35 ms apart (a person's fastest runs: "the", "ing")."""
    keys = Keyboard(window)
    for n, char in enumerate(text):
        keys.char(char)
        rolled = n % 5 in (0, 1) and rng.random() < 0.7
        keys.pause(rng.randint(15, 35) if rolled else rng.randint(70, 220))
