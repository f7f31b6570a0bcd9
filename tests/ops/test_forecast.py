"""The queue forecast: expected arrivals from registrations and last year's shape, service
rates from pickups, the queue standing now, the wait per area and what to do about it."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wufops.ops.forecast import (
    QUARTER_MS,
    DeskLoad,
    expected_day,
    forecast_areas,
    quarter_weights,
    service_time_s,
)
from wufops.ops.settings import OpsSettings

SETTINGS = OpsSettings()
AT = 1_779_000_000_000 - 1_779_000_000_000 % QUARTER_MS


def test_expected_arrivals_spread_the_people_still_to_come_over_the_days_left() -> None:
    s = OpsSettings(turnout=0.5, day_share=(0.4, 0.2, 0.2, 0.2))
    # 1,000 registered, half expected, 100 already collected: 400 to come
    assert expected_day(s, 0, 1000, 100) == pytest.approx(400 * 0.4)
    assert expected_day(s, 1, 1000, 100) == pytest.approx(400 * 0.2 / 0.6)
    assert expected_day(s, 3, 1000, 100) == pytest.approx(400)  # the last day: all the rest
    assert expected_day(s, 4, 1000, 100) == 0.0  # after the event
    assert expected_day(s, -1, 1000, 100) == 0.0  # before it
    assert expected_day(s, 0, 1000, 900) == 0.0  # more collected than expected: nobody


def test_last_years_shape_makes_the_day_and_peaks_before_ten() -> None:
    weights = quarter_weights(SETTINGS)
    assert sum(weights) == pytest.approx(1.0)
    assert weights[6 * 4] == 0.0 and weights[20 * 4] == 0.0  # 06:00, 20:00
    peak = max(range(96), key=lambda q: weights[q])
    assert 8 * 4 <= peak < 10 * 4


def test_a_desks_service_time_leaves_out_idle_gaps() -> None:
    busy = [0, 30_000, 61_000, 90_000, 121_000, 150_000, 900_000, 931_000]
    # seven gaps: six of ~30 s, one of 12.5 min (a break) left out
    assert service_time_s(busy, SETTINGS) == pytest.approx((30 + 31 + 29 + 31 + 29 + 31) / 6)
    assert service_time_s(busy[:4], SETTINGS) is None  # too few to say


def _desk(name: str, area: str, *, open_: bool = True, service: float = 30.0, **kw: object):
    return DeskLoad(
        key=name,
        name=name,
        area=area,
        open=open_,
        idle=not open_,
        service_s=service if open_ else None,
        served_quarter=int(kw.get("served_quarter", 0)),  # type: ignore[call-overload]
        served_window=int(kw.get("served_window", 0)),  # type: ignore[call-overload]
        quarters=kw.get("quarters", {}),  # type: ignore[arg-type]
    )


def _flat(rate_per_min: float):  # type: ignore[no-untyped-def]
    return lambda _t: rate_per_min


def test_an_area_that_will_not_keep_up_warns_and_names_the_desks_to_open() -> None:
    # two open desks at 30 s serve 4 a minute; 6 a minute are expected: the line grows
    desks = [
        _desk("south-01", "south", served_window=40),
        _desk("south-02", "south", served_window=40),
        _desk("south-03", "south", open_=False),
        _desk("south-04", "south", open_=False),
    ]
    [south] = forecast_areas(
        desks,
        at_ms=AT,
        quarters=(),
        expected_quarter=lambda _q: 0.0,
        expected_rate=_flat(6.0),
        calibration=1.0,
        settings=SETTINGS,
    )
    assert south.capacity_per_min == pytest.approx(4.0)
    assert south.waits_min[0] < south.waits_min[-1]  # it builds up
    assert south.peak_wait_min > SETTINGS.wait_threshold_min
    assert south.level in ("warn", "critical")
    assert south.suggestion is not None
    assert south.suggestion.open_desks == ("south-03",)  # one more desk is enough
    assert south.suggestion.wait_after_min <= SETTINGS.wait_threshold_min
    assert south.idle_desks == ("south-03", "south-04")


def test_an_area_that_keeps_up_is_ok_with_the_textbook_wait() -> None:
    desks = [_desk(f"north-0{n}", "north", served_window=30) for n in range(1, 4)]
    [north] = forecast_areas(
        desks,
        at_ms=AT,
        quarters=(),
        expected_quarter=lambda _q: 0.0,
        expected_rate=_flat(4.0),
        calibration=1.0,
        settings=SETTINGS,
    )
    # M/M/3, λ = 4, μ = 2: C(3, 2) = 4/9, Wq = (4/9) / (6 − 4) = 2/9 minute
    assert north.waits_min[0] == pytest.approx(2 / 9)
    assert north.level == "ok" and north.suggestion is None


def test_staff_move_from_an_area_with_slack_when_no_desk_is_idle() -> None:
    desks = [
        _desk("north-01", "north", served_window=10),
        *(_desk(f"north-0{n}", "north", served_window=10) for n in range(2, 7)),
        _desk("south-01", "south", served_window=50),
    ]
    areas = forecast_areas(
        desks,
        at_ms=AT,
        quarters=(),
        expected_quarter=lambda _q: 0.0,
        expected_rate=_flat(6.0),
        calibration=1.0,
        settings=SETTINGS,
    )
    south = next(a for a in areas if a.area == "south")
    assert south.suggestion is not None
    assert south.suggestion.open_desks == ()
    assert south.suggestion.move_from == "north" and south.suggestion.move_count >= 1


def test_a_busy_area_keeps_the_people_it_could_not_serve() -> None:
    """Desks record the people they serve, not the line. North (2 desks) and south (1 desk),
    30 s a person: 30 a quarter hour per desk. In four calm quarters each desk served 15, so
    a third of the people go south. Then 120 arrive a quarter (the plan; the desks served
    fewer): south gets 40 and serves its full 30 — 10 more wait each quarter; north serves
    45 of its 80, under 80 % of its 60: not busy, so nobody waits there."""
    q = [AT - (8 - n) * QUARTER_MS for n in range(8)]
    calm, busy = q[:4], q[4:]
    desks = [
        _desk(
            "north-01",
            "north",
            served_window=80,
            quarters={**dict.fromkeys(calm, 15), **dict.fromkeys(busy, 22)},
        ),
        _desk(
            "north-02",
            "north",
            served_window=80,
            quarters={**dict.fromkeys(calm, 15), **dict.fromkeys(busy, 23)},
        ),
        _desk(
            "south-01",
            "south",
            served_window=120,
            quarters={**dict.fromkeys(calm, 15), **dict.fromkeys(busy, 30)},
        ),
    ]
    areas = forecast_areas(
        desks,
        at_ms=AT,
        quarters=tuple(q),
        expected_quarter=lambda t: 120.0 if t in busy else 0.0,
        expected_rate=_flat(4.0),
        calibration=1.0,
        settings=SETTINGS,
    )
    north, south = areas
    assert north.queue == 0.0
    assert south.queue == pytest.approx(40.0)
    # arrivals now: the last quarter's 120 → 8 a minute, a third south: more than its 2 a
    # minute, so the 40 in line (20 minutes) only grow — on top of the M/M/1 wait at the
    # highest load counted, 95 %: ρ / (μ − λ) = 0.95 / (2 − 1.9) = 9.5 minutes
    assert south.waits_min[0] == pytest.approx(20.0 + 9.5)
    assert south.waits_min[-1] > south.waits_min[0]
    assert south.level == "critical"


@given(
    st.floats(min_value=0.5, max_value=30.0),
    st.integers(min_value=1, max_value=12),
    st.floats(min_value=10.0, max_value=120.0),
)
def test_one_more_open_desk_never_lengthens_the_forecast_wait(
    rate: float, open_desks: int, service: float
) -> None:
    def peak(n: int) -> float:
        desks = [_desk(f"d-{i:02d}", "hall", service=service, served_window=10) for i in range(n)]
        [hall] = forecast_areas(
            desks,
            at_ms=AT,
            quarters=(),
            expected_quarter=lambda _q: 0.0,
            expected_rate=_flat(rate),
            calibration=1.0,
            settings=SETTINGS,
        )
        return hall.peak_wait_min

    more, fewer = peak(open_desks + 1), peak(open_desks)
    assert more <= fewer or (math.isinf(more) and math.isinf(fewer))


def test_the_documented_example_settings_are_the_defaults() -> None:
    from pathlib import Path

    from wufops.ops.settings import load_settings

    example = Path(__file__).resolve().parents[2] / "docs" / "ops-settings.json"
    assert load_settings(example) == OpsSettings()
