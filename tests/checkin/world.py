"""A small event built the way production builds one: a hub replica holds the issuer key and
issues badges; desks and gates are replicas fed the hub's ops through ``apply_op`` (what sync
carries). Shared by the check-in tests (Qt-free and UI)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from wufops.clock import FakeClock
from wufops.crypto.keys import Signer
from wufops.store import badges as badge_store
from wufops.store.apply import apply_op
from wufops.store.replica import Replica

#: 2026-05-18 09:00 in Baku (UTC+4) = 05:00 UTC
BAKU_MORNING_MS = 1_779_080_400_000

PEOPLE: tuple[dict[str, object], ...] = (
    {
        "reg_code": "WUF-0001",
        "given_name": "Aysel",
        "family_name": "Məmmədova",
        "latin_given": "Aysel",
        "latin_family": "Mammadova",
        "organization": "Baku City Executive Power",
        "country": "AZ",
        "category": "participant",
    },
    {
        "reg_code": "WUF-0002",
        "given_name": "محمد",
        "family_name": "العلي",
        "latin_given": "Mohammed",
        "latin_family": "Al-Ali",
        "organization": "Ministry of Housing",
        "country": "EG",
        "category": "vip",
        "attention": 1,
        "attention_note": "Head of delegation",
        "sign_language": "",
        "step_free": 1,
    },
    {
        "reg_code": "WUF-0003",
        "given_name": "王",
        "family_name": "芳",
        "latin_given": "Fang",
        "latin_family": "Wang",
        "organization": "Tongji University",
        "country": "CN",
        "category": "speaker",
        "sign_language": "IS",
        "captions": 1,
    },
    {
        "reg_code": "WUF-0004",
        "given_name": "Ivan",
        "family_name": "Petrov",
        "organization": "Press",
        "country": "RU",
        "category": "media",
        "security_hold": 1,
    },
)


@dataclass
class World:
    clock: FakeClock
    hub: Replica
    issuer: Signer
    event_id: str
    attendees: list[str]
    tokens: dict[str, str]  # attendee id -> token of the badge issued by the hub
    serials: dict[str, int]
    root: Path
    replicas: list[Replica] = field(default_factory=list)

    def replica(self, name: str, *, with_attendees: bool = True) -> Replica:
        """A new device replica that has received the hub's ops so far (without attendees and
        their badges — the badge table references attendees — if asked)."""
        replica = Replica.open(self.root / f"{name}.db", self.clock)
        self.replicas.append(replica)
        push(self.hub, replica, skip_attendees=not with_attendees)
        return replica

    def close(self) -> None:
        for replica in self.replicas:
            replica.close()
        self.hub.close()


def push(source: Replica, target: Replica, *, skip_attendees: bool = False) -> int:
    """Apply every op ``source`` committed to ``target`` (idempotent); returns how many."""
    count = 0
    with target.transaction():
        for entry in source.outbox(state=None, limit=1_000_000):
            if skip_attendees and entry.op.entity in ("attendee", "badge"):
                continue
            target.observe_hlc(entry.op.hlc)
            apply_op(target.conn, entry.op)
            count += 1
    return count


def deny_attendee_reads(conn: sqlite3.Connection) -> list[str]:
    """Make every read of the ``attendee`` table fail on ``conn``; returns the denied reads
    (table.column), so a test can also assert that nothing tried."""
    denied: list[str] = []

    def authorize(action: int, arg1: str | None, arg2: str | None, *_: object) -> int:
        if action == sqlite3.SQLITE_READ and arg1 == "attendee":
            denied.append(f"{arg1}.{arg2}")
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    conn.set_authorizer(authorize)
    return denied


def build_world(root: Path, clock: FakeClock | None = None) -> World:
    clock = clock or FakeClock(BAKU_MORNING_MS)
    hub = Replica.open(root / "hub.db", clock, durability="hub")
    event_id = hub.insert(
        "event",
        {
            "name": "WUF13",
            "venue": "Baku Olympic Stadium",
            "timezone": "Asia/Baku",
            "first_day": "2026-05-17",
            "last_day": "2026-05-22",
        },
    )
    attendees = [hub.insert("attendee", {"event_id": event_id, **p}) for p in PEOPLE]
    issuer = badge_store.ensure_issuer_key(hub)
    tokens: dict[str, str] = {}
    serials: dict[str, int] = {}
    now_s = clock.now_ms() // 1000
    with hub.batch() as batch:
        allocator = badge_store.SerialAllocator(hub.conn, issuer.record)
        for attendee_id in attendees:
            issued = badge_store.issue_badge(
                hub,
                batch,
                issuer,
                attendee_id=attendee_id,
                event_id=event_id,
                now_s=now_s,
                serials=allocator,
            )
            tokens[attendee_id] = issued.token
            serials[attendee_id] = issued.serial
    return World(clock, hub, issuer, event_id, attendees, tokens, serials, root)


def enrol_desk_key(world: World, desk: Replica) -> None:
    """Give ``desk`` its own signing key certified by the hub (for offline reprints)."""
    public = badge_store.new_desk_secret(desk)
    badge_store.certify_desk(world.hub, world.issuer, public, desk.device_id)
    push(world.hub, desk)


def desk_database(root: Path) -> tuple[World, Path]:
    """A world plus a desk replica file that has every hub op (for tests that open their own
    connection on it, like the desk app and ``wufops scan``). The world's own handle on the
    desk file is closed."""
    world = build_world(root)
    desk = world.replica("desk")
    world.replicas.remove(desk)
    desk.close()
    return world, root / "desk.db"
