"""The words a badge prints whatever its wearer: each attendee category's label, in the six
UN languages and the host's (Arabic, Chinese, English, French, Russian, Spanish,
Azerbaijani) — Qt-free, so the badge writer, the command line and the desk app print the
same words.

A layout chooses one or two languages (``"languages": ["en", "az"]``,
:mod:`wufops.badges.layout`); the category band then carries the label in each, the first
language above the second. Without ``languages`` a layout prints the label its own JSON
gives (``categories.<name>.label``).

Labels are written as they are printed on a badge: capitals where the script has them
(Azerbaijani keeps its dotted capital İ: İŞTİRAKÇI), gender-inclusive where the language
marks gender on the noun (French PARTICIPANT(E), Spanish VOLUNTARIO/A; PONENTE needs no
mark). The terms follow UN usage (UNTERM) as far as we know it — *participant*
(مشارك, 与会者, участник, participante), *speaker* (متحدث, 发言人, intervenant(e), докладчик,
ponente),
*media* (وسائل الإعلام, 媒体, СМИ, médias, medios), *volunteer* (متطوع, 志愿者, волонтёр,
bénévole, voluntario/a), *exhibitor* (عارض, 参展商, экспонент, exposant(e), expositor/a).
"""

from __future__ import annotations

from collections.abc import Mapping

from db.vocabulary import CATEGORIES

#: the languages a badge's fixed words come in: the six UN languages and Azerbaijani
LANGUAGES: tuple[str, ...] = ("ar", "zh", "en", "fr", "ru", "es", "az")
#: the most languages one badge prints its fixed words in (two lines in one band)
MAX_LANGUAGES = 2

CATEGORY_LABELS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "participant": "PARTICIPANT",
        "speaker": "SPEAKER",
        "media": "MEDIA",
        "vip": "VIP",
        "staff": "STAFF",
        "volunteer": "VOLUNTEER",
        "exhibitor": "EXHIBITOR",
        "security": "SECURITY",
    },
    "fr": {
        "participant": "PARTICIPANT(E)",
        "speaker": "INTERVENANT(E)",
        "media": "MÉDIAS",
        "vip": "VIP",
        "staff": "PERSONNEL",
        "volunteer": "BÉNÉVOLE",
        "exhibitor": "EXPOSANT(E)",
        "security": "SÉCURITÉ",
    },
    "es": {
        "participant": "PARTICIPANTE",
        "speaker": "PONENTE",
        "media": "MEDIOS",
        "vip": "VIP",
        "staff": "PERSONAL",
        "volunteer": "VOLUNTARIO/A",
        "exhibitor": "EXPOSITOR/A",
        "security": "SEGURIDAD",
    },
    "ru": {
        "participant": "УЧАСТНИК",
        "speaker": "ДОКЛАДЧИК",
        "media": "СМИ",
        "vip": "VIP",
        "staff": "ПЕРСОНАЛ",
        "volunteer": "ВОЛОНТЁР",
        "exhibitor": "ЭКСПОНЕНТ",
        "security": "БЕЗОПАСНОСТЬ",
    },
    "zh": {
        "participant": "与会者",
        "speaker": "发言人",
        "media": "媒体",
        "vip": "贵宾",
        "staff": "工作人员",
        "volunteer": "志愿者",
        "exhibitor": "参展商",
        "security": "安保人员",
    },
    "ar": {
        "participant": "مشارك",
        "speaker": "متحدث",
        "media": "وسائل الإعلام",
        "vip": "كبار الشخصيات",
        "staff": "الموظفون",
        "volunteer": "متطوع",
        "exhibitor": "عارض",
        "security": "الأمن",
    },
    "az": {
        "participant": "İŞTİRAKÇI",
        "speaker": "MƏRUZƏÇİ",
        "media": "MEDİA",
        "vip": "VIP",
        "staff": "PERSONAL",
        "volunteer": "KÖNÜLLÜ",
        "exhibitor": "SƏRGİ İŞTİRAKÇISI",
        "security": "TƏHLÜKƏSİZLİK",
    },
}


def category_labels(category: str, languages: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """``(language, label)`` of ``category`` in each of ``languages``, in order (a category
    the catalogue does not know: its code in capitals)."""
    return tuple(
        (lang, CATEGORY_LABELS.get(lang, {}).get(category, category.upper())) for lang in languages
    )


def complete() -> bool:
    """Whether every language labels every category (the tests hold the catalogue to it)."""
    return all(set(CATEGORY_LABELS.get(lang, {})) == set(CATEGORIES) for lang in LANGUAGES)
