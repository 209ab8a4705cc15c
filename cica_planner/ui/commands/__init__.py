"""Undoable changes, as thin QUndoCommand adapters over service calls, one module per family.

- ``base``: apply once then undo/redo, and the stack helpers (``push_command``, ``perform``, ``undo_step``).
- ``events``: create, edit (a move with its reason), delete an event or one occurrence.
- ``tasks``: add, edit, delete tasks (steps of a checklist), apply a template, set statuses.
- ``handovers``: plan the next chairmanship handover.
- ``register``: chairmanship terms and body chairs.
- ``imports``: write an import plan.

The series of a repeating event has its own adapters in ``series.py`` (loaded on first use, not from here).
"""

from cica_planner.ui.commands.base import UndoableCommand, perform, push_command, redo_step, short_title, undo_step
from cica_planner.ui.commands.events import CreateEvent, DeleteEvent, DeleteOccurrence, EditEvent, PlannerCommand
from cica_planner.ui.commands.handovers import PlanHandover
from cica_planner.ui.commands.imports import ImportCalendar
from cica_planner.ui.commands.register import (
    AddBodyChair,
    AddChairTerm,
    AddRegisterRow,
    DeleteBodyChair,
    DeleteChairTerm,
    DeleteRegisterRow,
    EditBodyChair,
    EditChairTerm,
    EditRegisterRow,
    RegisterCommand,
    RowHandles,
    row_handles,
)
from cica_planner.ui.commands.tasks import AddTasks, ApplyTemplate, DeleteTasks, EditTask, SetTaskStatus, TaskCommand

__all__ = [
    "AddBodyChair", "AddChairTerm", "AddRegisterRow", "AddTasks", "ApplyTemplate", "CreateEvent", "DeleteBodyChair",
    "DeleteChairTerm", "DeleteEvent", "DeleteOccurrence", "DeleteRegisterRow", "DeleteTasks", "EditBodyChair",
    "EditChairTerm", "EditEvent", "EditRegisterRow", "EditTask", "ImportCalendar", "PlanHandover", "PlannerCommand",
    "RegisterCommand", "RowHandles", "SetTaskStatus", "TaskCommand", "UndoableCommand", "perform",
    "push_command", "redo_step", "row_handles", "short_title", "undo_step",
]
