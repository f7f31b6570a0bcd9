"""From a parsed schedule document to what an import adds, changes and removes, and writing
it — in one transaction, through the op log — or, for ``--dry-run``, only saying it.

**Matching (idempotent by the source's GUID).** A document's session is the event's session
that the ``schedule_source`` link of its GUID names; else the session whose own id is the GUID
(our own export imported back); else the session an earlier import created for it (its id is
name-based); else it is new. A changed title, time, room, speaker list… updates that same
session. Sessions an earlier import of the **same origin** brought in and the document no
longer holds are removed: cancelled (they stay, so a later import can bring them back).
Sessions made here, or by another origin, are never removed by an import.

**Fields.** An import writes what its format carries (``Document.carries``) and leaves the
rest as it is: a session's expected audience, format, access services and the fields its
format lacks are untouched. A new placed session is ``scheduled``; one the source gives no
room is an unplaced ``draft`` asking for its length. A session removed earlier comes back
``scheduled``. A placement is written as one value (room, start and end,
``wufops.store.schedule.write_placement``).

**Rooms.** The room an earlier import linked the source's room GUID to, else the event's
room of that name (case ignored); an unknown room is created — with the capacity the source
gives, else 1 (a coordinator sets the real one; the report lists them) — and linked to its
source GUID when the source gave it one of its own.

**Speakers** are attendees (``session.speakers``). A person is the attendee a link of one of
their keys names (GUID, pretalx code, frab id, name — :class:`~.model.Person`); else, for
our own exports, the attendee whose export GUID it is; else the attendee with their e-mail;
else a new attendee: category ``speaker``, the name as given (given name, as the attendee
import does for a full name), country ``ZZ`` (ISO 3166 user-assigned: unknown — the schedule
formats carry no country), registration code ``SPK-…``. Existing attendees are never changed.

**Refusals** (nothing is written): ``outside_event`` (a session outside the event's days),
``room_name_taken`` (a new room's name belongs to another event), ``role_forbidden`` (this
device's role may not make some of the writes: the hub would refuse them).

**Types.** The source's type text is mapped to a WUF session type by its words
(:func:`wufops.schedule_io.plan.session_type`).
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from wufops.models.schedule import Placement, from_iso
from wufops.schedule_io.model import Document, Entry, ImportRefused, Person
from wufops.schedule_io.plan import NewRoom, NewSpeaker, Plan, SessionPlan, session_type
from wufops.store import schedule as schedule_store
from wufops.store import schedule_io as store
from wufops.store.replica import Batch, Replica
from wufops.sync.ops import JsonValue
from wufops.sync.roles import authorize

#: country of an attendee created for a speaker: ISO 3166-1 user-assigned code for "unknown"
UNKNOWN_COUNTRY = "ZZ"
#: capacity of a room created for a source that gives none (a coordinator sets the real one)
UNKNOWN_CAPACITY = 1

# -- planning --------------------------------------------------------------------------------


def plan_import(conn: sqlite3.Connection, document: Document, event_id: str | None = None) -> Plan:
    """What importing ``document`` into the event would do; reads only. Raises
    :class:`ImportRefused` (``outside_event``, ``room_name_taken``, ``empty_schedule``) and
    the store's ``unknown_event``/``event_ambiguous``."""
    if not document.entries:
        raise ImportRefused("empty_schedule", "the file holds no session to import")
    try:
        event = schedule_store.event_info(conn, event_id)
    except schedule_store.ScheduleStoreError as error:
        if error.code != "no_event" or event_id is not None:
            raise
        return _plan(conn, document, None)
    return _plan(
        conn, document, (event.id, event.name, event.timezone, event.first_day, event.last_day)
    )


def _new_event(document: Document) -> tuple[str, str, str, str, str, dict[str, JsonValue]]:
    conf = document.conference
    zone_name = conf.time_zone or "UTC"
    zone = ZoneInfo(zone_name)
    days = [d for d in (conf.first_day, conf.last_day) if d is not None]
    days += [_local_day(e.start_ms, zone) for e in document.entries if e.start_ms is not None]
    if not days:
        raise ImportRefused("missing_field", "the schedule says on which days it runs")
    first, last = min(days), max(days)
    event_id = store.imported_id("", "event", document.origin)
    name = (conf.title or conf.acronym or "Imported schedule")[:200]
    fields: dict[str, JsonValue] = {
        "name": name,
        "venue": "",
        "timezone": zone_name,
        "first_day": first.isoformat(),
        "last_day": last.isoformat(),
    }
    return event_id, name, zone_name, first.isoformat(), last.isoformat(), fields


