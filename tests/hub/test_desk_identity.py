"""Who recorded a check-in: the enrolled device, stamped by the hub — never a name a desk sent.

Over a real socket: a desk that writes another desk's name into its pickup is still shown as
itself everywhere ("already picked up at desk-a"); counters are keyed on the enrolled device,
so two desks labelled alike do not merge and a relabelled desk does not split; ``wufops scan``
on an enrolled desk's file records as that desk; a desk no hub has enrolled still works under
its own label.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.hub.helpers import seed_event
from tests.sync.conftest import HubEnv
from wufops.checkin.pickup import PickupDesk
from wufops.clock import FakeClock
from wufops.store import badges as badge_store
from wufops.store import checkins as store
from wufops.store.replica import Replica


def _device_id(replica: Replica, name: str) -> str:
    return str(replica.conn.execute("SELECT id FROM device WHERE name = ?", (name,)).fetchone()[0])


def test_a_pickup_naming_another_desk_is_shown_as_the_desk_that_made_it(hub_env: HubEnv) -> None:
    forger, named, third = (hub_env.device(n) for n in ("desk-a", "desk-b", "desk-c"))
    for device in (forger, named, third):
        device.sync()
    person = hub_env.attendees[0]
    r = forger.replica()
    with r.batch() as batch:  # what a tampered desk app could send
        batch.event(
            "checkin_event",
            {
                "attendee_id": person,
                "kind": "badge_pickup",
                "desk": "desk-b",
                "wall_time": r.now_iso(),
            },
            stamped=True,
        )
    r.close()
    forger.sync()
    third.sync()
    r = third.replica()
    try:
        decision = PickupDesk(r, desk="Desk 1").pickup_attendee(person)
        assert decision.code == "already_picked_up"
        first = decision.first_pickup
        assert first is not None and first.desk == "desk-a"
        assert first.desk_id == _device_id(r, "desk-a")
        assert "desk-b" not in decision.detail
    finally:
        r.close()
    hub = hub_env.hub_replica()
    try:
        primary = store.pickup_state(hub.conn, person).primary
        assert primary is not None and primary.desk == "desk-a"
        (binding,) = hub.conn.execute(
            "SELECT device_id FROM device_replica WHERE id = ?", (primary.device_id,)
        ).fetchall()
        assert binding[0] == _device_id(hub, "desk-a")
    finally:
        hub.close()


def test_desks_labelled_alike_keep_their_own_counters_and_a_relabel_keeps_them(
    hub_env: HubEnv,
) -> None:
    one, two = hub_env.device("desk-1"), hub_env.device("desk-2")
    one.sync()
    two.sync()
    r1, r2 = one.replica(), two.replica()
    try:
        first, second = PickupDesk(r1, desk="Desk 1"), PickupDesk(r2, desk="Desk 1")
        assert first.desk_name == "desk-1" and second.desk_name == "desk-2"  # enrolled names
        for attendee in hub_env.attendees[:3]:
            assert first.pickup_attendee(attendee).code == "admitted"
        assert second.pickup_attendee(hub_env.attendees[3]).code == "admitted"
    finally:
        r1.close()
        r2.close()
    one.sync()
    two.sync()
    one.sync()
    r1, r2 = one.replica(), two.replica()
    try:
        assert PickupDesk(r1, desk="Desk 1").counters().pickups_today == 3
        assert PickupDesk(r2, desk="Desk 1").counters().pickups_today == 1
        relabelled = PickupDesk(r1, desk="Front desk")
        assert relabelled.counters().pickups_today == 3 and relabelled.desk_name == "desk-1"
        rows = r1.conn.execute("SELECT DISTINCT desk FROM checkin_event").fetchall()
        assert sorted(r[0] for r in rows) == ["desk-1", "desk-2"]  # recorded by name, too
    finally:
        r1.close()
        r2.close()


def test_the_cli_on_an_enrolled_desk_records_as_that_desk(
    hub_env: HubEnv, capsys: pytest.CaptureFixture[str]
) -> None:
    from wufops.cli.main import main

    desk = hub_env.device("desk-7")
    desk.sync()
    desk.sync()  # its certified signing key came with the first sync's changes
    r = desk.replica()
    try:
        PickupDesk(r, desk="Desk 1").pickup_attendee(hub_env.attendees[0])
        event_id = r.conn.execute("SELECT id FROM event").fetchone()[0]
        (signer,) = badge_store.usable_signers(r.conn, r.now_ms() // 1000, "desk")
        with r.batch() as batch:  # a badge for the next attendee: a token for the CLI
            issued = badge_store.issue_badge(
                r,
                batch,
                signer,
                attendee_id=hub_env.attendees[1],
                event_id=event_id,
                now_s=r.now_ms() // 1000,
            )
    finally:
        r.close()
    assert main(["scan", issued.token, "--db", str(desk.path)]) == 0
    assert json.loads(capsys.readouterr().out)["code"] == "admitted"
    r = desk.replica()
    try:
        rows = r.conn.execute("SELECT desk FROM checkin_event ORDER BY hlc").fetchall()
        assert [row[0] for row in rows] == ["desk-7", "desk-7"]  # not "CLI"
        assert PickupDesk(r, desk="Desk 1").counters().pickups_today == 2
    finally:
        r.close()


def test_a_desk_no_hub_enrolled_works_under_its_own_label(tmp_path: Path) -> None:
    r = Replica.open(tmp_path / "alone.db", FakeClock())
    try:
        people = seed_event(r, 2)
        desk = PickupDesk(r, desk="Registration tent")
        assert desk.desk_name == "Registration tent" and not desk.identity.enrolled
        assert desk.pickup_attendee(people[0]).code == "admitted"
        again = desk.pickup_attendee(people[0])
        assert again.first_pickup is not None
        assert again.first_pickup.desk == "Registration tent"
        assert again.first_pickup.desk_id == r.device_id
        assert desk.counters().pickups_today == 1
    finally:
        r.close()
