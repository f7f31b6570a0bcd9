"""The control room's run-sheet: one channel's slots in time order, as CSV.

One row per slot (withdrawn slots and cancelled or unplaced sessions left out): when the
channel is taken (pre-roll start), the session's start and end, when the channel is free
(post-roll end) — all in the event's local time with its offset — the session, its room,
the rolls, the status and who set it, the audio tracks, the picture plan (captions and their
target, sign languages picture-in-picture) and what it misses, and the session's
``do_not_stream`` / ``do_not_record`` flags.

UTF-8 with a byte-order mark (spreadsheets then read titles in every script) and CRLF line
ends; a cell beginning with ``= + - @``, TAB or CR gets a leading apostrophe, so no
spreadsheet runs it as a formula. Written to a temporary file and renamed: a failed export
never leaves half a file.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from wufops.streams.plan import BoardSlot

HEADERS = (
    "channel",
    "on_air",
    "start",
    "end",
    "off_air",
    "pre_roll_min",
    "post_roll_min",
    "title",
    "room",
    "status",
    "status_by",
    "status_at",
    "audio_tracks",
    "captions",
    "caption_target",
    "sign_languages",
    "missing",
    "do_not_stream",
    "do_not_record",
    "session",
    "slot",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _local(ms: int, zone: ZoneInfo) -> str:
    return datetime.fromtimestamp(ms / 1000, zone).isoformat(timespec="minutes")


def runsheet_rows(channel: str, slots: Sequence[BoardSlot], zone: ZoneInfo) -> list[list[str]]:
    """The run-sheet's rows (header first), cells as text."""
    rows = [list(HEADERS)]
    for slot in slots:
        w = slot.window
        changed = slot.changed
        missing = [f"captions {c}" for c in slot.captions_missing] + [
            f"sign {s}" for s in slot.sign_missing
        ]
        rows.append(
            [
                _cell(v)
                for v in (
                    channel,
                    _local(w.on_air_ms, zone),
                    _local(w.start_ms, zone),
                    _local(w.end_ms, zone),
                    _local(w.off_air_ms, zone),
                    w.pre_roll_min,
                    w.post_roll_min,
                    slot.title,
                    slot.room,
                    slot.status,
                    (changed.device_name or changed.device_id) if changed else "",
                    changed.wall_time if changed else "",
                    " ".join(slot.audio_tracks),
                    " ".join(slot.captions),
                    slot.caption_target,
                    " ".join(slot.sign_languages),
                    "; ".join(missing),
                    "yes" if slot.do_not_stream else "no",
                    "yes" if slot.do_not_record else "no",
                    w.session_id,
                    w.slot_id,
                )
            ]
        )
    return rows


def write_runsheet(path: Path, channel: str, slots: Sequence[BoardSlot], zone: ZoneInfo) -> int:
    """Write the run-sheet to ``path``; returns the number of slots written. Raises
    ``OSError`` when the file cannot be written (nothing is left behind then)."""
    rows = runsheet_rows(channel, slots, zone)
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    directory = path.parent if str(path.parent) else Path(".")
    fd, scratch = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            handle.write(buffer.getvalue())
        os.replace(scratch, path)
    except BaseException:
        Path(scratch).unlink(missing_ok=True)
        raise
    return len(rows) - 1
