"""What the dashboard shows, as plain frozen values: charts, the queue forecast, device health.

The desk app draws them (``ui/operations``), ``wufops ops report`` prints them as text or JSON
and draws them into the daily PDF. :meth:`Dashboard.to_json` is the stable, documented JSON
(docs/operations.md, "JSON"): keys are only ever added, ``version`` says which shape.

Instants are Unix milliseconds (UTC) here and ISO-8601 ``…Z`` text in JSON; durations are
named by their unit (``_ms``, ``_s``, ``_min``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Literal

from wufops.clock import iso_utc

JSON_VERSION = 1

ChartKey = Literal["arrivals", "desk_checkins", "scan_time", "gate_entries", "prints", "issues"]
#: chart keys in the dashboard's reading order
CHART_KEYS: tuple[ChartKey, ...] = (
    "arrivals",
    "desk_checkins",
    "scan_time",
    "gate_entries",
    "prints",
    "issues",
)
Level = Literal["ok", "warn", "critical"]
DeviceState = Literal["online", "quiet", "stale", "never", "revoked", "offline"]


@dataclass(frozen=True)
class Series:
    """One series of a chart: its key (a category code, a desk, a zone, an hour …) and one
    value per point of the chart's axis."""

    key: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class Chart:
    """A chart: along time (``x``: bucket starts, Unix ms) or along named ``categories``.

    ``bars`` are stacked when ``stacked``, side by side otherwise; ``lines`` (time charts)
    overlay them on the same axis. ``bucket_min`` is the width of a time bucket.
    """

    key: ChartKey
    unit: str  # "people", "check-ins", "ms", "prints", "records"
    x: tuple[int, ...] = ()
    categories: tuple[str, ...] = ()
    bars: tuple[Series, ...] = ()
    lines: tuple[Series, ...] = ()
    stacked: bool = False
    bucket_min: int = 15

    @property
    def along_time(self) -> bool:
        return bool(self.x)

    @property
    def points(self) -> int:
        return len(self.x) if self.x else len(self.categories)

    def total(self, series: str) -> float:
        for s in (*self.bars, *self.lines):
            if s.key == series:
                return sum(s.values)
        return 0.0

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "key": self.key,
            "unit": self.unit,
            "stacked": self.stacked,
            "bars": {s.key: list(s.values) for s in self.bars},
            "lines": {s.key: list(s.values) for s in self.lines},
        }
        if self.x:
            data["x"] = [iso_utc(t) for t in self.x]
            data["bucket_min"] = self.bucket_min
        else:
            data["categories"] = list(self.categories)
        return data


@dataclass(frozen=True)
class Suggestion:
    """What to do about an area's queue: open idle desks, move staff from another area
    that keeps up without them, call in more — and the wait it should leave."""

    open_desks: tuple[str, ...] = ()
    move_from: str = ""
    move_count: int = 0
    add_staff: int = 0
    #: the forecast's worst wait with the suggestion applied (minutes)
    wait_after_min: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "open_desks": list(self.open_desks),
            "move_from": self.move_from,
            "move_count": self.move_count,
            "add_staff": self.add_staff,
            "wait_after_min": _finite(self.wait_after_min),
        }


@dataclass(frozen=True)
class AreaForecast:
    """The queue in front of one desk area now and over the forecast horizon."""

    area: str
    desks: tuple[str, ...]
    open_desks: tuple[str, ...]
    #: enrolled desks of the area, not revoked, that recorded no pickup lately
    idle_desks: tuple[str, ...]
    #: each open desk's service time (s), as measured (or the default), by name
    desk_service_s: tuple[tuple[str, float], ...]
    #: mean service time of its open desks (s)
    service_s: float
    #: pickups per minute over the last quarter hour (what the desks served)
    served_per_min: float
    #: what its open desks can serve per minute (c·μ)
    capacity_per_min: float
    #: served / capacity over the last quarter hour: near 1, the desks work back to back
    utilisation: float
    #: people estimated waiting now (see ``wufops.ops.forecast``, "The queue standing now")
    queue: float
    #: forecast instants (Unix ms), arrivals per minute and wait (minutes; ``inf``: no end)
    steps: tuple[int, ...]
    arrivals_per_min: tuple[float, ...]
    waits_min: tuple[float, ...]
    level: Level
    suggestion: Suggestion | None

    @property
    def peak_wait_min(self) -> float:
        return max(self.waits_min, default=0.0)

    @property
    def saturated(self) -> bool:
        return self.utilisation >= 0.9

    def to_json(self) -> dict[str, Any]:
        return {
            "area": self.area,
            "desks": list(self.desks),
            "open_desks": list(self.open_desks),
            "idle_desks": list(self.idle_desks),
            "desk_service_s": {name: round(v, 1) for name, v in self.desk_service_s},
            "service_s": round(self.service_s, 1),
            "served_per_min": round(self.served_per_min, 2),
            "capacity_per_min": round(self.capacity_per_min, 2),
            "utilisation": _finite(round(self.utilisation, 3)),
            "saturated": self.saturated,
            "queue": round(self.queue, 1),
            "forecast": [
                {"at": iso_utc(t), "arrivals_per_min": round(a, 2), "wait_min": _finite(w)}
                for t, a, w in zip(self.steps, self.arrivals_per_min, self.waits_min, strict=True)
            ],
            "peak_wait_min": _finite(self.peak_wait_min),
            "level": self.level,
            "suggestion": None if self.suggestion is None else self.suggestion.to_json(),
        }


