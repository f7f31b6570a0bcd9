"""Lost placements: the ``conflict`` rows sync makes when two coordinators move one session
while offline (``concurrent_edit``, field ``placement``; ``wufops.sync.merge``), read as
values for the schedule workspace, which shows each as "your move lost to X's move" and
offers to re-apply the losing placement or dismiss the record (``resolved``).

The only SQL of this small reader; dismissing is an ordinary edit of the conflict row
(``Replica.update("conflict", id, {"resolved": 1})``), which every role but a gate may make.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from wufops.models.schedule import Placement, from_iso


@dataclass(frozen=True)
class PlacementSide:
    """One side of a concurrent move: where it put the session, who made it and when."""

    #: ``None``: that side took the session off the grid
    placement: Placement | None
    #: the replica (``device_id`` of its ops) that made the move
    replica_id: str
    #: the enrolled device's name, when this replica knows it ("" otherwise)
    device_name: str
    hlc: int


@dataclass(frozen=True)
class LostPlacement:
    """A session's placement that lost to a concurrent move (an unresolved conflict row)."""

    id: str
    session_id: str
    detected_at: str
    winner: PlacementSide
    loser: PlacementSide


def _placement(value: object) -> Placement | None:
    if not isinstance(value, dict):
        return None
    room, start, end = value.get("room_id"), value.get("starts_at"), value.get("ends_at")
    if not (isinstance(room, str) and isinstance(start, str) and isinstance(end, str)):
        return None
    try:
        start_ms, end_ms = from_iso(start), from_iso(end)
        return Placement(room, start_ms, end_ms) if end_ms > start_ms else None
    except ValueError:
        return None


def _side(text: str, names: dict[str, str]) -> PlacementSide:
    try:
        data = json.loads(text)
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    replica_id = str(data.get("device_id") or "")
    hlc = data.get("hlc")
    return PlacementSide(
        _placement(data.get("value")),
        replica_id,
        names.get(replica_id, ""),
        hlc if isinstance(hlc, int) else 0,
    )


def lost_placements(conn: sqlite3.Connection, event_id: str) -> list[LostPlacement]:
    """The event's unresolved lost placements, newest first."""
    names = {
        str(r[0]): str(r[1])
        for r in conn.execute(
            "SELECT dr.id, d.name FROM device_replica dr JOIN device d ON d.id = dr.device_id"
        )
    }
    rows = conn.execute(
        "SELECT c.id, c.row_id, c.detected_at, c.winner, c.loser FROM conflict c "
        "JOIN session s ON s.id = c.row_id "
        "WHERE c.kind = 'concurrent_edit' AND c.entity = 'session' AND c.field = 'placement' "
        "AND c.resolved = 0 AND s.event_id = ? ORDER BY c.detected_at DESC, c.id",
        (event_id,),
    ).fetchall()
    return [
        LostPlacement(str(r[0]), str(r[1]), str(r[2]), _side(r[3], names), _side(r[4], names))
        for r in rows
    ]


__all__ = ["LostPlacement", "PlacementSide", "lost_placements"]
