"""The demo event's arrival history: badge collection the day before, then the first morning.

So that every chart of the operations dashboard shows something true, the demo holds what
the desks, gates and printers of a WUF first morning would have recorded up to
:data:`HISTORY_END` (17 May, 09:45 in Baku), simulated from seeded arrivals through real
queues (each area's people take the first desk that is free):

- **devices** (``device`` rows, each bound to one replica by ``device_replica``): pickup desks
  ``north-01`` … ``north-10`` (main entrance), ``south-01`` … ``south-07`` (metro entrance;
  ``south-05`` and ``south-06`` not staffed this morning, ``south-07``'s laptop revoked at
  07:50), ``vip-01`` and ``vip-02`` (VIP and media desk); entry gates ``gate-n1`` … ``n4``
  (North entrance), ``gate-s1``, ``s2`` (South entrance), ``gate-p1``, ``p2`` (Plenary zone),
  ``gate-x1`` (Urban Expo);
- **16 May, 10:00–18:00** (the day before): staff, volunteers, security and a share of the
  others collect their badges at thirteen desks;
- **17 May, from 07:00**: arrivals peak between 08:00 and 10:00 (the opening is at 10:00);
  **uneven desks** (``north-03`` is a trainee's, slower; ``north-07``'s scanner sends no Enter
  suffix, so each scan waits 300 ms longer); **one slow printer**, ``P-S02`` at ``south-02``
  (slow, and failing ~15 % of prints, each printed again); ``north-04`` **offline 08:35–08:55**
  (it kept scanning; five people it served also got a badge at another desk — duplicate
  pickups — and three name corrections made there collided with others: conflicts);
  ``gate-p2`` has not synced since 09:23 (a red row at 09:45);
- **entries**: people enter through the entrance of their side soon after collecting their
  badge (those who collected it the day before, from 07:00 on), then half of them enter the
  Plenary zone for the opening and some the Urban Expo.

About 37,000 check-ins at 37,000 attendees (scaled with the attendee count). The badges these
pickups handed out are issued later (the demo hub issues every attendee's badge): a demo
print names no badge (``badge_id`` ``""``). Everything is drawn from ``rng`` — the same seed
gives the same history.
"""

from __future__ import annotations

import bisect
import itertools
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from wufops.clock import iso_utc
from wufops.demo.calendar import local_ms
from wufops.demo.rows import Ids, Row, as_json
from wufops.sync.ops import JsonValue

#: the end of the recorded history (day 0, 09:45 local): the dashboard shows this instant
HISTORY_END_MIN = 9 * 60 + 45
HISTORY_END_MS = local_ms(0, HISTORY_END_MIN)

#: share of attendees who collected their badge the day before, and who arrive to collect it
#: on the first morning up to the end of the history
PRE_COLLECTED = 0.30
FIRST_MORNING = 0.12
#: of those who collected the day before, the share who come in on the first morning
PRE_COMING = 0.93

SECOND = 1000
MINUTE = 60 * SECOND

#: the first morning's arrivals at the accreditation desks: (local minute, weight), linear
MORNING_SHAPE: tuple[tuple[int, float], ...] = (
    (6 * 60 + 50, 0.0),
    (7 * 60, 3.0),
    (7 * 60 + 30, 5.0),
    (8 * 60, 9.0),
    (8 * 60 + 30, 12.0),
    (9 * 60, 12.5),
    (9 * 60 + 30, 11.0),
    (HISTORY_END_MIN, 10.0),
)
#: the day before: opening hours with a lunch dip
EVE_SHAPE: tuple[tuple[int, float], ...] = (
    (10 * 60, 4.0),
    (12 * 60, 5.0),
    (13 * 60, 2.5),
    (14 * 60, 5.0),
    (17 * 60, 4.0),
    (18 * 60, 0.0),
)


@dataclass(frozen=True)
class Desk:
    name: str
    area: str
    service_s: float  # mean service time
    open_from: int  # local minute of its day
    open_until: int = 24 * 60
    printer: str = ""
    print_failure: float = 0.01
    #: extra ms per scan (a scanner without an Enter suffix waits for the wedge to time out)
    scan_extra_ms: float = 0.0
    revoked_at: int | None = None  # local minute on day 0


