"""The desk's thin adapter over ``wufops.badges`` and ``wufops.store.badges``.

Owns three things the scan path needs from the badges code, and nothing of its own making:

- a :class:`KeyCache`: the verifier's keyring, rebuilt only when the ``signing_key`` table
  changes (a fingerprint query on a tiny table), so a scan does not rebuild Ed25519 objects;
- :func:`reissue_signer`: which key a desk signs a replacement badge with — its certified desk
  key, else the issuer key when this database holds it (single-machine set-ups, the demo);
- :func:`resolver`: ``(attendee_ref, serial) -> attendee id`` from the badge row (one index
  probe; its attendee must match the token's reference), else — a badge issued after this
  desk's last sync — through the token's attendee reference among the attendees this desk
  holds (a reference → attendee map built on first need, rebuilt when attendees arrive);
  :func:`is_newer_badge` says which of the two it was;
- :func:`verify_scan`: ``verify_token`` on the text as scanned, then — only if that is
  ``malformed``, fails its signature or names a key this device does not know (a swapped
  letter in the key id) — on what a scanner set to another keyboard layout meant
  (``wufops.checkin.layouts``).

Token format, keys, signing and rendering live in ``wufops.badges``; this module only calls
them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection

from wufops.checkin.layouts import repairs
from wufops.crypto.keys import Keyring, Signer
from wufops.crypto.token import Decision as TokenDecision
from wufops.crypto.token import attendee_ref, verify_token
from wufops.store import badges as badge_store
from wufops.store import checkins as store


class KeyCache:
    """The keyring of one database connection, rebuilt when its keys change."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._fingerprint: tuple[int, str] | None = None
        self._keyring = Keyring({})

    def keyring(self) -> Keyring:
        fingerprint = badge_store.keys_fingerprint(self._conn)
        if fingerprint != self._fingerprint:
            self._keyring = badge_store.load_keyring(self._conn)
            self._fingerprint = fingerprint
        return self._keyring


def resolver(conn: sqlite3.Connection, event_id: str) -> Callable[[bytes, int], str | None]:
    """Map a verified token to its attendee: through the badge row (which must agree with
    the token's reference), or — the badge is newer than this desk's copy — through the
    reference alone, when exactly one attendee of ``event_id`` on this desk carries it.

    Only called for a token whose signature verified with a trusted key and whose serial is
    not on the revocation list (``verify_token`` checks both first)."""
    refs: dict[bytes, list[str]] = {}
    counted = -1

    def by_reference(ref: bytes) -> str | None:
        nonlocal refs, counted
        count = store.attendee_count(conn, event_id)
        if count != counted:  # attendees arrived (or left) since: map them again
            refs, counted = badge_store.attendee_refs(conn, event_id), count
        ids = refs.get(ref, [])
        return ids[0] if len(ids) == 1 else None

    def resolve(ref: bytes, serial: int) -> str | None:
        badge = store.badge_by_serial(conn, serial)
        if badge is None:
            return by_reference(ref)
        if attendee_ref(badge.attendee_id) != ref:
            return None
        return badge.attendee_id

    return resolve


def reissue_signer(conn: sqlite3.Connection, now_s: int) -> Signer | None:
    """The key this device signs a replacement badge with, or ``None`` if it holds none."""
    keyring = badge_store.load_keyring(conn)
    for kind in ("desk", "issuer"):
        for signer in badge_store.usable_signers(conn, now_s, kind):
            if keyring.get(signer.key_id) is not None:
                return signer
    return None


_UNREADABLE = ("malformed", "invalid_signature")


def verify_scan(
    text: str,
    keyring: Keyring,
    revoked: Collection[int],
    event_id: str,
    resolve: Callable[[bytes, int], str | None] | None = None,
) -> tuple[TokenDecision, str]:
    """The token decision and the keyboard layout it was read through (``""``: as typed)."""
    verdict = verify_token(text, keyring, revoked, event_id, resolve_attendee=resolve)
    unknown_key = verdict.code == "unknown" and keyring.get(verdict.key_id) is None
    if verdict.code not in _UNREADABLE and not unknown_key:
        return verdict, ""
    best = verdict
    for layout, meant in repairs(text):
        repaired = verify_token(meant, keyring, revoked, event_id, resolve_attendee=resolve)
        # taken only when its signature verified with a key this device trusts
        known_key = keyring.get(repaired.key_id) is not None
        if repaired.code not in _UNREADABLE and known_key:
            return repaired, layout
        if best.code == "malformed" and repaired.code == "invalid_signature":
            best = repaired  # a token after all, but not a genuine one: say so
    return best, ""
