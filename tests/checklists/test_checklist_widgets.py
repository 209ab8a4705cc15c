"""The checklist models (QAbstractItemModelTester), the Checklists view, the dashboard, the panel and the dialogs."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import QLabel, QMessageBox

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.tasks import Priority, RelativeDeadline, Task, TaskStatus
from cica_planner.services.checklists import ChecklistService
from cica_planner.services.confirming import ConfirmingService
from cica_planner.services.seeding import seed_uid
from cica_planner.services.tasks import TaskQuery
from cica_planner.ui.dialogs.checklist_template_dialog import COL_OFFSET, ApplyTemplateDialog, TemplateDialog
from cica_planner.ui.dialogs.task_dialog import TaskDialog
from cica_planner.ui.models.task_models import (
    OVERDUE_COLOUR,
    OwnerLoadModel,
    ReadinessModel,
    TaskFilterProxy,
    TaskTableModel,
)
from cica_planner.ui.views.checklists_view import ChecklistsView
from cica_planner.ui.views.dashboard_view import DashboardView
from cica_planner.ui.widgets.checklist_panel import ChecklistPanel

pytestmark = pytest.mark.gui

MC = "planned-mc@test"  # the planned_mc fixture: a Ministerial Council still ahead of TODAY, half prepared
SEEDED_MC = seed_uid("E097")  # the 7th MC, held, which carries the 2024 handover milestones
FORUM = seed_uid("E094")  # the Business Council plenary with the Forum carries the checklist
TODAY = date(2024, 10, 20)


def ask_with_dialog(parent, task, owners, today):
    """The task dialog, looked up when asked (so that a test can stand in for it)."""
    return TaskDialog.edit(parent, task, owners, today)


@pytest.fixture(autouse=True)
def english_catalogue(qapp) -> None:
    """English, with its catalogue, as the app installs it at start: the undo texts' plurals come from it."""
    from cica_planner.i18n.language import install_language

    install_language("en")


@pytest.fixture
def checklists(seeded_engine, planned_mc: str) -> ChecklistService:
    return ChecklistService(seeded_engine)


def test_task_models_pass_the_model_tester(checklists: ChecklistService, qtmodeltester) -> None:
    model = TaskTableModel()
    model.set_rows(checklists.list_tasks(), TODAY)
    qtmodeltester.check(model)
    proxy = TaskFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_today(TODAY)
    proxy.set_window(TaskFilterProxy.WINDOW_OVERDUE)
    proxy.sort(TaskTableModel.COL_DUE)
    qtmodeltester.check(proxy)
    assert 0 < proxy.rowCount() < model.rowCount()
    assert all(proxy.index(r, 0).data(TaskTableModel.OverdueRole) for r in range(proxy.rowCount()))


def test_dashboard_models_pass_the_model_tester(checklists: ChecklistService, qtmodeltester) -> None:
    readiness = ReadinessModel()
    readiness.set_rows(checklists.readiness(TODAY))
    qtmodeltester.check(readiness)
    loads = OwnerLoadModel()
    loads.set_rows(checklists.load_by_owner(TODAY))
    qtmodeltester.check(loads)
    row = next(r for r in range(readiness.rowCount()) if readiness.index(r, 0).data(ReadinessModel.EventUidRole) == MC)
    progress = readiness.index(row, ReadinessModel.COL_PROGRESS)
    assert progress.data() == f"{progress.data(ReadinessModel.DoneRole)}/{progress.data(ReadinessModel.TotalRole)}"
    assert 0 < progress.data(ReadinessModel.FractionRole) < 1
    overdue = readiness.index(row, ReadinessModel.COL_OVERDUE)
    assert int(overdue.data()) > 0
    assert overdue.data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR
    assert loads.index(0, OwnerLoadModel.COL_OPEN).data(OwnerLoadModel.CountRole) >= loads.index(
        loads.rowCount() - 1, OwnerLoadModel.COL_OPEN).data(OwnerLoadModel.CountRole)