@dataclass(frozen=True)
class DeviceHealth:
    """One device's sync health as this file knows it (``source``: ``replica`` — what was
    replicated here; ``self`` — this desk's own sync; ``hub`` — the hub's own records)."""

    name: str
    role: str
    state: DeviceState
    revoked: bool
    #: when it was last heard of: the hub's last contact, or its newest record here (ms)
    last_seen_ms: int | None
    #: its newest check-in, entry or print of the day that reached this file (ms)
    last_record_ms: int | None
    #: ops it holds that the hub has not acknowledged (known for this desk only)
    pending: int | None
    #: how far behind the hub is on its work (ms): for this desk, the age of its oldest
    #: pending op; at the hub, the longest delay of its ops committed in the last hour
    lag_ms: int | None
    #: change-log entries it had not pulled at its last contact (this desk, the hub)
    behind_ops: int | None
    #: not heard of for longer than the stale limit (and not revoked): a red row
    stale: bool
    source: Literal["replica", "self", "hub"]
    clock_offset_ms: int | None = None
    rejected: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "role": self.role,
            "state": self.state,
            "revoked": self.revoked,
            "last_seen": _iso(self.last_seen_ms),
            "last_record": _iso(self.last_record_ms),
            "pending": self.pending,
            "lag_ms": self.lag_ms,
            "behind_ops": self.behind_ops,
            "stale": self.stale,
            "source": self.source,
            "clock_offset_ms": self.clock_offset_ms,
            "rejected": self.rejected,
        }


FindingKind = Literal["slow_scan", "slow_desk", "printer_failures", "stale_device"]


@dataclass(frozen=True)
class Finding:
    """A reason behind a queue, for the supervisor's "why": a desk whose scans or service
    are slow against its peers, a printer that fails, a device that stopped syncing.
    ``value`` against ``reference`` (ms for scans, s for service, a share for failures,
    minutes for staleness)."""

    kind: FindingKind
    subject: str
    value: float
    reference: float

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "subject": self.subject,
            "value": round(self.value, 3),
            "reference": round(self.reference, 3),
        }


@dataclass(frozen=True)
class Totals:
    registered: int
    picked_up_before: int
    pickups: int
    expected_pickups: float  # expected by ``at`` today
    expected_day: float  # expected over the whole day
    entries: int
    prints: int
    print_failures: int
    duplicates: int
    conflicts: int

    def to_json(self) -> dict[str, Any]:
        return {
            "registered": self.registered,
            "picked_up_before": self.picked_up_before,
            "pickups": self.pickups,
            "expected_pickups": round(self.expected_pickups, 1),
            "expected_day": round(self.expected_day, 1),
            "entries": self.entries,
            "prints": self.prints,
            "print_failures": self.print_failures,
            "duplicates": self.duplicates,
            "conflicts": self.conflicts,
        }


@dataclass(frozen=True)
class Dashboard:
    event: str
    timezone: str
    #: the instant shown (Unix ms) and the local day it falls in (ISO date)
    at_ms: int
    day: str
    #: ``at`` is the latest recorded activity, not now (no check-in for half a day: a
    #: replay of the last day with activity, e.g. the demo event)
    replay: bool
    #: the event day's index (0 = first day; negative before the event)
    day_index: int
    charts: tuple[Chart, ...]
    areas: tuple[AreaForecast, ...]
    devices: tuple[DeviceHealth, ...]
    totals: Totals
    wait_threshold_min: float
    horizon_min: int
    stale_after_min: float
    #: where the device list comes from: ``replica`` (what a desk knows) or ``hub``
    devices_from: Literal["replica", "hub"] = "replica"
    #: reasons behind the queues, worst first
    findings: tuple[Finding, ...] = ()
    #: when it was computed (Unix ms): this desk's own sync row is measured against it
    now_ms: int = 0

    def chart(self, key: ChartKey) -> Chart:
        return next(c for c in self.charts if c.key == key)

    @property
    def warnings(self) -> tuple[AreaForecast, ...]:
        """Areas whose wait would pass the threshold, worst first."""
        bad = [a for a in self.areas if a.level != "ok"]
        return tuple(sorted(bad, key=lambda a: (-_rank(a.peak_wait_min), a.area)))

    @property
    def stale_devices(self) -> tuple[DeviceHealth, ...]:
        return tuple(d for d in self.devices if d.stale)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": JSON_VERSION,
            "event": self.event,
            "timezone": self.timezone,
            "at": iso_utc(self.at_ms),
            "now": iso_utc(self.now_ms or self.at_ms),
            "day": self.day,
            "day_index": self.day_index,
            "replay": self.replay,
            "settings": {
                "wait_threshold_min": self.wait_threshold_min,
                "horizon_min": self.horizon_min,
                "stale_after_min": self.stale_after_min,
            },
            "totals": self.totals.to_json(),
            "warnings": [a.area for a in self.warnings],
            "areas": [a.to_json() for a in self.areas],
            "findings": [f.to_json() for f in self.findings],
            "devices_from": self.devices_from,
            "devices": [d.to_json() for d in self.devices],
            "charts": {c.key: c.to_json() for c in self.charts},
        }


def _rank(value: float) -> float:
    return 1e12 if math.isinf(value) else value


def _finite(value: float) -> float | None:
    """JSON has no infinity: an unbounded wait is ``null``."""
    return None if math.isinf(value) or math.isnan(value) else round(value, 2)


def _iso(ms: int | None) -> str | None:
    return None if ms is None else iso_utc(ms)
