"""The SQL behind the operations dashboard: a few hundred counter rows, nothing per event.

The migration ``m007_ops`` keeps per-quarter-hour counters as events are recorded, pulled or
bootstrapped (triggers on ``checkin_event`` and ``print_event``): ``ops_quarter`` — pickups
by replica and the attendee's category, entries by replica and zone, prints by replica,
printer and outcome — ``ops_pickup_count`` — pickups per attendee — and ``ops_category``,
each attendee's category (so no dashboard read touches the attendee table). Buckets are UTC
quarter hours as ``YYYY-MM-DDTHH:MM`` text: every time zone in use is a whole number of
quarter hours off UTC, so a UTC quarter is a local quarter too.

:func:`read_day` answers everything the dashboard draws for ``since <= t < until`` from them,
plus a few small reads along indexes: pickups undone by a ``void`` that day, duplicate
pickups (attendees the counter says picked up more than once), each desk's pickups over the
last stretch (instants and scan-to-decision times: service rates, the scan chart), conflicts
by time (``conflict_time``), every device as replicated. A day of 37,000 check-ins reads in a
few milliseconds (``benchmarks/bench_ops.py``).

:func:`read_own_sync` is this replica's outbox (pending ops, the oldest one's time) and
:func:`read_hub_devices` what only a hub's file knows about every device (last contact,
cursor, how late its ops arrived). ``wufops.ops`` turns these rows into figures.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

_QUARTER = "substr({c}, 1, 14) || printf('%02d', CAST(substr({c}, 15, 2) AS INTEGER) / 15 * 15)"


def _quarter(column: str) -> str:
    return _QUARTER.format(c=column)


@dataclass(frozen=True)
class PickupGroup:
    bucket: str  # UTC ``YYYY-MM-DDTHH:MM`` of the quarter hour
    device_id: str  # the replica that recorded them
    desk: str  # the desk label the events carry (for replicas no hub bound)
    category: str  # "" when this replica holds no such attendee
    count: int
    last: str  # the newest wall time in the group


@dataclass(frozen=True)
class EntryGroup:
    bucket: str
    zone: str
    device_id: str
    gate: str
    count: int
    last: str


@dataclass(frozen=True)
class PrintGroup:
    bucket: str
    printer: str
    device_id: str
    desk: str
    outcome: str
    count: int
    last: str


@dataclass(frozen=True)
class BucketCount:
    bucket: str
    key: str
    count: int


@dataclass(frozen=True)
class DeviceRecord:
    id: str
    name: str
    role: str
    revoked: bool
    last_seen: str  # the hub's last contact, as replicated ("" never)
    replicas: tuple[str, ...]  # replica ids bound to it (``device_replica``)


@dataclass(frozen=True)
class EventFacts:
    id: str
    name: str
    timezone: str
    first_day: str
    last_day: str


@dataclass(frozen=True)
class DayRows:
    event: EventFacts
    registered: int
    #: badge pickups recorded before ``since`` (people who already have their badge)
    picked_up_before: int
    pickups: tuple[PickupGroup, ...]
    #: pickups in the day undone by a void (subtracted from ``pickups``)
    voided: tuple[PickupGroup, ...]
    #: non-voided pickups of the day that were not the attendee's first, by bucket and replica
    duplicates: tuple[BucketCount, ...]
    entries: tuple[EntryGroup, ...]
    prints: tuple[PrintGroup, ...]
    #: conflict records detected in the day, by bucket and kind
    conflicts: tuple[BucketCount, ...]
    #: per replica: the scan-to-decision times (ms) of its pickups over the recent stretch
    scan_ms: dict[str, tuple[float, ...]]
    #: per replica: its pickup instants (Unix ms, ascending) over the recent stretch
    pickup_ms: dict[str, tuple[int, ...]]
    devices: tuple[DeviceRecord, ...]


def event_facts(conn: sqlite3.Connection) -> EventFacts | None:
    row = conn.execute(
        "SELECT id, name, timezone, first_day, last_day FROM event ORDER BY id LIMIT 1"
    ).fetchone()
    return None if row is None else EventFacts(*(str(v) for v in row))


def latest_activity(conn: sqlite3.Connection) -> str | None:
    """The newest pickup or entry time on this replica (two index look-ups)."""
    row = conn.execute(
        "SELECT max(t) FROM (SELECT max(wall_time) AS t FROM checkin_event "
        "WHERE kind = 'badge_pickup' UNION ALL SELECT max(wall_time) FROM checkin_event "
        "WHERE kind = 'entry')"
    ).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def read_day(
    conn: sqlite3.Connection, event: EventFacts, since: str, until: str, recent_since: str
) -> DayRows:
    """Everything the dashboard draws for ``since <= wall_time < until`` (UTC ISO text);
    per-pickup details (instants, scan times) from ``recent_since`` on."""
    # whole quarters from the counters; the quarter holding ``until`` from its events
    cut = _floor(until[:16])
    pickups: list[PickupGroup] = []
    entries: list[EntryGroup] = []
    prints: list[PrintGroup] = []
    for bucket, kind, device_id, key, label, count, newest in conn.execute(
        "SELECT bucket, kind, device_id, key, label, count, last FROM ops_quarter "
        "WHERE bucket >= ? AND bucket < ? AND count > 0",
        (since[:16], cut),
    ):
        if kind == "pickup":
            pickups.append(PickupGroup(bucket, device_id, label, key, count, newest))
        elif kind == "entry":
            entries.append(EntryGroup(bucket, key, device_id, label, count, newest))
        else:
            outcome = "failed" if kind == "print_failed" else "printed"
            prints.append(PrintGroup(bucket, key, device_id, label, outcome, count, newest))
    tail = (max(since, cut + ":00.000Z"), until)
    q = _quarter("e.wall_time")
    pickups.extend(
        PickupGroup(*r)
        for r in conn.execute(
            f"SELECT {q}, e.device_id, max(e.desk), coalesce(a.category, ''), count(*), "
            "max(e.wall_time) FROM checkin_event e "
            "LEFT JOIN ops_category a ON a.attendee_id = e.attendee_id "
            "WHERE e.kind = 'badge_pickup' AND e.wall_time >= ? AND e.wall_time < ? "
            "GROUP BY 1, 2, 4",
            tail,
        )
    )
    entries.extend(
        EntryGroup(*r)
        for r in conn.execute(
            f"SELECT {q}, e.zone, e.device_id, max(e.desk), count(*), max(e.wall_time) "
            "FROM checkin_event e WHERE e.kind = 'entry' AND e.wall_time >= ? "
            "AND e.wall_time < ? GROUP BY 1, 2, 3",
            tail,
        )
    )
    prints.extend(
        PrintGroup(*r)
        for r in conn.execute(
            f"SELECT {q}, e.printer, e.device_id, max(e.desk), "
            "CASE e.outcome WHEN 'failed' THEN 'failed' ELSE 'printed' END, count(*), "
            "max(e.wall_time) FROM print_event e WHERE e.wall_time >= ? AND e.wall_time < ? "
            "GROUP BY 1, 2, 3, 5",
            tail,
        )
    )
    qp = _quarter("p.wall_time")
    voided = tuple(
        PickupGroup(r[0], r[1], r[2], r[3], r[4], r[5])
        for r in conn.execute(
            f"SELECT {qp}, p.device_id, max(p.desk), coalesce(a.category, ''), count(*), "
            "max(p.wall_time) FROM checkin_event e JOIN checkin_event p ON p.id = e.voids_id "
            "LEFT JOIN ops_category a ON a.attendee_id = p.attendee_id WHERE e.kind = 'void' "
            "AND e.wall_time >= ? AND p.kind = 'badge_pickup' AND p.wall_time >= ? "
            "AND p.wall_time < ? GROUP BY 1, 2, 4",
            (since, since, until),
        )
    )
    qc = _quarter("c.detected_at")
    conflicts = tuple(
        BucketCount(r[0], r[1], r[2])
        for r in conn.execute(
            f"SELECT {qc}, c.kind, count(*) FROM conflict c WHERE c.detected_at >= ? "
            "AND c.detected_at < ? GROUP BY 1, 2",
            (since, until),
        )
    )
    scan_ms: dict[str, list[float]] = {}
    pickup_ms: dict[str, list[int]] = {}
    for device_id, ms, scan in conn.execute(
        "SELECT device_id, "
        "CAST(round((julianday(wall_time) - 2440587.5) * 86400000.0) AS INTEGER), scan_ms "
        "FROM checkin_event WHERE kind = 'badge_pickup' AND wall_time >= ? "
        "AND wall_time < ? ORDER BY device_id, wall_time",
        (max(since, recent_since), until),
    ):
        pickup_ms.setdefault(device_id, []).append(ms)
        if scan is not None:
            scan_ms.setdefault(device_id, []).append(float(scan))
    # the category mirror has a row per attendee (the attendee table itself is not read)
    registered = conn.execute("SELECT count(*) FROM ops_category").fetchone()[0]
    before = conn.execute(
        "SELECT count(*) FROM checkin_event WHERE kind = 'badge_pickup' AND wall_time < ?",
        (since,),
    ).fetchone()[0]
    return DayRows(
        event=event,
        registered=int(registered),
        picked_up_before=int(before),
        pickups=tuple(pickups),
        voided=voided,
        duplicates=duplicate_pickups(conn, since, until),
        entries=tuple(entries),
        prints=tuple(prints),
        conflicts=conflicts,
        scan_ms={k: tuple(v) for k, v in scan_ms.items()},
        pickup_ms={k: tuple(v) for k, v in pickup_ms.items()},
        devices=devices(conn),
    )


def _floor(minute_text: str) -> str:
    """The quarter holding ``YYYY-MM-DDTHH:MM``."""
    return minute_text[:14] + f"{int(minute_text[14:16]) // 15 * 15:02d}"


def duplicate_attendees(conn: sqlite3.Connection) -> list[str]:
    """Attendees with more than one pickup (voided ones too): the candidates for the
    supervisors' duplicates list, from the per-attendee counter's partial index."""
    return [
        str(r[0])
        for r in conn.execute(
            "SELECT attendee_id FROM ops_pickup_count WHERE pickups > 1 ORDER BY attendee_id"
        )
    ]


def duplicate_pickups(conn: sqlite3.Connection, since: str, until: str) -> tuple[BucketCount, ...]:
    """Non-voided pickups with ``since <= wall_time < until`` that were not their attendee's
    first (by ``(hlc, device_id)``), counted by quarter and replica — found through the
    per-attendee counter, so only people with two pickups or more are read."""
    rows = conn.execute(
        "SELECT e.attendee_id, e.id, e.kind, e.voids_id, e.hlc, e.device_id, e.wall_time "
        # CROSS JOIN: the few counters above 1 first (their partial index), then their events
        "FROM ops_pickup_count c CROSS JOIN checkin_event e ON e.attendee_id = c.attendee_id "
        "AND e.kind IN ('badge_pickup', 'void') WHERE c.pickups > 1"
    ).fetchall()
    voided = {r[3] for r in rows if r[2] == "void"}
    people: dict[str, list[tuple[int, str, str]]] = {}
    for attendee, row_id, kind, _v, hlc, device_id, wall in rows:
        if kind == "badge_pickup" and row_id not in voided:
            people.setdefault(attendee, []).append((hlc, device_id, wall))
    counts: dict[tuple[str, str], int] = {}
    for pickups in people.values():
        for _hlc, device_id, wall in sorted(pickups)[1:]:
            if since <= wall < until:
                key = (_floor(wall[:16]), device_id)
                counts[key] = counts.get(key, 0) + 1
    return tuple(BucketCount(b, d, n) for (b, d), n in sorted(counts.items()))


def devices(conn: sqlite3.Connection) -> tuple[DeviceRecord, ...]:
    """Every enrolled device as replicated, with the replica ids bound to it (one query)."""
    return tuple(
        DeviceRecord(r[0], r[1], r[2], bool(r[3]), r[4] or "", tuple(sorted((r[5] or "").split())))
        for r in conn.execute(
            "SELECT d.id, d.name, d.role, d.revoked, d.last_seen, "
            "(SELECT group_concat(b.id, ' ') FROM device_replica b WHERE b.device_id = d.id) "
            "FROM device d ORDER BY d.name"
        )
    )


@dataclass(frozen=True)
class OwnSync:
    """This replica's side of sync, from its own file."""

    replica_id: str
    pending: int
    #: HLC of the oldest op not yet acknowledged by the hub (0: none pending)
    oldest_pending_hlc: int
    last_sync_ms: int
    cursor: int


