"""Keyboard-wedge scanner input, wherever the focus is in the desk's window.

A USB/Bluetooth scanner in keyboard mode "types" the token, usually followed by Enter or Tab,
much faster than a person. :class:`KeyboardWedge` is an event filter on the application that
sees every key press bound for the window holding its scope widget:

- printable characters are held in a buffer (swallowed) while they arrive less than
  :data:`FAST_MS` apart; when the keys stop and fewer than :data:`MIN_SCAN` arrived, it was a
  person: the held keys are replayed, unchanged, to the widget they were meant for (a person
  typing sees them ≤ 40 ms late);
- :data:`MIN_SCAN` or more fast characters are a scan. Enter, Return or Tab ends it (the
  terminator is swallowed, so focus does not move); a scanner set up without a suffix ends
  the scan :data:`SUFFIX_WAIT_MS` after its last character;
- the same token again within :data:`DEDUPE_S` seconds is one scan (scanners that send a code
  twice, a badge held under the scanner);
- key presses with Ctrl/Alt/Meta, auto-repeat and non-printable keys pass through untouched.

Listen to ``sig_scanned(str)``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget

#: keystrokes closer together than this (ms) are a machine, not a person
FAST_MS = 40
#: a burst this long (characters) is a scan
MIN_SCAN = 8
#: a burst without Enter/Tab ends this long (ms) after its last character
SUFFIX_WAIT_MS = 300
#: the same token again within this many seconds is the same scan
DEDUPE_S = 1.5

_TERMINATORS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
_CHORD = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class KeyboardWedge(QObject):
    sig_scanned = Signal(str)
    """A complete scan (terminator stripped, whitespace trimmed), already de-duplicated."""

    def __init__(
        self,
        scope: QWidget,
        *,
        now: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or scope)
        self._scope = scope
        #: the monotonic clock the de-duplication window is measured on (tests swap it)
        self.now = now
        self.enabled = True
        self._held: list[tuple[int, Qt.KeyboardModifier, str]] = []
        self._target: QObject | None = None
        self._replaying = False
        self._last: tuple[str, float] = ("", float("-inf"))
        self._gap = QTimer(self, singleShot=True, interval=FAST_MS)
        self._gap.timeout.connect(self._keys_stopped)
        self._suffix = QTimer(self, singleShot=True, interval=SUFFIX_WAIT_MS)
        self._suffix.timeout.connect(self._finish)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        scope.destroyed.connect(self._detach)

    # -- filter ----------------------------------------------------------------------------

    def _detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _watching(self, watched: QObject) -> bool:
        if not self.enabled or not shiboken6.isValid(self._scope) or not self._scope.isVisible():
            return False
        window = self._scope.window()
        if isinstance(watched, QWidget):
            return watched.window() is window
        if isinstance(watched, QWindow):
            return watched is window.windowHandle()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or self._replaying:
            return False
        if not self._watching(watched):
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key in _TERMINATORS and not event.modifiers() & _CHORD:
            if self.scanning:
                self._finish()
                return True
            self._release()  # a person's Enter: their held keys first, then the Enter
            return False
        text = event.text()
        if (
            event.isAutoRepeat()
            or event.modifiers() & _CHORD
            or len(text) != 1
            or not text.isprintable()
        ):
            self._release()
            return False
        if not self._held:
            self._target = watched
        self._held.append((key, event.modifiers(), text))
        self._suffix.stop()
        self._gap.start()
        return True

    @property
    def scanning(self) -> bool:
        """A machine-speed burst is in the buffer."""
        return len(self._held) >= MIN_SCAN

    # -- outcomes --------------------------------------------------------------------------

    def _keys_stopped(self) -> None:
        if self.scanning:
            self._suffix.start()  # wait a moment for Enter/Tab
        else:
            self._release()

    def _finish(self) -> None:
        self._gap.stop()
        self._suffix.stop()
        token = "".join(text for _, _, text in self._held).strip()
        self._held.clear()
        self._target = None
        if not token:
            return
        now = self.now()
        last_token, last_time = self._last
        if token.upper() == last_token and now - last_time < DEDUPE_S:
            return
        self._last = (token.upper(), now)
        self.sig_scanned.emit(token)

    def _release(self) -> None:
        """Give held keys back to the widget they were meant for (a person was typing)."""
        self._gap.stop()
        held, target = self._held, self._target
        self._held, self._target = [], None
        if not held:
            return
        if target is None or not shiboken6.isValid(target):
            target = QApplication.focusWidget()
        if target is None:
            return
        self._replaying = True
        try:
            for key, modifiers, text in held:
                press = QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text)
                QCoreApplication.sendEvent(target, press)
                release = QKeyEvent(QEvent.Type.KeyRelease, key, modifiers, text)
                QCoreApplication.sendEvent(target, release)
        finally:
            self._replaying = False