DAY0_DESKS: tuple[Desk, ...] = (
    *(
        Desk(
            f"north-{n:02d}",
            "north",
            40.0 if n == 3 else 26.0 + (n % 4),
            7 * 60 if n <= 8 else 7 * 60 + 30,
            printer=f"P-N{n:02d}",
            scan_extra_ms=300.0 if n == 7 else 0.0,
        )
        for n in range(1, 11)
    ),
    *(
        Desk(
            f"south-{n:02d}",
            "south",
            44.0 if n == 2 else 27.0 + n,
            7 * 60,
            printer=f"P-S{n:02d}",
            print_failure=0.15 if n == 2 else 0.01,
        )
        for n in range(1, 5)
    ),
    Desk("south-07", "south", 30.0, 7 * 60, 7 * 60 + 45, "P-S07", revoked_at=470),
    Desk("vip-01", "vip", 65.0, 7 * 60 + 30, printer="P-VIP"),
    Desk("vip-02", "vip", 70.0, 7 * 60 + 30, printer="P-VIP"),
)
#: enrolled but not staffed this morning (the forecast may suggest opening them)
IDLE_DESKS: tuple[str, ...] = ("south-05", "south-06")
#: the day before: the same desks (and scanners, and printers) at an even 30 s a person
EVE_DESKS: tuple[Desk, ...] = tuple(
    Desk(
        d.name,
        d.area,
        30.0,
        10 * 60,
        18 * 60,
        d.printer,
        print_failure=d.print_failure,
        scan_extra_ms=d.scan_extra_ms,
    )
    for d in DAY0_DESKS
    if d.name.startswith("north") or d.name in ("south-01", "south-03", "south-04")
)
#: gate → zone
GATES: tuple[tuple[str, str], ...] = (
    ("gate-n1", "North entrance"),
    ("gate-n2", "North entrance"),
    ("gate-n3", "North entrance"),
    ("gate-n4", "North entrance"),
    ("gate-s1", "South entrance"),
    ("gate-s2", "South entrance"),
    ("gate-p1", "Plenary zone"),
    ("gate-p2", "Plenary zone"),
    ("gate-x1", "Urban Expo"),
)
OFFLINE_DESK = "north-04"
OFFLINE_FROM, OFFLINE_UNTIL = 8 * 60 + 35, 8 * 60 + 55
STALE_GATE, STALE_SINCE = "gate-p2", 9 * 60 + 23


@dataclass(frozen=True)
class Person:
    """An attendee as the history needs them."""

    id: str
    category: str
    latin_family: str


@dataclass
class History:
    """What :func:`make_arrivals` hands to the writer, and what it counted."""

    rows: list[Row] = field(default_factory=list)
    checkins: int = 0
    prints: int = 0


@dataclass
class _Event:
    ms: int
    fields: dict[str, JsonValue]
    entity: str = "checkin_event"


def _sample_times(
    rng: random.Random, shape: Sequence[tuple[int, float]], count: int, day: int
) -> list[int]:
    """``count`` instants (ms) on event day ``day`` drawn from a piecewise-linear density."""
    cumulative = [0.0]
    for (m0, w0), (m1, w1) in itertools.pairwise(shape):
        cumulative.append(cumulative[-1] + (w0 + w1) / 2 * (m1 - m0))
    total = cumulative[-1]
    out = []
    for _ in range(count):
        target = rng.random() * total
        i = max(0, bisect.bisect_right(cumulative, target) - 1)
        i = min(i, len(shape) - 2)
        (m0, w0), (m1, w1) = shape[i], shape[i + 1]
        # inside the segment the density is linear: invert its integral
        span, need = m1 - m0, target - cumulative[i]
        slope = (w1 - w0) / span if span else 0.0
        if abs(slope) < 1e-12:
            dx = need / w0 if w0 else 0.0
        else:
            dx = (-w0 + math.sqrt(max(0.0, w0 * w0 + 2 * slope * need))) / slope
        minute = m0 + min(max(dx, 0.0), span)
        out.append(local_ms(day, 0) + int(minute * MINUTE))
    return sorted(out)


def _service(rng: random.Random, mean_s: float) -> int:
    """A service time (ms): lognormal around ``mean_s`` (σ 0.35), at least 8 s."""
    sigma = 0.35
    value = rng.lognormvariate(math.log(mean_s) - sigma * sigma / 2, sigma)
    return int(max(8.0, value) * SECOND)


