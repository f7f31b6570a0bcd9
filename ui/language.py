"""The desk's language at run time: which one, loading it, switching it without a restart.

:func:`apply_language` installs our translations (``resources/translations/wufops_<lang>.qm``,
English plural forms first) and Qt's own (``qtbase_<lang>.qm``, when Qt ships one — it has
none for Azerbaijani), sets the default :class:`QLocale` (numbers, dates, times, lists) and
the layout direction (right to left for Arabic), and points the core catalogue
(``wufops.i18n``) at the same language. Calling it again replaces all of that; the main
window then rebuilds its screens in the new language (``MainWindow.retranslate``).

The choice is remembered per device in ``QSettings`` (``ui/language``); until someone picks
one, the desk follows the system's UI languages (``QLocale.system().uiLanguages()``).
Also here: what a desk shows in the reader's locale — counts, clock times, country names.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from functools import cmp_to_key

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTime,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication

from wufops.i18n import catalogue
from wufops.i18n.countries import country_name as cldr_country_name
from wufops.i18n.languages import LANGUAGES, SHIPPED, SOURCE, Language, choose, primary
from wufops.resources import resource_path

SETTINGS_KEY = "ui/language"
_installed: list[QTranslator] = []


def system_language() -> str:
    """The first shipped language among the system's UI languages, else English."""
    return choose(QLocale.system().uiLanguages())


def stored_language(settings: QSettings | None = None) -> str:
    """The language this device was set to (``""``: never chosen, follow the system)."""
    value = str((settings or QSettings()).value(SETTINGS_KEY, "") or "")
    return value if value in SHIPPED else ""


def store_language(code: str, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(SETTINGS_KEY, code)


def initial_language(settings: QSettings | None = None) -> str:
    """``wufops --lang`` / ``$WUFOPS_LANG`` for this run, else the device's choice, else the
    system's."""
    return catalogue.requested_language() or stored_language(settings) or system_language()


def current() -> Language:
    app = QCoreApplication.instance()
    code = str(app.property("wufops_language") or SOURCE) if app is not None else SOURCE
    return LANGUAGES.get(code, LANGUAGES[SOURCE])


def apply_language(app: QCoreApplication, code: str) -> list[QTranslator]:
    """Speak ``code`` from now on (an unknown one: English); the translators installed."""
    language = LANGUAGES.get(code) or LANGUAGES[SOURCE]
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    folder = str(resource_path("translations"))
    wanted = [("wufops_en", folder)]
    if language.code != SOURCE:
        wanted.append((f"wufops_{language.code}", folder))
    if language.qtbase is not None:
        qt = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        wanted.append((f"qtbase_{language.qtbase}", qt))
    for name, where in wanted:
        translator = QTranslator(app)
        if translator.load(name, where):
            _installed.append(translator)
    for translator in _installed:  # the last installed is asked first
        app.installTranslator(translator)
    QLocale.setDefault(locale_for(language))
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if language.rtl else Qt.LayoutDirection.LeftToRight
        )
    app.setProperty("wufops_language", language.code)
    catalogue.set_language(language.code)
    return list(_installed)


def locale_for(language: Language) -> QLocale:
    """The system's locale when it is of this language (its country's conventions: fr_CA,
    es_MX), else the language's own (``fr_FR``…); Arabic is always ``ar_001`` — Western
    digits, the same as the counts Qt writes into translated texts."""
    system = QLocale.system()
    if not language.rtl and primary(system.name()) == language.code:
        return system
    return QLocale(language.qt_locale)


# -- what a desk shows in the reader's locale -------------------------------------------------


def country_name(code: str) -> str:
    """The country of ISO code ``code`` in the desk's language (CLDR); ``""`` if unknown."""
    return cldr_country_name(code, current().code)


def by_country_name(codes: Iterable[str]) -> list[str]:
    """ISO country codes in the order of their names in the desk's language (a collator of
    its locale: 阿塞拜疆 by pinyin, Ägypten beside Afghanistan)."""
    collator = QCollator(QLocale())
    named = [(country_name(code) or code, code) for code in codes]
    named.sort(
        key=cmp_to_key(lambda a, b: collator.compare(a[0], b[0]) or (a[1] > b[1]) - (a[1] < b[1]))
    )
    return [code for _, code in named]


def number(value: int) -> str:
    """A count in the locale's digits and grouping (``37,000`` / ``37 000`` / ``٣٧٬٠٠٠``)."""
    return QLocale().toString(value)


def clock(moment: datetime, *, seconds: bool = False) -> str:
    """The wall-clock time of ``moment`` (already in the event's zone), 24-hour, in the
    locale's digits."""
    time = QTime(moment.hour, moment.minute, moment.second)
    return QLocale().toString(time, "HH:mm:ss" if seconds else "HH:mm")


def day_and_clock(moment: datetime, *, seconds: bool = False) -> str:
    """``5 Dec 10:30`` (day, short month, 24-hour time) in the locale's words and digits."""
    day = QLocale().toString(moment.date(), "d MMM")
    return f"{day} {clock(moment, seconds=seconds)}"
