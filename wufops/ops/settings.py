"""The dashboard's settings: thresholds, the queue model's assumptions, the expected arrivals.

Defaults suit a WUF-sized forum; an event changes them with a JSON file (every key optional,
unknown keys refused so a typo is not silently ignored)::

    {
      "wait_threshold_min": 10,
      "turnout": 0.65,
      "day_share": [0.40, 0.18, 0.14, 0.12, 0.10, 0.06],
      "shape": [["07:00", 2], ["08:30", 9], ["09:00", 10], ["11:00", 3], ["18:00", 0]],
      "areas": {"desk-07": "North hall"}
    }

``wufops ops report --settings FILE`` reads it; the desk app reads ``ops-settings.json``
beside its database. docs/operations.md explains every key.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from wufops.errors import CodedError

#: last year's first-day shape: (local time, relative arrivals), linearly interpolated —
#: doors at 07:00, a peak from 08:00 to 10:00 before the opening, a bump after lunch
DEFAULT_SHAPE: tuple[tuple[str, float], ...] = (
    ("06:45", 0.0),
    ("07:00", 2.0),
    ("07:30", 4.0),
    ("08:00", 7.0),
    ("08:30", 9.0),
    ("09:00", 10.0),
    ("09:30", 9.5),
    ("10:00", 7.0),
    ("10:30", 4.5),
    ("11:00", 3.0),
    ("12:00", 2.5),
    ("13:00", 3.0),
    ("13:30", 3.0),
    ("14:00", 2.0),
    ("15:00", 1.5),
    ("16:00", 1.0),
    ("17:00", 0.5),
    ("18:00", 0.0),
)
#: of the people who come at all, the share whose first arrival (badge pickup) falls on each
#: event day; days beyond the list expect nobody new
DEFAULT_DAY_SHARE: tuple[float, ...] = (0.40, 0.18, 0.14, 0.12, 0.10, 0.06)


class OpsSettingsError(CodedError):
    """A settings file the dashboard cannot use: ``unreadable_settings``, ``unknown_setting``,
    ``bad_setting``."""


@dataclass(frozen=True)
class OpsSettings:
    #: warn when the expected wait at a desk area would exceed this (minutes)
    wait_threshold_min: float = 10.0
    #: how far ahead the queue forecast looks (minutes)
    horizon_min: int = 30
    #: a device not heard of for longer than this is a red row (minutes)
    stale_after_min: float = 10.0
    #: heard of within this: online (minutes)
    online_within_min: float = 2.0
    #: a desk that recorded a pickup within this is open (minutes)
    open_within_min: float = 15.0
    #: service time assumed for a desk with too few pickups to measure (seconds)
    default_service_s: float = 40.0
    #: a longer gap between two pickups at one desk is idle time, not service (seconds)
    max_gap_s: float = 240.0
    #: service times and area shares are measured over this last stretch (minutes)
    service_window_min: float = 60.0
    #: share of registered people expected on site over the whole forum
    turnout: float = 0.65
    day_share: tuple[float, ...] = DEFAULT_DAY_SHARE
    shape: tuple[tuple[str, float], ...] = DEFAULT_SHAPE
    #: charts start at this local time (or earlier, at the day's first check-in)
    chart_start: str = "07:00"
    #: desk name → desk area (desks not listed: their name without its trailing number)
    areas: Mapping[str, str] = field(default_factory=dict)

    def shape_minutes(self) -> tuple[tuple[int, float], ...]:
        """The shape as (minutes after local midnight, weight), sorted."""
        return tuple(sorted((_minutes(t), w) for t, w in self.shape))

    def chart_start_minutes(self) -> int:
        return _minutes(self.chart_start)


def _minutes(text: str) -> int:
    hours, _, minutes = text.partition(":")
    value = int(hours) * 60 + int(minutes)
    if not (0 <= int(minutes) < 60 and 0 <= value <= 24 * 60):
        raise ValueError(text)
    return value


_POSITIVE = {
    "wait_threshold_min",
    "stale_after_min",
    "online_within_min",
    "open_within_min",
    "default_service_s",
    "max_gap_s",
    "service_window_min",
}


def _number(name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise OpsSettingsError("bad_setting", f"{name} must be a number, not {value!r}")
    return float(value)


def settings_from(data: Mapping[str, Any], base: OpsSettings | None = None) -> OpsSettings:
    """Settings from a JSON object (keys as in :class:`OpsSettings`), over ``base``."""
    base = base or OpsSettings()
    known = {f.name for f in fields(OpsSettings)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise OpsSettingsError(
            "unknown_setting", f"no setting named {', '.join(unknown)} (see docs/operations.md)"
        )
    changes: dict[str, Any] = {}
    for name, value in data.items():
        if name in _POSITIVE:
            number = _number(name, value)
            if number <= 0:
                raise OpsSettingsError("bad_setting", f"{name} must be above 0")
            changes[name] = number
        elif name == "horizon_min":
            number = _number(name, value)
            if not 5 <= number <= 240 or number != int(number):
                raise OpsSettingsError("bad_setting", "horizon_min must be 5 … 240 minutes")
            changes[name] = int(number)
        elif name == "turnout":
            number = _number(name, value)
            if not 0 < number <= 1:
                raise OpsSettingsError("bad_setting", "turnout is a share: above 0, at most 1")
            changes[name] = number
        elif name == "day_share":
            if not isinstance(value, list) or not value:
                raise OpsSettingsError("bad_setting", "day_share is a list of shares, one a day")
            shares = tuple(_number(name, v) for v in value)
            if any(s < 0 for s in shares) or sum(shares) <= 0:
                raise OpsSettingsError("bad_setting", "day_share must be shares ≥ 0, not all 0")
            changes[name] = shares
        elif name == "shape":
            changes[name] = _shape(value)
        elif name == "chart_start":
            try:
                _minutes(str(value))
            except ValueError:
                raise OpsSettingsError("bad_setting", "chart_start is a time, HH:MM") from None
            changes[name] = str(value)
        elif name == "areas":
            if not isinstance(value, dict) or not all(
                isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in value.items()
            ):
                raise OpsSettingsError("bad_setting", "areas maps desk names to area names")
            changes[name] = dict(value)
    return replace(base, **changes)


def _shape(value: Any) -> tuple[tuple[str, float], ...]:
    if not isinstance(value, list) or len(value) < 2:
        raise OpsSettingsError("bad_setting", 'shape is a list of ["HH:MM", weight], at least 2')
    points: list[tuple[str, float]] = []
    for item in value:
        if not (isinstance(item, list) and len(item) == 2 and isinstance(item[0], str)):
            raise OpsSettingsError("bad_setting", f'shape point {item!r} is not ["HH:MM", weight]')
        try:
            _minutes(item[0])
        except ValueError:
            raise OpsSettingsError("bad_setting", f"shape time {item[0]!r} is not HH:MM") from None
        weight = _number("shape", item[1])
        if weight < 0:
            raise OpsSettingsError("bad_setting", "shape weights must not be negative")
        points.append((item[0], weight))
    if sum(w for _, w in points) <= 0:
        raise OpsSettingsError("bad_setting", "shape weights must not all be 0")
    return tuple(points)


def load_settings(path: Path | None) -> OpsSettings:
    """Settings from a JSON file, or the defaults when ``path`` is ``None``."""
    if path is None:
        return OpsSettings()
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise OpsSettingsError("unreadable_settings", f"{path}: {error}") from None
    if not isinstance(data, dict):
        raise OpsSettingsError("bad_setting", f"{path}: a JSON object of settings")
    return settings_from(data)


def settings_beside(db_path: Path) -> Path:
    """Where the desk app looks for an event's settings: ``ops-settings.json`` beside it."""
    return Path(db_path).with_name("ops-settings.json")
