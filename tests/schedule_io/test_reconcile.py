"""Importing into a database: idempotent by the source's GUID, updates in place, unknown rooms
created, persons mapped to attendees, one transaction through the op log, refusals that
change nothing, and two devices importing one file offline writing the same rows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.schedule_io.conftest import fingerprint
from tests.schedule_io.samples import SPEAKER_GUID, dump, frab_json, frab_xml, indico_json, pretalx
from wufops.clock import FakeClock, SystemClock
from wufops.schedule_io import read_bytes, run_import
from wufops.schedule_io.model import ImportRefused
from wufops.schedule_io.plan import session_type
from wufops.schedule_io.reconcile import UNKNOWN_COUNTRY
from wufops.store.replica import Replica
from wufops.store.sync_state import KEY_ROLE


def _open(path: Path, opened: list[Replica]) -> Replica:
    replica = Replica.open(path, SystemClock())
    opened.append(replica)
    return replica


def _rows(replica: Replica, sql: str, *params: Any) -> list[dict[str, Any]]:
    return [dict(r) for r in replica.conn.execute(sql, params)]


def _outbox(replica: Replica) -> int:
    return int(replica.conn.execute("SELECT count(*) FROM outbox").fetchone()[0])


def test_importing_the_same_file_twice_changes_nothing_the_second_time(
    empty_db: Path, open_replica: list[Replica]
) -> None:
    replica = _open(empty_db, open_replica)
    doc = read_bytes(dump(pretalx()))
    first = run_import(replica, doc)
    assert len(first.added) == 36 and len(first.speakers) == 27 and len(first.rooms) == 2
    ops = _outbox(replica)
    second = run_import(replica, doc)
    assert (len(second.added), len(second.changed), len(second.removed)) == (0, 0, 0)
    assert second.unchanged == 36 and not second.speakers and not second.rooms
    assert _outbox(replica) == ops  # not one op written
    # the same file as XML (same GUIDs) is the same schedule too
    assert len(_rows(replica, "SELECT id FROM session")) == 36


def test_a_changed_title_or_time_updates_the_same_session_with_one_placement_op(
    empty_db: Path, open_replica: list[Replica]
) -> None:
    replica = _open(empty_db, open_replica)
    run_import(replica, read_bytes(dump(pretalx())))
    guid = "2d64f8e2-26ee-529f-b5ab-3b3f326e31b9"
    (before,) = _rows(
        replica,
        "SELECT s.* FROM session s JOIN schedule_source l ON l.local_id = s.id "
        "WHERE l.source_key = ?",
        guid,
    )
    data = pretalx()
    event = data["schedule"]["conference"]["days"][0]["rooms"]["Gray Room"][1]
    event["title"] = "Quality-focused 7thgeneration website"
    event["date"] = "2020-12-14T16:00:00+01:00"
    event["room"] = "Tan Room"
    seq = int(replica.conn.execute("SELECT max(client_seq) FROM outbox").fetchone()[0])
    plan = run_import(replica, read_bytes(dump(data)))
    assert [(c.session_id, c.changed) for c in plan.changed] == [
        (before["id"], ("placement", "title"))
    ]
    (after,) = _rows(replica, "SELECT * FROM session WHERE id = ?", before["id"])
    assert after["title"] == "Quality-focused 7thgeneration website"
    assert after["starts_at"] == "2020-12-14T15:00:00.000Z"
    assert after["ends_at"] == "2020-12-14T15:30:00.000Z"
    assert after["room_id"] != before["room_id"]
    bodies = [e.op.body for e in replica.outbox(state=None, from_seq=seq + 1)]
    placement = [b for b in bodies if "room_id" in b]
    assert placement == [
        {
            "room_id": after["room_id"],
            "starts_at": after["starts_at"],
            "ends_at": after["ends_at"],
        }
    ]


def test_sessions_gone_from_the_source_are_cancelled_and_come_back(
    empty_db: Path, open_replica: list[Replica]
) -> None:
    replica = _open(empty_db, open_replica)
    run_import(replica, read_bytes(dump(pretalx())))
    data = pretalx()
    gone = data["schedule"]["conference"]["days"][2]["rooms"]["Tan Room"].pop()
    plan = run_import(replica, read_bytes(dump(data)))
    assert [r.guid for r in plan.removed] == [gone["guid"]]
    status = (
        "SELECT s.status FROM session s JOIN schedule_source l ON l.local_id = s.id "
        "WHERE l.source_key = ?"
    )
    assert replica.conn.execute(status, (gone["guid"],)).fetchone()[0] == "cancelled"
    assert not run_import(replica, read_bytes(dump(data))).removed  # already cancelled
    back = run_import(replica, read_bytes(dump(pretalx())))
    assert [(c.guid, c.changed) for c in back.changed] == [(gone["guid"], ("status",))]
    assert replica.conn.execute(status, (gone["guid"],)).fetchone()[0] == "scheduled"


def test_sessions_made_here_are_never_removed_by_an_import(
    demo_db: Path, tmp_path: Path, open_replica: list[Replica]
) -> None:
    replica = _open(demo_db, open_replica)
    before = len(_rows(replica, "SELECT id FROM session WHERE status != 'cancelled'"))
    data = frab_json()
    conf = data["schedule"]["conference"]
    conf["start"], conf["end"] = "2026-05-18", "2026-05-18"
    for day in conf["days"]:
        for events in day["rooms"].values():
            for e in events:
                e["date"] = (
                    e["date"]
                    .replace("2023-09-15", "2026-05-18")
                    .replace("2023-09-16", "2026-05-18")
                )
    plan = run_import(replica, read_bytes(dump(data)))
    assert len(plan.added) == 4 and not plan.removed
    after = len(_rows(replica, "SELECT id FROM session WHERE status != 'cancelled'"))
    assert after == before + 4


def test_unknown_rooms_are_created_known_ones_reused(
    empty_db: Path, open_replica: list[Replica]
) -> None:
    replica = _open(empty_db, open_replica)
    data = pretalx()
    data["schedule"]["conference"]["rooms"][1]["capacity"] = 120
    plan = run_import(replica, read_bytes(dump(data)))
    rooms = {r.name: (r.capacity, r.capacity_known) for r in plan.rooms}
    assert rooms == {"Gray Room": (1, False), "Tan Room": (120, True)}
    stored = {r["name"]: r["capacity"] for r in _rows(replica, "SELECT * FROM room")}
    assert stored == {"Gray Room": 1, "Tan Room": 120}
    data = pretalx()
    data["schedule"]["conference"]["days"][0]["rooms"]["Gray Room"][0]["room"] = "gray room"
    again = run_import(replica, read_bytes(dump(data)))
    assert not again.rooms  # same room, whatever the case


def test_persons_become_speaker_attendees_once_and_are_found_again(
    empty_db: Path, open_replica: list[Replica]
) -> None:
    replica = _open(empty_db, open_replica)
    run_import(replica, read_bytes(dump(pretalx())))
    speakers = _rows(replica, "SELECT * FROM attendee")
    assert len(speakers) == 27
    assert {s["category"] for s in speakers} == {"speaker"}
    assert {s["country"] for s in speakers} == {UNKNOWN_COUNTRY}
    assert all(s["reg_code"].startswith("SPK-") and s["family_name"] == "" for s in speakers)
    # FMXAED speaks in five sessions: one attendee listed in all five
    (who,) = [
        r["local_id"]
        for r in _rows(
            replica, "SELECT local_id FROM schedule_source WHERE source_key LIKE '%:FMXAED'"
        )
    ]
    sessions = _rows(replica, "SELECT title FROM session WHERE speakers LIKE ?", f"%{who}%")
    assert len(sessions) == 5
    # the source renames the speaker: still the same attendee, left as registered
    data = pretalx()
    for day in data["schedule"]["conference"]["days"]:
        for events in day["rooms"].values():
            for e in events:
                for p in e["persons"]:
                    if p["code"] == "FMXAED":
                        p["public_name"] = "Renamed Person"
    plan = run_import(replica, read_bytes(dump(data)))
    assert not plan.speakers and not plan.changed and plan.speakers_matched == 27
    name = replica.conn.execute("SELECT given_name FROM attendee WHERE id = ?", (who,)).fetchone()
    assert name[0] != "Renamed Person"


def test_a_registered_attendee_is_found_by_email(
    empty_db: Path, open_replica: list[Replica]
) -> None:
    replica = _open(empty_db, open_replica)
    with replica.batch() as batch:
        event = batch.insert(
            "event",
            {
                "name": "Urban Data Days",
                "timezone": "Europe/Zurich",
                "first_day": "2026-03-09",
                "last_day": "2026-03-12",
            },
        )
        amina = batch.insert(
            "attendee",
            {
                "event_id": event,
                "reg_code": "UDD-1",
                "given_name": "Amina",
                "family_name": "Diallo",
                "country": "SN",
                "category": "vip",
                "email": "Amina.Diallo@example.org",
            },
        )
    plan = run_import(replica, read_bytes(dump(indico_json())))
    assert plan.speakers_matched == 1 and [s.name for s in plan.speakers] == ["Jonas Berg"]
    block = _rows(replica, "SELECT * FROM session WHERE title LIKE 'Plenary%'")[0]
    assert json.loads(block["speakers"])[1] == amina
    assert block["type"] == "plenary"
    category = replica.conn.execute("SELECT category FROM attendee WHERE id = ?", (amina,))
    assert category.fetchone()[0] == "vip"  # an existing attendee is never changed
    poster = _rows(replica, "SELECT * FROM session WHERE title = 'Poster walk'")[0]
    assert poster["room_id"] is None and poster["status"] == "draft"
    assert poster["duration_min"] == 60


def test_our_own_export_imported_back_changes_nothing(
    demo_db: Path, open_replica: list[Replica]
) -> None:
    from wufops.schedule_io import load, render

    replica = _open(demo_db, open_replica)
    for fmt in ("json", "xml"):
        data = render(fmt, load(replica.conn), now_ms=0)
        plan = run_import(replica, read_bytes(data), dry_run=True)
        assert not plan.changes_anything, (fmt, plan.changed[:3], plan.added[:3])
        assert plan.unchanged == len(load(replica.conn).sessions)


def test_what_a_format_does_not_carry_is_left_as_it_is(
    empty_db: Path, open_replica: list[Replica]
) -> None:
    replica = _open(empty_db, open_replica)
    run_import(replica, read_bytes(frab_xml().encode()))
    with replica.batch() as batch:
        for row in _rows(replica, "SELECT id FROM session"):
            batch.update("session", row["id"], {"do_not_stream": 1, "expected_audience": 250})
    plan = run_import(replica, read_bytes(frab_xml().encode()))
    assert not plan.changed
    rows = _rows(replica, "SELECT do_not_stream, expected_audience FROM session")
    assert {(r["do_not_stream"], r["expected_audience"]) for r in rows} == {(1, 250)}


def test_a_session_outside_the_events_days_refuses_the_file(
    demo_db: Path, open_replica: list[Replica]
) -> None:
    replica = _open(demo_db, open_replica)
    before = fingerprint(demo_db)
    with pytest.raises(ImportRefused) as refused:
        run_import(replica, read_bytes(dump(frab_json())))
    assert refused.value.code == "outside_event"
    assert refused.value.where.path == "$.schedule.conference.days[0].rooms['Hörsaal A'][0]"
    assert fingerprint(demo_db) == before


def test_a_coordinator_device_may_not_create_speakers(
    empty_db: Path, open_replica: list[Replica]
) -> None:
    replica = _open(empty_db, open_replica)
    with replica.transaction():
        replica.set_meta(KEY_ROLE, "admin")
    run_import(replica, read_bytes(dump(frab_json())))
    with replica.transaction():
        replica.set_meta(KEY_ROLE, "coordinator")
    data = frab_json()
    data["schedule"]["conference"]["days"][1]["rooms"]["Hörsaal A"][0]["persons"].append(
        {"id": 501, "public_name": "New Person"}
    )
    before = fingerprint(empty_db)
    with pytest.raises(ImportRefused) as refused:
        run_import(replica, read_bytes(dump(data)))
    assert refused.value.code == "role_forbidden"
    assert "1 × insert attendee" in refused.value.detail
    assert fingerprint(empty_db) == before
    # known speakers only: a coordinator imports the change
    data = frab_json()
    data["schedule"]["conference"]["days"][1]["rooms"]["Hörsaal A"][0]["title"] = "Closing"
    plan = run_import(replica, read_bytes(dump(data)))
    assert [c.changed for c in plan.changed] == [("title",)]
    with replica.transaction():
        replica.set_meta(KEY_ROLE, "desk")
    with pytest.raises(ImportRefused) as refused:
        run_import(replica, read_bytes(dump(frab_json())))
    assert refused.value.code == "role_forbidden"


def test_two_devices_importing_one_file_offline_write_the_same_rows(
    tmp_path: Path, open_replica: list[Replica]
) -> None:
    a = Replica.open(tmp_path / "a.db", FakeClock(1_800_000_000_000))
    b = Replica.open(tmp_path / "b.db", FakeClock(1_800_000_500_000))
    open_replica += [a, b]
    data = dump(frab_json())
    run_import(a, read_bytes(data))
    run_import(b, read_bytes(data))
    for table in ("event", "room", "attendee", "session", "schedule_source"):
        rows_a = a.conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
        rows_b = b.conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
        assert [tuple(r) for r in rows_a] == [tuple(r) for r in rows_b], table
    ops_a = {(e.op.entity, e.op.row_id) for e in a.outbox(state=None)}
    ops_b = {(e.op.entity, e.op.row_id) for e in b.outbox(state=None)}
    assert ops_a == ops_b  # the hub merges them into one row each


def test_the_speakers_guid_is_kept_and_exported_again(
    empty_db: Path, open_replica: list[Replica]
) -> None:
    from wufops.schedule_io import load

    replica = _open(empty_db, open_replica)
    run_import(replica, read_bytes(dump(frab_json())))
    schedule = load(replica.conn)
    ana = [p for s in schedule.sessions for p in s.persons if p.name == "Ana Lima"]
    assert [p.guid for p in ana] == [SPEAKER_GUID]


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("side_event", "side_event"),
        ("Talk", "side_event"),
        ("lecture", "side_event"),
        ("Workshop", "training"),
        ("hands-on", "training"),
        ("Keynote", "plenary"),
        ("Panel discussion", "dialogue"),
        ("Round table", "roundtable"),
        ("Networking reception", "networking"),
        ("Plenary: Housing for all", "plenary"),
        ("", "side_event"),
    ],
)
def test_source_types_map_to_wuf_session_types(source: str, kind: str) -> None:
    assert session_type(source) == kind
