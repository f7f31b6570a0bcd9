"""Every schema change, in order, as sqlite-migrate ``Migrations``.

Rules for adding a migration:
- append a new function; never edit one that has shipped (desks in the field ran it);
- it must upgrade a database that holds data (tests/db/test_migrations.py checks each step);
- constraints stop impossible rows (end before start, unknown category) at the lowest level.

Instants are stored as UTC ISO-8601 text ending in ``Z`` (sortable, readable in the sqlite3
shell); hybrid logical clocks as 64-bit integers (48-bit ms << 16 | 16-bit counter).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

import sqlite_utils
from sqlite_migrate import Migrations

from db.vocabulary import CATEGORIES, SESSION_TYPES

migrations = Migrations("wufops")

#: every migration's name, in order (registered by :func:`step`)
MIGRATION_NAMES: list[str] = []

Step = Callable[[sqlite_utils.Database], None]


def step(migration_set: Migrations, names: list[str]) -> Callable[[Step], Step]:
    """Register a migration function with ``migration_set`` and note its name in ``names``
    (sqlite-migrate keeps its own list private)."""

    def register(fn: Step) -> Step:
        migration_set()(fn)
        names.append(fn.__name__)
        return fn

    return register


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


_INITIAL = f"""
CREATE TABLE event (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    venue TEXT NOT NULL DEFAULT '',
    timezone TEXT NOT NULL,
    first_day TEXT NOT NULL,
    last_day TEXT NOT NULL,
    CHECK (last_day >= first_day)
);

CREATE TABLE attendee (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES event(id),
    reg_code TEXT NOT NULL UNIQUE CHECK (length(reg_code) > 0),
    given_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    latin_given TEXT NOT NULL DEFAULT '',
    latin_family TEXT NOT NULL DEFAULT '',
    organization TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL CHECK (length(country) = 2 AND country = upper(country)),
    category TEXT NOT NULL CHECK (category IN {_in(CATEGORIES)}),
    email TEXT NOT NULL DEFAULT '',
    sign_language TEXT NOT NULL DEFAULT '',
    captions INTEGER NOT NULL DEFAULT 0 CHECK (captions IN (0, 1)),
    step_free INTEGER NOT NULL DEFAULT 0 CHECK (step_free IN (0, 1)),
    assistance INTEGER NOT NULL DEFAULT 0 CHECK (assistance IN (0, 1)),
    attention INTEGER NOT NULL DEFAULT 0 CHECK (attention IN (0, 1)),
    attention_note TEXT NOT NULL DEFAULT '',
    security_hold INTEGER NOT NULL DEFAULT 0 CHECK (security_hold IN (0, 1)),
    photo_ref TEXT NOT NULL DEFAULT '',
    CHECK (length(given_name) + length(family_name) > 0)
);
CREATE INDEX attendee_event ON attendee(event_id);
CREATE INDEX attendee_country ON attendee(country);
CREATE INDEX attendee_category ON attendee(category);

CREATE TABLE badge (
    id TEXT PRIMARY KEY,
    attendee_id TEXT NOT NULL REFERENCES attendee(id),
    serial INTEGER NOT NULL UNIQUE CHECK (serial > 0),
    key_id TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'revoked', 'lost'))
);
CREATE INDEX badge_attendee ON badge(attendee_id);

CREATE TABLE checkin_event (
    id TEXT PRIMARY KEY,
    attendee_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('badge_pickup', 'entry', 'exit', 'void')),
    badge_serial INTEGER,
    voids_id TEXT REFERENCES checkin_event(id),
    reason TEXT NOT NULL DEFAULT '',
    desk TEXT NOT NULL DEFAULT '',
    device_id TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    wall_time TEXT NOT NULL,
    zone TEXT NOT NULL DEFAULT '',
    CHECK ((kind = 'void') = (voids_id IS NOT NULL))
);
CREATE INDEX checkin_attendee ON checkin_event(attendee_id, kind);

CREATE TABLE print_event (
    id TEXT PRIMARY KEY,
    badge_id TEXT NOT NULL,
    attendee_id TEXT NOT NULL,
    printer TEXT NOT NULL DEFAULT '',
    desk TEXT NOT NULL DEFAULT '',
    device_id TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    wall_time TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('first', 'damaged', 'lost', 'name_corrected')),
    outcome TEXT NOT NULL CHECK (outcome IN ('printed', 'pdf', 'failed'))
);
CREATE INDEX print_attendee ON print_event(attendee_id);

