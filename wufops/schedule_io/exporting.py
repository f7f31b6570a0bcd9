"""What an export holds, whatever its format: :class:`ExportSchedule`, built from the database
by :func:`load`, narrowed by :meth:`ExportSchedule.subset`, written by the format modules
(:func:`wufops.schedule_io.render`).

**Contents.** Every placed session that is not cancelled (drafts included), or with
``released=True`` the sessions of the last release as they were released. Each carries the
GUID it came with (an imported session keeps its source's; our own sessions use their id),
a stable integer number (from the GUID: the same in every export and every subset), a slug,
an absolute URL (the source's page; else ``base_url`` + slug; else ``urn:uuid:<guid>``), its
room's name and its speakers by name with a GUID — never an e-mail.

**Version.** ``version`` is the release version the export shows (``--released``: that
release's; otherwise the newest release's), ``version_label`` says whether the working
schedule differs from it (``"3"``, or ``"3+draft"``; ``"0+draft"`` before any release).

**For other exports (streams, channels).** Build once with :func:`load`, then
``schedule.subset(session_ids, title="WUF13 — Channel 1")`` keeps only those sessions under
another title; every writer (``render("json"|"xml"|"ical"|"csv", subset)``) takes it as is.
"""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from anyascii import anyascii

import wufops
from wufops.errors import CodedError
from wufops.models.schedule import RELEASABLE, from_iso
from wufops.schedule.release import changes_since, current_version, released_sessions
from wufops.store import schedule as schedule_store
from wufops.store import schedule_io as store
from wufops.sync.ops import JsonValue

#: a schedule day runs from 04:00 to 03:59 the next morning (frab's and pretalx's convention):
#: a reception running past midnight belongs to the evening it started
DAY_CHANGE = time(4, 0)
_SLUG_CUT = 48
_ACRONYM = re.compile(r"[a-z0-9_]{4,}\Z")


class ExportError(CodedError):
    """An export that cannot be made as asked (stable ``code``)."""


@dataclass(frozen=True)
class ExportPerson:
    name: str
    guid: str
    attendee_id: str


@dataclass(frozen=True)
class ExportSession:
    id: str
    guid: str
    number: int
    slug: str
    title: str
    start_ms: int
    end_ms: int
    room: str
    room_id: str
    type: str
    status: str
    url: str
    subtitle: str = ""
    abstract: str = ""
    track: str = ""
    languages: tuple[str, ...] = ()
    persons: tuple[ExportPerson, ...] = ()
    do_not_record: bool = False
    do_not_stream: bool = False
    format: str = "in_person"
    expected_audience: int = 0
    access_required: tuple[str, ...] = ()

    @property
    def minutes(self) -> int:
        return (self.end_ms - self.start_ms) // 60_000

    @property
    def duration_text(self) -> str:
        """``HH:MM``, as the frab formats write a duration."""
        return f"{self.minutes // 60:02d}:{self.minutes % 60:02d}"


@dataclass(frozen=True)
class ExportRoom:
    name: str
    guid: str
    capacity: int


@dataclass(frozen=True)
class ExportDay:
    index: int
    date: date
    start_ms: int
    end_ms: int
    sessions: tuple[ExportSession, ...]


