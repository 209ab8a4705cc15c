"""Tasks attached to events — preparation checklists and handover milestones share this store.

Deadlines are worked out when tasks are read: a relative deadline follows its event
wherever it moves, and a done task keeps the date it was completed (or none, when nobody
recorded the day).

An event whose day is not fixed gives each relative deadline a range: the offset from its
earliest possible day to the offset from its latest. Such a task is overdue only once the
latest date has passed, and until the day is fixed only the "set the date" step can be
worked on. A step of an event already held that nobody ticked is "not recorded", not late.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.engine import Engine

from cica_planner.domain.errors import NotFoundError, ValidationError
from cica_planner.domain.model import Event, EventStatus, PeriodPart, Precision
from cica_planner.domain.outcome import INTENDED
from cica_planner.domain.tasks import Task, TaskStatus
from cica_planner.services.concurrency import check_undo, check_version, own_version, record_write
from cica_planner.services.task_listing import EventFacts, RowFilter, task_rows
from cica_planner.storage import repositories as repo
from cica_planner.storage.db import session_scope

#: How the step that fixes an event's day begins in the shipped templates ("Set date, venue and format…").
SET_DATE_PREFIXES = ("set date", "choose the date", "fix the date")


def is_set_date_step(task: Task) -> bool:
    """Whether ``task`` is the step that fixes its event's day, venue and format."""
    return task.title.strip().casefold().startswith(SET_DATE_PREFIXES)


@dataclass(frozen=True)
class TaskItem:
    """A task with what a list needs to show it: its event and its deadline today."""

    task: Task
    event_title: str
    event_category: str
    event_start: date
    event_end: date  # last day, inclusive
    due: date | None  # the earliest possible deadline (the deadline itself once the day is fixed)
    provisional: bool  # the event's day is not fixed yet, so neither is the deadline
    due_latest: date | None = None  # the latest possible deadline; None: same as ``due``
    event_status: EventStatus = EventStatus.PLANNED
    event_precision: Precision = Precision.DAY
    event_period_part: PeriodPart | None = None

    @property
    def id(self) -> int:
        return self.task.id or 0

    @property
    def latest_due(self) -> date | None:
        """The last day the task can still be on time, whatever day the event ends up on."""
        return self.due_latest or self.due

    @property
    def not_recorded(self) -> bool:
        """An open step of an event already held: it was done or skipped, nobody recorded which."""
        return not self.task.is_done and self.event_status is EventStatus.HELD

    @property
    def waiting_for_date(self) -> bool:
        """Whether the step waits for its event's day to be fixed (every step but the one that fixes it)."""
        return self.provisional and not self.task.is_done and not is_set_date_step(self.task)

    def awaits_outcome(self, today: date) -> bool:
        """An open step of an event that is over but whose outcome nobody recorded: first say whether it was held."""
        return not self.task.is_done and self.event_status in INTENDED and self.event_end < today

    def is_overdue(self, today: date) -> bool:
        """Open, past its latest possible deadline, and its event neither held nor awaiting its outcome."""
        if self.not_recorded or self.awaits_outcome(today):
            return False
        return self.task.is_overdue(self.latest_due, today)


@dataclass(frozen=True)
class TaskQuery:
    """Which tasks to list; empty or None fields do not filter."""

    event_uid: str | None = None
    owner: str | None = None
    statuses: frozenset[TaskStatus] = frozenset()
    due_from: date | None = None
    due_to: date | None = None
    overdue_on: date | None = None  # only tasks not done and due before this day
    handover_id: int | None = None


def _item(task: Task, event: Event) -> TaskItem:
    facts = EventFacts(title=event.title, category=event.category, status=event.status, precision=event.precision,
                       first=event.local_start_date(), last=event.local_end_date(), period_part=event.period_part)
    return _item_of(task, facts)


def _item_of(task: Task, event: EventFacts) -> TaskItem:
    first, last = event.first, event.last
    fixed = event.precision is Precision.DAY or task.relative is None
    if fixed:
        earliest = latest = task.due(first, last)
    elif event.precision is Precision.UNDATED:
        earliest = latest = None  # no day to count from, not even a year
    else:
        # The event falls on one day of first..last: count from the earliest and the latest possible day.
        earliest, latest = task.due(first, first), task.due(last, last)
    return TaskItem(
        task=task,
        event_title=event.title,
        event_category=event.category.value,
        event_start=first,
        event_end=last,
        due=earliest,
        provisional=not fixed,
        due_latest=latest,
        event_status=event.status,
        event_precision=event.precision,
        event_period_part=event.period_part,
    )