CREATE TABLE room (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES event(id),
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    capacity INTEGER NOT NULL CHECK (capacity > 0),
    floor TEXT NOT NULL DEFAULT '',
    zone TEXT NOT NULL DEFAULT '',
    features TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(features)),
    availability TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(availability))
);

CREATE TABLE session (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES event(id),
    title TEXT NOT NULL CHECK (length(title) > 0),
    type TEXT NOT NULL CHECK (type IN {_in(SESSION_TYPES)}),
    room_id TEXT REFERENCES room(id),
    starts_at TEXT,
    ends_at TEXT,
    speakers TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(speakers)),
    expected_audience INTEGER NOT NULL DEFAULT 0 CHECK (expected_audience >= 0),
    format TEXT NOT NULL DEFAULT 'in_person' CHECK (format IN ('in_person', 'hybrid', 'online')),
    floor_languages TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(floor_languages)),
    access_required TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(access_required)),
    high_level INTEGER NOT NULL DEFAULT 0 CHECK (high_level IN (0, 1)),
    do_not_stream INTEGER NOT NULL DEFAULT 0 CHECK (do_not_stream IN (0, 1)),
    do_not_record INTEGER NOT NULL DEFAULT 0 CHECK (do_not_record IN (0, 1)),
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'scheduled', 'released', 'cancelled')),
    CHECK ((starts_at IS NULL) = (ends_at IS NULL)),
    CHECK (ends_at IS NULL OR ends_at > starts_at)
);
CREATE INDEX session_room ON session(room_id, starts_at);

CREATE TABLE stream_channel (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES event(id),
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    platform TEXT NOT NULL DEFAULT '',
    ingest_ref TEXT NOT NULL DEFAULT '',
    caption_target TEXT NOT NULL DEFAULT ''
);

CREATE TABLE stream_slot (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES session(id),
    channel_id TEXT NOT NULL REFERENCES stream_channel(id),
    pre_roll_min INTEGER NOT NULL DEFAULT 10 CHECK (pre_roll_min >= 0),
    post_roll_min INTEGER NOT NULL DEFAULT 5 CHECK (post_roll_min >= 0),
    audio_tracks TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(audio_tracks)),
    status TEXT NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'testing', 'live', 'complete'))
);
CREATE INDEX stream_slot_channel ON stream_slot(channel_id);

CREATE TABLE provider (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES event(id),
    name TEXT NOT NULL CHECK (length(name) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('interpreter', 'captioner')),
    sign_languages TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sign_languages)),
    caption_languages TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(caption_languages)),
    accreditation TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(accreditation)),
    deaf INTEGER NOT NULL DEFAULT 0 CHECK (deaf IN (0, 1)),
    availability TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(availability)),
    max_minutes_per_day INTEGER NOT NULL DEFAULT 360 CHECK (max_minutes_per_day > 0),
    preferences TEXT NOT NULL DEFAULT '{{}}' CHECK (json_valid(preferences))
);

CREATE TABLE assignment_slot (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES session(id),
    service TEXT NOT NULL CHECK (service IN ('sign_language', 'captions')),
    language TEXT NOT NULL,
    slot_no INTEGER NOT NULL CHECK (slot_no >= 1),
    provider_id TEXT REFERENCES provider(id),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'proposed', 'confirmed')),
    locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
    UNIQUE (session_id, service, language, slot_no)
);

CREATE TABLE device (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    role TEXT NOT NULL CHECK (role IN ('desk', 'gate', 'coordinator', 'admin')),
    token_hash TEXT NOT NULL DEFAULT '',
    signing_cert TEXT NOT NULL DEFAULT '',
    revoked INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),
    last_seen TEXT
);

CREATE TABLE conflict (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('concurrent_edit', 'invariant')),
    code TEXT NOT NULL,
    entity TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL DEFAULT '',
    winner TEXT NOT NULL DEFAULT '{{}}' CHECK (json_valid(winner)),
    loser TEXT NOT NULL DEFAULT '{{}}' CHECK (json_valid(loser)),
    detected_at TEXT NOT NULL,
    resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1))
);
CREATE INDEX conflict_row ON conflict(entity, row_id);

