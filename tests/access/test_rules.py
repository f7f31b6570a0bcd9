"""The access rules C8–C12 in the schedule engine: each finds what it should in hand-made
plans; on random hand-made assignments (Hypothesis) they agree with the independent checker
(tests/access/checker.py) about who breaks which rule and how many units count; after any
sequence of assignment edits the incremental check equals a fresh bulk check."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from tests.access.build import (
    access_world,
    at,
    captioner,
    interpreter,
    needs,
    session,
    unit,
    window,
)
from tests.access.checker import Slot, team_counts, violations
from tests.access.test_solver_rules import events
from wufops.access.registry import access_registry
from wufops.models.access import AccessSettings, Assignment, Provider
from wufops.models.schedule import Conflict
from wufops.models.streams import AccessNeeds
from wufops.schedule import Change, Checker


def _rules(world: object) -> list[Conflict]:
    return Checker(world, access_registry()).conflicts(include_off=True)  # type: ignore[arg-type]


def test_each_rule_finds_its_case() -> None:
    a = session("a", "hall", at(1, "10:00"), at(1, "11:00"))
    b = session("b", "room", at(1, "10:30"), at(1, "11:30"))  # overlaps a
    c = session("c", "room", at(1, "11:05"), at(1, "12:00"))  # 5 min after a, other room
    d = session("d", "hall", at(1, "12:10"), at(1, "14:30"))  # 10 min after c: no rest
    late = session("late", "hall", at(1, "19:30"), at(1, "21:00"))  # past her window
    top = session("top", "hall", at(2, "10:00"), at(2, "12:00"), high_level=True)
    world = access_world(
        [a, b, c, d, late, top],
        [
            captioner("x", windows=[window(1, "08:00", "20:00")]),
            captioner("nowin", windows=[]),
            interpreter("nat"),
            interpreter("deaf", accredited=True, deaf=True),
        ],
        [
            needs("a", captions=["en"]),
            needs("b", captions=["en"]),
            needs("c", captions=["en"]),
            needs("d", captions=["en"]),
            needs("late", captions=["en"]),
            needs("top", signs=["ils"]),
        ],
        [
            unit("a", "captions", "en", 1, "x"),
            unit("b", "captions", "en", 1, "x"),
            unit("c", "captions", "en", 1, "x"),
            unit("d", "captions", "en", 1, "x"),
            unit("late", "captions", "en", 1, "nowin"),
            unit("top", "sign_language", "ils", 1, "nat"),
            unit("top", "sign_language", "ils", 2, "deaf"),
        ],
    )
    found = {(c.rule, c.ids("session"), c.ids("provider")) for c in _rules(world)}
    assert ("provider_double_booked", ("a", "b"), ("x",)) in found
    assert ("provider_double_booked", ("b", "c"), ("x",)) in found
    assert ("provider_travel", ("a", "c"), ("x",)) in found
    assert ("provider_no_rest", ("a", "d"), ("x",)) in found  # 10:00–14:30, no 30 min rest
    assert ("provider_day_cap", (), ("x",)) not in found  # 60+60+55+140 = 315 ≤ 360
    assert ("provider_no_availability", ("late",), ("nowin",)) in found
    assert ("provider_not_qualified", ("top",), ("nat",)) in found  # not accredited
    assert ("provider_not_qualified", ("top",), ("deaf",)) in found  # no feed
    assert ("access_unassigned", ("top",), ()) in found  # neither unit counts
    assert ("access_team_short", ("d",), ()) in found  # 140 min of captions: 2 writers
    rules = {c.rule: c.severity for c in _rules(world)}
    assert rules["provider_double_booked"] == "block"
    assert rules["provider_no_rest"] == "warn"


def test_day_cap_and_advised_team() -> None:
    sessions = [
        session(f"s{i}", "hall", at(1, f"{9 + 2 * i:02d}:00"), at(1, f"{10 + 2 * i:02d}:30"))
        for i in range(5)
    ]  # five 90-min sessions two hours apart: 450 min on one day
    world = access_world(
        sessions,
        [interpreter("i", "tsm")],
        [needs(s.id, signs=["tsm"]) for s in sessions],
        [unit(s.id, "sign_language", "tsm", 1, "i") for s in sessions],
        AccessSettings("event-1", team_required_min=120),
    )
    found = {c.rule: c for c in _rules(world)}
    assert found["provider_day_cap"].params == {"day": "2026-05-18", "minutes": 450, "cap": 360}
    assert found["access_team_advised"].severity == "warn"  # 90 > 60: a second is advised
    assert "access_team_short" not in found  # a team is required only above 120 here


@st.composite
def manual(draw: st.DrawFn) -> tuple[
    list, list[Provider], list[AccessNeeds], AccessSettings, list[Assignment]
]:  # fmt: skip
    sessions, providers, demand, rules = draw(events(max_sessions=6, max_providers=5))
    rows: list[Assignment] = []
    for need in demand:
        for service, languages in (("sign_language", need.sign_languages),
                                   ("captions", need.captions)):  # fmt: skip
            for language in languages:
                for slot_no in (1, 2):
                    if draw(st.booleans()):
                        lead = draw(st.sampled_from(providers)).id
                        feed = draw(st.sampled_from([None, *(p.id for p in providers)]))
                        rows.append(unit(need.id, service, language, slot_no, lead, feed=feed))
    return sessions, providers, demand, rules, rows


_HARD = {
    "double_booked": "provider_double_booked",
    "travel": "provider_travel",
    "day_cap": "provider_day_cap",
    "no_rest": "provider_no_rest",
    "no_availability": "provider_no_availability",
    "unavailable": "provider_unavailable",
    "absent": "provider_unavailable",
}


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(manual())
def test_the_engine_and_the_independent_checker_agree(
    event: tuple[list, list[Provider], list[AccessNeeds], AccessSettings, list[Assignment]],
) -> None:
    sessions, providers, demand, rules, rows = event
    world = access_world(sessions, providers, demand, rows, rules)
    conflicts = _rules(world)
    by_id = {s.id: s for s in sessions}
    people = {p.id: p for p in providers}
    slots = [Slot(a.session_id, a.service, a.language, a.provider_id or "", a.feed_provider_id)
             for a in rows]  # fmt: skip
    expected = {(_HARD[r], p) for r, p, _ in violations(by_id, people, slots, rules, world.zone)
                if r in _HARD}  # fmt: skip
    found = {(c.rule, c.ids("provider")[0]) for c in conflicts if c.rule in set(_HARD.values())}
    note(f"checker {sorted(expected)}; engine {sorted(found)}")
    assert found == expected
    counts = team_counts(by_id, {n.id: n for n in demand}, people, slots, rules)
    for (session_id, service, language), (filled, required, advised) in counts.items():
        key = f"{service}/{language}"
        mine = {c.rule for c in conflicts if session_id in c.ids("session")
                and key in c.ids("service")}  # fmt: skip
        assert ("access_unassigned" in mine) == (filled == 0)
        assert ("access_team_short" in mine) == (0 < filled < required)
        assert ("access_team_advised" in mine) == (required <= filled < advised)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(manual(), st.data())
def test_incremental_checks_equal_a_bulk_check(
    event: tuple[list, list[Provider], list[AccessNeeds], AccessSettings, list[Assignment]],
    data: st.DataObject,
) -> None:
    sessions, providers, demand, rules, rows = event
    world = access_world(sessions, providers, demand, rows[: len(rows) // 2], rules)
    registry = access_registry()
    checker = Checker(world, registry)
    for row in rows[len(rows) // 2 :]:
        checker.apply([Change(Assignment, row.id, row)])
    for _ in range(data.draw(st.integers(0, 4))):
        if not providers:
            break
        provider = data.draw(st.sampled_from(providers))
        cap = data.draw(st.sampled_from([60, 360]))
        changed = dataclasses.replace(provider, max_minutes_per_day=cap)
        checker.apply([Change(Provider, provider.id, changed)])
    fresh = Checker(checker.world.copy(), registry)
    assert checker.conflicts(include_off=True) == fresh.conflicts(include_off=True)
