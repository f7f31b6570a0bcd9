"""The M/M/c model against textbook values, an independent closed form, and its monotonicity
(more desks never lengthen the wait; more arrivals never shorten it)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wufops.ops.queueing import erlang_b, erlang_c, mean_wait, utilisation


def test_erlang_b_textbook_value() -> None:
    # 2 lines offered 1 erlang: B = (1/2!) / (1 + 1 + 1/2!) = 0.2
    assert erlang_b(2, 1.0) == pytest.approx(0.2)
    assert erlang_b(0, 3.0) == 1.0


def test_mm1_wait_is_rho_over_mu_minus_lambda() -> None:
    # M/M/1, λ = 0.5, μ = 1: Wq = ρ / (μ − λ) = 0.5 / 0.5 = 1 minute
    assert mean_wait(0.5, 1.0, 1) == pytest.approx(1.0)


def test_mm2_at_half_load() -> None:
    # M/M/2, λ = 1, μ = 1 (ρ = 0.5): Lq = 2ρ³/(1 − ρ²) = 1/3, so Wq = Lq/λ = 1/3
    assert mean_wait(1.0, 1.0, 2) == pytest.approx(1 / 3)
    assert erlang_c(2, 1.0) == pytest.approx(1 / 3)


def test_mm3_at_two_erlangs() -> None:
    # C(3, 2) = (2³/3! · 3/(3−2)) / (1 + 2 + 2 + 2³/3! · 3) = 4/9
    assert erlang_c(3, 2.0) == pytest.approx(4 / 9)
    assert mean_wait(2.0, 1.0, 3) == pytest.approx(4 / 9)


def _closed_form(c: int, a: float) -> float:
    """Erlang C from its textbook sum of factorials (fine for small c)."""
    top = a**c / math.factorial(c) * c / (c - a)
    return top / (sum(a**k / math.factorial(k) for k in range(c)) + top)


@pytest.mark.parametrize(("c", "a"), [(1, 0.3), (4, 3.1), (10, 8.5), (25, 20.0), (40, 39.0)])
def test_recursion_matches_the_closed_form(c: int, a: float) -> None:
    assert erlang_c(c, a) == pytest.approx(_closed_form(c, a), rel=1e-9)


def test_overload_has_no_steady_state() -> None:
    assert mean_wait(3.0, 1.0, 3) == math.inf
    assert mean_wait(1.0, 1.0, 0) == math.inf
    assert mean_wait(0.0, 1.0, 0) == 0.0
    assert utilisation(3.0, 1.0, 4) == pytest.approx(0.75)


def test_hundreds_of_desks_stay_finite() -> None:
    wait = mean_wait(450.0, 1.0, 500)
    assert 0 <= wait < 0.01


rates = st.floats(min_value=0.01, max_value=200.0, allow_nan=False)
desks = st.integers(min_value=1, max_value=150)


@given(rates, rates, desks)
def test_more_desks_never_lengthen_the_wait(arrivals: float, service: float, c: int) -> None:
    assert mean_wait(arrivals, service, c + 1) <= mean_wait(arrivals, service, c)


@given(rates, rates, desks, st.floats(min_value=1.0, max_value=3.0))
def test_more_arrivals_never_shorten_the_wait(
    arrivals: float, service: float, c: int, factor: float
) -> None:
    assert mean_wait(arrivals * factor, service, c) >= mean_wait(arrivals, service, c)


@given(rates, rates, desks, st.floats(min_value=1.0, max_value=3.0))
def test_faster_desks_never_lengthen_the_wait(
    arrivals: float, service: float, c: int, factor: float
) -> None:
    assert mean_wait(arrivals, service * factor, c) <= mean_wait(arrivals, service, c)


@given(desks, st.floats(min_value=0.0, max_value=300.0))
def test_waiting_probability_is_a_probability(c: int, load: float) -> None:
    assert 0.0 <= erlang_c(c, load) <= 1.0
