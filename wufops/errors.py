"""The shape every domain error shares: a stable ``code`` plus a ``detail`` for people.

The code is what tests, logs, JSON output and the UI's translations key on; the detail says
what was wrong in words. Each capability subclasses it with its own name (``DemoError``,
``TokenError``…), so callers can catch one capability's errors or all of them.
"""

from __future__ import annotations


class CodedError(ValueError):
    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail
