from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.checkin.world import World, build_world


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    built = build_world(tmp_path)
    yield built
    built.close()
