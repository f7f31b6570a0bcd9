"""The entry gate, Qt-free: validate a badge with public keys and the revocation list only,
record the entry, count entries per day.

A gate holds no names or other personal data: this module reads ``signing_key`` (public keys),
``badge`` (serial, status, the opaque attendee id) and ``checkin_event`` counts — never the
``attendee`` table (tests run it on a replica whose ``attendee`` table is empty and under a
SQLite authorizer that denies every read of it). Its decisions carry no attendee summary.

An admitted scan appends an ``entry`` ``checkin_event`` (the gate's enrolled name as desk — its
label when no hub enrolled it —, zone, device, HLC, wall time) in the same transaction as the
check. A badge that this gate has not seen yet (not synced) but that verifies is still
admitted — that is the point of signed tokens; its entry names the attendee by the token's
reference (``ref:<hex>``) until the badge row arrives.

**Repeats.** The same badge scanned again at this gate within :data:`REPEAT_WINDOW_S` seconds
(configurable per gate; ``0`` turns the rule off) of its counted entry is the same person at
the same turnstile — a double read, a badge held under the scanner: the decision is still
``admitted`` (let them through) but records nothing, carries no ``checkin_id`` and its
``detail`` is :data:`ALREADY_COUNTED` (:meth:`Gate.already_counted` says so), so the day's
entries count the person once. The window is measured on the injected clock (the replica's
unless the gate is given its own); it is this gate's memory, not the database's: another
gate, or this one after a restart, counts anew.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from wufops.checkin.badging import KeyCache, verify_scan
from wufops.checkin.counters import entries_today
from wufops.checkin.decisions import Decision
from wufops.checkin.pickup import open_event
from wufops.clock import Clock
from wufops.store import checkins as store
from wufops.store.replica import Replica

#: prefix of an entry's attendee id when the gate knows only the token's attendee reference
REF_PREFIX = "ref:"
#: the same badge again within this many seconds of its counted entry is not a new entry
REPEAT_WINDOW_S = 10.0
#: ``Decision.detail`` of an admitted repeat (nothing recorded)
ALREADY_COUNTED = "already counted"
#: counted entries remembered at most (oldest forgotten first; far above a lane's 10 s)
_REMEMBERED = 4096


class Gate:
    """One entry gate (or turnstile lane) on one replica."""

    def __init__(
        self,
        replica: Replica,
        *,
        gate: str,
        zone: str = "",
        repeat_window_s: float = REPEAT_WINDOW_S,
        clock: Clock | None = None,
    ) -> None:
        self.replica = replica
        self.gate = gate
        self.gate_zone = zone
        self.repeat_window_s = max(0.0, float(repeat_window_s))
        self.clock = clock if clock is not None else replica.clock
        #: badge serial -> clock ms of its last counted entry at this gate
        self._counted_at: dict[int, int] = {}
        self.event = open_event(replica)
        self.zone = ZoneInfo(self.event.timezone)
        self._keys = KeyCache(replica.conn)
        self._revoked = store.RevokedSerials(replica.conn)
        store.defer_checkpoints(replica.conn)

    def scan(self, text: str) -> Decision:
        """Admit or deny; an admitted entry is recorded in the same transaction."""
        with self.replica.batch() as batch:
            verdict, layout = verify_scan(text, self._keys.keyring(), self._revoked, self.event.id)
            now = self.replica.now_iso()
            if not verdict.admitted:
                return Decision(
                    verdict.code,
                    "gate",
                    detail=verdict.message,
                    serial=verdict.serial,
                    key_id=verdict.key_id,
                    wall_time=now,
                    keyboard_layout=layout,
                )
            serial = verdict.serial or 0
            now_ms = self.clock.now_ms()
            if self._repeat(serial, now_ms):
                return Decision(
                    "admitted",
                    "gate",
                    detail=ALREADY_COUNTED,
                    serial=serial,
                    key_id=verdict.key_id,
                    wall_time=now,
                    keyboard_layout=layout,
                )
            conn = self.replica.conn
            badge = store.badge_by_serial(conn, serial)
            attendee_id = badge.attendee_id if badge else REF_PREFIX + verdict.attendee_ref
            checkin_id = batch.event(
                "checkin_event",
                {
                    "attendee_id": attendee_id,
                    "kind": "entry",
                    "badge_serial": serial,
                    "desk": store.desk_identity(conn, self.replica.device_id).name or self.gate,
                    "wall_time": now,
                    "zone": self.gate_zone,
                },
                stamped=True,
            )
            self._remember(serial, now_ms)
            return Decision(
                "admitted",
                "gate",
                detail="valid badge",
                serial=serial,
                key_id=verdict.key_id,
                attendee_id=attendee_id,
                checkin_id=checkin_id,
                badge_id=badge.id if badge else "",
                wall_time=now,
                keyboard_layout=layout,
            )

    def _repeat(self, serial: int, now_ms: int) -> bool:
        last = self._counted_at.get(serial)
        return last is not None and 0 <= now_ms - last < self.repeat_window_s * 1000

    def _remember(self, serial: int, now_ms: int) -> None:
        counted = self._counted_at
        counted.pop(serial, None)
        counted[serial] = now_ms  # dicts keep insertion order: oldest first
        if len(counted) > _REMEMBERED:
            del counted[next(iter(counted))]

    @staticmethod
    def already_counted(decision: Decision) -> bool:
        """An admitted repeat of a badge whose entry was counted moments ago."""
        return decision.mode == "gate" and decision.admitted and decision.detail == ALREADY_COUNTED

    def idle(self) -> None:
        """Housekeeping between scans (after a quiet second): checkpoint the WAL."""
        store.checkpoint(self.replica.conn)

    def entries_today(self, *, this_zone_only: bool = False) -> int:
        """Entries recorded today (venue time) by every gate, or at this gate's zone."""
        return entries_today(
            self.replica.conn,
            self.replica.now_ms(),
            self.zone,
            self.gate_zone if this_zone_only else None,
        )
