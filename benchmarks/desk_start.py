"""One cold start, in a process of its own: ``python -m benchmarks.desk_start desk DB`` opens the
desk app on ``DB`` as ``wufops app --db DB`` does (``QApplication`` set up with translations,
fonts and style; the replica opened; the attendee index built; the main window shown and
painted) and, on the first turn of the event loop after that, prints one JSON line: the
wall-clock instant it became usable (``time.time()``: scans are decided from here), the
instant its first name search answered (the name index's postings are built on a thread
while the window is made; the search waits for them) and the process's peak resident memory.
``… baseline`` does the same for an empty ``QMainWindow``: the floor a Qt process pays.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from benchmarks.peak import peak_kb


def _report(usable_at: float, search_ready_at: float) -> None:
    print(
        json.dumps(
            {
                "usable_at": usable_at,
                "search_ready_at": search_ready_at,
                "peak_mb": peak_kb() / 1024,
            }
        ),
        flush=True,
    )


def main(argv: list[str]) -> int:
    mode = argv[0]
    if mode == "baseline":
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication([])
        window = QMainWindow()
        window.resize(1440, 900)
        window.show()
    else:
        from PySide6.QtCore import QTimer

        from ui.app import application, open_context, open_main_window

        app = application()
        context = open_context(Path(argv[1]))
        window = open_main_window(context)
        window.show()

    def usable() -> None:
        usable_at = time.time()
        if mode != "baseline":
            context.index.search("a")  # waits for the name index built on its thread
        _report(usable_at, time.time())
        app.quit()

    QTimer.singleShot(0, usable)  # runs once the window has been laid out and painted
    app.exec()
    window.close()
    if mode != "baseline":
        context.replica.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
