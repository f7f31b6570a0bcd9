"""Who may write what, and what a gate may see: the hub's per-op rules (pure).

The rules are **data**: :data:`PERMISSIONS` lists, per role, every kind of write it may make
(a :class:`Grant`: entity, op kinds, the fields it may touch, allowed values of some fields,
and a named *scope* the hub checks against its own state). Anything not in the table is
refused with ``role_forbidden`` (docs/protocol.md, "Roles").

- a **gate** records entries and exits only and receives no personal data;
- a **desk** records pickups, voids, entries/exits and prints; corrects an attendee's names
  (the fields the desk's correction form edits) with the reason it gives
  (``attendee_correction``); issues a badge signed with its *own*
  hub-certified key (``own_desk_key``: the key belongs to the pushing device, the serial is
  in its range, the badge is ``valid``) and marks a badge ``lost``/``revoked`` only when that
  attendee holds a badge signed with its own key (``replaced_badge``: the offline reprint
  inserts the new badge first, then retires the old one). A desk can never make a badge
  ``valid`` again, set or clear a security hold, change a category or any other field;
- a **coordinator** edits the schedule — sessions (placement, status, the fields the
  workspace edits), rooms (availability, changeover, capacity), speakers' availability, the
  event's rule severities, where imported sessions and speakers came from
  (``schedule_source``) — and releases it (release records and their items); plans
  streams (channels, slots, the event's stream padding) and changes a slot's status (the
  slot's ``status`` and its ``stream_status_change`` record); and edits providers, assignment
  slots and the event's access-service rules (``access_settings``);
- an **admin** may do everything (imports, events, holds, categories, badge revocations,
  devices, issuer keys);
- anyone but a gate may mark a conflict ``resolved``.

Made only by the hub, for every role: ``conflict`` records (``hub_only``) and
``device_replica`` bindings (which replica belongs to which enrolled device: the hub writes
one when a replica first says hello). ``signing_key`` rows are trust anchors and hub-made
certificates: only admins (and the hub) write them (``key_hub_only``).

Events are checked for what they claim about who made them: an event's ``device_id`` field is
the replica that pushed it (``device_mismatch``) and a stamped event's ``hlc`` field is its
op's HLC (``stamp_mismatch``) — a forged ``hlc`` would make a pickup "the one that counts".

:func:`authorize` returns ``None`` or a :class:`Refusal` with a stable code; the hub answers
the scope questions (:class:`Scopes`). :func:`redact_op` and :func:`redact_row` shape what a
gate receives.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal, Protocol

from wufops.sync.ops import OP_KINDS, JsonValue, Op, OpKind

Role = Literal["desk", "gate", "coordinator", "admin"]
ROLES: tuple[Role, ...] = ("desk", "gate", "coordinator", "admin")

#: a check the hub makes against its own state (see :class:`Scopes`)
Scope = Literal["", "own_desk_key", "replaced_badge"]

#: entities only the hub writes (``conflict``: except marking one resolved)
HUB_ONLY: frozenset[str] = frozenset({"conflict", "device_replica"})
#: the attendee fields a desk's correction form edits (docs/desk-app.md)
DESK_ATTENDEE_FIELDS: frozenset[str] = frozenset(
    {"given_name", "family_name", "latin_given", "latin_family"}
)
#: what a newly issued badge carries
BADGE_FIELDS: frozenset[str] = frozenset(
    {"attendee_id", "serial", "key_id", "issued_at", "status", "token"}
)
_ALL_KINDS: frozenset[OpKind] = frozenset(OP_KINDS)
_EDIT: frozenset[OpKind] = frozenset({"insert", "update"})
_EVENT: frozenset[OpKind] = frozenset({"event"})
_COORDINATED = (
    "session",
    "room",
    "speaker_availability",
    "rule_severity",
    # where imported sessions and speakers came from (wufops.schedule_io)
    "schedule_source",
    "stream_channel",
    "stream_slot",
    "stream_settings",
    "provider",
    "assignment_slot",
    # the event's access-service rules (team thresholds, travel, caps: docs/access-services.md)
    "access_settings",
)
#: a release: its record and what it contained (immutable events); a stream slot's status
#: change (the trail of who changed it and when, docs/streams.md)
_COORDINATED_EVENTS = ("schedule_release", "schedule_release_item", "stream_status_change")
#: an admin's grant: every entity but the hub-only ones
ANY_ENTITY = "*"


@dataclass(frozen=True)
class Grant:
    """One row of the permission table.

    ``fields``: the body fields an op may carry (``None``: any). ``values``: for some fields,
    the only values allowed. ``scope``: a state check the hub answers (``""``: none).
    """

    entity: str
    kinds: frozenset[OpKind]
    fields: frozenset[str] | None = None
    values: Mapping[str, frozenset[JsonValue]] = field(default_factory=dict)
    scope: Scope = ""

    def covers(self, op: Op) -> bool:
        """Whether ``op`` is of this grant's shape (the scope is checked separately)."""
        if self.entity not in (op.entity, ANY_ENTITY) or op.kind not in self.kinds:
            return False
        if self.entity == ANY_ENTITY and op.entity in HUB_ONLY:
            return False
        if self.fields is not None and not set(op.body) <= self.fields:
            return False
        return all(
            name in op.body and op.body[name] in allowed for name, allowed in self.values.items()
        )


_RESOLVE_CONFLICT = Grant("conflict", frozenset({"update"}), frozenset({"resolved"}))

