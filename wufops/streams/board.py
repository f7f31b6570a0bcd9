"""The live board's figures: per channel, what is on air now, what is next and when its
pre-roll starts, the status, and whether something is late — :func:`board`, Qt-free, from a
:class:`~wufops.streams.plan.Plan` in memory (the desk's board calls it every second; the
CLI calls it once).

Per channel, at instant ``at``:

- **now** — of the slots whose padded window ``[start − pre-roll, end + post-roll)`` holds
  ``at`` and those still **live** after their window, the live one (else the testing one,
  else the later one). A stream left on air stays "now" until someone ends it
  (``overrun_ms``: how long past its post-roll); ``clash``: two windows hold ``at`` (a C6
  overlap);
- **next** — the first slot after now, by when its window starts: the one whose pre-roll
  has begun while now overruns (``countdown_ms`` ≤ 0), or the first still to come
  (``countdown_ms``: until its pre-roll starts);
- **state** — now's status, or ``off_air`` when nothing is on the channel;
- **late** — a session is running (started, not yet ended) and its slot is neither live nor
  complete: now's, or next's while now overruns, or another one on air at the same time
  (``late``, ``late_ms`` since its start). After its end it is no longer late: it was
  missed.

The slot a status key acts on (:attr:`ChannelRow.target`) is now's, or next's when the
channel is off air.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal
from zoneinfo import ZoneInfo

from wufops.models.streams import StreamChannel
from wufops.streams.plan import BoardSlot, Plan

RowState = Literal["planned", "testing", "live", "complete", "off_air"]
#: which of two slots on air at once "now" shows: live first, then testing, …
_PRECEDENCE = {"live": 3, "testing": 2, "planned": 1, "complete": 0}


@dataclass(frozen=True, slots=True)
class ChannelRow:
    channel: StreamChannel
    now: BoardSlot | None
    next: BoardSlot | None
    state: RowState
    #: until next's pre-roll starts (``None``: nothing next)
    countdown_ms: int | None
    #: since the late slot's session started (``None``: nothing late)
    late_ms: int | None
    #: how long now's live slot has run past its post-roll (``None``: it has not)
    overrun_ms: int | None
    #: another slot is on this channel at the same time (a C6 overlap)
    clash: bool = False
    #: the slot whose session is running while it is not live: now's, or next's while now's
    #: stream overruns
    late: BoardSlot | None = None

    @property
    def target(self) -> BoardSlot | None:
        """The slot a status change on this channel acts on: now's, else next's."""
        return self.now if self.now is not None else self.next


@dataclass(frozen=True)
class Board:
    at_ms: int
    rows: tuple[ChannelRow, ...]

    def row(self, channel_id: str) -> ChannelRow | None:
        return next((r for r in self.rows if r.channel.id == channel_id), None)


def _late(slot: BoardSlot | None, at: int) -> bool:
    """Its session is running (started, not ended) and it is not on air."""
    return (
        slot is not None
        and slot.status in ("planned", "testing")
        and slot.window.start_ms <= at < slot.window.end_ms
    )


def _row(plan: Plan, channel: StreamChannel, at: int) -> ChannelRow:
    slots = plan.slots[channel.id]
    after = bisect_right(plan.on_air[channel.id], at)  # slots[:after] are on air by ``at``
    latest_off = plan.latest_off[channel.id]
    holding: list[BoardSlot] = []
    index = after - 1
    while index >= 0 and latest_off[index] > at:
        if slots[index].window.off_air_ms > at:
            holding.append(slots[index])
        index -= 1
    # a stream left live after its window stays on the board until someone ends it
    left_live = [slots[i] for i in plan.live[channel.id] if i < after]
    left_live = [s for s in left_live if s.window.off_air_ms <= at]
    candidates = holding + left_live
    now = max(candidates, key=_precedence) if candidates else None
    begun = now.window.on_air_ms if now is not None else at
    others = [
        s for s in holding if s is not now and s.status != "complete" and s.window.on_air_ms > begun
    ]
    if after < len(slots):
        others.append(slots[after])
    upcoming = min(others, key=_order) if others else None
    late = next((s for s in (now, upcoming, *holding) if _late(s, at)), None)
    return ChannelRow(
        channel=channel,
        now=now,
        next=upcoming,
        state=now.status if now is not None else "off_air",
        countdown_ms=upcoming.window.on_air_ms - at if upcoming is not None else None,
        late_ms=at - late.window.start_ms if late is not None else None,
        overrun_ms=(
            at - now.window.off_air_ms if now is not None and now.window.off_air_ms <= at else None
        ),
        clash=len(holding) > 1,
        late=late,
    )


def _precedence(slot: BoardSlot) -> tuple[int, int]:
    return (_PRECEDENCE[slot.status], slot.window.on_air_ms)


def _order(slot: BoardSlot) -> tuple[int, int, str]:
    return (slot.window.on_air_ms, slot.window.start_ms, slot.slot_id)


def board(plan: Plan, at_ms: int) -> Board:
    """The board at instant ``at_ms``: one row per channel, in the plan's channel order."""
    return Board(at_ms, tuple(_row(plan, c, at_ms) for c in plan.channels))


# -- as data for the command line ------------------------------------------------------------


def _local(ms: int, zone: ZoneInfo) -> str:
    return datetime.fromtimestamp(ms / 1000, zone).isoformat(timespec="seconds")


def slot_json(slot: BoardSlot, zone: ZoneInfo) -> dict[str, Any]:
    """A slot as JSON: ids, title, room, times with the event's offset, rolls, status and who
    set it, the picture plan and what it misses."""
    w = slot.window
    changed = slot.changed
    return {
        "slot": w.slot_id,
        "session": w.session_id,
        "title": slot.title,
        "room": slot.room,
        "on_air": _local(w.on_air_ms, zone),
        "start": _local(w.start_ms, zone),
        "end": _local(w.end_ms, zone),
        "off_air": _local(w.off_air_ms, zone),
        "pre_roll_min": w.pre_roll_min,
        "post_roll_min": w.post_roll_min,
        "status": slot.status,
        "status_by": (changed.device_name or changed.device_id) if changed else None,
        "status_at": changed.wall_time if changed else None,
        "audio_tracks": list(slot.audio_tracks),
        "captions": list(slot.captions),
        "caption_target": slot.caption_target,
        "sign_languages": list(slot.sign_languages),
        "captions_missing": list(slot.captions_missing),
        "sign_missing": list(slot.sign_missing),
        "do_not_stream": slot.do_not_stream,
        "do_not_record": slot.do_not_record,
    }


def board_json(found: Board, zone: ZoneInfo) -> dict[str, Any]:
    """The board as JSON (``wufops streams board --json``)."""

    def seconds(ms: int | None) -> int | None:
        return None if ms is None else ms // 1000

    return {
        "at": _local(found.at_ms, zone),
        "channels": [
            {
                "channel": r.channel.id,
                "name": r.channel.name,
                "platform": r.channel.platform,
                "state": r.state,
                "now": slot_json(r.now, zone) if r.now else None,
                "next": slot_json(r.next, zone) if r.next else None,
                "countdown_s": seconds(r.countdown_ms),
                "late_s": seconds(r.late_ms),
                "overrun_s": seconds(r.overrun_ms),
                "clash": r.clash,
            }
            for r in found.rows
        ],
    }