def test_task_model_shows_provisional_and_overdue(checklists: ChecklistService) -> None:
    model = TaskTableModel()
    model.set_rows(checklists.list_tasks(TaskQuery(event_uid=FORUM)) + checklists.list_tasks(TaskQuery(event_uid=MC)), TODAY)
    texts = [model.index(r, TaskTableModel.COL_DUE).data() for r in range(model.rowCount())]
    assert any(" – " in t for t in texts)  # a range: the day of the plenary is not fixed
    late = next(r for r in range(model.rowCount()) if model.index(r, 0).data(TaskTableModel.OverdueRole))
    assert model.index(late, TaskTableModel.COL_TITLE).data(Qt.ItemDataRole.ForegroundRole).color() == QColor(OVERDUE_COLOUR)
    assert "overdue" in model.index(late, TaskTableModel.COL_STATUS).data()


def test_bulk_complete_writes_to_the_database(qtbot, checklists: ChecklistService) -> None:
    view = ChecklistsView(checklists, today=TODAY)
    qtbot.addWidget(view)
    view.set_event_filter(MC)
    view.window_combo.setCurrentIndex(view.window_combo.findData(TaskFilterProxy.WINDOW_OVERDUE))
    late_ids = {i.id for i in checklists.list_tasks(TaskQuery(event_uid=MC, overdue_on=TODAY))}
    assert view.proxy.rowCount() == len(late_ids) > 1
    view.table.selectAll()
    assert set(view.selected_task_ids()) == late_ids
    with qtbot.waitSignal(view.tasks_changed):
        qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    for task_id in late_ids:
        stored = checklists.get(task_id).task
        assert stored.status is TaskStatus.DONE
        assert stored.completed_on == TODAY
    assert view.proxy.rowCount() == 0  # nothing overdue is left for the MC


def test_filter_by_owner_and_sort(qtbot, checklists: ChecklistService) -> None:
    view = ChecklistsView(checklists, today=TODAY)
    qtbot.addWidget(view)
    view.status_combo.setCurrentIndex(view.status_combo.findData(TaskFilterProxy.STATUS_ALL))
    everything = view.proxy.rowCount()
    view.set_owner_filter("Chairmanship MFA")
    shown = view.proxy.rowCount()
    assert 0 < shown < everything
    assert {view.proxy.index(r, TaskTableModel.COL_OWNER).data() for r in range(shown)} == {"Chairmanship MFA"}
    view.table.sortByColumn(TaskTableModel.COL_DUE, Qt.SortOrder.DescendingOrder)
    dues = [view.proxy.index(r, 0).data(TaskTableModel.DueRole) for r in range(shown)]
    assert dues == sorted(dues, reverse=True)
    assert "Chairmanship MFA" in [view.owner_combo.itemText(i) for i in range(view.owner_combo.count())]
    assert view.progress_model.rowCount() > 0


def test_dashboard_follows_today(qtbot, seeded_engine, checklists: ChecklistService) -> None:
    dashboard = DashboardView(checklists, confirming=ConfirmingService(seeded_engine, tasks=checklists), today=TODAY)
    qtbot.addWidget(dashboard)
    dashboard.resize(1400, 900)
    assert dashboard.readiness_model.rowCount() == len(checklists.readiness(TODAY))
    assert dashboard.overdue_tile.number.text() == str(sum(load.overdue for load in checklists.load_by_owner(TODAY)))
    assert dashboard.due_model.rowCount() == len(checklists.due_soon(TODAY))
    assert dashboard.due_model.rowCount() > 0
    # Deadlines read "28 Oct 2024" as in every other table, never ISO dates.
    import re

    for row in range(dashboard.due_model.rowCount()):
        text = dashboard.due_model.index(row, TaskTableModel.COL_DUE).data()
        due = dashboard.due_model.index(row, TaskTableModel.COL_DUE).data(TaskTableModel.DueRole)
        assert f"{due.day} {due:%b}" in text
        assert not re.search(r"\d{4}-\d{2}-\d{2}", text), text
    assert not dashboard.grab().isNull()  # the painted owner chart renders
    dashboard.set_today(date(2024, 6, 1))
    assert dashboard.today() == date(2024, 6, 1)
    assert "1 June 2024" in dashboard.heading.text()
    assert dashboard.readiness_model.rowCount() == len(checklists.readiness(date(2024, 6, 1)))


