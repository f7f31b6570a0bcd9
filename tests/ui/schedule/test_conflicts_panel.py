"""The conflicts panel: every conflict in words (made from its rule and parameters, never a
raw code), filtered by severity and rule; selecting one selects its sessions on the grid and
scrolls to them, switching the day when it is another day's. It follows edits at once."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from tests.ui.schedule.helpers import placement_of
from ui.app import install_translators
from ui.schedule.models import HEADLINE_ROLE, SESSIONS_ROLE
from ui.schedule.workspace import TAB_CONFLICTS, ScheduleWorkspace
from wufops.models.schedule import Placement

RULES = {
    "room_overlap",
    "room_unavailable",
    "speaker_double_booked",
    "speaker_unavailable",
    "over_capacity",
}


def _texts(ws: ScheduleWorkspace) -> list[str]:
    model = ws.conflicts.model
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def test_every_seeded_conflict_is_listed_in_words(workspace: ScheduleWorkspace) -> None:
    model = workspace.conflicts.model
    assert {c.rule for c in workspace.data.conflicts()} == RULES  # the demo seeds each rule
    assert model.rowCount() == len(workspace.data.conflicts())
    for text in _texts(workspace):
        assert not any(code in text for code in RULES), text
        assert "“" in text  # names a session by its title
    headlines = {str(model.index(r, 0).data(HEADLINE_ROLE)) for r in range(model.rowCount())}
    assert "Blocks release · Room overlap" in headlines
    assert "Warning · Over capacity" in headlines
    assert f"({model.rowCount()})" in workspace.side.tabText(TAB_CONFLICTS)


def test_filters_by_severity_and_rule(workspace: ScheduleWorkspace) -> None:
    panel = workspace.conflicts
    panel.severity.setCurrentIndex(panel.severity.findData("block"))
    blocking = {c.key for c in workspace.data.conflicts() if c.severity == "block"}
    assert {panel.model.id_at(r) for r in range(panel.model.rowCount())} == blocking
    panel.severity.setCurrentIndex(0)
    panel.rule.setCurrentIndex(panel.rule.findData("over_capacity"))
    assert panel.model.rowCount() == sum(
        1 for c in workspace.data.conflicts() if c.rule == "over_capacity"
    )


def test_selecting_a_conflict_selects_and_scrolls_to_its_sessions(
    workspace: ScheduleWorkspace,
) -> None:
    panel, grid = workspace.conflicts, workspace.grid
    workspace.side.setCurrentIndex(TAB_CONFLICTS)
    # a two-session conflict on another day than the one shown
    shown_day = workspace.current_day()
    rows = range(panel.model.rowCount())
    row = next(
        r
        for r in rows
        if len(panel.model.index(r, 0).data(SESSIONS_ROLE)) == 2
        and workspace.data.day_of(panel.model.index(r, 0).data(SESSIONS_ROLE)[0]) != shown_day
    )
    first, second = panel.model.index(row, 0).data(SESSIONS_ROLE)
    panel.select_row(row)
    assert workspace.current_day() == workspace.data.day_of(first)
    assert grid.selected == first
    assert second in grid.related
    rect = grid.block_rect(first)
    assert rect is not None and grid.body_rect().contains(rect.center().toPoint())


def test_a_conflicting_room_hidden_by_the_filter_is_shown_when_asked_for(
    workspace: ScheduleWorkspace,
) -> None:
    conflict = next(c for c in workspace.data.conflicts() if c.rule == "over_capacity")
    (session_id,) = conflict.session_ids
    workspace.room_filter.setText("no room is called this")
    assert workspace.grid.view is not None and workspace.grid.view.rows == []
    workspace.reveal([session_id])
    assert workspace.grid.block_rect(session_id) is not None


def test_the_list_follows_an_edit(workspace: ScheduleWorkspace) -> None:
    conflict = next(c for c in workspace.data.conflicts() if c.rule == "over_capacity")
    (session_id,) = conflict.session_ids
    before = placement_of(workspace, session_id)
    large = max(workspace.data.world.rooms.values(), key=lambda r: r.capacity)
    # to the largest room, at night when it is free (other rules may find something else)
    late = before.start_ms + 24 * 3_600_000
    assert workspace.place(
        session_id, Placement(large.id, late, late + before.end_ms - before.start_ms)
    )
    assert conflict.key not in {
        workspace.conflicts.model.id_at(r) for r in range(workspace.conflicts.model.rowCount())
    }
    workspace.undo_stack.undo()
    assert conflict.key in {
        workspace.conflicts.model.id_at(r) for r in range(workspace.conflicts.model.rowCount())
    }


def test_conflicts_read_in_french(workspace: ScheduleWorkspace) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_translators(app, QLocale(QLocale.Language.French, QLocale.Country.France))
    assert installed, "wufops_fr.qm did not load"
    try:
        overlap = next(c for c in workspace.data.conflicts() if c.rule == "room_overlap")
        text = workspace.data.describe(overlap)
        assert "se chevauchent" in text or "commence" in text, text
    finally:
        for translator in installed:
            app.removeTranslator(translator)
