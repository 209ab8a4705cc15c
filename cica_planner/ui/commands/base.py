"""The base of every undoable change: apply once, then undo and redo through the services.

Every command writes to the database at once (the service commits each call), so closing
the window never loses work. A command is *applied* once before it is pushed
(``push_command``): a PlannerError then reaches the caller and the stack stays as it
was, instead of an empty command being left behind.

An undo or redo whose write fails (a read-only calendar file) changes nothing in the
database; ``undo_step``/``redo_step`` then put the stack back where it was and return the
error for the window to show.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from cica_planner.domain.errors import PlannerError


class UndoableCommand(QUndoCommand):
    """Base: ``apply()`` does the first change, ``redo()``/``undo()`` repeat and revert it."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
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


def short_title(title: str, limit: int = 60) -> str:
    """Shorten a title for menu texts: drop a trailing parenthesis, cut very long ones."""
    text = title.strip()
    if text.endswith(")") and " (" in text:
        text = text[: text.rindex(" (")]
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def push_command(stack: QUndoStack, command: UndoableCommand) -> None:
    """Apply ``command`` and, once it has succeeded, put it on ``stack`` (errors leave the stack alone)."""
    command.apply()
    stack.push(command)


def perform(command: UndoableCommand, stack: QUndoStack | None, parent: QWidget | None, title: str) -> bool:
    """Make a change through ``stack`` (or directly without one); False after showing the user why not."""
    try:
        if stack is not None:
            push_command(stack, command)
        else:
            command.apply()
    except PlannerError as exc:
        QMessageBox.warning(parent, title, str(exc))
        return False
    return True


def undo_step(stack: QUndoStack) -> PlannerError | None:
    """Undo the last change; when its write fails, leave the stack as it was and return the error."""
    if not stack.canUndo():
        return None
    command = stack.command(stack.index() - 1)
    stack.undo()
    failure = command.take_failure() if isinstance(command, UndoableCommand) else None
    if failure is not None:
        stack.redo()  # only moves the index back: the command skips this redo
    return failure


def redo_step(stack: QUndoStack) -> PlannerError | None:
    """Redo the next change; when its write fails, leave the stack as it was and return the error."""
    if not stack.canRedo():
        return None
    command = stack.command(stack.index())
    stack.redo()
    failure = command.take_failure() if isinstance(command, UndoableCommand) else None
    if failure is not None:
        stack.undo()  # only moves the index back: the command skips this undo
    return failure