def make_arrivals(rng: random.Random, ids: Ids, people: Sequence[Person]) -> History:
    """The arrival history of ``people`` (in registration order)."""
    history = History()
    total = len(people)
    devices = _devices(rng, ids)
    replica = {name: rid for name, (_did, rid) in devices.items()}
    order = list(range(total))
    rng.shuffle(order)
    first = ("staff", "volunteer", "security")
    ranked = sorted(order, key=lambda i: people[i].category not in first)  # stable: still shuffled
    pre_count = min(total, round(PRE_COLLECTED * total))
    pre = ranked[:pre_count]
    rest = ranked[pre_count:]
    morning = rest[: min(len(rest), round(FIRST_MORNING * total))]

    events: list[_Event] = []
    served: dict[str, list[tuple[int, str]]] = {}  # desk → [(pickup ms, attendee)]
    # -- the day before ---------------------------------------------------------------------
    eve_times = _sample_times(rng, EVE_SHAPE, len(pre), -1)
    arrivals = [(t, people[i].id) for t, i in zip(eve_times, pre, strict=True)]
    _queue(
        rng,
        arrivals,
        EVE_DESKS,
        day=-1,
        replica=replica,
        events=events,
        served=served,
        end_ms=local_ms(-1, 18 * 60),
    )
    # -- the first morning ----------------------------------------------------------------
    by_area: dict[str, list[tuple[int, str]]] = {"north": [], "south": [], "vip": []}
    times = _sample_times(rng, MORNING_SHAPE, len(morning), 0)
    for t, i in zip(times, morning, strict=True):
        attendee, category = people[i].id, people[i].category
        if category == "vip" or (category == "media" and rng.random() < 0.5):
            area = "vip"
        else:
            area = "north" if rng.random() < 0.66 else "south"
        by_area[area].append((t, attendee))
    picked_today: list[tuple[int, str, str]] = []  # (pickup ms, attendee, area)
    for area, arrivals in by_area.items():
        desks = tuple(d for d in DAY0_DESKS if d.area == area)
        before = len(events)
        _queue(
            rng,
            arrivals,
            desks,
            day=0,
            replica=replica,
            events=events,
            served=served,
            end_ms=HISTORY_END_MS,
        )
        for e in events[before:]:
            if e.entity == "checkin_event" and e.fields["kind"] == "badge_pickup":
                picked_today.append((e.ms, str(e.fields["attendee_id"]), area))
    events.extend(_duplicates(rng, served, replica))
    # -- entries --------------------------------------------------------------------------
    coming = [people[i].id for i in pre if rng.random() < PRE_COMING]
    entrance_times = _sample_times(rng, MORNING_SHAPE, len(coming), 0)
    inside: list[tuple[int, str]] = []
    for t, attendee in zip(entrance_times, coming, strict=True):
        side = "North entrance" if rng.random() < 0.64 else "South entrance"
        inside.append(_enter(rng, events, replica, attendee, at=t, zone=side))
    for t, attendee, area in picked_today:
        when = t + rng.randint(3 * MINUTE, 12 * MINUTE)
        if when < HISTORY_END_MS:
            side = "South entrance" if area == "south" else "North entrance"
            inside.append(_enter(rng, events, replica, attendee, at=when, zone=side))
    for t, attendee in inside:
        roll = rng.random()
        if roll < 0.62:
            when = t + rng.randint(15 * MINUTE, 75 * MINUTE)
            if when < HISTORY_END_MS:
                _enter(rng, events, replica, attendee, at=when, zone="Plenary zone")
        elif roll < 0.86:
            when = t + rng.randint(5 * MINUTE, 40 * MINUTE)
            if when < HISTORY_END_MS:
                _enter(rng, events, replica, attendee, at=when, zone="Urban Expo")
    stale_from = local_ms(0, STALE_SINCE)
    events = [
        e
        for e in events
        if e.ms < HISTORY_END_MS  # what happens after 09:45 is not recorded yet
        and not (e.fields.get("desk") == STALE_GATE and e.ms >= stale_from)  # not synced yet
    ]
    # -- rows, in time order ------------------------------------------------------------------
    for name, (device_id, _replica) in devices.items():
        history.rows.append(Row("device", device_id, _device_fields(name)))
    for device_id, replica_id in devices.values():
        history.rows.append(
            Row(
                "device_replica",
                replica_id,
                {"device_id": device_id, "bound_at": iso_utc(local_ms(-1, 8 * 60))},
            )
        )
    events.sort(key=lambda e: (e.ms, e.entity, str(e.fields.get("attendee_id"))))
    pickups_by_attendee: dict[str, str] = {}
    for e in events:
        row_id = ids.next()
        body = {
            **e.fields,
            "hlc": e.ms << 16,
            "wall_time": iso_utc(e.ms),
        }
        if e.entity == "checkin_event":
            history.checkins += 1
            if body["kind"] == "badge_pickup":
                pickups_by_attendee.setdefault(str(body["attendee_id"]), row_id)
            if body["kind"] == "void":
                body["voids_id"] = pickups_by_attendee[str(body["attendee_id"])]
        else:
            history.prints += 1
        history.rows.append(Row(e.entity, row_id, body))
    names = {p.id: p.latin_family for p in people}
    history.rows.extend(_conflicts(rng, ids, served, devices, names))
    return history


