"""End to end: hub → desk (Check-in workspace) → gate, every part real.

A generated demo event (a few hundred attendees) on a hub on 127.0.0.1 (port 0) that issued
every badge with its issuer key; a desk and a gate enrolled on it and bootstrapped through
the real sync driver. At the desk: a badge rendered to PDF, rasterised by pdftoppm and read
by zxing-cpp is typed into the Check-in workspace at keyboard-wedge speed → admitted and
auto-printed exactly once to a PDF printer; another attendee picked up by name search; with
the hub down, a lost-badge reprint signed offline by the desk's hub-certified key. After
sync the gate admits the new badge and refuses the old serial as revoked, and every replica
holds the same rows (the gate: what the protocol lets a gate see).
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.checkin.settings import CheckinSettings
from ui.checkin.workspace import CheckinWorkspace
from ui.context import Settings
from ui.sync.demo_hub import issue_demo_badges
from wufops.badges.batch import badge_for
from wufops.badges.layout import load_layout
from wufops.badges.render import render_badge
from wufops.checkin.gate import Gate
from wufops.clock import SystemClock
from wufops.demo import generate
from wufops.net.driver import SyncConfig, SyncDriver, SyncStatus
from wufops.net.server import Hub, HubThread
from wufops.store import badges as badge_store
from wufops.store import checkins as checkin_store
from wufops.store.apply import canonical_dump
from wufops.store.entities import columns
from wufops.store.hub_log import HubLog
from wufops.store.replica import Replica
from wufops.sync.roles import redact_row, sees_table

pytestmark = pytest.mark.usefixtures("pdftoppm")  # fails, never skips, without poppler
ATTENDEES = 300


def _sync(db: Path, url: str, token: str) -> SyncStatus:
    driver = SyncDriver(db, SyncConfig(url, token))
    status = asyncio.run(asyncio.wait_for(driver.sync_once(), 30))
    assert status.phase == "online" and status.pending == 0, status
    return status


def _decode_pdf(pdf: bytes, folder: Path) -> list[str]:
    """What a camera would read off the printed badge: PDF → PNG (pdftoppm) → zxing-cpp."""
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "badge.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", str(source), str(folder / "page")],
        check=True,
        timeout=60,
    )
    found: list[str] = []
    for png in sorted(folder.glob("page-*.png")):
        with Image.open(png) as image:
            found.extend(r.text for r in zxingcpp.read_barcodes(image.convert("L")))
    return found


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    replica = Replica.open(path, SystemClock())
    try:
        return canonical_dump(replica.conn)
    finally:
        replica.close()


def _gate_view(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """The hub's rows as the protocol lets a gate see them (tables, redacted attendees)."""
    replica = Replica.open(path, SystemClock())
    try:
        dump = canonical_dump(replica.conn)
        view = {}
        for table, rows in dump.items():
            if not sees_table("gate", table):
                view[table] = []
                continue
            names = columns(replica.conn, table)
            view[table] = [redact_row("gate", table, names, row) for row in rows]
        return view
    finally:
        replica.close()