def _local_day(ms: int, zone: ZoneInfo) -> date:
    return datetime.fromtimestamp(ms / 1000, tz=zone).date()


def _plan(
    conn: sqlite3.Connection,
    document: Document,
    event: tuple[str, str, str, str, str] | None,
) -> Plan:
    new_event: dict[str, JsonValue] | None = None
    if event is None:
        event_id, name, zone_name, first, last, new_event = _new_event(document)
    else:
        event_id, name, zone_name, first, last = event
    zone = ZoneInfo(zone_name)
    if new_event is None:
        _check_days(document, zone, date.fromisoformat(first), date.fromisoformat(last))
    rooms, room_ids = _plan_rooms(conn, document, event_id, new_event is not None)
    persons, speakers, matched, person_links, attendees = _plan_people(
        conn, document, event_id, new_event is not None
    )
    rows = schedule_store.session_rows(conn, event_id) if new_event is None else {}
    links = store.links(conn, event_id, "session") if new_event is None else {}
    guids = [e.guid for e in document.entries]
    own = {g for g in guids if g in rows}  # our own sessions, exported and imported back
    added: list[SessionPlan] = []
    changed: list[SessionPlan] = []
    inserts: dict[str, dict[str, JsonValue]] = {}
    updates: dict[str, dict[str, JsonValue]] = {}
    session_links: list[tuple[str, str]] = []
    types: Counter[tuple[str, str]] = Counter()
    unchanged = 0
    carries = document.carries
    for entry in document.entries:
        kind = session_type(entry.type)
        types[(entry.type, kind)] += 1
        sid = _match(entry.guid, event_id, links, rows, own)
        target = _target(entry, kind, room_ids, persons)
        plan_item = SessionPlan(
            sid,
            entry.guid,
            entry.title,
            entry.room,
            entry.start_ms,
            entry.end_ms,
            where=str(entry.where),
        )
        if sid not in rows:
            inserts[sid] = {
                "event_id": event_id,
                **target,
                "status": "scheduled" if entry.start_ms is not None else "draft",
                "duration_min": entry.duration_min,
            }
            added.append(plan_item)
        else:
            diff = _diff(rows[sid], target, carries, entry)
            if diff:
                updates[sid] = diff
                names = sorted(
                    {"placement" if k in _PLACEMENT else k for k in diff} - {"duration_min"}
                )
                changed.append(
                    SessionPlan(
                        sid,
                        entry.guid,
                        entry.title,
                        entry.room,
                        entry.start_ms,
                        entry.end_ms,
                        tuple(names),
                        str(entry.where),
                    )
                )
            else:
                unchanged += 1
        link = links.get(entry.guid)
        if sid not in own and (
            link is None or link.local_id != sid or link.origin != document.origin
        ):
            session_links.append((entry.guid, sid))
    present = set(guids)
    removed = []
    room_names = (
        {rid: r.name for rid, r in schedule_store.load_rooms(conn, event_id).items()}
        if links
        else {}
    )
    for key, link in sorted(links.items()):
        row = rows.get(link.local_id)
        if (
            link.origin == document.origin
            and key not in present
            and row is not None
            and row.get("status") != "cancelled"
            and link.local_id not in updates
            and link.local_id not in inserts
        ):
            start, end = row.get("starts_at"), row.get("ends_at")
            removed.append(
                SessionPlan(
                    link.local_id,
                    key,
                    str(row.get("title") or ""),
                    room_names.get(str(row.get("room_id"))),
                    from_iso(start) if isinstance(start, str) else None,
                    from_iso(end) if isinstance(end, str) else None,
                    ("status",),
                )
            )
    return Plan(
        document=document,
        event_id=event_id,
        event_name=name,
        zone=zone,
        new_event=new_event,
        rooms=tuple(rooms),
        speakers=tuple(speakers),
        speakers_matched=matched,
        added=tuple(added),
        changed=tuple(changed),
        removed=tuple(removed),
        unchanged=unchanged,
        types=dict(types),
        _inserts=inserts,
        _updates=updates,
        _session_links=tuple(session_links),
        _person_links=tuple(person_links),
        _attendees=attendees,
    )


