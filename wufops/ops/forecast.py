"""The queue forecast: expected arrivals, each desk's service rate, the wait per desk area.

**Expected arrivals.** People expected to collect a badge on event day ``d``:
``(registered × turnout − already collected) × day_share[d] / Σ day_share[d:]`` — the people
still to come, spread over the days left in the proportions of last year's forum — spread
over the day by last year's shape (settings ``shape``: relative arrivals at local times,
linearly interpolated per quarter hour).

**Service.** A desk's service time is the mean gap between its consecutive pickups over the
last ``service_window_min``, leaving out gaps longer than ``max_gap_s`` (idle time); with fewer
than :data:`MIN_SAMPLES` gaps it is ``default_service_s``. (A desk with people waiting works
back to back, so its gaps are its service time; a quiet desk's gaps are longer — its capacity
is then underestimated, never overestimated.) A desk is open when it recorded a pickup within
``open_within_min``; an area's capacity is the sum of its open desks' rates.

**The queue standing now.** Desks record the people they serve, not the line. An area whose
desks worked at under :data:`BUSY` of their capacity in a quarter hour had no queue then.
Each area's share of arrivals is measured in the quarter hours when no open area was busy
(people then went where they meant to go, not where the line was short); in every quarter
hour people arrived at ``max(pickups, expected)`` in total, and an area that was busy kept
what it could not serve: its backlog. (The expected curve counts here uncalibrated: it can
reveal a queue that pickups, capped by the desks, cannot.)

**Forecast arrivals** over the next ``horizon_min``: the larger of the expected curve scaled by
today's calibration ``k`` (pickups so far / expected so far, kept within 0.5 … 2 once 30
pickups were expected), and the arrival rate of the last quarter hour following the curve's
trend (× expected(t) / expected(now)); each area gets its share.

**Wait.** Every 5 minutes over the horizon: the backlog (starting from the one standing now)
grows by what arrives beyond the desks' capacity and drains by what they serve beyond the
arrivals; the wait is the backlog over the capacity plus the M/M/c mean wait
(``wufops.ops.queueing``). M/M/c describes a line that has settled; near full load it settles
only after hours (its wait grows without bound as the load nears 100 %), so the load it is
taken at is at most :data:`RHO_MAX` — beyond that the fluid backlog carries the growth. Both
parts shrink as desks open: one more desk never lengthens the forecast.

**Warning and suggestion.** An area whose worst forecast wait exceeds ``wait_threshold_min``
is ``warn`` (``critical`` beyond twice that, or with no end). The suggestion is the smallest
change that brings the wait at the end of the horizon under the threshold: open its idle
desks (named), then move staff from the area with the most slack that stays under half the
threshold without them, then call in more staff.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from wufops.ops.figures import AreaForecast, Level, Suggestion
from wufops.ops.queueing import mean_wait
from wufops.ops.settings import OpsSettings

#: gaps needed before a desk's own service time is trusted
MIN_SAMPLES = 5
#: forecast step (minutes)
STEP_MIN = 5
#: calibration bounds, and the expected pickups needed before calibrating at all
CALIBRATION = (0.5, 2.0)
CALIBRATE_FROM = 30.0
#: most extra desks a suggestion looks at
MAX_EXTRA = 40
#: a quarter hour in which an area served under this share of its capacity had no queue
BUSY = 0.8
QUARTER_MS = 15 * 60_000
#: the highest load the M/M/c steady-state wait is taken at (see :func:`_waits`)
RHO_MAX = 0.95


def expected_day(settings: OpsSettings, day_index: int, registered: int, collected: int) -> float:
    """People expected to collect a badge on event day ``day_index`` (0-based)."""
    shares = settings.day_share
    if not 0 <= day_index < len(shares):
        return 0.0
    rest = sum(shares[day_index:])
    if rest <= 0:
        return 0.0
    to_come = max(0.0, registered * settings.turnout - collected)
    return to_come * shares[day_index] / rest


def shape_weight(points: Sequence[tuple[int, float]], minute: float) -> float:
    """The shape's relative arrivals at ``minute`` after local midnight (0 outside it)."""
    if not points or minute < points[0][0] or minute > points[-1][0]:
        return 0.0
    for (m0, w0), (m1, w1) in itertools.pairwise(points):
        if m0 <= minute <= m1:
            return w0 if m1 == m0 else w0 + (w1 - w0) * (minute - m0) / (m1 - m0)
    return points[-1][1]


def quarter_weights(settings: OpsSettings) -> tuple[float, ...]:
    """The shape's share of the day for each of the 96 local quarter hours (sums to 1)."""
    points = settings.shape_minutes()
    raw = [shape_weight(points, q * 15 + 7.5) for q in range(96)]
    total = sum(raw)
    return tuple(w / total for w in raw) if total > 0 else tuple(0.0 for _ in raw)


