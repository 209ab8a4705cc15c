"""The undoable import of a calendar file: write the plan the user confirmed, undo takes it all back."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cica_planner.domain.model import Event, Moment
from cica_planner.services.planner import DeletedEvent, PlannerService
from cica_planner.ui.commands.events import PlannerCommand

if TYPE_CHECKING:
    from cica_planner.services.ical_import import ImportPlan, ImportResult


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
        self.plan = plan
        self.progress = progress
        self.created: list[str] = []
        self.previous: list[Event] = []
        self.removed: list[DeletedEvent] = []
        self.result: ImportResult | None = None

    def _do(self) -> None:
        from cica_planner.services.ical_import import Outcome, apply_import

        touched = [item.uid for item in self.plan.items if item.outcome in (Outcome.NEW, Outcome.UPDATED) and item.event]
        touched += [uid for uid in self.plan.stored_exdates if uid not in touched]
        # Snapshot before writing: undo needs each changed or removed event exactly as it was.
        self.created, self.previous = [], []
        for uid in touched:
            current = self.planner.find(uid)
            if current is None:
                self.created.append(uid)
            else:
                self.previous.append(current)
        removed = (self.planner.snapshot(item.uid) for item in self.plan.items if item.outcome is Outcome.REMOVED)
        self.removed = [snapshot for snapshot in removed if snapshot is not None]
        self.result = apply_import(self.planner, self.plan, progress=self.progress)
        # Undo reverts what the write did, as read inside its transaction: an event another writer
        # changed after the snapshot above is restored to that writer's version, or left alone.
        self.created, self.previous = list(self.result.created_uids), list(self.result.replaced)

    def _redo(self) -> None:
        from cica_planner.services.ical_import import apply_import

        apply_import(self.planner, self.plan, recheck_stored=False)

    def _undo(self) -> None:
        self.planner.revert(self.created, self.previous, self.removed, undo=True)


def prune_known_exdates(planner: PlannerService, plan: ImportPlan) -> ImportPlan:
    """Drop from ``plan`` the occurrences its stored series already leave out, so the preview counts real changes."""
    pending: dict[str, list[Moment]] = {}
    for uid, moments in plan.stored_exdates.items():
        current = planner.find(uid)
        if current is None or not current.rrule:
            continue
        missing = [m for m in moments if m not in current.exdates]
        if missing:
            pending[uid] = missing
    plan.stored_exdates = pending
    return plan