-- Replica bookkeeping -------------------------------------------------------------------

-- Small key/value facts about this replica: device id, HLC high-water mark, sync cursor.
CREATE TABLE replica_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Last writer of each field: the merge function compares (hlc, device_id) against it.
CREATE TABLE field_version (
    entity TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    PRIMARY KEY (entity, row_id, field)
) WITHOUT ROWID;

-- Ops committed locally and not yet acknowledged by the hub, in client_seq order.
CREATE TABLE outbox (
    client_seq INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id TEXT NOT NULL UNIQUE,
    hlc INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('insert', 'update', 'event')),
    entity TEXT NOT NULL,
    row_id TEXT NOT NULL,
    body TEXT NOT NULL CHECK (json_valid(body)),
    base TEXT NOT NULL DEFAULT '{{}}' CHECK (json_valid(base)),
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'applied', 'duplicate', 'rejected')),
    server_seq INTEGER,
    error_code TEXT NOT NULL DEFAULT '',
    error_detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_state ON outbox(state, client_seq);
"""


def run_script(db: sqlite_utils.Database, script: str) -> None:
    """Run ``script`` statement by statement inside the caller's transaction.

    ``executescript`` would COMMIT first, so a migration that fails half-way would leave
    half a schema behind.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            if statement.strip():
                db.conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement at end of script: {statement[:80]!r}")


@step(migrations, MIGRATION_NAMES)
def m001_initial(db: sqlite_utils.Database) -> None:
    """Every entity of design.md §3 plus the replica's op-log bookkeeping."""
    run_script(db, _INITIAL)


_BADGE_KEYS = """
-- Public badge-signing keys (replicated): the issuer key(s) and desk keys it certified.
CREATE TABLE signing_key (
    id TEXT PRIMARY KEY CHECK (length(id) = 8),
    kind TEXT NOT NULL CHECK (kind IN ('issuer', 'desk')),
    public_key TEXT NOT NULL CHECK (length(public_key) = 64),
    device_id TEXT NOT NULL DEFAULT '',
    issuer_key_id TEXT NOT NULL DEFAULT '',
    serial_range INTEGER NOT NULL DEFAULT 0 CHECK (serial_range BETWEEN 0 AND 65535),
    valid_from TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    certificate TEXT NOT NULL DEFAULT '',
    revoked_from TEXT NOT NULL DEFAULT '',
    CHECK (valid_until > valid_from),
    CHECK ((kind = 'desk') = (length(certificate) = 128))
);

-- This device's private keys: never replicated, never leaves the device.
CREATE TABLE local_secret (
    key_id TEXT PRIMARY KEY,
    private_key BLOB NOT NULL CHECK (length(private_key) = 32),
    created_at TEXT NOT NULL
);

-- The token printed in the badge's QR code (deterministic, kept so any desk can reprint it).
ALTER TABLE badge ADD COLUMN token TEXT NOT NULL DEFAULT '';
CREATE INDEX badge_not_valid ON badge(serial) WHERE status != 'valid';
"""


@step(migrations, MIGRATION_NAMES)
def m002_badge_keys(db: sqlite_utils.Database) -> None:
    """Badge signing keys (issuer and certified desk keys), local secrets, badge tokens."""
    run_script(db, _BADGE_KEYS)


@step(migrations, MIGRATION_NAMES)
def m003_checkin_time_index(db: sqlite_utils.Database) -> None:
    """Desk counters (pickups this hour, entries today) read check-ins by kind and time.

    Without it they scan every check-in: ~12 ms at 150,000 events, on the desk's GUI thread.
    """
    run_script(
        db,
        "CREATE INDEX checkin_kind_time ON checkin_event(kind, wall_time);\n"
        "CREATE INDEX checkin_voids ON checkin_event(voids_id) WHERE voids_id IS NOT NULL;\n",
    )


_DEVICE_IDENTITY = """
-- Which enrolled device (device.id) a replica (the device_id of its ops) belongs to. Written
-- only by the hub, when a replica first says hello on an authenticated connection: check-ins
-- and prints are attributed, counted and named through it, never by their free-text desk.
CREATE TABLE device_replica (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    bound_at TEXT NOT NULL
);
CREATE INDEX device_replica_device ON device_replica(device_id);
"""