_PLACEMENT = ("room_id", "starts_at", "ends_at")


def _check_days(document: Document, zone: ZoneInfo, first: date, last: date) -> None:
    # a session starting before 04:00 after the last day still belongs to it (a reception)
    latest = datetime.combine(last + timedelta(days=1), datetime.min.time(), tzinfo=zone)
    latest += timedelta(hours=4)
    earliest = datetime.combine(first, datetime.min.time(), tzinfo=zone)
    for entry in document.entries:
        if entry.start_ms is None:
            continue
        moment = datetime.fromtimestamp(entry.start_ms / 1000, tz=zone)
        if not earliest <= moment < latest:
            raise ImportRefused(
                "outside_event",
                f"“{entry.title}” starts {moment:%Y-%m-%d %H:%M} ({zone.key}), outside the "
                f"event's days {first.isoformat()} … {last.isoformat()}: import into the "
                "right event (--event) or change the event's days",
                entry.where,
            )


def _match(
    guid: str,
    event_id: str,
    links: Mapping[str, store.Link],
    rows: Mapping[str, Mapping[str, JsonValue]],
    own: set[str],
) -> str:
    link = links.get(guid)
    if link is not None and link.local_id in rows:
        return link.local_id
    if guid in own:
        return guid
    return store.imported_id(event_id, "session", guid)


def _plan_rooms(
    conn: sqlite3.Connection, document: Document, event_id: str, fresh: bool
) -> tuple[list[NewRoom], dict[str, str]]:
    """The rooms to create; case-folded room name -> room id for every room the sessions
    use. A room is the one its source GUID was linked to by an earlier import, else the
    event's room of that name, else a new one."""
    by_name = {} if fresh else store.room_ids_by_name(conn, event_id)
    linked = {} if fresh else store.links(conn, event_id, "room")
    alive = set(by_name.values())
    taken = store.room_names_taken(conn)
    listed = {r.name.casefold(): r for r in document.rooms}
    new: list[NewRoom] = []
    ids: dict[str, str] = {}
    for entry in document.entries:
        if entry.room is None:
            continue
        folded = entry.room.casefold()
        if folded in ids:
            continue
        source = listed.get(folded)
        guid = source.guid if source is not None else None
        link = linked.get(guid) if guid else None
        if link is not None and link.local_id in alive:
            ids[folded] = link.local_id
            continue
        if folded in by_name:
            ids[folded] = by_name[folded]
            continue
        if folded in taken:
            raise ImportRefused(
                "room_name_taken",
                f"a room called {entry.room!r} belongs to another event in this database",
                entry.where,
            )
        capacity = source.capacity if source is not None else None
        room_id = store.imported_id(event_id, "room", folded)
        new.append(
            NewRoom(room_id, entry.room, capacity or UNKNOWN_CAPACITY, capacity is not None, guid)
        )
        ids[folded] = room_id
    return new, ids