def read_own_sync(conn: sqlite3.Connection, *, outbox: bool = True) -> OwnSync:
    """This replica's sync facts; its outbox is counted only with ``outbox`` (a file that
    never synced — a generated demo, a standalone desk — skips it: nothing to show)."""
    meta = dict(
        conn.execute(
            "SELECT key, value FROM replica_meta WHERE key IN "
            "('device_id', 'sync.last_sync_ms', 'sync.cursor')"
        ).fetchall()
    )
    last_sync = int(meta.get("sync.last_sync_ms") or 0)
    pending, oldest = 0, 0
    if outbox or last_sync:
        pending = conn.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0]
        first = conn.execute(
            "SELECT hlc FROM outbox WHERE state = 'pending' ORDER BY client_seq LIMIT 1"
        ).fetchone()
        oldest = 0 if first is None else first[0]
    return OwnSync(
        replica_id=str(meta.get("device_id", "")),
        pending=int(pending),
        oldest_pending_hlc=int(oldest),
        last_sync_ms=last_sync,
        cursor=int(meta.get("sync.cursor") or 0),
    )


def is_hub(conn: sqlite3.Connection) -> bool:
    """Whether this file is a hub's (it holds the hub's own tables)."""
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'hub_device_auth'"
    ).fetchone()
    return row is not None


