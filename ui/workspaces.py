"""The workspace registry: which screens the main window offers, in switcher order.

Adding a workspace is one line in :data:`WORKSPACES`::

    Workspace("checkin", QT_TRANSLATE_NOOP("Workspaces", "Check-in"), _lazy("ui.checkin.x", "X")),

``factory(context) -> QWidget`` builds the screen from the :class:`ui.context.AppContext`
(db path, the GUI thread's ``Replica``, clock, event and its time zone, attendee search index,
change bus, settings). The main window gives the workspaces Ctrl+1…Ctrl+9 in this order and
forwards Ctrl+F to a workspace's ``focus_search()`` method when it has one. Only register a
workspace that works: the switcher shows every entry.

Status-bar widgets (the sync state, for instance) register the same way in
:data:`STATUS_WIDGETS`: ``factory(context) -> QWidget``, shown right-aligned in order.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from ui.context import AppContext

Factory = Callable[[AppContext], QWidget]


def _lazy(module: str, name: str) -> Factory:
    """A factory that imports its module only when the workspace is first built."""

    def factory(context: AppContext) -> QWidget:
        widget: QWidget = getattr(importlib.import_module(module), name)(context)
        return widget

    return factory


@dataclass(frozen=True)
class Workspace:
    key: str
    # source text, translated in context "Workspaces" by the main window
    title: str
    factory: Factory


WORKSPACES: list[Workspace] = [
    Workspace(
        "attendees",
        QT_TRANSLATE_NOOP("Workspaces", "Attendees"),
        _lazy("ui.attendees.workspace", "AttendeesWorkspace"),
    ),
    Workspace(
        "checkin",
        QT_TRANSLATE_NOOP("Workspaces", "Check-in"),
        _lazy("ui.checkin", "CheckinWorkspace"),
    ),
    Workspace(
        "operations",
        QT_TRANSLATE_NOOP("Workspaces", "Operations"),
        _lazy("ui.operations", "OperationsWorkspace"),
    ),
    Workspace(
        "badges",
        QT_TRANSLATE_NOOP("Workspaces", "Badges"),
        _lazy("ui.badges.workspace", "BadgesWorkspace"),
    ),
    Workspace(
        "schedule",
        QT_TRANSLATE_NOOP("Workspaces", "Schedule"),
        _lazy("ui.schedule", "make_workspace"),
    ),
    Workspace(
        "streams",
        QT_TRANSLATE_NOOP("Workspaces", "Streams"),
        _lazy("ui.streams", "StreamsWorkspace"),
    ),
    Workspace(
        "access",
        QT_TRANSLATE_NOOP("Workspaces", "Access"),
        _lazy("ui.access", "make_workspace"),
    ),
]

STATUS_WIDGETS: list[Factory] = [_lazy("ui.sync.status", "SyncStatusWidget")]