def test_panel_adds_completes_and_deletes_tasks(qtbot, checklists: ChecklistService, monkeypatch) -> None:
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, *args: asked.append(text) or QMessageBox.StandardButton.Yes))
    panel = ChecklistPanel(checklists, today=TODAY, edit_task=ask_with_dialog)
    qtbot.addWidget(panel)
    panel.set_event(MC)
    before = panel.model.rowCount()
    assert before == len(checklists.list_tasks(TaskQuery(event_uid=MC)))
    assert panel.template_combo.currentData() == "mc"

    dialog = TaskDialog(Task(title="", event_uid=MC), checklists.owners(), TODAY)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Book interpreters for Azerbaijani and Russian")
    dialog.owner_combo.setCurrentText("Secretariat — Protocol")
    dialog.offset_edit.setText("T-10 days")
    dialog.priority_combo.setCurrentIndex(dialog.priority_combo.findData(Priority.HIGH))
    with qtbot.waitSignal(panel.tasks_changed):
        assert panel.save_new(dialog.value())
    assert panel.model.rowCount() == before + 1
    added = next(i for i in checklists.list_tasks(TaskQuery(event_uid=MC)) if i.task.title.startswith("Book interpreters"))
    assert (added.due, added.task.priority, added.task.owner) == (date(2024, 11, 1), Priority.HIGH, "Secretariat — Protocol")

    row = next(r for r in range(panel.model.rowCount()) if panel.model.index(r, 0).data(TaskTableModel.TaskIdRole) == added.id)
    panel.table.selectionModel().select(panel.model.index(row, 0),
                                        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    panel.mark_selected_done()
    assert checklists.get(added.id).task.completed_on == TODAY
    assert panel.delete_selected()
    assert asked == ["Delete the task “Book interpreters for Azerbaijani and Russian”?"]
    assert panel.model.rowCount() == before


def test_panel_add_button_uses_the_dialog(qtbot, checklists: ChecklistService, monkeypatch) -> None:
    panel = ChecklistPanel(checklists, today=TODAY, edit_task=ask_with_dialog)
    qtbot.addWidget(panel)
    panel.set_event(FORUM)
    new = Task(title="Agree the forum's themes", event_uid=FORUM, relative=RelativeDeadline.parse("T-6 months"))
    monkeypatch.setattr(TaskDialog, "edit", classmethod(lambda cls, parent, task, owners, today: new))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    texts = [panel.model.index(r, TaskTableModel.COL_TITLE).data() for r in range(panel.model.rowCount())]
    assert "Agree the forum's themes" in texts
    panel.set_event(None)
    assert panel.model.rowCount() == 0
    assert not panel.add_button.isEnabled()


def test_task_dialog_validates_offsets(qtbot) -> None:
    dialog = TaskDialog(Task(title="Send invitations", event_uid=MC), [], TODAY)
    qtbot.addWidget(dialog)
    dialog.offset_edit.setText("thirty days before")
    with pytest.raises(ValidationError, match="T-30 days"):
        dialog.value()
    dialog.accept()
    assert "cannot read the deadline" in dialog.error_label.text()
    dialog.fixed_radio.setChecked(True)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(TaskStatus.DONE))
    task = dialog.value()
    assert (task.relative, task.due_fixed, task.status, task.completed_on) == (None, TODAY, TaskStatus.DONE, TODAY)


