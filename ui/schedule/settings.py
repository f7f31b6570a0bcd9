"""Typed accessors over ``QSettings`` for the schedule workspace, remembered per device.

Keys: ``schedule/order`` (``name``, ``floor``, ``capacity`` or ``custom``),
``schedule/custom_order`` (room ids, JSON), ``schedule/hidden`` (room ids not shown, JSON),
``schedule/favourites`` (room ids pinned at the top, JSON), ``schedule/favourites_only``,
``schedule/zoom`` (pixels per minute), ``schedule/compact``, ``schedule/show_cancelled``,
``schedule/day`` (the day tab last shown, ISO date).
"""

from __future__ import annotations

import json
from typing import Literal

from PySide6.QtCore import QSettings

Order = Literal["name", "floor", "capacity", "custom"]
ORDERS: tuple[Order, ...] = ("name", "floor", "capacity", "custom")
#: pixels per minute the zoom steps through
ZOOMS: tuple[float, ...] = (0.75, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0)
DEFAULT_ZOOM = 2.0


def _bool(value: object, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes", "on")
    return bool(value)


def _ids(value: object) -> list[str]:
    try:
        data = json.loads(str(value)) if value is not None else []
    except ValueError:
        return []
    return [str(x) for x in data] if isinstance(data, list) else []


class ScheduleSettings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings if qsettings is not None else QSettings()

    def _set_ids(self, key: str, ids: list[str]) -> None:
        self._q.setValue(key, json.dumps(list(ids)))

    @property
    def order(self) -> Order:
        value = str(self._q.value("schedule/order", "floor"))
        return next((o for o in ORDERS if o == value), "floor")

    @order.setter
    def order(self, value: Order) -> None:
        self._q.setValue("schedule/order", value)

    @property
    def custom_order(self) -> list[str]:
        return _ids(self._q.value("schedule/custom_order"))

    @custom_order.setter
    def custom_order(self, ids: list[str]) -> None:
        self._set_ids("schedule/custom_order", ids)

    @property
    def hidden(self) -> set[str]:
        return set(_ids(self._q.value("schedule/hidden")))

    @hidden.setter
    def hidden(self, ids: set[str]) -> None:
        self._set_ids("schedule/hidden", sorted(ids))

    @property
    def favourites(self) -> set[str]:
        return set(_ids(self._q.value("schedule/favourites")))

    @favourites.setter
    def favourites(self, ids: set[str]) -> None:
        self._set_ids("schedule/favourites", sorted(ids))

    @property
    def favourites_only(self) -> bool:
        return _bool(self._q.value("schedule/favourites_only"), False)

    @favourites_only.setter
    def favourites_only(self, value: bool) -> None:
        self._q.setValue("schedule/favourites_only", bool(value))

    @property
    def zoom(self) -> float:
        try:
            value = float(str(self._q.value("schedule/zoom", DEFAULT_ZOOM)))
        except ValueError:
            return DEFAULT_ZOOM
        return min(ZOOMS, key=lambda z: abs(z - value))

    @zoom.setter
    def zoom(self, value: float) -> None:
        self._q.setValue("schedule/zoom", float(value))

    @property
    def compact(self) -> bool:
        return _bool(self._q.value("schedule/compact"), False)

    @compact.setter
    def compact(self, value: bool) -> None:
        self._q.setValue("schedule/compact", bool(value))

    @property
    def show_cancelled(self) -> bool:
        return _bool(self._q.value("schedule/show_cancelled"), True)

    @show_cancelled.setter
    def show_cancelled(self, value: bool) -> None:
        self._q.setValue("schedule/show_cancelled", bool(value))

    @property
    def day(self) -> str:
        return str(self._q.value("schedule/day", ""))

    @day.setter
    def day(self, value: str) -> None:
        self._q.setValue("schedule/day", value)
