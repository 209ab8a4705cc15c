"""Undoable planning of the next chairmanship handover (the plan with its milestones)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cica_planner.domain.tasks import Task
from cica_planner.ui.commands.base import UndoableCommand

if TYPE_CHECKING:
    from cica_planner.domain.chairmanship import Handover
    from cica_planner.services.chairmanship import ChairmanshipService


class PlanHandover(UndoableCommand):
    """Plan the next handover with its milestones; undo deletes the plan, redo brings the same plan back."""

    def __init__(self, chairs: ChairmanshipService, to_country: str, anchor_event_uid: str, text: str = "") -> None:
        super().__init__(text or QCoreApplication.translate("HandoverCommands", "Plan next handover"))
        self.chairs = chairs
        self.to_country = to_country
        self.anchor_event_uid = anchor_event_uid
        self.handover: Handover | None = None
        self.milestones: list[Task] = []

    def _do(self) -> None:
        self.handover = self.chairs.plan_next_handover(self.to_country, self.anchor_event_uid)

    def _redo(self) -> None:
        if self.handover is None:
            self._do()
        else:
            self.chairs.restore_handover(self.handover, self.milestones)

    def _undo(self) -> None:
        if self.handover is None or self.handover.id is None:
            return
        self.milestones = [item.task for item in self.chairs.handover_plan(self.handover.id)]
        self.chairs.delete_handover(self.handover.id)
