"""The permission table (``wufops.sync.roles.PERMISSIONS``) is what the hub enforces, exactly.

Hypothesis draws ops of every shape — entity, op kind, which fields, which values, whose key,
which badge — pushes each one at a hub (``HubLog.push`` on a real SQLite file, a fresh copy
of one prepared event per example) as a device of a drawn role, and checks:

- an op inside the table (a grant covers it and the grant's scope holds) is **applied**;
- any other op is **refused** (``role_forbidden``, or ``hub_only`` / ``key_hub_only`` for the
  rows only the hub or an admin writes) and the hub's rows are unchanged.

The scope facts (is the badge signed with the pushing desk's own key, within its range? does
its attendee hold the replacement that desk issued?) are known from how the example was
drawn, not asked of the hub.
"""

from __future__ import annotations

import itertools
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.vocabulary import CATEGORIES
from tests.hub.helpers import seed_event
from wufops.clock import FakeClock, iso_utc
from wufops.crypto.keys import Signer, generate_private_key, public_key_of
from wufops.ids import uuid7
from wufops.store import badges as badge_store
from wufops.store import schedule as schedule_store
from wufops.store import schedule_io as schedule_io_store
from wufops.store.apply import canonical_dump
from wufops.store.hub_log import HubLog
from wufops.store.replica import Replica
from wufops.sync import hlc
from wufops.sync.ops import JsonValue, Op, OpKind
from wufops.sync.roles import ROLES, grants_for

NOW_MS = 1_779_080_400_000
_counter = itertools.count(1)


@dataclass(frozen=True)
class Prepared:
    """A hub file with an event, badges, a room and a session, and enrolled devices."""

    path: Path
    attendees: list[str]
    #: attendee → the issuer-signed badge id
    issuer_badges: dict[str, str]
    #: the badge desk-a issued (a reprint) for attendees[0], replacing the issuer's
    replaced_for: str
    session_id: str
    conflict_id: str
    #: a release recorded by the hub (release items of later examples point at it)
    release_id: str
    room_id: str
    event_id: str
    #: a stream channel and a slot of the session on it
    channel_id: str
    slot_id: str
    issuer_key: str
    #: desk name → its certified desk key
    keys: dict[str, Signer]
    #: device name → role
    devices: dict[str, str]


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    root = tmp_path_factory.mktemp("table")
    clock = FakeClock(NOW_MS)
    path = root / "hub.db"
    hub = HubLog.open(path, clock)
    hub.start()
    attendees = seed_event(hub.replica, 3)
    event_id = hub.conn.execute("SELECT id FROM event").fetchone()[0]
    issuer = hub.issuer()
    issuer_badges = {}
    with hub.replica.batch() as batch:
        for attendee in attendees:
            issued = badge_store.issue_badge(
                hub.replica,
                batch,
                issuer,
                attendee_id=attendee,
                event_id=event_id,
                now_s=NOW_MS // 1000,
            )
            issuer_badges[attendee] = issued.badge_id
        room_id = batch.insert("room", {"event_id": event_id, "name": "Hall A", "capacity": 400})
        session_id = batch.insert(
            "session", {"event_id": event_id, "title": "Opening", "type": "plenary"}
        )
        release_id = schedule_store.write_release(
            batch, event_id, {}, wall_time=iso_utc(NOW_MS), note="prepared"
        )
        conflict_id = batch.insert(
            "conflict",
            {
                "kind": "invariant",
                "code": "room_overlap",
                "entity": "session",
                "row_id": session_id,
                "detected_at": iso_utc(NOW_MS),
            },
        )
        channel_id = batch.insert("stream_channel", {"event_id": event_id, "name": "Channel 1"})
        slot_id = batch.insert("stream_slot", {"session_id": session_id, "channel_id": channel_id})
    devices = {"desk-a": "desk", "desk-b": "desk", "gate": "gate", "coord": "coordinator"}
    devices["admin"] = "admin"
    for name, role in devices.items():
        hub.enrol(name, role)
    keys: dict[str, Signer] = {}
    for name in ("desk-a", "desk-b"):
        private = generate_private_key()
        answer = hub.certify_device_key(name, "desk", public_key_of(private).hex())
        assert answer.key_id, answer
        record = next(r for r in badge_store.key_records(hub.conn) if r.key_id == answer.key_id)
        keys[name] = Signer(record, private)
    # desk-a's offline reprint for attendees[0]: the new badge, signed with its own key
    with hub.replica.batch() as batch:
        reprint = badge_store.issue_badge(
            hub.replica,
            batch,
            keys["desk-a"],
            attendee_id=attendees[0],
            event_id=event_id,
            now_s=NOW_MS // 1000,
        )
    hub.ingest_local_outbox()
    hub.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    hub.close()
    return Prepared(
        path,
        attendees,
        issuer_badges,
        reprint.badge_id,
        session_id,
        conflict_id,
        release_id,
        room_id,
        event_id,
        channel_id,
        slot_id,
        issuer.key_id,
        keys,
        devices,
    )


