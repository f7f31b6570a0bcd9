"""Country names in the reader's language, from CLDR (Babel) — never a table of ours."""

from __future__ import annotations

from functools import cache


@cache
def _territories(language: str) -> dict[str, str]:
    from babel import Locale, UnknownLocaleError  # noqa: PLC0415  (CLDR data loads on use)

    try:
        names: dict[str, str] = dict(Locale.parse(language).territories)
    except (UnknownLocaleError, ValueError):
        return {}
    return names


def country_name(code: str, language: str) -> str:
    """The short name of ISO 3166-1 alpha-2 ``code`` in ``language`` (``AZ``, ``ar`` →
    ``أذربيجان``); ``""`` when CLDR does not know the code."""
    if len(code) != 2 or not code.isalpha() or code.upper() == "ZZ":  # ZZ: CLDR's "unknown"
        return ""
    return _territories(language).get(code.upper(), "")