def _devices(rng: random.Random, ids: Ids) -> dict[str, tuple[str, str]]:
    """name → (device id, replica id), desks then gates."""
    names = [d.name for d in DAY0_DESKS] + list(IDLE_DESKS) + [g for g, _ in GATES]
    return {name: (ids.next(), ids.next()) for name in sorted(set(names))}


def _device_fields(name: str) -> dict[str, JsonValue]:
    role = "gate" if name.startswith("gate-") else "desk"
    desk = next((d for d in DAY0_DESKS if d.name == name), None)
    revoked = desk is not None and desk.revoked_at is not None
    # the hub's last contact: its last hello (desks stay connected all morning; north-04
    # reconnected after its cut; the stale gate's link dropped)
    hello = 6 * 60 + 40
    if name == OFFLINE_DESK:
        hello = OFFLINE_UNTIL
    if name == STALE_GATE:
        hello = 8 * 60 + 5
    fields: dict[str, JsonValue] = {"name": name, "role": role, "revoked": int(revoked)}
    if name not in IDLE_DESKS:
        fields["last_seen"] = iso_utc(local_ms(0, hello))
    return fields


def _queue(
    rng: random.Random,
    arrivals: Sequence[tuple[int, str]],
    desks: Sequence[Desk],
    *,
    day: int,
    replica: dict[str, str],
    events: list[_Event],
    served: dict[str, list[tuple[int, str]]],
    end_ms: int,
) -> None:
    """One queue in front of ``desks``: each arrival takes the first desk that is free."""
    free = {d.name: local_ms(day, d.open_from) for d in desks}
    for arrived, attendee in sorted(arrivals):
        choices = [d for d in desks if local_ms(day, d.open_until) > max(arrived, free[d.name])]
        if not choices:
            continue
        idle = [d for d in choices if free[d.name] <= arrived]
        # someone arriving walks to any free desk; in a queue, to the first to free up
        desk = (
            idle[rng.randrange(len(idle))]
            if idle
            else min(choices, key=lambda d: (free[d.name], d.name))
        )
        start = max(arrived, free[desk.name])
        if start >= end_ms:
            continue  # still in the queue when the history ends
        scan_at = start + rng.randint(4 * SECOND, 12 * SECOND)
        duration = _service(rng, desk.service_s)
        by_name = rng.random() < 0.04
        fields: dict[str, JsonValue] = {
            "attendee_id": attendee,
            "kind": "badge_pickup",
            "desk": desk.name,
            "device_id": replica[desk.name],
            "zone": "",
        }
        if not by_name:
            scan = rng.lognormvariate(math.log(320.0), 0.22) + desk.scan_extra_ms
            fields["scan_ms"] = round(scan, 1)
        events.append(_Event(scan_at, fields))
        served.setdefault(desk.name, []).append((scan_at, attendee))
        printed_at = scan_at + rng.randint(2 * SECOND, 6 * SECOND)
        outcome = "failed" if rng.random() < desk.print_failure else "printed"
        events.append(_print(desk, replica, attendee, printed_at, outcome))
        if outcome == "failed":
            retry = printed_at + rng.randint(20 * SECOND, 40 * SECOND)
            events.append(_print(desk, replica, attendee, retry, "printed"))
            duration += retry - printed_at
        free[desk.name] = start + max(duration, scan_at - start + 3 * SECOND)


