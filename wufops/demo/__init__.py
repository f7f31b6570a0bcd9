"""The WUF-scale demo event: one seeded, realistic event written through the op log.

    summary = generate(Path("demo.db"), seed=13, attendees=37_000)

The same seed always gives the same rows (``wufops.store.apply.canonical_dump`` is equal):
every random choice comes from RNGs seeded with ``seed``, row ids are UUIDv7-shaped ids drawn
from them, and the replica runs on a ``FakeClock`` with a fixed start, so HLCs repeat too.
Only the device id and op ids (outside the dump) differ between runs.

What it holds — the choices are documented in docs/demo-data.md:
``people`` (attendees: categories, countries, names in their own scripts), ``venue`` (40
rooms), ``program`` (700+ sessions, some unplaced, speakers' availability, seeded
conflicts), ``streams`` (8 channels and their slots),
``providers`` (60 interpreters and captioners), ``arrivals`` (devices, and the badge
pickups, entries and prints of the day before and the first morning, for the operations
dashboard).

Every demo name: ``wufops.demo.names.all_name_samples()`` lists every given and family name
of every pool in its native script with its Latin transliteration — render those to prove a
badge layout can show every name the demo can produce.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from wufops.clock import FakeClock, parse_iso_utc
from wufops.demo.arrivals import Person, make_arrivals
from wufops.demo.calendar import DAYS, EVENT_NAME, FIRST_DAY, TIMEZONE, VENUE, day
from wufops.demo.people import DEFAULT_ATTENDEES, make_people
from wufops.demo.program import (
    cast_speakers,
    declare_availability,
    make_program,
    make_unscheduled,
    seed_conflicts,
)
from wufops.demo.providers import make_providers
from wufops.demo.rows import Ids, Row
from wufops.demo.streams import make_streams
from wufops.demo.venue import make_rooms
from wufops.errors import CodedError
from wufops.store.entities import EVENTS
from wufops.store.replica import Replica

__all__ = [
    "DEFAULT_ATTENDEES",
    "DEFAULT_SEED",
    "DemoError",
    "DemoSummary",
    "Row",
    "generate",
    "plan",
]

DEFAULT_SEED = 13
MAX_ATTENDEES = 1_000_000
#: the demo's writes happen "at" this instant (registration closed before the forum)
CLOCK_START = "2026-05-01T06:00:00.000Z"
BATCH_ROWS = 5_000
#: rows between two progress reports
PROGRESS_ROWS = 500

Progress = Callable[[int, int], None]


class DemoError(CodedError):
    """The demo cannot be generated as asked; ``code`` is stable, ``detail`` says why."""


@dataclass(frozen=True)
class DemoSummary:
    event_id: str
    attendees: int
    countries: int
    rooms: int
    sessions: int
    channels: int
    providers: int
    seconds: float
    #: the arrival history (wufops.demo.arrivals): check-in events and print events
    checkins: int = 0
    prints: int = 0


def _rng(seed: int, part: str) -> random.Random:
    # a string seed is hashed with SHA-512: stable across runs and Python versions
    return random.Random(f"wufops-demo:{seed}:{part}")


def plan(
    seed: int = DEFAULT_SEED,
    attendees: int = DEFAULT_ATTENDEES,
    *,
    access_shortfall: bool = False,
) -> tuple[list[Row], DemoSummary]:
    """Every row of the demo event, in insert order (parents first), without writing them;
    the summary's ``seconds`` is 0. ``generate`` writes exactly these rows.
    ``access_shortfall``: a short-staffed interpreting and captioning team that cannot cover
    the programme (``wufops.demo.providers``)."""
    ids = Ids(_rng(seed, "ids"), parse_iso_utc(CLOCK_START))
    event_id = ids.next()
    event = Row(
        "event",
        event_id,
        {
            "name": EVENT_NAME,
            "venue": VENUE,
            "timezone": TIMEZONE,
            "first_day": FIRST_DAY.isoformat(),
            "last_day": day(DAYS - 1).isoformat(),
        },
    )
    people = make_people(_rng(seed, "people"), ids, event_id, attendees)
    rooms, room_rows = make_rooms(_rng(seed, "rooms"), ids, event_id)
    program_rng = _rng(seed, "program")
    sessions = make_program(program_rng, ids, rooms)
    cast_speakers(program_rng, sessions, people)
    seeded = seed_conflicts(program_rng, sessions)
    availability_rows = declare_availability(program_rng, sessions, people, seeded)
    channels, stream_rows = make_streams(ids, event_id, sessions)
    provider_rows = make_providers(
        _rng(seed, "providers"), ids, event_id, shortfall=access_shortfall
    )
    unscheduled = make_unscheduled(_rng(seed, "unscheduled"), ids, event_id, len(sessions), people)
    history = make_arrivals(
        _rng(seed, "arrivals"),
        Ids(_rng(seed, "arrival-ids"), parse_iso_utc(CLOCK_START)),
        [
            Person(r.row_id, str(r.fields["category"]), str(r.fields.get("latin_family", "")))
            for r in people.rows
        ],
    )
    rows = [
        event,
        *people.rows,
        *room_rows,
        *(s.to_row(event_id) for s in sessions),
        *unscheduled,
        *availability_rows,
        *stream_rows,
        *provider_rows,
        *history.rows,
    ]
    summary = DemoSummary(
        event_id=event_id,
        attendees=len(people.rows),
        countries=len({r.fields["country"] for r in people.rows}),
        rooms=len(room_rows),
        sessions=len(sessions) + len(unscheduled),
        channels=channels,
        providers=len(provider_rows),
        seconds=0.0,
        checkins=history.checkins,
        prints=history.prints,
    )
    return rows, summary


def _check_target(path: Path) -> None:
    if path.is_dir():
        raise DemoError("target_is_directory", f"{path} is a directory; name a .db file")
    if path.exists() and path.stat().st_size > 0:
        raise DemoError(
            "target_exists",
            f"{path} already exists and is not empty; remove it or choose another file",
        )
    if not path.parent.is_dir():
        raise DemoError("no_such_directory", f"{path.parent} does not exist")


def generate(
    path: Path,
    *,
    seed: int = DEFAULT_SEED,
    attendees: int = DEFAULT_ATTENDEES,
    progress: Progress | None = None,
    access_shortfall: bool = False,
) -> DemoSummary:
    """Write the demo event to a new database at ``path`` and summarise it.

    Refuses (``DemoError``, code ``target_exists``) to touch a file that already holds data.
    Writes to a temporary file beside ``path`` and renames it into place, so ``path`` never
    holds half an event. ``progress(done, total)`` is called as rows are written.
    ``access_shortfall``: too few interpreters and captioners for the programme (:func:`plan`).
    """
    started = time.perf_counter()
    path = Path(path)
    if not 1 <= attendees <= MAX_ATTENDEES:
        raise DemoError(
            "bad_attendee_count", f"attendees must be 1 … {MAX_ATTENDEES:,}, not {attendees}"
        )
    _check_target(path)
    rows, summary = plan(seed, attendees, access_shortfall=access_shortfall)
    handle, scratch_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    scratch = Path(scratch_name)
    try:
        _write(scratch, rows, progress)
        _check_target(path)  # nobody wrote there meanwhile
        os.replace(scratch, path)
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(scratch) + suffix).unlink(missing_ok=True)
    return DemoSummary(**{**summary.__dict__, "seconds": time.perf_counter() - started})


def _write(scratch: Path, rows: list[Row], progress: Progress | None) -> None:
    clock = FakeClock(parse_iso_utc(CLOCK_START))
    replica = Replica.open(scratch, clock)
    try:
        total = len(rows)
        if progress is not None:
            progress(0, total)
        for first in range(0, total, BATCH_ROWS):
            chunk = rows[first : first + BATCH_ROWS]
            with replica.batch() as batch:
                # set-wise, a report's worth of one entity at a time: one insert op per row,
                # as ``batch.insert`` writes it (``Batch.insert_many``); events one by one
                for start in range(0, len(chunk), PROGRESS_ROWS):
                    part = chunk[start : start + PROGRESS_ROWS]
                    for entity, run in groupby(part, key=lambda row: row.entity):
                        if entity in EVENTS:
                            for row in run:
                                batch.event(entity, row.fields, row_id=row.row_id)
                        else:
                            batch.insert_many(entity, [(row.row_id, row.fields) for row in run])
                    done = first + start + len(part)
                    if progress is not None and done % PROGRESS_ROWS == 0 and done < total:
                        progress(done, total)
            clock.advance(len(chunk))
    finally:
        replica.close()
    if progress is not None:
        progress(total, total)
