"""Incremental checks equal a bulk recheck after any sequence of edits, and stay local.

Hypothesis builds a small event — rooms with changeovers and availability windows (some
across midnight), sessions near midnight, speakers with and without declared windows — then
applies a drawn sequence of edits one at a time through ``Checker.apply``: moves, resizes,
unplacing, cancelling, speaker changes, audience changes, room changes (capacity,
changeover, windows), speaker availability set and withdrawn, sessions added and removed, and
a plug-in's own objects (a toy stream slot: channel, pre- and post-roll) added, moved and
removed.
After every edit the checker's findings must equal those of a fresh bulk check of the same
world, and the delta it returned must be exactly the difference.

The plug-in point: a toy stream-channel rule registers its own object kind, axis and rule
beside C1–C5, is checked in bulk and incrementally, and after one edit checks only the
buckets that edit touched.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, ClassVar

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.schedule.build import at, room, session, speaker, window, world
from wufops.models.schedule import (
    MINUTE_MS,
    Finding,
    ObjectRef,
    Placement,
    Room,
    Session,
    SpeakerAvailability,
    Window,
    merge_windows,
)
from wufops.schedule import Axis, Bucket, Change, Checker, Reach, Registry, Rule, core_registry
from wufops.schedule.engine import Delta
from wufops.schedule.world import World

ROOMS = ("A", "B", "C")
SPEAKERS = ("p1", "p2", "p3", "p4")
SESSIONS = tuple(f"s{n}" for n in range(8))
SLOTS = tuple(f"slot{n}" for n in range(5))

#: local minutes from day 1 00:00: the evening, the night and the next morning, so that
#: sessions, changeovers and windows often cross midnight
minutes = st.integers(min_value=20 * 60, max_value=(24 + 2) * 60).map(lambda m: m - m % 5)
lengths = st.sampled_from([5, 30, 45, 60, 90, 120, 240])


def _instant(minute: int) -> int:
    return at(1, "00:00") + minute * MINUTE_MS


@st.composite
def windows(draw: st.DrawFn) -> tuple[Window, ...]:
    found = []
    for _ in range(draw(st.integers(0, 3))):
        start = draw(minutes)
        found.append(Window(_instant(start), _instant(start + draw(lengths))))
    return merge_windows(found)


@st.composite
def placements(draw: st.DrawFn) -> Placement | None:
    if draw(st.integers(0, 6)) == 0:
        return None
    start = draw(minutes)
    return Placement(draw(st.sampled_from(ROOMS)), _instant(start), _instant(start + draw(lengths)))


@st.composite
def sessions(draw: st.DrawFn, session_id: str) -> Session:
    return Session(
        session_id,
        f"Session {session_id}",
        "side_event",
        status=draw(st.sampled_from(["draft", "scheduled", "released", "cancelled"])),
        placement=draw(placements()),
        speakers=tuple(draw(st.lists(st.sampled_from(SPEAKERS), max_size=3))),
        expected_audience=draw(st.integers(0, 120)),
        format=draw(st.sampled_from(["in_person", "hybrid", "online"])),
    )


@st.composite
def rooms(draw: st.DrawFn, room_id: str) -> Room:
    return Room(
        room_id,
        f"Room {room_id}",
        draw(st.sampled_from([40, 80, 100])),
        draw(st.sampled_from([0, 0, 15, 30, 90, 180])),
        draw(windows()),
    )


@st.composite
def edits(draw: st.DrawFn) -> Change:
    what = draw(
        st.sampled_from(["session", "session", "session", "room", "speaker", "slot", "drop"])
    )
    if what == "session":
        session_id = draw(st.sampled_from([*SESSIONS, "new1", "new2"]))
        return Change(Session, session_id, draw(sessions(session_id)))
    if what == "room":
        room_id = draw(st.sampled_from(ROOMS))
        return Change(Room, room_id, draw(rooms(room_id)))
    if what == "speaker":
        person = draw(st.sampled_from(SPEAKERS))
        declared = draw(st.none() | windows().map(lambda w: SpeakerAvailability(person, w)))
        return Change(SpeakerAvailability, person, declared)
    if what == "slot":
        slot_id = draw(st.sampled_from(SLOTS))
        return Change(ToySlot, slot_id, draw(st.none() | slots(slot_id)))
    kind = draw(st.sampled_from([Session, Room]))
    pool = SESSIONS if kind is Session else ROOMS
    return Change(kind, draw(st.sampled_from(pool)), None)  # a row gone (or another event's)


@st.composite
def slots(draw: st.DrawFn, slot_id: str) -> ToySlot:
    """A plug-in's object: a session on a stream channel with its pre- and post-roll."""
    return ToySlot(
        slot_id,
        draw(st.sampled_from([*SESSIONS, "new1"])),
        draw(st.sampled_from(["ch1", "ch2"])),
        draw(st.sampled_from([0, 10, 30])),
        draw(st.sampled_from([0, 5, 60])),
    )


