"""Close the unrecorded steps of a held event in one undoable action: done, the day not recorded."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cica_planner.domain.tasks import Task
from cica_planner.services.tasks import TaskQuery, TaskService
from cica_planner.ui.commands import TaskCommand


class CloseUnrecordedSteps(TaskCommand):
    """Mark every open step of a held event done without a completion day; undo reopens them as they were."""

    def __init__(self, tasks: TaskService, event_uid: str, title: str) -> None:
        super().__init__(tasks, QCoreApplication.translate("CloseUnrecordedSteps",
                                                           "Close the unrecorded steps of {title}").format(title=title))
        self.event_uid = event_uid
        self.before: list[Task] = []
        self.count = 0

    def _do(self) -> None:
        self.before = [i.task for i in self.tasks.list_tasks(TaskQuery(event_uid=self.event_uid)) if not i.task.is_done]
        self._redo()

    def _redo(self) -> None:
        self.count = self.tasks.close_unrecorded(self.event_uid)

    def _undo(self) -> None:
        self.tasks.restore(self.before)