@step(migrations, MIGRATION_NAMES)
def m004_device_identity(db: sqlite_utils.Database) -> None:
    """Replica → enrolled device bindings (made by the hub, replicated everywhere)."""
    run_script(db, _DEVICE_IDENTITY)


_SCHEDULE = """
-- Room scheduling (docs/scheduling.md). The minutes a room needs between two sessions
-- (cleaning, reset, interpretation booth change), checked by the room_overlap rule.
ALTER TABLE room ADD COLUMN changeover_min INTEGER NOT NULL DEFAULT 0
    CHECK (changeover_min BETWEEN 0 AND 1440);
-- The length a session asks for (0: not said): what an unplaced session takes when it is
-- placed without an end. A placed session's length is its placement's.
ALTER TABLE session ADD COLUMN duration_min INTEGER NOT NULL DEFAULT 0
    CHECK (duration_min BETWEEN 0 AND 10080);

-- When a speaker can speak. One row per speaker; its id IS the speaker's attendee id, so
-- two coordinators entering one speaker's windows offline edit one row (LWW + conflict
-- record) instead of making two. No row, or no window: available the whole event.
CREATE TABLE speaker_availability (
    id TEXT PRIMARY KEY REFERENCES attendee(id),
    windows TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(windows))
);

-- A conflict rule's severity for one event, where it differs from the rule's default.
-- The id is name-based (wufops.store.schedule.rule_severity_id(event, rule)), like
-- assignment_slot's deterministic key: two coordinators setting one rule offline collide on
-- one row and merge by LWW with a conflict record.
CREATE TABLE rule_severity (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES event(id),
    rule TEXT NOT NULL CHECK (length(rule) > 0),
    severity TEXT NOT NULL CHECK (severity IN ('block', 'warn', 'off')),
    UNIQUE (event_id, rule)
);

-- A release (immutable, grow-only). Its version number is not stored: it is the record's
-- rank in (hlc, device_id) order among the event's releases, which every replica computes
-- the same once it has them all, releases made offline on two machines included.
CREATE TABLE schedule_release (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES event(id),
    item_count INTEGER NOT NULL CHECK (item_count >= 0),
    note TEXT NOT NULL DEFAULT '',
    device_id TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    wall_time TEXT NOT NULL
);
CREATE INDEX schedule_release_order ON schedule_release(event_id, hlc, device_id);

-- What each release contained: one immutable item per released session (the session's row
-- as JSON at release time), written in the release's commit. A replica holding fewer than
-- item_count items of a release is still receiving it.
CREATE TABLE schedule_release_item (
    id TEXT PRIMARY KEY,
    release_id TEXT NOT NULL REFERENCES schedule_release(id),
    session_id TEXT NOT NULL,
    fields TEXT NOT NULL CHECK (json_valid(fields)),
    UNIQUE (release_id, session_id)
);
"""


@step(migrations, MIGRATION_NAMES)
def m006_schedule(db: sqlite_utils.Database) -> None:
    """Room changeover, requested length, speaker availability, rule severities, releases.

    Named m006 (m005 is another branch's): sqlite-migrate applies pending migrations by
    name, so either order of landing upgrades every database."""
    run_script(db, _SCHEDULE)


def _quarter(column: str) -> str:
    """The UTC quarter hour of an ISO instant column, as ``YYYY-MM-DDTHH:MM``."""
    return (
        f"substr({column}, 1, 14) || "
        f"printf('%02d', CAST(substr({column}, 15, 2) AS INTEGER) / 15 * 15)"
    )


_UPSERT = (
    "ON CONFLICT (bucket, kind, device_id, key) DO UPDATE SET count = count + 1, "
    "last = max(last, excluded.last), label = max(label, excluded.label)"
)