@dataclass(frozen=True)
class ExportSchedule:
    """An export's contents (see the module docstring)."""

    event_id: str
    title: str
    acronym: str
    zone: ZoneInfo
    first_day: date
    last_day: date
    version: int
    version_label: str
    sessions: tuple[ExportSession, ...]
    room_info: Mapping[str, ExportRoom] = field(default_factory=dict)
    base_url: str = ""
    released: bool = False
    generator_version: str = wufops.__version__

    def subset(
        self, keep: Iterable[str] | Callable[[ExportSession], bool], *, title: str | None = None
    ) -> ExportSchedule:
        """Only the sessions ``keep`` names (ids) or accepts, optionally under another title.
        Numbers, GUIDs and slugs stay what they are in the whole export."""
        if callable(keep):
            chosen = tuple(s for s in self.sessions if keep(s))
        else:
            ids = set(keep)
            chosen = tuple(s for s in self.sessions if s.id in ids)
        return replace(self, sessions=chosen, title=title or self.title)

    def rooms(self) -> list[ExportRoom]:
        """The rooms the sessions use, by name."""
        used = {s.room_id for s in self.sessions}
        return sorted((r for rid, r in self.room_info.items() if rid in used), key=lambda r: r.name)

    def local(self, ms: int) -> datetime:
        return datetime.fromtimestamp(ms / 1000, tz=self.zone)

    def local_iso(self, ms: int) -> str:
        """``2026-05-18T10:00:00+04:00``: the event's local time with its UTC offset."""
        return self.local(ms).isoformat(timespec="seconds")

    def local_hhmm(self, ms: int) -> str:
        return self.local(ms).strftime("%H:%M")

    def day_of(self, ms: int) -> date:
        """The schedule day an instant belongs to (days change at :data:`DAY_CHANGE`)."""
        moment = self.local(ms)
        return (moment - timedelta(hours=DAY_CHANGE.hour, minutes=DAY_CHANGE.minute)).date()

    def span(self) -> tuple[date, date]:
        """First and last day: the event's, widened to any session outside them."""
        first, last = self.first_day, self.last_day
        for s in self.sessions:
            day = self.day_of(s.start_ms)
            first, last = min(first, day), max(last, day)
        return first, last

    def days(self) -> list[ExportDay]:
        """Every day of :meth:`span` with its sessions (by start, then room)."""
        first, last = self.span()
        by_day: dict[date, list[ExportSession]] = {}
        for s in self.sessions:
            by_day.setdefault(self.day_of(s.start_ms), []).append(s)
        out = []
        current, index = first, 1
        while current <= last:
            start = datetime.combine(current, DAY_CHANGE, tzinfo=self.zone)
            end = datetime.combine(current + timedelta(days=1), DAY_CHANGE, tzinfo=self.zone)
            listed = sorted(by_day.get(current, ()), key=lambda s: (s.start_ms, s.room, s.guid))
            out.append(
                ExportDay(
                    index,
                    current,
                    _ms(start),
                    _ms(end) - 60_000,
                    tuple(listed),
                )
            )
            current += timedelta(days=1)
            index += 1
        return out


def _ms(moment: datetime) -> int:
    return round(moment.timestamp() * 1000)


def as_guid(text: str) -> str:
    """``text`` if it is a UUID, else a UUID derived from it (the same every time)."""
    try:
        if len(text) == 36:
            return str(uuid.UUID(text))
    except ValueError:
        pass
    return str(uuid.uuid5(store.PERSON_NS, f"id:{text}"))


def acronym_of(name: str, first_day: date) -> str:
    """The c3voc acronym for an event name: lower case, ``[a-z0-9_]``, 4+ characters
    (``WUF13`` → ``wuf13``; too short: the year added)."""
    base = re.sub(r"[^a-z0-9]+", "_", anyascii(name).lower()).strip("_")[:40]
    if not _ACRONYM.match(base):
        base = (base + "_" if base else "event_") + str(first_day.year)
    return base


def slug_of(acronym: str, number: int, title: str) -> str:
    """``wuf13-123456-opening_plenary``: matches both the c3voc JSON pattern and the XSD's."""
    words = re.sub(r"[^a-z0-9]+", "_", anyascii(title).lower()).strip("_")[:_SLUG_CUT]
    words = words.strip("_") or "session"
    return f"{acronym}-{number}-{words}"


def numbers(guids: Iterable[str]) -> dict[str, int]:
    """A stable positive number per GUID (from its bits; the rare clash takes the next free
    number, in GUID order)."""
    taken: set[int] = set()
    out: dict[str, int] = {}
    for key in sorted(set(guids)):
        n = uuid.UUID(key).int % 2_000_000_000 + 1
        while n in taken:
            n = n % 2_000_000_000 + 1
        taken.add(n)
        out[key] = n
    return out


