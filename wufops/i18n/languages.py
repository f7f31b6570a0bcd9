"""The languages the app speaks: which ones ship, what each is called, which way it is written.

Qt-free, so the CLI, the build scripts and the desk agree on one list. A language is in
:data:`SHIPPED` only when its texts pass the checks of ``tests/i18n/`` (every desk message and
every core message translated, nothing obsolete, nothing overflowing its widget at 1280×720,
the glossary's terms used); :data:`LANGUAGES` also lists languages being worked on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1, the suffix of wufops_<code>.ts and of the core catalogue's file
    name: str  # the language's name in itself, as the language menu shows it
    english: str
    # what QLocale() is given: Arabic is ar_001 (Modern Standard Arabic, the UN's, with
    # Western digits as %n writes them); the others their main country's
    qt_locale: str
    qtbase: str | None  # suffix of Qt's own qtbase_<suffix>.qm; None: Qt ships none
    plural_forms: int  # how many %n forms Qt's lrelease expects for this language
    #: gettext's rule picking one of those forms, in Qt's order (the core catalogue's .po)
    plural_rule: str
    rtl: bool = False


# Qt's plural forms (lrelease's numerus rules), as gettext expressions
_AR = "(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5)"
_RU = "(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)"

LANGUAGES: dict[str, Language] = {
    language.code: language
    for language in (
        Language("ar", "العربية", "Arabic", "ar_001", "ar", 6, _AR, rtl=True),
        Language("zh", "中文", "Chinese", "zh_CN", "zh_CN", 1, "0"),
        Language("en", "English", "English", "en_GB", "en", 2, "(n != 1)"),
        Language("fr", "Français", "French", "fr_FR", "fr", 2, "(n > 1)"),
        Language("ru", "Русский", "Russian", "ru_RU", "ru", 3, _RU),
        Language("es", "Español", "Spanish", "es_ES", "es", 2, "(n != 1)"),
        # Qt has no qtbase_az.qm: its own dialogs' buttons stay in English
        Language("az", "Azərbaycan dili", "Azerbaijani", "az_AZ", None, 2, "(n != 1)"),
    )
}

#: the languages a user can pick, in the UN's order (ar, zh, en, fr, ru, es), then the host's
SHIPPED: tuple[str, ...] = ("ar", "zh", "en", "fr", "ru", "es", "az")
SOURCE = "en"


def language(code: str) -> Language:
    """The language of ``code`` (``ar``, ``zh-Hans-CN``, ``fr_FR``…); ``KeyError`` if unknown."""
    return LANGUAGES[primary(code)]


def primary(tag: str) -> str:
    """``zh-Hans-CN`` → ``zh``; ``fr_FR.UTF-8`` → ``fr``."""
    return tag.replace("_", "-").split(".")[0].split("-")[0].casefold()


def choose(preferred: Iterable[str], shipped: Iterable[str] = SHIPPED) -> str:
    """The first shipped language among ``preferred`` (the system's UI languages, most wanted
    first, e.g. ``QLocale().uiLanguages()`` or ``$LANGUAGE``), else English."""
    available = set(shipped)
    for tag in preferred:
        code = primary(tag)
        if code in available:
            return code
    return SOURCE
