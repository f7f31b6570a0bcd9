"""The conflict rules the schedule workspace checks, composed at the application's edge the
way ``wufops.cli.schedule.registry`` composes the command line's: the core's C1–C5 and the
stream rules C6–C7 (``wufops.streams.add_stream_rules``: channel overlaps with their rolls,
encoders, do-not-stream, the picture plan) — add other capabilities' rules here too."""

from __future__ import annotations

from wufops.schedule import Registry, core_registry
from wufops.streams import add_stream_rules


def registry() -> Registry:
    return add_stream_rules(core_registry())
