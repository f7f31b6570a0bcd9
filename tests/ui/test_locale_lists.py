"""Lists of words are joined the way the user's language joins them (``QLocale``'s
separated list, from CLDR: Arabic "و", Chinese "、"/"和"), and the dashboard's advice is whole
translated sentences — never a lower-case phrase capitalised by hand."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from ui.app import application
from ui.operations.dashboard import DashboardView
from wufops.ops.figures import AreaForecast, Suggestion


@pytest.fixture
def locale(qapp: object) -> Iterator[None]:
    application()  # the English plural forms (wufops_en.qm), as the app has them
    before = QLocale()
    yield
    QLocale.setDefault(before)


def _area(suggestion: Suggestion) -> AreaForecast:
    desks = ("D1", "D2", "D3", "D4")
    return AreaForecast(
        area="Hall A",
        desks=desks,
        open_desks=desks[:1],
        idle_desks=desks[1:],
        desk_service_s=(("D1", 40.0),),
        service_s=40.0,
        served_per_min=1.5,
        capacity_per_min=1.5,
        utilisation=1.0,
        queue=30.0,
        steps=(0,),
        arrivals_per_min=(3.0,),
        waits_min=(20.0,),
        level="red",
        suggestion=suggestion,
    )


def test_the_advice_is_whole_sentences(qtbot: QtBot, locale: None) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    view = DashboardView()
    qtbot.addWidget(view)
    move_only = Suggestion(move_from="Hall B", move_count=2, wait_after_min=4.0)
    assert (
        view.advice(_area(move_only))
        == "Move 2 volunteers from Hall B. The wait then falls to 4 min."
    )
    every = Suggestion(
        open_desks=("D2", "D3", "D4"),
        move_from="Hall B",
        move_count=1,
        add_staff=1,
        wait_after_min=0.5,
    )
    assert view.advice(_area(every)) == (
        "Open these desks: D2, D3, and D4. Move 1 volunteer from Hall B. Call 1 more staff member. "
        "The wait then falls to < 1 min."
    )


@pytest.mark.parametrize(
    ("language", "wanted"),
    [
        (QLocale.Language.Arabic, "D2 وD3 وD4"),
        (QLocale.Language.Chinese, "D2、D3和D4"),
    ],
)
def test_desk_lists_use_the_languages_separators(
    qtbot: QtBot, locale: None, language: QLocale.Language, wanted: str
) -> None:
    QLocale.setDefault(QLocale(language))
    view = DashboardView()
    qtbot.addWidget(view)
    advice = view.advice(_area(Suggestion(open_desks=("D2", "D3", "D4"), wait_after_min=3.0)))
    assert wanted in advice, advice
    assert "D2, D3" not in advice