@st.composite
def worlds(draw: st.DrawFn) -> World:
    declared = [SpeakerAvailability(p, draw(windows())) for p in SPEAKERS if draw(st.booleans())]
    made = world(
        [draw(rooms(r)) for r in ROOMS],
        [draw(sessions(s)) for s in SESSIONS],
        declared,
    )
    for slot_id in SLOTS:
        if draw(st.booleans()):
            made.put(ToySlot, slot_id, draw(slots(slot_id)))
    return made


def _registry() -> Registry:
    """C1–C5 and the toy stream-channel rule below, with its own kind of object."""
    return core_registry().add(axes=[ToyChannelAxis()], rules=[ToyChannelOverlap()])


def _keys(checker: Checker) -> dict[str, Any]:
    return {c.key: (c.severity, c.params) for c in checker.conflicts(include_off=True)}


@settings(max_examples=300, deadline=None)
@given(start=worlds(), steps=st.lists(edits(), min_size=1, max_size=25))
def test_after_any_sequence_of_edits_incremental_equals_bulk(
    start: World, steps: list[Change]
) -> None:
    registry = _registry()
    checker = Checker(start, registry)
    for change in steps:
        ToyChannelOverlap.checked.clear()
        before = _keys(checker)
        delta: Delta = checker.apply([change])
        bulk = Checker(checker.world.copy(), registry)
        assert checker.findings() == bulk.findings(), change
        after = _keys(checker)
        gone = {c.key for c in delta.gone}
        appeared = {c.key: (c.severity, c.params) for c in delta.appeared}
        assert {k: v for k, v in before.items() if k not in gone} | appeared == after


def test_a_longer_changeover_reaches_into_the_next_day() -> None:
    """A room edit re-indexes the room's sessions: 90 min of changeover after a session ending
    at 23:30 reach the session at 00:30 the next morning."""
    late = session("late", "A", at(1, "22:00"), at(1, "23:30"))
    early = session("early", "A", at(2, "00:30"), at(2, "01:30"))
    checker = Checker(world([room("A")], [late, early]), core_registry())
    assert checker.conflicts() == []
    delta = checker.apply([Change(Room, "A", room("A", changeover=90))])
    assert [(c.rule, c.ids("session")) for c in delta.appeared] == [
        ("room_overlap", ("late", "early"))
    ]
    delta = checker.apply([Change(Room, "A", room("A", changeover=60))])
    assert [c.rule for c in delta.gone] == ["room_overlap"] and checker.conflicts() == []


@settings(max_examples=100, deadline=None)
@given(start=worlds(), steps=st.lists(edits(), min_size=1, max_size=6))
def test_a_preview_leaves_the_checker_as_it_was(start: World, steps: list[Change]) -> None:
    registry = _registry()
    checker = Checker(start, registry)
    before = checker.findings()
    world_before = {k: dict(start.table(k)) for k in start.kinds()}
    checker.preview(steps)
    assert checker.findings() == before
    assert {k: dict(start.table(k)) for k in start.kinds()} == world_before


def test_a_preview_of_a_kind_the_world_did_not_hold_leaves_its_kinds_as_they_were() -> None:
    """Found on a fresh clone: previewing a toy slot in a world with no slots left an empty
    slot table behind, so the world after a preview was not the world before."""
    start = world([room("A")], [session("s0", "A", at(1, "10:00"), at(1, "11:00"))])
    checker = Checker(start, _registry())
    kinds_before = set(start.kinds())
    checker.preview([Change(ToySlot, "slot0", ToySlot("slot0", "s0", "ch1"))])
    assert set(start.kinds()) == kinds_before
    assert start.table(ToySlot) == {}


# -- the plug-in point: a toy stream-channel rule -----------------------------------------------


@dataclass(frozen=True)
class ToySlot:
    """A session on a stream channel, with pre- and post-roll (what C6 will read)."""

    id: str
    session_id: str
    channel_id: str
    pre_min: int = 10
    post_min: int = 5


class ToyChannelAxis(Axis):
    name = "toy_channel"
    member_kinds = (ToySlot,)

    def reach(self, world: World, s: Session) -> Iterable[Reach]:
        assert s.placement is not None
        for slot in world.grouped(ToySlot, "session_id").get(s.id, {}).values():
            yield Reach(
                slot.channel_id,
                s.placement.start_ms - slot.pre_min * MINUTE_MS,
                s.placement.end_ms + slot.post_min * MINUTE_MS,
            )

    def sessions_moved(
        self, world: World, kind: type[Any], before: object | None, after: object | None
    ) -> Iterable[str]:
        return {s.session_id for s in (before, after) if isinstance(s, ToySlot)}