def test_task_dialog_opens_long_text_at_its_beginning(qtbot) -> None:
    title = "Send the invitations and the provisional agenda to all Member States through the embassies"
    task = Task(title=title, event_uid=MC, owner="Department of Conference Services and Protocol")
    dialog = TaskDialog(task, [], TODAY)
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == title
    assert dialog.title_edit.cursorPosition() == 0
    assert dialog.owner_combo.lineEdit().cursorPosition() == 0
    assert dialog.offset_edit.cursorPosition() == 0


def test_template_dialog_edits_steps(qtbot, checklists: ChecklistService) -> None:
    dialog = TemplateDialog(checklists.get_template("soc"))
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text()
    assert (dialog.key_edit.cursorPosition(), dialog.name_edit.cursorPosition()) == (0, 0)
    dialog.items_table.item(0, COL_OFFSET).setText("T-9 weeks")
    dialog.add_item(dialog.value().items[0].__class__("Book the hall", RelativeDeadline.parse("T-3 months")))
    template = dialog.value()
    assert template.items[0].offset == RelativeDeadline(-9, RelativeDeadline.parse("T-1 weeks").unit)
    assert template.items[-1].title == "Book the hall"
    checklists.update_template(template)
    assert checklists.get_template("soc").items[-1].offset.label() == "T−3 months"

    dialog.items_table.item(1, COL_OFFSET).setText("soon")
    with pytest.raises(ValidationError, match="step 2"):
        dialog.value()
    dialog.accept()
    assert "step 2" in dialog.error_label.text()


def test_apply_template_dialog_proposes_the_matching_template(qtbot, checklists: ChecklistService) -> None:
    dialog = ApplyTemplateDialog(checklists.events(), checklists.templates(), FORUM)
    qtbot.addWidget(dialog)
    choice = dialog.value()
    assert (choice.event_uid, choice.template_key) == (FORUM, "bc_bf")


def test_pdf_text_is_searchable(checklists: ChecklistService, tmp_path, qapp) -> None:
    """Words read back with plain spaces (not tabs) and "ffi"/"fi" as letters (not ligature glyphs)."""
    from pypdf import PdfReader

    from cica_planner.reports.pdf_report import render_status_report
    from cica_planner.services.reports import build_status_report

    report = build_status_report(checklists, start=date(2024, 1, 1), end=date(2024, 6, 30), today=TODAY)
    titles = [event.title for event in report.events]
    assert any("Senior Officials Committee" in title for title in titles)
    target = render_status_report(report, tmp_path / "status.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)  # not whitespace-normalised
    assert "\t" not in text
    assert not any("\ufb00" <= char <= "\ufb06" for char in text)  # no ﬀ ﬁ ﬂ ﬃ ﬄ ligatures
    assert "Senior Officials Committee" in text
    assert "Preparation status" in text
    for title in titles:
        if "fi" in title or "ffi" in title:
            assert title.split()[0] in text


def test_pdf_character_maps_name_spaces_not_tabs() -> None:
    from cica_planner.reports.pdf_report import spaces_for_tabs

    cmap = (b"1 0 obj <</F1 2 0 R>> stream <0009> Tj\nbegincmap\n3 beginbfrange\n<0001> <0003> [<0043> <0009> <0041>]\n"
            b"<0009> <0009> <0009>\n<000A> <000B> <0061>\nendbfrange\nendcmap\n<0009> Tj")
    fixed = spaces_for_tabs(cmap)
    assert len(fixed) == len(cmap)  # the file's offsets stay valid
    assert b"[<0043> <0020> <0041>]" in fixed
    assert b"<0009> <0009> <0020>" in fixed  # a glyph numbered 9 keeps its number
    assert fixed.startswith(b"1 0 obj <</F1 2 0 R>> stream <0009> Tj")  # outside the maps nothing changes
    assert fixed.endswith(b"endcmap\n<0009> Tj")


def _select(panel: ChecklistPanel, task_id: int) -> None:
    row = next(r for r in range(panel.model.rowCount()) if panel.model.index(r, 0).data(TaskTableModel.TaskIdRole) == task_id)
    panel.table.selectionModel().setCurrentIndex(
        panel.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def test_panel_asks_before_deleting_a_milestone(qtbot, checklists: ChecklistService, monkeypatch) -> None:
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, *args: asked.append(text) or answers.pop(0)))
    stack = QUndoStack()
    panel = ChecklistPanel(checklists, today=TODAY, undo_stack=stack, edit_task=ask_with_dialog)
    qtbot.addWidget(panel)
    panel.set_event(SEEDED_MC)
    milestone = next(i for i in checklists.list_tasks(TaskQuery(event_uid=SEEDED_MC)) if i.task.handover_id is not None)
    _select(panel, milestone.id)
    assert not panel.delete_selected()  # said No
    assert asked == [f"“{milestone.task.title}” is a milestone of the handover plan Kazakhstan → Azerbaijan. "
                     "Delete it from the plan?"]
    assert checklists.get(milestone.id).task.handover_id == milestone.task.handover_id
    assert stack.count() == 0
    assert panel.delete_selected()  # said Yes
    assert all(i.id != milestone.id for i in checklists.list_tasks(TaskQuery(event_uid=SEEDED_MC)))
    assert stack.undoText().startswith("Delete task ")
    stack.undo()
    assert checklists.get(milestone.id).task.handover_id == milestone.task.handover_id  # back in its plan


