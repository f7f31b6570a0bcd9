"""The hub's storage: dedup in the applying transaction, gaps, rejections, conflicts, epochs."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from tests.hub.helpers import entry, outbox_entries, pickup, seed_event
from wufops.clock import FakeClock
from wufops.ids import uuid7
from wufops.store import hub_snapshot
from wufops.store.apply import canonical_dump
from wufops.store.hub_db import DeviceError, backup
from wufops.store.hub_log import HubLog
from wufops.store.hub_reader import HubReader
from wufops.store.hub_snapshot import SnapshotCache
from wufops.store.replica import Replica
from wufops.sync.ops import Op


@pytest.fixture
def hub(tmp_path: Path, clock: FakeClock) -> HubLog:
    log = HubLog.open(tmp_path / "hub.db", clock)
    log.start()
    return log


def _desk(tmp_path: Path, name: str, clock: FakeClock) -> Replica:
    return Replica.open(tmp_path / f"{name}.db", clock)


def test_a_replayed_batch_changes_nothing_and_answers_the_same(
    hub: HubLog, tmp_path: Path, clock: FakeClock
) -> None:
    desk = _desk(tmp_path, "admin", clock)
    seed_event(desk, 3)
    entries = outbox_entries(desk)
    first = hub.push(desk.device_id, "admin", "admin-1", entries)
    assert [o.status for o in first.outcomes] == ["applied"] * 4
    assert first.durable_seq == hub.max_seq() and first.appended == 4
    dump = canonical_dump(hub.conn)
    again = hub.push(desk.device_id, "admin", "admin-1", entries)
    assert again.outcomes == first.outcomes and again.appended == 0
    assert canonical_dump(hub.conn) == dump == canonical_dump(desk.conn)


def test_a_gap_is_answered_with_resend_from(hub: HubLog, tmp_path: Path, clock: FakeClock) -> None:
    desk = _desk(tmp_path, "admin", clock)
    seed_event(desk, 3)
    entries = outbox_entries(desk)
    batch = hub.push(desk.device_id, "admin", "a", entries[2:])
    assert batch.resend_from == 1 and batch.outcomes == () and hub.max_seq() == 0
    hub.push(desk.device_id, "admin", "a", entries[:2])
    assert hub.push(desk.device_id, "admin", "a", entries[2:]).resend_from is None
    assert hub.max_seq() == 4


def test_role_violations_are_rejected_with_a_code_and_never_block(
    hub: HubLog, tmp_path: Path, clock: FakeClock
) -> None:
    admin = _desk(tmp_path, "admin", clock)
    ids = seed_event(admin, 2)
    hub.push(admin.device_id, "admin", "a", outbox_entries(admin))
    gate = _desk(tmp_path, "gate", clock)
    for op_entry in outbox_entries(admin):  # the gate receives what the admin made
        from wufops.store.apply import apply_op

        apply_op(gate.conn, op_entry[1])
    pickup(gate, ids[0])  # a gate may not hand out badges …
    entry(gate, ids[1])  # … but records entries
    gate.update("attendee", ids[1], {"family_name": "Changed"})  # nor edit people
    result = hub.push(gate.device_id, "gate", "gate-1", outbox_entries(gate))
    assert [(o.status, o.code) for o in result.outcomes] == [
        ("rejected", "role_forbidden"),
        ("applied", ""),
        ("rejected", "role_forbidden"),
    ]
    kinds = [r[0] for r in hub.conn.execute("SELECT kind FROM checkin_event")]
    assert kinds == ["entry"]


def test_an_op_that_cannot_apply_is_rejected_and_the_rest_applies(
    hub: HubLog, tmp_path: Path, clock: FakeClock
) -> None:
    desk = _desk(tmp_path, "admin", clock)
    seed_event(desk, 1)
    entries = outbox_entries(desk)
    hub.push(desk.device_id, "admin", "a", entries)
    other = _desk(tmp_path, "other", clock)
    other_ids = seed_event(other, 1)  # a second event whose attendee reuses reg code WUF-0
    result = hub.push(other.device_id, "admin", "b", outbox_entries(other))
    assert [o.status for o in result.outcomes] == ["applied", "rejected"]
    assert result.outcomes[1].code == "constraint"
    assert hub.conn.execute("SELECT count(*) FROM attendee").fetchone()[0] == 1
    assert other_ids


def test_concurrent_edit_makes_one_conflict_record_in_the_log(
    hub: HubLog, tmp_path: Path, clock: FakeClock
) -> None:
    admin = _desk(tmp_path, "admin", clock)
    ids = seed_event(admin, 1)
    hub.push(admin.device_id, "admin", "a", outbox_entries(admin))
    desks = [_desk(tmp_path, f"d{n}", clock) for n in range(2)]
    from wufops.store.apply import apply_op

    for desk in desks:
        for _, op in outbox_entries(admin):
            apply_op(desk.conn, op)
    clock.advance(5)
    desks[0].update("attendee", ids[0], {"family_name": "Mammadova"})
    clock.advance(5)
    desks[1].update("attendee", ids[0], {"family_name": "Məmmədova"})
    for n, desk in enumerate(desks):
        hub.push(desk.device_id, "desk", f"d{n}", outbox_entries(desk))
    (conflict,) = hub.conn.execute("SELECT field, winner FROM conflict").fetchall()
    assert conflict[0] == "family_name" and "Məmmədova" in conflict[1]
    logged = [r[0] for r in hub.conn.execute("SELECT entity FROM change_log ORDER BY seq")]
    assert logged[-1] == "conflict"  # every replica will receive it, after the edit


def test_clock_suspect_ops_are_kept_and_marked(
    hub: HubLog, tmp_path: Path, clock: FakeClock
) -> None:
    fast = FakeClock(clock.ms + 3 * 60_000)  # three minutes ahead: within the bounds
    desk = Replica.open(tmp_path / "fast.db", fast)
    seed_event(desk, 1)
    result = hub.push(desk.device_id, "admin", "fast", outbox_entries(desk))
    assert all(o.status == "applied" and o.clock_suspect for o in result.outcomes)
    assert hub.replica.hlc >> 16 < fast.ms  # the hub's clock did not jump


@pytest.mark.parametrize(
    ("skew_ms", "side"), [(2 * 3_600_000, "ahead"), (-1_779_000_000_000 + 1000, "behind")]
)
def test_ops_beyond_the_clock_bounds_are_refused_clock_skew(
    hub: HubLog, tmp_path: Path, clock: FakeClock, skew_ms: int, side: str
) -> None:
    """Two hours ahead, or a clock in 1970: refused with ``clock_skew``, nothing applied, and
    the hub's clock untouched; the queue goes on."""
    wrong = FakeClock(clock.ms + skew_ms)
    desk = Replica.open(tmp_path / "wrong.db", wrong)
    seed_event(desk, 1)
    before = canonical_dump(hub.conn)
    hlc_before = hub.replica.hlc
    result = hub.push(desk.device_id, "admin", "wrong", outbox_entries(desk))
    assert [o.code for o in result.outcomes] == ["clock_skew"] * 2
    assert all(o.status == "rejected" and side in o.detail for o in result.outcomes)
    assert canonical_dump(hub.conn) == before and hub.replica.hlc == hlc_before


