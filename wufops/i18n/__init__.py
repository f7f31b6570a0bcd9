"""Languages and the core catalogue: the texts the Qt-free core shows people, in their language.

- :mod:`wufops.i18n.languages` — the shipped languages (Qt-free: the CLI, the build and the
  desk share it).
- :mod:`wufops.i18n.messages` — the English sources (decisions, error codes, CLI lines).
- :mod:`wufops.i18n.catalogue` — gettext translations of them (``po/<lang>.po``), the
  language of this process (``--lang``, ``$WUFOPS_LANG``, the system's).
- :mod:`wufops.i18n.countries` — country names from CLDR.

The helpers below are what callers use.
"""

from __future__ import annotations

from wufops.i18n.catalogue import count_text, current_language, set_language, text
from wufops.i18n.languages import SOURCE
from wufops.i18n.messages import ADVICE, CLI, DECISIONS, ERRORS

__all__ = [
    "advice_text",
    "count_text",
    "current_language",
    "decision_text",
    "error_line",
    "error_text",
    "set_language",
    "text",
]


def decision_text(code: str, language: str | None = None) -> str:
    """The headline of decision ``code`` (the code itself if it has none)."""
    source = DECISIONS.get(code)
    return text(source, language=language) if source is not None else code


def advice_text(code: str, language: str | None = None) -> str:
    """What staff should do after decision ``code`` (``""`` if nothing is said)."""
    source = ADVICE.get(code)
    return text(source, language=language) if source is not None else ""


def error_text(code: str, language: str | None = None) -> str:
    """What error ``code`` means and what to do, in words (never empty)."""
    source = ERRORS.get(code)
    if source is None:
        return text(CLI["unknown_error"], code, language=language)
    return text(source, language=language)


def error_line(code: str, detail: str, language: str | None = None) -> str:
    """The CLI's error line: ``error[code]: detail`` in English; in another language the
    code's explanation, then the detail (paths, values; written in English by the core)."""
    chosen = language or current_language()
    source = ERRORS.get(code)
    if chosen == SOURCE or source is None:
        return f"error[{code}]: {detail}"
    explained = text(source, language=chosen)
    return f"error[{code}]: {explained}\n  {text(CLI['error_detail'], detail, language=chosen)}"
