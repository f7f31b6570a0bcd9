"""Stream channels as lanes of the schedule grid, without Qt: which channels are shown and in
what order, each channel's slots on the day with their padded windows, the C6 overlaps to
draw, and where a dragged session's slots would go.

A lane draws :func:`wufops.streams.padded_windows` — computed from the sessions' current
placements every time — so a session moved in the grid (or by sync) moves its slots the next
time the day is built, and :func:`windows_at` gives the slots of a session at a placement it
does not hold yet (the drag's preview). Slots whose padded windows overlap sit in sub-lanes
of a taller lane, as sessions overlapping in a room do, so a C6 overlap is seen, never hidden.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from ui.schedule.rooms import natural
from wufops.models.schedule import Conflict, Placement
from wufops.models.streams import PaddedWindow, StreamChannel
from wufops.schedule.world import World
from wufops.streams import padded_windows
from wufops.streams.rules import STREAM_RULES, settings_of, slots_of

# sub-lanes a channel lane grows to (a third overlapping slot shares the last)
MAX_LANE_ROWS = 2
# the stream rules whose conflicts a lane marks, and the rule that is C6
STREAM_CODES = frozenset(rule.code for rule in STREAM_RULES)
OVERLAP_RULE = "channel_overlap"
_RANK = {"block": 0, "warn": 1}


@dataclass(frozen=True, slots=True)
class LaneBlock:
    """A slot on a lane: its window and its sub-lane among slots that overlap it."""

    window: PaddedWindow
    lane: int = 0
    lanes: int = 1

    @property
    def session_id(self) -> str:
        return self.window.session_id


@dataclass
class ChannelLane:
    channel: StreamChannel
    blocks: list[LaneBlock] = field(default_factory=list)
    # sub-lanes the lane is drawn with (1 unless padded windows overlap)
    lanes: int = 1
    # C6 overlaps on the day: (from, to, severity) — where two padded windows share time
    overlaps: list[tuple[int, int, str]] = field(default_factory=list)

    def index_of(self, session_id: str) -> int | None:
        for n, block in enumerate(self.blocks):
            if block.session_id == session_id:
                return n
        return None


def channels_in_order(world: World) -> list[StreamChannel]:
    """Every channel of the event, ``Channel 2`` before ``Channel 10``."""
    return sorted(world.table(StreamChannel).values(), key=lambda c: (natural(c.name), c.id))


def shown_channels(world: World, hidden: Collection[str]) -> list[str]:
    """The ids of the channels the grid draws lanes for, in order."""
    return [c.id for c in channels_in_order(world) if c.id not in hidden]


def windows_at(world: World, session_id: str, placement: Placement) -> list[PaddedWindow]:
    """The windows ``session_id``'s slots (not withdrawn) would have at ``placement``."""
    settings = settings_of(world)
    found = []
    for slot in slots_of(world, session_id):
        pre, post = slot.rolls(settings)
        found.append(
            PaddedWindow(
                slot.id,
                session_id,
                slot.channel_id,
                placement.start_ms,
                placement.end_ms,
                pre,
                post,
                slot.status,
            )
        )
    return found


def _sub_lanes(windows: Iterable[PaddedWindow]) -> tuple[list[LaneBlock], int]:
    """Windows sorted by on-air time put in sub-lanes (first free one, or the last)."""
    out: list[LaneBlock] = []
    widest = 1
    cluster: list[tuple[PaddedWindow, int]] = []
    lane_ends: list[int] = []
    cluster_end = -1

    def close() -> None:
        nonlocal widest
        lanes = max(1, min(len(lane_ends), MAX_LANE_ROWS))
        widest = max(widest, lanes)
        out.extend(LaneBlock(w, min(lane, lanes - 1), lanes) for w, lane in cluster)

    for window in windows:
        if cluster and window.on_air_ms >= cluster_end:
            close()
            cluster, lane_ends, cluster_end = [], [], -1
        for lane, end in enumerate(lane_ends):
            if end <= window.on_air_ms:
                lane_ends[lane] = window.off_air_ms
                break
        else:
            lane = len(lane_ends)
            lane_ends.append(window.off_air_ms)
        cluster.append((window, lane))
        cluster_end = max(cluster_end, window.off_air_ms)
    if cluster:
        close()
    return out, widest


def overlap_severities(conflicts: Iterable[Conflict]) -> dict[tuple[str, frozenset[str]], str]:
    """Per (channel, the two sessions) the severity C6 gives their overlap."""
    found: dict[tuple[str, frozenset[str]], str] = {}
    for conflict in conflicts:
        if conflict.rule != OVERLAP_RULE or conflict.severity not in _RANK:
            continue
        channels = conflict.ids("channel")
        if not channels:
            continue
        key = (channels[0], frozenset(conflict.ids("session")))
        if _RANK[conflict.severity] < _RANK.get(found.get(key, ""), 2):
            found[key] = conflict.severity
    return found


def stream_severities(conflicts: Iterable[Conflict]) -> dict[tuple[str, str], str]:
    """Per (channel, session) the worst stream conflict a slot is in; ``("", session)`` for
    one that names no channel (``no_encoder``: every slot of the session)."""
    found: dict[tuple[str, str], str] = {}
    for conflict in conflicts:
        if conflict.rule not in STREAM_CODES or conflict.severity not in _RANK:
            continue
        channels = conflict.ids("channel") or ("",)
        for session_id in conflict.session_ids:
            key = (channels[0], session_id)
            if _RANK[conflict.severity] < _RANK.get(found.get(key, ""), 2):
                found[key] = conflict.severity
    return found


def worst(severities: Mapping[tuple[str, str], str], channel_id: str, session_id: str) -> str:
    """The worst stream severity of ``session_id``'s slot on ``channel_id`` ("" if none)."""
    found = [
        s for s in (severities.get((channel_id, session_id)), severities.get(("", session_id))) if s
    ]
    return min(found, key=lambda s: _RANK[s]) if found else ""


def build_lanes(
    world: World,
    channel_ids: Iterable[str],
    start_ms: int,
    end_ms: int,
    conflicts: Iterable[Conflict] = (),
) -> list[ChannelLane]:
    """The lanes of ``channel_ids`` (in that order) over ``[start_ms, end_ms)``: every slot
    whose padded window reaches into it, and the overlaps C6 reported between them."""
    channels = world.table(StreamChannel)
    windows = padded_windows(world)
    overlaps = overlap_severities(conflicts)
    lanes = []
    for channel_id in channel_ids:
        channel = channels.get(channel_id)
        if channel is None:
            continue
        shown = [
            w
            for w in windows.get(channel_id, ())
            if w.off_air_ms > start_ms and w.on_air_ms < end_ms
        ]
        blocks, count = _sub_lanes(shown)
        lane = ChannelLane(channel, blocks, count)
        for n, a in enumerate(shown):
            for b in shown[n + 1 :]:
                if b.on_air_ms >= a.off_air_ms:
                    continue
                severity = overlaps.get((channel_id, frozenset({a.session_id, b.session_id})))
                if severity:
                    lane.overlaps.append(
                        (max(a.on_air_ms, b.on_air_ms), min(a.off_air_ms, b.off_air_ms), severity)
                    )
        lanes.append(lane)
    return lanes


def nearest(lane: ChannelLane, ms: int) -> int | None:
    """The index of the block of ``lane`` whose session starts closest to ``ms``."""
    if not lane.blocks:
        return None
    return min(range(len(lane.blocks)), key=lambda i: (abs(lane.blocks[i].window.start_ms - ms), i))
