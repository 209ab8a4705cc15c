"""Undoable changes to the calendar, its checklists and handover plans, as QUndoCommands over the services.

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

import itertools
import weakref
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from cica_planner.domain.errors import PlannerError, ValidationError
from cica_planner.domain.model import Event, Moment
from cica_planner.domain.tasks import Task, TaskStatus

if TYPE_CHECKING:
    from cica_planner.domain.chairmanship import BodyChair, ChairTerm, Handover
    from cica_planner.services.chairmanship import ChairmanshipService
    from cica_planner.services.ical_import import ImportPlan, ImportResult
    from cica_planner.services.planner import DeletedEvent, PlannerService
    from cica_planner.services.tasks import TaskService


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


class PlannerCommand(UndoableCommand):
    """A change of the calendar's events through ``PlannerService``."""

    def __init__(self, planner: PlannerService, text: str) -> None:
        super().__init__(text)
        self.planner = planner


class CreateEvent(PlannerCommand):
    """Add a new event; undo deletes it, redo brings the same event back."""

    def __init__(self, planner: PlannerService, event: Event) -> None:
        super().__init__(planner, f"New {event.title}")
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
            # A redo overwrites only what the undo left: someone else's change since is a conflict.
            self.planner.restore(self.saved, undo=True)

    def _undo(self) -> None:
        self.planner.restore(self.before, undo=True)


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
            self.planner.restore(self.before, undo=True)


# ---------------------------------------------------------------------------
# Tasks: checklists and handover milestones (one task store)
# ---------------------------------------------------------------------------


class TaskCommand(UndoableCommand):
    """A change of tasks through ``TaskService`` (or ``ChecklistService``, which extends it)."""

    def __init__(self, tasks: TaskService, text: str) -> None:
        super().__init__(text)
        self.tasks = tasks


class AddTasks(TaskCommand):
    """Add tasks to events; undo deletes them, redo brings the same tasks (same ids) back."""

    def __init__(self, tasks: TaskService, new: Sequence[Task], text: str = "") -> None:
        super().__init__(tasks, text or _tasks_text("Add", new))
        self.new = list(new)
        self.added: list[Task] = []
        self.snapshot: list[Task] = []

    def _do(self) -> None:
        self.added = self.tasks.add(self.new)

    def _redo(self) -> None:
        if not self.snapshot:
            self._do()
        else:
            self.tasks.restore(self.snapshot)

    def _undo(self) -> None:
        self.snapshot = self.tasks.delete([task.id for task in self.added if task.id is not None], undo=True)


class ApplyTemplate(TaskCommand):
    """Give an event a checklist template's steps; undo removes exactly the tasks it added."""

    def __init__(self, checklists: Any, event_uid: str, template_key: str, template_name: str = "") -> None:
        super().__init__(checklists, f"Apply template {short_title(template_name or template_key)}")
        self.event_uid = event_uid
        self.template_key = template_key
        self.added: list[Task] = []
        self.snapshot: list[Task] = []

    def _do(self) -> None:
        self.added = self.tasks.apply_template(self.event_uid, self.template_key)  # type: ignore[attr-defined]
        if not self.added:
            self.setObsolete(True)  # the event had every step already: nothing to undo, QUndoStack drops it

    def _redo(self) -> None:
        if not self.snapshot:
            self._do()
        else:
            self.tasks.restore(self.snapshot)

    def _undo(self) -> None:
        ids = [task.id for task in self.added if task.id is not None]
        self.snapshot = self.tasks.delete(ids) if ids else []


class EditTask(TaskCommand):
    """Save an edited task; undo writes back the task as it was."""

    def __init__(self, tasks: TaskService, before: Task, after: Task) -> None:
        super().__init__(tasks, f"Edit task {short_title(after.title, 50)}")
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
        super().__init__(tasks, _count_text("Delete", list(titles), len(task_ids)))
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
        count = len(task_ids)
        default = f"Mark {count} task{'s' * (count != 1)} {status.value}"
        super().__init__(tasks, text or default)
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


# ---------------------------------------------------------------------------
# Handover plans
# ---------------------------------------------------------------------------


class PlanHandover(UndoableCommand):
    """Plan the next handover with its milestones; undo deletes the plan, redo brings the same plan back."""

    def __init__(self, chairs: ChairmanshipService, to_country: str, anchor_event_uid: str, text: str = "") -> None:
        super().__init__(text or "Plan next handover")
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


# ---------------------------------------------------------------------------
# The chairmanship register: terms and body chairs
# ---------------------------------------------------------------------------


