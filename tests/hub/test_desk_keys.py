"""Desk signing keys certified by the hub (design.md §4), against a real hub on 127.0.0.1.

A desk asks in ``hello``; the hub certifies with the issuer key it holds; the record reaches
every replica, gates included; a lost-badge reprint made offline with that key is admitted
at a gate; revoking the device revokes the key; forged key rows never leave the hub.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.sync.conftest import Device, HubEnv
from wufops.badges.batch import issue_missing
from wufops.checkin.gate import Gate
from wufops.checkin.pickup import PickupDesk
from wufops.clock import SystemClock
from wufops.crypto.keys import create_issuer_key
from wufops.net.driver import SyncDriver
from wufops.store import badges as badge_store
from wufops.store import sync_state as ss
from wufops.store.apply import canonical_dump
from wufops.store.hub_log import HubLog
from wufops.store.replica import Replica


def _issue_at_hub(env: HubEnv) -> dict[str, str]:
    """Badges for every attendee, issued at the hub with its issuer key (as the demo does)."""
    log = HubLog.open(env.db, SystemClock())
    try:
        event_id = badge_store.event_ids(log.conn)[0]
        people = badge_store.attendees_for_run(log.conn, event_id)
        tokens, issued = issue_missing(log.replica, event_id, people)
        assert issued == len(people)
        log.ingest_local_outbox()
        return tokens
    finally:
        log.close()


def _sync(device: Device) -> SyncDriver:
    driver = SyncDriver(device.path, device.config)
    status = asyncio.run(asyncio.wait_for(driver.sync_once(), 30))
    assert status.phase == "online" and status.pending == 0, status
    return driver


def _keys(device: Device) -> list[badge_store.KeyRecord]:
    replica = device.replica()
    try:
        return badge_store.key_records(replica.conn)
    finally:
        replica.close()


def test_a_desk_gets_its_key_certified_and_a_gate_admits_its_offline_reprint(
    hub_env: HubEnv,
) -> None:
    tokens = _issue_at_hub(hub_env)
    desk, gate = hub_env.device("desk-1"), hub_env.device("gate-1", "gate")
    driver = _sync(desk)
    assert driver.desk_key_error == "" and driver.status.desk_key_id
    gate_driver = _sync(gate)
    assert gate_driver.desk_key_error == "key_role_forbidden"
    assert gate_driver.status.desk_key_error == "key_role_forbidden"

    desk_keys = [k for k in _keys(desk) if k.kind == "desk"]
    assert len(desk_keys) == 1
    [key] = desk_keys
    replica = desk.replica()
    signer = badge_store.load_signer(replica.conn, key.key_id)
    assert signer is not None  # the private half was made here and stayed here
    assert badge_store.load_keyring(replica.conn).get(key.key_id) is not None
    replica.close()
    # the gate holds the same public records (and no secret of that key)
    assert {k.key_id for k in _keys(gate)} == {k.key_id for k in _keys(desk)}

    assert key.key_id == driver.status.desk_key_id
    # a second hello asks for nothing more: the same single key
    assert _sync(desk).status.desk_key_id == ""
    assert [k.key_id for k in _keys(desk) if k.kind == "desk"] == [key.key_id]

    # the hub is unreachable now: a lost badge is reissued with the desk key
    attendee = hub_env.attendees[0]
    old_token = tokens[attendee]
    replica = desk.replica()
    pickup = PickupDesk(replica, desk="desk-1")
    job = pickup.reprint(attendee, "lost")
    replica.close()
    assert job.serial >> 32 == key.serial_range  # from the desk's own serial range
    _sync(desk)
    _sync(gate)
    gate_replica = gate.replica()
    g = Gate(gate_replica, gate="Gate A")
    assert g.scan(job.token).code == "admitted"
    assert g.scan(old_token).code == "revoked"
    gate_replica.close()


def test_revoking_a_desk_revokes_its_key_so_later_badges_are_refused(hub_env: HubEnv) -> None:
    _issue_at_hub(hub_env)
    desk, gate = hub_env.device("desk-1"), hub_env.device("gate-1", "gate")
    _sync(desk)
    _sync(gate)
    [key] = [k for k in _keys(desk) if k.kind == "desk"]
    log = HubLog.open(hub_env.db, SystemClock())
    log.revoke("desk-1")
    log.close()
    _sync(gate)
    [gate_key] = [k for k in _keys(gate) if k.key_id == key.key_id]
    assert gate_key.revoked_from_s is not None
    # the desk, cut off and unaware, still signs a reprint: the gate refuses it
    replica = desk.replica()
    job = PickupDesk(replica, desk="desk-1").reprint(hub_env.attendees[1], "lost")
    replica.close()
    gate_replica = gate.replica()
    assert Gate(gate_replica, gate="Gate A").scan(job.token).code == "revoked"
    gate_replica.close()


def test_a_forged_issuer_key_pushed_by_a_desk_is_rejected_and_reaches_nobody(
    hub_env: HubEnv,
) -> None:
    tokens = _issue_at_hub(hub_env)
    desk, other = hub_env.device("desk-1"), hub_env.device("desk-2")
    _sync(desk)
    _sync(other)
    replica = desk.replica()
    [issuer_id] = [k.key_id for k in badge_store.key_records(replica.conn) if k.kind == "issuer"]
    forged = create_issuer_key(replica.clock.now_ms() // 1000 - 3600)
    with replica.batch() as batch:  # a tampered desk publishes its own trust anchor
        badge_store.store_secret(replica.conn, forged.private_bytes, replica.now_iso())
        badge_store.add_key_record(batch, forged.record)
    # and edits the hub's issuer row (a revocation would stop every badge)
    badge_store.revoke_key(replica, issuer_id)
    replica.close()
    assert _sync(desk).status.rejected == 2
    replica = desk.replica()
    codes = {r.code for r in ss.rejected_ops(replica.conn) if r.entity == "signing_key"}
    assert codes == {"key_hub_only"}
    _sync(other)
    for path in (hub_env.db, other.path):
        r = Replica.open(path, SystemClock())
        ids = {k.key_id: k for k in badge_store.key_records(r.conn)}
        r.close()
        assert forged.key_id not in ids
        assert ids[issuer_id].revoked_from_s is None
    # the hub's badges still validate on the other desk
    r = other.replica()
    keyring = badge_store.load_keyring(r.conn)
    r.close()
    assert keyring.get(issuer_id) is not None and keyring.get(forged.key_id) is None
    assert tokens


def test_the_hub_adopts_the_issuer_key_its_file_holds(tmp_path: Path) -> None:
    db = tmp_path / "event.db"
    made = Replica.open(db, SystemClock())  # a database that ran `wufops badges`
    issuer = badge_store.ensure_issuer_key(made)
    made.close()
    log = HubLog.open(db, SystemClock())
    try:
        log.start()
        assert log.issuer().key_id == issuer.key_id
        issuers = [k for k in badge_store.key_records(log.conn) if k.kind == "issuer"]
        assert [k.key_id for k in issuers] == [issuer.key_id]
    finally:
        log.close()
    fresh = HubLog.open(tmp_path / "new-hub.db", SystemClock())
    try:
        fresh.start()
        assert badge_store.key_records(fresh.conn) == []  # made when first needed
        key_id = fresh.issuer().key_id
        assert fresh.issuer().key_id == key_id
        fresh.ingest_local_outbox()  # published through the log like any hub write
        logged = fresh.conn.execute(
            "SELECT count(*) FROM change_log WHERE entity = 'signing_key'"
        ).fetchone()[0]
        assert logged == 1 and key_id
    finally:
        fresh.close()


def test_convergence_with_keys(hub_env: HubEnv) -> None:
    """Hub, desk and a second desk hold the same key records (and the rest)."""
    _issue_at_hub(hub_env)
    d1, d2 = hub_env.device("desk-1"), hub_env.device("desk-2")
    for device in (d1, d2, d1):
        _sync(device)
    dumps = []
    for path in (hub_env.db, d1.path, d2.path):
        r = Replica.open(path, SystemClock())
        dumps.append(canonical_dump(r.conn))
        r.close()
    assert dumps[0] == dumps[1] == dumps[2]
    assert len(dumps[0]["signing_key"]) == 3  # issuer + two desks
