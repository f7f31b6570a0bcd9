"""The SQL behind badges: signing keys, this device's secrets, issuing and revoking badges.

- ``signing_key`` rows (replicated, written through the op log) are the public keys and desk
  certificates every verifier loads into a :class:`~wufops.crypto.keys.Keyring`;
- ``local_secret`` rows (never replicated) hold this device's private keys;
- ``badge`` rows carry serial, key id, issue time, status and the token; the revocation list
  is every serial whose badge is ``revoked`` or ``lost``.

Until the hub exists, the database that runs ``wufops badges`` creates and holds the issuer
key (:func:`ensure_issuer_key`); the hub will call the same functions on its own database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from wufops.clock import iso_utc, parse_iso_utc
from wufops.crypto.keys import (
    MAX_SERIAL_RANGE,
    SERIAL_COUNTER_BITS,
    BadgeKeyError,
    KeyRecord,
    Keyring,
    Signer,
    certify_desk_key,
    create_issuer_key,
    generate_private_key,
    key_id_for,
    public_key_of,
)
from wufops.crypto.token import attendee_ref, sign_token
from wufops.errors import CodedError
from wufops.models.attendee import Attendee
from wufops.store.replica import Batch, Replica

#: how far behind the issuer's clock a desk's clock may run and still issue valid reprints
CLOCK_SLACK_S = 24 * 3600


class BadgeStoreError(CodedError):
    """A badge or key operation cannot happen on this database; ``code`` says why."""


# -- keys ------------------------------------------------------------------------------------


def _s(iso: str) -> int:
    return parse_iso_utc(iso) // 1000


def _record(row: sqlite3.Row) -> KeyRecord:
    return KeyRecord(
        key_id=row["id"],
        kind=row["kind"],
        public_key=bytes.fromhex(row["public_key"]),
        valid_from_s=_s(row["valid_from"]),
        valid_until_s=_s(row["valid_until"]),
        serial_range=row["serial_range"],
        device_id=row["device_id"],
        issuer_key_id=row["issuer_key_id"],
        certificate=bytes.fromhex(row["certificate"]),
        revoked_from_s=_s(row["revoked_from"]) if row["revoked_from"] else None,
    )


def key_records(conn: sqlite3.Connection) -> list[KeyRecord]:
    return [_record(r) for r in conn.execute("SELECT * FROM signing_key ORDER BY id")]


def keys_fingerprint(conn: sqlite3.Connection) -> tuple[int, str]:
    """Changes whenever a key is added or revoked: a cheap test before rebuilding a keyring."""
    row = conn.execute(
        "SELECT count(*), group_concat(id || ':' || revoked_from, ',') FROM signing_key"
    ).fetchone()
    return int(row[0]), str(row[1] or "")


def load_keyring(conn: sqlite3.Connection) -> Keyring:
    """Every key this replica knows, desk keys checked against their certificates."""
    return Keyring.build(key_records(conn))


def revoked_serials(conn: sqlite3.Connection) -> frozenset[int]:
    """Serials of badges marked revoked or lost: the revocation list gates hold."""
    return frozenset(r[0] for r in conn.execute("SELECT serial FROM badge WHERE status != 'valid'"))


def record_fields(record: KeyRecord) -> dict[str, str | int]:
    """A key record as ``signing_key`` column values for the op log."""
    return {
        "kind": record.kind,
        "public_key": record.public_key.hex(),
        "device_id": record.device_id,
        "issuer_key_id": record.issuer_key_id,
        "serial_range": record.serial_range,
        "valid_from": iso_utc(record.valid_from_s * 1000),
        "valid_until": iso_utc(record.valid_until_s * 1000),
        "certificate": record.certificate.hex(),
        "revoked_from": ""
        if record.revoked_from_s is None
        else iso_utc(record.revoked_from_s * 1000),
    }


def add_key_record(batch: Batch, record: KeyRecord) -> None:
    """Publish a public key record (replicated to every device through the op log)."""
    batch.insert("signing_key", record_fields(record), row_id=record.key_id)


def store_secret(conn: sqlite3.Connection, private_bytes: bytes, created_at: str) -> str:
    """Keep a private key on this device only; returns its key id."""
    key_id = key_id_for(public_key_of(private_bytes))
    conn.execute(
        "INSERT OR IGNORE INTO local_secret (key_id, private_key, created_at) VALUES (?, ?, ?)",
        (key_id, private_bytes, created_at),
    )
    return key_id


def load_signer(conn: sqlite3.Connection, key_id: str) -> Signer | None:
    """This device's signer for ``key_id``: needs the local secret and the public record."""
    secret = conn.execute(
        "SELECT private_key FROM local_secret WHERE key_id = ?", (key_id,)
    ).fetchone()
    row = conn.execute("SELECT * FROM signing_key WHERE id = ?", (key_id,)).fetchone()
    if secret is None or row is None:
        return None
    return Signer(_record(row), bytes(secret[0]))


