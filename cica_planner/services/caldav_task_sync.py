"""Take back the status of checklist tasks ticked off in a CalDAV client (Thunderbird's task list).

Only the progress of a task comes back (to do, in progress, done and the day it was done):
the checklist decides titles, owners and deadlines. A task changed both here and on the
server keeps the calendar's version, and the sync says so; a task deleted on the server is
published again (it belongs to its event's checklist, which is edited in CICA Planner).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

import icalendar
from sqlalchemy.engine import Engine

from cica_planner.domain.clock import HOME_ZONE, Clock
from cica_planner.domain.errors import NotFoundError
from cica_planner.domain.tasks import TaskStatus
from cica_planner.services.caldav_client import CalDavCollection, CollectionMissingError, Remote
from cica_planner.services.caldav_resources import KIND_TASK, task_resources
from cica_planner.services.planner import PlannerService
from cica_planner.services.tasks import TaskService
from cica_planner.storage import publish_state as state
from cica_planner.storage.db import session_scope

_STATUS = {"COMPLETED": TaskStatus.DONE, "IN-PROCESS": TaskStatus.IN_PROGRESS, "NEEDS-ACTION": TaskStatus.TODO}


@dataclass
class TaskPull:
    updated: list[str] = field(default_factory=list)  # titles of tasks whose status came from the server
    notes: list[str] = field(default_factory=list)


def pull_task_statuses(planner: PlannerService, clock: Clock, remote: Remote, event_uids: set[str], *,
                       engine: Engine, tasks: TaskService) -> TaskPull:
    """Bring back the statuses changed in the task collection ``remote``; see the module docstring.

    ``engine`` keeps the publish state and ``tasks`` changes the statuses (both from the sync's container).
    """
    result = TaskPull()
    with session_scope(engine) as session:
        found = state.find_collection(session, remote.url)
        rows = state.resources(session, found.id) if found else {}
    if found is None or not rows:
        return result
    desired = {r.uid: r for r in task_resources(planner, tasks, event_uids, now=clock.now())}
    with CalDavCollection(remote) as collection:
        try:
            listing = collection.listing()
        except CollectionMissingError:
            return result
        for uid, row in sorted(rows.items()):
            if row.kind != KIND_TASK:
                continue
            tag = listing.get(row.href)
            if tag == row.etag:
                continue
            if tag is None:
                result.notes.append(f"{uid}: a task deleted on the server is published again (edit checklists here)")
                _forget(engine, found.id, uid)
                continue
            fetched = collection.fetch(row.href)
            if fetched is None:
                continue
            todo = _todo(fetched.body)
            wanted = desired.get(uid)
            if todo is None or wanted is None:
                continue
            title = str(todo.get("SUMMARY", uid))
            if wanted.content_hash != row.content_hash:
                result.notes.append(f"{title}: task changed here and on the server; kept as it is here")
            else:
                status = _STATUS.get(str(todo.get("STATUS", "")).upper())
                task_id = _task_id(uid)
                if status is not None and task_id is not None:
                    try:
                        current = tasks.get(task_id).task.status
                        if not (current is TaskStatus.BLOCKED and status is TaskStatus.TODO) and current is not status:
                            tasks.set_status([task_id], status, _completed_on(todo) or clock.today())
                            result.updated.append(title)
                    except NotFoundError:
                        continue
            _agree(engine, found.id, row, fetched.etag or tag, fetched.body)
    return result


def _todo(body: str) -> icalendar.Component | None:
    try:
        calendar = icalendar.Calendar.from_ical(body)
    except Exception:  # an unreadable resource brings nothing back
        return None
    return next(iter(calendar.walk("VTODO")), None)


def _task_id(uid: str) -> int | None:
    parts = uid.split("-", 2)
    return int(parts[1]) if len(parts) == 3 and parts[0] == "todo" and parts[1].isdigit() else None


def _completed_on(todo: icalendar.Component) -> date | None:
    if "COMPLETED" not in todo:
        return None
    value = todo.decoded("COMPLETED")
    if isinstance(value, datetime):
        return (value.astimezone(ZoneInfo(HOME_ZONE)) if value.tzinfo else value).date()
    return value if isinstance(value, date) else None


def _agree(engine: Engine, collection_id: int, row: state.ResourceState, etag: str, body: str) -> None:
    """Record the server's version as seen with no content hash: the next publish writes the checklist's over it."""
    with session_scope(engine) as session:
        state.save_resource(session, collection_id, state.ResourceState(
            row.uid, row.href, row.kind, row.event_uid, etag, "", body))


def _forget(engine: Engine, collection_id: int, uid: str) -> None:
    with session_scope(engine) as session:
        state.forget_resource(session, collection_id, uid)