def test_panel_changes_go_on_the_undo_stack(qtbot, checklists: ChecklistService, monkeypatch) -> None:
    stack = QUndoStack()
    panel = ChecklistPanel(checklists, today=TODAY, undo_stack=stack, edit_task=ask_with_dialog)
    qtbot.addWidget(panel)
    panel.set_event(MC)
    before = panel.model.rowCount()
    assert panel.save_new(Task(title="Book interpreters", event_uid=MC, relative=RelativeDeadline.parse("T-10 days")))
    assert stack.undoText() == "Add task Book interpreters"
    added = next(i for i in checklists.list_tasks(TaskQuery(event_uid=MC)) if i.task.title == "Book interpreters")
    _select(panel, added.id)
    panel.mark_selected_done()
    assert stack.undoText() == "Mark 1 task done"
    # The dialog edits the task as the panel shows it now (done, at its new version).
    monkeypatch.setattr(TaskDialog, "edit", classmethod(
        lambda cls, parent, task, owners, today: Task(**{**task.__dict__, "title": "Book interpreters (AZ, RU)"})))
    panel.edit_button.click()
    assert stack.undoText() == "Edit task Book interpreters"  # menu texts leave out a trailing parenthesis
    stack.undo()
    stack.undo()
    assert checklists.get(added.id).task.title == "Book interpreters"
    assert checklists.get(added.id).task.status is TaskStatus.TODO
    stack.undo()
    assert all(i.id != added.id for i in checklists.list_tasks(TaskQuery(event_uid=MC)))
    panel.refresh()
    assert panel.model.rowCount() == before


