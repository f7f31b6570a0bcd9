"""Key event streams as a keyboard-wedge scanner and as a person make them.

Both go through the window system's path (``QTest.sendKeyEvent`` on the ``QWindow``: Qt's
``QWindowSystemInterface``, then the focused widget), the way a real keyboard's keys arrive.
An upper-case character is Shift pressed (a key with no text), the character with Shift held,
then Shift released — what a scanner on a US layout, xdotool and a person all send.

Timing is drawn from a ``random.Random`` the test seeds and prints (a new seed each run).
"""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtGui import QWindow
from PySide6.QtTest import QTest

SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
PRESS, RELEASE = QTest.KeyAction.Press, QTest.KeyAction.Release

_SPECIAL = {
    "-": Qt.Key.Key_Minus,
    " ": Qt.Key.Key_Space,
    ".": Qt.Key.Key_Period,
    "'": Qt.Key.Key_Apostrophe,
}


def _key(char: str) -> Qt.Key:
    if char in _SPECIAL:
        return _SPECIAL[char]
    return Qt.Key(ord(char.upper()))  # Qt's key codes of Latin-1 keys are their code points


def press_char(window: QWindow, char: str) -> None:
    """One character as a keyboard sends it: Shift around an upper-case letter."""
    key = _key(char)
    if char.isupper():
        QTest.sendKeyEvent(PRESS, window, Qt.Key.Key_Shift, "", SHIFT)
        QTest.sendKeyEvent(PRESS, window, key, char, SHIFT)
        QTest.sendKeyEvent(RELEASE, window, key, char, SHIFT)
        QTest.sendKeyEvent(RELEASE, window, Qt.Key.Key_Shift, "", NONE)
    else:
        QTest.sendKeyEvent(PRESS, window, key, char, NONE)
        QTest.sendKeyEvent(RELEASE, window, key, char, NONE)


def press_key(window: QWindow, key: Qt.Key, text: str = "") -> None:
    QTest.sendKeyEvent(PRESS, window, key, text, NONE)
    QTest.sendKeyEvent(RELEASE, window, key, text, NONE)


TERMINATOR_TEXT = {Qt.Key.Key_Return: "\r", Qt.Key.Key_Enter: "\r", Qt.Key.Key_Tab: "\t"}


def scanner_types(
    window: QWindow,
    text: str,
    rng: random.Random,
    *,
    gap_ms: tuple[int, int] = (5, 30),
    terminator: Qt.Key | None = Qt.Key.Key_Return,
) -> None:
    """A wedge scanner: every character ``gap_ms`` apart (drawn per key), then the suffix."""
    for char in text:
        press_char(window, char)
        QTest.qWait(rng.randint(*gap_ms))
    if terminator is not None:
        press_key(window, terminator, TERMINATOR_TEXT[terminator])


def person_types(window: QWindow, text: str, rng: random.Random) -> None:
    """A quick typist: 70–220 ms between keys, and now and then two or three keys rolled over
    only 15–35 ms apart (a person's fastest runs: "the", "ing")."""
    for n, char in enumerate(text):
        press_char(window, char)
        rolled = n % 5 in (0, 1) and rng.random() < 0.7
        QTest.qWait(rng.randint(15, 35) if rolled else rng.randint(70, 220))