class RowHandles:
    """Stable handles for register rows, whose database ids change when an undo adds a deleted row back.

    The service cannot re-insert a row under its old id, so every command refers to a row by
    a handle that stays the same while the row is deleted and added back under a new id; the
    commands further down the stack then still find it.
    """

    _counter = itertools.count(1)

    def __init__(self) -> None:
        self._ids: dict[int, int | None] = {}  # handle -> current id (None while deleted)
        self._handles: dict[int, int] = {}  # current id -> handle

    def handle(self, row_id: int) -> int:
        """Return the handle of the live row ``row_id`` (a new one for a row not seen yet)."""
        found = self._handles.get(row_id)
        if found is None:
            found = next(self._counter)
            self.added(found, row_id)
        return found

    def current(self, handle: int) -> int:
        """Return the id the row of ``handle`` has now; raise ValidationError when it is deleted."""
        row_id = self._ids.get(handle)
        if row_id is None:
            raise ValidationError("the record was deleted meanwhile")
        return row_id

    def added(self, handle: int, row_id: int) -> None:
        """Record that the row of ``handle`` now lives under ``row_id``."""
        self._ids[handle] = row_id
        self._handles[row_id] = handle

    def removed(self, handle: int) -> None:
        """Record that the row of ``handle`` was deleted (its id may be given to another row)."""
        row_id = self._ids.get(handle)
        if row_id is not None and self._handles.get(row_id) == handle:
            del self._handles[row_id]
        self._ids[handle] = None


#: Handles per service and kind of row: every command on one service shares them.
_HANDLES: weakref.WeakKeyDictionary[Any, dict[str, RowHandles]] = weakref.WeakKeyDictionary()


def row_handles(chairs: ChairmanshipService, kind: str) -> RowHandles:
    """Return the handles of ``kind`` ('term' or 'body chair') rows of ``chairs``."""
    return _HANDLES.setdefault(chairs, {}).setdefault(kind, RowHandles())


class RegisterCommand(UndoableCommand):
    """A change of one row of the chairmanship register (a term or a body chair)."""

    KIND = ""

    def __init__(self, chairs: ChairmanshipService, text: str) -> None:
        super().__init__(text)
        self.chairs = chairs
        self.handles = row_handles(chairs, self.KIND)

    def _add(self, row: Any) -> Any:  # a ChairTerm or a BodyChair
        raise NotImplementedError  # pragma: no cover - abstract

    def _update(self, row: Any) -> Any:
        raise NotImplementedError  # pragma: no cover - abstract

    def _delete(self, row_id: int) -> Any:
        raise NotImplementedError  # pragma: no cover - abstract

    def _add_back(self, handle: int, row: Any) -> Any:
        """Add ``row`` (again) and record its new id under ``handle``."""
        saved = self._add(replace(row, id=None))
        self.handles.added(handle, saved.id)
        return saved

    def _delete_handle(self, handle: int) -> Any:
        """Delete the row of ``handle`` and return it as it was."""
        deleted = self._delete(self.handles.current(handle))
        self.handles.removed(handle)
        return deleted


class AddRegisterRow(RegisterCommand):
    """Add a row; undo deletes it, redo adds it back (under a new id, followed by the handle)."""

    def __init__(self, chairs: ChairmanshipService, row: Any, text: str) -> None:
        super().__init__(chairs, text)
        self.row = row
        self.handle: int | None = None
        self.saved: Any = None

    def _do(self) -> None:
        self.saved = self._add(self.row)
        self.handle = self.handles.handle(self.saved.id)

    def _redo(self) -> None:
        if self.handle is None:
            self._do()
        else:
            self.saved = self._add_back(self.handle, self.saved)

    def _undo(self) -> None:
        if self.handle is not None:
            self._delete_handle(self.handle)


class EditRegisterRow(RegisterCommand):
    """Save an edited row; undo writes back the row as it was."""

    def __init__(self, chairs: ChairmanshipService, before: Any, after: Any, text: str) -> None:
        super().__init__(chairs, text)
        self.before = before
        self.after = after
        self.handle = self.handles.handle(before.id)
        self.done = False  # the first save checks the editor's version; later redos this program's own

    def _redo(self) -> None:
        row_id = self.handles.current(self.handle)
        after = replace(self.after, id=row_id)
        if self.done and hasattr(after, "version"):
            after = replace(after, version=self.chairs.undo_version("term", row_id))
        self.after = self._update(after)
        self.done = True

    def _undo(self) -> None:
        row_id = self.handles.current(self.handle)
        before = replace(self.before, id=row_id)
        if hasattr(before, "version"):
            # Undo overwrites only this program's own latest write: someone else's since is a conflict.
            before = replace(before, version=self.chairs.undo_version("term", row_id))
        self._update(before)