@dataclass(frozen=True)
class HubDevice:
    """What only the hub knows about one enrolled device."""

    name: str
    role: str
    revoked: bool
    last_contact: str  # "" never
    #: change-log entries it had not pulled at its last hello (max seq − its cursor)
    behind_ops: int | None
    #: its ops committed since ``lag_since``: how many, and the longest delay between an op
    #: being made on the device (its HLC) and committed at the hub (ms)
    recent_ops: int
    max_lag_ms: int | None
    pushed: int
    rejected: int
    clock_offset_ms: int | None
    #: ops it had made by its last hello that the hub has not taken (``None``: it never said)
    pending: int | None = None


#: how many of the newest change-log entries the lag read looks at, at most
LAG_WINDOW_ENTRIES = 50_000


def read_hub_devices(conn: sqlite3.Connection, lag_since: str) -> tuple[HubDevice, ...]:
    """Every enrolled device from the hub's own tables (call only when :func:`is_hub`)."""
    top = int(conn.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0])
    lags: dict[str, tuple[int, int]] = {}
    for name, count, worst in conn.execute(
        "SELECT o.device_name, count(*), max(CAST(round((julianday(c.committed_at) - 2440587.5) "
        "* 86400000.0) AS INTEGER) - (json_extract(c.op, '$.hlc') >> 16)) "
        "FROM change_log c JOIN hub_origin o ON o.origin = c.origin "
        "WHERE c.seq > ? AND c.committed_at >= ? GROUP BY o.device_name",
        (top - LAG_WINDOW_ENTRIES, lag_since),
    ):
        lags[str(name)] = (int(count), int(worst))
    out = []
    for r in conn.execute(
        "SELECT a.name, a.role, a.revoked, "
        "(SELECT max(last_contact) FROM hub_origin o WHERE o.device_name = a.name), "
        "(SELECT o.cursor FROM hub_origin o WHERE o.device_name = a.name "
        " ORDER BY o.last_contact DESC LIMIT 1), "
        "(SELECT count(*) FROM hub_push p JOIN hub_origin o ON o.origin = p.origin "
        " WHERE o.device_name = a.name), "
        "(SELECT count(*) FROM hub_push p JOIN hub_origin o ON o.origin = p.origin "
        " WHERE o.device_name = a.name AND p.status = 'rejected'), "
        "(SELECT o.clock_offset_ms FROM hub_origin o WHERE o.device_name = a.name "
        " ORDER BY o.last_contact DESC LIMIT 1), "
        "(SELECT sum(max(0, o.announced_client_seq - o.last_client_seq)) FROM hub_origin o "
        " WHERE o.device_name = a.name AND o.announced_client_seq IS NOT NULL) "
        "FROM hub_device_auth a ORDER BY a.name"
    ):
        found = lags.get(str(r[0]))
        out.append(
            HubDevice(
                name=str(r[0]),
                role=str(r[1]),
                revoked=bool(r[2]),
                last_contact=str(r[3] or ""),
                behind_ops=None if r[4] is None else max(0, top - int(r[4])),
                recent_ops=found[0] if found else 0,
                max_lag_ms=found[1] if found else None,
                pushed=int(r[5]),
                rejected=int(r[6]),
                clock_offset_ms=None if r[7] is None else int(r[7]),
                pending=None if r[8] is None else int(r[8]),
            )
        )
    return tuple(out)
