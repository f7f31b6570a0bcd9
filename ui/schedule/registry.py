"""The conflict rules the schedule workspace checks, composed at the application's edge the
way ``wufops.cli.schedule.registry`` composes the command line's: the core's C1–C5, and
whatever rules a capability adds (streams, access services) — add them here too."""

from __future__ import annotations

from wufops.schedule import Registry, core_registry


def registry() -> Registry:
    return core_registry()
