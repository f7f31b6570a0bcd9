"""The demo hub issues every attendee's badge once, at the hub, and the demo desk arrives
with them and with its own certified signing key (so scanning and reprints work at once)."""

from __future__ import annotations

from pathlib import Path

from ui.sync.demo_hub import DemoSession, issue_demo_badges, start_demo_sync
from wufops.checkin.pickup import PickupDesk
from wufops.clock import SystemClock
from wufops.demo import generate
from wufops.store import badges as badge_store
from wufops.store.replica import Replica


def test_demo_desk_gets_badges_and_a_certified_key(tmp_path: Path, qapp: object) -> None:
    demo = tmp_path / "demo-5-120.db"
    generate(demo, seed=5, attendees=120)
    seen: list[str] = []
    session = DemoSession(start_demo_sync(demo, lambda stage, *_: seen.append(stage)))
    try:
        assert seen[0] == "issued" and seen[-1] == "bootstrap"
        hub_db = demo.with_name("demo-5-120-hub.db")
        assert issue_demo_badges(hub_db) == 0  # once: a later run issues nothing
        assert not hub_db.with_name(hub_db.name + ".partial").exists()
        desk = Replica.open(session.desk_db, SystemClock())
        try:
            assert len(badge_store.valid_badges(desk.conn)) == 120
            keyring = badge_store.load_keyring(desk.conn)
            kinds = sorted(k.record.kind for k in keyring.keys.values())
            assert kinds == ["desk", "issuer"]
            someone = next(iter(badge_store.valid_badges(desk.conn)))
            job = PickupDesk(desk, desk="Desk 1").reprint(someone, "lost")  # offline-capable
            assert job.revoked_serial is not None and job.serial >> 32 >= 1
        finally:
            desk.close()
    finally:
        session.close()
    # the demo event itself is untouched: badges live in the hub's copy
    source = Replica.open(demo, SystemClock())
    try:
        assert badge_store.valid_badges(source.conn) == {}
    finally:
        source.close()
