"""Build hook: compile the desk's translations (.ts → .qm) into every wheel and editable install.

Everything else about the package is in pyproject.toml. The .qm files are built, not committed
(resources/translations/build.py; PySide6's lrelease is a build requirement).
"""

from __future__ import annotations

import runpy
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class build_py_with_translations(build_py):  # noqa: N801  (setuptools' command naming)
    def run(self) -> None:
        super().run()
        compile_all = runpy.run_path(str(HERE / "resources" / "translations" / "build.py"))[
            "compile_all"
        ]
        source = HERE / "resources" / "translations"
        # an editable install runs from the source tree: the .qm go beside the .ts
        target = (
            source if self.editable_mode else Path(self.build_lib) / "resources" / "translations"
        )
        compile_all(target, source)


setup(cmdclass={"build_py": build_py_with_translations})
