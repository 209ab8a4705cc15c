"""The undoable import of a calendar file: write the plan the user confirmed, undo takes it all back."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cica_planner.ui.commands.events import PlannerCommand

if TYPE_CHECKING:  # the window's first paint comes before SQLAlchemy (app.py)
    from cica_planner.services.ical_import import ImportPlan, ImportResult
    from cica_planner.services.planner import PlannerService


class ImportCalendar(PlannerCommand):
    """Write an import plan; undo deletes the events it created and writes back those it changed.

    Args:
        planner: the calendar service.
        plan: what the file changes (``plan_import``), as the user confirmed it.
        file_name: the file's name, for the menu text ("Import calendar.ics").
        progress: called with (done, total) while the first import is written.
    """

    def __init__(self, planner: PlannerService, plan: ImportPlan, file_name: str,
                 progress: Callable[[int, int], None] | None = None) -> None:
        super().__init__(planner, QCoreApplication.translate("ImportCommands", "Import {file}").format(file=file_name))
        from cica_planner.services.ical_import import ImportService

        self.imports = ImportService(planner)
        self.plan = plan
        self.progress = progress
        self.result: ImportResult | None = None

    def _do(self) -> None:
        # The receipt is what the write did, read inside its transaction: undo reverts exactly that.
        self.result = self.imports.apply(self.plan, progress=self.progress)

    def _redo(self) -> None:
        self.result = self.imports.redo(self.plan)

    def _undo(self) -> None:
        if self.result is not None:
            self.imports.undo(self.result)
