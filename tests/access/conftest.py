"""The real-hub fixture of tests/sync (a hub on 127.0.0.1, port 0, over a real file)."""

from __future__ import annotations

from tests.sync.conftest import hub_env

__all__ = ["hub_env"]
