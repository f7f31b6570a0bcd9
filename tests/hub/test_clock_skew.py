"""Clock poisoning, over a real socket: a desk whose clock is a year ahead, one in 1970.

The audit: a year-ahead desk's edit was applied (flagged ``clock_suspect``) and beat every
later honest correction; a desk that saw it jumped its own clock a year ahead; a desk
bootstrapped afterwards started a year ahead; a pickup stamped 1970 was accepted unflagged
and became the one that counts. Now: the hub refuses op times beyond its bounds
(``clock_skew``), a desk learns the hub's time at ``welcome`` and corrects its clock before it
pushes, re-stamping what it queued offline with the wrong clock, and no replica folds a
suspect HLC into its clock.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

from tests.hub.helpers import pickup, seed_event
from tests.sync.conftest import Device, HubEnv
from wufops.checkin.pickup import PickupDesk
from wufops.clock import SystemClock, parse_iso_utc
from wufops.net.driver import SyncConfig, SyncDriver, SyncStatus
from wufops.net.launch import LISTENING, free_port
from wufops.store.checkins import pickup_state
from wufops.store.hub_log import HubLog
from wufops.store.hub_reader import HubReader
from wufops.store.replica import Replica
from wufops.sync import hlc

YEAR_MS = 365 * 24 * 3600 * 1000
#: 1970-01-02, as a machine whose clock battery died shows it
EPOCH_MS = 86_400_000


class Skewed:
    """A machine clock ``skew_ms`` off the real one (set to it, or shifted by it)."""

    def __init__(self, *, skew_ms: int = 0, at_ms: int | None = None) -> None:
        real = SystemClock().now_ms()
        self.skew_ms = skew_ms if at_ms is None else at_ms - real

    def now_ms(self) -> int:
        return SystemClock().now_ms() + self.skew_ms


def _sync(device: Device, clock: object) -> SyncStatus:
    driver = SyncDriver(device.path, device.config, clock=clock)  # type: ignore[arg-type]
    return asyncio.run(asyncio.wait_for(driver.sync_once(), 30))


def _real_now() -> int:
    return SystemClock().now_ms()


def _near_now(ms: int) -> bool:
    """Within ten minutes of the real time (the test's own baseline)."""
    return abs(ms - _real_now()) < 10 * 60_000


def test_a_desk_a_year_ahead_is_corrected_and_its_offline_work_kept(hub_env: HubEnv) -> None:
    honest, ahead = hub_env.device("desk-h"), hub_env.device("desk-y")
    honest.sync()
    ahead.sync()
    person, other = hub_env.attendees[:2]
    # -- desk-y's clock jumps a year ahead; offline, it corrects a name and hands out a badge
    year = Skewed(skew_ms=YEAR_MS)
    r = Replica.open(ahead.path, year)
    r.update("attendee", person, {"family_name": "Aliyev"})
    decision = PickupDesk(r, desk="desk-y").pickup_attendee(other)
    assert decision.code == "admitted"
    r.close()
    status = _sync(ahead, year)
    # learned at hello, corrected before the push: nothing refused, nothing suspect
    assert status.rejected == 0 and status.pending == 0 and status.clock_refused == 0
    assert abs(status.clock_correction_ms + YEAR_MS) < 60_000
    hub = hub_env.hub_replica()
    try:
        suspect = hub.conn.execute("SELECT count(*) FROM change_log WHERE clock_suspect").fetchone()
        assert suspect[0] == 0
        row = hub.conn.execute(
            "SELECT hlc, wall_time FROM checkin_event WHERE attendee_id = ?", (other,)
        ).fetchone()
        assert _near_now(hlc.physical_ms(row[0])) and _near_now(parse_iso_utc(row[1]))
        assert _near_now(hlc.physical_ms(hub.hlc))  # the hub's clock did not jump either
    finally:
        hub.close()

    # -- desk-h sees the edit, its clock stays put, and its later correction wins everywhere
    honest.sync()
    r = honest.replica()
    assert r.conn.execute("SELECT family_name FROM attendee WHERE id = ?", (person,)).fetchone()[
        0
    ] == ("Aliyev")
    assert _near_now(hlc.physical_ms(r.hlc))
    r.update("attendee", person, {"family_name": "Əliyev"})
    r.close()
    honest.sync()
    _sync(ahead, year)
    for device in (honest, ahead):
        replica = device.replica()
        value = replica.conn.execute(
            "SELECT family_name FROM attendee WHERE id = ?", (person,)
        ).fetchone()[0]
        assert value == "Əliyev", device.name
        replica.close()
    # -- a desk set up afterwards does not start a year ahead; desk-y now stamps in hub time
    fresh = hub_env.device("desk-n")
    fresh.sync()
    r = fresh.replica()
    assert _near_now(hlc.physical_ms(r.hlc))
    r.close()
    r = Replica.open(ahead.path, year)
    assert _near_now(r.now_ms()) and _near_now(hlc.physical_ms(r.hlc))
    r.close()


def test_a_desk_bootstrapped_a_year_ahead_scans_in_hub_time(hub_env: HubEnv) -> None:
    ahead = hub_env.device("desk-y")
    year = Skewed(skew_ms=YEAR_MS)
    _sync(ahead, year)
    r = Replica.open(ahead.path, year)
    assert _near_now(hlc.physical_ms(r.hlc))
    decision = PickupDesk(r, desk="desk-y").pickup_attendee(hub_env.attendees[0])
    assert _near_now(parse_iso_utc(decision.wall_time))
    (entry,) = r.outbox()
    assert _near_now(hlc.physical_ms(entry.op.hlc))
    r.close()
    assert _sync(ahead, year).rejected == 0


def test_a_desk_whose_clock_fell_to_1970_keeps_its_pickup_in_real_time(hub_env: HubEnv) -> None:
    """Its HLC is sound (it synced before), its wall clock says 1970: the pickup's wall time
    is re-stamped from the hub's offset at the next hello, accepted, and an honest later
    pickup of the same person elsewhere is the duplicate."""
    late, honest = hub_env.device("desk-1970"), hub_env.device("desk-h")
    late.sync()
    honest.sync()
    person = hub_env.attendees[0]
    dead_battery = Skewed(at_ms=EPOCH_MS)
    r = Replica.open(late.path, dead_battery)
    first = PickupDesk(r, desk="desk-1970").pickup_attendee(person)
    assert first.code == "admitted" and first.wall_time.startswith("1970")
    r.close()
    r = honest.replica()
    assert PickupDesk(r, desk="desk-h").pickup_attendee(person).code == "admitted"
    r.close()
    honest.sync()
    status = _sync(late, dead_battery)
    assert status.rejected == 0 and status.pending == 0
    honest.sync()
    hub = hub_env.hub_replica()
    try:
        state = pickup_state(hub.conn, person)
        assert state.primary is not None and state.primary.id == first.checkin_id
        assert _near_now(parse_iso_utc(state.primary.wall_time))
        assert len(state.duplicates) == 1
    finally:
        hub.close()


def test_ops_the_desk_cannot_repair_are_refused_shown_and_kept(hub_env: HubEnv) -> None:
    """An op stamped 1970 (a replica that never saw a sound clock, or a forged one) is
    refused ``clock_skew``: the desk keeps it in its outbox, rejected, counts it in its
    status, and the hub's device list shows the device in red."""
    desk = hub_env.device("desk-1")
    desk.sync()
    r = desk.replica()
    pickup(r, hub_env.attendees[1])
    # a queued pickup whose HLC and wall time say 1970 (written as a broken client would)
    r.conn.execute(
        "UPDATE outbox SET hlc = ?, body = json_set(body, '$.hlc', ?, '$.wall_time', "
        "'1970-01-02T00:00:00.000Z')",
        (hlc.pack(EPOCH_MS, 0), hlc.pack(EPOCH_MS, 0)),
    )
    pickup(r, hub_env.attendees[2])  # the queue goes on behind it
    r.close()
    status = desk.sync()
    assert status.clock_refused == 1 and status.rejected == 1 and status.pending == 0
    r = desk.replica()
    states = [(e.state, e.error_code) for e in r.outbox(state=None)]
    assert states == [("rejected", "clock_skew"), ("applied", "")]
    (refused,) = r.outbox(state="rejected")
    assert "1970" in refused.error_detail  # kept, with the reason, for the desk to show
    r.close()
    hub = hub_env.hub_replica()
    try:
        (row,) = [d for d in HubReader(hub.conn).devices() if d.name == "desk-1"]
        assert row.last_refusal == "clock_skew" and row.clock_skew
        first = pickup_state(hub.conn, hub_env.attendees[1]).primary
        assert first is None  # the 1970 pickup never became "the one that counts"
    finally:
        hub.close()


def test_the_device_list_shows_a_clock_a_year_off(hub_env: HubEnv, capsys: object) -> None:
    from wufops.cli.main import main

    ahead = hub_env.device("desk-y")
    _sync(ahead, Skewed(skew_ms=YEAR_MS))
    hub = hub_env.hub_replica()
    try:
        (row,) = [d for d in HubReader(hub.conn).devices() if d.name == "desk-y"]
        assert row.clock_offset_ms is not None and abs(row.clock_offset_ms - YEAR_MS) < 60_000
        assert row.clock_skew
    finally:
        hub.close()
    assert main(["devices", "list", "--db", str(hub_env.db), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)  # type: ignore[attr-defined]
    assert [d["clock_skew"] for d in listed if d["name"] == "desk-y"] == [True]


def test_the_hub_takes_its_clock_bounds_from_the_command_line(tmp_path: Path) -> None:
    """``wufops hub --max-clock-ahead 60``: an op stamped three minutes ahead, applied (and
    flagged) under the default five, is refused ``clock_skew``; a bound of 0 is a usage
    error."""
    db = tmp_path / "hub.db"
    seeded = Replica.open(db, SystemClock())
    people = seed_event(seeded, 2)
    seeded.close()
    log = HubLog.open(db, SystemClock())
    token = log.enrol("desk-1", "desk")[1]
    log.close()
    bad = subprocess.run(
        [sys.executable, "-m", "wufops.cli.main", "hub", "--db", str(db), "--max-clock-ahead", "0"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert bad.returncode == 2 and "bad_clock_bound" in bad.stderr
    port = free_port()
    argv = [sys.executable, "-m", "wufops.cli.main", "hub", "--db", str(db)]
    proc = subprocess.Popen(
        [*argv, "--port", str(port), "--max-clock-ahead", "60"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None and LISTENING in proc.stdout.readline()
        desk = Device(
            "desk-1", "desk", tmp_path / "desk.db", SyncConfig(f"ws://127.0.0.1:{port}", token)
        )
        desk.sync()
        r = desk.replica()
        pickup(r, people[0])
        ahead = hlc.pack(_real_now() + 3 * 60_000, 0)
        r.conn.execute(
            "UPDATE outbox SET hlc = ?, body = json_set(body, '$.hlc', ?) WHERE state = 'pending'",
            (ahead, ahead),
        )
        r.close()
        status = desk.sync()
        assert status.clock_refused == 1
    finally:
        proc.terminate()
        proc.wait(30)
