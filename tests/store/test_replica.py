"""The single write path: rows, outbox and field versions change together, or not at all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wufops.clock import FakeClock
from wufops.store.apply import OpRejected
from wufops.store.entities import UnknownField
from wufops.store.replica import Replica


def _event_and_attendee(replica: Replica) -> str:
    event_id = replica.insert(
        "event",
        {
            "name": "WUF13",
            "venue": "Baku",
            "timezone": "Asia/Baku",
            "first_day": "2026-05-17",
            "last_day": "2026-05-22",
        },
    )
    return replica.insert(
        "attendee",
        {
            "event_id": event_id,
            "reg_code": "WUF-1",
            "given_name": "Aysel",
            "family_name": "Mammadova",
            "country": "AZ",
            "category": "participant",
        },
    )


def test_a_correction_is_an_op_in_the_outbox_with_its_base(replica: Replica) -> None:
    attendee_id = _event_and_attendee(replica)
    insert_hlc = replica.hlc
    op = replica.update("attendee", attendee_id, {"family_name": "Məmmədova", "country": "AZ"})
    assert op is not None
    assert op.body == {"family_name": "Məmmədova"}  # unchanged country left out
    assert op.base == {"family_name": insert_hlc}
    entry = replica.outbox()[-1]
    assert entry.op == op and entry.state == "pending"
    row = replica.conn.execute(
        "SELECT family_name FROM attendee WHERE id = ?", (attendee_id,)
    ).fetchone()
    assert row[0] == "Məmmədova"


def test_unchanged_update_writes_nothing(replica: Replica) -> None:
    attendee_id = _event_and_attendee(replica)
    before = replica.pending_count()
    assert replica.update("attendee", attendee_id, {"given_name": "Aysel"}) is None
    assert replica.pending_count() == before


def test_a_failed_batch_leaves_rows_outbox_and_clock_untouched(replica: Replica) -> None:
    attendee_id = _event_and_attendee(replica)
    before_hlc, before_pending = replica.hlc, replica.pending_count()
    with pytest.raises(OpRejected), replica.batch() as batch:
        batch.update("attendee", attendee_id, {"organization": "UN-Habitat"})
        batch.update("attendee", attendee_id, {"category": "tourist"})  # CHECK fails
    assert replica.pending_count() == before_pending
    assert replica.hlc == before_hlc
    row = replica.conn.execute("SELECT organization FROM attendee").fetchone()
    assert row[0] == ""


def test_unknown_field_is_refused_with_a_code(replica: Replica) -> None:
    attendee_id = _event_and_attendee(replica)
    with pytest.raises(UnknownField) as error:
        replica.update("attendee", attendee_id, {"shoe_size": 44})
    assert error.value.code == "unknown_field"


def test_hlc_never_goes_backwards_across_restart_and_clock_jump(tmp_path: Path) -> None:
    clock = FakeClock(1_779_000_000_000)
    first = Replica.open(tmp_path / "d.db", clock)
    attendee_id = _event_and_attendee(first)
    last = first.hlc
    device = first.device_id
    first.close()
    clock.advance(-3_600_000)  # the desk's clock jumps an hour back
    second = Replica.open(tmp_path / "d.db", clock)
    assert second.device_id == device
    op = second.update("attendee", attendee_id, {"organization": "UN-Habitat"})
    assert op is not None and op.hlc > last


def test_outbox_body_is_json_in_the_native_script(replica: Replica) -> None:
    attendee_id = _event_and_attendee(replica)
    replica.update("attendee", attendee_id, {"given_name": "艾赛尔"})
    raw = replica.conn.execute("SELECT body FROM outbox ORDER BY client_seq DESC").fetchone()[0]
    assert json.loads(raw) == {"given_name": "艾赛尔"} and "艾赛尔" in raw
