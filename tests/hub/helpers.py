"""Small builders shared by hub and sync tests: an event with attendees, pushes."""

from __future__ import annotations

from wufops.store.replica import Replica
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
