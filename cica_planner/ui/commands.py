"""Undoable changes to the calendar, as QUndoCommands over PlannerService.

Every command writes to the database at once (the service commits each call), so closing
the window never loses work. A command is *applied* once before it is pushed
(``push_command``): a PlannerError then reaches the caller and the stack stays as it
was, instead of an empty command being left behind. Undo brings back the exact previous
state, history of date changes included, through ``PlannerService.restore``/``undelete``.

An undo or redo whose write fails (a read-only calendar file) changes nothing in the
database; ``undo_step``/``redo_step`` then put the stack back where it was and return the
error for the window to show.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QUndoCommand, QUndoStack

from cica_planner.domain.errors import PlannerError
from cica_planner.domain.model import Event, Moment
from cica_planner.services.planner import DeletedEvent, PlannerService


class PlannerCommand(QUndoCommand):
    """Base: ``apply()`` does the first change, ``redo()``/``undo()`` repeat and revert it."""

    def __init__(self, planner: PlannerService, text: str) -> None:
        super().__init__(text)
        self.planner = planner
        self._skip_next_redo = False
        self._skip_next_undo = False
        self._failure: PlannerError | None = None

    def apply(self) -> None:
        """Make the change for the first time; QUndoStack.push then skips its own redo."""
        self._do()
        self._skip_next_redo = True

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        try:
            self._redo()
        except PlannerError as exc:  # nothing was written: the stack's step back must not write either
            self._failure = exc
            self._skip_next_undo = True

    def undo(self) -> None:
        if self._skip_next_undo:
            self._skip_next_undo = False
            return
        try:
            self._undo()
        except PlannerError as exc:  # nothing was written: the stack's step back must not write either
            self._failure = exc
            self._skip_next_redo = True

    def take_failure(self) -> PlannerError | None:
        """Return (and forget) the error of the last undo or redo, None when it succeeded."""
        failure, self._failure = self._failure, None
        return failure

    def _do(self) -> None:
        self._redo()

    def _redo(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _undo(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class CreateEvent(PlannerCommand):
    """Add a new event; undo deletes it, redo brings the same event back."""

    def __init__(self, planner: PlannerService, event: Event) -> None:
        super().__init__(planner, f"New {event.title}")
        self.event = event
        self.snapshot: DeletedEvent | None = None

    @property
    def uid(self) -> str:
        return self.event.uid

    def _do(self) -> None:
        self.event = self.planner.create(self.event)

    def _redo(self) -> None:
        if self.snapshot is None:
            self._do()
        else:
            self.planner.undelete(self.snapshot)

    def _undo(self) -> None:
        # Keep the snapshot: tasks added to the new event meanwhile come back with it on redo.
        self.snapshot = self.planner.delete(self.event.uid)


class EditEvent(PlannerCommand):
    """Save an edited event; with a reason, the change of date/place/format goes into its history.

    Args:
        planner: the calendar service.
        before: the event as stored before the edit (history included).
        after: the edited event as the editor returns it (history as before).
        reason: why the date, place or format changed; None for a plain edit.
    """

    def __init__(self, planner: PlannerService, before: Event, after: Event, reason: str | None = None) -> None:
        verb = "Move" if reason else "Edit"
        super().__init__(planner, f"{verb} {short_title(before.title)}")
        self.before = before
        self.after = after
        self.reason = reason
        self.saved: Event | None = None

    @property
    def uid(self) -> str:
        return self.before.uid

    def _do(self) -> None:
        edited = self.after
        if self.reason:
            edited = rescheduled_edit(self.before, self.after, self.reason)
        self.planner.update(edited)
        self.saved = self.planner.get(self.before.uid)

    def _redo(self) -> None:
        if self.saved is None:
            self._do()
        else:
            self.planner.restore(self.saved)

    def _undo(self) -> None:
        self.planner.restore(self.before)


class DeleteEvent(PlannerCommand):
    """Delete an event (all occurrences, with its tasks); undo brings everything back."""

    def __init__(self, planner: PlannerService, uid: str, title: str) -> None:
        super().__init__(planner, f"Delete {short_title(title)}")
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
        super().__init__(planner, f"Delete one occurrence of {short_title(title)}")
        self.uid = uid
        self.occurrence_start = occurrence_start
        self.before: Event | None = None

    def _redo(self) -> None:
        self.before = self.planner.get(self.uid)
        self.planner.delete_occurrence(self.uid, self.occurrence_start)

    def _undo(self) -> None:
        if self.before is not None:
            self.planner.restore(self.before)


def rescheduled_edit(before: Event, after: Event, reason: str) -> Event:
    """Return ``after`` with a history entry that records the move from ``before`` and ``reason``.

    The other edited fields (title, description, ...) are kept; the precision the user chose
    is kept too, so "Q4 2024 → Q1 2025" stays a quarter instead of becoming a fixed day.
    """
    base = replace(after, start=before.start, end=before.end, city=before.city, mode=before.mode,
                   history=list(before.history))
    moved = base.rescheduled(after.start, after.end, reason, city=after.city, mode=after.mode)
    return replace(moved, precision=after.precision, period_part=after.period_part)


def short_title(title: str, limit: int = 60) -> str:
    """Shorten a title for menu texts: drop a trailing parenthesis, cut very long ones."""
    text = title.strip()
    if text.endswith(")") and " (" in text:
        text = text[: text.rindex(" (")]
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def push_command(stack: QUndoStack, command: PlannerCommand) -> None:
    """Apply ``command`` and, once it has succeeded, put it on ``stack`` (errors leave the stack alone)."""
    command.apply()
    stack.push(command)


def undo_step(stack: QUndoStack) -> PlannerError | None:
    """Undo the last change; when its write fails, leave the stack as it was and return the error."""
    if not stack.canUndo():
        return None
    command = stack.command(stack.index() - 1)
    stack.undo()
    failure = command.take_failure() if isinstance(command, PlannerCommand) else None
    if failure is not None:
        stack.redo()  # only moves the index back: the command skips this redo
    return failure


def redo_step(stack: QUndoStack) -> PlannerError | None:
    """Redo the next change; when its write fails, leave the stack as it was and return the error."""
    if not stack.canRedo():
        return None
    command = stack.command(stack.index())
    stack.redo()
    failure = command.take_failure() if isinstance(command, PlannerCommand) else None
    if failure is not None:
        stack.undo()  # only moves the index back: the command skips this undo
    return failure
