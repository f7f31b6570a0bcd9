"""The op: the unit every write travels as, from the local outbox to the hub and back out.

Pure data (no I/O). ``kind`` is ``insert`` or ``update`` for entities edited field by field,
``event`` for immutable, grow-only records (check-ins, prints).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal, cast

OpKind = Literal["insert", "update", "event"]
OP_KINDS: tuple[OpKind, ...] = ("insert", "update", "event")

JsonValue = Any  # a JSON-serialisable scalar: str, int, float, bool or None


@dataclass(frozen=True)
class Op:
    op_id: str
    device_id: str
    hlc: int
    kind: OpKind
    entity: str
    row_id: str
    body: dict[str, JsonValue]
    #: for each edited field, the HLC of the version this edit was based on (0: none seen)
    base: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "op_id": self.op_id,
            "device_id": self.device_id,
            "hlc": self.hlc,
            "kind": self.kind,
            "entity": self.entity,
            "id": self.row_id,
            "body": self.body,
            "base": self.base,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Op:
        """Parse an op received from elsewhere; raises ``ValueError`` when malformed."""
        try:
            kind = data["kind"]
            if kind not in OP_KINDS:
                raise ValueError(f"unknown op kind {kind!r}")
            body = data["body"]
            base = data.get("base", {})
            if not isinstance(body, dict) or not isinstance(base, dict):
                raise ValueError("op body and base must be objects")
            for key, value in body.items():
                if not isinstance(key, str) or isinstance(value, dict | list):
                    raise ValueError(f"op body field {key!r} must be a scalar")
            for key, value in base.items():
                if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                    raise ValueError(f"op base of {key!r} must be a non-negative integer")
            hlc = data["hlc"]
            if not isinstance(hlc, int) or isinstance(hlc, bool) or not 0 < hlc < 1 << 64:
                raise ValueError("op hlc must be a positive 64-bit integer")
            for name in ("op_id", "device_id", "entity", "id"):
                if not isinstance(data[name], str) or not data[name]:
                    raise ValueError(f"op {name} must be a non-empty string")
            return cls(
                op_id=data["op_id"],
                device_id=data["device_id"],
                hlc=hlc,
                kind=cast(OpKind, kind),
                entity=data["entity"],
                row_id=data["id"],
                body=dict(body),
                base=dict(base),
            )
        except KeyError as missing:
            raise ValueError(f"op lacks field {missing}") from None

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))