def usable_signers(conn: sqlite3.Connection, now_s: int, kind: str) -> list[Signer]:
    """This device's unrevoked, currently valid signers of ``kind``, newest first."""
    rows = conn.execute(
        "SELECT k.id FROM signing_key k JOIN local_secret s ON s.key_id = k.id "
        "WHERE k.kind = ? AND k.revoked_from = '' ORDER BY k.valid_from DESC, k.id",
        (kind,),
    ).fetchall()
    signers = [load_signer(conn, r[0]) for r in rows]
    return [
        s
        for s in signers
        if s is not None and s.record.valid_from_s <= now_s <= s.record.valid_until_s
    ]


def ensure_issuer_key(replica: Replica) -> Signer:
    """The issuer key this database holds, created (and published) on first use."""
    now_s = replica.clock.now_ms() // 1000
    found = usable_signers(replica.conn, now_s, "issuer")
    if found:
        return found[0]
    signer = create_issuer_key(now_s - CLOCK_SLACK_S)  # valid from a day back: clock skew
    while _key_id_taken(replica.conn, signer.key_id):  # 4-byte ids: astronomically rare
        signer = create_issuer_key(now_s - CLOCK_SLACK_S)
    with replica.batch() as batch:
        store_secret(replica.conn, signer.private_bytes, replica.now_iso())
        add_key_record(batch, signer.record)
    return signer


def _key_id_taken(conn: sqlite3.Connection, key_id: str) -> bool:
    return conn.execute("SELECT 1 FROM signing_key WHERE id = ?", (key_id,)).fetchone() is not None


def adopt_signer(replica: Replica, signer: Signer) -> None:
    """Hold ``signer`` on this device (e.g. the hub taking over the issuer key made by an
    earlier ``wufops badges`` database): its secret goes to ``local_secret``, its public
    record is published through the op log unless this replica already has it."""
    with replica.batch() as batch:
        store_secret(replica.conn, signer.private_bytes, replica.now_iso())
        if not _key_id_taken(replica.conn, signer.key_id):
            add_key_record(batch, signer.record)


def new_desk_secret(replica: Replica) -> bytes:
    """Make this desk's private key (kept locally); returns the public key to certify."""
    private = generate_private_key()
    while _key_id_taken(replica.conn, key_id_for(public_key_of(private))):
        private = generate_private_key()
    with replica.transaction():
        store_secret(replica.conn, private, replica.now_iso())
    return public_key_of(private)


def desk_key_request(replica: Replica) -> bytes | None:
    """The public key this device asks the hub to certify, or ``None`` when it already holds
    a certified, unrevoked, currently valid desk key. A secret asked for before and not yet
    answered is asked for again (the hub's answer is idempotent); otherwise a new one is made
    here (:func:`new_desk_secret`) — the private half never leaves the device."""
    conn = replica.conn
    now_s = replica.clock.now_ms() // 1000
    keyring = load_keyring(conn)
    if any(keyring.get(s.key_id) is not None for s in usable_signers(conn, now_s, "desk")):
        return None
    row = conn.execute(
        "SELECT s.private_key FROM local_secret s LEFT JOIN signing_key k ON k.id = s.key_id "
        "WHERE k.id IS NULL ORDER BY s.created_at DESC, s.key_id LIMIT 1"
    ).fetchone()
    if row is not None:
        return public_key_of(bytes(row[0]))
    return new_desk_secret(replica)


def desk_keys_of(conn: sqlite3.Connection, device_id: str) -> list[KeyRecord]:
    """The desk keys certified for ``device_id`` (the ``device`` row's id)."""
    rows = conn.execute(
        "SELECT * FROM signing_key WHERE kind = 'desk' AND device_id = ? ORDER BY id",
        (device_id,),
    )
    return [_record(r) for r in rows]


