"""The few words a drag shows about a room conflict name the right side of the gap."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from ui.context import AppContext
from ui.schedule.messages import Clock, ConflictText
from ui.schedule.registry import registry
from wufops.models.schedule import Conflict, ObjectRef
from wufops.schedule.loading import load_world


def test_changeover_gap_says_before_for_the_earlier_session_and_after_for_the_later(
    schedule_context: AppContext,
) -> None:
    world = load_world(schedule_context.replica.conn, registry(), schedule_context.event.id)
    text = ConflictText(world, Clock(ZoneInfo(world.event.timezone)), {})
    earlier, later = sorted(world.sessions)[:2]
    room = next(iter(world.rooms))
    # the rule names the session that starts first first
    conflict = Conflict(
        "room_overlap",
        "block",
        (ObjectRef("session", earlier), ObjectRef("session", later), ObjectRef("room", room)),
        {"overlap_min": 0, "gap_min": 5, "changeover_min": 15},
    )
    assert text.short(conflict, earlier).startswith("5 min before ")
    assert text.short(conflict, later).startswith("5 min after ")
    assert "needs 15 min to change over" in text.short(conflict, later)
