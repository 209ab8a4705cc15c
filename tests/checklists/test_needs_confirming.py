"""The Needs confirming list: the service on a seeded copy, the outcome dialog and the dashboard card."""

from __future__ import annotations

from datetime import date

import pytest

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import EventStatus
from cica_planner.services.checklists import ChecklistService
from cica_planner.services.confirming import ConfirmingService, ConfirmReason
from cica_planner.services.seeding import seed_uid
from cica_planner.services.tasks import TaskQuery, TaskService, state_label
from cica_planner.ui.dialogs.outcome_dialog import OutcomeChoice, OutcomeDialog
from cica_planner.ui.dialogs.task_dialog import TaskDialog
from cica_planner.ui.views.dashboard_view import DashboardView

TODAY = date(2026, 11, 30)
PLENARY = seed_uid("E094")  # 7th BC plenary, Bishkek, Q4 2024: whether it was held is not verified


def ask_with_dialog(parent, task, owners, today):
    """The task dialog, looked up when asked (so that a test can stand in for it)."""
    return TaskDialog.edit(parent, task, owners, today)


@pytest.fixture
def confirming(seeded_engine) -> ConfirmingService:
    return ConfirmingService(seeded_engine)


def test_the_list_on_30_november_2026(confirming: ConfirmingService) -> None:
    entries = confirming.needs_confirming(TODAY)
    outcomes = [e.uid for e in entries if e.reason is ConfirmReason.OUTCOME]
    days = [e.uid for e in entries if e.reason is ConfirmReason.DATE]
    assert outcomes == [seed_uid(k) for k in ("E088", "E083", "E089", "E094", "E095", "E096")]  # oldest first
    assert days == [seed_uid(k) for k in ("E100", "E101", "E098")]  # soonest first, undated last
    assert {e.status for e in entries if e.reason is ConfirmReason.OUTCOME} == {"outcome to confirm"}
    assert entries[-1].when == "undated"
    # Within its quarter the plenary's day was to fix; once the quarter is over, its outcome is.
    reasons = {day: {e.uid: e.reason for e in confirming.needs_confirming(day)}[PLENARY]
               for day in (date(2024, 12, 31), date(2025, 1, 1))}
    assert reasons == {date(2024, 12, 31): ConfirmReason.DATE, date(2025, 1, 1): ConfirmReason.OUTCOME}


def test_recording_an_outcome_keeps_the_reason_in_history(confirming: ConfirmingService) -> None:
    event = confirming.record_outcome(PLENARY, EventStatus.CANCELLED, "Not held in 2024 (Kyrgyz MFA, by letter)")
    assert event.status is EventStatus.CANCELLED
    assert event.history[-1].reason == "marked cancelled (was planned): Not held in 2024 (Kyrgyz MFA, by letter)"
    assert (event.history[-1].old_start, event.history[-1].new_start) == (event.start, event.start)
    assert PLENARY not in {e.uid for e in confirming.needs_confirming(TODAY)}
    with pytest.raises(ValidationError, match="already recorded as cancelled"):
        confirming.record_outcome(PLENARY, EventStatus.CANCELLED, "again")
    with pytest.raises(ValidationError, match="say why"):
        confirming.record_outcome(seed_uid("E096"), EventStatus.HELD, "  ")
    with pytest.raises(ValidationError, match="an outcome is one of"):
        confirming.record_outcome(seed_uid("E096"), EventStatus.PLANNED, "no")


