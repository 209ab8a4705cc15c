"""The fast reads (plain rows, SQL-narrowed candidates, DISTINCT) give what a full load gives.

Each fast path is compared with a reference computed here the slow way: every event and
every task loaded as objects, then filtered in Python as the services once did. The seeded
calendar is widened with the awkward cases: a timed event in a far zone ending at local
midnight, provisional and undated events, a held event with open steps, a past plan nobody
confirmed, fixed deadlines on far events, month and end-anchored offsets, a cancelled meeting.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import select

from cica_planner.domain.model import UNDATED_DAY, Category, Event, EventStatus, Precision
from cica_planner.domain.outcome import INTENDED
from cica_planner.domain.periods import when_label
from cica_planner.domain.tasks import Anchor, OffsetUnit, RelativeDeadline, Task, TaskStatus
from cica_planner.services.checklists import ChecklistService, OwnerLoad
from cica_planner.services.confirming import ConfirmingService, to_confirm
from cica_planner.services.planner import PlannerService
from cica_planner.services.tasks import TaskItem, TaskQuery, _item
from cica_planner.storage import repositories as repo
from cica_planner.storage.db import session_scope
from cica_planner.storage.tables import TaskRow

DAYS = [date(2024, 1, 15), date(2024, 6, 27), date(2024, 10, 20), date(2025, 3, 1), date(2026, 11, 30)]


def _event(title: str, start: date | datetime, end: date | datetime, tzid: str, **fields: object) -> Event:
    return Event(title=title, category=Category.MINISTERIAL_COUNCIL, start=start, end=end, tzid=tzid, **fields)


@pytest.fixture
def widened(planner: PlannerService) -> ChecklistService:
    """The seeded calendar plus the awkward events and tasks, each with open and done steps."""
    tokyo = datetime(2024, 6, 27, 15, 0, tzinfo=UTC)  # 28 Jun 00:00 in Tokyo: ends at local midnight
    events = [
        _event("Late timed meeting", tokyo - timedelta(hours=3), tokyo, "Asia/Tokyo", country="JP"),
        _event("Forum sometime in Q4", date(2024, 10, 1), date(2025, 1, 1), "Asia/Almaty", precision=Precision.QUARTER),
        _event("Workshop, day to be fixed", date(2025, 3, 1), date(2025, 4, 1), "Asia/Baku", precision=Precision.MONTH),
        _event("Seminar waiting for a date", UNDATED_DAY, UNDATED_DAY + timedelta(days=1), "Asia/Almaty",
               precision=Precision.UNDATED),
        _event("Held expert meeting", date(2024, 6, 20), date(2024, 6, 22), "Asia/Almaty", status=EventStatus.HELD),
        _event("Plan nobody confirmed", date(2024, 6, 10), date(2024, 6, 11), "Asia/Almaty"),
        _event("Cancelled meeting", date(2024, 7, 3), date(2024, 7, 4), "Asia/Almaty", status=EventStatus.CANCELLED),
        _event("Far future summit", date(2030, 5, 5), date(2030, 5, 7), "Asia/Almaty"),
    ]
    service = ChecklistService(planner.engine)
    tasks = []
    for event in events:
        uid = planner.create(event).uid
        offsets = [RelativeDeadline(-30), RelativeDeadline(-2, OffsetUnit.MONTHS), RelativeDeadline(3, OffsetUnit.DAYS, Anchor.END),
                   RelativeDeadline(-1, OffsetUnit.WEEKS)]
        for number, offset in enumerate(offsets):
            tasks.append(Task(title=f"{event.title} step {number}", event_uid=uid, relative=offset, owner=f"Officer {number % 3}"))
        for day in DAYS:  # a fixed deadline near every day asked about, on events near and far
            tasks.append(Task(title=f"{event.title} by {day}", event_uid=uid, due_fixed=day + timedelta(days=5), owner=""))
    added = service.add(tasks)
    service.complete([task.id for task in added[::5] if task.id is not None], date(2024, 5, 1))
    return service


def _slow_items(service: ChecklistService) -> list[TaskItem]:
    """Every task, from ORM rows and whole events, as the service once listed them."""
    with session_scope(service.engine) as session:
        rows = session.exec(select(TaskRow)).all()
        events = {event.uid: event for event in repo.EventRepository(session).all()}
        items = [_item(repo.task_from_row(row), events[row.event_uid]) for row in rows]
    return sorted(items, key=lambda i: (i.due is None, i.due or date.max, i.task.position, i.id))


def test_task_lists_match_a_full_load(widened: ChecklistService) -> None:
    slow = _slow_items(widened)
    assert len(slow) > 200
    assert widened.list_tasks() == slow
    assert widened.list_tasks(TaskQuery(owner="officer 1")) == [i for i in slow if i.task.owner == "Officer 1"]
    statuses = frozenset({TaskStatus.DONE})
    assert widened.list_tasks(TaskQuery(statuses=statuses)) == [i for i in slow if i.task.status in statuses]
    uid = slow[0].task.event_uid
    assert widened.list_tasks(TaskQuery(event_uid=uid)) == [i for i in slow if i.task.event_uid == uid]
    for day in DAYS:
        assert widened.list_tasks(TaskQuery(overdue_on=day)) == [i for i in slow if i.is_overdue(day)]
        window = TaskQuery(due_from=day, due_to=day + timedelta(days=30))
        assert widened.list_tasks(window) == [i for i in slow if i.due is not None and day <= i.due <= window.due_to]


@pytest.mark.parametrize("today", DAYS)
def test_dashboard_figures_match_a_full_load(widened: ChecklistService, today: date) -> None:
    slow = _slow_items(widened)
    horizon, soon = today + timedelta(days=180), today + timedelta(days=14)

    full_progress = widened.progress(today)
    assert widened.progress(today, widened.list_tasks()) == full_progress
    expected_readiness = [r for r in full_progress
                          if r.end >= today and r.start <= horizon and r.status is not EventStatus.CANCELLED]
    assert widened.readiness(today) == expected_readiness

    expected_due = [i for i in slow if not i.task.is_done and i.due is not None and not i.waiting_for_date
                    and not i.not_recorded and i.due <= soon and (i.latest_due or i.due) >= today]
    assert widened.due_soon(today) == expected_due

    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for item in slow:
        if item.task.is_done or item.not_recorded or item.awaits_outcome(today):
            continue
        entry = counts[item.task.owner or "(unassigned)"]
        entry[0] += 1
        entry[1] += item.is_overdue(today)
        entry[2] += item.due is not None and today <= item.due <= soon
    expected_load = sorted((OwnerLoad(owner, *n) for owner, n in counts.items()), key=lambda x: (-x.open, -x.overdue, x.owner))
    assert widened.load_by_owner(today) == expected_load


def test_progress_labels_match_the_events(widened: ChecklistService, planner: PlannerService) -> None:
    events = {event.uid: event for event in planner.all_events()}
    for row in widened.progress(DAYS[0]):
        event = events[row.event_uid]
        assert (row.title, row.start, row.end, row.when) == (
            event.title, event.local_start_date(), event.local_end_date(), when_label(event))
        assert row.provisional == (event.precision is not Precision.DAY)


@pytest.mark.parametrize("today", [*DAYS, date(2024, 6, 28), date(2099, 6, 1)])
def test_confirming_lists_match_a_full_load(widened: ChecklistService, planner: PlannerService, today: date) -> None:
    confirming = ConfirmingService(planner.engine)
    every = planner.all_events()
    expected = sorted((e for event in every if (e := to_confirm(event, today)) is not None),
                      key=lambda e: (e.reason.value != "outcome to confirm", e.first_day is None, e.first_day or date.max, e.title))
    assert confirming.needs_confirming(today) == expected
    intended = [e for e in every if e.status in INTENDED and e.precision is not Precision.UNDATED and e.local_end_date() >= today]
    expected_next = min(intended, key=lambda e: (e.local_start_date(), e.precision is not Precision.DAY, e.title), default=None)
    found = confirming.coming_next(today)
    assert (found.uid if found else None) == (expected_next.uid if expected_next else None)


def test_country_list_is_the_distinct_countries_of_events(widened: ChecklistService, planner: PlannerService) -> None:
    countries = planner.event_countries()
    assert countries == {event.country for event in planner.all_events()}
    assert "JP" in countries


def test_holiday_coverage_is_read_from_the_registry_without_loading_every_country() -> None:
    import holidays

    from cica_planner.services.scheduling.holiday_calendar import HolidayCalendar

    calendar = HolidayCalendar()
    listed = holidays.list_supported_countries()  # the slow way: imports every country module
    assert all(calendar.supports(code) for code in listed)
    assert not calendar.supports("XX")


def test_the_shipped_head_is_the_one_alembic_finds() -> None:
    from alembic.script import ScriptDirectory

    from cica_planner.storage.migration_runs import alembic_config
    from cica_planner.storage.revisions import shipped_head

    assert [shipped_head()] == ScriptDirectory.from_config(alembic_config()).get_heads()


def test_opening_an_up_to_date_calendar_imports_no_alembic(seeded_db) -> None:
    import subprocess
    import sys

    probe = ("import sys\nfrom cica_planner.services.seeding import open_database\n"
             f"open_database({str(seeded_db)!r}).dispose()\nprint('alembic' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    assert done.stdout.strip() == "False"
