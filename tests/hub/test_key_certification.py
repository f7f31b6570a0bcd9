"""``HubLog.certify_device_key`` on a real hub file, without sockets: who gets a key, with
which code a request is refused, and that answers are idempotent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hub.helpers import seed_event
from wufops.clock import FakeClock
from wufops.crypto.keys import generate_private_key, key_id_for, public_key_of
from wufops.store import badges as badge_store
from wufops.store.hub_devices import MAX_KEYS_PER_DEVICE
from wufops.store.hub_log import HubLog


@pytest.fixture
def log(tmp_path: Path) -> Iterator[HubLog]:
    hub = HubLog.open(tmp_path / "hub.db", FakeClock(1_779_000_000_000))
    seed_event(hub.replica, 2)
    hub.start()
    for name, role in (("desk-1", "desk"), ("gate-1", "gate"), ("coord", "coordinator")):
        hub.enrol(name, role)
    hub.enrol("admin-1", "admin")
    try:
        yield hub
    finally:
        hub.close()


def _public() -> str:
    return public_key_of(generate_private_key()).hex()


def test_desk_and_admin_keys_are_certified_once_with_their_own_ranges(log: HubLog) -> None:
    key = _public()
    first = log.certify_device_key("desk-1", "desk", key)
    assert first.code == "" and first.key_id == key_id_for(bytes.fromhex(key))
    assert first.appended == 2  # the issuer key (made on first use) and the certified row
    again = log.certify_device_key("desk-1", "desk", key)
    assert again.key_id == first.key_id and again.appended == 0
    admin = log.certify_device_key("admin-1", "admin", _public())
    assert admin.code == "" and admin.appended == 1
    keyring = badge_store.load_keyring(log.conn)
    records = {key_id: k.record for key_id, k in keyring.keys.items()}
    assert records[first.key_id].serial_range != records[admin.key_id].serial_range
    assert keyring.rejected == ()  # every certificate verifies against the hub's issuer


@pytest.mark.parametrize(("name", "role"), [("gate-1", "gate"), ("coord", "coordinator")])
def test_other_roles_are_refused(log: HubLog, name: str, role: str) -> None:
    answer = log.certify_device_key(name, role, _public())
    assert (answer.key_id, answer.code) == ("", "key_role_forbidden")
    assert [k for k in badge_store.key_records(log.conn) if k.kind == "desk"] == []


def test_a_key_of_another_device_is_taken(log: HubLog) -> None:
    key = _public()
    assert log.certify_device_key("desk-1", "desk", key).code == ""
    assert log.certify_device_key("admin-1", "admin", key).code == "key_id_taken"


def test_a_device_cannot_use_up_the_serial_ranges(log: HubLog) -> None:
    for _ in range(MAX_KEYS_PER_DEVICE):
        assert log.certify_device_key("desk-1", "desk", _public()).code == ""
    assert log.certify_device_key("desk-1", "desk", _public()).code == "key_limit"


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=80))
def test_garbage_public_keys_are_refused_with_a_code(log: HubLog, text: str) -> None:
    before = log.max_seq()
    answer = log.certify_device_key("desk-1", "desk", text)
    if answer.code == "":  # only a genuine 32-byte Ed25519 key in hex can pass
        assert len(bytes.fromhex(text)) == 32
    else:
        assert answer.code in {"bad_public_key", "key_limit"} and answer.key_id == ""
        assert log.max_seq() == before
