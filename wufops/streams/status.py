"""A slot's status — planned → testing → live → complete — as a table of allowed transitions,
and the status change written through the op log.

:data:`TRANSITIONS` is the whole rule (docs/streams.md has it as a table):

| from | may go to | why |
|---|---|---|
| ``planned`` | ``testing``, ``live`` | test the signal first; or on air without a test |
| ``testing`` | ``live``, ``planned`` | on air; or the test is over, the slot waits again |
| ``live`` | ``complete`` | off air |
| ``complete`` | ``live`` | back on air: the stream dropped, or was ended by mistake |

Anything else — a status set to itself included — is refused with ``transition_refused``
(:class:`StreamError` with ``from_status`` and ``to_status``); nothing is written then.

A change (:func:`set_slot_status`) is two writes in one commit: the slot's ``status`` field,
an ordinary edit that merges last-writer-wins (two screens changing one slot during a
network cut end on the same status everywhere, and the hub keeps the losing change as a
``concurrent_edit`` conflict record), and an immutable ``stream_status_change`` record stamped
with the op's HLC and device — the trail of who changed what and when, which the hub checks
(``device_mismatch``, ``stamp_mismatch``) and every screen replicates. The transition is
checked against the status this device holds when the change is made; changes made apart
during a cut are not rechecked after the merge (the work already happened), as design.md §5
wants.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from wufops.errors import CodedError
from wufops.models.streams import SLOT_STATUSES, SlotStatus
from wufops.store import schedule as schedule_store
from wufops.store import streams as store
from wufops.store.replica import Replica

#: from each status, the statuses a slot may go to
TRANSITIONS: Mapping[SlotStatus, frozenset[SlotStatus]] = {
    "planned": frozenset({"testing", "live"}),
    "testing": frozenset({"live", "planned"}),
    "live": frozenset({"complete"}),
    "complete": frozenset({"live"}),
}


class StreamError(CodedError):
    """A stream edit refused: ``code`` is stable, ``detail`` says why in English; a refused
    transition also names ``from_status`` and ``to_status``."""

    def __init__(
        self, code: str, detail: str, *, from_status: str = "", to_status: str = ""
    ) -> None:
        super().__init__(code, detail)
        self.from_status = from_status
        self.to_status = to_status


def allowed(before: SlotStatus) -> tuple[SlotStatus, ...]:
    """The statuses a slot in ``before`` may go to, in lifecycle order."""
    return tuple(s for s in SLOT_STATUSES if s in TRANSITIONS[before])


def check_transition(before: SlotStatus, after: str) -> SlotStatus:
    """``after`` as a status ``before`` may go to. Raises ``bad_status`` (not a status) or
    ``transition_refused``."""
    if after not in SLOT_STATUSES:
        raise StreamError(
            "bad_status", f"status {after!r}: one of {', '.join(SLOT_STATUSES)}", to_status=after
        )
    target = after
    if target not in TRANSITIONS[before]:
        if target == before:
            why = f"the slot is already {before}"
        else:
            options = " or ".join(allowed(before)) or "nothing"
            why = f"a {before} slot can go to {options}, not {target}"
        raise StreamError("transition_refused", why, from_status=before, to_status=target)
    return target


@dataclass(frozen=True)
class StatusChanged:
    slot_id: str
    before: SlotStatus
    after: SlotStatus
    #: the ``stream_status_change`` record written
    change_id: str


def set_slot_status(
    replica: Replica, slot_id: str, status: str, *, event_id: str | None = None
) -> StatusChanged:
    """Move a slot to ``status`` if :data:`TRANSITIONS` allows it from the status it has on
    this device; written through the op log (the status and its change record, one commit).
    Raises ``unknown_slot``, ``bad_status``, ``transition_refused``."""
    with replica.batch() as batch:
        conn = replica.conn
        event = schedule_store.event_info(conn, event_id)
        slot = store.load_slots(conn, event.id, [slot_id]).get(slot_id)
        if slot is None:
            raise StreamError("unknown_slot", f"no stream slot {slot_id} in this event")
        if slot.withdrawn:
            raise StreamError(
                "slot_withdrawn", "the slot was taken off the plan; plan it again first"
            )
        after = check_transition(slot.status, status)
        wall_time = replica.now_iso()
        change_id = store.write_status(batch, slot_id, slot.status, after, wall_time=wall_time)
    return StatusChanged(slot_id, slot.status, after, change_id)