def test_an_event_whose_wall_time_is_out_of_bounds_is_refused(
    hub: HubLog, tmp_path: Path, clock: FakeClock
) -> None:
    """A desk whose HLC is sound (it synced) but whose wall clock went back to 1970 after:
    the pickup's wall time would say 1970 — refused ``clock_skew`` unless re-stamped."""
    admin = _desk(tmp_path, "admin", clock)
    ids = seed_event(admin, 1)
    hub.push(admin.device_id, "admin", "a", outbox_entries(admin))
    desk = _desk(tmp_path, "desk", clock)
    with desk.batch() as batch:
        batch.event(
            "checkin_event",
            {
                "attendee_id": ids[0],
                "kind": "badge_pickup",
                "desk": "d",
                "wall_time": "1970-01-01T00:00:05.000Z",
            },
            stamped=True,
        )
    (outcome,) = hub.push(desk.device_id, "desk", "d", outbox_entries(desk)).outcomes
    assert (outcome.status, outcome.code) == ("rejected", "clock_skew")
    assert "wall time" in outcome.detail


def test_enrolment_keeps_only_a_hash_and_revocation_replicates(hub: HubLog) -> None:
    device_id, token = hub.enrol("desk-7", "desk")
    reader = HubReader(hub.conn)
    auth = reader.authenticate(token)
    assert auth is not None and auth.name == "desk-7" and auth.role == "desk"
    assert reader.authenticate(token + "x") is None
    blob = "".join(str(r) for r in hub.conn.execute("SELECT * FROM hub_device_auth"))
    assert token not in blob
    assert hub.conn.execute("SELECT token_hash FROM device").fetchone()[0] == ""
    with pytest.raises(DeviceError) as error:
        hub.enrol("desk-7", "gate")
    assert error.value.code == "name_taken"
    hub.revoke("desk-7")
    assert reader.authenticate(token) == auth.__class__(device_id, "desk-7", "desk", True)
    ops = [r[0] for r in hub.conn.execute("SELECT op FROM change_log WHERE entity = 'device'")]
    assert len(ops) == 2 and '"revoked":1' in ops[1]