def test_outcome_dialog_needs_a_reason_and_offers_to_close_steps(qtbot, confirming: ConfirmingService) -> None:
    entry = next(e for e in confirming.needs_confirming(TODAY) if e.uid == PLENARY)
    dialog = OutcomeDialog(entry)
    qtbot.addWidget(dialog)
    dialog.show()
    with pytest.raises(ValidationError, match="Say why"):
        dialog.value()
    dialog.accept()
    assert dialog.isVisible()
    assert "Say why" in dialog.error_label.text()
    dialog.reason_edit.setText("Held in Bishkek, 12 Dec 2024 (Atameken report)")
    assert dialog.close_steps_check.isVisible()
    assert dialog.value() == OutcomeChoice(PLENARY, EventStatus.HELD, "Held in Bishkek, 12 Dec 2024 (Atameken report)", True)
    dialog.set_outcome(EventStatus.POSTPONED)
    assert not dialog.close_steps_check.isVisible()
    assert dialog.value().close_open_steps is False


def test_card_filters_and_records_in_one_action(qtbot, seeded_engine) -> None:
    checklists = ChecklistService(seeded_engine)
    dashboard = DashboardView(checklists, confirming=ConfirmingService(seeded_engine, tasks=checklists), today=TODAY)
    qtbot.addWidget(dashboard)
    card = dashboard.confirming_card
    assert dashboard.confirm_tile.number.text() == "9"
    card.set_filter(ConfirmReason.DATE)
    assert [e.uid for e in card.entries()] == [seed_uid(k) for k in ("E100", "E101", "E098")]
    card.set_filter(ConfirmReason.OUTCOME)
    assert card.model.rowCount() == 6
    card.select_uid(seed_uid("E101"))
    assert card.selected() is None  # filtered out
    card.select_uid(PLENARY)
    assert card.record_button.isEnabled()
    asked = []

    def ask(parent, entry):
        asked.append(entry.uid)
        return OutcomeChoice(entry.uid, EventStatus.HELD, "Held in Bishkek (Atameken report)", True)

    card._ask = ask  # the dialog's answer, without a modal loop
    with qtbot.waitSignal(card.changed):
        assert card.record_selected()
    assert asked == [PLENARY]
    assert dashboard.confirm_tile.number.text() == "8"
    assert PLENARY not in {e.uid for e in card.entries()}
    steps = TaskService(seeded_engine).list_tasks(TaskQuery(event_uid=PLENARY))
    assert steps
    assert all(s.task.is_done and s.task.completed_on is None for s in steps)  # no invented completion dates
    assert {state_label(s, TODAY) for s in steps} == {"done, date not recorded"}
    card.set_filter(ConfirmReason.DATE)
    card.select_uid(seed_uid("E100"))
    assert not card.record_button.isEnabled()  # a day to fix is fixed in the editor
    assert not dashboard.grab().isNull()


def test_panel_closes_a_held_meetings_unrecorded_steps_in_one_undoable_action(qtbot, seeded_engine) -> None:
    from PySide6.QtGui import QUndoStack

    from cica_planner.ui.widgets.checklist_panel import ChecklistPanel

    checklists = ChecklistService(seeded_engine)
    stack = QUndoStack()
    panel = ChecklistPanel(checklists, today=TODAY, undo_stack=stack, edit_task=ask_with_dialog)
    qtbot.addWidget(panel)
    mc = seed_uid("E097")  # held on 17 Dec 2024
    panel.set_event(mc)
    panel.show()
    assert panel.close_unrecorded_button.isVisible()
    before = {i.id: i.task for i in checklists.list_tasks(TaskQuery(event_uid=mc))}
    open_ids = {task_id for task_id, task in before.items() if not task.is_done}
    assert open_ids
    assert panel.close_unrecorded()
    after = {i.id: i.task for i in checklists.list_tasks(TaskQuery(event_uid=mc))}
    assert all(after[i].is_done and after[i].completed_on is None for i in open_ids)
    assert not panel.close_unrecorded_button.isVisible()
    assert stack.undoText() == "Close the unrecorded steps of 7th CICA Ministerial Council (handover KZ → AZ)"
    stack.undo()
    assert {i.id: i.task for i in checklists.list_tasks(TaskQuery(event_uid=mc))} == before
    panel.set_event(seed_uid("E100"))  # the 2026 Summit is still ahead: nothing to close
    assert not panel.close_unrecorded_button.isVisible()
