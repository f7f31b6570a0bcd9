"""Access edits through the op log on a real SQLite file: each writes ops (so it syncs), the
slot row has its deterministic id, refusals carry stable codes and write nothing; a
proposal is written whole or, when the plan moved on, not at all (``proposal_stale``);
re-solving after a provider drops out changes only what it must."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.access.build import at, seed_access
from wufops.access.coverage import coverage, session_coverage
from wufops.access.edits import (
    AccessError,
    accept_proposal,
    assign,
    mark_absent,
    set_lock,
    set_settings,
    unassign,
)
from wufops.access.eligibility import candidates, feeds
from wufops.access.plan import load_plan
from wufops.access.solver import solve
from wufops.access.timeline import timeline
from wufops.clock import SystemClock
from wufops.models.access import slot_id
from wufops.store.replica import Replica


@pytest.fixture
def replica(tmp_path: Path) -> Replica:
    r = Replica.open(tmp_path / "access.db", SystemClock())
    yield r  # type: ignore[misc]
    r.close()


def _ops(replica: Replica) -> list[tuple[str, str, str]]:
    return [(e.op.kind, e.op.entity, e.op.row_id) for e in replica.outbox(state=None)]


def test_assign_unassign_lock_write_ops_on_the_deterministic_row(replica: Replica) -> None:
    ids = seed_access(replica)
    first = slot_id(ids["opening"], "captions", "en", 1)
    before = len(_ops(replica))
    assign(replica, first, ids["cap_en"])
    plan = load_plan(replica.conn)
    row = plan.assignments[first]
    assert (row.provider_id, row.status, row.slot_no) == (ids["cap_en"], "confirmed", 1)
    assert _ops(replica)[before:] == [("insert", "assignment_slot", first)]
    set_lock(replica, first, locked=True)
    with pytest.raises(AccessError) as refused:
        unassign(replica, first)
    assert refused.value.code == "slot_locked"
    set_lock(replica, first, locked=False)
    unassign(replica, first)
    row = load_plan(replica.conn).assignments[first]
    assert (row.provider_id, row.status, row.locked) == (None, "open", False)
    assert [op[:2] for op in _ops(replica)[before + 1 :]] == [("update", "assignment_slot")] * 3


@pytest.mark.parametrize(
    ("slot", "provider", "code"),
    [
        ("no-such-slot", "cap_en", "unknown_slot"),
        ("opening-en-1", "nobody", "unknown_provider"),
        ("opening-en-1", "is_a", "wrong_kind"),
    ],
)
def test_refusals_have_codes_and_write_nothing(
    replica: Replica, slot: str, provider: str, code: str
) -> None:
    ids = seed_access(replica)
    key = slot_id(ids["opening"], "captions", "en", 1) if slot == "opening-en-1" else slot
    before = len(_ops(replica))
    with pytest.raises(AccessError) as refused:
        assign(replica, key, ids.get(provider, provider))
    assert refused.value.code == code
    assert len(_ops(replica)) == before


def test_the_picker_lists_who_fits_first_and_why_the_others_do_not(replica: Replica) -> None:
    ids = seed_access(replica)
    side, talk = (slot_id(ids[k], "captions", "zh", 1) for k in ("side", "talk"))
    assign(replica, side, ids["cap_zh"])
    plan = load_plan(replica.conn)
    found = {c.provider_id: c for c in candidates(plan, talk)}
    assert found[ids["cap_zh"]].reasons == ("overlap",)
    assert found[ids["cap_zh"]].clashes_with == (side,)
    assert found[ids["cap_en"]].reasons == ("no_skill",)
    assert not any(c.fits for c in found.values())
    ils = slot_id(ids["opening"], "sign_language", "ils", 1)
    listed = candidates(plan, ils)
    assert [c.fits for c in listed] == [True, True, True]
    assert listed[-1].needs_feed  # the Deaf interpreter last among those who fit
    assert {c.provider_id for c in feeds(plan, ils)} == {ids["is_a"], ids["is_b"]}
    day = timeline(plan, ids["cap_zh"])
    assert [(d.day, d.minutes, len(d.works)) for d in day] == [("2026-05-18", 60, 1)]


def test_a_proposal_is_written_whole_or_refused_when_stale(replica: Replica) -> None:
    ids = seed_access(replica)
    plan = load_plan(replica.conn)
    proposal = solve(plan, time_limit_s=3.0)
    # two captioners (one writes Chinese too) for two English and two Chinese units at once
    assert (proposal.coverage.filled_required, proposal.coverage.required) == (5, 7)
    assert proposal.proven
    # meanwhile a coordinator fills a slot the proposal also fills
    target = next(c for c in proposal.changes if c.after[0] is not None)
    other = next(p for p in (ids["is_a"], ids["is_b"], ids["cap_en"], ids["cap_zh"])
                 if p != target.after[0])  # fmt: skip
    before = len(_ops(replica))
    if target.service == "captions":
        assign(replica, target.slot_id, ids["cap_en"] if other != ids["cap_en"] else other)
    else:
        assign(
            replica, target.slot_id, ids["is_a"] if target.after[0] != ids["is_a"] else ids["is_b"]
        )
    written = len(_ops(replica))
    with pytest.raises(AccessError) as stale:
        accept_proposal(replica, proposal)
    assert stale.value.code == "proposal_stale"
    assert len(_ops(replica)) == written == before + 1
    fresh = solve(load_plan(replica.conn), time_limit_s=3.0)
    assert accept_proposal(replica, fresh) == len(fresh.changes)
    plan = load_plan(replica.conn)
    assert coverage(plan, plan.current()).filled_required == 5
    states = {s: c.state for s, c in session_coverage(plan).items()}
    assert states[ids["afternoon"]] == "covered"
    assert sorted(states.values()).count("covered") >= 2


def test_absence_and_settings_are_edits_too(replica: Replica) -> None:
    ids = seed_access(replica)
    accept_proposal(replica, solve(load_plan(replica.conn), time_limit_s=3.0))
    held = mark_absent(replica, ids["cap_en"], start_ms=at(1, "09:00"), end_ms=at(1, "13:00"))
    plan = load_plan(replica.conn)
    assert plan.providers[ids["cap_en"]].absences[0].start_ms == at(1, "09:00")
    assert set(held) <= {slot_id(ids["opening"], "captions", "en", n) for n in (1, 2)}
    with pytest.raises(AccessError) as bad:
        mark_absent(replica, ids["cap_en"], start_ms=at(1, "13:00"), end_ms=at(1, "09:00"))
    assert bad.value.code == "bad_span"
    assert set_settings(replica, {"travel_min": 20}).travel_min == 20
    assert load_plan(replica.conn).settings.travel_min == 20
    for change, code in (({"colour": 1}, "unknown_setting"), ({"travel_min": -5}, "bad_setting"),
                         ({"accredited_high_level": 3}, "bad_setting")):  # fmt: skip
        with pytest.raises(AccessError) as refused:
            set_settings(replica, change)
        assert refused.value.code == code
