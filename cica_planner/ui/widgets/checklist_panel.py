"""The checklist tab of the event editor: one event's tasks with add, edit, delete, mark done and apply template.

Every change is written at once, also when the editor is then cancelled: the tab's changes
are not part of the event's edit. Given the window's undo stack, each change is an undoable
command on it (Edit → Undo takes it back); without one (standalone use) it is written directly.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cica_planner.domain.clock import system_clock
from cica_planner.domain.tasks import Task, TaskStatus
from cica_planner.services.checklists import ChecklistService
from cica_planner.services.tasks import TaskItem, TaskQuery
from cica_planner.ui.close_unrecorded import CloseUnrecordedSteps
from cica_planner.ui.commands import (
    AddTasks,
    ApplyTemplate,
    DeleteTasks,
    EditTask,
    SetTaskStatus,
    UndoableCommand,
    perform,
)
from cica_planner.ui.models.task_models import (
    TaskTableModel,
    header_fitted_width,
    status_column_width,
)
from cica_planner.ui.widgets.tables import set_up_row_table

#: Asks for a new or changed task: (parent, task, owners, today) → the task, or None when cancelled.
EditTaskDialog = Callable[[QWidget, Task, list[str], date], Task | None]


class ChecklistPanel(QWidget):
    """The tasks of one event; every change is written at once through the service.

    Args:
        checklists: the checklist service.
        parent: the parent widget.
        today: the day taken as today (the window's); None follows the clock.
        undo_stack: the window's undo stack; each change goes on it as an undoable command.
            None writes directly (standalone use).
        edit_task: asks the user for a new or changed task (the task dialog's ``edit``):
            ``edit_task(parent, task, owners, today)`` gives the task back, or None when cancelled.

    Signals:
        tasks_changed(): tasks of the event were written.
    """

    tasks_changed = Signal()

    #: The width the panel asks for (the event editor's checklist tab).
    PANEL_WIDTH = 820

    def __init__(self, checklists: ChecklistService, parent: QWidget | None = None, *, today: date | None = None,
                 undo_stack: QUndoStack | None = None, edit_task: EditTaskDialog) -> None:
        super().__init__(parent)
        self.checklists = checklists
        self._edit_task = edit_task
        self.undo_stack = undo_stack
        self._today = today or system_clock().today()
        self._uid: str | None = None
        self.model = TaskTableModel(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setTextVisible(True)
        self.progress.setFormat(self.tr("%v of %m done", "progress bar: %v tasks done of %m"))
        self.progress.setStyleSheet(
            "QProgressBar { border: 1px solid #cdd2d9; border-radius: 4px; background: #eef0f3; text-align: center;"
            " min-height: 18px; color: #1f2328; } QProgressBar::chunk { background: #7cc49a; border-radius: 3px; }"
        )
        top.addWidget(self.progress, 1)
        self.overdue_label = QLabel(self)
        self.overdue_label.setObjectName("overdue_label")
        self.overdue_label.setStyleSheet("color: #c62828; font-weight: bold;")
        top.addWidget(self.overdue_label)
        layout.addLayout(top)

        self.table = QTableView(self)
        self.table.setObjectName("task_table")
        self.table.setModel(self.model)
        self.table.setColumnHidden(TaskTableModel.COL_EVENT, True)
        set_up_row_table(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TaskTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        # One event's tasks: their deadlines are mostly single days, so the due column gives room to the titles.
        for column, width in ((TaskTableModel.COL_OWNER, 130), (TaskTableModel.COL_DUE, 150),
                              (TaskTableModel.COL_RELATIVE, 100), (TaskTableModel.COL_STATUS, status_column_width(self.fontMetrics(), 130)),
                              (TaskTableModel.COL_PRIORITY, 65)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, header_fitted_width(self.model, column, header.fontMetrics(), width))
        self.table.doubleClicked.connect(self._edit_index)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.setObjectName("add_button")
        self.add_button.clicked.connect(self.add_task)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("edit_button")
        self.edit_button.clicked.connect(self._edit_current)
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        self.delete_button.setObjectName("delete_button")
        self.delete_button.clicked.connect(self.delete_selected)
        self.done_button = QPushButton(self.tr("Mark &done"), self)
        self.done_button.setObjectName("done_button")
        self.done_button.clicked.connect(self.mark_selected_done)
        # A held meeting's unticked steps are "not recorded": close them all at once, with no invented day.
        self.close_unrecorded_button = QPushButton(self.tr("Close &unrecorded steps"), self)
        self.close_unrecorded_button.setObjectName("close_unrecorded_button")
        self.close_unrecorded_button.setToolTip(self.tr("The meeting was held: mark its open steps done, date not recorded"))
        self.close_unrecorded_button.clicked.connect(self.close_unrecorded)
        for button in (self.add_button, self.edit_button, self.delete_button, self.done_button,
                       self.close_unrecorded_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("template_combo")
        self.template_combo.setMinimumWidth(220)
        self.apply_button = QPushButton(self.tr("Apply &template"), self)
        self.apply_button.setObjectName("apply_button")
        self.apply_button.clicked.connect(self.apply_template)
        templates = QHBoxLayout()
        templates.addStretch(1)
        templates.addWidget(self.template_combo)
        templates.addWidget(self.apply_button)
        # One row when it fits the panel's width (English), else the template row under the task buttons (Russian).
        one_row = sum(button.sizeHint().width() + 6 for button in (self.add_button, self.edit_button, self.delete_button,
                                                                    self.done_button, self.close_unrecorded_button))
        one_row += self.template_combo.minimumWidth() + self.apply_button.sizeHint().width() + 30
        if one_row <= self.PANEL_WIDTH - 12:
            buttons.addLayout(templates)
            layout.addLayout(buttons)
        else:
            layout.addLayout(buttons)
            layout.addLayout(templates)
        self.set_event(None)

    # -- public ----------------------------------------------------------------------

    def set_today(self, today: date) -> None:
        self._today = today
        self.refresh()

    def event_uid(self) -> str | None:
        return self._uid

    def set_event(self, uid: str | None) -> None:
        """Show the tasks of event ``uid`` (None: a new, unsaved event, which cannot have tasks yet)."""
        self._uid = uid
        self.template_combo.clear()
        if uid is not None:
            event = self.checklists.event(uid)
            suggested = self.checklists.template_for(event.category)
            for template in self.checklists.templates():
                self.template_combo.addItem(template.name, template.key)
            if suggested is not None:
                self.template_combo.setCurrentIndex(self.template_combo.findData(suggested.key))
        for widget in (self.add_button, self.edit_button, self.delete_button, self.done_button, self.template_combo,
                       self.apply_button):
            widget.setEnabled(uid is not None)
        self.refresh()

    def refresh(self) -> None:
        items = self.checklists.list_tasks(TaskQuery(event_uid=self._uid)) if self._uid else []
        keep = set(self.selected_ids())
        self.model.set_rows(items, self._today)
        selection = self.table.selectionModel()
        for row, item in enumerate(items):  # keep the selection across the reload
            if item.id in keep:
                selection.select(self.model.index(row, 0),
                                 QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        done = sum(item.task.is_done for item in items)
        self.progress.setMaximum(max(1, len(items)))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("{done} of {total} done").format(done=done, total=len(items)) if items
                                else self.tr("No tasks yet"))
        overdue = sum(item.is_overdue(self._today) for item in items)
        self.overdue_label.setText(self.tr("%n overdue", "tasks", overdue) if overdue else "")
        self.close_unrecorded_button.setVisible(any(item.not_recorded for item in items))

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.index(row, 0).data(TaskTableModel.TaskIdRole) for row in rows]

    def add_task(self) -> None:
        if self._uid is None:
            return
        task = self._edit_task(self, Task(title="", event_uid=self._uid), self.checklists.owners(), self._today)
        if task is not None:
            self.save_new(task)

    def save_new(self, task: Task) -> bool:
        """Add ``task`` to the event (the dialog's result); False after showing why not."""
        return self._write(AddTasks(self.checklists, [task]), self.tr("Add task"))

    def mark_selected_done(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._write(SetTaskStatus(self.checklists, ids, TaskStatus.DONE, self._today), self.tr("Mark done"))

    def close_unrecorded(self) -> bool:
        """Close every unrecorded step of the (held) event in one undoable action."""
        if self._uid is None:
            return False
        title = self.checklists.event(self._uid).title
        return self._write(CloseUnrecordedSteps(self.checklists, self._uid, title),
                           self.tr("Close unrecorded steps"))

    def delete_selected(self) -> bool:
        """Delete the selected tasks after asking; return whether they were deleted."""
        items = self.selected_items()
        if not items or not self.confirm_delete(items):
            return False
        return self._write(DeleteTasks(self.checklists, [i.id for i in items], [i.task.title for i in items]),
                           self.tr("Delete tasks"))

    def confirm_delete(self, items: list[TaskItem]) -> bool:
        """Ask before deleting ``items``; a handover milestone is named as such."""
        plans = self.checklists.handover_labels(i.task.handover_id for i in items if i.task.handover_id is not None)
        milestones = [i for i in items if i.task.handover_id is not None]
        if len(items) == 1:
            item = items[0]
            if milestones:
                plan = plans.get(item.task.handover_id or 0, "") or "?"
                text = self.tr("“{title}” is a milestone of the handover plan {plan}. Delete it from the plan?").format(
                    title=item.task.title, plan=plan)
            else:
                text = self.tr("Delete the task “{title}”?").format(title=item.task.title)
        else:
            text = self.tr("Delete the %n selected task(s)?", "", len(items))
            if milestones:
                names = ", ".join(sorted(set(plans.values()))) or "?"
                # A second sentence, whole in itself: its count is its own plural.
                text = self.tr("{question} {milestones}").format(question=text, milestones=self.tr(
                    "%n of them is/are milestone(s) of the handover plan {plans} and will be deleted from the plan.",
                    "", len(milestones)).format(plans=names))
        answer = QMessageBox.question(
            self, self.tr("Delete tasks"), text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def apply_template(self) -> None:
        key = self.template_combo.currentData()
        if self._uid is not None and key:
            self._write(ApplyTemplate(self.checklists, self._uid, key, self.template_combo.currentText()),
                        self.tr("Apply template"))

    def selected_items(self) -> list[TaskItem]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [item for item in (self.model.row_at(row) for row in rows) if item is not None]

    # -- private -------------------------------------------------------------------------

    def _edit_current(self) -> None:
        # After a reload the selection is kept but the current index is not: fall back to the first selected row.
        index = self.table.currentIndex()
        if not index.isValid():
            rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
            index = self.model.index(rows[0], 0) if rows else index
        self._edit_index(index)

    def _edit_index(self, index: QModelIndex) -> None:
        item = self.model.row_at(index)
        if item is None:
            return
        edited = self._edit_task(self, item.task, self.checklists.owners(), self._today)
        if edited is not None:
            self._write(EditTask(self.checklists, item.task, edited), self.tr("Edit task"))

    def _write(self, command: UndoableCommand, title: str) -> bool:
        if not perform(command, self.undo_stack, self, title):
            return False
        self.refresh()
        self.tasks_changed.emit()
        return True

    def sizeHint(self):  # noqa: ANN201 - Qt override
        hint = super().sizeHint()
        hint.setWidth(max(hint.width(), self.PANEL_WIDTH))
        return hint

