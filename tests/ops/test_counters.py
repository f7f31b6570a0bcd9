"""The dashboard's counters (``ops_quarter``, kept by triggers as events arrive, m007_ops) say
exactly what a GROUP BY over the events says — whatever order sync delivers them in (a void
before its pickup), wherever the dashboard's "now" cuts a quarter hour — and they go when a
re-snapshot empties the tables."""

from __future__ import annotations

import random
import tempfile
from collections import Counter
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.ops.venue import Venue, local, make_venue
from wufops.clock import iso_utc
from wufops.store import ops as store
from wufops.store import sync_state as ss

DESKS = ("north-01", "north-02", "south-01")
GATES = (("gate-n1", "North entrance"), ("gate-p1", "Plenary zone"))
CATEGORIES = ("participant", "speaker", "vip", "media")


def _venue(root: Path) -> Venue:
    venue = make_venue(root / "desk.db", per_category=6)
    for desk in DESKS:
        venue.enrol(desk)
    for gate, _ in GATES:
        venue.enrol(gate, "gate")
    return venue


event = st.tuples(
    st.sampled_from(("pickup", "pickup", "entry", "print", "void")),
    st.integers(0, len(DESKS) - 1),
    st.integers(0, 10 * 60 * 60),  # seconds after 07:00
    st.integers(0, len(CATEGORIES) * 6 - 1),
    st.booleans(),
)


def _quarter(iso: str) -> str:
    return iso[:14] + f"{int(iso[14:16]) // 15 * 15:02d}"


def _naive(venue: Venue, since: str, until: str) -> dict[str, Counter[tuple[str, ...]]]:
    """The same figures straight from the events."""
    conn = venue.conn
    out: dict[str, Counter[tuple[str, ...]]] = {"pickup": Counter(), "entry": Counter()}
    out["print"] = Counter()
    for wall, device, category in conn.execute(
        "SELECT e.wall_time, e.device_id, a.category FROM checkin_event e "
        "JOIN attendee a ON a.id = e.attendee_id WHERE e.kind = 'badge_pickup' "
        "AND e.wall_time >= ? AND e.wall_time < ?",
        (since, until),
    ):
        out["pickup"][(_quarter(wall), device, category)] += 1
    for wall, device, zone in conn.execute(
        "SELECT wall_time, device_id, zone FROM checkin_event WHERE kind = 'entry' "
        "AND wall_time >= ? AND wall_time < ?",
        (since, until),
    ):
        out["entry"][(_quarter(wall), device, zone)] += 1
    for wall, device, printer, outcome in conn.execute(
        "SELECT wall_time, device_id, printer, outcome FROM print_event "
        "WHERE wall_time >= ? AND wall_time < ?",
        (since, until),
    ):
        kind = "failed" if outcome == "failed" else "printed"
        out["print"][(_quarter(wall), device, printer, kind)] += 1
    return out


def _read(venue: Venue, since: str, until: str) -> dict[str, Counter[tuple[str, ...]]]:
    facts = store.event_facts(venue.conn)
    assert facts is not None
    day = store.read_day(venue.conn, facts, since, until, since)
    out: dict[str, Counter[tuple[str, ...]]] = {"pickup": Counter(), "entry": Counter()}
    out["print"] = Counter()
    for g in day.pickups:
        out["pickup"][(g.bucket, g.device_id, g.category)] += g.count
    for e in day.entries:
        out["entry"][(e.bucket, e.device_id, e.zone)] += e.count
    for p in day.prints:
        out["print"][(p.bucket, p.device_id, p.printer, p.outcome)] += p.count
    return out


