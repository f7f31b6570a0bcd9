"""Every workspace is usable on the common desk laptop screen, 1280×720, in every shipped
language (``wufops.i18n.languages.SHIPPED``; Arabic right to left): the main window's minimum
size fits, and no visible text is elided or cut — in every state of the check-in desk and the
gate (the fullest decision cards, each inline panel), and the streams live board with a
refusal in its message bar. A translation too long for its widget fails here.

Screenshots of each state are saved to ``artifacts/screenshots/<lang>/<state>.png`` (the
state's name starts with its workspace's; ``WUFOPS_SCREENSHOTS=DIR`` puts them elsewhere).
Look at them — the Arabic ones especially.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, QSize, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.checkin.test_layouts import typed_on
from tests.checkin.world import World
from tests.streams.build import seed_streams
from tests.tools import screenshot_dir
from tests.ui.fit import clipped
from tests.ui.test_checkin_wedge import open_desk
from ui.checkin.settings import CheckinSettings
from ui.checkin.workspace import CheckinWorkspace
from ui.context import AppContext
from ui.language import apply_language
from ui.main_window import MainWindow
from ui.operations.workspace import OperationsWorkspace
from ui.streams.workspace import StreamsWorkspace
from wufops.i18n.languages import SHIPPED

SCREEN = QSize(1280, 720)


@pytest.fixture(params=SHIPPED)
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    from ui.app import application

    app = application()  # the app's own set-up first: it would install its default language
    installed = apply_language(app, request.param)
    if request.param != "en":
        assert len(installed) >= 2, f"wufops_{request.param}.qm did not load"
    yield request.param
    apply_language(app, "en")


@pytest.fixture
def desk(tmp_path: Path, language: str) -> Iterator[tuple[World, AppContext]]:
    for world, context, _ in open_desk(tmp_path):
        # the main window's Check-in workspace reads the app's own settings store
        shared = CheckinSettings(QSettings(str(tmp_path / "app.ini"), QSettings.Format.IniFormat))
        shared.pdf_dir = tmp_path / "pdfs"
        shared.sound = False
        yield world, context


def test_every_workspace_and_state_fits_1280_by_720(
    desk: tuple[World, AppContext], language: str, qtbot: QtBot
) -> None:
    world, context = desk
    out = screenshot_dir(language)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    keys = window.workspace_keys
    tokens = [world.tokens[a] for a in world.attendees]

    def checkin() -> CheckinWorkspace:
        window.show_workspace(keys.index("checkin"))
        ws = window.current_workspace()
        assert isinstance(ws, CheckinWorkspace)
        return ws

    def gate() -> CheckinWorkspace:
        ws = checkin()
        if ws.settings.mode != "gate":
            ws.settings.mode = "gate"
            ws._apply_settings()
        return ws

    def repeat() -> None:
        ws = gate()
        ws.scan(tokens[0])
        assert ws.gate_card.code == "already_counted"

    def confirm() -> None:
        ws = checkin()
        ws.find.query.setText("mammad")
        ws.find.pick_current()

    def operations() -> OperationsWorkspace:
        window.show_workspace(keys.index("operations"))
        ws = window.current_workspace()
        assert isinstance(ws, OperationsWorkspace)
        return ws

    def zoomed() -> None:
        ws = operations()
        ws.tabs.setCurrentIndex(0)
        ws.view.focus_chart(0)
        ws.view._toggle_zoom()

    def relaid(ws: CheckinWorkspace) -> None:
        world.clock.advance(60_000)
        ws.scan(tokens[0])

    def streams(status: str = "") -> None:
        """The live board with the stream plan of tests/streams (late, missing captions,
        a refusal in words in the message bar)."""
        if not stream_ids:
            event_id = context.replica.conn.execute("SELECT id FROM event").fetchone()[0]
            stream_ids.update(seed_streams(context.replica, event_id))
            context.bus.rows_changed("stream_slot", [])
        window.show_workspace(keys.index("streams"))
        ws = window.current_workspace()
        assert isinstance(ws, StreamsWorkspace)
        ws.reload()
        if status:
            ws.view.select_row(0)
            ws.change_status(status)

    stream_ids: dict[str, str] = {}

    states: list[tuple[str, Callable[[], object]]] = [
        ("attendees", lambda: window.show_workspace(keys.index("attendees"))),
        ("checkin", checkin),
        ("checkin-admitted-vip", lambda: checkin().scan(tokens[1])),
        ("checkin-already-picked-up", lambda: checkin().scan(tokens[1])),
        ("checkin-access-needs", lambda: checkin().scan(tokens[2])),
        ("checkin-blocked", lambda: checkin().scan(tokens[3])),
        ("checkin-malformed", lambda: checkin().scan("HELLO")),
        ("checkin-azerty-note", lambda: checkin().scan(typed_on("azerty", tokens[0]))),
        ("checkin-confirm", confirm),
        ("checkin-reprint-panel", lambda: checkin().open_reprint()),
        ("checkin-undo-panel", lambda: (checkin().scan(tokens[2]), checkin().open_undo())),
        ("checkin-settings-panel", lambda: checkin().open_settings()),
        ("gate-idle", lambda: (gate().settings_panel.close_panel(), gate().gate_card.show_idle())),
        ("gate-admit", lambda: relaid(gate())),
        ("gate-already-counted", repeat),
        ("gate-deny", lambda: gate().scan(tokens[0][:60] + "A" + tokens[0][61:])),
        ("gate-settings-panel", lambda: gate().open_settings()),
        ("operations", lambda: window.show_workspace(keys.index("operations"))),
        ("operations-devices", lambda: operations().tabs.setCurrentIndex(1)),
        ("operations-zoomed-chart", zoomed),
        ("badges", lambda: window.show_workspace(keys.index("badges"))),
        ("schedule", lambda: window.show_workspace(keys.index("schedule"))),
        ("streams", streams),
        ("streams-refused", lambda: streams("complete")),
    ]
    problems: dict[str, list[str]] = {}
    for name, enter in states:
        enter()
        qtbot.wait(40)
        window.resize(SCREEN)
        qtbot.wait(40)
        assert window.grab().save(str(out / f"{name}.png"))
        hint = window.minimumSizeHint()
        found = clipped(window)
        if hint.width() > SCREEN.width() or hint.height() > SCREEN.height():
            found.append(f"the window needs at least {hint.width()}×{hint.height()}")
        if window.size() != SCREEN:
            found.append(f"the window is {window.width()}×{window.height()}")
        if found:
            problems[name] = found
    assert problems == {}, f"{language}: " + "\n".join(
        f"{state}: {', '.join(found)}" for state, found in problems.items()
    )
    assert window.windowState() == Qt.WindowState.WindowNoState


@pytest.fixture
def app_ready(qapp: object) -> None:
    """The app's own set-up (style, fonts, its translators) done before ``language``."""
    from ui.app import application

    application()


