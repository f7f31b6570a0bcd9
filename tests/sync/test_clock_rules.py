"""The clock rules on one replica, in process (docs/protocol.md, "Clocks").

- a remote HLC more than a minute ahead of this replica's clock is never folded into it —
  whether it comes with a pulled change, a snapshot file or an edit this desk makes on top of
  it (that edit is stamped just after it, without moving the clock);
- at ``welcome`` a desk whose clock is wrong corrects it, re-stamps what it queued with the
  wrong clock, and sets back an HLC the wrong clock pushed ahead — on every connection to its
  file, the desk app's included.
"""

from __future__ import annotations

from pathlib import Path

from tests.hub.helpers import outbox_entries, pickup, seed_event
from wufops.clock import FakeClock, parse_iso_utc
from wufops.store import sync_state as ss
from wufops.store.apply import apply_op
from wufops.store.replica import Replica
from wufops.sync import hlc
from wufops.sync.ops import Op
from wufops.sync.protocol import ChangeItem

NOW = 1_779_080_400_000
YEAR = 365 * 24 * 3600 * 1000


def _desk(tmp_path: Path, clock: FakeClock, name: str = "desk") -> tuple[Replica, list[str]]:
    """A desk replica holding an event (written by an admin replica, applied as sync does)."""
    admin = Replica.open(tmp_path / f"{name}-admin.db", FakeClock(NOW))
    ids = seed_event(admin, 2)
    desk = Replica.open(tmp_path / f"{name}.db", clock)
    with desk.transaction():
        for _, op in outbox_entries(admin):
            apply_op(desk.conn, op)
    admin.close()
    return desk, ids


def test_a_year_ahead_hlc_is_never_folded(tmp_path: Path) -> None:
    clock = FakeClock(NOW)
    desk, ids = _desk(tmp_path, clock)
    ahead = hlc.pack(NOW + YEAR, 0)
    edit = Op("o1", "other", ahead, "update", "attendee", ids[0], {"family_name": "Aliyev"})
    ss.apply_changes(desk, [ChangeItem(1, edit, clock_suspect=False)], 1)  # even unflagged
    assert hlc.physical_ms(desk.hlc) < NOW + 60_000
    # a newly bootstrapped desk: a snapshot file holding that year-ahead field version
    desk.close()
    fresh = Replica.open(tmp_path / "fresh.db", clock)
    ss.install_snapshot(fresh, tmp_path / "desk.db", 1, "epoch")
    held = fresh.conn.execute("SELECT count(*) FROM field_version WHERE hlc = ?", (ahead,))
    assert held.fetchone()[0] == 1
    assert hlc.physical_ms(fresh.hlc) < NOW + 60_000
    fresh.close()


def test_an_edit_over_a_suspect_version_steps_over_it_without_moving_the_clock(
    tmp_path: Path,
) -> None:
    clock = FakeClock(NOW)
    desk, ids = _desk(tmp_path, clock)
    ahead = hlc.pack(NOW + YEAR, 0)
    edit = Op("o1", "other", ahead, "update", "attendee", ids[0], {"family_name": "Aliyev"})
    ss.apply_changes(desk, [ChangeItem(1, edit, clock_suspect=True)], 1)
    op = desk.update("attendee", ids[0], {"family_name": "Əliyev"})
    assert op is not None and op.hlc == ahead + 1  # wins over what it replaced …
    assert hlc.physical_ms(desk.hlc) < NOW + 60_000  # … and the clock stayed put
    pickup(desk, ids[1])
    assert hlc.physical_ms(desk.outbox()[-1].op.hlc) < NOW + 60_000
    desk.close()


def test_welcome_repairs_a_clock_a_year_ahead_on_every_connection(tmp_path: Path) -> None:
    wrong = FakeClock(NOW + YEAR)
    driver_side, ids = _desk(tmp_path, wrong)
    app_side = Replica.open(tmp_path / "desk.db", wrong)  # the desk app's own connection
    app_side.update("attendee", ids[0], {"family_name": "Aliyev"})
    pickup(app_side, ids[1])
    assert hlc.physical_ms(app_side.hlc) >= NOW + YEAR  # poisoned
    fix = ss.note_contact(driver_side, "desk", -YEAR, hlc.pack(NOW, 5))
    assert fix.correction_ms == -YEAR and fix.restamped == 2 and fix.out_of_bounds == 0
    assert fix.hlc_reset
    queued = [e.op for e in driver_side.outbox()]
    assert all(abs(hlc.physical_ms(op.hlc) - NOW) < 60_000 for op in queued)
    event = next(op for op in queued if op.entity == "checkin_event")
    assert event.body["hlc"] == event.hlc
    assert abs(parse_iso_utc(str(event.body["wall_time"])) - NOW) < 60_000
    row = driver_side.conn.execute("SELECT hlc, wall_time FROM checkin_event").fetchone()
    assert row[0] == event.hlc and row[1] == event.body["wall_time"]
    # the app's connection, opened before the repair, now stamps in hub time too
    pickup(app_side, ids[0])
    latest = app_side.outbox()[-1].op
    assert abs(hlc.physical_ms(latest.hlc) - NOW) < 60_000
    assert abs(parse_iso_utc(str(latest.body["wall_time"])) - NOW) < 60_000
    assert latest.hlc > max(op.hlc for op in queued)  # after its own earlier work
    app_side.close()
    driver_side.close()


def test_an_edit_moved_by_the_repair_stays_after_what_it_replaced(tmp_path: Path) -> None:
    """The edit was made (a year ahead) on a version stamped just now: shifted back by a
    year it would land before it and lose; it lands just after it instead, and a later edit
    of this desk based on it stays based on it (no false conflict)."""
    wrong = FakeClock(NOW + YEAR + 5_000)
    desk, ids = _desk(tmp_path, wrong)
    desk.update("attendee", ids[0], {"family_name": "Aliyev"})
    desk.update("attendee", ids[0], {"family_name": "Əliyev"})
    ss.note_contact(desk, "desk", -YEAR - 60_000, hlc.pack(NOW, 0))
    first, second = (e.op for e in desk.outbox())
    assert first.hlc > first.base["family_name"] and second.base["family_name"] == first.hlc
    assert second.hlc > first.hlc
    version = desk.conn.execute(
        "SELECT hlc FROM field_version WHERE field = 'family_name' AND row_id = ?", (ids[0],)
    ).fetchone()[0]
    assert version == second.hlc  # the row's version follows its op
    desk.close()
