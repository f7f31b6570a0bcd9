"""``wufops streams …``: the stream plan, the live board, slot statuses, per-channel exports
(iCalendar and c3voc schedule.json through the schedule's writers, the CSV run-sheet),
planning.

Every edit goes through the op log exactly as the control room's board does it
(``wufops.streams``), so it syncs. Times are read with an offset (``2026-05-18T10:30+04:00``,
``…Z``) or as the event's local time (``2026-05-18T10:30``) and shown in the event's time
zone.

Exit codes: 0 done; 1 refused by the plan as it stands (``transition_refused``,
``slot_withdrawn``, ``slot_on_air``, ``already_on_channel``); 2 the command line is wrong (an
unknown slot, session or channel, a bad status, time or roll, no database, a file that
cannot be written). Errors print ``error [code]: …`` on stderr; with ``--json`` also
``{"error": code, …}`` on stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeAlias
from zoneinfo import ZoneInfo

from wufops.clock import SystemClock
from wufops.errors import CodedError
from wufops.i18n import current_language, error_text
from wufops.i18n.languages import SOURCE
from wufops.models.streams import SLOT_STATUSES, StreamChannel, StreamSettings
from wufops.schedule import Checker, load_world
from wufops.schedule.edits import parse_instant, resolve_session
from wufops.schedule.messages import local_text, span_text
from wufops.schedule.world import World
from wufops.schedule_io import load as load_export
from wufops.schedule_io import render
from wufops.store import schedule as schedule_store
from wufops.store import streams as store
from wufops.store.replica import Replica
from wufops.streams import (
    BoardSlot,
    Plan,
    StreamError,
    board,
    board_json,
    build_plan,
    channel_sessions,
    plan_slot,
    resolve_channel,
    resolve_slot,
    set_padding,
    set_slot_status,
    stream_registry,
    withdraw_slot,
    write_runsheet,
)
from wufops.streams.board import ChannelRow, slot_json
from wufops.streams.messages import MESSAGES, describe
from wufops.streams.plan import load_world_for_plan

#: codes that mean "the plan as it stands refuses this" (exit 1); others are exit 2
STATE_REFUSALS = frozenset(
    {"transition_refused", "slot_withdrawn", "slot_on_air", "already_on_channel"}
)
#: per channel: iCalendar and the c3voc schedule.json (the schedule's writers), the run-sheet
EXPORT_FORMATS = ("ical", "json", "csv")

Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "streams",
        help="plan stream slots, watch the live board, change slot statuses, export a channel",
        description="Livestream operations (docs/streams.md): every slot with its padded "
        "window, what is live and next per channel, slot statuses (planned → testing → live → "
        "complete), a channel's iCalendar, c3voc schedule.json or CSV run-sheet, and planning "
        "slots. Edits go through the op log "
        "and sync like the control room's board.",
        epilog="Exit codes: 0 done; 1 refused by the plan as it stands (transition_refused, "
        "slot_withdrawn, slot_on_air, already_on_channel); 2 a wrong command line. Errors "
        "print 'error [code]: …' on stderr.",
    )
    actions = parser.add_subparsers(title="actions", metavar="ACTION")
    parser.set_defaults(func=lambda args: _usage(parser))
    for add in (_add_plan, _add_board, _add_set_status, _add_export, _add_add, _add_withdraw):
        add(actions)
    _add_padding(actions)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _common(parser: argparse.ArgumentParser, *, json_help: str = "print JSON") -> None:
    parser.add_argument("--db", required=True, type=Path, metavar="FILE", help="database file")
    parser.add_argument("--event", metavar="ID", help="the event (default: the only one)")
    parser.add_argument("--json", action="store_true", help=json_help)


def _fail(action: str, error: CodedError, *, as_json: bool = False) -> int:
    if as_json:
        payload: dict[str, Any] = {"error": error.code, "detail": error.detail}
        if isinstance(error, StreamError) and error.code == "transition_refused":
            payload |= {"from": error.from_status, "to": error.to_status}
        print(json.dumps(payload, ensure_ascii=False))
    print(f"wufops streams {action}: error [{error.code}]: {error.detail}", file=sys.stderr)
    if current_language() != SOURCE:  # the code explained in the reader's language
        print(f"  {error_text(error.code)}", file=sys.stderr)
    return 1 if error.code in STATE_REFUSALS else 2


@contextmanager
def _replica(path: Path) -> Iterator[Replica]:
    if not path.is_file():
        raise StreamError("no_database", f"no database at {path}")
    try:
        replica = Replica.open(path, SystemClock())
    except sqlite3.DatabaseError as error:
        raise StreamError("unreadable_file", f"{path}: {error}") from None
    try:
        yield replica
    finally:
        replica.close()


def _minutes(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of minutes") from None


def _codes(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


# -- plan ------------------------------------------------------------------------------------


def _add_plan(actions: Subparsers) -> None:
    plan = actions.add_parser(
        "plan",
        help="list every slot with its padded window, channel by channel",
        description="List every channel's slots in time order: when the channel is taken "
        "(pre-roll start), the session's start and end, when it is free again (post-roll "
        "end), the session, its room, the status, and the stream conflicts (C6, C7).",
    )
    _common(plan, json_help="print JSON: padding, channels with their slots, conflicts")
    plan.set_defaults(func=_plan)


def _slot_line(slot: BoardSlot, world: World) -> str:
    w = slot.window
    span = span_text(world, w.start_ms, w.end_ms)
    roll = f"{local_text(world, w.on_air_ms, with_day=False)}–"
    roll += local_text(world, w.off_air_ms, with_day=False)
    flags = " DO-NOT-STREAM" if slot.do_not_stream else ""
    return (
        f"  {span} (on air {roll}, −{w.pre_roll_min}/+{w.post_roll_min} min)  "
        f"“{slot.title}” · {slot.room} · {slot.status}{flags}  [slot {w.slot_id}]"
    )


def _plan(args: argparse.Namespace) -> int:
    try:
        with _replica(args.db) as replica:
            registry = stream_registry()
            world = load_world(replica.conn, registry, args.event)
            checker = Checker(world, registry)
            conflicts = [c for c in checker.conflicts() if c.rule in MESSAGES]
            plan = build_plan(world, store.current_changes(replica.conn, world.event.id))
            channels = store.load_channels(replica.conn, world.event.id)
    except CodedError as error:
        return _fail("plan", error, as_json=args.json)
    padding = world.get(StreamSettings, world.event.id) or StreamSettings(world.event.id)
    if args.json:
        print(
            json.dumps(
                {
                    "event": world.event.id,
                    "padding": {
                        "pre_roll_min": padding.pre_roll_min,
                        "post_roll_min": padding.post_roll_min,
                    },
                    "channels": [
                        {
                            "channel": c.id,
                            "name": c.name,
                            "platform": c.platform,
                            "ingest_ref": channels[c.id].ingest_ref,
                            "caption_target": c.caption_target,
                            "slots": [slot_json(s, world.zone) for s in plan.slots[c.id]],
                        }
                        for c in plan.channels
                    ],
                    "conflicts": [
                        {**c.to_json(), "message": describe(c, world, {})} for c in conflicts
                    ],
                },
                ensure_ascii=False,
            )
        )
        return 0
    print(
        f"{world.event.name}: {len(plan)} slots on {len(plan.channels)} channels; padding "
        f"{padding.pre_roll_min} min before, {padding.post_roll_min} min after (times in "
        f"{world.event.timezone})"
    )
    for channel in plan.channels:
        print(f"{channel.name} ({channel.platform or 'no platform'})")
        for slot in plan.slots[channel.id]:
            print(_slot_line(slot, world))
    if conflicts:
        print(f"{len(conflicts)} stream conflict(s):")
        for c in conflicts:
            print(f"{c.severity.upper():5}  {c.rule}: {describe(c, world, {})}")
    return 0


# -- board -----------------------------------------------------------------------------------


def _add_board(actions: Subparsers) -> None:
    found = actions.add_parser(
        "board",
        help="what is live and next on each channel (now, or --at a time)",
        description="The control room's live board: per channel, what is on air now, what "
        "is next and when its pre-roll starts, the status and who set it, a late warning "
        "when a session has started and its slot is not live, captions and sign language.",
    )
    _common(found, json_help="print JSON: per channel state, now, next, countdown_s, late_s")
    found.add_argument("--at", metavar="ISO", help="the board at this time (default: now)")
    found.set_defaults(func=_board)


def _clock(ms: int) -> str:
    seconds = max(0, ms // 1000)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


def _row_lines(row: ChannelRow, world: World) -> list[str]:
    state = row.state.replace("_", " ").upper()
    if row.overrun_ms is not None:
        state += f" · OVERRUN {row.overrun_ms // 60_000} min"
    if row.clash:
        state += " · CLASH"
    lines = [f"{row.channel.name}: {state}"]
    for label, slot in (("now ", row.now), ("next", row.next)):
        if slot is None:
            continue
        w = slot.window
        text = f"  {label} {span_text(world, w.start_ms, w.end_ms)} “{slot.title}” ({slot.room})"
        if label == "next" and row.countdown_ms is not None:
            if row.countdown_ms > 0:
                text += f" — pre-roll in {_clock(row.countdown_ms)}"
            else:
                text += f" — in pre-roll for {_clock(-row.countdown_ms)}"
        text += f" · {slot.status}"
        if slot is row.late and row.late_ms is not None:
            text += f" · LATE {row.late_ms // 60_000} min"
        if slot.changed is not None:
            who = slot.changed.device_name or slot.changed.device_id[:8]
            when = datetime.fromisoformat(slot.changed.wall_time.replace("Z", "+00:00"))
            text += f" (by {who} at {when.astimezone(world.zone):%H:%M})"
        picture = []
        if slot.captions:
            picture.append("captions " + " ".join(slot.captions))
        if slot.sign_languages:
            picture.append("sign " + " ".join(slot.sign_languages))
        missing = [f"captions {c}" for c in slot.captions_missing]
        missing += [f"sign {s}" for s in slot.sign_missing]
        if missing:
            picture.append("MISSING " + " ".join(missing))
        if picture:
            text += " · " + " · ".join(picture)
        lines.append(text)
    return lines


def _board(args: argparse.Namespace) -> int:
    try:
        with _replica(args.db) as replica:
            event = schedule_store.event_info(replica.conn, args.event)
            zone = ZoneInfo(event.timezone)
            at = parse_instant(args.at, zone) if args.at else replica.now_ms()
            world = load_world_for_plan(replica.conn, event.id)
            plan: Plan = build_plan(world, store.current_changes(replica.conn, event.id))
    except CodedError as error:
        return _fail("board", error, as_json=args.json)
    found = board(plan, at)
    if args.json:
        print(json.dumps(board_json(found, zone), ensure_ascii=False))
        return 0
    print(f"{event.name} — board at {local_text(world, at)} ({event.timezone})")
    for row in found.rows:
        print("\n".join(_row_lines(row, world)))
    return 0


# -- set-status ------------------------------------------------------------------------------


def _add_set_status(actions: Subparsers) -> None:
    status = actions.add_parser(
        "set-status",
        help="move a slot to testing, live, complete (or back to planned)",
        description="Set a slot's status. Allowed: planned → testing or live; testing → "
        "live or planned; live → complete; complete → live. Anything else is refused with "
        "transition_refused (exit 1). Recorded with this device and the time, and synced.",
    )
    status.add_argument("slot", metavar="SLOT_ID", help="the slot's id (or its start)")
    status.add_argument("status", metavar="STATUS", help=" | ".join(SLOT_STATUSES))
    _common(status)
    status.set_defaults(func=_set_status)


def _set_status(args: argparse.Namespace) -> int:
    try:
        with _replica(args.db) as replica:
            event = schedule_store.event_info(replica.conn, args.event)
            slot_id = resolve_slot(replica.conn, event.id, args.slot)
            done = set_slot_status(replica, slot_id, args.status.strip(), event_id=event.id)
            slot = store.load_slots(replica.conn, event.id, [slot_id])[slot_id]
            title = schedule_store.load_sessions(replica.conn, event.id, [slot.session_id])
            channel = store.load_channels(replica.conn, event.id, [slot.channel_id])
    except CodedError as error:
        return _fail("set-status", error, as_json=args.json)
    name = channel[slot.channel_id].name
    if args.json:
        print(
            json.dumps(
                {"slot": slot_id, "from": done.before, "to": done.after, "change": done.change_id}
            )
        )
    else:
        print(f"“{title[slot.session_id].title}” on {name}: {done.before} → {done.after}.")
    return 0


# -- export ----------------------------------------------------------------------------------


def _add_export(actions: Subparsers) -> None:
    export = actions.add_parser(
        "export",
        help="write one channel's iCalendar, c3voc schedule.json or CSV run-sheet",
        description="Write what one channel carries. ical: an iCalendar file (RFC 5545) of "
        "the channel's sessions in the event's time zone, each with X-WUFOPS-DO-NOT-STREAM "
        "and X-WUFOPS-DO-NOT-RECORD. json: the c3voc schedule.json of the channel's sessions "
        "(what schedule-driven tools such as voctomix overlays read), valid against the "
        "c3voc schema, with do_not_stream and do_not_record. Both are the schedule export's "
        "files (wufops schedule export) narrowed to the channel: session times, not the "
        "padded windows. csv: the control room's run-sheet, one row per slot with its "
        "on-air, start, end and off-air times, rolls, room, status and who set it, audio "
        "tracks, captions, sign language and the two flags. Withdrawn slots, cancelled and "
        "unplaced sessions are left out.",
        epilog="Errors (exit 2): unknown_channel, bad_format (not one of ical, json, csv), "
        "cannot_write, no_database, no_event. A failed export leaves no file behind.",
    )
    _common(export, json_help="print JSON: channel, format, sessions (or slots), file")
    export.add_argument("--channel", required=True, metavar="NAME", help="the channel's name")
    export.add_argument(
        "--format", required=True, metavar="FORMAT", help=" | ".join(EXPORT_FORMATS)
    )
    export.add_argument("--out", required=True, type=Path, metavar="FILE", help="file to write")
    export.set_defaults(func=_export)


def _write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary name beside ``path``, then rename: never half a file."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, scratch = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    except OSError as error:
        raise StreamError("cannot_write", f"{path}: {error.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(scratch, path)
    except OSError as error:
        Path(scratch).unlink(missing_ok=True)
        raise StreamError("cannot_write", f"{path}: {error.strerror}") from None


def export_title(event_name: str, channel_name: str) -> str:
    """The exported file's title: the channel's name, after the event's unless it says it
    (``WUF13 Channel 1``; ``WUF13 — Main stream``)."""
    if channel_name.casefold().startswith(event_name.casefold()):
        return channel_name
    return f"{event_name} — {channel_name}"


def _export(args: argparse.Namespace) -> int:
    fmt = args.format.strip().lower()
    try:
        if fmt not in EXPORT_FORMATS:
            raise StreamError(
                "bad_format",
                f"format {args.format!r} is not one of {', '.join(EXPORT_FORMATS)} "
                "(ical: iCalendar, json: c3voc schedule.json, csv: run-sheet)",
            )
        with _replica(args.db) as replica:
            event = schedule_store.event_info(replica.conn, args.event)
            channel_id = resolve_channel(replica.conn, event.id, args.channel)
            world = load_world_for_plan(replica.conn, event.id)
            name = world.table(StreamChannel)[channel_id].name
            if fmt == "csv":
                plan = build_plan(world, store.current_changes(replica.conn, event.id))
                slots = plan.slots[channel_id]
            else:
                chosen = [s.id for s in channel_sessions(world, channel_id)]
                schedule = load_export(replica.conn, event.id)
                subset = schedule.subset(chosen, title=export_title(event.name, name))
                data = render(fmt, subset, now_ms=replica.now_ms())
        if fmt == "csv":
            try:
                written = write_runsheet(args.out, name, slots, world.zone)
            except OSError as error:
                reason = error.strerror or type(error).__name__
                raise StreamError("cannot_write", f"{args.out}: {reason}") from None
        else:
            _write_atomic(args.out, data)
            written = len(subset.sessions)
    except CodedError as error:
        return _fail("export", error, as_json=args.json)
    counted = "slots" if fmt == "csv" else "sessions"
    if args.json:
        print(
            json.dumps(
                {"channel": channel_id, "format": fmt, counted: written, "file": str(args.out)},
                ensure_ascii=False,
            )
        )
    elif fmt == "csv":
        print(f"Wrote the run-sheet of {name}: {written} slot(s) to {args.out}.")
    else:
        print(f"Wrote {written} session(s) of {name} as {fmt} to {args.out}.")
    return 0


# -- planning: add, withdraw, padding --------------------------------------------------------


def _add_add(actions: Subparsers) -> None:
    add = actions.add_parser(
        "add",
        help="put a session on a channel",
        description="Plan a slot: SESSION_ID on a channel. Rolls not given follow the "
        "event's padding. The picture plan carries the captions and sign languages the "
        "session requires unless --captions / --sign say otherwise. The stream conflicts the "
        "session is now in are listed; they never stop the plan.",
    )
    add.add_argument("session", metavar="SESSION_ID", help="the session's id (or its start)")
    _common(add)
    add.add_argument("--channel", required=True, metavar="NAME", help="the channel's name")
    add.add_argument("--pre-roll", type=_minutes, metavar="MIN", help="minutes before")
    add.add_argument("--post-roll", type=_minutes, metavar="MIN", help="minutes after")
    add.add_argument(
        "--audio", type=_codes, default=["floor"], metavar="LIST", help="e.g. floor,ar,fr"
    )
    add.add_argument("--captions", type=_codes, metavar="LIST", help="caption languages, e.g. en")
    add.add_argument("--sign", type=_codes, metavar="LIST", help="sign languages, e.g. ils")
    add.add_argument("--caption-target", default="", metavar="REF", help="default: the channel's")
    add.set_defaults(func=_add)


def _add(args: argparse.Namespace) -> int:
    try:
        with _replica(args.db) as replica:
            event = schedule_store.event_info(replica.conn, args.event)
            session_id = resolve_session(replica.conn, event.id, args.session)
            channel_id = resolve_channel(replica.conn, event.id, args.channel)
            slot_id = plan_slot(
                replica,
                session_id,
                channel_id,
                pre_roll_min=args.pre_roll,
                post_roll_min=args.post_roll,
                audio_tracks=args.audio,
                caption_languages=args.captions,
                sign_languages=args.sign,
                caption_target=args.caption_target,
                event_id=event.id,
            )
            registry = stream_registry()
            world = load_world(replica.conn, registry, event.id)
            conflicts = [
                c for c in Checker(world, registry).conflicts_of(session_id) if c.rule in MESSAGES
            ]
    except CodedError as error:
        return _fail("add", error, as_json=args.json)
    if args.json:
        listed = [{**c.to_json(), "message": describe(c, world, {})} for c in conflicts]
        print(json.dumps({"slot": slot_id, "conflicts": listed}, ensure_ascii=False))
        return 0
    print(f"Planned “{world.sessions[session_id].title}” on {args.channel}: slot {slot_id}.")
    for c in conflicts:
        print(f"{c.severity.upper():5}  {c.rule}: {describe(c, world, {})}")
    return 0


def _add_withdraw(actions: Subparsers) -> None:
    withdraw = actions.add_parser(
        "withdraw",
        help="take a slot off the plan",
        description="Withdraw a slot: it is no longer checked, shown or exported (it stays "
        "in the records). A live slot is refused (slot_on_air): mark it complete first.",
    )
    withdraw.add_argument("slot", metavar="SLOT_ID", help="the slot's id (or its start)")
    _common(withdraw)
    withdraw.set_defaults(func=_withdraw)


def _withdraw(args: argparse.Namespace) -> int:
    try:
        with _replica(args.db) as replica:
            event = schedule_store.event_info(replica.conn, args.event)
            slot_id = resolve_slot(replica.conn, event.id, args.slot)
            op = withdraw_slot(replica, slot_id, event_id=event.id)
    except CodedError as error:
        return _fail("withdraw", error, as_json=args.json)
    if args.json:
        print(json.dumps({"slot": slot_id, "changed": op is not None}))
    else:
        print(f"Slot {slot_id} is {'now' if op else 'already'} withdrawn.")
    return 0


def _add_padding(actions: Subparsers) -> None:
    padding = actions.add_parser(
        "padding",
        help="show or set the event's default pre- and post-roll",
        description="The event's default padding: every slot that sets no roll of its own "
        "takes it (10 min before and 5 after unless set). Without options, shows it.",
    )
    _common(padding)
    padding.add_argument("--pre-roll", type=_minutes, metavar="MIN", help="minutes before")
    padding.add_argument("--post-roll", type=_minutes, metavar="MIN", help="minutes after")
    padding.set_defaults(func=_padding)


def _padding(args: argparse.Namespace) -> int:
    try:
        with _replica(args.db) as replica:
            event = schedule_store.event_info(replica.conn, args.event)
            pre, post = set_padding(
                replica,
                pre_roll_min=args.pre_roll,
                post_roll_min=args.post_roll,
                event_id=event.id,
            )
    except CodedError as error:
        return _fail("padding", error, as_json=args.json)
    if args.json:
        print(json.dumps({"pre_roll_min": pre, "post_roll_min": post}))
    else:
        print(f"{event.name}: slots are padded {pre} min before and {post} min after.")
    return 0
