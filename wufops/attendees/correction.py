"""A desk's correction of an attendee's record, with the reason the desk gives.

The changed fields and a ``attendee_correction`` event (the fields, the reason, who and when)
are written in one batch: both reach the hub together or neither does. A correction without a
reason is refused (``reason_required``) and nothing is written; one that changes nothing
writes nothing either.
"""

from __future__ import annotations

from collections.abc import Mapping

from wufops.errors import CodedError
from wufops.store.replica import Replica
from wufops.sync.ops import Op

__all__ = ["MAX_REASON", "CorrectionRefused", "correct"]

#: the longest reason kept (the table's CHECK says the same)
MAX_REASON = 500


class CorrectionRefused(CodedError):
    """``reason_required``: a correction needs a reason; ``reason_too_long``: over 500."""


def correct(
    replica: Replica, attendee_id: str, values: Mapping[str, str], reason: str
) -> Op | None:
    """Write the fields of ``values`` that differ and the reason; ``None`` if none differ."""
    reason = reason.strip()
    if not reason:
        raise CorrectionRefused("reason_required", "say why the record is corrected")
    if len(reason) > MAX_REASON:
        raise CorrectionRefused("reason_too_long", f"at most {MAX_REASON} characters")
    with replica.batch() as batch:
        op = batch.update("attendee", attendee_id, dict(values))
        if op is None:
            return None
        batch.event(
            "attendee_correction",
            {
                "attendee_id": attendee_id,
                "fields": ",".join(sorted(op.body)),
                "reason": reason,
                "wall_time": replica.now_iso(),
            },
            stamped=True,
        )
    return op