class DeleteRegisterRow(RegisterCommand):
    """Delete a row; undo adds it back (under a new id, followed by the handle)."""

    def __init__(self, chairs: ChairmanshipService, row: Any, text: str) -> None:
        super().__init__(chairs, text)
        self.row = row
        self.handle = self.handles.handle(row.id)

    def _redo(self) -> None:
        self.row = self._delete_handle(self.handle)

    def _undo(self) -> None:
        self.row = self._add_back(self.handle, self.row)


class _TermRows:
    KIND = "term"
    chairs: ChairmanshipService

    def _add(self, row: ChairTerm) -> ChairTerm:
        return self.chairs.add_term(row)

    def _update(self, row: ChairTerm) -> ChairTerm:
        return self.chairs.update_term(row)

    def _delete(self, row_id: int) -> ChairTerm:
        return self.chairs.delete_term(row_id)


class _BodyChairRows:
    KIND = "body chair"
    chairs: ChairmanshipService

    def _add(self, row: BodyChair) -> BodyChair:
        return self.chairs.add_body_chair(row)

    def _update(self, row: BodyChair) -> BodyChair:
        return self.chairs.update_body_chair(row)

    def _delete(self, row_id: int) -> BodyChair:
        return self.chairs.delete_body_chair(row_id)


class AddChairTerm(_TermRows, AddRegisterRow):
    """Add a chairmanship term, closing the open term before it on its first day; undo reverts both.

    Args:
        chairs: the chairmanship service.
        term: the new term.
        closes: the open term the new one follows (as stored, still open), or None; it is
            given the new term's first day as its end, since that day is the handover.
    """

    def __init__(self, chairs: ChairmanshipService, term: ChairTerm, closes: ChairTerm | None = None) -> None:
        super().__init__(chairs, term, f"Add chairmanship term of {term.label}")
        self.closes = closes
        self.closes_handle = self.handles.handle(closes.id) if closes is not None and closes.id is not None else None

    def _close(self, ends: date | None) -> None:
        if self.closes is not None and self.closes_handle is not None:
            row_id = self.handles.current(self.closes_handle)
            # Over this program's own latest write of the term, else over the version it was read at.
            version = self.chairs.undo_version("term", row_id) or self.closes.version
            self._update(replace(self.closes, ends=ends, id=row_id, version=version))

    def _with_close(self, add: Callable[[], None]) -> None:
        self._close(self.row.starts)
        try:
            add()
        except PlannerError:
            self._close(None)  # all or nothing: the open term stays open when the new one is refused
            raise

    def _do(self) -> None:
        self._with_close(super()._do)

    def _redo(self) -> None:
        self._with_close(super()._redo)

    def _undo(self) -> None:
        super()._undo()
        self._close(None)


class EditChairTerm(_TermRows, EditRegisterRow):
    """Save an edited chairmanship term; undo writes the term back as it was."""

    def __init__(self, chairs: ChairmanshipService, before: ChairTerm, after: ChairTerm) -> None:
        super().__init__(chairs, before, after, f"Edit chairmanship term of {before.label}")


class DeleteChairTerm(_TermRows, DeleteRegisterRow):
    """Delete a chairmanship term; undo adds it back."""

    def __init__(self, chairs: ChairmanshipService, term: ChairTerm) -> None:
        super().__init__(chairs, term, f"Delete chairmanship term of {term.label}")


class AddBodyChair(_BodyChairRows, AddRegisterRow):
    """Add the chair of a body; undo deletes it."""

    def __init__(self, chairs: ChairmanshipService, chair: BodyChair) -> None:
        super().__init__(chairs, chair, f"Add chair of {chair.body_name or chair.body_code}")


class EditBodyChair(_BodyChairRows, EditRegisterRow):
    """Save an edited body chair; undo writes it back as it was."""

    def __init__(self, chairs: ChairmanshipService, before: BodyChair, after: BodyChair) -> None:
        super().__init__(chairs, before, after, f"Edit chair of {before.body_name or before.body_code}")


class DeleteBodyChair(_BodyChairRows, DeleteRegisterRow):
    """Delete the chair of a body; undo adds it back."""

    def __init__(self, chairs: ChairmanshipService, chair: BodyChair) -> None:
        super().__init__(chairs, chair, f"Delete chair of {chair.body_name or chair.body_code}")


# ---------------------------------------------------------------------------
# Import
# ---------------------------------------------------------------------------


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
        super().__init__(planner, f"Import {file_name}")
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


def _tasks_text(verb: str, tasks: Sequence[Task]) -> str:
    return _count_text(verb, [t.title for t in tasks], len(tasks))


def _count_text(verb: str, titles: list[str], count: int) -> str:
    """'Delete task Book the hall' for one task, 'Delete 3 tasks' for several."""
    if count == 1 and titles:
        return f"{verb} task {short_title(titles[0], 50)}"
    return f"{verb} {count} task{'s' * (count != 1)}"


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
