"""The enrolment text a new device scans or pastes (pure).

``wufops-enrol:?hub=wss://10.0.0.5:8765&name=desk-07&token=…&ca=<sha256 hex>`` — the hub
address, the device's token (shown once) and, for ``wss://``, the fingerprint of the venue
CA the device must pin.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlsplit

from wufops.errors import CodedError

SCHEME = "wufops-enrol"


class EnrolmentError(CodedError):
    """An error of this module: a stable ``code`` and a ``detail``."""


@dataclass(frozen=True)
class Enrolment:
    hub: str
    name: str
    token: str
    ca_fingerprint: str = ""

    def to_text(self) -> str:
        query = {"hub": self.hub, "name": self.name, "token": self.token}
        if self.ca_fingerprint:
            query["ca"] = self.ca_fingerprint
        return f"{SCHEME}:?{urlencode(query)}"


def parse_enrolment(text: str) -> Enrolment:
    parts = urlsplit(text.strip())
    if parts.scheme != SCHEME:
        raise EnrolmentError("not_enrolment", f"enrolment text starts with {SCHEME}:")
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    for key in ("hub", "name", "token"):
        if not query.get(key):
            raise EnrolmentError("incomplete_enrolment", f"enrolment lacks {key}")
    hub = query["hub"]
    if not hub.startswith(("ws://", "wss://")):
        raise EnrolmentError("bad_hub_address", "the hub address must start with ws:// or wss://")
    if hub.startswith("wss://") and not query.get("ca"):
        raise EnrolmentError("incomplete_enrolment", "a wss:// hub needs the CA fingerprint")
    return Enrolment(hub, query["name"], query["token"], query.get("ca", ""))
