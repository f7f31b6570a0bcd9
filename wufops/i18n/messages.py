"""The English sources of the core catalogue: texts people read that the Qt-free core makes.

Decision codes (what a scan decided and what staff should do), the stable error codes of
:class:`wufops.errors.CodedError` and of the CLI (what went wrong, what to do), and the CLI's
own lines. Each text is declared once here with its context (``decision``, ``advice``,
``error``, ``cli``); ``wufops/i18n/update.py`` writes them to ``wufops/i18n/po/wufops.pot``
and fills each language's ``.po`` from ``resources/translations/tables/core_<lang>.py``.

Placeholders are Qt's (``%1``, ``%2``; ``%n`` the count of a plural text), so the desk's and
the core's translators follow one convention. A plural text is one source with ``(s)``
(``"%n problem(s)"``); its English forms are in ``tables/core_en.py``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    context: str
    text: str
    comment: str = ""
    plural: bool = False


def _many(context: str, texts: dict[str, str], comment: str = "") -> dict[str, Source]:
    return {key: Source(context, text, comment) for key, text in texts.items()}


#: what a scan decided, by decision code: the headline a desk or the CLI shows
DECISIONS = _many(
    "decision",
    {
        "admitted": "Admitted",
        "already_picked_up": "Already picked up",
        "revoked": "Refused — badge revoked",
        "unknown": "Refused — unknown badge",
        "invalid_signature": "Refused — forged or damaged code",
        "wrong_event": "Refused — badge of another event",
        "malformed": "Not a badge code",
        "blocked": "Refused — security hold",
    },
    "the headline of a scan's decision, shown at a desk or a gate",
)

#: what staff should do next, by decision code
ADVICE = _many(
    "advice",
    {
        "admitted": "Hand over the badge.",
        "already_picked_up": "Check photo ID. A new badge only with a reprint reason.",
        "revoked": "Reported lost or replaced. Check photo ID; send to the help desk.",
        "unknown": "Not known on this desk. Check the sync state, or find the name.",
        "invalid_signature": "Do not hand out a badge. Call a supervisor.",
        "wrong_event": "Ask for the WUF confirmation, or find the name.",
        "malformed": "Scan the QR code on the confirmation or badge, or find the name.",
        "blocked": "Do not hand out the badge. Call the security supervisor.",
    },
    "what the desk or gate staff should do after this scan",
)

#: what an error code means and what to do about it (the detail after it names the file,
#: value or line)
ERRORS = _many(
    "error",
    {
        # opening an event
        "db_not_found": "No event database at this path. Check the path, or run `wufops demo`.",
        "no_database": "No event database here. Check the path or the data folder.",
        "no_such_database": "This database does not exist. Check the path.",
        "db_unreadable": "This file is not a readable event database. It was not changed.",
        "no_event": "This database holds no event. Import one, or run `wufops demo`.",
        "bad_timezone": "The event's time zone is not a valid IANA name (e.g. Asia/Baku).",
        "choose_event": "Choose the event with --event.",
        "choose_database": "Several event databases are here: choose one with --db.",
        "unknown_event": "No event with this ID in the database.",
        "no_data_dir": "The data folder does not exist. Check the path.",
        "data_dir": "The data folder cannot be created. Check its permissions.",
        "no_such_directory": "This folder does not exist. Create it first.",
        "no_such_file": "This file does not exist. Check the path.",
        "unreadable_file": "This file cannot be read. Check its format and permissions.",
        "unwritable_file": "This file cannot be written. Check the folder and its permissions.",
        "cannot_write": "This file cannot be written. Check the folder and its permissions.",
        "target_exists": "A file with this name already exists. Choose another name.",
        "target_is_directory": "This path is a folder; give a file name.",
        "same_file": "Write the backup to another file.",
        # check-in
        "unknown_attendee": "No attendee with this ID on this desk.",
        "no_badge": "This attendee has no badge issued yet.",
        "already_printed": "This badge was already printed.",
        "already_voided": "This pickup was already undone.",
        "not_a_pickup": "Only a badge pickup can be undone.",
        "reason_required": "Give a reason: reprints and undos are audited.",
        "bad_reason": "This reason is not one of the listed reasons.",
        "printer_unavailable": "The printer is not available. Check it, or print to PDF.",
        "print_failed": "The badge did not print. Check the printer and print again.",
        "render_failed": "The badge could not be drawn. Check the badge layout.",
        # badges
        "glyph_missing": "A name has a character no bundled font can set. Check that badge.",
        "no_attendees": "No attendee matches this selection: no badge to make.",
        "no_signing_key": "This device holds no badge signing key. Enrol it as an issuer.",
        "no_desk_key": "This desk holds no badge signing key. Enrol it again.",
        "issuing_not_allowed": (
            "This device does not issue badges: issue them on the admin device or the hub, "
            "then sync."
        ),
        "no_serial_range": "This desk has no badge numbers assigned. Sync with the hub.",
        "serials_exhausted": "This desk has used all its badge numbers. Sync with the hub.",
        "unknown_key": "This badge key is not known here. Sync with the hub.",
        "bad_public_key": "This is not a valid badge public key.",
        "bad_attendee_count": "The number of attendees must be a whole number above 0.",
        # enrolment and sync
        "not_enrolled": "This desk is not enrolled yet. Scan or paste the enrolment text.",
        "not_enrolment": "This is not an enrolment text from `wufops enrol`.",
        "incomplete_enrolment": "The enrolment text is incomplete. Copy it again in full.",
        "bad_hub_address": "The hub address must start with ws:// or wss://.",
        "missing_hub": "Give --hub and --token, or --enrolment.",
        "tls_without_ca": "A wss:// hub needs --ca with the venue's certificate authority.",
        "ca_mismatch": "The hub's certificate is not from the venue's authority. Do not connect.",
        "timeout": "The hub did not answer in time. Check the network and try again.",
        "cannot_listen": "The hub cannot listen on this address. Is another hub running?",
        "missing_db": "Give the hub database with --db FILE.db.",
        "demo_hub": "The demo hub could not start.",
        "unknown_device": "No device with this ID is enrolled.",
        "name_taken": "Another device already has this name. Choose another.",
        "empty_name": "Give the device a name.",
        "name_too_long": "This name is too long. Use a shorter one.",
        "unknown_role": "This role does not exist. Use one of the roles listed.",
        # schedule and streams
        "unknown_room": "No room with this ID in the schedule.",
        "unknown_session": "No session with this ID in the schedule.",
        "unknown_speaker": "No speaker with this ID in the schedule.",
        "unknown_rule": "No scheduling rule with this code.",
        "bad_placement": "This session cannot be placed there. Check the room and times.",
        "bad_status": "This status does not exist.",
        "bad_time": "This is not a valid date and time. Write it as 2026-05-18T10:30.",
        "unknown_slot": "No stream slot with this ID.",
        "unknown_channel": "No stream channel with this ID.",
        "transition_refused": "This status change is not allowed from the current status.",
        "slot_on_air": "This stream is on air: it cannot be changed now.",
        "unknown_format": "This file format is not supported.",
    },
    "an error's explanation; the error code and a detail (a path, a value) are shown beside it",
)

#: the CLI's own lines a person reads
CLI = {
    "error_detail": Source("cli", "Details: %1", "%1: the error's detail in English"),
    "doctor_problems": Source(
        "cli",
        "%n problem(s) to fix before this machine can run a desk",
        "the summary line of `wufops doctor`",
        plural=True,
    ),
    "doctor_ok": Source("cli", "This machine can run a desk.", "the summary of `wufops doctor`"),
    "unknown_error": Source("cli", "Something went wrong (%1).", "%1: the error code"),
}

#: every source of the catalogue, in file order
SOURCES: tuple[Source, ...] = (
    *DECISIONS.values(),
    *ADVICE.values(),
    *ERRORS.values(),
    *CLI.values(),
)
