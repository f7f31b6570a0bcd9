"""The M/M/c queue (Erlang C): how long people wait in front of ``c`` desks.

Arrivals are Poisson at rate ``λ`` (people per minute), each desk serves one person at a time
in an exponentially distributed time of mean ``1/μ`` minutes, one queue feeds every open desk
of an area (people walk to the first free desk). Then, while ``λ < cμ`` (the desks keep up):

- the offered load is ``a = λ/μ`` erlangs and the utilisation ``ρ = a/c``;
- the probability that an arrival has to wait is Erlang's C formula ``C(c, a)``;
- the mean wait in the queue is ``Wq = C(c, a) / (cμ − λ)``.

``C(c, a)`` is computed from Erlang's B formula by its recursion ``B(0) = 1``,
``B(k) = a·B(k−1) / (k + a·B(k−1))`` and ``C = c·B / (c − a·(1 − B))`` — stable for hundreds of
desks, no factorials. When ``λ ≥ cμ`` no steady state exists: the queue grows without bound
(:func:`mean_wait` is ``inf``); ``wufops.ops.forecast`` then follows the backlog minute by
minute instead.
"""

from __future__ import annotations

import math


def erlang_b(servers: int, load: float) -> float:
    """Erlang's B formula: the blocking probability of ``servers`` at ``load`` erlangs."""
    if servers < 0 or load < 0:
        raise ValueError("servers and load must not be negative")
    b = 1.0
    for k in range(1, servers + 1):
        b = load * b / (k + load * b)
    return b


def erlang_c(servers: int, load: float) -> float:
    """Erlang's C formula: the probability that an arrival waits (1.0 when ``load >= servers``)."""
    if servers <= 0 or load >= servers:
        return 1.0
    if load <= 0:
        return 0.0
    b = erlang_b(servers, load)
    return servers * b / (servers - load * (1 - b))


def mean_wait(arrivals_per_min: float, service_per_min: float, servers: int) -> float:
    """Mean minutes in the queue (before reaching a desk) of an M/M/c queue; ``inf`` when the
    desks cannot keep up (``λ >= cμ``, or no desk open while people arrive)."""
    if arrivals_per_min < 0 or service_per_min < 0:
        raise ValueError("rates must not be negative")
    if arrivals_per_min == 0:
        return 0.0
    capacity = servers * service_per_min
    if servers <= 0 or arrivals_per_min >= capacity:
        return math.inf
    load = arrivals_per_min / service_per_min
    return erlang_c(servers, load) / (capacity - arrivals_per_min)


def utilisation(arrivals_per_min: float, service_per_min: float, servers: int) -> float:
    """``ρ = λ / (cμ)`` (``inf`` with no desk open while people arrive)."""
    capacity = servers * service_per_min
    if capacity <= 0:
        return math.inf if arrivals_per_min > 0 else 0.0
    return arrivals_per_min / capacity