@dataclass(frozen=True)
class Drawn:
    op: Op
    #: the scope facts, as drawn: does the op's badge key belong to the pusher (and its
    #: serial to that key's range)? does the badge's attendee hold the pusher's replacement?
    own_key: bool = False
    replaced: bool = False
    #: inside the table but refused when applied, with this code (a partial placement)
    invalid: str = ""


def _op(device: str, kind: OpKind, entity: str, row_id: str, body: dict[str, JsonValue]) -> Op:
    stamp = hlc.pack(NOW_MS, next(_counter) % hlc.COUNTER_MAX)
    return Op(uuid7(NOW_MS), device, stamp, kind, entity, row_id, body)


@st.composite
def drawn_ops(draw: st.DrawFn, p: Prepared, pusher: str, origin: str) -> Drawn:
    shape = draw(
        st.sampled_from(
            [
                "attendee_update",
                "attendee_insert",
                "badge_insert",
                "badge_update",
                "checkin",
                "print",
                "session_update",
                "session_move",
                "session_partial_move",
                "session_status",
                "room_insert",
                "room_update",
                "speaker_availability",
                "rule_severity",
                "schedule_source",
                "release",
                "release_item",
                "stream_slot_insert",
                "stream_slot_status",
                "stream_status_change",
                "stream_settings",
                "stream_channel_update",
                "conflict_update",
                "conflict_insert",
                "device_update",
                "device_replica",
                "signing_key_update",
            ]
        )
    )
    new_id = uuid7(NOW_MS)
    if shape == "attendee_update":
        choices: dict[str, st.SearchStrategy[JsonValue]] = {
            "given_name": st.sampled_from(["Aysel", "Иван", "محمد"]),
            "family_name": st.sampled_from(["Məmmədova", "Петров", "العلي"]),
            "latin_given": st.just("Aysel"),
            "latin_family": st.just("Mammadova"),
            "organization": st.just("UN-Habitat"),
            "category": st.sampled_from(CATEGORIES),
            "security_hold": st.sampled_from([0, 1]),
            "attention": st.sampled_from([0, 1]),
            "email": st.just("a@example.org"),
        }
        names = draw(st.sets(st.sampled_from(sorted(choices)), min_size=1, max_size=4))
        body = {name: draw(choices[name]) for name in sorted(names)}
        target = draw(st.sampled_from(p.attendees))
        return Drawn(_op(origin, "update", "attendee", target, body))
    if shape == "attendee_insert":
        body = {
            "event_id": p.event_id,
            "reg_code": f"WUF-N{next(_counter)}",
            "given_name": "Walk",
            "family_name": "In",
            "country": "AZ",
            "category": draw(st.sampled_from(CATEGORIES)),
        }
        return Drawn(_op(origin, "insert", "attendee", new_id, body))
    if shape == "badge_insert":
        signer_name = draw(st.sampled_from(["desk-a", "desk-b", "issuer"]))
        low, high = (
            p.keys[signer_name].record.serial_bounds if signer_name != "issuer" else (1, 1 << 32)
        )
        in_range = draw(st.booleans())
        serial = low + 1000 + next(_counter) if in_range else high + 1 + next(_counter)
        key_id = p.keys[signer_name].key_id if signer_name != "issuer" else p.issuer_key
        status = draw(st.sampled_from(["valid", "valid", "revoked"]))
        body = {
            "attendee_id": draw(st.sampled_from(p.attendees)),
            "serial": serial,
            "key_id": key_id,
            "issued_at": iso_utc(NOW_MS),
            "status": status,
            "token": "T" * 146,
        }
        own = signer_name == pusher and in_range
        return Drawn(_op(origin, "insert", "badge", new_id, body), own_key=own)
    if shape == "badge_update":
        target_attendee = draw(st.sampled_from(p.attendees[:2]))
        badge_id = p.issuer_badges[target_attendee]
        body = {"status": draw(st.sampled_from(["valid", "lost", "revoked"]))}
        if body["status"] == "valid":  # retire it first, by an admin: now make it valid again
            badge_id = p.issuer_badges[target_attendee]
        if draw(st.booleans()):
            body["token"] = "X" * 146
        replaced = pusher == "desk-a" and target_attendee == p.attendees[0]
        return Drawn(_op(origin, "update", "badge", badge_id, body), replaced=replaced)
    if shape in ("checkin", "print"):
        stamp_op = _op(origin, "event", "checkin_event", new_id, {})
        if shape == "checkin":
            kind = draw(st.sampled_from(["badge_pickup", "void", "entry", "exit"]))
            body = {
                "attendee_id": draw(st.sampled_from(p.attendees)),
                "kind": kind,
                "desk": draw(st.sampled_from(["desk-a", "desk-b", "Gate 3"])),
                "device_id": origin,
                "hlc": stamp_op.hlc,
                "wall_time": iso_utc(NOW_MS),
            }
            if kind == "void":
                body["voids_id"] = uuid7(NOW_MS)
                body["reason"] = "wrong person"
            return Drawn(
                Op(stamp_op.op_id, origin, stamp_op.hlc, "event", "checkin_event", new_id, body)
            )
        body = {
            "badge_id": p.issuer_badges[p.attendees[1]],
            "attendee_id": p.attendees[1],
            "printer": "Zebra 1",
            "desk": "desk-a",
            "device_id": origin,
            "hlc": stamp_op.hlc,
            "wall_time": iso_utc(NOW_MS),
            "reason": draw(st.sampled_from(["first", "damaged", "lost", "name_corrected"])),
            "outcome": draw(st.sampled_from(["printed", "pdf", "failed"])),
        }
        return Drawn(Op(stamp_op.op_id, origin, stamp_op.hlc, "event", "print_event", new_id, body))
    if shape == "session_update":
        return Drawn(_op(origin, "update", "session", p.session_id, {"title": "Closing"}))
    if shape in ("session_move", "session_partial_move"):
        start = NOW_MS + draw(st.integers(1, 500)) * 60_000
        body = {
            "room_id": p.room_id,
            "starts_at": iso_utc(start),
            "ends_at": iso_utc(start + 3_600_000),
        }
        if shape == "session_partial_move":
            names = draw(st.sets(st.sampled_from(sorted(body)), min_size=1, max_size=2))
            body = {name: body[name] for name in sorted(names)}
            return Drawn(
                _op(origin, "update", "session", p.session_id, body), invalid="partial_placement"
            )
        return Drawn(_op(origin, "update", "session", p.session_id, body))
    if shape == "session_status":
        body = {"status": draw(st.sampled_from(["draft", "scheduled", "cancelled"]))}
        return Drawn(_op(origin, "update", "session", p.session_id, body))
    if shape == "room_update":
        body = {"changeover_min": draw(st.sampled_from([0, 15, 30])), "capacity": 350}
        return Drawn(_op(origin, "update", "room", p.room_id, body))
    if shape == "speaker_availability":
        window = {"start": iso_utc(NOW_MS), "end": iso_utc(NOW_MS + 3_600_000)}
        body = {"windows": json.dumps([window])}
        target = draw(st.sampled_from(p.attendees))
        return Drawn(_op(origin, "insert", "speaker_availability", target, body))
    if shape == "rule_severity":
        rule = draw(st.sampled_from(["room_overlap", "over_capacity"]))
        body = {
            "event_id": p.event_id,
            "rule": rule,
            "severity": draw(st.sampled_from(["block", "warn", "off"])),
        }
        row_id = schedule_store.rule_severity_id(p.event_id, rule)
        return Drawn(_op(origin, "insert", "rule_severity", row_id, body))
    if shape == "schedule_source":  # where an imported session came from (schedule_io)
        key = f"guid-{next(_counter)}"
        body = {
            "event_id": p.event_id,
            "kind": "session",
            "source_key": key,
            "local_id": p.session_id,
            "origin": "schedule:democon",
        }
        row_id = schedule_io_store.source_id(p.event_id, "session", key)
        return Drawn(_op(origin, "insert", "schedule_source", row_id, body))
    if shape == "release":
        stamp_op = _op(origin, "event", "schedule_release", new_id, {})
        body = {
            "event_id": p.event_id,
            "item_count": 0,
            "device_id": origin,
            "hlc": stamp_op.hlc,
            "wall_time": iso_utc(NOW_MS),
        }
        return Drawn(
            Op(stamp_op.op_id, origin, stamp_op.hlc, "event", "schedule_release", new_id, body)
        )
    if shape == "release_item":
        body = {"release_id": p.release_id, "session_id": uuid7(NOW_MS), "fields": "{}"}
        return Drawn(_op(origin, "event", "schedule_release_item", new_id, body))
    if shape == "stream_slot_insert":
        body = {"session_id": p.session_id, "channel_id": p.channel_id, "pre_roll_min": 15}
        return Drawn(_op(origin, "insert", "stream_slot", new_id, body))
    if shape == "stream_slot_status":
        body = {"status": draw(st.sampled_from(["planned", "testing", "live", "complete"]))}
        return Drawn(_op(origin, "update", "stream_slot", p.slot_id, body))
    if shape == "stream_status_change":
        stamp_op = _op(origin, "event", "stream_status_change", new_id, {})
        body = {
            "slot_id": p.slot_id,
            "from_status": "planned",
            "to_status": "testing",
            "device_id": origin,
            "hlc": stamp_op.hlc,
            "wall_time": iso_utc(NOW_MS),
        }
        return Drawn(
            Op(stamp_op.op_id, origin, stamp_op.hlc, "event", "stream_status_change", new_id, body)
        )
    if shape == "stream_settings":
        body = {"pre_roll_min": draw(st.sampled_from([0, 10, 20])), "post_roll_min": 5}
        return Drawn(_op(origin, "insert", "stream_settings", p.event_id, body))
    if shape == "stream_channel_update":
        body = {"caption_target": "captions/ch1"}
        return Drawn(_op(origin, "update", "stream_channel", p.channel_id, body))
    if shape == "room_insert":
        body = {"event_id": p.event_id, "name": f"Room {next(_counter)}", "capacity": 40}
        return Drawn(_op(origin, "insert", "room", new_id, body))
    if shape == "conflict_update":
        return Drawn(_op(origin, "update", "conflict", p.conflict_id, {"resolved": 1}))
    if shape == "conflict_insert":
        body = {
            "kind": "invariant",
            "code": "room_overlap",
            "entity": "session",
            "row_id": p.session_id,
            "detected_at": iso_utc(NOW_MS),
        }
        return Drawn(_op(origin, "insert", "conflict", new_id, body))
    if shape == "device_update":
        return Drawn(_op(origin, "update", "device", _device_id(p, "gate"), {"revoked": 1}))
    if shape == "device_replica":
        body = {"device_id": _device_id(p, pusher), "bound_at": iso_utc(NOW_MS)}
        return Drawn(_op(origin, "insert", "device_replica", uuid7(NOW_MS), body))
    assert shape == "signing_key_update"
    return Drawn(
        _op(
            origin,
            "update",
            "signing_key",
            p.keys["desk-b"].key_id,
            {"revoked_from": iso_utc(NOW_MS)},
        )
    )


