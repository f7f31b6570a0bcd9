"""The hub's device writes: enrolment, revocation, desk-key certification, contact.

A mixin of :class:`~wufops.store.hub_log.HubLog` (one writer connection, one transaction per
call): each change to the replicated ``device`` and ``signing_key`` rows is an op through the
hub's own replica and logged at once, so every desk learns of a revocation in commit order.

Revocation is checked inside each write a device makes (:meth:`DeviceWrites.device_refusal`:
a push, a hello's contact, a key certification), in the same transaction: a revoke
committed by another process (``wufops devices revoke`` while the hub runs) is seen by the
next write, never after it. The replicas (``hub_origin`` rows) a device has synced from are
capped per device; those that never pushed an op are pruned, oldest contact first, to make
room (a device reinstalled many times, or a script saying hello with new ids).
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from wufops.clock import Clock, iso_utc, parse_iso_utc
from wufops.crypto.keys import BadgeKeyError, Signer, key_id_for
from wufops.store import badges as badge_store
from wufops.store.hub_db import DeviceError, LogEntry, hash_token
from wufops.store.replica import Replica
from wufops.sync.roles import KEY_ROLES, ROLES

#: most unrevoked desk keys one device may hold (a desk that lost its file asks again; a
#: device asking without end would use up the 65,535 serial ranges)
MAX_KEYS_PER_DEVICE = 4
#: ``device.last_seen`` is refreshed at most this often
LAST_SEEN_GRANULARITY_MS = 60_000
#: longest device name (``wufops enrol --name``)
MAX_NAME_CHARS = 64


@dataclass(frozen=True)
class KeyCertification:
    """The hub's answer to a device's ``hello.desk_key``: a key id, or a refusal ``code``."""

    key_id: str = ""
    code: str = ""
    detail: str = ""
    #: change-log entries appended (the certified record): the hub pokes its peers
    appended: int = 0
    entries: tuple[LogEntry, ...] = ()


class DeviceWrites:
    """Device rows on the hub. Needs the writer's connection, clock and replica, and the
    outbox ingestion that logs what it wrote (supplied by ``HubLog``)."""

    conn: sqlite3.Connection
    clock: Clock
    replica: Replica

    def _ingest_local_outbox(self) -> int:
        raise NotImplementedError

    def ingest_local_outbox(self) -> int:
        raise NotImplementedError

    def issuer(self) -> Signer:
        raise NotImplementedError

    def certify_device_key(self, device_name: str, role: str, public_hex: str) -> KeyCertification:
        """Certify the Ed25519 public key a device sent in ``hello`` with the issuer key.

        Only desk and admin devices get one (``key_role_forbidden``); a key already
        certified for this device is answered with its id (a repeated hello changes
        nothing); a key id held by another device or revoked is ``key_id_taken``; a device
        holding :data:`MAX_KEYS_PER_DEVICE` unrevoked keys gets ``key_limit``."""
        if role not in KEY_ROLES:
            return KeyCertification(code="key_role_forbidden", detail=f"a {role} signs no badges")
        if self.device_refusal(device_name):
            return KeyCertification(code="device_revoked", detail=device_name)
        try:
            public = bytes.fromhex(public_hex)
        except ValueError:
            return KeyCertification(code="bad_public_key", detail="not hex")
        if len(public) != 32:
            return KeyCertification(code="bad_public_key", detail="an Ed25519 key is 32 bytes")
        row = self.conn.execute(
            "SELECT device_id FROM hub_device_auth WHERE name = ?", (device_name,)
        ).fetchone()
        if row is None:
            return KeyCertification(code="unknown_device", detail=device_name)
        device_id = str(row[0])
        key_id = key_id_for(public)
        known = self.conn.execute(
            "SELECT device_id, revoked_from FROM signing_key WHERE id = ?", (key_id,)
        ).fetchone()
        if known is not None:
            if known[0] == device_id and not known[1]:
                return KeyCertification(key_id=key_id)
            return KeyCertification(code="key_id_taken", detail="make a new desk key")
        held = [
            k for k in badge_store.desk_keys_of(self.conn, device_id) if k.revoked_from_s is None
        ]
        if len(held) >= MAX_KEYS_PER_DEVICE:
            return KeyCertification(code="key_limit", detail=f"{len(held)} keys held")
        try:
            record = badge_store.certify_desk(self.replica, self.issuer(), public, device_id)
        except (BadgeKeyError, badge_store.BadgeStoreError) as error:
            return KeyCertification(code=error.code, detail=error.detail)
        appended = self.ingest_local_outbox()
        return KeyCertification(key_id=record.key_id, appended=appended)

    def device_refusal(self, device_name: str) -> str:
        """``device_revoked`` if the device is revoked, else ``""`` — read in the caller's
        transaction (a name never enrolled, as in storage-level tests, is not revoked)."""
        row = self.conn.execute(
            "SELECT revoked FROM hub_device_auth WHERE name = ?", (device_name,)
        ).fetchone()
        return "device_revoked" if row is not None and row[0] else ""

    def record_contact(
        self,
        origin: str,
        device_name: str,
        clock_offset_ms: int,
        cursor: int,
        *,
        max_replicas: int | None = None,
        announced: int | None = None,
    ) -> str:
        """A device said hello: remember when, its clock offset, its cursor and ``announced``,
        the last client_seq it has made (``None``: leave what is known).

        Returns ``""``, or why the hello is refused (nothing is written then):
        ``device_revoked``, or ``replica_limit`` when ``origin`` would be a replica beyond
        ``max_replicas`` for this device and none of its others can be pruned."""
        iso = iso_utc(self.clock.now_ms())
        with self.replica.transaction():
            refused = self.device_refusal(device_name)
            if refused:
                return refused
            if max_replicas is not None and not self._make_room(origin, device_name, max_replicas):
                return "replica_limit"
            self.conn.execute(
                "INSERT INTO hub_origin (origin, device_name, last_contact, clock_offset_ms, "
                "cursor, announced_client_seq) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (origin) DO UPDATE SET "
                "device_name = excluded.device_name, last_contact = excluded.last_contact, "
                "clock_offset_ms = excluded.clock_offset_ms, cursor = excluded.cursor, "
                "announced_client_seq = coalesce(excluded.announced_client_seq, "
                "announced_client_seq)",
                (origin, device_name, iso, clock_offset_ms, cursor, announced),
            )
        return ""

    def _make_room(self, origin: str, device_name: str, max_replicas: int) -> bool:
        """Room for ``origin`` among the device's replicas, pruning ones that never pushed
        (oldest contact first) if needed; ``False`` if there is none to prune."""
        known = self.conn.execute("SELECT 1 FROM hub_origin WHERE origin = ?", (origin,)).fetchone()
        if known is not None:
            return True
        rows = self.conn.execute(
            "SELECT origin, last_client_seq FROM hub_origin WHERE device_name = ? "
            "ORDER BY last_contact, origin",
            (device_name,),
        ).fetchall()
        excess = len(rows) + 1 - max_replicas
        if excess <= 0:
            return True
        idle = [r[0] for r in rows if not r[1]]
        if len(idle) < excess:
            return False
        self.conn.executemany(
            "DELETE FROM hub_origin WHERE origin = ? AND last_client_seq = 0",
            [(o,) for o in idle[:excess]],
        )
        return True

    def note_alive(self, alive: Sequence[tuple[str, int | None]]) -> None:
        """Replicas with an open connection: ``(origin, cursor or None)``; their last contact
        becomes now and their cursor moves forward to what they asked for last."""
        iso = iso_utc(self.clock.now_ms())
        with self.replica.transaction():
            self.conn.executemany(
                "UPDATE hub_origin SET last_contact = ?, "
                "cursor = max(coalesce(cursor, 0), coalesce(?, cursor, 0)) WHERE origin = ?",
                [(iso, cursor, origin) for origin, cursor in alive],
            )

    def touch_device(self, name: str) -> int:
        """Set the replicated ``device.last_seen`` (an op, so supervisors see contact)."""
        now = self.clock.now_ms()
        with self.replica.batch() as batch:
            row = self.conn.execute(
                "SELECT a.device_id, d.last_seen FROM hub_device_auth a "
                "JOIN device d ON d.id = a.device_id WHERE a.name = ?",
                (name,),
            ).fetchone()
            if row is None:
                return 0
            if row[1] and parse_iso_utc(row[1]) > now - LAST_SEEN_GRANULARITY_MS:
                return 0  # at most one op a minute per device: contact, not chatter
            batch.update("device", row[0], {"last_seen": iso_utc(now)})
            return self._ingest_local_outbox()

    # -- devices -----------------------------------------------------------------------------

    def enrol(self, name: str, role: str) -> tuple[str, str]:
        """Create a device; returns ``(device_id, token)``. Only the token's hash is kept."""
        if role not in ROLES:
            raise DeviceError("unknown_role", f"role must be one of {', '.join(ROLES)}")
        if not name.strip():
            raise DeviceError("empty_name", "a device needs a name")
        if len(name) > MAX_NAME_CHARS:
            raise DeviceError("name_too_long", f"at most {MAX_NAME_CHARS} characters")
        token = secrets.token_urlsafe(32)
        while token.startswith("-"):  # `wufops sync --token -x…` would read it as an option
            token = secrets.token_urlsafe(32)
        with self.replica.batch() as batch:
            taken = self.conn.execute(
                "SELECT 1 FROM hub_device_auth WHERE name = ?", (name,)
            ).fetchone()
            if taken is not None:
                raise DeviceError("name_taken", f"a device named {name!r} is enrolled")
            device_id = batch.insert("device", {"name": name, "role": role, "revoked": 0})
            self.conn.execute(
                "INSERT INTO hub_device_auth (device_id, name, role, token_hash, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (device_id, name, role, hash_token(token), iso_utc(self.clock.now_ms())),
            )
            self._ingest_local_outbox()
        return device_id, token

    def revoke(self, name: str) -> None:
        """Revoke a device, in one transaction: its credentials, its replicated ``device``
        row, its desk keys. Once this returns, a hub serving this file (in this process or
        another) applies none of its ops."""
        with self.replica.batch() as batch:
            row = self.conn.execute(
                "SELECT device_id FROM hub_device_auth WHERE name = ?", (name,)
            ).fetchone()
            if row is None:
                raise DeviceError("unknown_device", f"no device named {name!r}")
            self.conn.execute("UPDATE hub_device_auth SET revoked = 1 WHERE name = ?", (name,))
            batch.update("device", row[0], {"revoked": 1})
            # its desk keys too: badges it signs from now on are refused by every verifier
            revoked_from = iso_utc(self.clock.now_ms() // 1000 * 1000)
            for key in badge_store.desk_keys_of(self.conn, row[0]):
                if key.revoked_from_s is None:
                    batch.update("signing_key", key.key_id, {"revoked_from": revoked_from})
            # replicas it never pushed from hold nothing worth keeping
            self.conn.execute(
                "DELETE FROM hub_origin WHERE device_name = ? AND last_client_seq = 0", (name,)
            )
            self._ingest_local_outbox()