class TaskService:
    """Create, change and list tasks; each call is one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def list_tasks(self, query: TaskQuery | None = None) -> list[TaskItem]:
        """Tasks matching ``query`` ordered by deadline (tasks without one last), then position."""
        return self._listed(query or TaskQuery())

    def _listed(self, query: TaskQuery, narrowing: RowFilter | None = None) -> list[TaskItem]:
        """``list_tasks(query)`` with the rows narrowed further in SQL (by event dates, excluded statuses)."""
        where = replace(
            narrowing or RowFilter(),
            event_uid=query.event_uid,
            owner=query.owner,
            statuses=[s.value for s in query.statuses],
            handover_id=query.handover_id,
        )
        if query.overdue_on is not None:  # a done task is never overdue
            where = replace(where, not_statuses=[*where.not_statuses, TaskStatus.DONE.value])
        with session_scope(self.engine) as session:
            rows = task_rows(session, where)
        items = [item for task, facts in rows if _in_window(item := _item_of(task, facts), query)]
        return sorted(items, key=lambda i: (i.due is None, i.due or date.max, i.task.position, i.id))

    def get(self, task_id: int) -> TaskItem:
        with session_scope(self.engine) as session:
            task = repo.TaskRepository(session).get(task_id)
            event = repo.EventRepository(session).by_uid({task.event_uid})[task.event_uid]
            return _item(task, event)

    def add(self, tasks: Iterable[Task]) -> list[Task]:
        """Add tasks (all or none); their events must exist."""
        items = list(tasks)
        for task in items:
            task.validate()
        with session_scope(self.engine) as session:
            repo.EventRepository(session).by_uid({t.event_uid for t in items})
            return self._written(repo.TaskRepository(session).add(items))

    def _written(self, tasks: list[Task]) -> list[Task]:
        for task in tasks:
            record_write(self.engine, "task", task.id, task.version)
        return tasks

    def update(self, task: Task) -> Task:
        task.validate()
        if task.id is None:
            raise ValidationError("only a saved task can be updated")
        with session_scope(self.engine) as session:
            stored = repo.TaskRepository(session)
            current = stored.locked(task.id)
            if current is None:
                raise NotFoundError(f"no task with id {task.id}")
            check_version(task, current)
            return self._written([stored.write(task)])[0]

    def set_status(self, task_ids: Sequence[int], status: TaskStatus, on: date) -> int:
        """Set many tasks' status at once (bulk complete); completing records ``on``."""
        with session_scope(self.engine) as session:
            return len(self._written(repo.TaskRepository(session).set_status(task_ids, status, on)))

    def close_unrecorded(self, event_uid: str) -> int:
        """Close every open step of a held event in one action: done, the day not recorded.

        Returns how many steps were closed. Nothing is invented: the steps say "done, date not
        recorded" rather than taking a completion day nobody knows.
        """
        with session_scope(self.engine) as session:
            event = repo.EventRepository(session).by_uid({event_uid})[event_uid]
            if event.status is not EventStatus.HELD:
                raise ValidationError(f"{event.title!r} is not recorded as held; record its outcome first")
            return repo.TaskRepository(session).close_open(event_uid)

    def delete(self, task_ids: Sequence[int], *, undo: bool = False) -> list[Task]:
        """Delete tasks and return them, so an undo can add them back.

        With ``undo`` (taking back their addition), tasks someone else changed since this
        program's latest write of them are not deleted: ConflictError, and none is.
        """
        with session_scope(self.engine) as session:
            removed = repo.TaskRepository(session).delete(task_ids)
            for task in removed if undo else ():
                check_undo(self.engine, "task", task.id, task, task)
            return removed

    def restore(self, tasks: Iterable[Task], expected: Mapping[int, int] | None = None, *,
                undo: bool = False) -> list[Task]:
        """Write tasks back exactly as given (undo), all or none: deleted ones come back with their ids.

        A task someone else changed or deleted since is not overwritten (ConflictError): with
        ``undo``, since this program's latest write of it; with ``expected`` (task id -> version),
        since it was at that version.
        """
        items = list(tasks)
        if any(task.id is None for task in items):
            raise ValidationError("only saved tasks can be restored")
        with session_scope(self.engine) as session:
            repo.EventRepository(session).by_uid({t.event_uid for t in items})
            stored_tasks = repo.TaskRepository(session)
            written = []
            for task in items:
                assert task.id is not None  # unsaved tasks were refused above
                stored = stored_tasks.locked(task.id)
                wanted = expected.get(task.id) if expected is not None else None
                if wanted is None and undo:
                    wanted = own_version(self.engine, "task", task.id)
                if wanted is not None:
                    check_version(task, stored, expected=wanted, undo=True)
                written.append(stored_tasks.write(task))
            return self._written(written)

    def handover_labels(self, handover_ids: Iterable[int]) -> dict[int, str]:
        """The handovers' labels ('Kazakhstan → Azerbaijan') by id, to name the plan a milestone belongs to."""
        wanted = list(set(handover_ids))
        if not wanted:
            return {}
        with session_scope(self.engine) as session:
            return repo.HandoverRepository(session).labels(wanted)

    def owners(self) -> list[str]:
        with session_scope(self.engine) as session:
            return repo.TaskRepository(session).owners()


def _in_window(item: TaskItem, query: TaskQuery) -> bool:
    if query.overdue_on is not None and not item.is_overdue(query.overdue_on):
        return False
    if query.due_from is not None and (item.due is None or item.due < query.due_from):
        return False
    return not (query.due_to is not None and (item.due is None or item.due > query.due_to))


def state_label(item: TaskItem, today: date) -> str:
    """How a task stands on ``today``, as lists show it: 'done 14 Mar 2024', 'done, date not recorded',
    'not recorded', 'to confirm' (its meeting's outcome), 'overdue', 'awaiting date' or its status."""
    task = item.task
    if task.is_done:
        return f"done {task.completed_on.day} {task.completed_on:%b %Y}" if task.completed_on else "done, date not recorded"
    if item.not_recorded:
        return "not recorded"
    if item.awaits_outcome(today):
        return "to confirm"  # the meeting is over: first record whether it was held
    if item.is_overdue(today):
        return "overdue" if task.status is TaskStatus.TODO else f"overdue, {task.status.value}"
    if item.waiting_for_date:
        return "awaiting date"
    return task.status.value


def due_range_label(item: TaskItem) -> str:
    """'14 Oct 2024', '1 Jan – 31 Dec 2025' for an event whose day is not fixed, or '—' without a deadline."""
    first, last = item.due, item.latest_due
    if first is None or last is None:
        return "—"
    if first == last:
        return f"{first.day} {first:%b %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%b} – {last.day} {last:%b %Y}"
    return f"{first.day} {first:%b %Y} – {last.day} {last:%b %Y}"
