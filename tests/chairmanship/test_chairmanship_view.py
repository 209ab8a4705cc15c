"""The chairmanship view with qtbot on a seeded database, and its models under the model tester."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPointF, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from cica_planner.domain.chairmanship import UNDECIDED_SUCCESSOR
from cica_planner.domain.tasks import TaskStatus
from cica_planner.services.chairmanship import SEED_HANDOVER_ANCHOR, SEED_NEXT_ANCHOR, ChairmanshipService
from cica_planner.services.tasks import TaskQuery, TaskService
from cica_planner.ui.dialogs.plan_handover_dialog import NextHandoverChoice, PlanHandoverDialog
from cica_planner.ui.models.chair_models import BodyChairModel, MilestoneModel
from cica_planner.ui.views.chairmanship_view import ChairmanshipView

pytestmark = pytest.mark.gui
TODAY = date(2024, 11, 9)


@pytest.fixture
def chairs(seeded_engine) -> ChairmanshipService:
    return ChairmanshipService(seeded_engine)


@pytest.fixture
def view(qtbot, chairs: ChairmanshipService) -> ChairmanshipView:
    widget = ChairmanshipView(chairs, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def names(view: ChairmanshipView) -> tuple[str, str, str]:
    return view.previous_card.name_label.text(), view.current_card.name_label.text(), view.incoming_card.name_label.text()


def test_view_renders_the_seeded_register_and_plan(view: ChairmanshipView) -> None:
    assert view.selected_date() == TODAY
    assert names(view) == ("Tajikistan", "Kazakhstan", "Azerbaijan")
    assert view.milestone_model.rowCount() == 16
    assert view.plan_combo.count() == 1
    assert view.plan_combo.currentText().startswith("Kazakhstan → Azerbaijan")
    # The 7th MC was held: what nobody ticked is "not recorded", never overdue.
    assert view.plan_status_label.text() == "11 done · 0 open · 5 not recorded"
    assert view.body_model.rowCount() == 10
    states = {m.state.value for m in view.timeline.markers()}
    assert states == {"done", "not recorded"}
    dates = {view.milestone_model.index(row, view.milestone_model.COL_DATE).data()
             for row in range(view.milestone_model.rowCount())}
    assert "date not recorded" in dates  # done on a day nobody recorded: no invented date
    image = view.grab().toImage()
    assert not image.isNull()
    assert image.width() == 1400


def test_selecting_a_date_updates_the_troika(view: ChairmanshipView, qtbot) -> None:
    view.date_edit.setDate(QDate(2024, 1, 15))
    assert names(view) == ("Tajikistan", "Kazakhstan", "Not decided yet")
    view.date_edit.setDate(QDate(2025, 6, 1))
    assert names(view) == ("Kazakhstan", "Azerbaijan", "Not decided yet")
    assert view.selected_date() == date(2025, 6, 1)
    assert view.current_card.term_label.text() == "17 Dec 2024 – open"
    qtbot.mouseClick(view.today_button, Qt.MouseButton.LeftButton)
    assert view.date_edit.date() == QDate(2024, 11, 9)
    assert names(view)[2] == "Azerbaijan"


def test_clicking_the_timeline_selects_that_day(view: ChairmanshipView, qtbot) -> None:
    timeline = view.timeline
    rect = timeline._overview_rect  # the painted lane's geometry
    point = QPointF(rect.left() + rect.width() * 0.3, rect.center().y())
    with qtbot.waitSignal(timeline.date_clicked) as blocker:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=point.toPoint())
    clicked = blocker.args[0]
    assert date(2005, 1, 1) <= clicked <= date(2010, 1, 1)
    assert view.selected_date() == clicked
    assert names(view) == ("—", "Kazakhstan", "Not decided yet")


def test_marking_a_milestone_done_writes_the_database(view: ChairmanshipView, chairs: ChairmanshipService,
                                                      qtbot) -> None:
    model = view.milestone_model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).task.title.startswith("Publish the outgoing"))
    index = model.index(row, MilestoneModel.COL_MILESTONE)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    with qtbot.waitSignal(view.plan_changed):
        assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    stored = TaskService(chairs.engine).get(model.row_at(row).id)
    assert (stored.task.status, stored.task.completed_on) == (TaskStatus.DONE, TODAY)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(row, MilestoneModel.COL_STATUS).data() == "✓ Done"
    assert "12 done" in view.plan_status_label.text()
    with qtbot.waitSignal(view.plan_changed):
        model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert TaskService(chairs.engine).get(model.row_at(row).id).task.status is TaskStatus.TODO


def test_double_clicking_a_milestone_shows_its_meeting(view: ChairmanshipView, qtbot) -> None:
    index = view.milestone_model.index(0, MilestoneModel.COL_DATE)
    with qtbot.waitSignal(view.event_shown) as blocker, qtbot.assertNotEmitted(view.event_activated):
        view.milestone_view.doubleClicked.emit(index)
    assert blocker.args == [SEED_HANDOVER_ANCHOR]


def test_plan_next_dialog_gives_its_value(qtbot, view: ChairmanshipView) -> None:
    dialog = view.plan_dialog()
    qtbot.addWidget(dialog)
    assert dialog.anchor_combo.currentData() == SEED_NEXT_ANCHOR
    assert dialog.successor_combo.currentData() == ""  # undecided by default
    assert dialog.successor_combo.findData("AZ") == -1  # the outgoing chair cannot succeed itself
    assert "provisional" in dialog.note_label.text()
    assert dialog.value() == NextHandoverChoice("", SEED_NEXT_ANCHOR)
    dialog.successor_combo.setCurrentIndex(dialog.successor_combo.findData("UZ"))
    assert dialog.value() == NextHandoverChoice("UZ", SEED_NEXT_ANCHOR)


def test_dialog_without_a_meeting_cannot_be_accepted(qtbot) -> None:
    dialog = PlanHandoverDialog([], [], "AZ", "Azerbaijan")
    qtbot.addWidget(dialog)
    assert dialog.value() is None
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "add the meeting first" in dialog.note_label.text()


def test_creating_the_next_handover_from_the_view(view: ChairmanshipView, qtbot) -> None:
    with qtbot.waitSignal(view.plan_changed):
        handover_id = view.create_next_handover(NextHandoverChoice("", SEED_NEXT_ANCHOR))
    assert handover_id is not None
    assert view.selected_plan_id() == handover_id
    assert view.plan_combo.count() == 2
    assert UNDECIDED_SUCCESSOR in view.plan_combo.currentText()
    assert view.milestone_model.rowCount() == 16
    assert "(TBC)" in view.milestone_model.index(0, MilestoneModel.COL_DATE).data()
    assert "provisional" in view.plan_status_label.text()


def test_models_pass_the_model_tester(qtmodeltester, view: ChairmanshipView, chairs: ChairmanshipService) -> None:
    qtmodeltester.check(view.milestone_model)
    qtmodeltester.check(view.body_model)
    empty = MilestoneModel()
    qtmodeltester.check(empty)
    bodies = BodyChairModel()
    bodies.set_rows(chairs.body_chairs(), date(2025, 6, 1))
    qtmodeltester.check(bodies)
    in_office = [bodies.index(r, 0).data(BodyChairModel.InOfficeRole) for r in range(bodies.rowCount())]
    assert sum(in_office) == 6  # one holder per body on that day


def test_a_second_plan_names_the_meeting_that_has_one(view: ChairmanshipView, monkeypatch) -> None:
    assert view.no_anchor_message() is None  # the 2026 meeting is still free
    view.create_next_handover(NextHandoverChoice("", SEED_NEXT_ANCHOR))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text: shown.append(text)))
    monkeypatch.setattr(PlanHandoverDialog, "exec", lambda self: pytest.fail("no dialog without a free meeting"))
    view.plan_next_handover()
    anchor = view.chairs.plan(view.selected_plan_id()).anchor_title
    assert len(shown) == 1
    assert shown[0].startswith(f"{anchor} (")
    assert "already has a handover plan" in shown[0]
    assert "add the next Summit or Ministerial Council" in shown[0]
    assert "No Summit or Ministerial Council is planned yet" not in shown[0]


def test_ticks_and_plans_go_on_the_undo_stack(qtbot, chairs: ChairmanshipService) -> None:
    stack = QUndoStack()
    view = ChairmanshipView(chairs, today=TODAY, undo_stack=stack)
    qtbot.addWidget(view)
    model = view.milestone_model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).task.title.startswith("Publish the outgoing"))
    task_id = model.row_at(row).id
    model.setData(model.index(row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert stack.undoText() == "Mark milestone done: Publish the outgoing Chair's report on achievements"
    stack.undo()
    assert chairs.tasks.get(task_id).task.status is TaskStatus.TODO
    stack.redo()
    assert chairs.tasks.get(task_id).task.completed_on == TODAY

    handover_id = view.create_next_handover(NextHandoverChoice("UZ", SEED_NEXT_ANCHOR))
    assert stack.undoText() == "Plan handover to Uzbekistan"
    milestones = {item.id for item in chairs.handover_plan(handover_id)}
    stack.undo()
    assert len(chairs.plans()) == 1
    assert handover_id not in {p.id for p in chairs.plans()}
    assert TaskService(chairs.engine).list_tasks(TaskQuery(handover_id=handover_id)) == []
    stack.redo()
    assert {item.id for item in chairs.handover_plan(handover_id)} == milestones


def test_header_fits_the_minimum_width(qtbot, chairs: ChairmanshipService) -> None:
    view = ChairmanshipView(chairs, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1024, 700)
    view.show()
    qtbot.waitExposed(view)
    assert view.minimumSizeHint().width() <= 1024
    full = view.summary_label.text()
    assert full.endswith("chair today: Kazakhstan")
    label = view.summary_label
    assert label.geometry().right() < view.date_edit.geometry().left()
    assert label.shown_text().endswith("…")  # elided at this width: the whole text is a tooltip away
    assert label.toolTip() == full
    assert view.plan_next_button.width() >= view.plan_next_button.sizeHint().width()
    # A narrow milestone list keeps the titles readable: offset and owner make room.
    assert view.milestone_view.isColumnHidden(MilestoneModel.COL_OWNER)
    view.resize(1400, 900)
    qtbot.wait_until(lambda: not view.milestone_view.isColumnHidden(MilestoneModel.COL_OWNER))
