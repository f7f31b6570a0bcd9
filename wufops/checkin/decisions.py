"""Decision codes and the :class:`Decision` a desk or a gate shows after a scan.

The codes are stable (scripts, logs and translations key on them); the UI turns each into a
colour, a sound and text (``docs/checkin.md`` lists what staff should do for each):

=====================  =====================================================================
``admitted``           valid badge: pickup recorded (desk) or entry recorded (gate)
``already_picked_up``  this attendee already collected a badge: first pickup's time and desk
``revoked``            the serial is on the revocation list (lost badge, reprinted) or its
                       key was revoked
``unknown``            signed by a key this device does not know, or no such attendee/badge
``invalid_signature``  forged or damaged token
``wrong_event``        a genuine badge of another event
``malformed``          not a badge token at all (wrong length or characters)
``blocked``            security hold on the attendee: do not hand out the badge (desks only)
=====================  =====================================================================

A desk decision carries an :class:`AttendeeSummary`; a gate decision never does (a gate holds
no names).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from wufops.errors import CodedError
from wufops.models.attendee import Attendee

DecisionCode = Literal[
    "admitted",
    "already_picked_up",
    "revoked",
    "unknown",
    "invalid_signature",
    "wrong_event",
    "malformed",
    "blocked",
]
DECISION_CODES: tuple[DecisionCode, ...] = (
    "admitted",
    "already_picked_up",
    "revoked",
    "unknown",
    "invalid_signature",
    "wrong_event",
    "malformed",
    "blocked",
)
Mode = Literal["pickup", "gate"]
#: how a scan reached the desk: a token from the QR code, or staff picked a name
Source = Literal["token", "name"]


@dataclass(frozen=True)
class AttendeeSummary:
    """What a desk shows about the person in front of it."""

    attendee_id: str
    name: str  # in the attendee's own script
    latin_name: str
    category: str
    organization: str
    country: str
    access_needs: tuple[str, ...]  # sign_language, captions, step_free, assistance
    sign_language: str
    attention: bool  # VIP / head of delegation: call the protocol officer
    attention_note: str

    @classmethod
    def of(cls, attendee: Attendee) -> AttendeeSummary:
        return cls(
            attendee_id=attendee.id,
            name=attendee.display_name,
            latin_name=attendee.latin_name,
            category=attendee.category,
            organization=attendee.organization,
            country=attendee.country,
            access_needs=attendee.access_needs,
            sign_language=attendee.sign_language,
            attention=attendee.attention or attendee.category == "vip",
            attention_note=attendee.attention_note,
        )


@dataclass(frozen=True)
class FirstPickup:
    """The pickup that counts, shown on an ``already_picked_up`` card."""

    checkin_id: str
    wall_time: str  # UTC ISO-8601; shown in the event's time zone
    #: the enrolled name of the desk that recorded it (never the name its event carried)
    desk: str
    #: the replica that recorded it
    device_id: str
    #: the enrolled device that recorded it (the replica's id when no hub bound it)
    desk_id: str = ""


@dataclass(frozen=True)
class Decision:
    code: DecisionCode
    mode: Mode
    source: Source = "token"
    #: a short operator detail in English (the UI shows translated text made from ``code``)
    detail: str = ""
    serial: int | None = None
    key_id: str = ""
    attendee_id: str = ""
    attendee: AttendeeSummary | None = None
    first_pickup: FirstPickup | None = None
    #: further non-voided pickups of the same person (offline desks both handed out a badge):
    #: supervisors review them
    duplicate_pickups: int = 0
    #: the ``checkin_event`` this scan recorded (admitted only)
    checkin_id: str = ""
    badge_id: str = ""
    #: the badge has never printed successfully: the desk should print it now (auto-print once)
    print_due: bool = False
    wall_time: str = ""  # when the decision was made (UTC ISO-8601)
    #: the token was read through a mismatched keyboard layout (``azerty``, ``qwertz``) and
    #: repaired: the scanner should be set to the desk's layout (``""``: read as typed)
    keyboard_layout: str = ""
    #: the badge verified (trusted key, not revoked) but was issued after this desk's last
    #: sync: decided on the attendee its token names, which this desk holds
    newer_badge: bool = False

    @property
    def admitted(self) -> bool:
        return self.code == "admitted"

    def to_json(self) -> dict[str, Any]:
        """The decision as ``wufops scan`` prints it (stable keys)."""
        data: dict[str, Any] = {
            "code": self.code,
            "admitted": self.admitted,
            "mode": self.mode,
            "source": self.source,
            "detail": self.detail,
            "serial": self.serial,
            "key_id": self.key_id,
            "attendee_id": self.attendee_id,
            "checkin_id": self.checkin_id,
            "badge_id": self.badge_id,
            "print_due": self.print_due,
            "wall_time": self.wall_time,
            "attendee": None,
            "first_pickup": None,
            "duplicate_pickups": self.duplicate_pickups,
            "keyboard_layout": self.keyboard_layout,
            "newer_badge": self.newer_badge,
        }
        if self.attendee is not None:
            a = self.attendee
            data["attendee"] = {
                "id": a.attendee_id,
                "name": a.name,
                "latin_name": a.latin_name,
                "category": a.category,
                "organization": a.organization,
                "country": a.country,
                "access_needs": list(a.access_needs),
                "sign_language": a.sign_language,
                "attention": a.attention,
                "attention_note": a.attention_note,
            }
        if self.first_pickup is not None:
            f = self.first_pickup
            data["first_pickup"] = {
                "checkin_id": f.checkin_id,
                "wall_time": f.wall_time,
                "desk": f.desk,
                "device_id": f.device_id,
                "desk_id": f.desk_id,
            }
        return data


class CheckinError(CodedError):
    """A desk action refused (not a scan decision): ``code`` is stable, text is made in ui/.

    Codes: ``not_a_pickup`` (undo of something else), ``already_voided``, ``reason_required``,
    ``bad_reason``, ``no_badge`` (nothing to print), ``already_printed`` (use a reprint reason),
    ``no_event`` (the database holds no event), ``no_signing_key`` (lost-badge reprint needs a
    desk key), ``unknown_attendee``.
    """
