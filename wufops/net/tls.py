"""The venue's own certificate authority for ``wss://`` (``wufops hub --tls``).

The hub generates, once, a venue CA and a server certificate signed by it (ECDSA P-256,
``cryptography``), stored beside its database. Devices pin the CA: the enrolment QR carries
the CA certificate's SHA-256 fingerprint, and :func:`client_context` refuses a CA whose
fingerprint differs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import socket
import ssl
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from wufops.errors import CodedError


class TlsError(CodedError):
    """An error of this module: a stable ``code`` and a ``detail``."""


@dataclass(frozen=True)
class VenueTls:
    ca_cert: Path
    server_cert: Path
    server_key: Path

    @property
    def fingerprint(self) -> str:
        return ca_fingerprint(self.ca_cert.read_bytes())


def ca_fingerprint(ca_pem: bytes) -> str:
    """SHA-256 of the CA certificate (DER), lower-case hex."""
    cert = x509.load_pem_x509_certificate(ca_pem)
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def _write_key(path: Path, key: ec.EllipticCurvePrivateKey) -> None:
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    path.chmod(0o600)


def ensure_venue_tls(directory: Path, hosts: list[str], now: dt.datetime) -> VenueTls:
    """The venue CA and server certificate in ``directory``, created on first use.

    ``hosts`` are the names and addresses desks use to reach the hub (IP addresses become
    IP SANs); localhost and this machine's host name are always included.
    """
    directory.mkdir(parents=True, exist_ok=True)
    tls = VenueTls(directory / "venue-ca.pem", directory / "hub.pem", directory / "hub.key")
    if tls.ca_cert.exists() and tls.server_cert.exists() and tls.server_key.exists():
        return tls
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "WUF Ops venue CA")])
    valid_to = now + dt.timedelta(days=400)
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(valid_to)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    names: list[x509.GeneralName] = []
    for host in sorted({"localhost", "127.0.0.1", socket.gethostname(), *hosts}):
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    server_key = ec.generate_private_key(ec.SECP256R1())
    server = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "WUF Ops hub")]))
        .issuer_name(ca_name)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(valid_to)
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    _write_key(directory / "venue-ca.key", ca_key)
    _write_key(tls.server_key, server_key)
    tls.ca_cert.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    tls.server_cert.write_bytes(server.public_bytes(serialization.Encoding.PEM))
    return tls


def server_context(tls: VenueTls) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(tls.server_cert, tls.server_key)
    return ctx


def client_context(ca_pem: bytes, fingerprint: str = "") -> ssl.SSLContext:
    """Trust only the venue CA; with ``fingerprint``, only if it is the pinned one."""
    if fingerprint and ca_fingerprint(ca_pem) != fingerprint.lower():
        raise TlsError("ca_mismatch", "the venue CA is not the one this device was enrolled with")
    ctx = ssl.create_default_context(cadata=ca_pem.decode("ascii"))
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx
