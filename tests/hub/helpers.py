"""Small builders shared by hub and sync tests: an event with attendees, pushes."""

from __future__ import annotations

import json
import time
from typing import Any

from websockets.sync.client import ClientConnection, connect

from db import SCHEMA_VERSION
from wufops.clock import iso_utc
from wufops.ids import uuid7
from wufops.store.replica import Replica
from wufops.sync import frames as fr
from wufops.sync.ops import Op


def seed_event(replica: Replica, attendees: int = 3) -> list[str]:
    """An event and ``attendees`` attendees written through the replica; returns their ids."""
    event_id = replica.insert(
        "event",
        {
            "name": "WUF13",
            "venue": "Baku",
            "timezone": "Asia/Baku",
            "first_day": "2026-05-17",
            "last_day": "2026-05-22",
        },
    )
    ids = []
    with replica.batch() as batch:
        for n in range(attendees):
            ids.append(
                batch.insert(
                    "attendee",
                    {
                        "event_id": event_id,
                        "reg_code": f"WUF-{n}",
                        "given_name": ["Aysel", "Иван", "محمد", "王"][n % 4],
                        "family_name": f"Family{n}",
                        "country": "AZ",
                        "category": "participant",
                    },
                )
            )
    return ids


def pickup(replica: Replica, attendee_id: str, desk: str = "desk-1") -> str:
    """A badge pickup as a desk records it (``device_id`` and ``hlc`` stamped from the op)."""
    with replica.batch() as batch:
        return batch.event(
            "checkin_event",
            {
                "attendee_id": attendee_id,
                "kind": "badge_pickup",
                "desk": desk,
                "wall_time": replica.now_iso(),
            },
            stamped=True,
        )


def entry(replica: Replica, attendee_id: str, kind: str = "entry") -> str:
    with replica.batch() as batch:
        return batch.event(
            "checkin_event",
            {
                "attendee_id": attendee_id,
                "kind": kind,
                "desk": "gate-1",
                "wall_time": replica.now_iso(),
            },
            stamped=True,
        )


def outbox_entries(replica: Replica) -> list[tuple[int, Op]]:
    return [(e.client_seq, e.op) for e in replica.outbox(state=None, limit=100_000)]


# -- a device reduced to its socket: for tests that misbehave on purpose ------------------------


def raw_connect(url: str, token: str, **kwargs: Any) -> ClientConnection:
    """A plain websocket to the hub with a device token (no driver, no replica)."""
    return connect(
        url,
        additional_headers={"Authorization": f"Bearer {token}"},
        open_timeout=10,
        max_size=None,
        **kwargs,
    )


def hello_text(device_id: str, /, **fields: Any) -> str:
    frame = fr.Hello(device_id, SCHEMA_VERSION, "test", "", 0, 1)
    return json.dumps({**fr.to_dict(frame), **fields})


def next_frame(ws: ClientConnection, timeout: float = 10) -> dict[str, Any]:
    """The next JSON frame that is not a poke (pokes may arrive at any time); the bytes of
    a snapshot file (binary frames) are skipped."""
    while True:
        frame = ws.recv(timeout=timeout)
        if isinstance(frame, bytes):
            continue
        reply = json.loads(frame)
        if reply["type"] != "poke":
            return reply  # type: ignore[no-any-return]


def welcomed(url: str, token: str, device_id: str | None = None) -> ClientConnection:
    """A connection past its ``welcome`` (a fresh replica id unless one is given)."""
    ws = raw_connect(url, token)
    ws.send(hello_text(device_id or uuid7(int(time.time() * 1000))))
    reply = next_frame(ws)
    assert reply["type"] == "welcome", reply
    return ws


def entry_ops(
    device_id: str, attendees: list[str], count: int, first_seq: int = 1
) -> list[dict[str, Any]]:
    """``count`` gate entries as pushed op items, client_seq from ``first_seq``."""
    now = int(time.time() * 1000)
    items = []
    for n in range(count):
        hlc = (now << 16) + n + 1
        op = Op(
            uuid7(now),
            device_id,
            hlc,
            "event",
            "checkin_event",
            uuid7(now),
            {
                "attendee_id": attendees[n % len(attendees)],
                "kind": "entry",
                "desk": "gate-test",
                "device_id": device_id,
                "hlc": hlc,
                "wall_time": iso_utc(now),
            },
        )
        items.append({"client_seq": first_seq + n, "op": op.to_dict()})
    return items
