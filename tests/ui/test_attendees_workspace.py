"""The Attendees workspace as a desk agent uses it: type, move, open, correct."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.attendees.model import COL_NAME, COL_STATUS, ID_ROLE, PAGE, AttendeeTableModel
from ui.attendees.workspace import AttendeesWorkspace
from ui.context import AppContext
from wufops.attendees.search import AttendeeIndex
from wufops.models.attendee import Attendee


def _names(workspace: AttendeesWorkspace) -> list[str]:
    model = workspace.model
    return [
        workspace._context.index.get(model.index(r, 0).data(ID_ROLE)).display_name
        for r in range(model.rowCount())
    ]


def test_model_passes_qtmodeltester(context: AppContext, qtmodeltester: object) -> None:
    model = AttendeeTableModel(context.index)
    model.set_results(context.index.search(""))
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]


def test_model_hands_rows_to_the_view_in_pages(qtmodeltester: object) -> None:
    people = [
        Attendee(
            id=f"id-{n:05d}",
            event_id="e",
            reg_code=f"R{n:05d}",
            given_name=f"Given{n}",
            family_name=f"Family{n:05d}",
            latin_given="",
            latin_family="",
            organization="Org",
            country="KE",
            category="participant",
        )
        for n in range(PAGE * 2 + 17)
    ]
    index = AttendeeIndex.build(people)
    model = AttendeeTableModel(index)
    model.set_results(index.search(""))
    assert model.rowCount() == PAGE and model.result_count == len(people)
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == len(people) and not model.canFetchMore()
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]


def test_typing_filters_the_table(context: AppContext, qtbot: object) -> None:
    workspace = AttendeesWorkspace(context)
    qtbot.addWidget(workspace)  # type: ignore[attr-defined]
    assert workspace.model.rowCount() > 14
    qtbot.keyClicks(workspace.search, "mammadova")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: workspace.model.result_count == 1, timeout=2000)  # type: ignore[attr-defined]
    index = workspace.model.index(0, COL_NAME)
    assert "Məmmədova" in index.data()
    # the detail panel follows the first result
    assert workspace.detail.attendee_id == index.data(ID_ROLE)
    assert "Məmmədova" in workspace.detail.name.text()
    assert workspace.last_search_ms < 50
    # nobody: the desk is told so, and what to do
    qtbot.keyClicks(workspace.search, "zzz")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: workspace.model.result_count == 0, timeout=2000)  # type: ignore[attr-defined]
    assert not workspace.no_results.isHidden() and "Esc" in workspace.no_results.text()
    assert workspace.detail.attendee_id is None
    # Esc clears the search and every row is back
    qtbot.keyClick(workspace.search, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    assert workspace.model.result_count == len(context.index)
    assert workspace.no_results.isHidden()


def test_arabic_without_tashkeel_finds_the_vocalised_name(
    context: AppContext, qtbot: object
) -> None:
    workspace = AttendeesWorkspace(context)
    qtbot.addWidget(workspace)  # type: ignore[attr-defined]
    # QTest cannot synthesise keys for Arabic letters: the text arrives as an input method would
    workspace.search.insert("الزهراء")
    qtbot.waitUntil(lambda: workspace.model.result_count == 1, timeout=2000)  # type: ignore[attr-defined]
    cell = workspace.model.index(0, COL_NAME)
    assert "الزَّهْراء" in cell.data()
    # a right-to-left name is right-aligned in the table and in the detail panel
    assert cell.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert workspace.detail.name.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_filters_narrow_results(context: AppContext, qtbot: object) -> None:
    workspace = AttendeesWorkspace(context)
    qtbot.addWidget(workspace)  # type: ignore[attr-defined]
    workspace.checked.setCurrentIndex(workspace.checked.findData(True))
    assert workspace.model.result_count == 3
    workspace.checked.setCurrentIndex(0)
    workspace.need.setCurrentIndex(workspace.need.findData("captions"))
    assert workspace.model.result_count == 1
    assert "Müller" in workspace.model.index(0, COL_NAME).data()
    workspace.need.setCurrentIndex(0)
    workspace.country.setCurrentIndex(workspace.country.findData("EG"))
    assert workspace.model.result_count == 1
    assert workspace.model.index(0, COL_STATUS).data().endswith("In")


def test_correction_goes_to_the_outbox_and_the_row_updates(
    context: AppContext, qtbot: object
) -> None:
    workspace = AttendeesWorkspace(context)
    qtbot.addWidget(workspace)  # type: ignore[attr-defined]
    workspace.show()
    qtbot.keyClicks(workspace.search, "muller")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: workspace.model.result_count == 1, timeout=2000)  # type: ignore[attr-defined]
    attendee_id = workspace.model.index(0, 0).data(ID_ROLE)
    changed_rows: list[int] = []
    workspace.model.dataChanged.connect(lambda top, bottom: changed_rows.append(top.row()))
    resets: list[bool] = []
    workspace.model.modelReset.connect(lambda: resets.append(True))
    pending = context.replica.pending_count()

    # keyboard only: Down into the table, Enter opens the correction form
    qtbot.keyClick(workspace.search, Qt.Key.Key_Down)  # type: ignore[attr-defined]
    qtbot.keyClick(workspace.table, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert workspace.detail.editing
    form = workspace.detail.form
    form.given.clear()
    form.given.insert("Jürgen-Karl")
    form.category.setCurrentIndex(form.category.findData("speaker"))
    qtbot.keyClick(form.given, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    # no reason yet: refused, the reason field takes the focus, nothing written
    assert workspace.detail.editing and "why you are correcting" in form.error.text()
    assert context.replica.pending_count() == pending
    qtbot.keyClicks(form.reason, "spelling as in the passport", delay=45)  # type: ignore[attr-defined]
    qtbot.keyClick(form.reason, Qt.Key.Key_Return)  # type: ignore[attr-defined]

    assert not workspace.detail.editing, form.error.text()
    assert context.replica.pending_count() == pending + 2  # the change and its reason
    update, why = (entry.op for entry in context.replica.outbox()[-2:])
    assert update.entity == "attendee" and update.row_id == attendee_id
    assert update.body == {"given_name": "Jürgen-Karl", "category": "speaker"}
    assert why.entity == "attendee_correction"
    assert why.body["reason"] == "spelling as in the passport"
    assert why.body["fields"] == "category,given_name"
    assert "spelling as in the passport" in workspace.detail.corrections.text()
    assert changed_rows == [0] and not resets  # only that row refreshed
    assert workspace.model.index(0, COL_NAME).data() == "Jürgen-Karl Müller"
    # the index knows the new name at once
    assert context.index.search("jurgen-karl") == [attendee_id]


def test_an_empty_name_is_refused_and_nothing_is_written(
    context: AppContext, qtbot: object
) -> None:
    workspace = AttendeesWorkspace(context)
    qtbot.addWidget(workspace)  # type: ignore[attr-defined]
    workspace.resize(1240, 860)
    workspace.show()
    qtbot.waitExposed(workspace)  # type: ignore[attr-defined]
    pending = context.replica.pending_count()
    workspace.detail.start_edit()
    form = workspace.detail.form
    form.given.clear()
    form.family.clear()
    qtbot.keyClick(form.family, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert form.error.isVisible() and form.error.text()
    assert context.replica.pending_count() == pending
    # Esc abandons the correction; the record is untouched
    qtbot.keyClick(form.family, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    assert not workspace.detail.editing
    assert context.replica.pending_count() == pending


def test_a_pickup_elsewhere_shows_in_the_row_and_detail_in_event_time(
    context: AppContext, qtbot: object
) -> None:
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from tests.ui.event_factory import pickup

    workspace = AttendeesWorkspace(context)
    qtbot.addWidget(workspace)  # type: ignore[attr-defined]
    qtbot.keyClicks(workspace.search, "papadopoulou")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: workspace.model.result_count == 1, timeout=2000)  # type: ignore[attr-defined]
    attendee_id = workspace.model.index(0, 0).data(ID_ROLE)
    assert workspace.model.index(0, COL_STATUS).data() == "Not yet"
    assert "Not checked in" in workspace.detail.checkin.text()

    pickup(context.replica, attendee_id, desk="Desk 9")  # as the Check-in workspace does
    context.bus.rows_changed("checkin", [attendee_id])

    assert workspace.model.index(0, COL_STATUS).data().endswith("In")
    assert context.index.is_checked_in(attendee_id)
    shown = workspace.detail.checkin.text()
    now = context.clock.now_ms() / 1000
    baku = datetime.fromtimestamp(now, ZoneInfo("Asia/Baku")).strftime("%H:%M")
    utc = datetime.fromtimestamp(now, UTC).strftime("%H:%M")
    assert "Desk 9" in shown and baku in shown and utc not in shown


def test_duplicate_and_undone_pickups_are_shown_for_supervisors(
    context: AppContext, qtbot: object
) -> None:
    from tests.ui.event_factory import pickup

    workspace = AttendeesWorkspace(context)
    qtbot.addWidget(workspace)  # type: ignore[attr-defined]
    qtbot.keyClicks(workspace.search, "wisniewski")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: workspace.model.result_count == 1, timeout=2000)  # type: ignore[attr-defined]
    attendee_id = workspace.model.index(0, 0).data(ID_ROLE)
    first = pickup(context.replica, attendee_id, desk="Desk 1")
    context.clock.advance(30_000)  # type: ignore[attr-defined]
    pickup(context.replica, attendee_id, desk="Desk 5")
    context.clock.advance(30_000)  # type: ignore[attr-defined]
    pickup(context.replica, attendee_id, desk="Desk 6")
    context.bus.rows_changed("checkin", [attendee_id])
    shown = workspace.detail.checkin.text()
    assert "Desk 1" in shown and "2 duplicate pickups flagged" in shown

    context.replica.event(
        "checkin_event",
        {
            "attendee_id": attendee_id,
            "kind": "void",
            "voids_id": first,
            "device_id": context.replica.device_id,
            "hlc": context.replica.hlc + 1,
            "wall_time": context.replica.now_iso(),
        },
    )
    context.bus.rows_changed("checkin", [attendee_id])
    shown = workspace.detail.checkin.text()
    assert "Desk 5" in shown and "1 duplicate pickup flagged" in shown
    assert "1 pickup undone" in shown
