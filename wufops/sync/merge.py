"""The merge rule, one deterministic function used by desks and hub alike (design.md §5).

- events (``Op.kind == "event"``) form a grow-only set: applying one twice changes nothing;
- edits are per-field last-writer-wins on ``(hlc, device_id)``;
- an edit whose ``base`` for a field is not the version it meets was made without seeing that
  version: a *concurrent* edit. It still resolves by LWW, and the caller may record it;
- some fields change together as one value (:data:`FIELD_GROUPS`: a session's placement is
  its room, start and end). Every op that writes one of them writes all of them
  (:func:`partial_group` finds an op that does not; the write path and the hub refuse it
  as ``partial_<group>``), so per-field LWW takes all of them from the same op and two
  concurrent moves never merge into a room and time that neither chose. A concurrent edit of
  a group is reported once, under the group's name, with the whole values of both sides.

Pure: takes the current versions and values, returns what to write. ``wufops.store.apply``
does the SQL.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace

from wufops.sync.ops import JsonValue, Op

#: per entity, the groups of fields that change together: group name -> its fields
FIELD_GROUPS: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "session": {"placement": ("room_id", "starts_at", "ends_at")},
    # an access unit: one interpreter or captioner, or a Deaf interpreter and their feed
    "assignment_slot": {"unit": ("provider_id", "feed_provider_id")},
}
#: a session's placement: where and when it happens, one replicated value
PLACEMENT_FIELDS: tuple[str, ...] = FIELD_GROUPS["session"]["placement"]


def partial_group(entity: str, names: Collection[str]) -> str | None:
    """The first group of ``entity`` that ``names`` (an op's body fields) touches without
    carrying all of its fields, or ``None``."""
    present = set(names)
    for group, members in FIELD_GROUPS.get(entity, {}).items():
        touched = present.intersection(members)
        if touched and len(touched) < len(members):
            return group
    return None


def complete_groups(
    entity: str, changed: Mapping[str, JsonValue], given: Mapping[str, JsonValue]
) -> dict[str, JsonValue]:
    """``changed`` plus, for every group it touches, the group's other fields from ``given``
    (a write that drops unchanged fields keeps a group whole: moving a session to another
    time in the same room still writes its room)."""
    out = dict(changed)
    for members in FIELD_GROUPS.get(entity, {}).values():
        if out.keys() & set(members):
            out.update({name: given[name] for name in members if name in given})
    return out


@dataclass(frozen=True, order=True)
class Version:
    """Who last wrote a field: ordered by ``(hlc, device_id)``, the LWW order."""

    hlc: int
    device_id: str


@dataclass(frozen=True)
class ConcurrentEdit:
    """Two edits of one field (or field group) made without seeing each other. For a group,
    ``field`` is the group's name and the values are ``{field: value}`` of all its fields."""

    field: str
    winner: Version
    winner_value: JsonValue
    loser: Version
    loser_value: JsonValue


@dataclass(frozen=True)
class Resolution:
    #: fields to write and their new values
    writes: dict[str, JsonValue] = field(default_factory=dict)
    #: concurrent edits of the same field with different values (for conflict records)
    concurrent: tuple[ConcurrentEdit, ...] = ()


def resolve_edit(
    op: Op,
    versions: Mapping[str, Version],
    values: Mapping[str, JsonValue],
) -> Resolution:
    """Resolve an insert/update ``op`` against the row's current field ``versions``/``values``.

    Idempotent: re-resolving an op that was already applied writes nothing, because its own
    version is now the current one and is not strictly older.
    """
    incoming = Version(op.hlc, op.device_id)
    writes: dict[str, JsonValue] = {}
    concurrent: list[ConcurrentEdit] = []
    for name, value in op.body.items():
        current = versions.get(name)
        if current is None:
            writes[name] = value
            continue
        if current == incoming:
            continue  # this very op, applied before
        wins = incoming > current
        if wins:
            writes[name] = value
        based_on = op.base.get(name, 0)
        if based_on != current.hlc and value != values.get(name):
            if wins:
                edit = ConcurrentEdit(name, incoming, value, current, values.get(name))
            else:
                edit = ConcurrentEdit(name, current, values.get(name), incoming, value)
            concurrent.append(edit)
    return Resolution(writes, _grouped(op, values, concurrent))


def _grouped(
    op: Op, values: Mapping[str, JsonValue], edits: list[ConcurrentEdit]
) -> tuple[ConcurrentEdit, ...]:
    """The concurrent edits with those of one field group folded into one, under the
    group's name, carrying the whole value of each side."""
    out = list(edits)
    for group, members in FIELD_GROUPS.get(op.entity, {}).items():
        inside = [e for e in out if e.field in members]
        if not inside:
            continue
        first = inside[0]
        incoming = {name: op.body.get(name) for name in members}
        current = {name: values.get(name) for name in members}
        won = first.winner == Version(op.hlc, op.device_id)
        edit = replace(
            first,
            field=group,
            winner_value=incoming if won else current,
            loser_value=current if won else incoming,
        )
        out = [e for e in out if e.field not in members]
        out.append(edit)
    return tuple(out)