#: the permission table: every write each role may make (docs/protocol.md, "Roles")
PERMISSIONS: Mapping[str, tuple[Grant, ...]] = {
    "gate": (Grant("checkin_event", _EVENT, values={"kind": frozenset({"entry", "exit"})}),),
    "desk": (
        Grant(
            "checkin_event",
            _EVENT,
            values={"kind": frozenset({"badge_pickup", "void", "entry", "exit"})},
        ),
        Grant("print_event", _EVENT),
        Grant("attendee", frozenset({"update"}), DESK_ATTENDEE_FIELDS),
        Grant("attendee_correction", _EVENT),
        Grant(
            "badge",
            frozenset({"insert"}),
            BADGE_FIELDS,
            {"status": frozenset({"valid"})},
            "own_desk_key",
        ),
        Grant(
            "badge",
            frozenset({"update"}),
            frozenset({"status"}),
            {"status": frozenset({"lost", "revoked"})},
            "replaced_badge",
        ),
        _RESOLVE_CONFLICT,
    ),
    "coordinator": (
        *(Grant(e, _EDIT) for e in _COORDINATED),
        *(Grant(e, _EVENT) for e in _COORDINATED_EVENTS),
        _RESOLVE_CONFLICT,
    ),
    "admin": (Grant(ANY_ENTITY, _ALL_KINDS), _RESOLVE_CONFLICT),
}


@dataclass(frozen=True)
class Refusal:
    code: str
    detail: str


class Scopes(Protocol):
    """The hub's answers about its own state, for the grants that name a scope."""

    def own_desk_key(self, op: Op) -> bool:
        """A badge insert signed with a desk key certified for the pushing device, its
        serial in that key's range."""
        ...

    def replaced_badge(self, op: Op) -> bool:
        """A badge update whose badge's attendee holds another badge signed with a desk key
        of the pushing device (the replacement a desk's reprint issued)."""
        ...


class NoScopes:
    """Answers "no" to every scope question (a caller that has no hub state to ask)."""

    def own_desk_key(self, op: Op) -> bool:
        return False

    def replaced_badge(self, op: Op) -> bool:
        return False


def grants_for(role: str, op: Op) -> tuple[Grant, ...]:
    """The grants of ``role`` whose shape covers ``op`` (scopes not yet checked)."""
    return tuple(g for g in PERMISSIONS.get(role, ()) if g.covers(op))


def writable_fields(role: str, entity: str) -> frozenset[str] | None:
    """The fields of ``entity`` that ``role`` may update (``None``: any; empty: none).

    For a UI that offers only what the hub will take; ``""`` (a standalone desk that never
    met a hub) may edit anything on its own file."""
    if not role:
        return None
    found: set[str] = set()
    for grant in PERMISSIONS.get(role, ()):
        if grant.entity == ANY_ENTITY and entity in HUB_ONLY:
            continue
        if grant.entity in (entity, ANY_ENTITY) and "update" in grant.kinds:
            if grant.fields is None:
                return None
            found |= grant.fields or set()
    return frozenset(found)


def authorize(role: str, op: Op, scopes: Scopes | None = None) -> Refusal | None:
    """``None`` if ``role`` may make ``op``; otherwise why not."""
    if role not in ROLES:
        return Refusal("unknown_role", f"role {role!r}")
    if op.kind == "event":
        claimed = op.body.get("device_id")
        if claimed is not None and claimed != op.device_id:
            return Refusal("device_mismatch", "an event names the device that recorded it")
        stamped = op.body.get("hlc")
        if stamped is not None and stamped != op.hlc:
            return Refusal("stamp_mismatch", "an event's hlc field is its op's HLC")
    found = grants_for(role, op)
    if op.entity in HUB_ONLY and not found:
        return Refusal("hub_only", f"{op.entity} records are made by the hub")
    if op.entity == "signing_key" and role != "admin":
        # verifiers trust issuer rows as they are, and a desk row the hub did not certify
        # would let a desk mint serials outside its range: the hub writes them, nobody else
        return Refusal("key_hub_only", "signing keys are issued and certified by the hub")
    if not found:
        return Refusal("role_forbidden", _forbidden(role, op))
    answers = scopes or NoScopes()
    for grant in found:
        if _holds(grant.scope, answers, op):
            return None
    return Refusal("role_forbidden", _out_of_scope(found[0].scope))


def _holds(scope: Scope, answers: Scopes, op: Op) -> bool:
    if scope == "own_desk_key":
        return answers.own_desk_key(op)
    if scope == "replaced_badge":
        return answers.replaced_badge(op)
    return True


def _forbidden(role: str, op: Op) -> str:
    fields = ", ".join(sorted(op.body)) or "no field"
    what = f"{op.kind} {op.entity}"
    if op.entity == "checkin_event" and "kind" in op.body:
        what = f"record a {op.body['kind']} check-in"
    elif op.kind != "event":
        what += f" ({fields})"
    return f"a {role} may not {what}"


def _out_of_scope(scope: Scope) -> str:
    if scope == "own_desk_key":
        return "a desk issues badges only with its own certified key, within its serial range"
    return "a desk retires a badge only after issuing its replacement with its own key"


# -- what a gate sees ---------------------------------------------------------------------------

#: tables a gate replicates (no conflicts, no prints, no providers); ``signing_key`` holds
#: public keys only, which a gate needs to verify badges offline
GATE_TABLES: frozenset[str] = frozenset(
    {"event", "attendee", "badge", "checkin_event", "device", "device_replica", "signing_key"}
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