@settings(max_examples=25, deadline=None)
@given(st.lists(event, min_size=1, max_size=60), st.randoms(use_true_random=False), st.data())
def test_counters_match_the_events_in_any_arrival_order(
    events: list[tuple[str, int, int, int, bool]], rnd: random.Random, data: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory() as root:
        venue = _venue(Path(root))
        try:
            people = [p for c in CATEGORIES for p in venue.people[c]]
            start = local("07:00")
            planned: list[tuple[str, dict[str, object]]] = []
            pickups: list[tuple[str, str, int, str]] = []  # (device, attendee, at, row id)
            for kind, d, seconds, person, failed in events:
                at = start + seconds * 1000
                attendee = people[person]
                if kind == "pickup":
                    planned.append(("pickup", {"device": DESKS[d], "at": at, "who": attendee}))
                elif kind == "entry":
                    gate, zone = GATES[d % len(GATES)]
                    planned.append(("entry", {"gate": gate, "at": at, "who": attendee, "z": zone}))
                elif kind == "print":
                    outcome = "failed" if failed else "printed"
                    printer = f"{DESKS[d]} printer"
                    planned.append(
                        (
                            "print",
                            {
                                "device": DESKS[d],
                                "at": at,
                                "who": attendee,
                                "printer": printer,
                                "outcome": outcome,
                            },
                        )
                    )
                else:
                    planned.append(("void", {"device": DESKS[d], "at": at}))
            rnd.shuffle(planned)  # sync delivers in any order
            for kind, f in planned:
                if kind == "pickup":
                    row = venue.pickup(str(f["device"]), int(f["at"]), str(f["who"]))
                    pickups.append((str(f["device"]), str(f["who"]), int(f["at"]), row))
                elif kind == "entry":
                    venue.entry(str(f["gate"]), int(f["at"]), str(f["who"]), str(f["z"]))
                elif kind == "print":
                    venue.printed(
                        str(f["device"]),
                        int(f["at"]),
                        str(f["who"]),
                        str(f["printer"]),
                        str(f["outcome"]),
                    )
                elif pickups:
                    device, who, at, row = pickups[rnd.randrange(len(pickups))]
                    venue.void(device, at + 30_000, row, who)
            since = iso_utc(local("00:00"))
            until = iso_utc(start + data.draw(st.integers(0, 11 * 3600)) * 1000 + 7_123)
            assert _read(venue, since, until) == _naive(venue, since, until)
        finally:
            venue.close()


def test_duplicates_are_the_later_non_voided_pickups(tmp_path: Path) -> None:
    venue = _venue(tmp_path)
    try:
        a, b = venue.attendee("participant", 0), venue.attendee("participant", 1)
        venue.pickup("north-01", local("08:40"), a)
        venue.pickup("north-02", local("08:47"), a)  # the offline desk's twin: a duplicate
        first = venue.pickup("south-01", local("09:05"), b)
        venue.pickup("south-01", local("09:20"), b)
        venue.void("south-01", local("09:06"), first, b)  # undone: the later one counts alone
        since, until = iso_utc(local("00:00")), iso_utc(local("12:00"))
        dups = store.duplicate_pickups(venue.conn, since, until)
        replica = venue.devices["north-02"][1]
        assert [(d.bucket, d.key, d.count) for d in dups] == [
            (iso_utc(local("08:45"))[:16], replica, 1)
        ]
    finally:
        venue.close()


def test_a_re_snapshot_takes_the_counters_with_the_events(tmp_path: Path) -> None:
    """A re-snapshot replaces the events (``sync_state.install_snapshot``): the counters are
    then those of the snapshot's events — the ones counted before go with their events."""
    import sqlite3

    venue = _venue(tmp_path)
    try:
        venue.pickup("north-01", local("08:00"), venue.attendee())
        snapshot = tmp_path / "snapshot.db"  # the hub's state: this one pickup
        target = sqlite3.connect(snapshot)
        venue.conn.backup(target)
        target.close()
        venue.entry("gate-n1", local("08:05"), venue.attendee(), "North entrance")
        venue.pickup("north-02", local("08:20"), venue.attendee(n=1))
        venue.printed("north-01", local("08:00"), venue.attendee(), "p1", "printed")
        assert venue.conn.execute("SELECT count(*) FROM ops_quarter").fetchone()[0] == 4
        ss.install_snapshot(venue.replica, snapshot, 1, "epoch")
        since, until = iso_utc(local("00:00")), iso_utc(local("23:00"))
        assert _read(venue, since, until) == _naive(venue, since, until)
        assert venue.conn.execute("SELECT count(*) FROM ops_quarter").fetchone()[0] == 1
        assert venue.conn.execute("SELECT sum(pickups) FROM ops_pickup_count").fetchone()[0] == 1
        # the triggers, set aside while the file's counters were copied, count again
        venue.pickup("south-01", local("09:40"), venue.attendee("speaker"))
        venue.entry("gate-p1", local("09:45"), venue.attendee("speaker"), "Plenary zone")
        assert _read(venue, since, until) == _naive(venue, since, until)
        assert venue.conn.execute("SELECT sum(pickups) FROM ops_pickup_count").fetchone()[0] == 2
    finally:
        venue.close()


def test_the_migration_counts_what_was_already_there(tmp_path: Path) -> None:
    """A desk upgraded mid-event: the counters start from its events, not from zero."""
    import sqlite3

    import sqlite_utils

    from db.migrations import apply_migrations

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    db = sqlite_utils.Database(conn)
    apply_migrations(db, stop_before="m007_ops")
    conn.execute(
        "INSERT INTO event (id, name, timezone, first_day, last_day) "
        "VALUES ('e', 'WUF13', 'Asia/Baku', '2026-05-17', '2026-05-22')"
    )
    conn.execute(
        "INSERT INTO attendee (id, event_id, reg_code, given_name, country, category) "
        "VALUES ('a', 'e', 'R1', 'Aysel', 'AZ', 'speaker')"
    )
    for n, minute in enumerate((2, 9, 17)):
        conn.execute(
            "INSERT INTO checkin_event (id, attendee_id, kind, device_id, hlc, wall_time, desk) "
            f"VALUES ('c{n}', 'a', 'badge_pickup', 'r1', {n + 1}, "
            f"'2026-05-17T04:{minute:02d}:00.000Z', 'Desk 1')"
        )
    apply_migrations(db)
    rows = conn.execute(
        "SELECT bucket, kind, device_id, key, label, count FROM ops_quarter ORDER BY bucket"
    ).fetchall()
    assert rows == [
        ("2026-05-17T04:00", "pickup", "r1", "speaker", "Desk 1", 2),
        ("2026-05-17T04:15", "pickup", "r1", "speaker", "Desk 1", 1),
    ]
    assert conn.execute("SELECT pickups FROM ops_pickup_count").fetchall() == [(3,)]