_OPS = f"""
-- How long the desk took from the scan to its decision (ms: from the scanner's first key to
-- the pickup being recorded; NULL for a pickup by name, and for events of older desks). The
-- operations dashboard shows its median and p90 per desk.
ALTER TABLE checkin_event ADD COLUMN scan_ms REAL CHECK (scan_ms IS NULL OR scan_ms >= 0);
CREATE INDEX conflict_time ON conflict(detected_at);

-- The operations dashboard's counters, kept by the triggers below as events are recorded,
-- pulled or bootstrapped (never replicated: each replica derives its own). Per UTC quarter
-- hour, kind (pickup / entry / print / print_failed), replica and key (the attendee's
-- category when the pickup arrived here / the zone / the printer): how many, the newest
-- time, the desk label the events carried. A day reads as a few hundred rows.
CREATE TABLE ops_quarter (
    bucket TEXT NOT NULL,
    kind TEXT NOT NULL,
    device_id TEXT NOT NULL,
    key TEXT NOT NULL,
    label TEXT NOT NULL,
    count INTEGER NOT NULL,
    last TEXT NOT NULL,
    PRIMARY KEY (bucket, kind, device_id, key)
) WITHOUT ROWID;

-- Each attendee's category, mirrored from ``attendee`` by triggers: the pickup counter
-- reads it here, so recording an entry never touches the attendee table (a gate's privacy
-- rule: its statements never read it).
CREATE TABLE ops_category (
    attendee_id TEXT PRIMARY KEY,
    category TEXT NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER ops_attendee_new AFTER INSERT ON attendee BEGIN
    INSERT OR REPLACE INTO ops_category (attendee_id, category) VALUES (NEW.id, NEW.category);
END;
CREATE TRIGGER ops_attendee_category AFTER UPDATE OF category ON attendee BEGIN
    INSERT OR REPLACE INTO ops_category (attendee_id, category) VALUES (NEW.id, NEW.category);
END;
CREATE TRIGGER ops_attendee_gone AFTER DELETE ON attendee BEGIN
    DELETE FROM ops_category WHERE attendee_id = OLD.id;
END;

-- Badge pickups per attendee (voided ones too): who may hold duplicates, by index.
CREATE TABLE ops_pickup_count (
    attendee_id TEXT PRIMARY KEY,
    pickups INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX ops_pickup_many ON ops_pickup_count(pickups) WHERE pickups > 1;

CREATE TRIGGER ops_pickup AFTER INSERT ON checkin_event WHEN NEW.kind = 'badge_pickup' BEGIN
    INSERT INTO ops_quarter (bucket, kind, device_id, key, label, count, last)
    VALUES ({_quarter("NEW.wall_time")}, 'pickup', NEW.device_id,
            coalesce((SELECT category FROM ops_category WHERE attendee_id = NEW.attendee_id), ''),
            NEW.desk, 1, NEW.wall_time)
    {_UPSERT};
    INSERT INTO ops_pickup_count (attendee_id, pickups) VALUES (NEW.attendee_id, 1)
    ON CONFLICT (attendee_id) DO UPDATE SET pickups = pickups + 1;
END;

CREATE TRIGGER ops_entry AFTER INSERT ON checkin_event WHEN NEW.kind = 'entry' BEGIN
    INSERT INTO ops_quarter (bucket, kind, device_id, key, label, count, last)
    VALUES ({_quarter("NEW.wall_time")}, 'entry', NEW.device_id, NEW.zone, NEW.desk, 1,
            NEW.wall_time)
    {_UPSERT};
END;

CREATE TRIGGER ops_print AFTER INSERT ON print_event BEGIN
    INSERT INTO ops_quarter (bucket, kind, device_id, key, label, count, last)
    VALUES ({_quarter("NEW.wall_time")},
            CASE NEW.outcome WHEN 'failed' THEN 'print_failed' ELSE 'print' END,
            NEW.device_id, NEW.printer, NEW.desk, 1, NEW.wall_time)
    {_UPSERT};
END;

-- Events are immutable: they are deleted only all at once, when a replica re-bootstraps
-- from a snapshot. Then their counters go with them.
CREATE TRIGGER ops_checkin_gone AFTER DELETE ON checkin_event BEGIN
    DELETE FROM ops_quarter WHERE bucket = {_quarter("OLD.wall_time")}
        AND kind IN ('pickup', 'entry') AND device_id = OLD.device_id;
    DELETE FROM ops_pickup_count WHERE attendee_id = OLD.attendee_id;
END;

CREATE TRIGGER ops_print_gone AFTER DELETE ON print_event BEGIN
    DELETE FROM ops_quarter WHERE bucket = {_quarter("OLD.wall_time")}
        AND kind IN ('print', 'print_failed') AND device_id = OLD.device_id;
END;

-- What the triggers would have counted, for the rows already here.
INSERT INTO ops_category (attendee_id, category) SELECT id, category FROM attendee;
INSERT INTO ops_quarter (bucket, kind, device_id, key, label, count, last)
SELECT {_quarter("e.wall_time")}, 'pickup', e.device_id, coalesce(a.category, ''),
       max(e.desk), count(*), max(e.wall_time)
FROM checkin_event e LEFT JOIN ops_category a ON a.attendee_id = e.attendee_id
WHERE e.kind = 'badge_pickup' GROUP BY 1, 3, 4;
INSERT INTO ops_quarter (bucket, kind, device_id, key, label, count, last)
SELECT {_quarter("wall_time")}, 'entry', device_id, zone, max(desk), count(*), max(wall_time)
FROM checkin_event WHERE kind = 'entry' GROUP BY 1, 3, 4;
INSERT INTO ops_quarter (bucket, kind, device_id, key, label, count, last)
SELECT {_quarter("wall_time")}, CASE outcome WHEN 'failed' THEN 'print_failed' ELSE 'print' END,
       device_id, printer, max(desk), count(*), max(wall_time)
FROM print_event GROUP BY 1, 2, 3, 4;
INSERT INTO ops_pickup_count (attendee_id, pickups)
SELECT attendee_id, count(*) FROM checkin_event WHERE kind = 'badge_pickup' GROUP BY 1;
"""


