"""Display helpers shared by workspaces: text direction of names, instants in the event zone."""

from __future__ import annotations

import unicodedata
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QLocale, QTimeZone

from wufops.attendees.search import written_name as native_name
from wufops.clock import parse_iso_utc

__all__ = ["directional", "format_instant", "is_rtl", "native_name"]

_RLE, _PDF = "\u202b", "\u202c"


def is_rtl(text: str) -> bool:
    """True when the first strong character is right-to-left (Arabic, Hebrew, Thaana…)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def directional(text: str) -> str:
    """``text`` embedded in its own direction, so neutral characters at its ends (brackets,
    digits, full stops) stay on the right side when shown inside a left-to-right view."""
    return f"{_RLE}{text}{_PDF}" if is_rtl(text) else text


def format_instant(iso_utc: str, zone: ZoneInfo, fmt: str = "ddd d MMM, HH:mm") -> str:
    """A stored UTC instant shown in the event's time zone, in the user's locale."""
    if not iso_utc:
        return ""
    stamp = QDateTime.fromMSecsSinceEpoch(
        parse_iso_utc(iso_utc), QTimeZone(zone.key.encode("ascii"))
    )
    return QLocale().toString(stamp, fmt)
