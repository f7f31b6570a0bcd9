"""First run of ``wufops app --data-dir DIR``: the enrolment panel against a real hub.

The operator scans the enrolment QR (a keyboard wedge types the text and Enter) or pastes
it; the desk bootstraps through the real sync driver and remembers its hub. Malformed text,
an unreachable hub and a refused token are shown inline with their code; nothing is
remembered, so the panel is offered again.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.hub.helpers import seed_event
from ui.enrolment.panel import EnrolmentPanel
from ui.enrolment.worker import needs_enrolment
from wufops.clock import SystemClock
from wufops.net.server import Hub, HubThread
from wufops.store import sync_state as ss
from wufops.store.hub_log import HubLog
from wufops.store.replica import Replica
from wufops.sync.enrolment import Enrolment


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[tuple[HubThread, Path]]:
    db = tmp_path / "hub.db"
    seeded = Replica.open(db, SystemClock())
    seed_event(seeded, 5)
    seeded.close()
    thread = HubThread(Hub(db, port=0)).start()
    try:
        yield thread, db
    finally:
        thread.stop()


def _enrolment(hub_db: Path, url: str, name: str = "desk-7") -> str:
    log = HubLog.open(hub_db, SystemClock())
    try:
        token = log.enrol(name, "desk")[1]
    finally:
        log.close()
    return Enrolment(url, name, token).to_text()


def _panel(tmp_path: Path, qtbot: QtBot) -> EnrolmentPanel:
    from ui.app import application

    application()
    panel = EnrolmentPanel(tmp_path / "desk" / "replica.db")
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _scan(qtbot: QtBot, panel: EnrolmentPanel, text: str) -> tuple[str, str]:
    panel.result = None
    panel.text.clear()
    panel.text.setFocus()
    qtbot.keyClicks(panel.text, text)  # the scanner types the QR's text, then Enter
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.result is not None, timeout=20_000)
    assert panel.result is not None
    return panel.result


def test_scanning_the_enrolment_bootstraps_the_desk(
    hub: tuple[HubThread, Path], tmp_path: Path, qtbot: QtBot
) -> None:
    thread, hub_db = hub
    panel = _panel(tmp_path, qtbot)
    assert needs_enrolment(panel.db_path)
    # `wufops enrol --qr` on the hub (while it runs), the QR read back by a real decoder:
    # what the desk's scanner types is exactly what the QR holds
    qr = tmp_path / "desk-7.png"
    enrol = ["enrol", "--db", str(hub_db), "--role", "desk", "--name", "desk-7"]
    enrolled = subprocess.run(
        [sys.executable, "-m", "wufops.cli.main", *enrol, "--hub", thread.url, "--qr", str(qr)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert enrolled.returncode == 0, enrolled.stderr
    with Image.open(qr) as image:
        [text] = [r.text for r in zxingcpp.read_barcodes(image.convert("L"))]
    assert text.startswith("wufops-enrol:")
    with qtbot.waitSignal(panel.sig_enrolled, timeout=20_000):
        assert _scan(qtbot, panel, text) == ("", "")
    assert not needs_enrolment(panel.db_path)
    replica = Replica.open(panel.db_path, SystemClock())
    try:
        assert replica.conn.execute("SELECT count(*) FROM attendee").fetchone()[0] == 5
        remembered = ss.load_enrolment(replica)
        assert remembered is not None and remembered[0] == text  # the app connects by itself
        desk_keys = replica.conn.execute(
            "SELECT count(*) FROM signing_key WHERE kind = 'desk'"
        ).fetchone()[0]
        assert desk_keys == 1  # certified on the first hello: reprints work offline
    finally:
        replica.close()


def test_errors_are_shown_inline_and_nothing_is_remembered(
    hub: tuple[HubThread, Path], tmp_path: Path, qtbot: QtBot
) -> None:
    thread, hub_db = hub
    panel = _panel(tmp_path, qtbot)
    code, _ = _scan(qtbot, panel, "hello world")
    assert code == "not_enrolment" and "error[not_enrolment]" in panel.error.text()
    assert not panel.db_path.exists()  # malformed text touches nothing
    code, _ = _scan(qtbot, panel, "wufops-enrol:?hub=ws://127.0.0.1:1&name=d")
    assert code == "incomplete_enrolment"

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        dead = probe.getsockname()[1]
    code, _ = _scan(qtbot, panel, Enrolment(f"ws://127.0.0.1:{dead}", "d", "t").to_text())
    assert code == "hub_unreachable" and "Cannot reach the hub" in panel.error.text()

    wrong = Enrolment(thread.url, "desk-9", "not-a-token").to_text()
    code, _ = _scan(qtbot, panel, wrong)
    assert code == "token_refused" and "error[token_refused]" in panel.error.text()
    assert needs_enrolment(panel.db_path)  # offered again next time
    assert panel.connect_button.isEnabled() and not panel.text.isReadOnly()
    # and the right text still works after the failures
    assert _scan(qtbot, panel, _enrolment(hub_db, thread.url))[0] == ""


def test_wufops_app_on_a_new_data_dir_opens_the_panel(tmp_path: Path) -> None:
    shot = tmp_path / "panel.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "wufops.cli.main",
            "app",
            "--data-dir",
            str(tmp_path / "new"),
            "--screenshot",
            str(shot),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes().startswith(b"\x89PNG")
    assert not (tmp_path / "new" / "replica.db").exists()
