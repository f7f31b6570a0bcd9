"""Starting the desk app: ``wufops app`` and ``wufops demo``.

Owns the ``QApplication`` set-up (organisation and application names, the language this
device was set to — ``ui/language.py`` —, bundled fonts, the style sheet in
``resources/styles/``), opening an event database into an :class:`ui.context.AppContext`,
creating the demo event on first run (in a worker thread, behind a progress window) and
``--screenshot FILE.png`` (lay out, paint, grab, exit 0 — works with
``QT_QPA_PLATFORM=offscreen``).

Errors a user can fix print ``error[<code>]: <what to do>`` and exit 2.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs
from PySide6.QtCore import QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from ui.context import AppContext, ChangeBus, Settings
from ui.index_keeper import IndexKeeper
from ui.language import apply_language, initial_language
from wufops.attendees.search import AttendeeIndex
from wufops.clock import Clock, SystemClock
from wufops.i18n import error_line
from wufops.i18n.languages import choose
from wufops.resources import resource_path
from wufops.store import attendees as store
from wufops.store.replica import Replica

ORGANISATION = "UN-Habitat"
APPLICATION = "WUF Ops"
WINDOW_SIZE = (1440, 900)
UI_FONT = "Noto Sans"


class StartupError(Exception):
    """Something the user can fix before the app can open; ``code`` is stable."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# -- application -------------------------------------------------------------------------------


def application() -> QApplication:
    """The process's ``QApplication``, created and set up on first call."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        if not existing.property("wufops_ready"):  # made elsewhere (pytest-qt): finish it
            install_translators(existing)
            _load_fonts(existing)
            _style(existing)
            existing.setProperty("wufops_ready", True)
        return existing
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setOrganizationDomain("unhabitat.org")
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    install_translators(app)
    _load_fonts(app)
    _style(app)
    app.setProperty("wufops_ready", True)
    return app


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Speak ``locale``'s language (default: the one this device was set to, else the
    system's) — our texts, Qt's own, the locale and the layout direction
    (``ui.language.apply_language``). Returns the translators installed."""
    if locale is None:
        return apply_language(app, initial_language())
    return apply_language(app, choose([locale.name()]))


def _load_fonts(app: QApplication) -> None:
    """Bundled fonts (resources/fonts), so names in every script render on any machine:
    Noto Sans for the interface, every other bundled family as its fallback."""
    fonts = resource_path("fonts")
    if not fonts.is_dir():
        return
    families: list[str] = []
    for path in sorted(fonts.rglob("*")):
        if path.suffix.lower() in (".ttf", ".otf", ".ttc"):
            font_id = QFontDatabase.addApplicationFont(str(path))
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in families:
                    families.append(family)
    if UI_FONT in families:
        fallbacks = [f for f in families if f != UI_FONT]
        QFont.insertSubstitutions(UI_FONT, fallbacks)
        font = QFont(UI_FONT)
        font.setPointSizeF(app.font().pointSizeF())
        app.setFont(font)


def _style(app: QApplication) -> None:
    app.setStyle("Fusion")
    sheet = resource_path("styles", "desk.qss")
    if sheet.is_file():
        app.setStyleSheet(sheet.read_text(encoding="utf-8"))


# -- opening an event ------------------------------------------------------------------------


