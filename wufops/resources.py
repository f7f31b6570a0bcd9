"""Where bundled resources (fonts, badge layouts, translations, sounds) live once installed."""

from __future__ import annotations

from pathlib import Path

import resources as _resources_package


def resource_root() -> Path:
    """The ``resources/`` directory, in a source checkout or an installed wheel alike."""
    return Path(_resources_package.__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
