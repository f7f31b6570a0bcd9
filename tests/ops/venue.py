"""A small venue for the dashboard tests: an event in Baku, attendees of every category,
enrolled desks and gates bound to their replicas — and their events applied the way sync
applies other devices' ops (``apply_op``), at the local times a test names."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from db.vocabulary import CATEGORIES
from wufops.clock import FakeClock, iso_utc
from wufops.store.apply import apply_op
from wufops.store.replica import Replica
from wufops.sync.ops import JsonValue, Op

BAKU = ZoneInfo("Asia/Baku")
FIRST_DAY = "2026-05-17"


def local(hhmm: str, day: int = 17, seconds: float = 0.0) -> int:
    """Unix ms of ``HH:MM`` (plus seconds) in Baku on 2026-05-``day``."""
    hours, minutes = (int(p) for p in hhmm.split(":"))
    moment = datetime(2026, 5, day, hours, minutes, tzinfo=BAKU)
    return int(moment.timestamp() * 1000 + seconds * 1000)


_counter = itertools.count(1)


def _id() -> str:
    return str(uuid.UUID(int=next(_counter) << 64 | uuid.uuid4().int >> 64))


@dataclass
class Venue:
    replica: Replica
    clock: FakeClock
    event_id: str
    #: category → attendee ids
    people: dict[str, list[str]]
    #: device name → (device id, replica id)
    devices: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def conn(self):  # type: ignore[no-untyped-def]
        return self.replica.conn

    def attendee(self, category: str = "participant", n: int = 0) -> str:
        return self.people[category][n]

    def enrol(self, name: str, role: str = "desk", last_seen: str | None = None) -> str:
        """A device row and its replica binding, as the hub makes them."""
        device_id, replica_id = _id(), _id()
        fields: dict[str, JsonValue] = {"name": name, "role": role, "revoked": 0}
        if last_seen is not None:
            fields["last_seen"] = last_seen
        with self.replica.batch() as batch:
            batch.insert("device", fields, row_id=device_id)
            batch.insert(
                "device_replica",
                {"device_id": device_id, "bound_at": "2026-05-16T00:00:00.000Z"},
                row_id=replica_id,
            )
        self.devices[name] = (device_id, replica_id)
        return replica_id

    def apply(self, entity: str, device: str, at_ms: int, **body: JsonValue) -> str:
        """An event recorded by ``device`` at ``at_ms``, arriving here through sync."""
        replica_id = self.devices[device][1] if device in self.devices else device
        row_id = _id()
        hlc = at_ms << 16 | next(_counter) % 1000
        op = Op(
            op_id=_id(),
            device_id=replica_id,
            hlc=hlc,
            kind="event",
            entity=entity,
            row_id=row_id,
            body={**body, "device_id": replica_id, "hlc": hlc, "wall_time": iso_utc(at_ms)},
        )
        with self.replica.transaction():
            apply_op(self.replica.conn, op)
        return row_id

    def pickup(self, device: str, at_ms: int, attendee: str, scan_ms: float | None = 300.0) -> str:
        body: dict[str, JsonValue] = {"attendee_id": attendee, "kind": "badge_pickup"}
        body["desk"] = device
        if scan_ms is not None:
            body["scan_ms"] = scan_ms
        return self.apply("checkin_event", device, at_ms, **body)

    def entry(self, gate: str, at_ms: int, attendee: str, zone: str) -> str:
        return self.apply(
            "checkin_event", gate, at_ms, attendee_id=attendee, kind="entry", desk=gate, zone=zone
        )

    def void(self, device: str, at_ms: int, pickup_id: str, attendee: str) -> str:
        return self.apply(
            "checkin_event",
            device,
            at_ms,
            attendee_id=attendee,
            kind="void",
            voids_id=pickup_id,
            reason="wrong person",
            desk=device,
        )

    def printed(self, device: str, at_ms: int, attendee: str, printer: str, outcome: str) -> str:
        return self.apply(
            "print_event",
            device,
            at_ms,
            badge_id="",
            attendee_id=attendee,
            printer=printer,
            desk=device,
            reason="first",
            outcome=outcome,
        )

    def close(self) -> None:
        self.replica.close()


def make_venue(path: Path, per_category: int = 40, clock_ms: int | None = None) -> Venue:
    clock = FakeClock(clock_ms or local("06:00", 16))
    replica = Replica.open(path, clock)
    people: dict[str, list[str]] = {}
    with replica.batch() as batch:
        event_id = batch.insert(
            "event",
            {
                "name": "WUF13",
                "venue": "Baku",
                "timezone": "Asia/Baku",
                "first_day": FIRST_DAY,
                "last_day": "2026-05-22",
            },
        )
        n = 0
        for category in CATEGORIES:
            for _ in range(per_category):
                n += 1
                people.setdefault(category, []).append(
                    batch.insert(
                        "attendee",
                        {
                            "event_id": event_id,
                            "reg_code": f"T-{n:05d}",
                            "given_name": f"Person {n}",
                            "country": "AZ",
                            "category": category,
                        },
                    )
                )
    return Venue(replica, clock, event_id, people)
