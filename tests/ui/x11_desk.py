"""The desk app's main window on a real X server, for ``test_scanner_x11.py``.

``python -m tests.ui.x11_desk DIR`` builds a small event in DIR, opens the main window on the
Check-in workspace with the cursor in the find box, and reports on stdout, one JSON object a
line: ``ready`` (window id, the badge tokens, the window title as set), then every
``decision`` and every change of the find box's ``text``. It runs until killed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

from tests.checkin.world import desk_database
from ui.app import application, open_context, open_main_window
from ui.checkin.settings import CheckinSettings
from ui.checkin.workspace import CheckinWorkspace
from ui.context import Settings
from ui.main_window import MainWindow
from wufops.checkin.decisions import Decision


def say(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


def main(root: Path) -> int:
    app = application()
    world, db = desk_database(root)
    qsettings = QSettings(str(root / "app.ini"), QSettings.Format.IniFormat)
    settings = Settings(qsettings)
    settings.last_workspace = "checkin"
    desk = CheckinSettings(qsettings)
    desk.pdf_dir = root / "pdfs"
    desk.sound = False
    context = open_context(db, world.clock, settings)
    window = open_main_window(context)
    assert isinstance(window, MainWindow)
    window.show()
    workspace = window.current_workspace()
    assert isinstance(workspace, CheckinWorkspace)

    def decided(decision: Decision) -> None:
        say(event="decision", code=decision.code, attendee_id=decision.attendee_id)

    workspace.sig_decided.connect(decided)
    workspace.find.query.textChanged.connect(lambda text: say(event="text", text=text))

    def ready() -> None:
        workspace.find.focus()
        say(
            event="ready",
            window=int(window.winId()),
            title=window.windowTitle(),
            tokens=[world.tokens[a] for a in world.attendees],
            attendees=list(world.attendees),
        )

    def warmed() -> None:
        if workspace.warmed_up:
            ready()
        else:
            QTimer.singleShot(50, warmed)

    QTimer.singleShot(50, warmed)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
