"""The real-hub fixture is shared with tests/sync."""

from __future__ import annotations

from tests.sync.conftest import hub_env

__all__ = ["hub_env"]
