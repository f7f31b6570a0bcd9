"""The desk's language: switched from the rail without a restart (same event, same
workspace, a busy workspace left running), remembered per device, right to left in Arabic,
Qt's own texts where Qt has them; the first start follows the system's languages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ui import language
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.workspaces import WORKSPACES, Workspace
from wufops.i18n import catalogue
from wufops.i18n.languages import LANGUAGES, SHIPPED, choose


@pytest.fixture
def app(qapp: object) -> Iterator[QApplication]:
    from ui.app import application

    instance = application()
    yield instance
    language.apply_language(instance, "en")


def _window(
    context: AppContext, qtbot: QtBot, workspaces: list[Workspace] | None = None
) -> MainWindow:
    window = MainWindow(context, workspaces)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_switching_rebuilds_the_window_in_place(
    app: QApplication, context: AppContext, qtbot: QtBot
) -> None:
    window = _window(context, qtbot)
    window.show_workspace(window.workspace_keys.index("checkin"))
    with qtbot.waitSignal(window.sig_language_changed, timeout=5_000):
        picker = window.language_picker
        assert [picker.itemText(i) for i in range(picker.count())] == [
            LANGUAGES[code].name for code in SHIPPED
        ]
        picker.activated.emit(picker.findData("fr"))
    assert window.switcher.item(0).text() == "Participants"
    assert window.workspace_keys[window.switcher.currentRow()] == "checkin"
    assert type(window.current_workspace()).__name__ == "CheckinWorkspace"
    assert window.windowTitle() == context.event.name  # the same event, still open
    assert context.settings.qsettings.value(language.SETTINGS_KEY) == "fr"
    assert QLocale().language() == QLocale.Language.French
    assert catalogue.current_language() == "fr"
    assert window.language_picker.currentData() == "fr"

    window.set_language("ar")
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.switcher.item(0).text() == "المشاركون"
    labels = " ".join(label.text() for label in window.findChildren(QLabel))
    assert "WUF Ops" in labels
    window.set_language("en")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.switcher.item(0).text() == "Attendees"


class Busy(QWidget):
    """A workspace in the middle of work (a badge run): a rebuild must not cut it short."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.working = True

    def busy(self) -> bool:
        return self.working


def test_a_busy_workspace_keeps_running_and_is_rebuilt_once_idle(
    app: QApplication, context: AppContext, qtbot: QtBot
) -> None:
    made: list[Busy] = []

    def factory(ctx: AppContext) -> QWidget:
        made.append(Busy(ctx))
        return made[-1]

    window = _window(context, qtbot, [WORKSPACES[0], Workspace("busy", "Busy", factory)])
    window.show_workspace(1)
    first = made[0]
    window.set_language("es")
    assert window.current_workspace() is first  # kept, still running
    first.working = False
    window.show_workspace(0)
    window.show_workspace(1)
    assert window.current_workspace() is made[-1] and len(made) == 2  # rebuilt in Spanish


def test_the_choice_is_remembered_per_device_and_first_start_follows_the_system(
    tmp_path: Path,
) -> None:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    assert language.stored_language(settings) == ""
    assert language.initial_language(settings) == language.system_language()
    language.store_language("az", settings)
    assert language.initial_language(settings) == "az"
    settings.setValue(language.SETTINGS_KEY, "tlh")  # not a shipped language: ignored
    assert language.initial_language(settings) == language.system_language()
    # the system's UI languages, most wanted first (QLocale.uiLanguages() spells them so)
    assert choose(["az-Latn-AZ", "en-US"]) == "az"
    assert choose(["de-DE", "zh-Hans-CN", "fr-FR"]) == "zh"
    assert choose(["de-DE", "nl-NL"]) == "en"


@pytest.mark.parametrize("code", SHIPPED)
def test_qt_s_own_texts_load_where_qt_has_them(app: QApplication, code: str) -> None:
    installed = language.apply_language(app, code)
    names = len(installed)
    expected = 1 + (code != "en") + (LANGUAGES[code].qtbase is not None)
    assert names == expected
    if code == "fr":  # a standard button of Qt's own, in French
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    if code == "az":  # Qt ships no qtbase_az.qm: its buttons stay English, nothing fails
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_desk_settings_panel_switches_the_language_too(
    app: QApplication, context: AppContext, qtbot: QtBot
) -> None:
    window = _window(context, qtbot)
    window.show_workspace(window.workspace_keys.index("checkin"))
    workspace = window.current_workspace()
    workspace.open_settings()  # type: ignore[union-attr]
    panel = workspace.settings_panel  # type: ignore[union-attr]
    assert panel.language.currentData() == "en"
    panel.language.setCurrentIndex(panel.language.findData("ru"))
    with qtbot.waitSignal(window.sig_language_changed, timeout=5_000):
        panel._save()
    assert window.switcher.item(0).text() == "Участники"
    assert window.workspace_keys[window.switcher.currentRow()] == "checkin"


def test_lang_on_the_command_line_wins_for_that_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(catalogue, "_requested", None)
    monkeypatch.delenv(catalogue.ENV, raising=False)
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    language.store_language("fr", settings)
    assert language.initial_language(settings) == "fr"
    monkeypatch.setenv(catalogue.ENV, "zh")
    assert language.initial_language(settings) == "zh"
    catalogue.set_language("ar", requested=True)  # what `wufops --lang ar …` does
    assert language.initial_language(settings) == "ar"
    catalogue.set_language(None)
