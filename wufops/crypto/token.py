"""The signed badge token printed in the QR code: format, signing, parsing, the decision.

Binary layout (version 1, 27-byte payload + 64-byte Ed25519 signature = 91 bytes)::

    offset size  field
    0      1     version (1)
    1      4     key id            first 4 bytes of SHA-256("wufops-key-id\\0" + public key)
    5      4     event ref         first 4 bytes of SHA-256("wufops-event\\0" + event id)
    9      8     attendee ref      first 8 bytes of SHA-256("wufops-attendee\\0" + attendee id)
    17     6     badge serial      big-endian, ``serial_range << 32 | counter``
    23     4     issued at         big-endian Unix seconds (UTC)
    27     64    signature         Ed25519 over "wufops-badge-v1\\0" + bytes 0…26

Text form: RFC 4648 base32, upper case, **no padding** — 146 characters of ``[A-Z2-7]``, so
the QR uses alphanumeric mode (version 6 at ECC M) and a keyboard-wedge scanner set to the
desk's layout types it back unchanged on QWERTY, AZERTY, QWERTZ, Arabic and Cyrillic layouts
(no ``+ / =``, no case). Parsing accepts surrounding whitespace and lower case (caps-lock
trouble), nothing else.

Verification needs public keys and the revoked serials only (gates hold no names). Every
outcome is a :class:`Decision` with a stable code: ``admitted``, ``malformed``,
``invalid_signature``, ``unknown``, ``wrong_event``, ``revoked``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Literal

from wufops.crypto.keys import BadgeKeyError, Keyring, Signer
from wufops.errors import CodedError

TOKEN_VERSION = 1
PAYLOAD_BYTES = 27
SIGNATURE_BYTES = 64
TOKEN_BYTES = PAYLOAD_BYTES + SIGNATURE_BYTES
TOKEN_CHARS = -(-TOKEN_BYTES * 8 // 5)  # 146
ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
_ACCEPTED = ALPHABET | frozenset("abcdefghijklmnopqrstuvwxyz")
_PAD = "=" * (-TOKEN_CHARS % 8)

_SIGN_DOMAIN = b"wufops-badge-v1\x00"
_EVENT_DOMAIN = b"wufops-event\x00"
_ATTENDEE_DOMAIN = b"wufops-attendee\x00"
_LAYOUT = struct.Struct(">B4s4s8s6sI")

DecisionCode = Literal[
    "admitted", "malformed", "invalid_signature", "unknown", "wrong_event", "revoked"
]
DECISION_CODES: tuple[DecisionCode, ...] = (
    "admitted",
    "malformed",
    "invalid_signature",
    "unknown",
    "wrong_event",
    "revoked",
)


def event_ref(event_id: str) -> bytes:
    """The 4-byte event reference a token carries (enough to catch a badge of another event)."""
    return hashlib.sha256(_EVENT_DOMAIN + event_id.encode("utf-8")).digest()[:4]


def attendee_ref(attendee_id: str) -> bytes:
    """The 8-byte attendee reference a token carries; issuers check it is unique per event."""
    return hashlib.sha256(_ATTENDEE_DOMAIN + attendee_id.encode("utf-8")).digest()[:8]


@dataclass(frozen=True)
class TokenClaims:
    """What a token says, once parsed (not yet trusted)."""

    version: int
    key_id: str
    event_ref: bytes
    attendee_ref: bytes
    serial: int
    issued_at_s: int


@dataclass(frozen=True)
class Decision:
    """The outcome of checking a token; ``code`` is stable, ``message`` is for operators."""

    code: DecisionCode
    message: str
    attendee_id: str = ""
    attendee_ref: str = ""
    serial: int | None = None
    key_id: str = ""
    issued_at_s: int | None = None

    @property
    def admitted(self) -> bool:
        return self.code == "admitted"

    def to_json(self) -> dict[str, str | int | None]:
        return {
            "code": self.code,
            "attendee_id": self.attendee_id or self.attendee_ref,
            "serial": self.serial,
            "key_id": self.key_id,
            "message": self.message,
        }


class TokenError(CodedError):
    """A token cannot be issued (``code``: serial_out_of_range, bad_serial …)."""


def encode(raw: bytes) -> str:
    """Raw token bytes as unpadded upper-case base32 text."""
    return base64.b32encode(raw).decode("ascii").rstrip("=")


def sign_token(
    signer: Signer, event_id: str, attendee_id: str, serial: int, issued_at_s: int
) -> str:
    """A signed token for badge ``serial`` of ``attendee_id`` (deterministic: Ed25519)."""
    low, high = signer.record.serial_bounds
    if not low <= serial <= high:
        raise TokenError(
            "serial_out_of_range", f"serial {serial} is outside key {signer.key_id}'s range"
        )
    if not 0 <= issued_at_s < 1 << 32:
        raise TokenError("bad_time", f"issue time {issued_at_s} out of range")
    payload = _LAYOUT.pack(
        TOKEN_VERSION,
        bytes.fromhex(signer.key_id),
        event_ref(event_id),
        attendee_ref(attendee_id),
        serial.to_bytes(6, "big"),
        issued_at_s,
    )
    return encode(payload + signer.sign(_SIGN_DOMAIN + payload))


def _malformed(message: str) -> Decision:
    return Decision("malformed", message)


def parse_token(token: str | bytes) -> tuple[TokenClaims, bytes, bytes] | Decision:
    """``(claims, payload, signature)`` or a ``malformed`` decision; never raises."""
    if isinstance(token, bytes | bytearray):
        try:
            token = bytes(token).decode("ascii")
        except UnicodeDecodeError:
            return _malformed("not ASCII text")
    if not isinstance(token, str):
        return _malformed("not text")
    text = token.strip()
    if len(text) != TOKEN_CHARS:
        return _malformed(f"{len(text)} characters, a badge token has {TOKEN_CHARS}")
    if not set(text) <= _ACCEPTED:
        return _malformed("characters outside A–Z and 2–7")
    text = text.upper()
    try:
        raw = base64.b32decode(text + _PAD)
    except (binascii.Error, ValueError):
        return _malformed("not base32")
    if encode(raw) != text:
        return _malformed("non-canonical base32")
    if raw[0] != TOKEN_VERSION:
        return _malformed(f"unknown token version {raw[0]}")
    payload, signature = raw[:PAYLOAD_BYTES], raw[PAYLOAD_BYTES:]
    version, key_id, ev, att, serial, issued = _LAYOUT.unpack(payload)
    claims = TokenClaims(version, key_id.hex(), ev, att, int.from_bytes(serial, "big"), issued)
    return claims, payload, signature


def verify_token(
    token: str | bytes,
    keyring: Keyring,
    revoked_serials: Collection[int],
    event_id: str,
    *,
    resolve_attendee: Callable[[bytes, int], str | None] | None = None,
) -> Decision:
    """Check a scanned token offline: format, key, signature, event, revocation.

    ``resolve_attendee(attendee_ref, serial)`` (optional) maps the token to a full attendee id;
    returning ``None`` makes the decision ``unknown``. Never raises on any input.
    """
    parsed = parse_token(token)
    if isinstance(parsed, Decision):
        return parsed
    claims, payload, signature = parsed
    ref_hex = claims.attendee_ref.hex()

    def decide(code: DecisionCode, message: str, attendee_id: str = "") -> Decision:
        return Decision(
            code,
            message,
            attendee_id=attendee_id,
            attendee_ref=ref_hex,
            serial=claims.serial,
            key_id=claims.key_id,
            issued_at_s=claims.issued_at_s,
        )

    key = keyring.get(claims.key_id)
    if key is None:
        return Decision(
            "unknown",
            f"signed by key {claims.key_id}, which this device does not know",
            key_id=claims.key_id,
        )
    if not key.verify(signature, _SIGN_DOMAIN + payload):
        return Decision("invalid_signature", "the signature does not match: forged or damaged")
    if claims.event_ref != event_ref(event_id):
        return decide("wrong_event", "this badge belongs to another event")
    record = key.record
    if record.revoked_from_s is not None and claims.issued_at_s >= record.revoked_from_s:
        return decide("revoked", f"issued with key {record.key_id} after it was revoked")
    if not record.valid_from_s <= claims.issued_at_s <= record.valid_until_s:
        return decide("unknown", f"issued outside the validity of key {record.key_id}")
    low, high = record.serial_bounds
    if not low <= claims.serial <= high:
        return decide("unknown", f"serial {claims.serial} is not in key {record.key_id}'s range")
    if claims.serial in revoked_serials:
        return decide("revoked", f"badge {claims.serial} was revoked (lost or reprinted)")
    attendee_id = ""
    if resolve_attendee is not None:
        found = resolve_attendee(claims.attendee_ref, claims.serial)
        if found is None:
            return decide("unknown", "no attendee on this device matches the badge")
        attendee_id = found
    return decide("admitted", "valid badge", attendee_id)


__all__ = [
    "ALPHABET",
    "DECISION_CODES",
    "TOKEN_CHARS",
    "BadgeKeyError",
    "Decision",
    "DecisionCode",
    "TokenClaims",
    "TokenError",
    "attendee_ref",
    "event_ref",
    "parse_token",
    "sign_token",
    "verify_token",
]
