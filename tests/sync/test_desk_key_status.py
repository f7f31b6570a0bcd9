"""The desk's status bar tells supervisors whether the hub certified its badge key."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tests.ui.event_factory import make_event
from ui.context import Settings
from ui.sync.status import SyncStatusWidget
from wufops.clock import SystemClock
from wufops.net.driver import SyncStatus


def test_the_status_tooltip_names_the_key_or_why_it_was_refused(
    tmp_path: Path, qapp: object, qtbot: QtBot
) -> None:
    from ui.app import application, open_context

    make_event(tmp_path / "desk.db", extra=0)
    application()
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    context = open_context(tmp_path / "desk.db", SystemClock(), settings)
    try:
        widget = SyncStatusWidget(context)
        qtbot.addWidget(widget)
        base = SyncStatus(phase="online", device_name="desk-1", role="desk")
        widget.show_status(replace(base, desk_key_id="4f5f5d72"))
        assert "4f5f5d72 certified" in widget.toolTip()
        widget.show_status(replace(base, desk_key_error="key_limit"))
        assert "key_limit" in widget.toolTip() and "reprints need the hub" in widget.toolTip()
        gate = SyncStatus(phase="online", role="gate", desk_key_error="key_role_forbidden")
        widget.show_status(gate)
        assert "badge key" not in widget.toolTip()  # a gate signs nothing: nothing to say
    finally:
        context.replica.close()