_DEVICE_IDS: dict[tuple[Path, str], str] = {}


def _device_id(p: Prepared, name: str) -> str:
    key = (p.path, name)
    if key not in _DEVICE_IDS:
        replica = Replica.open(p.path, FakeClock(NOW_MS))
        try:
            _DEVICE_IDS[key] = replica.conn.execute(
                "SELECT id FROM device WHERE name = ?", (name,)
            ).fetchone()[0]
        finally:
            replica.close()
    return _DEVICE_IDS[key]


def _inside(role: str, drawn: Drawn) -> bool:
    """Whether the table lets ``role`` make the op: a grant covers it and its scope holds
    (the scope's truth taken from how the op was drawn)."""
    facts = {"": True, "own_desk_key": drawn.own_key, "replaced_badge": drawn.replaced}
    return any(facts[g.scope] for g in grants_for(role, drawn.op))


@settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_op_inside_the_table_applies_and_any_other_is_refused(
    prepared: Prepared, tmp_path: Path, data: st.DataObject
) -> None:
    pusher = data.draw(st.sampled_from(sorted(prepared.devices)), label="device")
    role = prepared.devices[pusher]
    origin = uuid7(NOW_MS)
    drawn = data.draw(drawn_ops(prepared, pusher, origin), label="op")
    path = tmp_path / f"hub-{next(_counter)}.db"
    shutil.copyfile(prepared.path, path)
    hub = HubLog.open(path, FakeClock(NOW_MS + 1))
    try:
        before = canonical_dump(hub.conn)
        (outcome,) = hub.push(origin, role, pusher, [(1, drawn.op)]).outcomes
        inside = _inside(role, drawn)
        if inside and drawn.invalid:
            assert (outcome.status, outcome.code) == ("rejected", drawn.invalid), outcome
            assert canonical_dump(hub.conn) == before
        elif inside:
            assert outcome.status == "applied", (role, drawn, outcome)
        else:
            assert outcome.status == "rejected", (role, drawn, outcome)
            assert outcome.code in {"role_forbidden", "hub_only", "key_hub_only"}, outcome
            assert outcome.detail
            assert canonical_dump(hub.conn) == before
    finally:
        hub.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)