def _print(desk: Desk, replica: dict[str, str], attendee: str, at: int, outcome: str) -> _Event:
    return _Event(
        at,
        {
            "badge_id": "",
            "attendee_id": attendee,
            "printer": desk.printer,
            "desk": desk.name,
            "device_id": replica[desk.name],
            "reason": "first",
            "outcome": outcome,
        },
        "print_event",
    )


def _enter(
    rng: random.Random,
    events: list[_Event],
    replica: dict[str, str],
    attendee: str,
    *,
    at: int,
    zone: str,
) -> tuple[int, str]:
    gates = [g for g, z in GATES if z == zone]
    gate = gates[rng.randrange(len(gates))]
    events.append(
        _Event(
            at,
            {
                "attendee_id": attendee,
                "kind": "entry",
                "desk": gate,
                "device_id": replica[gate],
                "zone": zone,
            },
        )
    )
    return at, attendee


def _duplicates(
    rng: random.Random, served: dict[str, list[tuple[int, str]]], replica: dict[str, str]
) -> list[_Event]:
    """North-04 worked offline: five people it served got a second badge at another desk
    (which could not know); two pickups elsewhere were undone (the wrong person was found)."""
    out: list[_Event] = []
    lo, hi = local_ms(0, OFFLINE_FROM), local_ms(0, OFFLINE_UNTIL)
    during = [(t, a) for t, a in served.get(OFFLINE_DESK, []) if lo <= t < hi]
    for t, attendee in rng.sample(during, min(5, len(during))):
        other = f"north-{rng.choice((1, 2, 5, 6, 8)):02d}"
        out.append(
            _Event(
                t + rng.randint(2 * MINUTE, 8 * MINUTE),
                {
                    "attendee_id": attendee,
                    "kind": "badge_pickup",
                    "desk": other,
                    "device_id": replica[other],
                    "zone": "",
                    "scan_ms": round(rng.lognormvariate(math.log(320.0), 0.22), 1),
                },
            )
        )
    morning = [
        (desk, t, a)
        for desk, picks in sorted(served.items())
        for t, a in picks
        if desk.startswith("north") and t >= local_ms(0, 7 * 60) and desk != OFFLINE_DESK
    ]
    for desk, t, attendee in rng.sample(morning, min(2, len(morning))):
        out.append(
            _Event(
                t + rng.randint(40 * SECOND, 90 * SECOND),
                {
                    "attendee_id": attendee,
                    "kind": "void",
                    "reason": "wrong person found by name",
                    "desk": desk,
                    "device_id": replica[desk],
                    "zone": "",
                },
            )
        )
    return out


def _conflicts(
    rng: random.Random,
    ids: Ids,
    served: dict[str, list[tuple[int, str]]],
    devices: dict[str, tuple[str, str]],
    names: dict[str, str],
) -> list[Row]:
    """Three name corrections made at north-04 while offline collided with corrections of
    the same names at other desks: the hub kept the later one (the name as the attendee
    holds it) and recorded a conflict; the offline desk had typed it in capitals."""
    detected = local_ms(0, OFFLINE_UNTIL) + 7 * SECOND
    during = [
        a
        for t, a in served.get(OFFLINE_DESK, [])
        if local_ms(0, OFFLINE_FROM) <= t < local_ms(0, OFFLINE_UNTIL)
    ]
    rows = []
    for n, attendee in enumerate(rng.sample(during, min(3, len(during)))):
        loser = (detected - (12 - n) * MINUTE) << 16
        winner = (detected - (6 - n) * MINUTE) << 16
        rows.append(
            Row(
                "conflict",
                ids.next(),
                {
                    "kind": "concurrent_edit",
                    "code": "concurrent_edit",
                    "entity": "attendee",
                    "row_id": attendee,
                    "field": "latin_family",
                    "winner": as_json(
                        {
                            "hlc": winner,
                            "device_id": devices["north-02"][1],
                            "value": names[attendee],
                        }
                    ),
                    "loser": as_json(
                        {
                            "hlc": loser,
                            "device_id": devices[OFFLINE_DESK][1],
                            "value": names[attendee].upper(),
                        }
                    ),
                    "detected_at": iso_utc(detected + n * SECOND),
                },
            )
        )
    return rows
