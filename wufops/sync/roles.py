"""Who may write what, and what a gate may see: the hub's per-op rules (pure).

Roles (design.md §5): a **gate** records entries and exits only and receives no personal data;
a **desk** records pickups, voids, prints, badges and attendee corrections; a **coordinator**
edits the schedule, rooms, streams, providers and assignment slots (and marks conflicts
resolved); an **admin** may do everything, including imports and devices. Conflict rows are
created only by the hub itself. ``signing_key`` rows are trust anchors (issuer keys) and
certificates the hub made (desk keys): only the hub and admin devices write them — a desk
asks for its key to be certified in ``hello`` (docs/protocol.md), it never pushes one.

:func:`authorize` returns ``None`` or a :class:`Refusal` with a stable code; :func:`redact_op`
and :func:`redact_row` shape what a gate receives.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from wufops.sync.ops import Op

Role = Literal["desk", "gate", "coordinator", "admin"]
ROLES: tuple[Role, ...] = ("desk", "gate", "coordinator", "admin")

_COORDINATED = frozenset(
    {"session", "room", "stream_channel", "stream_slot", "provider", "assignment_slot"}
)
_DESK_CHECKINS = frozenset({"badge_pickup", "void", "entry", "exit"})
_GATE_CHECKINS = frozenset({"entry", "exit"})


@dataclass(frozen=True)
class Refusal:
    code: str
    detail: str


def authorize(role: str, op: Op) -> Refusal | None:
    """``None`` if ``role`` may make ``op``; otherwise why not."""
    if role not in ROLES:
        return Refusal("unknown_role", f"role {role!r}")
    claimed = op.body.get("device_id")
    if op.kind == "event" and claimed is not None and claimed != op.device_id:
        return Refusal("device_mismatch", "an event names the device that recorded it")
    if op.entity == "conflict":
        if op.kind == "update" and set(op.body) <= {"resolved"} and role != "gate":
            return None
        return Refusal("hub_only", "conflict records are made by the hub")
    if role == "admin":
        return None
    if op.entity == "signing_key":
        # verifiers trust issuer rows as they are, and a desk row the hub did not certify
        # would let a desk mint serials outside its range: the hub writes them, nobody else
        return Refusal("key_hub_only", "signing keys are issued and certified by the hub")
    if role == "gate":
        if op.entity == "checkin_event" and op.body.get("kind") in _GATE_CHECKINS:
            return None
        return Refusal("role_forbidden", "a gate records entries and exits only")
    if role == "desk":
        if op.entity == "checkin_event":
            if op.body.get("kind") in _DESK_CHECKINS:
                return None
            return Refusal("role_forbidden", "unknown check-in kind for a desk")
        if op.entity in ("print_event", "badge"):
            return None
        if op.entity == "attendee" and op.kind == "update":
            return None
        return Refusal(
            "role_forbidden",
            f"a desk may not {op.kind} {op.entity} (pickups, prints, "
            "badges and attendee corrections only)",
        )
    # coordinator
    if op.entity in _COORDINATED:
        return None
    return Refusal("role_forbidden", f"a coordinator may not {op.kind} {op.entity}")


# -- what a gate sees ---------------------------------------------------------------------------

#: tables a gate replicates (no conflicts, no prints, no providers); ``signing_key`` holds
#: public keys only, which a gate needs to verify badges offline
GATE_TABLES: frozenset[str] = frozenset(
    {"event", "attendee", "badge", "checkin_event", "device", "signing_key"}
)
#: roles whose own signing key the hub certifies (an admin may do whatever a desk does)
KEY_ROLES: frozenset[str] = frozenset({"desk", "admin"})
#: attendee fields a gate may hold (no names, organisation, country, e-mail, needs, notes)
GATE_ATTENDEE_FIELDS: frozenset[str] = frozenset({"event_id", "category", "security_hold"})


def _placeholders(row_id: str) -> dict[str, Any]:
    """Values that satisfy the attendee table's NOT NULL/CHECK rules without personal data."""
    return {"reg_code": row_id, "given_name": "", "family_name": "·", "country": "ZZ"}


def sees_table(role: str, table: str) -> bool:
    return role != "gate" or table in GATE_TABLES


def redact_op(role: str, op: Op) -> Op | None:
    """The op as ``role`` receives it, or ``None`` if it receives nothing of it."""
    if role != "gate":
        return op
    if op.entity not in GATE_TABLES:
        return None
    if op.entity != "attendee":
        return op
    body = {k: v for k, v in op.body.items() if k in GATE_ATTENDEE_FIELDS}
    base = {k: v for k, v in op.base.items() if k in GATE_ATTENDEE_FIELDS}
    if op.kind == "insert":
        body = {**_placeholders(op.row_id), **body}
    elif not body:
        return None
    return replace(op, body=body, base=base)


def redact_row(
    role: str, table: str, columns: Sequence[str], values: Sequence[Any]
) -> tuple[Any, ...]:
    """A snapshot row as ``role`` receives it (call only for tables it sees)."""
    if role != "gate" or table != "attendee":
        return tuple(values)
    row_id = values[columns.index("id")]
    fill = _placeholders(str(row_id))
    out = []
    for name, value in zip(columns, values, strict=True):
        if name == "id" or name in GATE_ATTENDEE_FIELDS:
            out.append(value)
        elif name in fill:
            out.append(fill[name])
        else:
            out.append(0 if isinstance(value, int) else "")
    return tuple(out)


def redact_fields(role: str, table: str, names: Sequence[str]) -> tuple[str, ...]:
    """The field names whose versions ``role`` receives for a row of ``table``."""
    if role != "gate" or table != "attendee":
        return tuple(names)
    return tuple(n for n in names if n in GATE_ATTENDEE_FIELDS)
