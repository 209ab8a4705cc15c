"""Task lists read in one query as plain rows: each task joined to the few facts of its event it needs.

Listing tasks once built an ORM object per task and a full :class:`Event` (with history) per
event; with tens of thousands of tasks that dominated the start of the checklists and
dashboard pages. Here a single SELECT of plain columns feeds the same ``TaskItem`` values,
and filters that SQL can decide (owner, status, handover, an event date range) are applied
in the query. Date ranges are widened by a couple of days because an event's local dates
depend on its venue's zone; the exact test stays in Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, inspect, or_, select
from sqlalchemy.orm import Session

from cica_planner.domain.model import Category, EventStatus, PeriodPart, Precision, zone
from cica_planner.domain.outcome import INTENDED
from cica_planner.domain.tasks import OffsetUnit, Task
from cica_planner.storage import repositories as repo
from cica_planner.storage.tables import EventRow, TaskRow

# The tables behind the models (SQLModel's stubs do not declare the ``__table__`` it sets).
_TASK_TABLE = inspect(TaskRow).local_table
_EVENT_TABLE = inspect(EventRow).local_table
_TASK = _TASK_TABLE.c
_EVENT = _EVENT_TABLE.c
_EVENT_COLUMNS = (
    _EVENT.title.label("event_title"),
    _EVENT.category.label("event_category"),
    _EVENT.status.label("event_status"),
    _EVENT.precision.label("event_precision"),
    _EVENT.tzid.label("event_tzid"),
    _EVENT.all_day.label("event_all_day"),
    _EVENT.start_utc.label("event_start_utc"),
    _EVENT.end_utc.label("event_end_utc"),
    _EVENT.start_day.label("event_start_day"),
    _EVENT.end_day.label("event_end_day"),
    _EVENT.period_part.label("event_period_part"),
)
#: How far an event's local dates can lie from its stored UTC instants or dates (with room to spare).
_ZONE_MARGIN = timedelta(days=2)


@dataclass(frozen=True, slots=True)
class EventFacts:
    """What a task list needs of a task's event."""

    title: str
    category: Category
    status: EventStatus
    precision: Precision
    first: date  # first local day
    last: date  # last local day, inclusive
    period_part: PeriodPart | None = None


def facts_from_columns(row: Any) -> EventFacts:
    """The facts of the event in a joined row, with local days worked out as Event does."""
    if row.event_all_day:
        first, last = row.event_start_day, row.event_end_day - timedelta(days=1)
    else:
        tz = zone(row.event_tzid)
        first = row.event_start_utc.astimezone(tz).date()  # the column type hands back aware UTC instants
        local_end = row.event_end_utc.astimezone(tz)
        last = local_end.date()
        if local_end.time() == datetime.min.time() and last > first:
            last -= timedelta(days=1)
    return EventFacts(
        title=row.event_title,
        category=Category(row.event_category),
        status=EventStatus(row.event_status),
        precision=Precision(row.event_precision),
        first=first,
        last=last,
        period_part=PeriodPart(row.event_period_part) if row.event_period_part else None,
    )


@dataclass(frozen=True)
class RowFilter:
    """What SQL can decide of a task query; None or empty fields do not filter."""

    event_uid: str | None = None
    owner: str | None = None
    statuses: Iterable[str] = ()
    handover_id: int | None = None
    not_statuses: Iterable[str] = ()
    events_between: tuple[date, date] | None = None  # events whose days may touch first..last (inclusive)
    # With events_between: also tasks with a fixed deadline (no relative one) in first..last, wherever their event.
    fixed_due_between: tuple[date, date] | None = None
    # Only work still to do on this day: no task of a held event, nor of a planned one already over.
    open_work_on: date | None = None


def task_rows(session: Session, where: RowFilter) -> list[tuple[Task, EventFacts]]:
    """Tasks and their events' facts in one SELECT, ordered by position then id."""
    statement = select(*_TASK_TABLE.columns, *_EVENT_COLUMNS).join(_EVENT_TABLE, _EVENT.uid == _TASK.event_uid)
    if where.event_uid:
        statement = statement.where(_TASK.event_uid == where.event_uid)
    if where.owner:
        statement = statement.where(_TASK.owner.ilike(where.owner))
    statuses = list(where.statuses)
    if statuses:
        statement = statement.where(_TASK.status.in_(statuses))
    excluded = list(where.not_statuses)
    if excluded:
        statement = statement.where(_TASK.status.not_in(excluded))
    if where.handover_id is not None:
        statement = statement.where(_TASK.handover_id == where.handover_id)
    if where.events_between is not None:
        touches = _event_touches(*where.events_between)
        if where.fixed_due_between is not None:
            first, last = where.fixed_due_between
            fixed = and_(_TASK.offset_amount.is_(None), _TASK.due_fixed >= first, _TASK.due_fixed <= last)
            touches = or_(touches, fixed)
        statement = statement.where(touches)
    if where.open_work_on is not None:
        statement = statement.where(_open_work(where.open_work_on))
    facts: dict[str, EventFacts] = {}
    found = []
    for row in session.execute(statement.order_by(_TASK.position, _TASK.id)):
        event = facts.get(row.event_uid)
        if event is None:
            event = facts[row.event_uid] = facts_from_columns(row)
        found.append((repo.task_from_row(row), event))
    return found


def _event_touches(first: date, last: date) -> Any:
    low, high = first - _ZONE_MARGIN, last + _ZONE_MARGIN
    low_instant = datetime(low.year, low.month, low.day, tzinfo=UTC)
    high_instant = datetime(high.year, high.month, high.day, tzinfo=UTC) + timedelta(days=1)
    timed = and_(_EVENT.all_day.is_(False), _EVENT.start_utc < high_instant, _EVENT.end_utc > low_instant)
    all_day = and_(_EVENT.all_day.is_(True), _EVENT.start_day <= high, _EVENT.end_day >= low)
    return or_(timed, all_day)


def _open_work(today: date) -> Any:
    """Events whose steps can still be worked on: not held, and not an intention already over (widened)."""
    day = today - _ZONE_MARGIN
    not_over = or_(
        and_(_EVENT.all_day.is_(True), _EVENT.end_day > day),
        and_(_EVENT.all_day.is_(False), _EVENT.end_utc > datetime(day.year, day.month, day.day, tzinfo=UTC)),
    )
    return and_(_EVENT.status != EventStatus.HELD.value,
                or_(_EVENT.status.not_in([status.value for status in INTENDED]), not_over))


def widest_offset(session: Session) -> timedelta:
    """The largest distance any task's relative deadline lies from its event (months counted as 31 days)."""
    days = 0
    statement = select(_TASK.offset_unit, func.max(func.abs(_TASK.offset_amount))).group_by(_TASK.offset_unit)
    for unit, amount in session.execute(statement):
        if amount is None:
            continue
        per = {OffsetUnit.WEEKS.value: 7, OffsetUnit.MONTHS.value: 31}.get(unit or "", 1)
        days = max(days, int(amount) * per)
    return timedelta(days=days)