def _plan_people(
    conn: sqlite3.Connection, document: Document, event_id: str, fresh: bool
) -> tuple[
    dict[str, str],
    list[NewSpeaker],
    int,
    list[tuple[str, str]],
    dict[str, dict[str, JsonValue]],
]:
    """person key -> attendee id for every person of the document; the speakers to create;
    how many were found; the links to write; the attendee rows to insert."""
    everyone: dict[str, Person] = {}
    for entry in document.entries:
        for p in entry.persons:
            everyone.setdefault(p.key, p)
    links = {} if fresh else store.links(conn, event_id, "person")
    linked_ids = {link.local_id for link in links.values()}
    alive = store.existing(conn, "attendee", linked_ids) if linked_ids else set()
    own_guids: dict[str, str] = {}
    if not fresh:
        for attendee_id in store.speakers_in_sessions(conn, event_id):
            own_guids[str(uuid.uuid5(store.PERSON_NS, attendee_id))] = attendee_id
    emails = {p.email for p in everyone.values() if p.email}
    by_email = store.attendees_by_email(conn, event_id, emails) if emails and not fresh else {}
    out: dict[str, str] = {}
    created: list[NewSpeaker] = []
    rows: dict[str, dict[str, JsonValue]] = {}
    person_links: list[tuple[str, str]] = []
    matched = 0
    candidates = {store.imported_id(event_id, "person", k) for k in everyone}
    already = store.existing(conn, "attendee", candidates) if candidates and not fresh else set()
    for key, p in everyone.items():
        found = next(
            (links[k].local_id for k in p.keys if k in links and links[k].local_id in alive), None
        )
        # a speaker of our own export (their GUID is made from their attendee id): no link
        ours = next(
            (own_guids[k[5:]] for k in p.keys if k.startswith("guid:") and k[5:] in own_guids),
            None,
        )
        found = found or ours
        if found is None and p.email:
            found = by_email.get(p.email)
        if found is None:
            found = store.imported_id(event_id, "person", key)
            if found not in already and found not in rows:
                created.append(NewSpeaker(found, p.name, key, p.email))
                rows[found] = {
                    "event_id": event_id,
                    "reg_code": "SPK-" + uuid.UUID(found).hex[:12].upper(),
                    "given_name": p.name,
                    "family_name": "",
                    "organization": p.organization,
                    "country": UNKNOWN_COUNTRY,
                    "category": "speaker",
                    "email": p.email,
                }
        if found not in rows:
            matched += 1
        out[key] = found
        if ours is not None:
            continue
        for k in p.keys:
            current = links.get(k)
            if not k.startswith("email:") and (current is None or current.local_id not in alive):
                person_links.append((k, found))
    return out, created, matched, person_links, rows


def _target(
    entry: Entry, kind: str, room_ids: Mapping[str, str], persons: Mapping[str, str]
) -> dict[str, JsonValue]:
    speakers: list[str] = []
    for p in entry.persons:
        attendee = persons[p.key]
        if attendee not in speakers:
            speakers.append(attendee)
    fields: dict[str, JsonValue] = {
        "title": entry.title,
        "subtitle": entry.subtitle,
        "abstract": entry.abstract,
        "track": entry.track,
        "url": entry.url,
        "type": kind,
        "floor_languages": json.dumps(list(entry.languages)),
        "speakers": json.dumps(speakers),
        "do_not_record": int(entry.do_not_record),
        "do_not_stream": int(entry.do_not_stream),
    }
    if entry.room is not None and entry.start_ms is not None and entry.end_ms is not None:
        fields.update(
            Placement(room_ids[entry.room.casefold()], entry.start_ms, entry.end_ms).to_fields()
        )
    else:
        fields.update({"room_id": None, "starts_at": None, "ends_at": None})
    return fields


#: document field -> the session columns it writes
_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "title": ("title",),
    "subtitle": ("subtitle",),
    "abstract": ("abstract",),
    "track": ("track",),
    "url": ("url",),
    "type": ("type",),
    "languages": ("floor_languages",),
    "speakers": ("speakers",),
    "do_not_record": ("do_not_record",),
    "do_not_stream": ("do_not_stream",),
    "placement": _PLACEMENT,
}


def _same(column: str, before: JsonValue, after: JsonValue) -> bool:
    if column in ("starts_at", "ends_at"):
        if isinstance(before, str) and isinstance(after, str):
            return from_iso(before) == from_iso(after)
        return bool(before == after)
    if column in ("floor_languages", "speakers"):
        try:
            return bool(json.loads(str(before)) == json.loads(str(after)))
        except ValueError:
            return False
    return bool(before == after)