@step(migrations, MIGRATION_NAMES)
def m007_ops(db: sqlite_utils.Database) -> None:
    """The operations dashboard: scan-to-decision time per check-in; per-quarter-hour
    counters of pickups, entries and prints and per-attendee pickup counts, kept by triggers;
    conflicts found by time."""
    run_script(db, _OPS)


_STATUSES = "('planned', 'testing', 'live', 'complete')"

_STREAMS = f"""
-- Livestream operations (docs/streams.md).
-- An event's default padding: one row per event, its id the event's id, so two coordinators
-- setting it offline edit one row (LWW + conflict record). No row: 10 min before, 5 after.
CREATE TABLE stream_settings (
    id TEXT PRIMARY KEY REFERENCES event(id),
    pre_roll_min INTEGER NOT NULL DEFAULT 10 CHECK (pre_roll_min BETWEEN 0 AND 240),
    post_roll_min INTEGER NOT NULL DEFAULT 5 CHECK (post_roll_min BETWEEN 0 AND 240)
);

-- A stream slot, rebuilt: its rolls may be NULL (the event's default decides), it carries
-- its picture plan (caption target and languages, sign languages picture-in-picture), and a
-- slot taken off the plan is withdrawn (the op log has no deletes). Its times are its
-- session's: a slot stores none. Existing rows keep every value they had.
CREATE TABLE stream_slot_m009 (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES session(id),
    channel_id TEXT NOT NULL REFERENCES stream_channel(id),
    pre_roll_min INTEGER CHECK (pre_roll_min IS NULL OR pre_roll_min BETWEEN 0 AND 240),
    post_roll_min INTEGER CHECK (post_roll_min IS NULL OR post_roll_min BETWEEN 0 AND 240),
    audio_tracks TEXT NOT NULL DEFAULT '["floor"]' CHECK (json_valid(audio_tracks)),
    caption_target TEXT NOT NULL DEFAULT '',
    caption_languages TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(caption_languages)),
    sign_languages TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sign_languages)),
    withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1)),
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN {_STATUSES})
);
INSERT INTO stream_slot_m009
    (id, session_id, channel_id, pre_roll_min, post_roll_min, audio_tracks, status)
    SELECT id, session_id, channel_id, pre_roll_min, post_roll_min, audio_tracks, status
    FROM stream_slot;
DROP TABLE stream_slot;
ALTER TABLE stream_slot_m009 RENAME TO stream_slot;
CREATE INDEX stream_slot_channel ON stream_slot(channel_id);
CREATE INDEX stream_slot_session ON stream_slot(session_id);

-- Who changed a slot's status, and when (immutable, grow-only, stamped with its op's HLC and
-- device): the slot's status field is what every screen shows (LWW), this is the trail —
-- every change, the one a concurrent change overwrote included.
CREATE TABLE stream_status_change (
    id TEXT PRIMARY KEY,
    slot_id TEXT NOT NULL REFERENCES stream_slot(id),
    from_status TEXT NOT NULL CHECK (from_status IN {_STATUSES}),
    to_status TEXT NOT NULL CHECK (to_status IN {_STATUSES}),
    device_id TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    wall_time TEXT NOT NULL
);
CREATE INDEX stream_status_change_slot ON stream_status_change(slot_id, hlc, device_id);
"""


