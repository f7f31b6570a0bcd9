"""The hub's disk cannot be filled through the protocol (issue 11 §5): every identifier and
string a device sends is bounded, each enrolled device holds a bounded number of replicas,
and replicas that never pushed anything are pruned."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlite_utils
from websockets.exceptions import ConnectionClosed

from db.hub_migrations import hub_migrations
from db.migrations import apply_migrations
from tests.hub.conftest import LimitedHub
from tests.hub.helpers import entry_ops, hello_text, next_frame, raw_connect
from tests.sync.conftest import HubEnv
from wufops.clock import SystemClock
from wufops.ids import uuid7
from wufops.net.limits import HubLimits
from wufops.sync import frames as fr

Start = Callable[..., LimitedHub]


def _file_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


def _origins(db: Path, device: str) -> list[str]:
    conn = sqlite3.connect(db, timeout=30)
    try:
        return [
            r[0]
            for r in conn.execute("SELECT origin FROM hub_origin WHERE device_name = ?", (device,))
        ]
    finally:
        conn.close()


def _refused(ws: object, code: str) -> None:
    reply = next_frame(ws)  # type: ignore[arg-type]
    assert (reply["type"], reply["code"], reply["fatal"]) == ("error", code, True), reply
    with pytest.raises(ConnectionClosed) as closed:
        next_frame(ws)  # type: ignore[arg-type]
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 1008


@pytest.mark.timeout(180)
def test_hellos_with_huge_device_ids_write_nothing(hub_env: HubEnv) -> None:
    """The audit's case: an enrolled gate sent hellos with 3.9 MB device ids and the hub
    file grew by each of them. Now each is refused and the file stays as it was."""
    token = hub_env.enrol("gate-1", "gate")
    hub_env.device("desk-ok").sync()  # the file has settled
    before = _file_bytes(hub_env.db)
    huge = 3_900_000
    for n in range(20):
        with raw_connect(hub_env.url, token) as ws:
            ws.send(hello_text(f"{n:04d}" + "d" * huge))
            _refused(ws, "field_too_long")
    grown = _file_bytes(hub_env.db) - before
    assert grown < huge, f"the hub file grew by {grown} bytes"
    assert _origins(hub_env.db, "gate-1") == []


def test_pushed_ops_with_oversized_fields_are_refused_and_leave_no_trace(
    hub_env: HubEnv,
) -> None:
    token = hub_env.enrol("gate-1", "gate")
    device_id = uuid7(SystemClock().now_ms())
    (item,) = entry_ops(device_id, hub_env.attendees, 1)
    item["op"]["body"]["desk"] = "x" * (fr.MAX_TEXT_CHARS + 1)
    with raw_connect(hub_env.url, token) as ws:
        ws.send(hello_text(device_id))
        assert next_frame(ws)["type"] == "welcome"
        ws.send(fr.encode(fr.Push("big", [item])))
        _refused(ws, "field_too_long")
    conn = sqlite3.connect(hub_env.db)
    try:
        assert conn.execute(
            "SELECT count(*) FROM change_log WHERE origin = ?", (device_id,)
        ).fetchone() == (0,)
    finally:
        conn.close()


def test_replicas_that_never_pushed_are_pruned_to_the_cap(limited_hub: Start) -> None:
    """Fifty hellos with fresh replica ids (a device reinstalled fifty times, or a script):
    the hub keeps at most the cap of such replicas for the device, the newest."""
    hub = limited_hub(device_connect_burst=1000)  # reconnecting fast is not this test's point
    token = hub.enrol("gate-1", "gate")
    cap = HubLimits().max_replicas_per_device
    ids = [uuid7(SystemClock().now_ms()) + f"-{n:02d}" for n in range(50)]
    for device_id in ids:
        with raw_connect(hub.url, token) as ws:
            ws.send(hello_text(device_id))
            assert next_frame(ws)["type"] == "welcome"
    kept = _origins(hub.db, "gate-1")
    assert len(kept) == cap
    assert ids[-1] in kept  # the replica that said hello last is the one kept


def test_a_device_holds_at_most_the_cap_of_replicas_that_pushed(limited_hub: Start) -> None:
    hub = limited_hub(max_replicas_per_device=3)
    token = hub.enrol("gate-1", "gate")
    for n in range(3):  # three replicas, each with a pushed op: none of them may be pruned
        device_id = uuid7(SystemClock().now_ms()) + f"-{n}"
        with raw_connect(hub.url, token) as ws:
            ws.send(hello_text(device_id))
            assert next_frame(ws)["type"] == "welcome"
            ws.send(fr.encode(fr.Push("p", entry_ops(device_id, hub.attendees, 1))))
            assert next_frame(ws)["results"][0]["status"] == "applied"
    with raw_connect(hub.url, token) as ws:
        ws.send(hello_text(uuid7(SystemClock().now_ms()) + "-4"))
        _refused(ws, "replica_limit")
    assert len(_origins(hub.db, "gate-1")) == 3
    known = _origins(hub.db, "gate-1")[0]
    with raw_connect(hub.url, token) as ws:  # a replica it already holds carries on
        ws.send(hello_text(known))
        assert next_frame(ws)["type"] == "welcome"


def test_the_limits_migration_prunes_what_a_disk_filler_left(tmp_path: Path) -> None:
    """A hub file from before the bounds, holding a 3.9 MB replica id that never pushed and
    an ordinary one that did: the migration drops the first and keeps the second."""
    db = sqlite_utils.Database(tmp_path / "hub.db")
    apply_migrations(db)  # the replicated tables
    apply_migrations(db, migration_set=hub_migrations, stop_before="h002_hub_limits")
    db.conn.executemany(
        "INSERT INTO hub_origin (origin, last_client_seq, device_name) VALUES (?, ?, 'gate-1')",
        [("d" * 3_900_000, 0), ("0190a000-0000-7000-8000-00000000000a", 7), ("e" * 200, 3)],
    )
    db.conn.commit()
    assert apply_migrations(db, migration_set=hub_migrations)[:1] == ["h002_hub_limits"]
    kept = sorted(len(r[0]) for r in db.conn.execute("SELECT origin FROM hub_origin"))
    assert kept == [36, 200]  # an id that pushed ops stays: its ops name it
    plan = db.conn.execute(
        "EXPLAIN QUERY PLAN SELECT origin FROM hub_origin WHERE device_name = 'gate-1'"
    ).fetchall()
    assert "hub_origin_device" in str(plan)