def load(
    conn: sqlite3.Connection,
    event_id: str | None = None,
    *,
    released: bool = False,
    base_url: str = "",
) -> ExportSchedule:
    """What an export of the event holds (see the module docstring). Raises
    ``never_released`` (``released=True`` before any complete release), ``no_event``,
    ``event_ambiguous``."""
    event = schedule_store.event_info(conn, event_id)
    zone = ZoneInfo(event.timezone)
    rows = schedule_store.session_rows(conn, event.id)
    if released:
        release, items = released_sessions(conn, event.id)
        if release is None:
            raise ExportError(
                "never_released", "the schedule was never released: export without --released"
            )
        chosen = {sid: dict(row) for sid, row in items.items()}
        version, label = release.version, str(release.version)
    else:
        chosen = {sid: row for sid, row in rows.items() if _exported(row)}
        version = current_version(conn, event.id)
        _, items = released_sessions(conn, event.id)
        same = (
            bool(items)
            and not changes_since(items, rows)
            and all(row.get("status") in RELEASABLE for row in chosen.values())
        )
        label = str(version) if same else f"{version}+draft"
    rooms = schedule_store.load_rooms(conn, event.id)
    session_links = {
        link.local_id: key for key, link in store.links(conn, event.id, "session").items()
    }
    guids = {sid: as_guid(session_links.get(sid, sid)) for sid in rows.keys() | chosen.keys()}
    numbered = numbers(guids.values())
    person_guid = store.person_guids(conn, event.id)
    speakers = {sid: _speakers(row.get("speakers")) for sid, row in chosen.items()}
    names = store.speaker_names(conn, (p for ids in speakers.values() for p in ids))
    acronym = acronym_of(event.name, date.fromisoformat(event.first_day))
    base = base_url.rstrip("/")
    sessions = []
    for sid, row in chosen.items():
        room_id, starts, ends = row.get("room_id"), row.get("starts_at"), row.get("ends_at")
        if not (isinstance(room_id, str) and isinstance(starts, str) and isinstance(ends, str)):
            continue
        start_ms, end_ms = from_iso(starts), from_iso(ends)
        if end_ms <= start_ms:
            continue
        key = guids[sid]
        number = numbered[key]
        title = str(row.get("title") or "")
        slug = slug_of(acronym, number, title)
        own_url = str(row.get("url") or "")
        room = rooms.get(room_id)
        sessions.append(
            ExportSession(
                id=sid,
                guid=key,
                number=number,
                slug=slug,
                title=title,
                start_ms=start_ms,
                end_ms=end_ms,
                room=room.name if room else room_id,
                room_id=room_id,
                type=str(row.get("type") or ""),
                status=str(row.get("status") or ""),
                url=own_url or (f"{base}/{slug}" if base else f"urn:uuid:{key}"),
                subtitle=str(row.get("subtitle") or ""),
                abstract=str(row.get("abstract") or ""),
                track=str(row.get("track") or ""),
                languages=tuple(_strings(row.get("floor_languages"))),
                persons=tuple(
                    ExportPerson(
                        names.get(p, p),
                        person_guid.get(p) or str(uuid.uuid5(store.PERSON_NS, p)),
                        p,
                    )
                    for p in speakers[sid]
                    if p in names
                ),
                do_not_record=bool(row.get("do_not_record")),
                do_not_stream=bool(row.get("do_not_stream")),
                format=str(row.get("format") or "in_person"),
                expected_audience=int(row.get("expected_audience") or 0),
                access_required=tuple(_services(row.get("access_required"))),
            )
        )
    sessions.sort(key=lambda s: (s.start_ms, s.room, s.guid))
    room_links = {link.local_id: key for key, link in store.links(conn, event.id, "room").items()}
    room_info = {
        rid: ExportRoom(r.name, as_guid(room_links.get(rid, rid)), r.capacity)
        for rid, r in rooms.items()
    }
    return ExportSchedule(
        event_id=event.id,
        title=event.name,
        acronym=acronym,
        zone=zone,
        first_day=date.fromisoformat(event.first_day),
        last_day=date.fromisoformat(event.last_day),
        version=version,
        version_label=label,
        sessions=tuple(sessions),
        room_info=room_info,
        base_url=base_url,
        released=released,
    )


def _exported(row: Mapping[str, JsonValue]) -> bool:
    return (
        row.get("status") != "cancelled"
        and row.get("room_id") is not None
        and row.get("starts_at") is not None
        and row.get("ends_at") is not None
    )


def _speakers(value: JsonValue) -> list[str]:
    out: list[str] = []
    for item in _strings(value):
        if item not in out:
            out.append(item)
    return out


def _strings(value: JsonValue) -> list[str]:
    """A JSON list column (speakers, languages, access services) as strings; junk is
    skipped (a row from another tool must not stop an export)."""
    try:
        data = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return []
    if isinstance(data, list):
        return [
            x if isinstance(x, str) else json.dumps(x, sort_keys=True)
            for x in data
            if x is not None
        ]
    return []


def _services(value: JsonValue) -> list[str]:
    """``[{"service": "captions", "language": "en"}]`` as ``["captions:en"]``."""
    try:
        data = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return []
    out = []
    for item in data if isinstance(data, list) else ():
        if isinstance(item, dict):
            service, language = item.get("service"), item.get("language")
            out.append(f"{service}:{language}" if language else str(service))
        elif isinstance(item, str):
            out.append(item)
    return out


def now_stamp(ms: int) -> datetime:
    """``ms`` as an aware UTC datetime (iCalendar's DTSTAMP)."""
    return datetime.fromtimestamp(ms / 1000, tz=UTC)