def open_context(
    db_path: Path, clock: Clock | None = None, settings: Settings | None = None
) -> AppContext:
    """Open an existing event database for the GUI thread; raises ``StartupError``."""
    if not db_path.is_file():
        raise StartupError(
            "db_not_found",
            f"no event database at {db_path}; check the path, or run `wufops demo`",
        )
    clock = clock or SystemClock()
    try:
        replica = Replica.open(db_path, clock)
    except sqlite3.DatabaseError as error:
        raise StartupError(
            "db_unreadable",
            f"{db_path} is not a readable event database ({error}); the file was not changed",
        ) from None
    try:
        event = store.current_event(replica.conn)
        if event is None:
            raise StartupError(
                "no_event", f"{db_path} holds no event; import one or run `wufops demo`"
            )
        try:
            zone = ZoneInfo(event.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise StartupError(
                "bad_timezone", f"the event's time zone {event.timezone!r} is not an IANA name"
            ) from None
        # the name index's postings (most of its build) are left until the window is shown
        # (open_main_window): scans are decided at once, the first name search waits
        index = AttendeeIndex.from_store(replica.conn, event.id, background=True)
    except BaseException:
        replica.close()
        raise
    bus = ChangeBus()
    # first listener on the bus: the index is current before any view hears of a change
    keeper = IndexKeeper(replica.conn, index, event.id, parent=bus)
    bus.sig_rows_changed.connect(keeper.rows_changed)
    return AppContext(
        db_path=db_path,
        replica=replica,
        clock=clock,
        event=event,
        zone=zone,
        index=index,
        bus=bus,
        settings=settings if settings is not None else Settings(),
    )


def open_main_window(context: AppContext) -> QWidget:
    from ui.main_window import MainWindow  # noqa: PLC0415  (after the style is set)

    window = MainWindow(context)
    # once the window is up (first turn of the event loop), the name index's postings are
    # made on a thread; a name search before they are ready waits for them
    QTimer.singleShot(0, context.index.start_postings)
    width, height = WINDOW_SIZE
    screen = QApplication.primaryScreen()
    if screen is not None and QApplication.platformName() != "offscreen":
        # a desk laptop (1280×800 or smaller) gets the whole screen, not a window that
        # runs off its edges; offscreen screenshots keep the documented size
        free = screen.availableGeometry()
        if free.width() < width or free.height() < height:
            window.resize(min(width, free.width()), min(height, free.height()))
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
            return window
    window.resize(width, height)
    return window


def grab(window: QWidget, target: Path, done: Callable[[bool], None]) -> None:
    """Let ``window`` lay out and paint, save it as a PNG, then call ``done(saved)``."""

    def shoot() -> None:
        QApplication.processEvents()
        target.parent.mkdir(parents=True, exist_ok=True)
        done(window.grab().save(str(target), "PNG"))

    QTimer.singleShot(400, shoot)


def _fail(error: StartupError) -> int:
    print(error_line(error.code, error.message), file=sys.stderr)
    return 2


def _show(context: AppContext, screenshot: Path | None) -> int:
    app = application()
    window = open_main_window(context)
    window.show()
    if screenshot is None:
        code = app.exec()
    else:
        saved: list[bool] = []

        def done(ok: bool) -> None:
            saved.append(ok)
            app.quit()

        grab(window, screenshot, done)
        app.exec()
        code = 0 if saved and saved[0] else 1
        if code:
            print(f"error[screenshot_failed]: could not write {screenshot}", file=sys.stderr)
    window.close()
    window.deleteLater()
    context.replica.close()
    return code


# -- commands --------------------------------------------------------------------------------


def run_app(args: argparse.Namespace) -> int:
    """``wufops app --db FILE | --data-dir DIR [--screenshot FILE.png]``."""
    app = application()
    # -- first-run enrolment (ui/enrolment): a data dir without an event offers the panel --
    db = _enrolled_db(app, args)
    if isinstance(db, int):
        return db
    # -- end enrolment --
    try:
        context = open_context(db)
    except StartupError as error:
        return _fail(error)
    # -- sync (ui/sync): a replica enrolled with a hub connects to it --
    from ui.sync.bridge import connect_enrolled  # noqa: PLC0415

    bridge = connect_enrolled(context.db_path, context.replica, context.bus)
    try:
        return _show(context, getattr(args, "screenshot", None))
    finally:
        if bridge is not None:
            bridge.close()  # sync


# -- first-run enrolment (ui/enrolment) --


def _enrolled_db(app: QApplication, args: argparse.Namespace) -> Path | int:
    """The database to open: ``--db``, or ``DIR/replica.db`` of ``--data-dir`` once it holds
    the event — on first run the enrolment panel bootstraps it (an exit code if closed)."""
    if getattr(args, "data_dir", None) is None:
        return Path(args.db)
    from ui.enrolment.panel import EnrolmentPanel  # noqa: PLC0415
    from ui.enrolment.worker import needs_enrolment  # noqa: PLC0415
    from wufops.cli.sync import REPLICA_FILE  # noqa: PLC0415

    db = Path(args.data_dir) / REPLICA_FILE
    if not needs_enrolment(db):
        return db
    panel = EnrolmentPanel(db)
    panel.show()
    screenshot: Path | None = getattr(args, "screenshot", None)
    if screenshot is not None:
        saved: list[bool] = []

        def done(ok: bool) -> None:
            saved.append(ok)
            app.quit()

        grab(panel, screenshot, done)
        app.exec()
        panel.close()
        return 0 if saved and saved[0] else 1
    panel.sig_enrolled.connect(app.quit)
    app.exec()
    enrolled = panel.result is not None and panel.result[0] == ""
    panel.close()
    panel.deleteLater()
    if not enrolled:
        return _fail(
            StartupError(
                "not_enrolled",
                "closed before this desk was enrolled; run again and scan or paste the "
                "enrolment text from `wufops enrol`",
            )
        )
    return db


# -- end enrolment --


def demo_path(data_dir: Path, seed: int, attendees: int) -> Path:
    return data_dir / f"demo-{seed}-{attendees}.db"


def data_dir_of(args: argparse.Namespace) -> Path:
    given = getattr(args, "data_dir", None)
    return Path(given) if given else Path(platformdirs.user_data_dir("wufops", appauthor=False))


def run_demo(args: argparse.Namespace) -> int:
    """``wufops demo``: create the demo event on first run (progress window), then open it."""
    app = application()
    data_dir = data_dir_of(args)
    path = demo_path(data_dir, args.seed, args.attendees)
    if not path.is_file():
        from ui.demo_progress import generate_with_progress  # noqa: PLC0415

        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            return _fail(StartupError("data_dir", f"cannot create {data_dir}: {error}"))
        failure = generate_with_progress(app, path, seed=args.seed, attendees=args.attendees)
        if failure is not None:
            return _fail(StartupError(failure[0], failure[1]))
    # -- sync (ui/sync): an in-process hub on 127.0.0.1, this desk's replica synced to it --
    from ui.sync.demo_hub import DemoSession  # noqa: PLC0415

    try:
        session = DemoSession.start(path)
    except Exception as error:
        return _fail(StartupError("demo_hub", f"the demo hub could not start: {error}"))
    path = session.desk_db
    # -- end sync --
    try:
        context = open_context(path)
    except StartupError as error:
        session.close()
        return _fail(error)
    session.connect(context.bus, context.replica)  # sync
    QGuiApplication.setApplicationDisplayName(f"{APPLICATION} — demo")
    try:
        return _show(context, getattr(args, "screenshot", None))
    finally:
        session.close()  # sync