@step(migrations, MIGRATION_NAMES)
def m009_streams(db: sqlite_utils.Database) -> None:
    """Stream padding per event, slots with a picture plan and nullable rolls, status trail.

    Named m009 (m007 and m008 are other branches'): sqlite-migrate applies pending
    migrations by name, so any order of landing upgrades every database."""
    run_script(db, _STREAMS)


_SCHEDULE_IO = """
-- Schedule interchange (docs/scheduling.md, "Formats"). What the standard schedule formats
-- carry besides a title: shown to coordinators, exported again (import -> export -> import
-- gives the same schedule). Empty: not said.
ALTER TABLE session ADD COLUMN subtitle TEXT NOT NULL DEFAULT '';
ALTER TABLE session ADD COLUMN abstract TEXT NOT NULL DEFAULT '';
ALTER TABLE session ADD COLUMN track TEXT NOT NULL DEFAULT '';
-- the session's public page (an absolute http(s) URL), as its source published it
ALTER TABLE session ADD COLUMN url TEXT NOT NULL DEFAULT '';

-- Where an imported session, room or speaker came from: the source's key (a session's or a
-- room's GUID; a person's GUID, pretalx code, frab id or name, prefixed by its kind) -> the
-- local session, room or attendee; exports give them their source's GUID again. Importing
-- the same file again updates the same rows (idempotent by GUID). The id is name-based
-- (wufops.store.schedule_io.source_id(event, kind, key)): two coordinators importing one
-- file offline write the same rows, which merge by LWW.
CREATE TABLE schedule_source (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES event(id),
    kind TEXT NOT NULL CHECK (kind IN ('session', 'room', 'person')),
    source_key TEXT NOT NULL CHECK (length(source_key) > 0),
    local_id TEXT NOT NULL CHECK (length(local_id) > 0),
    -- which schedule it came from: 'schedule:<acronym>' (frab, pretalx, c3voc) or
    -- 'indico:<server>/<event id>'; a re-import cancels the sessions of its origin it no
    -- longer holds
    origin TEXT NOT NULL DEFAULT '',
    UNIQUE (event_id, kind, source_key)
);
CREATE INDEX schedule_source_local ON schedule_source(local_id);
CREATE INDEX schedule_source_origin ON schedule_source(event_id, origin, kind);
"""


@step(migrations, MIGRATION_NAMES)
def m008_schedule_io(db: sqlite_utils.Database) -> None:
    """Session subtitle, abstract, track and URL; where imported sessions and speakers came
    from (``schedule_source``).

    Named m008 (m007 is another branch's): sqlite-migrate applies pending migrations by name."""
    run_script(db, _SCHEDULE_IO)


_ATTENDEE_CORRECTION = """
-- Why a desk corrected an attendee's record (replicated event; never reaches a gate): the
-- fields the correction changed, the reason the desk typed, who and when.
CREATE TABLE attendee_correction (
    id TEXT PRIMARY KEY,
    attendee_id TEXT NOT NULL,
    fields TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 500),
    device_id TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    wall_time TEXT NOT NULL
);
CREATE INDEX attendee_correction_attendee ON attendee_correction(attendee_id, hlc);
"""


@step(migrations, MIGRATION_NAMES)
def m011_attendee_correction(db: sqlite_utils.Database) -> None:
    """The reason of every name correction a desk makes (``attendee_correction``)."""
    run_script(db, _ATTENDEE_CORRECTION)


