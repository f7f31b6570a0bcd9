"""The badge pickup desk, Qt-free: scan → decide → record, undo, prints, counters.

A scan is decided and recorded in ONE transaction of the desk's replica (``BEGIN IMMEDIATE``),
so a sync thread applying another desk's pickup cannot slip between the check and the write:

1. verify the token offline (``wufops.crypto.token.verify_token``: format, key, signature,
   event, revocation list) and map it to the attendee through the badge row;
2. refuse a security hold (``blocked``) and an attendee who already has a non-voided pickup
   (``already_picked_up``, with the first pickup's time and desk);
3. otherwise append a ``badge_pickup`` ``checkin_event`` (desk, device, HLC, wall time and
   ``scan_ms``, the time from the scan to this decision) to the op log — sync carries it to
   the hub.

``scan_ms`` is measured on a monotonic clock (``timer``) from ``started_ms`` — when the
scanner's first key reached the desk (the UI's keyboard wedge knows it) — or, when no start
is given, from the moment ``scan`` is called; a pickup by name is no scan and records none.
The operations dashboard shows its median and p90 per desk (a scanner set up without an
Enter suffix, a slow laptop).

The status is derived (``wufops.store.checkins.pickup_state``): two offline desks that both
hand out a badge produce one primary and one duplicate for supervisors, never a lost write.

Printing happens outside (Qt at the desk, a PDF file or ``lp`` headless): the desk asks for a
:class:`PrintJob` and logs the outcome with :meth:`PickupDesk.record_print`. Auto-print fires
once: a decision's ``print_due`` is true only while the badge has no successful print.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal, get_args
from zoneinfo import ZoneInfo

from wufops.checkin.badging import KeyCache, reissue_signer, resolver, verify_scan
from wufops.checkin.counters import DeskCounters, desk_counters
from wufops.checkin.decisions import (
    AttendeeSummary,
    CheckinError,
    Decision,
    DecisionCode,
    FirstPickup,
    Source,
)
from wufops.store import badges as badge_store
from wufops.store import checkins as store
from wufops.store.replica import Batch, Replica

PrintReason = Literal["first", "damaged", "lost", "name_corrected"]
ReprintReason = Literal["damaged", "lost", "name_corrected"]
REPRINT_REASONS: tuple[ReprintReason, ...] = get_args(ReprintReason)
PrintOutcome = Literal["printed", "pdf", "failed"]


@dataclass(frozen=True)
class PrintJob:
    """A badge to print now, and why (``first`` or a reprint reason)."""

    badge_id: str
    attendee_id: str
    serial: int
    token: str
    reason: PrintReason
    #: the serial a lost-badge reprint revoked (``None`` otherwise)
    revoked_serial: int | None = None


def monotonic_ms() -> float:
    """The monotonic clock scan durations are measured on (the keyboard wedge's too)."""
    return time.monotonic() * 1000


def open_event(replica: Replica) -> store.EventRef:
    event = store.current_event(replica.conn)
    if event is None:
        raise CheckinError("no_event", "this database holds no event: sync or import one first")
    return event


def _reason(reason: str) -> ReprintReason:
    for known in REPRINT_REASONS:
        if reason == known:
            return known
    raise CheckinError("bad_reason", f"reprint reason must be one of {REPRINT_REASONS}")


class PickupDesk:
    """One badge pickup desk on one replica (the GUI thread's, or the CLI's).

    Who it records as is the replica's enrolled device (``store.desk_identity``, bound by
    the hub): its name on every check-in and print, its id for the counters. ``desk`` is
    only the label of a desk no hub has enrolled (standalone, single machine).
    """

    def __init__(
        self, replica: Replica, *, desk: str, timer: Callable[[], float] = monotonic_ms
    ) -> None:
        self.replica = replica
        self.label = desk
        #: monotonic milliseconds, for scan durations (tests move it by hand)
        self.timer = timer
        self.event = open_event(replica)
        self.zone = ZoneInfo(self.event.timezone)
        self._keys = KeyCache(replica.conn)
        self._resolve = resolver(replica.conn, self.event.id)
        self._revoked = store.RevokedSerials(replica.conn)
        store.defer_checkpoints(replica.conn)

    @property
    def identity(self) -> store.DeskIdentity:
        return store.desk_identity(self.replica.conn, self.replica.device_id)

    @property
    def desk_name(self) -> str:
        """The name this desk shows and records: its enrolled name, else its label."""
        return self.identity.name or self.label

    # -- scanning ----------------------------------------------------------------------------

    def scan(self, text: str, *, started_ms: float | None = None) -> Decision:
        """Decide on a scanned token and record the pickup if admitted (one transaction).

        ``started_ms`` (on :attr:`timer`'s clock): when the scan began at the desk — the
        scanner's first key; the pickup records the time from then to its decision."""
        if started_ms is None:
            started_ms = self.timer()
        with self.replica.batch() as batch:
            verdict, layout = verify_scan(
                text, self._keys.keyring(), self._revoked, self.event.id, self._resolve
            )
            if not verdict.admitted:
                decision = self._refused(
                    verdict.code, verdict.message, verdict.serial, verdict.key_id
                )
            else:
                badge = store.badge_by_serial(self.replica.conn, verdict.serial or 0)
                decision = self._pickup(
                    batch,
                    verdict.attendee_id,
                    source="token",
                    badge=badge,
                    key_id=verdict.key_id,
                    # verified, not revoked, and its attendee is here, but its row is not:
                    # issued after this desk's last sync
                    newer_serial=verdict.serial if badge is None else None,
                    started_ms=started_ms,
                )
            return replace(decision, keyboard_layout=layout) if layout else decision

    def pickup_attendee(self, attendee_id: str) -> Decision:
        """Pickup by name search (no token): same rules, the attendee's current valid badge."""
        with self.replica.batch() as batch:
            badge = store.valid_badge_for(self.replica.conn, attendee_id)
            return self._pickup(
                batch,
                attendee_id,
                source="name",
                badge=badge,
                key_id=badge.key_id if badge else "",
            )

    def _refused(
        self, code: DecisionCode, detail: str, serial: int | None, key_id: str
    ) -> Decision:
        attendee_id = ""
        summary = None
        if code == "revoked" and serial is not None:
            # a desk may say whose badge it was (it holds names); a gate never does
            badge = store.badge_by_serial(self.replica.conn, serial)
            if badge is not None:
                attendee_id = badge.attendee_id
                person = store.attendee(self.replica.conn, attendee_id)
                summary = AttendeeSummary.of(person) if person else None
        return Decision(
            code,
            "pickup",
            detail=detail,
            serial=serial,
            key_id=key_id,
            attendee_id=attendee_id,
            attendee=summary,
            wall_time=self.replica.now_iso(),
        )

    def _pickup(
        self,
        batch: Batch,
        attendee_id: str,
        *,
        source: Source,
        badge: store.BadgeRecord | None,
        key_id: str,
        newer_serial: int | None = None,
        started_ms: float | None = None,
    ) -> Decision:
        conn = self.replica.conn
        now = self.replica.now_iso()
        serial = badge.serial if badge else newer_serial
        person = store.attendee(conn, attendee_id)
        if person is None:
            return Decision(
                "unknown",
                "pickup",
                source,
                detail="no attendee on this device matches",
                serial=serial,
                key_id=key_id,
                attendee_id=attendee_id,
                wall_time=now,
            )
        summary = AttendeeSummary.of(person)
        badge_id = badge.id if badge else ""
        # no badge yet (registered on site) or never printed: the desk prints one now; a
        # badge newer than this desk's copy is in the person's hands, its row not here
        newer = newer_serial is not None
        print_due = not newer and (badge is None or not store.has_successful_print(conn, badge.id))
        base = Decision(
            "admitted",
            "pickup",
            source,
            serial=serial,
            key_id=key_id,
            attendee_id=attendee_id,
            attendee=summary,
            badge_id=badge_id,
            wall_time=now,
            newer_badge=newer,
        )
        if person.security_hold:
            return replace(base, code="blocked", detail="security hold")
        state = store.pickup_state(conn, attendee_id)
        if state.primary is not None:
            first = state.primary
            return replace(
                base,
                code="already_picked_up",
                detail=f"picked up at {first.desk or 'a desk'}",
                first_pickup=FirstPickup(
                    first.id, first.wall_time, first.desk, first.device_id, first.desk_id
                ),
                duplicate_pickups=len(state.duplicates),
                print_due=print_due,
            )
        body: dict[str, str | int | float | None] = {
            "attendee_id": attendee_id,
            "kind": "badge_pickup",
            "badge_serial": serial,
            "desk": self.desk_name,
            "wall_time": now,
            "zone": "",
        }
        if started_ms is not None:  # a scan (not a name): how long it took to decide
            body["scan_ms"] = round(max(0.0, self.timer() - started_ms), 1)
        checkin_id = batch.event("checkin_event", body, stamped=True)
        return replace(base, detail="badge picked up", checkin_id=checkin_id, print_due=print_due)

    # -- undo ----------------------------------------------------------------------------------

    def undo(self, checkin_id: str, reason: str) -> str:
        """Void a wrong pickup (a ``void`` event, never a delete); returns the void's id."""
        reason = reason.strip()
        if not reason:
            raise CheckinError("reason_required", "say why the check-in is undone")
        with self.replica.batch() as batch:
            pickup = store.pickup_by_id(self.replica.conn, checkin_id)
            if pickup is None:
                raise CheckinError("not_a_pickup", f"{checkin_id} is not a badge pickup")
            if pickup.voided:
                raise CheckinError("already_voided", f"{checkin_id} was already undone")
            return batch.event(
                "checkin_event",
                {
                    "attendee_id": pickup.attendee_id,
                    "kind": "void",
                    "voids_id": checkin_id,
                    "badge_serial": pickup.badge_serial,
                    "reason": reason,
                    "desk": self.desk_name,
                    "wall_time": self.replica.now_iso(),
                    "zone": "",
                },
                stamped=True,
            )

    # -- printing -----------------------------------------------------------------------------

    def first_print(self, attendee_id: str) -> PrintJob:
        """The first print of the attendee's badge; refused once it printed successfully.

        A person registered on site (no badge issued yet) gets one now, signed with this
        desk's key (``no_signing_key`` when the desk holds none).
        """
        conn = self.replica.conn
        badge = store.valid_badge_for(conn, attendee_id)
        if badge is None:
            if store.attendee(conn, attendee_id) is None:
                raise CheckinError("unknown_attendee", f"no attendee {attendee_id} on this desk")
            issued = self._issue(attendee_id, replaces=None)
            return PrintJob(issued.badge_id, attendee_id, issued.serial, issued.token, "first")
        if store.has_successful_print(conn, badge.id):
            raise CheckinError("already_printed", "printed before: reprint with a reason")
        return PrintJob(badge.id, attendee_id, badge.serial, badge.token, "first")

    def _issue(self, attendee_id: str, replaces: int | None) -> badge_store.IssuedBadge:
        now_s = self.replica.now_ms() // 1000
        signer = reissue_signer(self.replica.conn, now_s)
        if signer is None:
            raise CheckinError(
                "no_signing_key", "this desk holds no certified signing key: enrol it at the hub"
            )
        with self.replica.batch() as batch:
            return badge_store.issue_badge(
                self.replica,
                batch,
                signer,
                attendee_id=attendee_id,
                event_id=self.event.id,
                now_s=now_s,
                replaces_serial=replaces,
                replaced_status="lost",
            )

    def reprint(self, attendee_id: str, reason: str) -> PrintJob:
        """A reprint with a reason; ``lost`` revokes the old serial and issues a new badge."""
        if reason not in REPRINT_REASONS:
            raise CheckinError("bad_reason", f"reprint reason must be one of {REPRINT_REASONS}")
        conn = self.replica.conn
        badge = store.valid_badge_for(conn, attendee_id)
        if badge is None:
            raise CheckinError("no_badge", "this attendee has no valid badge to reprint")
        if reason != "lost":
            return PrintJob(badge.id, attendee_id, badge.serial, badge.token, _reason(reason))
        issued = self._issue(attendee_id, replaces=badge.serial)
        return PrintJob(
            issued.badge_id, attendee_id, issued.serial, issued.token, "lost", badge.serial
        )

    def record_print(self, job: PrintJob, printer: str, outcome: PrintOutcome) -> str:
        """Log a print (every print is logged, failures too); returns the print event's id."""
        with self.replica.batch() as batch:
            return batch.event(
                "print_event",
                {
                    "badge_id": job.badge_id,
                    "attendee_id": job.attendee_id,
                    "printer": printer,
                    "desk": self.desk_name,
                    "wall_time": self.replica.now_iso(),
                    "reason": job.reason,
                    "outcome": outcome,
                },
                stamped=True,
            )

    def idle(self) -> None:
        """Housekeeping between scans (the desk calls it after a quiet second): checkpoint."""
        store.checkpoint(self.replica.conn)

    # -- counters -----------------------------------------------------------------------------

    def counters(self) -> DeskCounters:
        return desk_counters(
            self.replica.conn, self.replica.device_id, self.replica.now_ms(), self.zone
        )
