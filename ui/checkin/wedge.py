"""Keyboard-wedge scanner input, wherever the focus is in the desk's window.

A USB/Bluetooth scanner in keyboard mode "types" the code as key events — with Shift held
for upper-case characters, 5–30 ms apart — usually followed by Enter or Tab, much faster
than a person. :class:`KeyboardWedge` is an event filter on the application that sees every
key press bound for the window holding its scope widget, whichever widget has the focus:

- printable characters (any character, Shift or not: the token's ``A–Z 2–7``, a registration
  code's ``-``, what a scanner on the wrong keyboard layout makes of them) are held in a buffer
  (swallowed) while they arrive less than :data:`FAST_MS` apart. The gap is measured between
  the events' own timestamps (when the window system stamped the key, so a busy GUI thread
  does not make a scanner look slow), else between their arrival;
- modifier keys alone (Shift, Caps Lock, AltGr …) carry no text and change nothing: a
  scanner presses Shift before every upper-case letter;
- when the keys stop (:data:`HOLD_MS` without one) and fewer than :data:`MIN_SCAN` arrived,
  it was a person: the held keys are replayed, unchanged, to the widget they were meant for
  (a person typing sees them ≤ 60 ms late). A key arriving slower than :data:`FAST_MS` after
  the held ones also gives those back first: a person's quick pair of keys never grows into
  a scan (once a scan is under way, a scanner's hiccup does not end it). When the GUI thread
  was busy past the hold deadline, keys typed meanwhile may still be queued behind the timer:
  the wedge looks once more (:data:`LATE_MS`) before deciding;
- :data:`MIN_SCAN` or more fast characters are a scan. Enter, Return or Tab ends it (the
  terminator is swallowed, so focus does not move and no button fires); a scanner set up
  without a suffix ends the scan :data:`SUFFIX_WAIT_MS` after its last character;
- the same code again within :data:`DEDUPE_S` seconds is one scan (scanners that send a code
  twice, a badge held under the scanner);
- key presses with Ctrl/Alt/Meta, auto-repeat and other keys without text (arrows, F-keys,
  Esc, Backspace) pass through untouched, after any held keys.

Listen to ``sig_scanned(str)``; :attr:`KeyboardWedge.scan_started_ms` then says when that
scan's first key arrived (``time.monotonic()`` ms), so the desk can record how long the scan
took to decide.
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
#: held keys are given back (or a scan awaits its suffix) this long (ms) after the last key
HOLD_MS = 60
#: a hold timer this late (ms) means the GUI thread was busy: look once more before deciding
LATE_MS = 15
#: a burst this long (characters) is a scan
MIN_SCAN = 8
#: a burst without Enter/Tab ends this long (ms) after its last character
SUFFIX_WAIT_MS = 300
#: the same code again within this many seconds is the same scan
DEDUPE_S = 1.5

_TERMINATORS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
_CHORD = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
#: keys that only change what the next key types
_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_Hyper_L,
        Qt.Key.Key_Hyper_R,
        Qt.Key.Key_Mode_switch,
        Qt.Key.Key_Dead_Grave,
        Qt.Key.Key_Dead_Acute,
        Qt.Key.Key_Dead_Circumflex,
        Qt.Key.Key_Dead_Tilde,
        Qt.Key.Key_Dead_Diaeresis,
    }
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
        #: (event timestamp, arrival ms) of the last held key
        self._last_key: tuple[int, float] = (0, 0.0)
        self._waited = False
        self._last: tuple[str, float] = ("", float("-inf"))
        #: arrival (monotonic ms) of the first held key, and of the last scan's first key
        self._first_key_ms = 0.0
        self.scan_started_ms: float | None = None
        self._hold = QTimer(self, singleShot=True, interval=HOLD_MS)
        self._hold.timeout.connect(self._keys_stopped)
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
        if key in _MODIFIER_KEYS:
            return False  # Shift before an upper-case letter: part of a scan, or of typing
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
        stamp, arrived = event.timestamp(), time.monotonic() * 1000
        if self._held and not self.scanning and self._gap_ms(stamp, arrived) >= FAST_MS:
            self._release()  # a person's keys: theirs, before this one
        if not self._held:
            self._target = watched
            self._first_key_ms = arrived
        self._held.append((key, event.modifiers(), text))
        self._last_key = (stamp, arrived)
        self._waited = False
        self._suffix.stop()
        self._hold.start(HOLD_MS)
        return True

    def _gap_ms(self, stamp: int, arrived: float) -> float:
        last_stamp, last_arrived = self._last_key
        if stamp and last_stamp and stamp >= last_stamp:
            return float(stamp - last_stamp)
        return arrived - last_arrived

    @property
    def scanning(self) -> bool:
        """A machine-speed burst is in the buffer."""
        return len(self._held) >= MIN_SCAN

    # -- outcomes --------------------------------------------------------------------------

    def _keys_stopped(self) -> None:
        if self.scanning:
            self._suffix.start()  # wait a moment for Enter/Tab
            return
        late = time.monotonic() * 1000 - self._last_key[1] - HOLD_MS
        if late > LATE_MS and not self._waited:
            # the GUI thread was busy past the deadline: keys typed meanwhile may be queued
            # behind this timer; let them in before deciding it was a person
            self._waited = True
            self._hold.start(LATE_MS)
            return
        self._release()

    def _finish(self) -> None:
        self._hold.stop()
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
        self.scan_started_ms = self._first_key_ms
        self.sig_scanned.emit(token)

    def _release(self) -> None:
        """Give held keys back to the widget they were meant for (a person was typing)."""
        self._hold.stop()
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
