"""The merge rule, one deterministic function used by desks and hub alike (design.md §5).

- events (``Op.kind == "event"``) form a grow-only set: applying one twice changes nothing;
- edits are per-field last-writer-wins on ``(hlc, device_id)``;
- an edit whose ``base`` for a field is not the version it meets was made without seeing that
  version: a *concurrent* edit. It still resolves by LWW, and the caller may record it.

Pure: takes the current versions and values, returns what to write. ``wufops.store.apply``
does the SQL.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from wufops.sync.ops import JsonValue, Op


@dataclass(frozen=True, order=True)
class Version:
    """Who last wrote a field: ordered by ``(hlc, device_id)``, the LWW order."""

    hlc: int
    device_id: str


@dataclass(frozen=True)
class ConcurrentEdit:
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
    return Resolution(writes, tuple(concurrent))