_ACCESS = """
-- Access services (docs/access-services.md).
-- An event's access-service rules: one row per event, its id the event's id, so two
-- coordinators changing them offline edit one row (LWW + conflict record). No row: the
-- defaults of wufops.models.access.AccessSettings.
CREATE TABLE access_settings (
    id TEXT PRIMARY KEY REFERENCES event(id),
    team_warn_min INTEGER NOT NULL DEFAULT 60 CHECK (team_warn_min BETWEEN 1 AND 1440),
    team_required_min INTEGER NOT NULL DEFAULT 90 CHECK (team_required_min BETWEEN 1 AND 1440),
    webcast_team_min INTEGER NOT NULL DEFAULT 180 CHECK (webcast_team_min BETWEEN 1 AND 1440),
    webcast_team_size INTEGER NOT NULL DEFAULT 3 CHECK (webcast_team_size BETWEEN 1 AND 6),
    caption_second_min INTEGER NOT NULL DEFAULT 90 CHECK (caption_second_min BETWEEN 1 AND 1440),
    accredited_high_level INTEGER NOT NULL DEFAULT 1 CHECK (accredited_high_level IN (0, 1)),
    travel_min INTEGER NOT NULL DEFAULT 15 CHECK (travel_min BETWEEN 0 AND 240),
    arrival_min INTEGER NOT NULL DEFAULT 30 CHECK (arrival_min BETWEEN 0 AND 240),
    max_day_min INTEGER NOT NULL DEFAULT 360 CHECK (max_day_min BETWEEN 1 AND 1440),
    max_continuous_min INTEGER NOT NULL DEFAULT 180 CHECK (max_continuous_min BETWEEN 1 AND 1440),
    rest_min INTEGER NOT NULL DEFAULT 30 CHECK (rest_min BETWEEN 0 AND 480)
);

-- When a provider cannot work after all (ill, delayed): windows that override their declared
-- availability. A provider who drops out for the whole event has one window over all of it.
ALTER TABLE provider ADD COLUMN absences TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(absences));

-- A Deaf International Sign interpreter works with a hearing interpreter who gives the feed:
-- the pair fills one unit (one slot), so the slot holds both. Both fields are one replicated
-- value (wufops.sync.merge.FIELD_GROUPS): two coordinators' offline choices never merge into
-- a pair neither chose.
ALTER TABLE assignment_slot ADD COLUMN feed_provider_id TEXT REFERENCES provider(id);
CREATE INDEX assignment_slot_provider ON assignment_slot(provider_id);
CREATE INDEX assignment_slot_feed ON assignment_slot(feed_provider_id);
"""


@step(migrations, MIGRATION_NAMES)
def m012_access(db: sqlite_utils.Database) -> None:
    """Access services: the event's rules (``access_settings``), provider absences, the
    feed interpreter of a Deaf + hearing pair on an assignment slot."""
    run_script(db, _ACCESS)


SCHEMA_VERSION = len(MIGRATION_NAMES)


def apply_migrations(
    db: sqlite_utils.Database,
    *,
    stop_before: str | None = None,
    migration_set: Migrations = migrations,
) -> list[str]:
    """Bring ``db`` up to the newest schema; a no-op on an up-to-date database.

    Each migration and its bookkeeping row commit together or not at all. Returns the names
    of the migrations applied. ``stop_before`` names a migration not to apply (tests use it
    to build each older schema).
    """
    table = db[Migrations.migrations_table]
    if table.exists() and not migration_set.pending(db):
        return []  # up to date: no write lock taken
    try:
        migration_set.ensure_migrations_table(db)  # commits by itself (sqlite-utils)
    except sqlite3.OperationalError:
        if not table.exists():
            raise  # not another connection creating it at the same moment
    applied: list[str] = []
    while True:
        # What is pending is decided under the write lock: two connections opening a new
        # file at once (a desk's UI and its sync thread, or two processes) take turns, and
        # the second finds the migrations done instead of running them again.
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            pending = migration_set.pending(db)
            migration = pending[0] if pending else None
            if migration is not None and migration.name != stop_before:
                migration.fn(db)
                db.conn.execute(
                    f"INSERT INTO {Migrations.migrations_table} (migration_set, name, "
                    "applied_at) VALUES (?, ?, ?)",
                    (migration_set.name, migration.name, datetime.now(UTC).isoformat()),
                )
        except BaseException:
            db.conn.execute("ROLLBACK")
            raise
        db.conn.execute("COMMIT")
        if migration is None or migration.name == stop_before:
            return applied
        applied.append(migration.name)
