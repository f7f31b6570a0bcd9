"""Room scheduling, without Qt: conflict rules, the engine that runs them in bulk and
incrementally, schedule edits through the op log, releases and their versions.

The public names (docs/scheduling.md for coordinators):

- values (``wufops.models.schedule``): ``Room``, ``Session``, ``Placement``, ``Window``,
  ``SpeakerAvailability``, ``Finding``, ``Conflict``, ``ObjectRef``, ``Release``,
  ``SessionChange``;
- the plug-in point (:mod:`wufops.schedule.rules`): ``Axis``, ``Rule``, ``Bucket``,
  ``Reach``, ``Source``, ``Change``, ``Registry``; the core rules C1–C5
  (:mod:`wufops.schedule.core`): :func:`core_registry`. A capability adds its own kinds of
  object, axes and rules with ``core_registry().add(axes=…, rules=…, sources=…)``; its axes
  read their objects by session with ``World.grouped`` (tests/schedule/test_incremental.py
  plugs in a toy stream-channel rule that way);
- the engine (:mod:`wufops.schedule.engine`): ``Checker`` (bulk on construction,
  ``apply(changes)`` incremental, ``preview``, ``conflicts``, ``conflicts_of``), over a
  ``World`` (:mod:`wufops.schedule.world`) from :func:`load_world`, kept in step with
  :func:`reloaded`;
- edits (:mod:`wufops.schedule.edits`): ``move_session``, ``unplace_session``,
  ``set_status``, ``set_severity``, ``set_room``, ``set_speaker_availability``,
  ``parse_instant``; refusals are ``ScheduleError`` (stable ``code``);
- releases (:mod:`wufops.schedule.release`): ``release_schedule`` (``ScheduleBlocked``:
  ``schedule_blocked``), ``current_version``, ``released_sessions``,
  ``changes_since_last_release``;
- English text for the CLI (:mod:`wufops.schedule.messages`): ``describe``.

Layering: this package sits below the other domain packages (``pyproject.toml``), so the
streams and access-service capabilities can plug their rules into the same engine.
"""

from __future__ import annotations

from wufops.models.schedule import (
    Conflict,
    Finding,
    ObjectRef,
    Placement,
    Release,
    Room,
    Session,
    SessionChange,
    SpeakerAvailability,
    Window,
)
from wufops.schedule.core import core_registry
from wufops.schedule.edits import (
    ScheduleError,
    move_session,
    parse_instant,
    set_room,
    set_severity,
    set_speaker_availability,
    set_status,
    unplace_session,
)
from wufops.schedule.engine import Checker, Delta
from wufops.schedule.loading import load_world, reloaded
from wufops.schedule.messages import describe
from wufops.schedule.release import (
    ScheduleBlocked,
    changes_since_last_release,
    current_version,
    release_schedule,
    released_sessions,
)
from wufops.schedule.rules import Axis, Bucket, Change, Reach, Registry, Rule, Source
from wufops.schedule.world import World

__all__ = [
    "Axis",
    "Bucket",
    "Change",
    "Checker",
    "Conflict",
    "Delta",
    "Finding",
    "ObjectRef",
    "Placement",
    "Reach",
    "Registry",
    "Release",
    "Room",
    "Rule",
    "ScheduleBlocked",
    "ScheduleError",
    "Session",
    "SessionChange",
    "Source",
    "SpeakerAvailability",
    "Window",
    "World",
    "changes_since_last_release",
    "core_registry",
    "current_version",
    "describe",
    "load_world",
    "move_session",
    "parse_instant",
    "release_schedule",
    "released_sessions",
    "reloaded",
    "set_room",
    "set_severity",
    "set_speaker_availability",
    "set_status",
    "unplace_session",
]
