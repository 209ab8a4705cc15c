"""Tasks (steps of a checklist, milestones of a handover plan): rows ↔ Task."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import Row
from sqlmodel import Session, col, select

from cica_planner.domain.errors import NotFoundError
from cica_planner.domain.tasks import Anchor, OffsetUnit, Priority, RelativeDeadline, Task, TaskStatus
from cica_planner.storage.repositories.common import aware_utc, get_row
from cica_planner.storage.tables import TaskRow


def task_to_row(task: Task, row: TaskRow | None = None) -> TaskRow:
    row = row or TaskRow(event_uid=task.event_uid, title=task.title)
    row.event_uid = task.event_uid
    row.handover_id = task.handover_id
    row.title = task.title
    row.owner = task.owner
    row.due_fixed = task.due_fixed
    if task.relative is not None:
        row.offset_amount = task.relative.amount
        row.offset_unit = task.relative.unit.value
        row.offset_anchor = task.relative.anchor.value
    else:
        row.offset_amount = row.offset_unit = row.offset_anchor = None
    row.status = task.status.value
    row.priority = task.priority.value
    row.notes = task.notes
    row.completed_on = task.completed_on
    row.position = task.position
    row.tags = ",".join(task.tags)
    return row


def task_from_row(row: TaskRow | Row) -> Task:
    """The task a TaskRow holds, or a row selected from TaskRow's columns (a listing joined with its event)."""
    relative = None
    if row.offset_amount is not None:
        relative = RelativeDeadline(row.offset_amount, OffsetUnit(row.offset_unit or "days"), Anchor(row.offset_anchor or "start"))
    return Task(
        id=row.id,
        title=row.title,
        event_uid=row.event_uid,
        owner=row.owner,
        due_fixed=row.due_fixed,
        relative=relative,
        status=TaskStatus(row.status),
        priority=Priority(row.priority),
        notes=row.notes,
        completed_on=row.completed_on,
        handover_id=row.handover_id,
        position=row.position,
        tags=[t for t in row.tags.split(",") if t],
        version=row.version,
        changed_by=row.changed_by,
        changed_at=aware_utc(row.changed_at) if row.changed_at is not None else None,
    )


def locked_task_row(session: Session, task_id: int | None) -> TaskRow:
    """The row of task ``task_id`` read for a write (locked on PostgreSQL until the commit)."""
    row = session.exec(select(TaskRow).where(TaskRow.id == task_id).with_for_update()).first() if task_id else None
    if row is None:
        raise NotFoundError(f"no task with id {task_id}")
    return row


def signed_task(row: TaskRow) -> Task:
    """The task of ``row`` after a write, with its new version and author."""
    return task_from_row(row)


class TaskRepository:
    """Tasks in one session: the steps of checklists and the milestones of handover plans."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, task_id: int) -> Task:
        return task_from_row(get_row(self.session, TaskRow, task_id, "task"))

    def of_event(self, event_uid: str) -> list[Task]:
        return [task_from_row(row) for row in self.session.exec(select(TaskRow).where(TaskRow.event_uid == event_uid))]

    def locked(self, task_id: int | None) -> Task | None:
        """The task read for a write (locked on PostgreSQL until the commit); None when it was deleted."""
        row = self.session.exec(select(TaskRow).where(TaskRow.id == task_id).with_for_update()).first()
        return None if row is None else task_from_row(row)

    def add(self, tasks: Sequence[Task]) -> list[Task]:
        """Store new tasks; they come back with their ids and versions."""
        rows = [task_to_row(task) for task in tasks]
        self.session.add_all(rows)
        self.session.flush()
        return [signed_task(row) for row in rows]

    def write(self, task: Task) -> Task:
        """Store ``task`` over its row, or under its id when it was deleted (undo); return it as stored."""
        row = self.session.get(TaskRow, task.id) or TaskRow(id=task.id, event_uid=task.event_uid, title=task.title)
        task_to_row(task, row)
        self.session.add(row)
        self.session.flush()
        return signed_task(row)

    def set_status(self, task_ids: Sequence[int], status: TaskStatus, on: date | None) -> list[Task]:
        """Give the tasks ``status``; done ones keep their completion day, or take ``on``."""
        rows = self.session.exec(select(TaskRow).where(col(TaskRow.id).in_(list(task_ids)))).all()
        if len(rows) != len(set(task_ids)):
            raise NotFoundError("some of the tasks no longer exist")
        for row in rows:
            row.status = status.value
            row.completed_on = (row.completed_on or on) if status is TaskStatus.DONE else None
            self.session.add(row)
        self.session.flush()
        return [signed_task(row) for row in rows]

    def close_open(self, event_uid: str) -> int:
        """Mark every open task of the event done with no completion day (nobody recorded it)."""
        rows = self.session.exec(
            select(TaskRow).where(TaskRow.event_uid == event_uid, TaskRow.status != TaskStatus.DONE.value)
        ).all()
        for row in rows:
            row.status, row.completed_on = TaskStatus.DONE.value, None
            self.session.add(row)
        return len(rows)

    def delete(self, task_ids: Sequence[int]) -> list[Task]:
        """Delete the tasks (their rows locked first) and return them as they were."""
        rows = self.session.exec(select(TaskRow).where(col(TaskRow.id).in_(list(task_ids))).with_for_update()).all()
        removed = [task_from_row(row) for row in rows]
        for row in rows:
            self.session.delete(row)
        return removed

    def owners(self) -> list[str]:
        return sorted(owner for owner in self.session.exec(select(TaskRow.owner).distinct()).all() if owner)