def test_the_schedule_workspace_fits_1280_by_720(
    app_ready: None,
    language: str,
    qtbot: QtBot,
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The schedule workspace on a demo-like programme (40 rooms, ~800 sessions): the grid,
    a drag showing the conflict it would cause, each side panel, and a desk's read-only view."""
    from tests.ui.schedule.conftest import copy_db, open_schedule_context
    from ui.schedule.workspace import TAB_CONFLICTS, TAB_RELEASE, ScheduleWorkspace
    from wufops.demo import generate
    from wufops.store import sync_state as ss

    demo = tmp_path_factory.mktemp("fit-demo") / "demo.db"
    generate(demo, seed=5, attendees=60)
    context = open_schedule_context(copy_db(demo, tmp_path / "event.db"), tmp_path)
    out = screenshot_dir(language)
    try:
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(SCREEN)
        window.show()
        qtbot.waitExposed(window)
        window.show_workspace(window.workspace_keys.index("schedule"))
        ws = window.current_workspace()
        assert isinstance(ws, ScheduleWorkspace)
        overlap = next(c for c in ws.data.conflicts() if c.rule == "room_overlap")

        def dragging() -> None:
            rect = ws.grid.block_rect(overlap.session_ids[1])
            assert rect is not None
            at = rect.center().toPoint()
            viewport = ws.grid.viewport()
            QTest.mousePress(
                viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at
            )
            for step in range(1, 6):
                QTest.mouseMove(viewport, at - QPoint(step * 12, 0))

        def desk() -> None:
            ws.grid.cancel_drag()
            with context.replica.transaction():
                context.replica.set_meta(ss.KEY_ROLE, "desk")
            context.bus.everything_changed()
            assert not ws.data.editable

        states: list[tuple[str, Callable[[], object]]] = [
            ("grid", lambda: ws.reveal(list(overlap.session_ids))),
            ("dragging", dragging),
            ("conflicts", lambda: (ws.grid.cancel_drag(), ws.side.setCurrentIndex(TAB_CONFLICTS))),
            ("release", lambda: ws.side.setCurrentIndex(TAB_RELEASE)),
            ("desk", desk),
        ]
        problems: dict[str, list[str]] = {}
        for name, enter in states:
            enter()
            qtbot.wait(40)
            assert window.grab().save(str(out / f"schedule-{name}.png"))
            found = clipped(window)
            hint = window.minimumSizeHint()
            if hint.width() > SCREEN.width() or hint.height() > SCREEN.height():
                found.append(f"the window needs at least {hint.width()}×{hint.height()}")
            if window.size() != SCREEN:
                found.append(f"the window is {window.width()}×{window.height()}")
            if found:
                problems[name] = found
        assert problems == {}, f"{language}: " + "\n".join(
            f"{state}: {', '.join(found)}" for state, found in problems.items()
        )
    finally:
        context.replica.close()


def test_the_access_workspace_fits_1280_by_720(
    app_ready: None,
    language: str,
    qtbot: QtBot,
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The access coordinator's workspace in every tab — coverage with a session chosen, the
    providers' timelines, a solver's proposal, the unmet demand after accepting it."""
    from tests.ui.schedule.conftest import copy_db, open_schedule_context
    from ui.access.workspace import TAB_PROVIDERS, TAB_UNMET, AccessWorkspace
    from wufops.demo import generate

    demo = tmp_path_factory.mktemp("fit-access") / "demo.db"
    generate(demo, seed=7, attendees=60)
    context = open_schedule_context(copy_db(demo, tmp_path / "event.db"), tmp_path)
    out = screenshot_dir(language)
    window = MainWindow(context)
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
        context.replica.close()
    assert problems == {}, f"{language}: " + "\n".join(
        f"{state}: {', '.join(found)}" for state, found in problems.items()
    )