@dataclass(frozen=True)
class DeskLoad:
    """One pickup desk as the forecast sees it."""

    key: str
    name: str
    area: str
    open: bool
    #: enrolled, not revoked, not open: could be opened
    idle: bool
    #: its measured mean service time (s), ``None`` when too few pickups to say
    service_s: float | None
    #: pickups over the last quarter hour and over the service window
    served_quarter: int
    served_window: int
    #: its pickups in each quarter hour of the day so far (quarter start, Unix ms → count)
    quarters: Mapping[int, int] = field(default_factory=dict)


def service_time_s(instants_ms: Sequence[int], settings: OpsSettings) -> float | None:
    """Mean gap between consecutive pickups, idle gaps left out (``None``: too few)."""
    gaps = [
        (b - a) / 1000
        for a, b in itertools.pairwise(instants_ms)
        if 0 < b - a <= settings.max_gap_s * 1000
    ]
    if len(gaps) < MIN_SAMPLES:
        return None
    return sum(gaps) / len(gaps)


@dataclass(frozen=True)
class _Area:
    name: str
    desks: tuple[DeskLoad, ...]

    @property
    def open(self) -> tuple[DeskLoad, ...]:
        return tuple(d for d in self.desks if d.open)


def _rate(desk: DeskLoad, settings: OpsSettings) -> float:
    """People per minute one desk serves."""
    return 60.0 / (desk.service_s or settings.default_service_s)


def _waits(
    arrivals: Sequence[float], servers: int, per_desk: float, backlog: float = 0.0
) -> tuple[float, ...]:
    """Wait (minutes) at each forecast step: the backlog over the capacity — growing while
    people arrive faster than the desks serve, draining after — plus the M/M/c wait at the
    arrival rate, the load counted at most :data:`RHO_MAX`."""
    capacity = servers * per_desk
    out = []
    for n, rate in enumerate(arrivals):
        if n:
            backlog = max(0.0, backlog + (arrivals[n - 1] - capacity) * STEP_MIN)
        if capacity <= 0:
            out.append(math.inf if rate > 0 or backlog > 0 else 0.0)
            continue
        # the steady-state wait takes hours to settle near full load: count at most RHO_MAX
        steady = mean_wait(min(rate, RHO_MAX * capacity), per_desk, servers)
        out.append(backlog / capacity + steady)
    return tuple(out)


def _level(peak: float, threshold: float) -> Level:
    if peak > 2 * threshold or math.isinf(peak):
        return "critical"
    return "warn" if peak > threshold else "ok"


@dataclass(frozen=True)
class _Standing:
    """What the day so far says about each area: its share of arrivals, its backlog now."""

    share: dict[str, float]
    backlog: dict[str, float]
    #: total arrivals per minute in the last complete quarter hour
    recent_rate: float


def standing_queues(
    areas: Sequence[_Area],
    quarters: Sequence[int],
    expected_quarter: Callable[[int], float],
    settings: OpsSettings,
) -> _Standing:
    """Each area's arrival share and its backlog after the day's complete ``quarters``."""
    capacity = {a.name: {d.key: 15 * _rate(d, settings) for d in a.desks} for a in areas}
    served: dict[str, list[int]] = {a.name: [] for a in areas}
    cap: dict[str, list[float]] = {a.name: [] for a in areas}
    for q in quarters:
        for area in areas:
            served[area.name].append(sum(d.quarters.get(q, 0) for d in area.desks))
            cap[area.name].append(
                sum(capacity[area.name][d.key] for d in area.desks if d.quarters.get(q, 0))
            )
    now_open = [a.name for a in areas if a.open]
    calm = {name: 0 for name in served}
    for n in range(len(quarters)):
        if not now_open or any(cap[name][n] <= 0 for name in now_open):
            continue
        if any(cap[name][n] and served[name][n] >= BUSY * cap[name][n] for name in served):
            continue
        for name in served:
            calm[name] += served[name][n]
    calm_total = sum(calm.values())
    if calm_total >= 5 and all(calm[name] for name in now_open):
        share = {name: calm[name] / calm_total for name in served}
    else:  # never calm yet: the day's pickups, area by area
        totals = {name: sum(values) for name, values in served.items()}
        overall = sum(totals.values())
        share = {name: (totals[name] / overall if overall else 1 / len(areas)) for name in served}
    backlog = {name: 0.0 for name in served}
    rate = 0.0
    for n, q in enumerate(quarters):
        total = sum(served[name][n] for name in served)
        arrived = max(float(total), expected_quarter(q))
        rate = arrived / 15.0
        for name in served:
            if cap[name][n] <= 0 or served[name][n] < BUSY * cap[name][n]:
                backlog[name] = 0.0  # the desks were not all busy: nobody was waiting
            else:
                backlog[name] = max(0.0, backlog[name] + share[name] * arrived - served[name][n])
    return _Standing(share, backlog, rate)


