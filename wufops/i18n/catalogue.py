"""The core catalogue at run time: gettext translations of :mod:`wufops.i18n.messages`.

One ``.po`` file per language (``wufops/i18n/po/<lang>.po``, made by ``wufops/i18n/update.py``
from the translation tables) is read with Babel and compiled in memory into a
:class:`gettext.GNUTranslations` the first time the language is asked for — so an editable
checkout and an installed wheel read the same file. Plural forms come from the ``.po``'s
``Plural-Forms`` header (CLDR's rules, written by Babel).

The language is chosen once per process: :func:`set_language` (the CLI's ``--lang``, the
desk's language switch), else ``$WUFOPS_LANG``, else the system's (``$LANGUAGE``,
``$LC_ALL``, ``$LC_MESSAGES``, ``$LANG``), else English. A language that is not shipped, or
a text its catalogue lacks, falls back to English.
"""

from __future__ import annotations

import gettext
import io
import os
from functools import cache
from pathlib import Path

from wufops.i18n.languages import SOURCE, choose
from wufops.i18n.messages import Source

PO_DIR = Path(__file__).resolve().parent / "po"
ENV = "WUFOPS_LANG"
#: gettext's separator between a context and its text (``msgctxt``)
_CONTEXT_GLUE = "\x04"

_chosen: str | None = None
_requested: str | None = None  # --lang: the desk app started by the same command uses it too


def po_path(code: str) -> Path:
    return PO_DIR / f"{code}.po"


def system_languages() -> list[str]:
    """The system's preferred languages, most wanted first (POSIX environment variables)."""
    found: list[str] = []
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        found.extend(tag for tag in value.split(":") if tag and tag not in ("C", "POSIX"))
    return found


def set_language(code: str | None, *, requested: bool = False) -> str:
    """Use ``code`` for every core text from now on (``None``: back to the default);
    returns the language in effect (an unshipped one falls back to English).
    ``requested``: the person asked for it on the command line (``--lang``), so the desk
    started by the same command speaks it too (:func:`requested_language`)."""
    global _chosen, _requested  # noqa: PLW0603  (one language per process)
    _chosen = choose([code]) if code else None
    if requested:
        _requested = _chosen
    return current_language()


def requested_language() -> str | None:
    """The language asked for by ``--lang`` or ``$WUFOPS_LANG``, if any."""
    if _requested is not None:
        return _requested
    wanted = os.environ.get(ENV, "")
    return choose([wanted]) if wanted else None


def current_language() -> str:
    if _chosen is not None:
        return _chosen
    wanted = os.environ.get(ENV, "")
    if wanted:
        return choose([wanted])
    return choose(system_languages())


@cache
def translations(code: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``code`` (English behind it for what it lacks); an empty
    one when it has no ``.po``."""
    path = po_path(code)
    if not path.is_file():
        return translations(SOURCE) if code != SOURCE else gettext.NullTranslations()
    from babel.messages.mofile import write_mo  # noqa: PLC0415  (only when a language loads)
    from babel.messages.pofile import read_po  # noqa: PLC0415

    with path.open("rb") as source:
        catalog = read_po(source, locale=code)
    compiled = io.BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    compiled.seek(0)
    found = gettext.GNUTranslations(compiled)
    if code != SOURCE:
        found.add_fallback(translations(SOURCE))
    return found


def text(source: Source, *args: object, language: str | None = None) -> str:
    """``source`` in ``language`` (default: the current one) with ``%1``, ``%2``… filled."""
    chosen = translations(language or current_language())
    if source.plural:
        raise TypeError(f"{source.text!r} is a plural text: use count_text()")
    result = chosen.pgettext(source.context, source.text) if source.context else source.text
    return fill(result, args)


def count_text(source: Source, n: int, *args: object, language: str | None = None) -> str:
    """A plural text (``%n`` the count) in the form ``n`` takes in ``language``."""
    chosen = translations(language or current_language())
    result = chosen.npgettext(source.context, source.text, source.text, n)
    return fill(result.replace("%Ln", f"{n:,}").replace("%n", str(n)), args)


def fill(template: str, args: tuple[object, ...]) -> str:
    """Qt-style placeholders: ``%1`` … ``%9`` replaced in one pass (a value containing
    ``%2`` is never filled again)."""
    if not args:
        return template
    out = []
    index = 0
    while index < len(template):
        char = template[index]
        if char == "%" and index + 1 < len(template) and template[index + 1].isdigit():
            number = int(template[index + 1])
            if 1 <= number <= len(args):
                out.append(str(args[number - 1]))
                index += 2
                continue
        out.append(char)
        index += 1
    return "".join(out)