def _diff(
    row: Mapping[str, JsonValue],
    target: Mapping[str, JsonValue],
    carries: frozenset[str],
    entry: Entry,
) -> dict[str, JsonValue]:
    out: dict[str, JsonValue] = {}
    for name in carries:
        columns = _COLUMNS[name]
        if any(not _same(c, row.get(c), target[c]) for c in columns):
            out.update({c: target[c] for c in columns})
    if row.get("status") == "cancelled":
        out["status"] = "scheduled" if entry.start_ms is not None else "draft"
    elif (
        "room_id" in out
        and out["room_id"] is None
        and row.get("status") in ("scheduled", "released")
    ):
        out["status"] = "draft"  # only placed sessions are scheduled
    if "room_id" in out and out["room_id"] is None and entry.duration_min:
        out["duration_min"] = entry.duration_min
    return out


# -- writing ---------------------------------------------------------------------------------


def apply_plan(batch: Batch, plan: Plan) -> None:
    """Write ``plan`` in the caller's transaction (:func:`run_import` does it all)."""
    origin = plan.document.origin
    event_id = plan.event_id
    if plan.new_event is not None:
        store.insert_row(batch, "event", event_id, plan.new_event)
    for room in plan.rooms:
        store.insert_row(
            batch,
            "room",
            room.room_id,
            {"event_id": event_id, "name": room.name, "capacity": room.capacity},
        )
        if room.guid:
            store.write_link(
                batch, event_id, "room", room.guid, local_id=room.room_id, origin=origin
            )
    for attendee_id, fields in plan._attendees.items():
        store.insert_row(batch, "attendee", attendee_id, fields)
    for key, attendee_id in plan._person_links:
        store.write_link(batch, event_id, "person", key, local_id=attendee_id, origin=origin)
    for session_id, fields in plan._inserts.items():
        store.insert_row(batch, "session", session_id, fields)
    for session_id, fields in plan._updates.items():
        if "room_id" in fields:
            room_id, starts, ends = fields["room_id"], fields["starts_at"], fields["ends_at"]
            placement = (
                Placement(str(room_id), from_iso(str(starts)), from_iso(str(ends)))
                if room_id is not None
                else None
            )
            schedule_store.write_placement(batch, session_id, placement)
        rest = {k: v for k, v in fields.items() if k not in _PLACEMENT}
        if rest:
            batch.update("session", session_id, rest)
    for item in plan.removed:
        schedule_store.write_status(batch, item.session_id, "cancelled")
    for key, session_id in plan._session_links:
        store.write_link(batch, event_id, "session", key, local_id=session_id, origin=origin)


def check_role(conn: sqlite3.Connection, batch: Batch) -> None:
    """Refuse (``role_forbidden``) when this device's role may not make one of the batch's
    writes: the hub would refuse it, and the import would stand half-done on the others."""
    role = store.device_role(conn)
    if not role:
        return  # a device that never met a hub: its own file, any write
    refused = Counter(
        f"{op.kind} {op.entity}" for op in batch.ops if authorize(role, op) is not None
    )
    if refused:
        what = ", ".join(f"{n} × {k}" for k, n in sorted(refused.items()))
        hint = (
            " (new speakers are attendees: register them first, or import on an admin device)"
            if any("attendee" in k for k in refused)
            else ""
        )
        raise ImportRefused(
            "role_forbidden", f"a {role} device may not make these writes: {what}{hint}"
        )


def run_import(
    replica: Replica, document: Document, *, event_id: str | None = None, dry_run: bool = False
) -> Plan:
    """Import ``document``: plan it and, unless ``dry_run``, write it in one transaction
    (through the op log, so it syncs). A refusal writes nothing."""
    if dry_run:
        return plan_import(replica.conn, document, event_id)
    with replica.batch() as batch:
        plan = plan_import(replica.conn, document, event_id)
        apply_plan(batch, plan)
        check_role(replica.conn, batch)
    return plan


def summary_counts(plan: Plan) -> dict[str, int]:
    return {
        "added": len(plan.added),
        "changed": len(plan.changed),
        "removed": len(plan.removed),
        "unchanged": plan.unchanged,
        "rooms_added": len(plan.rooms),
        "speakers_added": len(plan.speakers),
    }


__all__: Sequence[str] = (
    "UNKNOWN_CAPACITY",
    "UNKNOWN_COUNTRY",
    "Plan",
    "SessionPlan",
    "apply_plan",
    "plan_import",
    "run_import",
    "session_type",
)