class ToyChannelOverlap(Rule):
    code = "toy_channel_overlap"
    default_severity = "block"
    axis = "toy_channel"
    checked: ClassVar[list[tuple[str, int]]] = []

    def check(self, bucket: Bucket, world: World) -> Iterable[Finding]:
        ToyChannelOverlap.checked.append((bucket.subject, bucket.day))
        by_session = world.grouped(ToySlot, "session_id")
        spans = []
        for s in bucket.sessions:
            on_channel = (x for x in by_session[s.id].values() if x.channel_id == bucket.subject)
            slot = min(on_channel, key=lambda x: x.id)
            p = s.placement
            assert p is not None
            spans.append(
                (p.start_ms - slot.pre_min * MINUTE_MS, p.end_ms + slot.post_min * MINUTE_MS, s)
            )
        for i, (_, end, first) in enumerate(spans):
            for start, _, second in spans[i + 1 :]:
                if start < end:
                    refs = (ObjectRef("session", first.id), ObjectRef("session", second.id))
                    yield Finding(self.code, (*refs, ObjectRef("channel", bucket.subject)))


def test_a_plug_in_rule_with_its_own_objects_runs_in_bulk_and_incrementally() -> None:
    registry = core_registry().add(axes=[ToyChannelAxis()], rules=[ToyChannelOverlap()])
    sessions_ = [
        session(
            f"d{day}-{n}",
            "A" if n % 2 else "B",
            at(day, f"{9 + 2 * n}:00"),
            at(day, f"{10 + 2 * n}:00"),
        )
        for day in range(6)
        for n in range(4)
    ]
    clash = session("clash", "C", at(3, "10:05"), at(3, "11:00"))  # 5 min after d3-0 ends
    w = world([room("A"), room("B"), room("C")], [*sessions_, clash])
    slots = [ToySlot(f"slot-{s.id}", s.id, "ch1") for s in sessions_ if s.id.endswith("-0")]
    slots.append(ToySlot("slot-clash", "clash", "ch1"))
    for slot in slots:
        w.put(ToySlot, slot.id, slot)
    checker = Checker(w, registry)
    (found,) = checker.conflicts()
    assert (found.rule, found.severity) == ("toy_channel_overlap", "block")
    assert found.ids("session") == ("d3-0", "clash") and found.ids("channel") == ("ch1",)

    # moving the clash to another channel: only that day's buckets of both channels rechecked
    ToyChannelOverlap.checked.clear()
    delta = checker.apply([Change(ToySlot, "slot-clash", replace(slots[-1], channel_id="ch2"))])
    assert [c.rule for c in delta.gone] == ["toy_channel_overlap"] and not delta.appeared
    day = w.days.day(at(3, "10:00"))
    assert sorted(ToyChannelOverlap.checked) == [("ch1", day), ("ch2", day)]
    assert checker.conflicts() == []

    # and back, by moving the session instead: its old and new days only
    ToyChannelOverlap.checked.clear()
    checker.apply([Change(ToySlot, "slot-clash", slots[-1])])
    moved = replace(clash, placement=Placement("C", at(4, "09:30"), at(4, "10:30")))
    checker.apply([Change(Session, "clash", moved)])
    assert {d for _, d in ToyChannelOverlap.checked} <= {day, day + 1}
    assert [c.ids("session") for c in checker.conflicts()] == [("d4-0", "clash")]
    assert checker.findings() == Checker(checker.world.copy(), registry).findings()


def test_one_move_rechecks_only_the_room_people_and_days_it_touches() -> None:
    """Counted, not timed: after a move, C1 looks at the old and the new room-day, C3 at the
    speakers' days — not at the other 200 buckets."""

    class Counting(Rule):
        code = "counting"
        default_severity = "off"
        axis = "room"
        seen: ClassVar[list[tuple[str, int]]] = []

        def check(self, bucket: Bucket, world: World) -> Iterable[Finding]:
            Counting.seen.append((bucket.subject, bucket.day))
            return ()

    registry = core_registry().add(rules=[Counting()])
    rooms_ = [room(f"R{n}") for n in range(20)]
    sessions_ = [
        session(f"{r.id}-{d}-{h}", r.id, at(d, f"{h}:00"), at(d, f"{h + 1}:00"), speakers=[f"p{d}"])
        for r in rooms_
        for d in range(6)
        for h in (10, 14)
    ]
    checker = Checker(
        world(rooms_, sessions_, [speaker("p1", [window(1, "08:00", "12:00")])]), registry
    )
    assert len(Counting.seen) == 120
    Counting.seen.clear()
    target = checker.world.sessions["R3-1-10"]
    moved = replace(target, placement=Placement("R7", at(2, "14:00"), at(2, "15:00")))
    checker.apply([Change(Session, target.id, moved)])
    assert sorted(Counting.seen) == sorted([("R3", at_day(1)), ("R7", at_day(2))])


def at_day(day: int) -> int:
    """The local date ordinal of event day ``day`` (what the engine's buckets are keyed by)."""
    return (date(2026, 5, 17) + timedelta(days=day)).toordinal()
