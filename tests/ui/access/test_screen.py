"""The access workspace fits the desk laptop's 1280×800 in the main window: nothing clipped
or elided in any tab — coverage with a session chosen, the providers' timelines, a proposal
after a solve, the unmet demand after accepting it. Screenshots are saved
(saved in ``artifacts/screenshots/access/``: look at them)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from tests.tools import screenshot_dir
from tests.ui.fit import clipped
from ui.access.workspace import TAB_PROVIDERS, TAB_UNMET, AccessWorkspace
from ui.context import AppContext
from ui.main_window import MainWindow

SCREEN = QSize(1280, 800)


def test_every_tab_fits_1280_by_800(access_context: AppContext, qtbot: QtBot) -> None:
    out = screenshot_dir("access")
    window = MainWindow(access_context)
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    window.show_workspace(window.workspace_keys.index("access"))
    ws = window.current_workspace()
    assert isinstance(ws, AccessWorkspace)

    def solved() -> None:
        ws.start_solve()
        qtbot.waitUntil(lambda: ws.proposal is not None, timeout=60_000)

    def accepted() -> None:
        ws.accept_proposal()
        ws.tabs.setCurrentIndex(TAB_UNMET)

    states: list[tuple[str, Callable[[], object]]] = [
        ("coverage", lambda: ws.grid.setCurrentIndex(ws.coverage.index(3, 0))),
        ("providers", lambda: ws.tabs.setCurrentIndex(TAB_PROVIDERS)),
        ("proposal", solved),
        ("unmet", accepted),
        ("coverage-after", lambda: ws.tabs.setCurrentIndex(0)),
        ("providers-after", lambda: ws.tabs.setCurrentIndex(TAB_PROVIDERS)),
    ]
    problems: dict[str, list[str]] = {}
    try:
        for name, enter in states:
            enter()
            qtbot.wait(40)
            assert window.grab().save(str(out / f"access-{name}.png"))
            found = clipped(window)
            hint = window.minimumSizeHint()
            if hint.width() > SCREEN.width() or hint.height() > SCREEN.height():
                found.append(f"the window needs at least {hint.width()}×{hint.height()}")
            if window.size() != SCREEN:
                found.append(f"the window is {window.width()}×{window.height()}")
            if found:
                problems[name] = found
    finally:
        ws.stop()
    assert problems == {}, "\n".join(f"{k}: {', '.join(v)}" for k, v in problems.items())
