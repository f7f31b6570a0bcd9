"""Keys and badges in a real replica: issuer created once, desk reprints offline, revocation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.badges.conftest import EventDb
from wufops.clock import FakeClock
from wufops.crypto.token import verify_token
from wufops.store import badges as store
from wufops.store.replica import Replica


def _verify(db: EventDb, token: str) -> str:
    conn = db.replica.conn
    return verify_token(
        token,
        store.load_keyring(conn),
        store.revoked_serials(conn),
        db.event_id,
        resolve_attendee=store.attendee_resolver(conn, db.event_id),
    ).code


def test_issuer_key_is_created_once_and_survives_reopening(event_db: EventDb) -> None:
    replica = event_db.replica
    first = store.ensure_issuer_key(replica)
    assert store.ensure_issuer_key(replica).key_id == first.key_id
    clock = replica.clock
    replica.close()
    reopened = Replica.open(event_db.path, clock)
    try:
        assert store.ensure_issuer_key(reopened).key_id == first.key_id
        # the public record travels through the op log; the secret never does
        entities = [e.op.entity for e in reopened.outbox(limit=10_000)]
        assert entities.count("signing_key") == 1
        bodies = json.dumps([e.op.body for e in reopened.outbox(limit=10_000)])
        assert first.private_bytes.hex() not in bodies
    finally:
        reopened.close()


def test_issued_badge_is_a_replicated_row_whose_token_verifies(event_db: EventDb) -> None:
    replica = event_db.replica
    issuer = store.ensure_issuer_key(replica)
    attendee = event_db.attendee_ids[0]
    with replica.batch() as batch:
        badge = store.issue_badge(
            replica,
            batch,
            issuer,
            attendee_id=attendee,
            event_id=event_db.event_id,
            now_s=replica.clock.now_ms() // 1000,
        )
    row = store.badge_by_serial(replica.conn, badge.serial)
    assert row is not None and row["token"] == badge.token and row["status"] == "valid"
    assert replica.outbox(limit=10_000)[-1].op.entity == "badge"
    decision = verify_token(
        badge.token,
        store.load_keyring(replica.conn),
        store.revoked_serials(replica.conn),
        event_db.event_id,
        resolve_attendee=store.attendee_resolver(replica.conn, event_db.event_id),
    )
    assert decision.code == "admitted" and decision.attendee_id == attendee


def test_offline_desk_reprint_revokes_the_old_serial(event_db: EventDb) -> None:
    replica = event_db.replica
    issuer = store.ensure_issuer_key(replica)
    attendee = event_db.attendee_ids[1]
    with replica.batch() as batch:
        first = store.issue_badge(
            replica,
            batch,
            issuer,
            attendee_id=attendee,
            event_id=event_db.event_id,
            now_s=replica.clock.now_ms() // 1000,
        )
    # the desk makes its key; the issuer certifies it with a serial range of its own
    public = store.new_desk_secret(replica)
    record = store.certify_desk(replica, issuer, public, replica.device_id)
    assert record.serial_range == 1
    reprint = store.reissue_with_desk_key(replica, attendee, event_db.event_id, first.serial)
    assert reprint.key_id == record.key_id
    assert reprint.serial == (1 << 32) + 1
    assert _verify(event_db, first.token) == "revoked"
    assert _verify(event_db, reprint.token) == "admitted"
    second = store.reissue_with_desk_key(replica, attendee, event_db.event_id, reprint.serial)
    assert second.serial == reprint.serial + 1
    # a second desk gets another range: serials can never collide
    other = store.certify_desk(replica, issuer, store.new_desk_secret(replica), "desk-2")
    assert other.serial_range == 2


def test_revoking_a_desk_key_stops_its_later_badges(event_db: EventDb) -> None:
    replica = event_db.replica
    clock = replica.clock
    assert isinstance(clock, FakeClock)
    issuer = store.ensure_issuer_key(replica)
    store.certify_desk(replica, issuer, store.new_desk_secret(replica), replica.device_id)
    early = store.reissue_with_desk_key(replica, event_db.attendee_ids[2], event_db.event_id, None)
    clock.advance(60_000)
    desk_key = early.key_id
    # a badge issued by the desk after the revocation (it had not heard of it yet)
    desk_signer = store.load_signer(replica.conn, desk_key)
    assert desk_signer is not None
    clock.advance(60_000)
    with replica.batch() as batch:
        late = store.issue_badge(
            replica,
            batch,
            desk_signer,
            attendee_id=event_db.attendee_ids[3],
            event_id=event_db.event_id,
            now_s=clock.now_ms() // 1000,
        )
    store.revoke_key(replica, desk_key, from_s=clock.now_ms() // 1000 - 30)
    assert _verify(event_db, early.token) == "admitted"
    assert _verify(event_db, late.token) == "revoked"
    with pytest.raises(store.BadgeStoreError) as error:
        store.reissue_with_desk_key(replica, event_db.attendee_ids[3], event_db.event_id, None)
    assert error.value.code == "no_desk_key"


def test_attendee_reference_collisions_are_reported() -> None:
    with pytest.raises(store.BadgeStoreError) as error:
        store.check_refs_unique({b"\x00" * 8: ["a", "b"], b"\x01" * 8: ["c"]})
    assert error.value.code == "attendee_ref_collision"
    store.check_refs_unique({b"\x00" * 8: ["a"], b"\x01" * 8: ["c"]})


def test_attendee_refs_of_an_event_are_unique(event_db: EventDb) -> None:
    refs = store.attendee_refs(event_db.replica.conn, event_db.event_id)
    assert sum(len(v) for v in refs.values()) == len(event_db.attendee_ids)
    store.check_refs_unique(refs)


def test_a_desk_whose_clock_runs_behind_still_issues_valid_reprints(event_db: EventDb) -> None:
    replica = event_db.replica
    clock = replica.clock
    assert isinstance(clock, FakeClock)
    issuer = store.ensure_issuer_key(replica)
    store.certify_desk(replica, issuer, store.new_desk_secret(replica), replica.device_id)
    clock.advance(-3 * 3600 * 1000)  # the desk's clock is three hours behind the hub's
    badge = store.reissue_with_desk_key(replica, event_db.attendee_ids[0], event_db.event_id, None)
    assert _verify(event_db, badge.token) == "admitted"


def test_a_desk_key_is_certified_once(event_db: EventDb) -> None:
    replica = event_db.replica
    issuer = store.ensure_issuer_key(replica)
    public = store.new_desk_secret(replica)
    store.certify_desk(replica, issuer, public, "desk-1")
    with pytest.raises(store.BadgeStoreError) as error:
        store.certify_desk(replica, issuer, public, "desk-2")
    assert error.value.code == "key_id_taken"


def test_the_desk_gets_the_newest_valid_badge_to_print(event_db: EventDb) -> None:
    from wufops.badges.batch import badge_for

    replica = event_db.replica
    attendee = event_db.attendee_ids[0]
    assert badge_for(replica.conn, attendee) is None
    assert badge_for(replica.conn, "nobody") is None
    issuer = store.ensure_issuer_key(replica)
    now_s = replica.clock.now_ms() // 1000
    with replica.batch() as batch:
        first = store.issue_badge(
            replica, batch, issuer, attendee_id=attendee, event_id=event_db.event_id, now_s=now_s
        )
    store.certify_desk(replica, issuer, store.new_desk_secret(replica), replica.device_id)
    reprint = store.reissue_with_desk_key(replica, attendee, event_db.event_id, first.serial)
    found = badge_for(replica.conn, attendee)
    assert found is not None and found.token == reprint.token
    assert found.attendee.id == attendee and found.event_name == "WUF13"


def test_the_issuer_key_moves_to_another_database(event_db: EventDb, tmp_path: Path) -> None:
    old = store.ensure_issuer_key(event_db.replica)
    moved = store.load_signer(event_db.replica.conn, old.key_id)
    assert moved is not None
    hub = Replica.open(tmp_path / "hub.db", FakeClock(event_db.replica.clock.now_ms()))
    try:
        store.adopt_signer(hub, moved)
        store.adopt_signer(hub, moved)  # idempotent
        assert store.ensure_issuer_key(hub).key_id == old.key_id
        assert [e.op.entity for e in hub.outbox()].count("signing_key") == 1
    finally:
        hub.close()
