"""Tasks (steps of a checklist, milestones of a handover plan): rows ↔ Task."""

from __future__ import annotations

from sqlmodel import Session, select

from cica_planner.domain.errors import NotFoundError
from cica_planner.domain.tasks import Anchor, OffsetUnit, Priority, RelativeDeadline, Task, TaskStatus
from cica_planner.storage.repositories.common import aware_utc
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


def task_from_row(row: TaskRow) -> Task:
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
