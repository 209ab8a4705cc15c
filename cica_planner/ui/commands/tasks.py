"""Undoable changes of tasks (one step of a checklist, or a milestone of a handover plan).

Thin adapters over ``TaskService``/``ChecklistService`` calls: add, apply a template, edit,
delete, and set the status of several at once; undo restores each task as it was, same ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from cica_planner.domain.tasks import Task, TaskStatus
from cica_planner.ui.commands.base import UndoableCommand, short_title

if TYPE_CHECKING:  # the window's first paint comes before SQLAlchemy (app.py)
    from cica_planner.services.tasks import TaskService


class TaskCommand(UndoableCommand):
    """A change of tasks through ``TaskService`` (or ``ChecklistService``, which extends it)."""

    def __init__(self, tasks: TaskService, text: str) -> None:
        super().__init__(text)
        self.tasks = tasks


class AddingTaskCommand(TaskCommand):
    """A command that adds tasks: undo deletes them (keeping a snapshot), redo brings the same tasks (same ids) back."""

    snapshot: list[Task]

    def _redo(self) -> None:
        if not self.snapshot:
            self._do()
        else:
            self.tasks.restore(self.snapshot)


class AddTasks(AddingTaskCommand):
    """Add tasks to events; undo deletes them, redo brings the same tasks (same ids) back."""

    def __init__(self, tasks: TaskService, new: Sequence[Task], text: str = "") -> None:
        super().__init__(tasks, text or _TEXTS.added(new))
        self.new = list(new)
        self.added: list[Task] = []
        self.snapshot: list[Task] = []

    def _do(self) -> None:
        self.added = self.tasks.add(self.new)

    def _undo(self) -> None:
        self.snapshot = self.tasks.delete([task.id for task in self.added if task.id is not None], undo=True)


class ApplyTemplate(AddingTaskCommand):
    """Give an event a checklist template's steps; undo removes exactly the tasks it added."""

    def __init__(self, checklists: Any, event_uid: str, template_key: str, template_name: str = "") -> None:
        super().__init__(checklists, QCoreApplication.translate("TaskCommands", "Apply template {name}").format(
            name=short_title(template_name or template_key)))
        self.checklists = checklists
        self.event_uid = event_uid
        self.template_key = template_key
        self.added: list[Task] = []
        self.snapshot: list[Task] = []

    def _do(self) -> None:
        self.added = self.checklists.apply_template(self.event_uid, self.template_key)
        if not self.added:
            self.setObsolete(True)  # the event had every step already: nothing to undo, QUndoStack drops it

    def _undo(self) -> None:
        ids = [task.id for task in self.added if task.id is not None]
        self.snapshot = self.tasks.delete(ids) if ids else []


class EditTask(TaskCommand):
    """Save an edited task; undo writes back the task as it was."""

    def __init__(self, tasks: TaskService, before: Task, after: Task) -> None:
        super().__init__(tasks, QCoreApplication.translate("TaskCommands", "Edit task {title}").format(
            title=short_title(after.title, 50)))
        self.before = before
        self.after = after
        self.done = False

    def _redo(self) -> None:
        if self.done:
            self.tasks.restore([self.after], undo=True)
        else:
            self.after = self.tasks.update(self.after)
            self.done = True

    def _undo(self) -> None:
        self.tasks.restore([self.before], undo=True)


class DeleteTasks(TaskCommand):
    """Delete tasks (checklist steps or handover milestones); undo brings them back with their ids."""

    def __init__(self, tasks: TaskService, task_ids: Sequence[int], titles: Sequence[str] = ()) -> None:
        super().__init__(tasks, _TEXTS.deleted(list(titles), len(task_ids)))
        self.task_ids = list(task_ids)
        self.snapshot: list[Task] = []

    def _redo(self) -> None:
        self.snapshot = self.tasks.delete(self.task_ids)

    def _undo(self) -> None:
        if self.snapshot:
            self.tasks.restore(self.snapshot)


class SetTaskStatus(TaskCommand):
    """Change the status of tasks (bulk "Mark done", a milestone ticked); undo restores each task as it was.

    Args:
        tasks: the task service.
        task_ids: the tasks to change.
        status: the new status; DONE records ``on`` as the completion day of tasks not done yet.
        on: the day taken as today.
        text: the menu text; by default "Mark 3 tasks done".
    """

    def __init__(self, tasks: TaskService, task_ids: Sequence[int], status: TaskStatus, on: date,
                 text: str = "") -> None:
        super().__init__(tasks, text or _TEXTS.marked(status, len(task_ids)))
        self.task_ids = list(task_ids)
        self.status = status
        self.on = on
        self.before: list[Task] = []
        self.count = 0

    def _do(self) -> None:
        self.before = [self.tasks.get(task_id).task for task_id in self.task_ids]
        self._redo()

    def _redo(self) -> None:
        self.count = self.tasks.set_status(self.task_ids, self.status, self.on)

    def _undo(self) -> None:
        self.tasks.restore(self.before, undo=True)


class TaskCommandTexts(QObject):
    """The undo texts that count tasks, as Qt plurals ("Mark 1 task done", "Mark 3 tasks done")."""

    def added(self, tasks: Sequence[Task]) -> str:
        """'Add task Book the hall' for one task, 'Add 3 tasks' for several."""
        if len(tasks) == 1:
            return self.tr("Add task {title}").format(title=short_title(tasks[0].title, 50))
        return self.tr("Add %n task(s)", "", len(tasks))

    def deleted(self, titles: list[str], count: int) -> str:
        """'Delete task Book the hall' for one task, 'Delete 3 tasks' for several."""
        if count == 1 and titles:
            return self.tr("Delete task {title}").format(title=short_title(titles[0], 50))
        return self.tr("Delete %n task(s)", "", count)

    def marked(self, status: TaskStatus, count: int) -> str:
        """'Mark 3 tasks done': one whole sentence per status, so that each language words it its own way."""
        if status is TaskStatus.DONE:
            return self.tr("Mark %n task(s) done", "", count)
        if status is TaskStatus.IN_PROGRESS:
            return self.tr("Mark %n task(s) in progress", "", count)
        if status is TaskStatus.BLOCKED:
            return self.tr("Mark %n task(s) blocked", "", count)
        return self.tr("Mark %n task(s) to do", "", count)


_TEXTS = TaskCommandTexts()
