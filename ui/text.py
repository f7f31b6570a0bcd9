"""Display helpers shared by workspaces: text direction of names, instants in the event zone."""

from __future__ import annotations

import unicodedata
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtGui import QGuiApplication

from wufops.attendees.search import written_name as native_name
from wufops.clock import parse_iso_utc

__all__ = [
    "directional",
    "format_instant",
    "is_rtl",
    "leading_edge",
    "left_to_right",
    "native_name",
    "range_dash",
]

_RLE, _LRE, _PDF = "\u202b", "\u202a", "\u202c"


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


def left_to_right(text: str) -> str:
    """A path, code or address kept in one left-to-right piece inside a right-to-left sentence
    (an Arabic desk): without it the slashes of ``/home/desk/badges/x.pdf`` are reordered."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return f"{_LRE}{text}{_PDF}"
    return text


def range_dash() -> str:
    """The dash of a time range (``09:00–10:30``). In a right-to-left sentence a plain dash
    between two numbers makes the range read backwards (``10:30–09:00``); left-to-right marks
    around it keep the range in order."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return "\u200e–\u200e"
    return "–"


def leading_edge() -> Qt.AlignmentFlag:
    """The side a line starts on in the desk's language (right in Arabic), for labels whose
    text may be in another direction's script (an event or person's name): Qt aligns a label
    by its text's direction, so a Latin name would sit on the left of an Arabic screen."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
    return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute


def format_instant(iso_utc: str, zone: ZoneInfo, fmt: str = "ddd d MMM, HH:mm") -> str:
    """A stored UTC instant shown in the event's time zone, in the user's locale."""
    if not iso_utc:
        return ""
    stamp = QDateTime.fromMSecsSinceEpoch(
        parse_iso_utc(iso_utc), QTimeZone(zone.key.encode("ascii"))
    )
    return QLocale().toString(stamp, fmt)