def next_serial_range(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT max(serial_range) FROM signing_key").fetchone()
    nxt = int(row[0] or 0) + 1
    if nxt > MAX_SERIAL_RANGE:
        raise BadgeStoreError("no_serial_range", "every desk serial range is taken")
    return nxt


def certify_desk(
    replica: Replica,
    issuer: Signer,
    desk_public_key: bytes,
    device_id: str,
    valid_for_s: int | None = None,
) -> KeyRecord:
    """Certify a desk's public key with a fresh serial range and publish the record."""
    now_s = replica.clock.now_ms() // 1000
    until = issuer.record.valid_until_s if valid_for_s is None else now_s + valid_for_s
    if _key_id_taken(replica.conn, key_id_for(desk_public_key)):
        raise BadgeStoreError("key_id_taken", "a key with this id exists; make a new desk key")
    with replica.batch() as batch:
        record = certify_desk_key(
            issuer,
            desk_public_key,
            device_id=device_id,
            serial_range=next_serial_range(replica.conn),
            # a desk whose clock runs behind the hub's must still sign valid reprints
            valid_from_s=now_s - CLOCK_SLACK_S,
            valid_until_s=until,
        )
        add_key_record(batch, record)
    return record


def revoke_key(replica: Replica, key_id: str, from_s: int | None = None) -> None:
    """Refuse tokens that ``key_id`` signed at or after ``from_s`` (default: now).

    For a stolen device pass the key's ``valid_from``: every badge it signed stops validating
    (a thief could back-date tokens), and the desk's genuine reprints are reissued.
    """
    row = replica.conn.execute("SELECT id FROM signing_key WHERE id = ?", (key_id,)).fetchone()
    if row is None:
        raise BadgeStoreError("unknown_key", f"no signing key {key_id}")
    when = replica.clock.now_ms() // 1000 if from_s is None else from_s
    replica.update("signing_key", key_id, {"revoked_from": iso_utc(when * 1000)})


# -- badges ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class IssuedBadge:
    badge_id: str
    attendee_id: str
    serial: int
    key_id: str
    issued_at_s: int
    token: str


class SerialAllocator:
    """Hands out the next serials of one key's range inside one transaction."""

    def __init__(self, conn: sqlite3.Connection, record: KeyRecord) -> None:
        low, high = record.serial_bounds
        row = conn.execute(
            "SELECT max(serial) FROM badge WHERE serial BETWEEN ? AND ?", (low, high)
        ).fetchone()
        self._next = max(low, int(row[0] or 0) + 1)
        self._high = high

    def take(self) -> int:
        if self._next > self._high:
            raise BadgeStoreError("serials_exhausted", "this key's serial range is used up")
        serial = self._next
        self._next += 1
        return serial


def issue_badge(
    replica: Replica,
    batch: Batch,
    signer: Signer,
    *,
    attendee_id: str,
    event_id: str,
    now_s: int,
    serials: SerialAllocator | None = None,
    replaces_serial: int | None = None,
    replaced_status: str = "revoked",
) -> IssuedBadge:
    """A new badge row (through the op log) with its signed token; the badge it replaces,
    if any, is marked ``revoked`` (or ``lost``) in the same commit — *after* the new one, so
    the hub, applying the ops in order, sees the replacement a desk issued before the badge
    it retires (``wufops.sync.roles``: a desk retires only a badge it has replaced)."""
    conn = replica.conn
    allocator = serials or SerialAllocator(conn, signer.record)
    serial = allocator.take()
    token = sign_token(signer, event_id, attendee_id, serial, now_s)
    old = None
    if replaces_serial is not None:
        if replaced_status not in ("revoked", "lost"):
            raise BadgeStoreError("bad_status", f"a replaced badge cannot be {replaced_status}")
        old = conn.execute(
            "SELECT id FROM badge WHERE serial = ? AND attendee_id = ?",
            (replaces_serial, attendee_id),
        ).fetchone()
        if old is None:
            raise BadgeStoreError(
                "unknown_badge", f"attendee has no badge with serial {replaces_serial}"
            )
    badge_id = batch.insert(
        "badge",
        {
            "attendee_id": attendee_id,
            "serial": serial,
            "key_id": signer.key_id,
            "issued_at": iso_utc(now_s * 1000),
            "status": "valid",
            "token": token,
        },
    )
    if old is not None:
        batch.update("badge", old[0], {"status": replaced_status})
    return IssuedBadge(badge_id, attendee_id, serial, signer.key_id, now_s, token)


def reissue_with_desk_key(
    replica: Replica, attendee_id: str, event_id: str, replaces_serial: int | None
) -> IssuedBadge:
    """Offline reprint at a desk: new serial from the desk's range, old serial revoked."""
    now_s = replica.clock.now_ms() // 1000
    signers = usable_signers(replica.conn, now_s, "desk")
    keyring = load_keyring(replica.conn)
    signers = [s for s in signers if keyring.get(s.key_id) is not None]
    if not signers:
        raise BadgeStoreError("no_desk_key", "this desk holds no certified, unrevoked key")
    with replica.batch() as batch:
        return issue_badge(
            replica,
            batch,
            signers[0],
            attendee_id=attendee_id,
            event_id=event_id,
            now_s=now_s,
            replaces_serial=replaces_serial,
        )


def valid_badges(conn: sqlite3.Connection) -> dict[str, tuple[int, str]]:
    """``attendee_id -> (serial, token)`` of the newest valid badge of each attendee."""
    return {a: (serial, token) for a, (_id, serial, token) in valid_badge_rows(conn).items()}


def valid_badge_rows(conn: sqlite3.Connection) -> dict[str, tuple[str, int, str]]:
    """``attendee_id -> (badge id, serial, token)`` of the newest valid badge of each attendee."""
    found: dict[str, tuple[str, int, str]] = {}
    for row in conn.execute(
        "SELECT attendee_id, id, serial, token FROM badge WHERE status = 'valid' "
        "ORDER BY issued_at, serial"
    ):
        found[row[0]] = (row[1], row[2], row[3])
    return found


def badge_by_serial(conn: sqlite3.Connection, serial: int) -> sqlite3.Row | None:
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM badge WHERE serial = ?", (serial,)
    ).fetchone()
    return row


