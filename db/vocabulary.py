"""Closed vocabularies the schema's CHECK constraints enforce and the core's models share.

Kept apart from the migrations so that plain models can import them without pulling in
SQLite.
"""

from __future__ import annotations

#: Attendee categories, in the order staff see them.
CATEGORIES: tuple[str, ...] = (
    "participant",
    "speaker",
    "media",
    "vip",
    "staff",
    "volunteer",
    "exhibitor",
    "security",
)

SESSION_TYPES = (
    "plenary",
    "dialogue",
    "roundtable",
    "side_event",
    "networking",
    "training",
    "assembly",
)
