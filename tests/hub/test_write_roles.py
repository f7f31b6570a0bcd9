"""Who may write what, end to end over a real socket (a real hub on 127.0.0.1, real files).

The audit's attack: an admin revokes a badge and gates refuse it; a desk pushes
``badge.status = valid``; after sync the gates admitted it again. A desk could also set or
clear a security hold and change a category. Now the hub refuses each with ``role_forbidden``,
keeps the refusal in its log and shows it in the device list; the desk still corrects names
and reprints a lost badge offline with its own key (new badge, old one marked lost).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hub.helpers import seed_event
from tests.sync.conftest import HubEnv
from wufops.checkin.gate import Gate
from wufops.checkin.pickup import PickupDesk
from wufops.clock import SystemClock
from wufops.net.server import Hub, HubThread
from wufops.store import badges as badge_store
from wufops.store.hub_reader import HubReader
from wufops.store.replica import Replica


@pytest.fixture
def badged_env(tmp_path: Path) -> Iterator[HubEnv]:
    """A hub whose file holds an event, six attendees and an issuer-signed badge each."""
    db = tmp_path / "hub.db"
    seeded = Replica.open(db, SystemClock())
    attendees = seed_event(seeded, 6)
    event_id = seeded.conn.execute("SELECT id FROM event").fetchone()[0]
    issuer = badge_store.ensure_issuer_key(seeded)
    with seeded.batch() as batch:
        for attendee in attendees:
            badge_store.issue_badge(
                seeded,
                batch,
                issuer,
                attendee_id=attendee,
                event_id=event_id,
                now_s=SystemClock().now_ms() // 1000,
            )
    seeded.close()
    env = HubEnv(tmp_path, db, HubThread(Hub(db, port=0)).start(), attendees)
    try:
        yield env
    finally:
        env.thread.stop()


def _token(replica: Replica, attendee: str) -> tuple[str, str]:
    row = replica.conn.execute(
        "SELECT id, token FROM badge WHERE attendee_id = ? AND status = 'valid'", (attendee,)
    ).fetchone()
    return str(row[0]), str(row[1])


def _outbox(replica: Replica) -> list[tuple[str, str, str]]:
    return [(e.op.entity, e.state, e.error_code) for e in replica.outbox(state=None)]


def test_a_desk_cannot_undo_a_revocation_nor_touch_holds_or_categories(
    badged_env: HubEnv,
) -> None:
    env = badged_env
    admin, desk, gate = (
        env.device("admin-1", "admin"),
        env.device("desk-1"),
        env.device("gate-1", "gate"),
    )
    for device in (admin, desk, gate):
        device.sync()
    victim, held, other = env.attendees[:3]

    # -- an admin revokes a badge; the gate refuses it --
    r = admin.replica()
    badge_id, token = _token(r, victim)
    r.update("badge", badge_id, {"status": "revoked"})
    r.close()
    admin.sync()
    gate.sync()
    g = gate.replica()
    assert Gate(g, gate="Gate A").scan(token).code == "revoked"
    g.close()

    # -- a desk tries to make it valid again, to clear a hold, to change a category --
    desk.sync()
    r = desk.replica()
    r.update("badge", badge_id, {"status": "valid"})
    r.update("attendee", held, {"security_hold": 1})
    r.update("attendee", other, {"category": "vip"})
    r.update("attendee", other, {"family_name": "Məmmədova", "latin_family": "Mammadova"})
    r.close()
    status = desk.sync()
    assert status.rejected == 3 and status.pending == 0
    r = desk.replica()
    assert _outbox(r) == [
        ("badge", "rejected", "role_forbidden"),
        ("attendee", "rejected", "role_forbidden"),
        ("attendee", "rejected", "role_forbidden"),
        ("attendee", "applied", ""),
    ]
    # the refused edits do not linger on the desk either (the digest check reloads it)
    assert r.conn.execute("SELECT status FROM badge WHERE id = ?", (badge_id,)).fetchone()[0] == (
        "revoked"
    )
    r.close()

    # -- after sync the gate still refuses the badge --
    gate.sync()
    g = gate.replica()
    assert Gate(g, gate="Gate A").scan(token).code == "revoked"
    g.close()
    hub = env.hub_replica()
    try:
        rows = hub.conn.execute(
            "SELECT id, security_hold, category, family_name FROM attendee WHERE id IN (?, ?)",
            (held, other),
        ).fetchall()
        assert {tuple(r) for r in rows} == {
            (held, 0, "participant", "Family1"),
            (other, 0, "participant", "Məmmədova"),
        }
        # -- the hub keeps each refusal and shows it in the device list --
        listed = {d.name: d for d in HubReader(hub.conn).devices()}
        assert listed["desk-1"].rejected == 3
        assert listed["desk-1"].last_refusal == "role_forbidden"
        assert listed["admin-1"].rejected == 0 and listed["admin-1"].last_refusal == ""
        refused = [r for r in HubReader(hub.conn).rejected() if r["device_name"] == "desk-1"]
        assert {r["code"] for r in refused} == {"role_forbidden"} and len(refused) == 3
    finally:
        hub.close()


def test_a_desk_still_reprints_a_lost_badge_offline_with_its_own_key(badged_env: HubEnv) -> None:
    env = badged_env
    desk, gate = env.device("desk-1"), env.device("gate-1", "gate")
    desk.sync()
    desk.sync()  # the certified desk key arrived with the first sync's changes
    gate.sync()
    person = env.attendees[0]
    r = desk.replica()
    _old_id, old_token = _token(r, person)
    job = PickupDesk(r, desk="desk-1").reprint(person, "lost")
    r.close()
    status = desk.sync()
    assert status.rejected == 0 and status.pending == 0
    gate.sync()
    g = gate.replica()
    new_token = g.conn.execute("SELECT token FROM badge WHERE id = ?", (job.badge_id,)).fetchone()
    gate_desk = Gate(g, gate="Gate A")
    assert gate_desk.scan(new_token[0]).code == "admitted"
    assert gate_desk.scan(old_token).code == "revoked"
    g.close()


def test_a_desk_cannot_issue_with_another_desks_key_nor_retire_a_badge_it_did_not_replace(
    badged_env: HubEnv,
) -> None:
    env = badged_env
    one, two = env.device("desk-1"), env.device("desk-2")
    for device in (one, two, one, two):
        device.sync()
    r1 = one.replica()
    # desk-1 marks someone's badge lost without issuing a replacement
    badge_id, _token_text = _token(r1, env.attendees[1])
    r1.update("badge", badge_id, {"status": "lost"})
    r1.close()
    # desk-2 issues a badge under desk-1's key and serial range (it holds the row, not the
    # secret: it writes the row by hand)
    r2 = two.replica()
    key = r2.conn.execute(
        "SELECT k.id, k.serial_range FROM signing_key k JOIN device d ON d.id = k.device_id "
        "WHERE d.name = 'desk-1'"
    ).fetchone()
    r2.insert(
        "badge",
        {
            "attendee_id": env.attendees[2],
            "serial": (key[1] << 32) + 7,
            "key_id": key[0],
            "issued_at": r2.now_iso(),
            "status": "valid",
            "token": "A" * 146,
        },
    )
    r2.close()
    for device in (one, two):
        assert device.sync().rejected == 1
    for device in (one, two):
        r = device.replica()
        (row,) = r.outbox(state="rejected")
        assert row.error_code == "role_forbidden" and "own" in row.error_detail
        r.close()


def test_devices_list_shows_the_refusals(
    badged_env: HubEnv, capsys: pytest.CaptureFixture[str]
) -> None:
    from wufops.cli.main import main

    env = badged_env
    desk = env.device("desk-1")
    desk.sync()
    r = desk.replica()
    r.update("attendee", env.attendees[0], {"security_hold": 1})
    r.close()
    desk.sync()
    assert main(["devices", "list", "--db", str(env.db), "--json"]) == 0
    listed = {d["name"]: d for d in json.loads(capsys.readouterr().out)}
    assert listed["desk-1"]["rejected"] == 1
    assert listed["desk-1"]["last_refusal"] == "role_forbidden"
    assert main(["devices", "list", "--db", str(env.db)]) == 0
    table = capsys.readouterr().out
    assert "role_forbidden" in table.splitlines()[1 + sorted(listed).index("desk-1")]
