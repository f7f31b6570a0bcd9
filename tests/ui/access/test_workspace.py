"""The access workspace on real widgets over the demo event: the picker's order and reasons,
assigning with the keyboard alone and by a drop, locking, the solve → preview → accept flow,
a cancelled solve, the unmet-demand tab, a read-only device, and the models under
``qtmodeltester``. Every edit is read back from the database and its outbox (it syncs)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ui.access.models import DAY, PROVIDER_MIME, SLOT
from ui.access.workspace import TAB_COVERAGE, TAB_PROPOSAL, TAB_UNMET, AccessWorkspace
from ui.context import AppContext
from wufops.access.edits import mark_absent
from wufops.access.eligibility import candidates
from wufops.access.proposal import SlotChange
from wufops.store import sync_state as ss


def _slot_row(conn: object, slot_id: str) -> tuple[str | None, int, str] | None:
    row = conn.execute(  # type: ignore[attr-defined]
        "SELECT provider_id, locked, status FROM assignment_slot WHERE id = ?", (slot_id,)
    ).fetchone()
    return None if row is None else (row[0], int(row[1]), str(row[2]))


def _outbox(conn: object, slot_id: str) -> int:
    return int(
        conn.execute(  # type: ignore[attr-defined]
            "SELECT count(*) FROM outbox WHERE entity = 'assignment_slot' AND row_id = ?",
            (slot_id,),
        ).fetchone()[0]
    )


def _first_open_sign_slot(ws: AccessWorkspace) -> str:
    """Choose (in the grid) a session with an open International Sign slot; returns it."""
    for day_index in range(ws.day_tabs.count()):
        ws.day_tabs.setCurrentIndex(day_index)
        for row in range(ws.coverage.rowCount()):
            ws.grid.setCurrentIndex(ws.coverage.index(row, 0))
            for n in range(ws.slots.model.rowCount()):
                line = ws.slots.model.line(n)
                assert line is not None
                if line.service == "sign_language" and line.provider_id is None:
                    ws.slots.table.setCurrentIndex(ws.slots.model.index(n, SLOT))
                    return line.slot_id
    raise AssertionError("no open sign-language slot in the demo")


def test_picker_lists_those_who_fit_first_and_says_why_for_the_others(
    workspace: AccessWorkspace, qtbot: QtBot
) -> None:
    ws = workspace
    slot_id = _first_open_sign_slot(ws)
    ws.slots.table.setFocus()
    QTest.keyClick(ws.slots.table, Qt.Key.Key_Return)
    qtbot.waitUntil(ws.picker.isVisible, timeout=2000)
    rows = ws.picker.row_texts()
    expected = candidates(ws.data.plan, slot_id)
    assert len(rows) == len(expected) > 0
    fitting = [c for c in expected if c.fits]
    assert fitting, "someone fits an open International Sign slot in the demo"
    marks = [r[0] for r in rows]
    # every fitting provider before every other one; each line names its provider
    assert "✗" in marks and marks.index("✗") >= len(fitting)
    assert all(m in "✓◆" for m in marks[: len(fitting)])
    for text, c in zip(rows, expected, strict=True):
        assert c.name in text
    # each provider who does not fit says why, in words (never a bare code)
    words = {
        "no_skill": "Does not work in this language.",
        "overlap": "Already working at an overlapping session.",
        "outside_availability": "Not available then (arrival included).",
        "not_accredited": "Not WFD-WASLI accredited",
    }
    for text, c in zip(rows, expected, strict=True):
        if not c.fits:
            for code in c.reasons:
                assert code not in text.split(" — ", 1)[1]
                if code in words:
                    assert words[code] in text


def test_assign_by_keyboard_alone_goes_through_the_op_log(
    workspace: AccessWorkspace, access_context: AppContext, qtbot: QtBot
) -> None:
    ws = workspace
    conn = access_context.replica.conn
    slot_id = _first_open_sign_slot(ws)
    first_fit = next(c for c in candidates(ws.data.plan, slot_id) if c.fits and not c.needs_feed)
    ws.slots.table.setFocus()
    QTest.keyClick(ws.slots.table, Qt.Key.Key_Return)
    qtbot.waitUntil(ws.picker.isVisible, timeout=2000)
    # type the start of the name, then Enter
    typed = "".join(ch for ch in first_fit.name.split()[0] if ch.isascii())[:4]
    QTest.keyClicks(ws.picker.filter, typed)
    assert ws.picker.row_texts()[0].startswith("✓ ")
    chosen = ws.picker.list.currentIndex().data(Qt.ItemDataRole.UserRole + 1)
    QTest.keyClick(ws.picker.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not ws.picker.isVisible(), timeout=2000)
    assert _slot_row(conn, slot_id) == (chosen, 0, "confirmed")
    assert _outbox(conn, slot_id) >= 1
    assert "is assigned to" in ws.message.text()
    line = ws.slots.model.line(ws.slots.table.currentIndex().row())
    assert line is not None and line.slot_id == slot_id and line.provider_id == chosen

    # Delete clears it again
    QTest.keyClick(ws.slots.table, Qt.Key.Key_Delete)
    assert _slot_row(conn, slot_id) == (None, 0, "open")


def test_lock_with_l_then_the_slot_refuses_changes(
    workspace: AccessWorkspace, access_context: AppContext, qtbot: QtBot
) -> None:
    ws = workspace
    conn = access_context.replica.conn
    slot_id = _first_open_sign_slot(ws)
    ws.slots.table.setFocus()
    QTest.keyClick(ws.slots.table, Qt.Key.Key_L)
    assert _slot_row(conn, slot_id) == (None, 1, "open")
    assert "locked" in ws.message.text()
    assert ws.slots.model.index(ws.slots.table.currentIndex().row(), 2).data() == "⚑ Locked"
    QTest.keyClick(ws.slots.table, Qt.Key.Key_Return)
    assert not ws.picker.isVisible()
    assert "Unlock it (L)" in ws.message.text()
    QTest.keyClick(ws.slots.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert _slot_row(conn, slot_id) == (None, 0, "open")


def test_a_provider_dropped_on_a_slot_is_assigned(
    workspace: AccessWorkspace, access_context: AppContext
) -> None:
    ws = workspace
    slot_id = _first_open_sign_slot(ws)
    fit = next(c for c in candidates(ws.data.plan, slot_id) if c.fits and not c.needs_feed)
    # what the provider list's drag carries
    row = ws.providers.row_of(fit.provider_id)
    mime = ws.providers.mimeData([ws.providers.index(row, 0)])
    assert bytes(mime.data(PROVIDER_MIME).data()).decode() == fit.provider_id
    target = ws.slots.model.index(ws.slots.model.row_of(slot_id), 1)
    assert ws.slots.model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    ws.slots.model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    conn = access_context.replica.conn
    assert _slot_row(conn, slot_id) == (fit.provider_id, 0, "confirmed")
    stray = QMimeData()
    stray.setData("text/plain", QByteArray(b"x"))
    assert not ws.slots.model.canDropMimeData(stray, Qt.DropAction.CopyAction, -1, -1, target)


def test_solve_previews_then_accept_writes_the_proposal(
    workspace: AccessWorkspace, access_context: AppContext, qtbot: QtBot
) -> None:
    ws = workspace
    conn = access_context.replica.conn
    before = conn.execute("SELECT count(*) FROM assignment_slot WHERE provider_id IS NOT NULL")
    filled_before = int(before.fetchone()[0])
    states_before = {sid: c.state for sid, c in ws.data.coverage.items()}
    ws.grid.setFocus()
    QTest.keyClick(ws.grid, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: ws.run is not None, timeout=2000)  # a mnemonic clicks animated
    assert ws.progress.isVisible() and ws.cancel_button.isVisible()
    qtbot.waitUntil(lambda: ws.proposal is not None, timeout=60_000)
    proposal = ws.proposal
    assert proposal is not None and proposal.changes
    assert ws.tabs.currentIndex() == TAB_PROPOSAL
    assert ws.proposal_panel.model.rowCount() == len(proposal.changes)
    assert not ws.progress.isVisible()
    # nothing written yet; the grid previews the plan the proposal would leave
    now = conn.execute("SELECT count(*) FROM assignment_slot WHERE provider_id IS NOT NULL")
    assert int(now.fetchone()[0]) == filled_before
    assert ws.banner.isVisible()
    states_after = {sid: c.state for sid, c in ws.data.coverage.items()}
    assert sum(s == "covered" for s in states_after.values()) > sum(
        s == "covered" for s in states_before.values()
    )
    # hand edits wait until the proposal is accepted or discarded
    ws.tabs.setCurrentIndex(TAB_COVERAGE)
    _first_open_sign_slot(ws) if any(
        c.state != "covered" for c in ws.data.coverage.values()
    ) else None
    ws.open_picker()
    assert not ws.picker.isVisible()
    ws.tabs.setCurrentIndex(TAB_PROPOSAL)
    QTest.keyClick(ws.proposal_panel.table, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: ws.proposal is None, timeout=2000)
    written = conn.execute(
        "SELECT count(*) FROM assignment_slot WHERE status = 'proposed' AND provider_id IS NOT NULL"
    ).fetchone()[0]
    assert written == sum(1 for c in proposal.changes if c.after[0] is not None)
    assert ws.message.text().startswith("Accepted:")
    assert not ws.banner.isVisible()


def test_cancel_stops_the_solve_and_keeps_what_it_found(
    workspace: AccessWorkspace, qtbot: QtBot
) -> None:
    ws = workspace
    ws.start_solve()
    assert ws.run is not None
    QTest.keyClick(ws.grid, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: ws.run is None, timeout=30_000)
    assert ws.proposal is not None and ws.proposal.status == "cancelled"
    assert "Stopped" in ws.proposal_panel.summary.text()
    ws.discard_proposal()
    assert ws.proposal is None and "discarded" in ws.message.text()


def test_unmet_tab_says_why_and_the_smallest_change(
    workspace: AccessWorkspace, access_context: AppContext, qtbot: QtBot
) -> None:
    """Every Chinese captioner drops out (ill): the Chinese-captioned sessions stay open, and
    the tab says why and what would cover them."""
    ws = workspace
    chinese = [p.id for p in ws.data.plan.providers.values() if "zh" in p.caption_languages]
    assert chinese
    for provider_id in chinese:
        mark_absent(access_context.replica, provider_id)
    access_context.bus.rows_changed("provider", chinese)
    qtbot.waitUntil(lambda: all(ws.data.plan.providers[p].absences for p in chinese), timeout=2000)
    ws.start_solve()
    qtbot.waitUntil(lambda: ws.proposal is not None, timeout=60_000)
    ws.accept_proposal()
    ws.tabs.setCurrentIndex(TAB_UNMET)
    model = ws.unmet.model
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert rows and "required unit" in ws.unmet.summary.text()
    open_chinese = [r for r in rows if "Captions in Chinese" in r[2]]
    assert open_chinese
    for row in open_chinese:
        assert row[3] == (
            "Nobody with this language declared they can work then, or they are absent."
        )
        assert "more provider" in row[4] and "Captions in Chinese" in row[4]


def test_a_desk_sees_the_plan_read_only(access_context: AppContext, qtbot: QtBot) -> None:
    with access_context.replica.transaction():
        access_context.replica.set_meta(ss.KEY_ROLE, "desk")
    ws = AccessWorkspace(access_context)
    qtbot.addWidget(ws)
    ws.show()
    qtbot.waitExposed(ws)
    assert ws.banner.isVisible() and "Read only" in ws.banner.text()
    assert not ws.solve_button.isEnabled()
    _first_open_sign_slot(ws)
    ws.slots.table.setFocus()
    QTest.keyClick(ws.slots.table, Qt.Key.Key_Return)
    assert not ws.picker.isVisible()
    assert "only coordinator and admin devices" in ws.message.text()


def test_models_pass_qtmodeltester(workspace: AccessWorkspace, qtmodeltester: object) -> None:
    _first_open_sign_slot(workspace)
    plan = workspace.data.plan
    someone = next(iter(plan.providers))
    changes = [
        SlotChange(n.id, n.session_id, n.service, n.language, n.slot_no, (None, None),
                   (someone, None))
        for n in plan.demand[:5]
    ]  # fmt: skip
    workspace.proposal_panel.model.set_changes(changes)
    models = (
        workspace.coverage,
        workspace.slots.model,
        workspace.providers,
        workspace.proposal_panel.model,
    )
    for model in models:
        qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]
    assert workspace.proposal_panel.model.rowCount() == 5


def test_enter_on_a_session_goes_to_its_slots_and_the_timeline_says_the_day(
    workspace: AccessWorkspace, access_context: AppContext, qtbot: QtBot
) -> None:
    ws = workspace
    slot_id = _first_open_sign_slot(ws)
    ws.grid.setFocus()
    QTest.keyClick(ws.grid, Qt.Key.Key_Return)
    qtbot.waitUntil(ws.slots.table.hasFocus, timeout=2000)
    fit = next(c for c in candidates(ws.data.plan, slot_id) if c.fits and not c.needs_feed)
    ws.assign_chosen(slot_id, fit.provider_id, "")
    QTest.keyClick(ws.slots.table, Qt.Key.Key_L)
    row = ws.providers.row_of(fit.provider_id)
    tooltip = ws.providers.index(row, DAY).data(Qt.ItemDataRole.ToolTipRole)
    session = ws.data.plan.sessions[ws.data.slot_session(slot_id)]
    assert session.title in tooltip and "Locked." in tooltip
    assert ws.data.rooms[session.placement.room_id] in tooltip  # type: ignore[union-attr]
    start = ws.clock.time(session.placement.start_ms)  # type: ignore[union-attr]
    assert tooltip.count(start) >= 1


def test_a_deaf_interpreter_is_assigned_with_a_hearing_feed(
    workspace: AccessWorkspace, access_context: AppContext, qtbot: QtBot
) -> None:
    ws = workspace
    found = None
    for day_index in range(ws.day_tabs.count()):
        ws.day_tabs.setCurrentIndex(day_index)
        for row in range(ws.coverage.rowCount()):
            ws.grid.setCurrentIndex(ws.coverage.index(row, 0))
            for n in range(ws.slots.model.rowCount()):
                line = ws.slots.model.line(n)
                if line is None or line.service != "sign_language" or line.provider_id:
                    continue
                deaf = [
                    c for c in candidates(ws.data.plan, line.slot_id) if c.needs_feed and c.fits
                ]
                if deaf:
                    ws.slots.table.setCurrentIndex(ws.slots.model.index(n, SLOT))
                    found = (line.slot_id, deaf[0])
                    break
            if found:
                break
        if found:
            break
    assert found, "the demo has a Deaf interpreter free for some open International Sign slot"
    slot_id, deaf = found
    ws.slots.table.setFocus()
    QTest.keyClick(ws.slots.table, Qt.Key.Key_Return)
    qtbot.waitUntil(ws.picker.isVisible, timeout=2000)
    ws.picker.filter.setText(deaf.name)  # QTest types ASCII only; names are in any script
    assert ws.picker.row_texts()[0].startswith(f"◆ {deaf.name} — Fits with a hearing feed")
    QTest.keyClick(ws.picker.filter, Qt.Key.Key_Return)
    assert ws.picker.isVisible() and "feeds" in ws.picker.heading.text()
    feed_id = ws.picker.list.currentIndex().data(Qt.ItemDataRole.UserRole + 1)
    assert ws.picker.row_texts()[0].startswith("✓ ")
    QTest.keyClick(ws.picker.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not ws.picker.isVisible(), timeout=2000)
    row = access_context.replica.conn.execute(
        "SELECT provider_id, feed_provider_id FROM assignment_slot WHERE id = ?", (slot_id,)
    ).fetchone()
    assert (row[0], row[1]) == (deaf.provider_id, feed_id)
    assert "with feed" in ws.slots.model.index(ws.slots.model.row_of(slot_id), 1).data()


def test_closing_the_window_stops_a_running_solve(workspace: AccessWorkspace) -> None:
    ws = workspace
    ws.start_solve()
    run = ws.run
    assert run is not None and run.running
    ws.close()
    assert ws.run is None and not run.running


def test_choosing_someone_who_does_not_fit_assigns_and_says_why(
    workspace: AccessWorkspace, access_context: AppContext, qtbot: QtBot
) -> None:
    ws = workspace
    slot_id = _first_open_sign_slot(ws)
    unfit = next(c for c in candidates(ws.data.plan, slot_id) if not c.fits and not c.needs_feed)
    ws.slots.table.setFocus()
    QTest.keyClick(ws.slots.table, Qt.Key.Key_Return)
    qtbot.waitUntil(ws.picker.isVisible, timeout=2000)
    rows = [ws.picker.proxy.index(r, 0) for r in range(ws.picker.proxy.rowCount())]
    target = next(i for i in rows if i.data(Qt.ItemDataRole.UserRole + 1) == unfit.provider_id)
    ws.picker.list.setCurrentIndex(target)
    QTest.keyClick(ws.picker.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not ws.picker.isVisible(), timeout=2000)
    assert _slot_row(access_context.replica.conn, slot_id) == (unfit.provider_id, 0, "confirmed")
    assert "although they do not fit:" in ws.message.text()
    assert ws.message.property("tone") == "refused"