def test_bulk_complete_and_apply_template_are_undoable(qtbot, checklists: ChecklistService, planner,
                                                       monkeypatch) -> None:
    from cica_planner.domain.model import Category, Event
    from cica_planner.ui.dialogs.checklist_template_dialog import ApplyChoice

    stack = QUndoStack()
    view = ChecklistsView(checklists, today=TODAY, undo_stack=stack)
    qtbot.addWidget(view)
    view.set_event_filter(MC)
    view.window_combo.setCurrentIndex(view.window_combo.findData(TaskFilterProxy.WINDOW_OVERDUE))
    late = checklists.list_tasks(TaskQuery(event_uid=MC, overdue_on=TODAY))
    view.table.selectAll()
    with qtbot.waitSignal(view.tasks_changed):
        assert view.mark_selected_done() == len(late)
    assert stack.undoText() == f"Mark {len(late)} tasks done"
    stack.undo()
    assert [checklists.get(i.id).task.status for i in late] == [i.task.status for i in late]
    view.refresh()
    assert view.proxy.rowCount() == len(late)

    meeting = Event(title="Senior Officials Committee meeting (extra)", category=Category.SOC,
                    start=date(2025, 3, 4), end=date(2025, 3, 5), city="Astana", country="KZ")
    planner.create(meeting)
    monkeypatch.setattr(ApplyTemplateDialog, "choose", classmethod(
        lambda cls, parent, events, templates, current: ApplyChoice(meeting.uid, "soc")))
    view.apply_template()
    added = checklists.list_tasks(TaskQuery(event_uid=meeting.uid))
    assert added
    assert stack.undoText() == f"Apply template {checklists.get_template('soc').name}"
    assert view.summary_label.text() == f"{len(added)} tasks added from the template."
    stack.undo()
    assert checklists.list_tasks(TaskQuery(event_uid=meeting.uid)) == []  # only what the template added is gone
    assert len(checklists.list_tasks(TaskQuery(event_uid=MC))) > 0


def test_filters_fit_the_minimum_width(qtbot, checklists: ChecklistService) -> None:
    view = ChecklistsView(checklists, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1024, 700)
    view.show()
    qtbot.waitExposed(view)
    assert view.minimumSizeHint().width() <= 1024
    for button in (view.done_button, view.apply_button, view.templates_button):
        assert button.width() >= button.sizeHint().width(), button.objectName()
        assert button.geometry().right() <= view.width()
    # Each combo sits right of its own caption, with no overlap.
    for combo in (view.owner_combo, view.status_combo, view.window_combo, view.event_combo):
        caption = next(label for label in view.findChildren(QLabel) if label.buddy() is combo)
        assert caption.geometry().right() < combo.geometry().left(), combo.objectName()
        assert caption.width() >= caption.sizeHint().width()
    assert view.event_combo.geometry().right() < view.done_button.geometry().left()


def test_template_dialog_keeps_and_edits_step_conditions(qtbot, checklists: ChecklistService) -> None:
    from cica_planner.domain.step_conditions import StepCondition
    from cica_planner.ui.dialogs.checklist_template_dialog import COL_APPLIES

    template = checklists.get_template("soc")
    dialog = TemplateDialog(template)
    qtbot.addWidget(dialog)
    # Conditions survive an unchanged edit (the dialog's steps are new rows: no ids).
    assert [(i.title, i.applies_when) for i in dialog.value().items] == [(i.title, i.applies_when) for i in template.items]
    budget = next(i for i, item in enumerate(template.items) if item.applies_when == "december")
    assert dialog.items_table.cellWidget(budget, COL_APPLIES).currentText() == "December only"
    dialog.items_table.setCurrentCell(budget, 0)
    dialog.move_selected(-1)
    assert dialog.value().items[budget - 1].applies_when == "december"  # moved with its step
    combo = dialog.items_table.cellWidget(0, COL_APPLIES)
    combo.setCurrentIndex(combo.findData(StepCondition.HANDOVER_PENDING.value))
    stored = checklists.update_template(dialog.value())
    assert stored.items[0].applies_when == "handover pending"


def test_open_filter_leaves_out_what_was_not_recorded(checklists: ChecklistService) -> None:
    model = TaskTableModel()
    model.set_rows(checklists.list_tasks(TaskQuery(event_uid=SEEDED_MC)), date(2026, 11, 30))
    proxy = TaskFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_status(TaskFilterProxy.STATUS_OPEN)
    assert proxy.rowCount() == 0  # the 7th MC was held: nothing of it is still to do
    proxy.set_status(TaskFilterProxy.STATUS_NOT_RECORDED)
    assert proxy.rowCount() > 0
    assert {proxy.index(r, TaskTableModel.COL_STATUS).data() for r in range(proxy.rowCount())} == {"not recorded"}
