"""The whole dashboard from one day's grouped rows: a pure function, no SQL, no clock.

:func:`build` takes what ``wufops.store.ops`` read (a few thousand grouped rows, whatever the
day's volume) and returns the frozen :class:`~wufops.ops.figures.Dashboard`: six charts, the
queue forecast per desk area, device health. :func:`wufops.ops.dashboard` reads and builds.

Who recorded a row is the **enrolled device** its replica is bound to (``device_replica``),
never the free-text desk label, which names only replicas no hub has bound.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from db.vocabulary import CATEGORIES
from wufops.clock import parse_iso_utc
from wufops.ops.figures import (
    AreaForecast,
    Chart,
    Dashboard,
    DeviceHealth,
    Finding,
    Series,
    Totals,
)
from wufops.ops.forecast import (
    BUSY,
    CALIBRATE_FROM,
    CALIBRATION,
    DeskLoad,
    expected_day,
    forecast_areas,
    quarter_weights,
    service_time_s,
)
from wufops.ops.health import Link, hub_health, replica_health
from wufops.ops.settings import OpsSettings
from wufops.store.ops import DayRows, DeviceRecord, HubDevice, OwnSync

QUARTER_MS = 15 * 60_000
HOUR_MS = 60 * 60_000
#: hours of per-desk check-ins shown side by side (the latest ones)
DESK_HOURS = 6
#: pickup roles: devices of these roles count as desks (an admin may run a desk)
DESK_ROLES = ("desk", "admin")
_TRAILING_NUMBER = re.compile(r"[\s\-_·./#]*\d+$")


def area_of(desk: str, areas: Mapping[str, str]) -> str:
    """A desk's area: as configured, else its name without a trailing number
    (``north-03`` → ``north``, ``Desk 7`` → ``Desk``)."""
    if desk in areas:
        return areas[desk]
    stripped = _TRAILING_NUMBER.sub("", desk).strip()
    return stripped or desk


def quantile(values: Iterable[float], q: float) -> float:
    """Nearest-rank quantile (``nan`` when empty)."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    return ordered[max(1, math.ceil(q * len(ordered))) - 1]


@dataclass(frozen=True)
class Window:
    """The day shown: local midnight, the instant ``at``, the event zone."""

    zone: ZoneInfo
    day: date
    midnight_ms: int
    at_ms: int
    _hours: dict[int, int] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, at_ms: int, zone: ZoneInfo) -> Window:
        local = datetime.fromtimestamp(at_ms / 1000, UTC).astimezone(zone)
        midnight = datetime(local.year, local.month, local.day, tzinfo=zone)
        return cls(zone, local.date(), int(midnight.timestamp() * 1000), at_ms)

    def local_minute(self, ms: int) -> float:
        local = datetime.fromtimestamp(ms / 1000, UTC).astimezone(self.zone)
        return (local - datetime(local.year, local.month, local.day, tzinfo=self.zone)) / (
            timedelta(minutes=1)
        )

    def local_hour_start(self, ms: int) -> int:
        found = self._hours.get(ms)
        if found is None:
            local = datetime.fromtimestamp(ms / 1000, UTC).astimezone(self.zone)
            found = int(local.replace(minute=0, second=0, microsecond=0).timestamp() * 1000)
            self._hours[ms] = found
        return found


class _Buckets:
    """``YYYY-MM-DDTHH:MM`` bucket text → Unix ms, each parsed once."""

    def __init__(self) -> None:
        self._cache: dict[str, int] = {}

    def __call__(self, text: str) -> int:
        found = self._cache.get(text)
        if found is None:
            found = self._cache[text] = parse_iso_utc(text + ":00Z")
        return found


@dataclass(frozen=True)
class _Who:
    key: str  # the enrolled device's id, else the replica id
    name: str
    role: str
    enrolled: bool


def _identities(devices: Sequence[DeviceRecord]) -> dict[str, _Who]:
    out: dict[str, _Who] = {}
    for d in devices:
        for replica in d.replicas:
            out[replica] = _Who(d.id, d.name, d.role, True)
    return out


def _who(replicas: dict[str, _Who], replica_id: str, label: str) -> _Who:
    found = replicas.get(replica_id)
    if found is not None:
        return found
    return _Who(replica_id, label or replica_id[:8], "", False)