def test_a_file_with_ops_in_its_outbox_is_ingested_once(tmp_path: Path, clock: FakeClock) -> None:
    made = Replica.open(tmp_path / "event.db", clock)
    seed_event(made, 5)
    made.close()
    hub = HubLog.open(tmp_path / "event.db", clock)
    hub.start()
    assert hub.max_seq() == 6 and hub.replica.pending_count() == 0
    hub.close()
    again = HubLog.open(tmp_path / "event.db", clock)
    again.start()
    assert again.max_seq() == 6


def test_a_backup_copy_gets_a_new_epoch(hub: HubLog, tmp_path: Path) -> None:
    epoch = hub.epoch()
    hub.enrol("d", "desk")
    backup(tmp_path / "hub.db", tmp_path / "copy.db")
    restarted = HubLog.open(tmp_path / "hub.db", hub.clock)
    assert restarted.start() == epoch  # the live file keeps its epoch
    restored = HubLog.open(tmp_path / "copy.db", hub.clock)
    assert restored.start() != epoch
    assert restored.max_seq() == hub.max_seq()


def test_snapshot_files_per_view_and_a_gates_holds_no_names(
    hub: HubLog, tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A desk's snapshot file holds every replicated row and its versions; a gate's holds
    the rows a gate sees, redacted before they were written — its bytes never held a name
    (nor the hub's credentials, log or secrets) — and only the versions of what it holds."""
    admin = _desk(tmp_path, "admin", clock)
    ids = seed_event(admin, 5)
    pickup(admin, ids[0])
    hub.enrol("gate-1", "gate")
    hub.push(admin.device_id, "admin", "a", outbox_entries(admin))
    cache = SnapshotCache(tmp_path / "snapshots", clock)
    full = cache.get(hub.conn, "desk")
    gate = cache.get(hub.conn, "gate")
    assert cache.get(hub.conn, "coordinator") == full  # one file per view, reused
    assert full.seq == gate.seq == hub.max_seq() and full.size == full.path.stat().st_size
    assert hashlib.sha256(full.path.read_bytes()).hexdigest() == full.sha256
    raw = gate.path.read_bytes()
    for name in ("Aysel", "Иван", "محمد", "Family1", "WUF-1"):
        assert name.encode() in full.path.read_bytes()
        assert name.encode() not in raw, name
    assert hub.conn.execute("SELECT token_hash FROM hub_device_auth").fetchone()[
        0
    ].encode() not in (full.path.read_bytes() + raw)
    with sqlite3.connect(gate.path) as conn:
        assert conn.execute("SELECT count(*) FROM attendee").fetchone()[0] == 5
        assert conn.execute("SELECT count(*) FROM print_event").fetchone()[0] == 0
        assert {r[0] for r in conn.execute("SELECT DISTINCT family_name FROM attendee")} == {"·"}
        fields = {
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT field FROM field_version WHERE entity = 'attendee'"
            )
        }
        assert fields <= {"event_id", "category", "security_hold"}
        assert conn.execute("SELECT count(*) FROM checkin_event").fetchone()[0] == 1
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert not {"change_log", "hub_device_auth", "hub_push"} & tables
        assert conn.execute("SELECT count(*) FROM local_secret").fetchone()[0] == 0
    assert "print_event" not in gate.tables and "print_event" in full.tables
    # a transfer cut short resumes in the same file; a file too far behind the log is made anew
    assert cache.resolve(hub.conn, "desk", full.snapshot_id, 100) == (full, 100)
    assert cache.resolve(hub.conn, "gate", full.snapshot_id, 100) == (gate, 0)  # not its view
    monkeypatch.setattr(hub_snapshot, "REUSE_ENTRIES", 0)
    pickup(admin, ids[1])
    hub.push(admin.device_id, "admin", "a", outbox_entries(admin))
    fresh = cache.get(hub.conn, "desk")
    assert fresh.snapshot_id != full.snapshot_id and fresh.seq == hub.max_seq()
    assert not full.path.exists() and cache.built == 3
    assert cache.resolve(hub.conn, "desk", full.snapshot_id, 100) == (fresh, 0)


def test_outbox_json_is_the_op_as_the_hub_reads_it(tmp_path: Path, clock: FakeClock) -> None:
    import json

    from wufops.store import sync_state as ss
    from wufops.sync.ops import Op

    desk = _desk(tmp_path, "desk", clock)
    seed_event(desk, 2)
    desk.update("attendee", desk.outbox()[-1].op.row_id, {"family_name": "Ağayeva"})
    texts = ss.outbox_json_from(desk, 1, 100)
    assert [Op.from_dict(json.loads(t)) for _, t in texts] == [e.op for e in desk.outbox()]
    assert [seq for seq, _ in texts] == [e.client_seq for e in desk.outbox()]


def test_after_a_restore_a_void_may_arrive_before_its_pickup(
    hub: HubLog, tmp_path: Path, clock: FakeClock
) -> None:
    """Re-pushes after a hub restore come in any order across devices: a void reaching the
    hub before the pickup it undoes is kept, and voids it once the pickup arrives."""
    from wufops.store import checkins
    from wufops.store.apply import apply_op

    admin = _desk(tmp_path, "admin", clock)
    ids = seed_event(admin, 1)
    hub.push(admin.device_id, "admin", "a", outbox_entries(admin))
    d1, d0 = _desk(tmp_path, "d1", clock), _desk(tmp_path, "d0", clock)
    picked = pickup(d1, ids[0], "desk-1")
    for _, op in outbox_entries(d1):
        apply_op(d0.conn, op)  # desk-0 saw the pickup (from the old hub) …
    clock.advance(5)
    with d0.batch() as batch:  # … and undid it
        batch.event(
            "checkin_event",
            {
                "attendee_id": ids[0],
                "kind": "void",
                "voids_id": picked,
                "reason": "wrong person",
                "wall_time": d0.now_iso(),
            },
            stamped=True,
        )
    void_push = hub.push(d0.device_id, "desk", "desk-0", outbox_entries(d0))
    assert [o.status for o in void_push.outcomes] == ["applied"]  # not refused for good
    hub.push(d1.device_id, "desk", "desk-1", outbox_entries(d1))
    state = checkins.pickup_state(hub.conn, ids[0])
    assert state.primary is None and [v.id for v in state.voided] == [picked]


def test_an_event_that_breaks_a_table_rule_is_rejected_and_its_neighbours_apply(
    hub: HubLog, tmp_path: Path, clock: FakeClock
) -> None:
    """A push applies its events together; one that no table takes (here a check-in of an
    unknown kind, which an admin's grant does not restrict) is refused ``constraint`` —
    never answered ``duplicate`` as if it were already there — and the others apply."""
    admin = _desk(tmp_path, "admin", clock)
    ids = seed_event(admin, 3)
    pickup(admin, ids[0])
    pickup(admin, ids[2])
    entries = outbox_entries(admin)
    good_first, good_last = entries[-2][1], entries[-1][1]
    forged = Op(
        uuid7(clock.now_ms()),
        admin.device_id,
        good_first.hlc + 1,
        "event",
        "checkin_event",
        uuid7(clock.now_ms()),
        {**good_first.body, "attendee_id": ids[1], "kind": "teleport", "hlc": good_first.hlc + 1},
    )
    seq = entries[-2][0]
    pushed = [*entries[:-2], (seq, good_first), (seq + 1, forged), (seq + 2, good_last)]
    result = hub.push(admin.device_id, "admin", "a", pushed)
    assert [(o.status, o.code) for o in result.outcomes[-3:]] == [
        ("applied", ""),
        ("rejected", "constraint"),
        ("applied", ""),
    ]
    stored = {r[0] for r in hub.conn.execute("SELECT attendee_id FROM checkin_event")}
    assert stored == {ids[0], ids[2]}
    logged = {r[0] for r in hub.conn.execute("SELECT op_id FROM change_log")}
    assert forged.op_id not in logged and {good_first.op_id, good_last.op_id} <= logged
