"""Every list model of the schedule workspace passes qtmodeltester, filled from the demo
schedule (and while being filtered and refilled)."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester

from ui.schedule.models import ChangesModel, ConflictsModel, LostModel, UnscheduledModel
from ui.schedule.workspace import ScheduleWorkspace
from wufops.models.schedule import Placement, SessionChange
from wufops.store.placement_conflicts import LostPlacement, PlacementSide


def test_unscheduled_model(workspace: ScheduleWorkspace, qtmodeltester: ModelTester) -> None:
    model = UnscheduledModel()
    model.set_sessions(workspace.data.unplaced())
    qtmodeltester.check(model, force_py=True)
    model.set_query("city")
    qtmodeltester.check(model, force_py=True)
    assert model.mimeData([model.index(0, 0)]).hasFormat(model.mimeTypes()[0])


def test_conflicts_model(workspace: ScheduleWorkspace, qtmodeltester: ModelTester) -> None:
    model = ConflictsModel()
    model.set_conflicts([(c, workspace.data.describe(c)) for c in workspace.data.conflicts()])
    qtmodeltester.check(model, force_py=True)
    model.set_filter("warn", "")
    qtmodeltester.check(model, force_py=True)


def test_lost_and_changes_models(workspace: ScheduleWorkspace, qtmodeltester: ModelTester) -> None:
    session = workspace.data.unplaced()[0]
    room = next(iter(workspace.data.world.rooms))
    side = PlacementSide(Placement(room, 0, 3_600_000), "replica-a", "coord-2", 1)
    lost = LostModel()
    lost.set_lost([(LostPlacement("c1", session.id, "", side, side), "Lost", "text")])
    qtmodeltester.check(lost, force_py=True)
    changes = ChangesModel()
    changes.set_changes([(SessionChange(session.id, "moved", ("starts_at",)), "Moved", "t")])
    qtmodeltester.check(changes, force_py=True)
