"""Undoable changes of events: create, edit (a move with its reason), delete, leave out one occurrence.

Each is a thin adapter over one ``PlannerService`` call; undo brings back the exact previous
state, history of date changes included, through ``PlannerService.restore``/``undelete``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cica_planner.domain.model import Event, Moment
from cica_planner.ui.commands.base import UndoableCommand, short_title

if TYPE_CHECKING:  # the window's first paint comes before SQLAlchemy (app.py)
    from cica_planner.services.planner import DeletedEvent, PlannerService


class PlannerCommand(UndoableCommand):
    """A change of the calendar's events through ``PlannerService``."""

    def __init__(self, planner: PlannerService, text: str) -> None:
        super().__init__(text)
        self.planner = planner


class CreateEvent(PlannerCommand):
    """Add a new event; undo deletes it, redo brings the same event back."""

    def __init__(self, planner: PlannerService, event: Event) -> None:
        super().__init__(planner, QCoreApplication.translate("EventCommands", "New {title}").format(title=event.title))
        self.event = event
        self.snapshot: DeletedEvent | None = None

    def _do(self) -> None:
        self.event = self.planner.create(self.event)

    def _redo(self) -> None:
        if self.snapshot is None:
            self._do()
        else:
            self.planner.undelete(self.snapshot)

    def _undo(self) -> None:
        # Keep the snapshot: tasks added to the new event meanwhile come back with it on redo.
        self.snapshot = self.planner.delete(self.event.uid, undo=True)


class EditEvent(PlannerCommand):
    """Save an edited event through ``PlannerService.edit``; undo writes back the event as it was.

    Args:
        planner: the calendar service.
        before: the event as stored before the edit (history included).
        after: the edited event as the editor returns it (history as before).
        reason: why the date, place or format changed; None for a plain edit.
        fresh: the event was created in this session of the app (its moves need no reason).
    """

    def __init__(self, planner: PlannerService, before: Event, after: Event, reason: str | None = None, *,
                 fresh: bool = False) -> None:
        title = short_title(before.title)
        if reason:
            text = QCoreApplication.translate("EventCommands", "Move {title}").format(title=title)
        else:
            text = QCoreApplication.translate("EventCommands", "Edit {title}").format(title=title)
        super().__init__(planner, text)
        self.before = before
        self.after = after
        self.reason = reason
        self.fresh = fresh
        self.saved: Event | None = None

    def _do(self) -> None:
        self.planner.edit(self.before, self.after, self.reason, fresh=self.fresh)
        # Read back whole (the history entry signed as stored): redo writes exactly this.
        self.saved = self.planner.get(self.before.uid)

    def _redo(self) -> None:
        if self.saved is None:
            self._do()
        else:
            # A redo overwrites only what the undo left: someone else's change since is a conflict.
            self.planner.restore(self.saved, undo=True)

    def _undo(self) -> None:
        self.planner.restore(self.before, undo=True)


class DeleteEvent(PlannerCommand):
    """Delete an event (all occurrences, with its tasks); undo brings everything back."""

    def __init__(self, planner: PlannerService, uid: str, title: str) -> None:
        super().__init__(planner, QCoreApplication.translate("EventCommands", "Delete {title}").format(
            title=short_title(title)))
        self.uid = uid
        self.snapshot: DeletedEvent | None = None

    def _redo(self) -> None:
        self.snapshot = self.planner.delete(self.uid)

    def _undo(self) -> None:
        if self.snapshot is not None:
            self.planner.undelete(self.snapshot)


class DeleteOccurrence(PlannerCommand):
    """Leave one occurrence out of a recurring event; undo restores the series as it was."""

    def __init__(self, planner: PlannerService, uid: str, title: str, occurrence_start: Moment) -> None:
        super().__init__(planner, QCoreApplication.translate("EventCommands", "Delete one occurrence of {title}").format(
            title=short_title(title)))
        self.uid = uid
        self.occurrence_start = occurrence_start
        self.before: Event | None = None

    def _redo(self) -> None:
        self.before = self.planner.get(self.uid)
        self.planner.delete_occurrence(self.uid, self.occurrence_start)

    def _undo(self) -> None:
        if self.before is not None:
            self.planner.restore(self.before, undo=True)
