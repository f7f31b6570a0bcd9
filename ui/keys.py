"""Which Latin letter or digit key was pressed, whatever the keyboard layout.

One-letter keys (the control room's T, L, C, P) and digit keys must work on an Arabic,
Russian or Greek layout too: there ``QKeyEvent.key()`` is the layout's letter (``е`` where
the key cap says T) or an Arabic-Indic digit. :func:`latin_key` maps such an event back to
the key on a US layout: a digit by its Unicode value, a letter by the physical key
(``nativeScanCode``: the PC scan code on Windows, the X11/Wayland keycode, which is the
evdev code + 8, on Linux; ``nativeVirtualKey`` on macOS).
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent

# PC scan codes (set 1) of the letter keys of a US layout; evdev uses the same numbers
_SCAN_LETTERS = {
    0x10: "Q", 0x11: "W", 0x12: "E", 0x13: "R", 0x14: "T", 0x15: "Y", 0x16: "U", 0x17: "I",
    0x18: "O", 0x19: "P", 0x1E: "A", 0x1F: "S", 0x20: "D", 0x21: "F", 0x22: "G", 0x23: "H",
    0x24: "J", 0x25: "K", 0x26: "L", 0x2C: "Z", 0x2D: "X", 0x2E: "C", 0x2F: "V", 0x30: "B",
    0x31: "N", 0x32: "M",
}  # fmt: skip
# macOS virtual key codes (kVK_ANSI_*) of the same keys
_MAC_LETTERS = {
    0x00: "A", 0x0B: "B", 0x08: "C", 0x02: "D", 0x0E: "E", 0x03: "F", 0x05: "G", 0x04: "H",
    0x22: "I", 0x26: "J", 0x28: "K", 0x25: "L", 0x2E: "M", 0x2D: "N", 0x1F: "O", 0x23: "P",
    0x0C: "Q", 0x0F: "R", 0x01: "S", 0x11: "T", 0x20: "U", 0x09: "V", 0x0D: "W", 0x07: "X",
    0x10: "Y", 0x06: "Z",
}  # fmt: skip


def _is_latin(key: int) -> bool:
    return int(Qt.Key.Key_0) <= key <= int(Qt.Key.Key_9) or (
        int(Qt.Key.Key_A) <= key <= int(Qt.Key.Key_Z)
    )


def _physical_letter(event: QKeyEvent) -> str | None:
    platform = QGuiApplication.platformName()
    if platform == "cocoa":
        return _MAC_LETTERS.get(event.nativeVirtualKey())
    code = event.nativeScanCode()
    if platform == "windows":
        return _SCAN_LETTERS.get(code)
    return _SCAN_LETTERS.get(code - 8) if code >= 8 else None  # xcb, wayland, offscreen


def latin_key(event: QKeyEvent) -> int:
    """``event.key()`` as a US layout would have given it for the same key (letters A–Z and
    digits 0–9); any other key unchanged."""
    key = event.key()
    if _is_latin(key):
        return key
    text = event.text()
    if len(text) == 1:
        digit = unicodedata.digit(text, None)  # ١ ۲ ३ …: the digit keys of other layouts
        if digit is not None:
            return int(Qt.Key.Key_0) + digit
    letter = _physical_letter(event)
    if letter is not None:
        return int(Qt.Key.Key_A) + ord(letter) - ord("A")
    return key
