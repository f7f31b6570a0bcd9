"""Batch runs: pre-printed badges count as printed at the desk; progress; cancel leaves nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.badges.conftest import EventDb
from wufops.badges.batch import BatchError, issue_missing, run_batch, select_attendees
from wufops.badges.layout import load_layout
from wufops.checkin.pickup import CheckinError, PickupDesk
from wufops.store.replica import Replica


class _Stop(Exception):
    pass


def _prints(db: EventDb) -> list[tuple[str, str, str, str, str]]:
    return [
        tuple(r)
        for r in db.replica.conn.execute(
            "SELECT attendee_id, badge_id, printer, reason, outcome FROM print_event"
        )
    ]


def test_a_batch_run_records_a_pdf_print_so_the_desk_does_not_print_again(
    event_db: EventDb, tmp_path: Path
) -> None:
    desk = PickupDesk(event_db.replica, desk="Desk 1")
    out = tmp_path / "speakers.pdf"
    ids = event_db.attendee_ids
    everyone = select_attendees(event_db.replica.conn, event_db.event_id)
    assert issue_missing(event_db.replica, event_db.event_id, everyone)[1] == 4
    # only the first two in pre-printing order (AZ, EG) are pre-printed
    result = run_batch(event_db.replica, out, load_layout("a6"), limit=2)
    assert result.badges == 2 and out.is_file()
    printed = {row[0]: row for row in _prints(event_db)}
    assert set(printed) == {ids[0], ids[2]}  # Aysel (AZ), Mohamed (EG)
    badge_of = dict(
        event_db.replica.conn.execute("SELECT attendee_id, id FROM badge WHERE status = 'valid'")
    )
    for attendee_id, row in printed.items():
        assert row == (attendee_id, badge_of[attendee_id], "batch:speakers.pdf", "first", "pdf")
    pending = [e.op.entity for e in event_db.replica.outbox(limit=1000)]
    assert pending.count("print_event") == 2  # through the op log: desks learn it by sync
    # at pickup the desk does not auto-print a pre-printed badge, and refuses a "first" print
    assert desk.pickup_attendee(ids[0]).print_due is False
    with pytest.raises(CheckinError) as refused:
        desk.first_print(ids[0])
    assert refused.value.code == "already_printed"
    # a badge issued but not in the run is still printed at the desk
    assert desk.pickup_attendee(ids[1]).badge_id == badge_of[ids[1]]
    assert desk.pickup_attendee(ids[1]).print_due is True


def test_progress_is_reported_per_stage_and_as_often_as_asked(
    event_db: EventDb, tmp_path: Path
) -> None:
    seen: list[tuple[str, int, int]] = []
    run_batch(
        event_db.replica,
        tmp_path / "all.pdf",
        load_layout("cr80"),
        progress=lambda *report: seen.append(report),
        every=1,
    )
    for stage in ("issued", "rendered", "recorded"):
        assert [r[1:] for r in seen if r[0] == stage] == [(n, 4) for n in range(1, 5)]
    assert [r[0] for r in seen] == sorted(
        (r[0] for r in seen), key=["issued", "rendered", "recorded"].index
    )


@pytest.mark.parametrize("stage", ["issued", "rendered", "recorded"])
def test_raising_from_progress_cancels_without_a_file_or_a_print(
    event_db: EventDb, tmp_path: Path, stage: str
) -> None:
    out = tmp_path / "run" / "badges.pdf"

    def progress(at: str, done: int, _total: int) -> None:
        if at == stage and done == 2:
            raise _Stop

    with pytest.raises(_Stop):
        run_batch(event_db.replica, out, load_layout("a6"), progress=progress, every=1)
    assert list(out.parent.iterdir()) == []  # neither the PDF nor its scratch file
    assert _prints(event_db) == []
    issued = event_db.replica.conn.execute("SELECT count(*) FROM badge").fetchone()[0]
    assert issued == (0 if stage == "issued" else 4)  # issuing is one commit, or none
    # the run can be done again afterwards, to completion
    assert run_batch(event_db.replica, out, load_layout("a6")).badges == 4
    assert len(_prints(event_db)) == 4


def test_selection_is_the_runs_selection(event_db: EventDb) -> None:
    conn = event_db.replica.conn
    everyone = select_attendees(conn, event_db.event_id)
    assert [a.country for a in everyone] == ["AZ", "EG", "JP", "RU"]
    assert [a.country for a in select_attendees(conn, event_db.event_id, limit=3)] == [
        "AZ",
        "EG",
        "JP",
    ]
    assert (
        select_attendees(conn, event_db.event_id, category="media", country="EG")[0].id
        == (event_db.attendee_ids[2])
    )
    assert select_attendees(conn, event_db.event_id, country="FR") == []


def test_an_unwritable_output_records_nothing(event_db: EventDb, tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    with pytest.raises(OSError):
        run_batch(event_db.replica, blocked / "x.pdf", load_layout("a6"))
    assert _prints(event_db) == []
    with pytest.raises(BatchError) as error:
        run_batch(event_db.replica, tmp_path / "x.pdf", load_layout("a6"), country="FR")
    assert error.value.code == "no_attendees"


def test_a_run_from_a_second_replica_never_makes_the_first_reuse_an_hlc(
    event_db: EventDb, tmp_path: Path
) -> None:
    """The app runs batches on a worker thread with its own ``Replica`` on the same file;
    the GUI thread's replica must stamp its next op after the worker's, even on a clock
    that has not moved."""
    gui = event_db.replica
    worker = Replica.open(event_db.path, gui.clock)
    try:
        run_batch(worker, tmp_path / "run.pdf", load_layout("cr80"))
    finally:
        worker.close()
    desk = PickupDesk(gui, desk="Desk 1")
    desk.pickup_attendee(event_db.attendee_ids[0])
    stamps = [(e.op.hlc, e.op.device_id) for e in gui.outbox(limit=10_000)]
    assert len(stamps) == len(set(stamps))  # every op has its own (hlc, device)
    assert stamps[-1] == max(stamps)  # and the newest is the latest


def test_an_enrolled_desk_prints_issued_badges_but_issues_none(
    event_db: EventDb, tmp_path: Path
) -> None:
    """A desk's batch run must not make an issuer key of its own (the hub refuses it, and every
    badge signed with it): it is refused before anything is written, with a code and a way out;
    once the badges exist (issued elsewhere) the same desk prints them."""
    from wufops.store.sync_state import KEY_ROLE

    replica = event_db.replica
    replica.set_meta(KEY_ROLE, "desk")
    keys = replica.conn.execute("SELECT count(*) FROM signing_key").fetchone()[0]
    pending = replica.pending_count()
    with pytest.raises(BatchError) as refused:
        run_batch(replica, tmp_path / "desk.pdf", load_layout("a6"))
    assert refused.value.code == "issuing_not_allowed"
    assert "admin" in refused.value.detail and "wufops badges" in refused.value.detail
    assert replica.conn.execute("SELECT count(*) FROM signing_key").fetchone()[0] == keys
    assert replica.pending_count() == pending and not (tmp_path / "desk.pdf").exists()
    replica.set_meta(KEY_ROLE, "admin")
    everyone = select_attendees(replica.conn, event_db.event_id)
    issue_missing(replica, event_db.event_id, everyone)
    replica.set_meta(KEY_ROLE, "desk")
    assert run_batch(replica, tmp_path / "desk.pdf", load_layout("a6")).issued == 0