def build(
    rows: DayRows,
    *,
    at_ms: int,
    settings: OpsSettings,
    replay: bool = False,
    own: OwnSync | None = None,
    link: Link | None = None,
    hub: Sequence[HubDevice] | None = None,
    now_ms: int | None = None,
) -> Dashboard:
    """The dashboard at ``at_ms`` from the day's rows (see ``wufops.store.ops.read_day``)."""
    zone = ZoneInfo(rows.event.timezone)
    window = Window.of(at_ms, zone)
    bucket = _Buckets()
    replicas = _identities(rows.devices)
    day_index = (window.day - date.fromisoformat(rows.event.first_day)).days

    # -- who recorded what ------------------------------------------------------------------
    pickups: dict[tuple[int, str, str], int] = defaultdict(int)  # (bucket, desk key, category)
    desks: dict[str, _Who] = {}
    newest: dict[str, str] = {}  # ISO text sorts as time

    def seen(key: str, last: str) -> None:
        if last > newest.get(key, ""):
            newest[key] = last

    for g in rows.pickups:
        who = _who(replicas, g.device_id, g.desk)
        desks.setdefault(who.key, who)
        pickups[(bucket(g.bucket), who.key, g.category)] += g.count
        seen(who.key, g.last)
    for g in rows.voided:
        who = _who(replicas, g.device_id, g.desk)
        pickups[(bucket(g.bucket), who.key, g.category)] -= g.count
    for device in rows.devices:
        if device.role == "desk":
            desks.setdefault(device.id, _Who(device.id, device.name, device.role, True))
    revoked = {device.id for device in rows.devices if device.revoked}

    # -- the time axes ------------------------------------------------------------------------
    first_data = min((k[0] for k in pickups), default=at_ms)
    for e in rows.entries:
        first_data = min(first_data, bucket(e.bucket))
    start = min(window.midnight_ms + settings.chart_start_minutes() * 60_000, first_data)
    start = max(window.midnight_ms, start - start % QUARTER_MS)
    end = at_ms + settings.horizon_min * 60_000
    end = window.local_hour_start(end - 1) + HOUR_MS
    quarters = tuple(range(start, end, QUARTER_MS))
    hours = tuple(range(window.local_hour_start(start), end, HOUR_MS))

    # -- expected arrivals --------------------------------------------------------------------
    weights = quarter_weights(settings)
    day_total = expected_day(settings, day_index, rows.registered, rows.picked_up_before)

    def expected_quarter(q_start: int) -> float:
        minute = window.local_minute(q_start)
        index = int(minute // 15)
        if not 0 <= index < 96 or q_start < window.midnight_ms:
            return 0.0
        return day_total * weights[index]

    def expected_rate(t: int) -> float:
        return expected_quarter(t - (t - window.midnight_ms) % QUARTER_MS) / 15.0

    expected_so_far = 0.0
    for q in range(window.midnight_ms, at_ms, QUARTER_MS):
        part = min(1.0, (at_ms - q) / QUARTER_MS)
        expected_so_far += expected_quarter(q) * part

    # -- arrivals by category -------------------------------------------------------------
    by_category: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for (b, _key, category), count in pickups.items():
        by_category[category or "unknown"][b] += count
    order = [c for c in CATEGORIES if c in by_category]
    order += sorted(c for c in by_category if c not in CATEGORIES)
    arrivals = Chart(
        key="arrivals",
        unit="people",
        x=quarters,
        bars=tuple(
            Series(c, tuple(float(by_category[c].get(q, 0)) for q in quarters)) for c in order
        ),
        lines=(Series("expected", tuple(round(expected_quarter(q), 2) for q in quarters)),),
        stacked=True,
        bucket_min=15,
    )
    pickups_today = sum(pickups.values())

    # -- desks --------------------------------------------------------------------------------
    def desk_order(key: str) -> tuple[str, str]:
        name = desks[key].name
        return (area_of(name, settings.areas), name)

    recorded = sorted({k for (_b, k, _c), n in pickups.items() if n}, key=desk_order)
    per_desk_hour: dict[tuple[str, int], int] = defaultdict(int)
    for (b, key, _c), count in pickups.items():
        per_desk_hour[(key, window.local_hour_start(b))] += count
    worked = [h for h in hours if h <= at_ms and any(per_desk_hour.get((k, h)) for k in recorded)]
    shown_hours = [h for h in hours if h <= at_ms and worked and h >= worked[0]][-DESK_HOURS:]
    desk_checkins = Chart(
        key="desk_checkins",
        unit="check-ins",
        categories=tuple(desks[k].name for k in recorded),
        bars=tuple(
            Series(
                _hour_label(h, zone),
                tuple(float(per_desk_hour.get((k, h), 0)) for k in recorded),
            )
            for h in shown_hours
        ),
        bucket_min=60,
    )
    scan_hist: dict[str, list[float]] = defaultdict(list)
    for replica_id, times in rows.scan_ms.items():
        scan_hist[_who(replicas, replica_id, "").key].extend(times)
    timed = [k for k in sorted(scan_hist, key=lambda k: desk_order(k) if k in desks else ("", k))]
    scan_time = Chart(
        key="scan_time",
        unit="ms",
        categories=tuple(desks[k].name if k in desks else k[:8] for k in timed),
        bars=(
            Series("median", tuple(quantile(scan_hist[k], 0.5) for k in timed)),
            Series("p90", tuple(quantile(scan_hist[k], 0.9) for k in timed)),
        ),
    )

    # -- gates -----------------------------------------------------------------------------
    zones: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    entries_today = 0
    for e in rows.entries:
        who = _who(replicas, e.device_id, e.gate)
        seen(who.key, e.last)
        zones[e.zone or "—"][window.local_hour_start(bucket(e.bucket))] += e.count
        entries_today += e.count
    gate_entries = Chart(
        key="gate_entries",
        unit="entries",
        x=hours,
        bars=tuple(
            Series(z, tuple(float(zones[z].get(h, 0)) for h in hours)) for z in sorted(zones)
        ),
        stacked=True,
        bucket_min=60,
    )

    # -- prints ----------------------------------------------------------------------------
    printers: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for p in rows.prints:
        who = _who(replicas, p.device_id, p.desk)
        seen(who.key, p.last)
        printers[p.printer or "—"]["failed" if p.outcome == "failed" else "printed"] += p.count
    printer_names = sorted(printers)
    prints = Chart(
        key="prints",
        unit="prints",
        categories=tuple(printer_names),
        bars=(
            Series("printed", tuple(float(printers[n]["printed"]) for n in printer_names)),
            Series("failed", tuple(float(printers[n]["failed"]) for n in printer_names)),
        ),
        stacked=True,
    )
    prints_today = sum(sum(v.values()) for v in printers.values())
    failures_today = sum(v["failed"] for v in printers.values())

    # -- conflicts and duplicates ------------------------------------------------------------
    dup: dict[int, int] = defaultdict(int)
    for pair in rows.duplicates:
        dup[bucket(pair.bucket)] += pair.count
    con: dict[int, int] = defaultdict(int)
    for c in rows.conflicts:
        con[bucket(c.bucket)] += c.count
    issues = Chart(
        key="issues",
        unit="records",
        x=quarters,
        bars=(
            Series("duplicates", tuple(float(dup.get(q, 0)) for q in quarters)),
            Series("conflicts", tuple(float(con.get(q, 0)) for q in quarters)),
        ),
        bucket_min=15,
    )

    last_record = {key: parse_iso_utc(text) for key, text in newest.items()}

    # -- the forecast -----------------------------------------------------------------------
    instants: dict[str, list[int]] = defaultdict(list)
    for replica_id, times in rows.pickup_ms.items():
        instants[_who(replicas, replica_id, "").key].extend(times)
    per_desk_quarter: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for (b, key, _c), count in pickups.items():
        per_desk_quarter[key][b] += count
    loads = []
    quarter_ago = at_ms - QUARTER_MS
    open_since = at_ms - settings.open_within_min * 60_000
    window_since = at_ms - settings.service_window_min * 60_000
    for key, who in desks.items():
        if who.enrolled and who.role not in DESK_ROLES:
            continue
        recent = sorted(t for t in instants.get(key, ()) if window_since <= t < at_ms)
        is_open = bool(recent) and recent[-1] >= open_since and key not in revoked
        loads.append(
            DeskLoad(
                key=key,
                name=who.name,
                area=area_of(who.name, settings.areas),
                open=is_open,
                idle=who.enrolled and not is_open and key not in revoked,
                service_s=service_time_s(recent, settings),
                served_quarter=sum(1 for t in recent if t >= quarter_ago),
                served_window=len(recent),
                quarters=dict(per_desk_quarter.get(key, {})),
            )
        )
    calibration = 1.0
    if expected_so_far >= CALIBRATE_FROM:
        low, high = CALIBRATION
        calibration = min(high, max(low, pickups_today / expected_so_far))
    complete = tuple(range(window.midnight_ms, at_ms - QUARTER_MS + 1, QUARTER_MS))
    areas = forecast_areas(
        loads,
        at_ms=at_ms,
        quarters=complete,
        expected_quarter=expected_quarter,
        expected_rate=expected_rate,
        calibration=calibration,
        settings=settings,
    )

    # -- devices --------------------------------------------------------------------------
    health: tuple[DeviceHealth, ...]
    if hub is not None:
        health = hub_health(hub, rows.devices, last_record, at_ms=at_ms, settings=settings)
    else:
        health = replica_health(
            rows.devices,
            last_record,
            at_ms=at_ms,
            settings=settings,
            own=own,
            link=link,
            now_ms=now_ms,
        )

    totals = Totals(
        registered=rows.registered,
        picked_up_before=rows.picked_up_before,
        pickups=pickups_today,
        expected_pickups=expected_so_far,
        expected_day=day_total,
        entries=entries_today,
        prints=prints_today,
        print_failures=failures_today,
        duplicates=sum(dup.values()),
        conflicts=sum(con.values()),
    )
    return Dashboard(
        event=rows.event.name,
        timezone=rows.event.timezone,
        at_ms=at_ms,
        day=window.day.isoformat(),
        replay=replay,
        day_index=day_index,
        charts=(arrivals, desk_checkins, scan_time, gate_entries, prints, issues),
        areas=areas,
        devices=health,
        totals=totals,
        wait_threshold_min=settings.wait_threshold_min,
        horizon_min=settings.horizon_min,
        stale_after_min=settings.stale_after_min,
        devices_from="hub" if hub is not None else "replica",
        findings=findings(scan_time, prints, areas, health, at_ms),
        now_ms=now_ms or at_ms,
    )


#: a desk this much slower than the middle desk is worth a look
SLOWER = 1.5
#: a printer failing more than this share of its prints (with a few prints at least)
FAILING = 0.05


def findings(
    scans: Chart,
    prints: Chart,
    areas: Sequence[AreaForecast],
    devices: Sequence[DeviceHealth],
    at_ms: int,
) -> tuple[Finding, ...]:
    """The reasons behind queues: slow scans and desks against their peers, failing
    printers, devices that stopped syncing — worst first within each kind."""
    out: list[Finding] = []
    if scans.bars:
        medians = [
            (name, v)
            for name, v in zip(scans.categories, scans.bars[0].values, strict=True)
            if not math.isnan(v)
        ]
        typical = quantile([v for _, v in medians], 0.5)
        slow = [(n, v) for n, v in medians if len(medians) > 2 and v > SLOWER * typical]
        out += [Finding("slow_scan", n, v, typical) for n, v in sorted(slow, key=lambda p: -p[1])]
    for area in areas:
        if len(area.desk_service_s) < 2 or area.utilisation < BUSY:
            continue  # a quiet desk's gaps are idle time, not slowness
        typical = quantile([v for _, v in area.desk_service_s], 0.5)
        out += [
            Finding("slow_desk", name, v, typical)
            for name, v in sorted(area.desk_service_s, key=lambda p: -p[1])
            if v > 1.3 * typical
        ]
    if prints.bars:
        failing = []
        for n, name in enumerate(prints.categories):
            ok, bad = prints.bars[0].values[n], prints.bars[1].values[n]
            if bad >= 3 and bad / (ok + bad) > FAILING:
                failing.append(Finding("printer_failures", name, bad / (ok + bad), FAILING))
        out += sorted(failing, key=lambda f: -f.value)
    out += [
        Finding("stale_device", d.name, (at_ms - d.last_seen_ms) / 60_000, 0.0)
        for d in devices
        if d.stale and d.source != "self" and d.last_seen_ms is not None
    ]
    return tuple(out)


def _hour_label(hour_ms: int, zone: ZoneInfo) -> str:
    return datetime.fromtimestamp(hour_ms / 1000, UTC).astimezone(zone).strftime("%H:00")
