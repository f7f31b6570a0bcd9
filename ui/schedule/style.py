"""How the schedule looks: colours and text markers of session types, status and severity
names, the grid's palette. Every type has a colour *and* a two-letter marker, every severity
a colour *and* a shape (``ui.schedule.paint``), so nothing is told by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

#: session type -> its colour (strong; blocks use a light tint of it)
TYPE_COLOURS: dict[str, str] = {
    "plenary": "#6d28d9",
    "assembly": "#4338ca",
    "dialogue": "#0369a1",
    "roundtable": "#0f766e",
    "side_event": "#b45309",
    "networking": "#be185d",
    "training": "#4d7c0f",
}
OTHER_TYPE = "#475569"

SEVERITY_COLOURS: dict[str, str] = {"block": "#c81e1e", "warn": "#d97706", "off": "#64748b"}
SELECTED = "#0b6bcb"
RELATED = "#ea580c"
GOOD = "#15803d"

# the grid
GRID_BACKGROUND = "#ffffff"
ROW_STRIPE = "#f8fafc"
HOUR_LINE = "#dde3ea"
QUARTER_LINE = "#f0f3f7"
MIDNIGHT_LINE = "#64748b"
UNAVAILABLE = "#eceff3"
UNAVAILABLE_HATCH = "#d5dbe3"
HEADER_BACKGROUND = "#f1f5f9"
HEADER_TEXT = "#334155"
HEADER_MUTED = "#64748b"
HEADER_RULE = "#cbd5e1"
NOW_LINE = "#dc2626"
BLOCK_TEXT = "#0f172a"
BLOCK_MUTED = "#475569"


def type_colour(session_type: str) -> QColor:
    return QColor(TYPE_COLOURS.get(session_type, OTHER_TYPE))


def tint(colour: QColor, amount: float) -> QColor:
    """``colour`` mixed with white (``amount`` 0: the colour, 1: white)."""
    return QColor(
        round(colour.red() + (255 - colour.red()) * amount),
        round(colour.green() + (255 - colour.green()) * amount),
        round(colour.blue() + (255 - colour.blue()) * amount),
    )


def type_name(session_type: str) -> str:
    names = {
        "plenary": QCoreApplication.translate("ScheduleStyle", "Plenary"),
        "assembly": QCoreApplication.translate("ScheduleStyle", "Assembly"),
        "dialogue": QCoreApplication.translate("ScheduleStyle", "Dialogue"),
        "roundtable": QCoreApplication.translate("ScheduleStyle", "Roundtable"),
        "side_event": QCoreApplication.translate("ScheduleStyle", "Side event"),
        "networking": QCoreApplication.translate("ScheduleStyle", "Networking"),
        "training": QCoreApplication.translate("ScheduleStyle", "Training"),
    }
    return names.get(session_type, session_type.replace("_", " "))


def type_marker(session_type: str) -> str:
    """Two letters drawn on every block beside the type's colour."""
    markers = {
        "plenary": QCoreApplication.translate("ScheduleStyle", "PL", "marker: plenary"),
        "assembly": QCoreApplication.translate("ScheduleStyle", "AS", "marker: assembly"),
        "dialogue": QCoreApplication.translate("ScheduleStyle", "DI", "marker: dialogue"),
        "roundtable": QCoreApplication.translate("ScheduleStyle", "RT", "marker: roundtable"),
        "side_event": QCoreApplication.translate("ScheduleStyle", "SE", "marker: side event"),
        "networking": QCoreApplication.translate("ScheduleStyle", "NW", "marker: networking"),
        "training": QCoreApplication.translate("ScheduleStyle", "TR", "marker: training"),
    }
    return markers.get(session_type, session_type[:2].upper())


def status_name(status: str) -> str:
    names = {
        "draft": QCoreApplication.translate("ScheduleStyle", "Draft"),
        "scheduled": QCoreApplication.translate("ScheduleStyle", "Scheduled"),
        "released": QCoreApplication.translate("ScheduleStyle", "Released"),
        "cancelled": QCoreApplication.translate("ScheduleStyle", "Cancelled"),
    }
    return names.get(status, status)


def severity_name(severity: str) -> str:
    names = {
        "block": QCoreApplication.translate("ScheduleStyle", "Blocks release"),
        "warn": QCoreApplication.translate("ScheduleStyle", "Warning"),
        "off": QCoreApplication.translate("ScheduleStyle", "Off"),
    }
    return names.get(severity, severity)


def rule_name(code: str) -> str:
    names = {
        "room_overlap": QCoreApplication.translate("ScheduleStyle", "Room overlap"),
        "room_unavailable": QCoreApplication.translate("ScheduleStyle", "Room unavailable"),
        "speaker_double_booked": QCoreApplication.translate(
            "ScheduleStyle", "Speaker double-booked"
        ),
        "speaker_unavailable": QCoreApplication.translate("ScheduleStyle", "Speaker unavailable"),
        "over_capacity": QCoreApplication.translate("ScheduleStyle", "Over capacity"),
    }
    return names.get(code, code.replace("_", " ").capitalize())


def format_name(fmt: str) -> str:
    names = {
        "in_person": QCoreApplication.translate("ScheduleStyle", "In person"),
        "hybrid": QCoreApplication.translate("ScheduleStyle", "Hybrid"),
        "online": QCoreApplication.translate("ScheduleStyle", "Online"),
    }
    return names.get(fmt, fmt)


#: the workspace's style sheet (on top of resources/styles/desk.qss)
WORKSPACE_QSS = """
QWidget#scheduleWorkspace { background: #f4f6f8; }
QTabBar#dayTabs::tab {
    background: #ffffff; color: #334155; border: 1px solid #cbd5e1; border-left: none;
    padding: 6px 14px; min-width: 64px;
}
QTabBar#dayTabs::tab:first { border-left: 1px solid #cbd5e1; border-top-left-radius: 6px;
    border-bottom-left-radius: 6px; }
QTabBar#dayTabs::tab:last { border-top-right-radius: 6px; border-bottom-right-radius: 6px; }
QTabBar#dayTabs::tab:selected { background: #0b6bcb; color: #ffffff; border-color: #0a5cae;
    font-weight: 600; }
QTabBar#dayTabs::tab:hover:!selected { background: #eef4fb; }
QPushButton#zoomIn, QPushButton#zoomOut { font-size: 16px; font-weight: 600; padding: 3px 10px; }
QAbstractScrollArea#scheduleGrid { border: 1px solid #d5dbe3; border-radius: 4px;
    background: #ffffff; }
QLabel#scheduleStatus { padding: 2px 4px; }
QTabWidget#scheduleSide::pane { border: 1px solid #d5dbe3; border-radius: 6px;
    background: #ffffff; top: -1px; }
QTabWidget#scheduleSide > QTabBar::tab { background: #eef1f5; color: #334155;
    border: 1px solid #d5dbe3; padding: 6px 10px; margin-right: 2px;
    border-top-left-radius: 6px; border-top-right-radius: 6px; }
QTabWidget#scheduleSide > QTabBar::tab:selected { background: #ffffff; color: #0f172a;
    font-weight: 600; border-bottom-color: #ffffff; }
QWidget#unscheduledPanel, QWidget#conflictsPanel, QWidget#changesPanel { background: #ffffff; }
QListView#unscheduledList, QListView#conflictList, QListView#lostList, QListView#changesList {
    border: 1px solid #e2e8f0; border-radius: 6px; background: #ffffff; }
QLabel#sectionTitle { font-weight: 600; color: #92400e; }
QLabel#conflictSummary, QLabel#releaseVersion { color: #475569; }
"""
