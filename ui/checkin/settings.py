"""Typed accessors over ``QSettings`` for one check-in desk or gate.

Keys (organisation ``UN-Habitat``, application ``WUF Ops``): ``desk/name`` (shared with the
app shell's :class:`ui.context.Settings`), ``checkin/mode`` (``pickup`` or ``gate``),
``checkin/printer`` (a printer name as the OS lists it; empty: write PDF files),
``checkin/pdf_dir``, ``checkin/layout`` (the badge layout for this printer's stock: ``a6``,
``cr80``, ``4x6in``, ``label-54x90``…), ``checkin/gate_zone``, ``checkin/gate_repeat_s``
(seconds within which the same badge at this gate is one entry; default 10, 0 turns it off),
``checkin/sound`` (on/off).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import QSettings, QStandardPaths

from wufops.checkin.gate import REPEAT_WINDOW_S

Mode = Literal["pickup", "gate"]


def _bool(value: object) -> bool:
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes", "on")
    return bool(value)


class CheckinSettings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings if qsettings is not None else QSettings()

    @property
    def desk_name(self) -> str:
        return str(self._q.value("desk/name", "Desk 1")) or "Desk 1"

    @desk_name.setter
    def desk_name(self, value: str) -> None:
        self._q.setValue("desk/name", value.strip())

    @property
    def mode(self) -> Mode:
        return "gate" if str(self._q.value("checkin/mode", "pickup")) == "gate" else "pickup"

    @mode.setter
    def mode(self, value: Mode) -> None:
        self._q.setValue("checkin/mode", value)

    @property
    def printer(self) -> str:
        """The printer to auto-print on, by name; empty: badges go to PDF files."""
        return str(self._q.value("checkin/printer", ""))

    @printer.setter
    def printer(self, value: str) -> None:
        self._q.setValue("checkin/printer", value.strip())

    @property
    def pdf_dir(self) -> Path:
        default = (
            Path(
                QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                or Path.home()
            )
            / "WUF badges"
        )
        value = str(self._q.value("checkin/pdf_dir", ""))
        return Path(value) if value else default

    @pdf_dir.setter
    def pdf_dir(self, value: Path) -> None:
        self._q.setValue("checkin/pdf_dir", str(value))

    @property
    def layout(self) -> str:
        """The badge layout matching this desk's printer stock (a bundled layout name)."""
        return str(self._q.value("checkin/layout", "a6")) or "a6"

    @layout.setter
    def layout(self, value: str) -> None:
        self._q.setValue("checkin/layout", value)

    @property
    def gate_zone(self) -> str:
        return str(self._q.value("checkin/gate_zone", ""))

    @gate_zone.setter
    def gate_zone(self, value: str) -> None:
        self._q.setValue("checkin/gate_zone", value.strip())

    @property
    def gate_repeat_s(self) -> float:
        """The same badge again at this gate within this many seconds counts one entry."""
        try:
            value = float(str(self._q.value("checkin/gate_repeat_s", REPEAT_WINDOW_S)))
        except ValueError:
            return REPEAT_WINDOW_S
        return max(0.0, value)

    @gate_repeat_s.setter
    def gate_repeat_s(self, value: float) -> None:
        self._q.setValue("checkin/gate_repeat_s", max(0.0, float(value)))

    @property
    def sound(self) -> bool:
        return _bool(self._q.value("checkin/sound", True))

    @sound.setter
    def sound(self, value: bool) -> None:
        self._q.setValue("checkin/sound", bool(value))