def event_ids(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT id FROM event ORDER BY id")]


def attendee_refs(conn: sqlite3.Connection, event_id: str) -> dict[bytes, list[str]]:
    """Short token reference -> attendee ids of ``event_id`` (more than one: a collision)."""
    refs: dict[bytes, list[str]] = {}
    for row in conn.execute("SELECT id FROM attendee WHERE event_id = ?", (event_id,)):
        refs.setdefault(attendee_ref(row[0]), []).append(row[0])
    return refs


def check_refs_unique(refs: dict[bytes, list[str]]) -> None:
    clashes = [ids for ids in refs.values() if len(ids) > 1]
    if clashes:
        raise BadgeStoreError(
            "attendee_ref_collision",
            f"attendees {', '.join(clashes[0])} share a token reference; re-key one of them",
        )


def attendee_resolver(
    conn: sqlite3.Connection, event_id: str
) -> Callable[[bytes, int], str | None]:
    """``(attendee_ref, serial) -> attendee id`` for verifying on a device that holds names:
    the badge row by serial first (must agree), else the attendee list of the event."""
    refs: dict[bytes, list[str]] | None = None

    def resolve(ref: bytes, serial: int) -> str | None:
        nonlocal refs
        row = badge_by_serial(conn, serial)
        if row is not None:
            attendee_id = str(row["attendee_id"])
            return attendee_id if attendee_ref(attendee_id) == ref else None
        if refs is None:
            refs = attendee_refs(conn, event_id)
        ids = refs.get(ref, [])
        return ids[0] if len(ids) == 1 else None

    return resolve


def serial_range_of(serial: int) -> int:
    return serial >> SERIAL_COUNTER_BITS


__all__ = [
    "BadgeKeyError",
    "BadgeStoreError",
    "IssuedBadge",
    "SerialAllocator",
    "add_key_record",
    "attendee_resolver",
    "certify_desk",
    "ensure_issuer_key",
    "issue_badge",
    "key_records",
    "load_keyring",
    "load_signer",
    "new_desk_secret",
    "reissue_with_desk_key",
    "revoke_key",
    "revoked_serials",
]


# -- badge runs ------------------------------------------------------------------------------


def event_name(conn: sqlite3.Connection, event_id: str) -> str:
    row = conn.execute("SELECT name FROM event WHERE id = ?", (event_id,)).fetchone()
    return "" if row is None else str(row[0])


def attendees_for_run(
    conn: sqlite3.Connection,
    event_id: str,
    *,
    category: str | None = None,
    country: str | None = None,
) -> list[Attendee]:
    """Attendees of ``event_id`` (optionally one category / country), in pre-printing order:
    country, then family name, then given name (by Latin transliteration, so every pile is
    alphabetical for the staff who hand badges out)."""
    sql = "SELECT * FROM attendee WHERE event_id = ?"
    params: list[str] = [event_id]
    if category is not None:
        sql += " AND category = ?"
        params.append(category)
    if country is not None:
        sql += " AND country = ?"
        params.append(country)
    people = [Attendee.from_row(row) for row in conn.execute(sql, params)]
    people.sort(
        key=lambda a: (
            a.country,
            (a.latin_family or a.family_name).casefold(),
            (a.latin_given or a.given_name).casefold(),
            a.id,
        )
    )
    return people


def current_badge(conn: sqlite3.Connection, attendee_id: str) -> tuple[Attendee, str] | None:
    """The attendee and the token of their newest valid badge (``None``: none issued)."""
    row = conn.execute("SELECT * FROM attendee WHERE id = ?", (attendee_id,)).fetchone()
    if row is None:
        return None
    found = conn.execute(
        "SELECT token FROM badge WHERE attendee_id = ? AND status = 'valid' AND token != '' "
        "ORDER BY issued_at DESC, serial DESC LIMIT 1",
        (attendee_id,),
    ).fetchone()
    if found is None:
        return None
    return Attendee.from_row(row), str(found[0])
