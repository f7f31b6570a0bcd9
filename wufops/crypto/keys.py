"""Badge signing keys: the issuer key, desk keys certified by it, and the keyring verifiers use.

Pure (no SQL, no clock reads): ``wufops.store.badges`` persists what these functions make.

- The **issuer** key (held by the hub; until the hub exists, by the database that runs
  ``wufops badges``) signs badge tokens and certifies desk keys.
- A **desk** key is generated on the desk; only its public half leaves the device. The issuer
  certifies it: an Ed25519 signature over (key id, device id, public key, validity, serial
  range, issuer key id). With it a desk issues reprints offline, from its own serial range.
- A :class:`Keyring` is what a verifier (gate, desk) holds: public keys only. Desk keys whose
  certificate does not verify against an issuer key of the same keyring are left out.

Serials: ``serial = serial_range << 32 | counter`` (counter 1 … 2³²−1). The issuer uses range
0; every certified desk key gets a range of its own, so two devices can never mint the same
serial, online or not.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from wufops.errors import CodedError

KeyKind = Literal["issuer", "desk"]

KEY_ID_BYTES = 4
SERIAL_COUNTER_BITS = 32
MAX_SERIAL_RANGE = (1 << 16) - 1
#: default validity of a new key (seconds): the forum plus set-up and a spare year
DEFAULT_VALIDITY_S = 2 * 365 * 24 * 3600

_KEY_ID_DOMAIN = b"wufops-key-id\x00"
_CERT_DOMAIN = b"wufops-desk-cert-v1\x00"


class BadgeKeyError(CodedError):
    """A key cannot be made, certified or used; ``code`` says why."""


@dataclass(frozen=True)
class KeyRecord:
    """The public, replicated description of a signing key (a ``signing_key`` row)."""

    key_id: str
    kind: KeyKind
    public_key: bytes
    valid_from_s: int
    valid_until_s: int
    serial_range: int = 0
    device_id: str = ""
    issuer_key_id: str = ""
    #: the issuer's signature over :func:`certificate_message` (desk keys only)
    certificate: bytes = b""
    #: signatures of tokens issued at or after this instant are refused (``None``: not revoked)
    revoked_from_s: int | None = None

    @property
    def serial_bounds(self) -> tuple[int, int]:
        """The lowest and highest serial this key may issue."""
        base = self.serial_range << SERIAL_COUNTER_BITS
        return base + 1, base + (1 << SERIAL_COUNTER_BITS) - 1


@dataclass(frozen=True)
class Signer:
    """A private key and its public record: what issues tokens on this device."""

    record: KeyRecord
    private_bytes: bytes = field(repr=False)
    _private: Ed25519PrivateKey = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        private = Ed25519PrivateKey.from_private_bytes(self.private_bytes)
        if _raw_public(private.public_key()) != self.record.public_key:
            raise BadgeKeyError("key_mismatch", f"private key does not match {self.record.key_id}")
        object.__setattr__(self, "_private", private)

    @property
    def key_id(self) -> str:
        return self.record.key_id

    def sign(self, message: bytes) -> bytes:
        return self._private.sign(message)


def _raw_public(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(Encoding.Raw, PublicFormat.Raw)


def generate_private_key() -> bytes:
    """32 raw bytes of a fresh Ed25519 private key (made on the device that will use it)."""
    return Ed25519PrivateKey.generate().private_bytes(
        Encoding.Raw, PrivateFormat.Raw, NoEncryption()
    )


def public_key_of(private_bytes: bytes) -> bytes:
    return _raw_public(Ed25519PrivateKey.from_private_bytes(private_bytes).public_key())


def key_id_for(public_key: bytes) -> str:
    """The short key id (8 hex digits) carried in every token signed by ``public_key``."""
    return hashlib.sha256(_KEY_ID_DOMAIN + public_key).digest()[:KEY_ID_BYTES].hex()


def create_issuer_key(
    now_s: int, *, valid_for_s: int = DEFAULT_VALIDITY_S, private_bytes: bytes | None = None
) -> Signer:
    """A new issuer key valid from ``now_s`` (serial range 0)."""
    private = private_bytes if private_bytes is not None else generate_private_key()
    public = public_key_of(private)
    record = KeyRecord(
        key_id=key_id_for(public),
        kind="issuer",
        public_key=public,
        valid_from_s=now_s,
        valid_until_s=now_s + valid_for_s,
    )
    return Signer(record, private)


def certificate_message(record: KeyRecord) -> bytes:
    """The bytes the issuer signs to certify a desk key (fixed layout, length-prefixed)."""
    device = record.device_id.encode("utf-8")
    return b"".join(
        (
            _CERT_DOMAIN,
            bytes.fromhex(record.key_id),
            bytes.fromhex(record.issuer_key_id),
            struct.pack(">H", len(device)),
            device,
            record.public_key,
            struct.pack(">qqH", record.valid_from_s, record.valid_until_s, record.serial_range),
        )
    )


def certify_desk_key(
    issuer: Signer,
    desk_public_key: bytes,
    *,
    device_id: str,
    serial_range: int,
    valid_from_s: int,
    valid_until_s: int,
) -> KeyRecord:
    """The issuer's certificate for a desk's public key, as a key record to replicate."""
    if issuer.record.kind != "issuer":
        raise BadgeKeyError("not_issuer", f"{issuer.key_id} is a {issuer.record.kind} key")
    if not 1 <= serial_range <= MAX_SERIAL_RANGE:
        raise BadgeKeyError("bad_serial_range", f"serial range {serial_range} not in 1…65535")
    if len(desk_public_key) != 32:
        raise BadgeKeyError("bad_public_key", "an Ed25519 public key is 32 bytes")
    if not device_id:
        raise BadgeKeyError("bad_device", "a desk key belongs to a device")
    if valid_until_s <= valid_from_s:
        raise BadgeKeyError("bad_validity", "a key must be valid for some time")
    try:
        Ed25519PublicKey.from_public_bytes(desk_public_key)
    except ValueError:
        raise BadgeKeyError("bad_public_key", "not an Ed25519 public key") from None
    unsigned = KeyRecord(
        key_id=key_id_for(desk_public_key),
        kind="desk",
        public_key=desk_public_key,
        valid_from_s=valid_from_s,
        valid_until_s=valid_until_s,
        serial_range=serial_range,
        device_id=device_id,
        issuer_key_id=issuer.key_id,
    )
    signature = issuer.sign(certificate_message(unsigned))
    return replace(unsigned, certificate=signature)


@dataclass(frozen=True)
class TrustedKey:
    """A key a verifier accepts, with its public key object built once."""

    record: KeyRecord
    public: Ed25519PublicKey = field(compare=False, repr=False)

    def verify(self, signature: bytes, message: bytes) -> bool:
        try:
            self.public.verify(signature, message)
        except InvalidSignature:
            return False
        return True


@dataclass(frozen=True)
class Keyring:
    """The public keys a verifier accepts (several, for rotation), by key id."""

    keys: Mapping[str, TrustedKey]
    #: desk keys left out, with the reason (``bad_certificate``, ``unknown_issuer`` …)
    rejected: tuple[tuple[str, str], ...] = ()

    def get(self, key_id: str) -> TrustedKey | None:
        return self.keys.get(key_id)

    @classmethod
    def build(cls, records: Iterable[KeyRecord]) -> Keyring:
        """Issuer keys are taken as trust anchors; a desk key is kept only if its certificate
        verifies against an issuer key among ``records``."""
        records = list(records)
        keys: dict[str, TrustedKey] = {}
        rejected: list[tuple[str, str]] = []
        for record in records:
            if record.kind == "issuer":
                keys[record.key_id] = _trusted(record)
        for record in records:
            if record.kind != "desk":
                continue
            issuer = keys.get(record.issuer_key_id)
            reason = ""
            if issuer is None or issuer.record.kind != "issuer":
                reason = "unknown_issuer"
            elif key_id_for(record.public_key) != record.key_id:
                reason = "bad_key_id"
            elif not issuer.verify(record.certificate, certificate_message(record)):
                reason = "bad_certificate"
            elif (
                issuer.record.revoked_from_s is not None
                and record.valid_from_s >= issuer.record.revoked_from_s
            ):
                reason = "issuer_revoked"  # certified after its issuer was revoked
            if reason:
                rejected.append((record.key_id, reason))
            else:
                keys[record.key_id] = _trusted(record)
        return cls(keys, tuple(rejected))


def _trusted(record: KeyRecord) -> TrustedKey:
    return TrustedKey(record, Ed25519PublicKey.from_public_bytes(record.public_key))