@pytest.mark.parametrize("role", ROLES)
def test_the_table_has_every_role(role: str) -> None:
    from wufops.sync.roles import PERMISSIONS

    assert PERMISSIONS[role]


@pytest.mark.parametrize(
    ("entity", "kind", "body"),
    [
        ("session", "update", {"room_id": "r", "starts_at": "a", "ends_at": "b"}),
        ("session", "update", {"status": "scheduled"}),
        ("room", "update", {"changeover_min": 30, "availability": "[]", "capacity": 90}),
        ("speaker_availability", "insert", {"windows": "[]"}),
        ("rule_severity", "update", {"severity": "off"}),
        ("schedule_source", "insert", {"kind": "session", "source_key": "k", "local_id": "s"}),
        ("schedule_source", "update", {"local_id": "s", "origin": "schedule:democon"}),
        ("schedule_release", "event", {"event_id": "e", "item_count": 0}),
        ("schedule_release_item", "event", {"release_id": "r", "session_id": "s"}),
        ("stream_channel", "update", {"caption_target": "captions/ch1"}),
        ("stream_slot", "insert", {"session_id": "s", "channel_id": "c"}),
        ("stream_slot", "update", {"status": "live"}),
        ("stream_slot", "update", {"pre_roll_min": None, "sign_languages": '["ils"]'}),
        ("stream_settings", "insert", {"pre_roll_min": 15, "post_roll_min": 5}),
        (
            "stream_status_change",
            "event",
            {"slot_id": "t", "from_status": "planned", "to_status": "live"},
        ),
    ],
)
def test_only_coordinators_and_admins_edit_the_schedule_and_streams(
    entity: str, kind: OpKind, body: dict[str, JsonValue]
) -> None:
    from wufops.sync.roles import authorize

    op = Op("op", "dev", 1, kind, entity, "row", body)
    assert authorize("coordinator", op) is None
    assert authorize("admin", op) is None
    for role in ("desk", "gate"):
        refusal = authorize(role, op)
        assert refusal is not None and refusal.code == "role_forbidden", (role, refusal)
