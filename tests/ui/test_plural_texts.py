"""Counts are whole plural messages (``self.tr("… %n …", "", n)``), never English-only
"1 x" / "%1 xs" pairs: a language with three forms (Russian: 1 / 2–4 / 5–20) gets the right
one for every number, which a hand-built singular/plural can never give it. The Russian
texts here are a test catalogue compiled with the real ``pyside6-lrelease``."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from ui.badges.run import BatchOutcome
from ui.badges.run_panel import RunPanel
from ui.context import AppContext

RUSSIAN = {
    ("RunPanel", "%Ln badge(s) selected"): (
        "Выбран %Ln бейдж",
        "Выбрано %Ln бейджа",
        "Выбрано %Ln бейджей",
    ),
    ("RunPanel", "%Ln badge(s) written to %1"): (
        "%Ln бейдж записан в %1",
        "%Ln бейджа записаны в %1",
        "%Ln бейджей записано в %1",
    ),
    ("RunPanel", "%Ln page(s)"): ("%Ln страница", "%Ln страницы", "%Ln страниц"),
}


def _lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        pytest.fail("pyside6-lrelease is missing: it comes with PySide6 (make install)")
    return found


@pytest.fixture
def russian(tmp_path: Path, context: AppContext) -> Iterator[None]:
    contexts: dict[str, list[str]] = {}
    for (name, source), forms in RUSSIAN.items():
        numerus = "".join(f"<numerusform>{form}</numerusform>" for form in forms)
        contexts.setdefault(name, []).append(
            f'<message numerus="yes"><source>{source}</source>'
            f"<translation>{numerus}</translation></message>"
        )
    body = "".join(
        f"<context><name>{name}</name>{''.join(messages)}</context>"
        for name, messages in contexts.items()
    )
    ts = tmp_path / "test_ru.ts"
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ru">'
        f"{body}</TS>",
        encoding="utf-8",
    )
    qm = tmp_path / "test_ru.qm"
    result = subprocess.run(
        [_lrelease(), str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _panel(context: AppContext, qtbot: QtBot) -> RunPanel:
    panel = RunPanel(context, lambda: None)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.selected >= 0, timeout=10_000)  # its own first count
    return panel


@pytest.mark.parametrize("case", [(1, 0), (21, 0), (3, 1), (22, 1), (5, 2), (11, 2), (12, 2)])
def test_a_three_form_language_gets_the_right_form_of_every_badge_count(
    russian: None, context: AppContext, qtbot: QtBot, tmp_path: Path, case: tuple[int, int]
) -> None:
    count, form = case  # the number, and which Russian form it takes
    panel = _panel(context, qtbot)
    panel._counted(panel._generation, count)
    shown = RUSSIAN["RunPanel", "%Ln badge(s) selected"][form].replace("%Ln", str(count))
    assert panel.count.text() == shown
    out = tmp_path / "badges.pdf"
    panel._show_done(BatchOutcome("", out=out, badges=count, pages=count))
    written = RUSSIAN["RunPanel", "%Ln badge(s) written to %1"][form]
    pages = RUSSIAN["RunPanel", "%Ln page(s)"][form]
    assert panel.done.text().splitlines()[:2] == [
        written.replace("%Ln", str(count)).replace("%1", str(out)),
        pages.replace("%Ln", str(count)),
    ]


def test_english_counts_say_one_badge_and_many_badges(
    context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    panel = _panel(context, qtbot)
    out = tmp_path / "badges.pdf"
    panel._counted(panel._generation, 1)
    assert panel.count.text() == "1 badge selected"
    panel._show_done(BatchOutcome("", out=out, badges=1, pages=1, issued=1, missing_glyphs=1))
    assert panel.done.text().splitlines() == [
        f"1 badge written to {out}",
        "1 page · 1 newly issued",
        "1 character could not be set in any bundled font: check that badge",
    ]
    panel._counted(panel._generation, 2)
    assert panel.count.text() == "2 badges selected"
    panel._show_done(BatchOutcome("", out=out, badges=2, pages=2, missing_glyphs=3))
    assert panel.done.text().splitlines() == [
        f"2 badges written to {out}",
        "2 pages",
        "3 characters could not be set in any bundled font: check those badges",
    ]