def forecast_areas(
    desks: Sequence[DeskLoad],
    *,
    at_ms: int,
    quarters: Sequence[int],
    expected_quarter: Callable[[int], float],
    expected_rate: Callable[[int], float],
    calibration: float,
    settings: OpsSettings,
) -> tuple[AreaForecast, ...]:
    """Every desk area's forecast at ``at_ms``. ``quarters``: the day's complete quarter
    hours (starts, Unix ms); ``expected_quarter(q)``: pickups expected in the quarter from
    ``q`` (the plan); ``expected_rate(t)``: expected pickups per minute at ``t``;
    ``calibration``: today's pickups so far over those expected so far."""
    areas: dict[str, list[DeskLoad]] = {}
    for desk in desks:
        areas.setdefault(desk.area, []).append(desk)
    grouped = [_Area(name, tuple(sorted(ds, key=lambda d: d.name))) for name, ds in areas.items()]
    grouped.sort(key=lambda a: a.name)
    if not grouped:
        return ()
    standing = standing_queues(grouped, quarters, expected_quarter, settings)
    count = settings.horizon_min // STEP_MIN + 1
    steps = tuple(at_ms + n * STEP_MIN * 60_000 for n in range(count))
    now_expected = expected_rate(at_ms)
    total: list[float] = []
    for t in steps:
        curve = expected_rate(t)
        trend = standing.recent_rate
        if now_expected > 0:
            trend *= curve / now_expected
        total.append(max(calibration * curve, trend))
    per_area = {a.name: tuple(standing.share[a.name] * lam for lam in total) for a in grouped}
    stats: dict[str, tuple[int, float]] = {}
    for area in grouped:
        rates = [_rate(d, settings) for d in area.open]
        per_desk = sum(rates) / len(rates) if rates else 60.0 / settings.default_service_s
        stats[area.name] = (len(rates), per_desk)
    threshold = settings.wait_threshold_min
    out = []
    for area in grouped:
        servers, per_desk = stats[area.name]
        arrivals = per_area[area.name]
        backlog = standing.backlog[area.name]
        waits = _waits(arrivals, servers, per_desk, backlog)
        level = _level(max(waits), threshold)
        suggestion = None
        if level != "ok":
            suggestion = _suggest(
                area,
                grouped,
                arrivals=per_area,
                stats=stats,
                backlogs=standing.backlog,
                settings=settings,
            )
        served = sum(d.served_quarter for d in area.desks) / 15.0
        capacity = servers * per_desk
        out.append(
            AreaForecast(
                area=area.name,
                desks=tuple(d.name for d in area.desks),
                open_desks=tuple(d.name for d in area.open),
                idle_desks=tuple(d.name for d in area.desks if d.idle),
                desk_service_s=tuple(
                    (d.name, d.service_s or settings.default_service_s) for d in area.open
                ),
                service_s=60.0 / per_desk,
                served_per_min=served,
                capacity_per_min=capacity,
                utilisation=served / capacity if capacity > 0 else (math.inf if served else 0.0),
                queue=backlog,
                steps=steps,
                arrivals_per_min=arrivals,
                waits_min=waits,
                level=level,
                suggestion=suggestion,
            )
        )
    return tuple(out)


def _suggest(
    area: _Area,
    areas: Sequence[_Area],
    *,
    arrivals: dict[str, tuple[float, ...]],
    stats: dict[str, tuple[int, float]],
    backlogs: dict[str, float],
    settings: OpsSettings,
) -> Suggestion:
    """The smallest change that brings ``area``'s wait at the end of the horizon under the
    threshold (a standing queue takes time to clear, whatever is done now)."""
    threshold = settings.wait_threshold_min
    servers, per_desk = stats[area.name]
    idle = [d.name for d in area.desks if d.idle]

    def final(extra: int) -> float:
        return _waits(arrivals[area.name], servers + extra, per_desk, backlogs[area.name])[-1]

    needed = next((n for n in range(1, MAX_EXTRA + 1) if final(n) <= threshold), MAX_EXTRA)
    opened = tuple(idle[:needed])
    if len(opened) >= needed:
        return Suggestion(open_desks=opened, wait_after_min=final(needed))
    missing = needed - len(opened)
    # staff from the area with the most slack that stays under half the threshold without them
    best_area, best = "", 0
    for other in areas:
        if other.name == area.name:
            continue
        other_servers, other_rate = stats[other.name]
        spare = 0
        while spare < min(missing, other_servers - 1):
            after = _waits(
                arrivals[other.name], other_servers - spare - 1, other_rate, backlogs[other.name]
            )
            if max(after) > threshold / 2:
                break
            spare += 1
        if spare > best:
            best_area, best = other.name, spare
    return Suggestion(
        open_desks=opened,
        move_from=best_area,
        move_count=best,
        add_staff=missing - best,
        wait_after_min=final(needed),
    )