class _Hub:
    """The hub on its file: start, cut (stop) and restart on the same file."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.thread: HubThread | None = None

    def start(self) -> str:
        self.thread = HubThread(Hub(self.db, port=0)).start()
        return self.thread.url

    def stop(self) -> None:
        if self.thread is not None:
            self.thread.stop()
            self.thread = None


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[_Hub]:
    event = tmp_path / "event.db"
    generate(event, seed=7, attendees=ATTENDEES)
    hub_db = tmp_path / "hub.db"
    shutil.copy(event, hub_db)
    assert issue_demo_badges(hub_db) == ATTENDEES
    running = _Hub(hub_db)
    try:
        yield running
    finally:
        running.stop()


def _enrol(hub_db: Path, name: str, role: str) -> str:
    log = HubLog.open(hub_db, SystemClock())
    try:
        return log.enrol(name, role)[1]
    finally:
        log.close()


class _Window(QWidget):
    """The desk window: the Check-in workspace and an unrelated field holding the focus."""

    def __init__(self, workspace: CheckinWorkspace) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.elsewhere = QLineEdit()
        self.workspace = workspace
        layout.addWidget(self.elsewhere)
        layout.addWidget(workspace)


def test_badge_scanned_at_a_desk_reprinted_offline_then_admitted_at_the_gate(
    hub: _Hub, tmp_path: Path, qtbot: QtBot
) -> None:
    from ui.app import application, open_context

    application()
    history = len(_dump(hub.db)["checkin_event"])  # the demo's own arrival history
    desk_token = _enrol(hub.db, "desk-1", "desk")
    gate_token = _enrol(hub.db, "gate-1", "gate")
    url = hub.start()
    desk_db, gate_db = tmp_path / "desk.db", tmp_path / "gate.db"
    _sync(desk_db, url, desk_token)
    _sync(gate_db, url, gate_token)

    context = open_context(
        desk_db,
        SystemClock(),
        Settings(QSettings(str(tmp_path / "app.ini"), QSettings.Format.IniFormat)),
    )
    conn = context.replica.conn
    people = [
        r[0]
        for r in conn.execute(
            # people who have not collected their badge yet (the demo's history has others)
            "SELECT id FROM attendee a WHERE security_hold = 0 AND NOT EXISTS (SELECT 1 FROM "
            "checkin_event e WHERE e.attendee_id = a.id AND e.kind = 'badge_pickup') "
            "ORDER BY reg_code LIMIT 2"
        )
    ]
    scanned, found = people
    # -- the badge as printed in advance: PDF → image → QR reader → token --
    data = badge_for(conn, scanned)
    assert data is not None
    pdf = render_badge(load_layout("a6"), data)
    [token] = _decode_pdf(pdf, tmp_path)
    assert token == data.token

    desk_settings = CheckinSettings(
        QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    )
    desk_settings.pdf_dir = tmp_path / "pdfs"
    desk_settings.sound = False
    desk_settings.printer = "Badge printer 1"
    printed: list[Path] = []

    def pdf_printer(name: str) -> QPrinter:
        assert name == "Badge printer 1"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        out = tmp_path / f"printed-{len(printed)}.pdf"
        printer.setOutputFileName(str(out))
        printed.append(out)
        return printer

    workspace = CheckinWorkspace(context, settings=desk_settings)
    workspace.printer_factory = pdf_printer
    window = _Window(workspace)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    try:
        # -- scan: the wedge types the token faster than any person, then Return --
        window.elsewhere.setFocus()
        qtbot.keyClicks(window.elsewhere, token)
        qtbot.keyClick(window.elsewhere, Qt.Key.Key_Return)
        assert workspace.card.code == "admitted"
        qtbot.waitUntil(lambda: workspace.last_print[0] == "printed", timeout=10_000)
        qtbot.wait(100)
        assert len(printed) == 1 and printed[0].read_bytes().startswith(b"%PDF")
        assert _decode_pdf(printed[0].read_bytes(), tmp_path / "check") == [token]
        window.grab().save(str(tmp_path / "desk-after-scan.png"), "PNG")

        # -- a pickup by name search: a person types, Enter shows the highlighted person's
        # card, a second Enter checks them in --
        person = checkin_store.attendee(conn, found)
        assert person is not None
        workspace.find.query.setFocus()
        qtbot.keyClicks(workspace.find.query, person.reg_code, delay=70)
        qtbot.waitUntil(lambda: workspace.find.results.count() >= 1, timeout=3000)
        qtbot.keyClick(workspace.find.query, Qt.Key.Key_Return)
        assert workspace.card.code == "confirm" and workspace.pending == found
        qtbot.keyClick(workspace.find.query, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: workspace.current is not None and workspace.current.attendee_id == found,
            timeout=3000,
        )
        assert workspace.card.code == "admitted"
        qtbot.waitUntil(lambda: len(printed) == 2, timeout=10_000)

        # -- the hub goes away; the first attendee lost their badge: reprint offline --
        hub.stop()
        with pytest.raises(ConnectionError):
            asyncio.run(SyncDriver(desk_db, SyncConfig(url, desk_token)).sync_once())
        window.elsewhere.setFocus()
        qtbot.keyClicks(window.elsewhere, token)
        qtbot.keyClick(window.elsewhere, Qt.Key.Key_Return)
        assert workspace.card.code == "already_picked_up"
        workspace.reprint("lost")
        qtbot.waitUntil(
            lambda: len(printed) == 3 and workspace.last_print[0] == "printed", timeout=10_000
        )
        [new_token] = _decode_pdf(printed[2].read_bytes(), tmp_path / "reprint")
        assert new_token != token
        # exactly once per badge: the first badge once (auto), the reprint once
        prints = [(p.reason, p.outcome) for p in checkin_store.prints_for(conn, scanned)]
        assert sorted(prints) == [("first", "printed"), ("lost", "printed")]
    finally:
        window.close()
        context.replica.close()

    # -- back online: the desk pushes, the gate pulls and decides offline --
    url = hub.start()
    _sync(desk_db, url, desk_token)
    _sync(gate_db, url, gate_token)
    gate_replica = Replica.open(gate_db, SystemClock())
    try:
        gate = Gate(gate_replica, gate="Gate A")
        admitted = gate.scan(new_token)
        assert admitted.code == "admitted"
        assert gate.scan(token).code == "revoked"
        # signed by the desk's own key, certified by the hub for desk-1 (not the issuer's)
        keys = badge_store.load_keyring(gate_replica.conn)
        signer = keys.get(admitted.key_id)
        assert signer is not None and signer.record.kind == "desk"
        desk_device = gate_replica.conn.execute(
            "SELECT id FROM device WHERE name = 'desk-1'"
        ).fetchone()[0]
        assert signer.record.device_id == desk_device
    finally:
        gate_replica.close()
    _sync(gate_db, url, gate_token)  # its entry goes to the hub
    _sync(desk_db, url, desk_token)  # and to the desk
    hub_dump = _dump(hub.db)
    assert _dump(desk_db) == hub_dump
    assert _dump(gate_db) == _gate_view(hub.db)
    assert len(hub_dump["checkin_event"]) == history + 3  # two pickups and one entry
