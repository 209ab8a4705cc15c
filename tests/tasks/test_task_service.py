"""Tasks on a real database: deadlines follow their event, done tasks keep their dates."""

from __future__ import annotations

from datetime import date

import pytest

from cica_planner.domain.errors import NotFoundError, ValidationError
from cica_planner.domain.model import Category, Event, Mode
from cica_planner.domain.tasks import RelativeDeadline, Task, TaskStatus
from cica_planner.services.planner import PlannerService
from cica_planner.services.seeding import seed_uid
from cica_planner.services.tasks import TaskQuery, TaskService

MC = "planned-mc@test"  # a Ministerial Council still planned: the seeded 7th MC is history
FORUM = seed_uid("E095")


@pytest.fixture
def tasks(seeded_engine) -> TaskService:
    PlannerService(seeded_engine).create(Event(
        title="Ministerial Council (planned)", category=Category.MINISTERIAL_COUNCIL, uid=MC,
        start=date(2024, 11, 11), end=date(2024, 11, 12), city="Baku", country="AZ", tzid="Asia/Baku"))
    return TaskService(seeded_engine)


def test_moving_the_event_moves_open_deadlines_only(planner: PlannerService, tasks: TaskService) -> None:
    invitations, venue = tasks.add([
        Task(title="Send invitations", event_uid=MC, relative=RelativeDeadline.parse("T-30 days"), owner="Protocol"),
        Task(title="Book venue", event_uid=MC, relative=RelativeDeadline.parse("T-60 days"), owner="Protocol"),
    ])
    tasks.set_status([venue.id], TaskStatus.DONE, on=date(2024, 9, 5))
    assert tasks.get(invitations.id).due == date(2024, 10, 12)

    planner.reschedule(MC, date(2024, 12, 17), date(2024, 12, 18), "Held online", mode=Mode.ONLINE)
    assert tasks.get(invitations.id).due == date(2024, 11, 17)
    done = tasks.get(venue.id)
    assert done.task.completed_on == date(2024, 9, 5)
    assert done.task.status is TaskStatus.DONE


def test_unscheduled_event_gives_provisional_deadlines(tasks: TaskService) -> None:
    (added,) = tasks.add([Task(title="Agree agenda themes", event_uid=FORUM, relative=RelativeDeadline.parse("T-6 months"))])
    item = tasks.get(added.id)
    assert item.provisional
    assert item.due == date(2024, 4, 1)


def test_queries(tasks: TaskService) -> None:
    added = tasks.add([
        Task(title="A", event_uid=MC, relative=RelativeDeadline(-10), owner="Protocol desk"),
        Task(title="B", event_uid=MC, due_fixed=date(2024, 1, 5), owner="Media desk"),
        Task(title="C", event_uid=FORUM, due_fixed=date(2024, 12, 1), owner="Media desk"),
    ])
    ours = {t.id for t in added}

    def titles(query: TaskQuery) -> list[str]:
        """Titles of the tasks this test added (the seeded checklists are there too)."""
        return [i.task.title for i in tasks.list_tasks(query) if i.id in ours]

    assert titles(TaskQuery(event_uid=MC)) == ["B", "A"]
    assert titles(TaskQuery(owner="media desk")) == ["B", "C"]
    assert titles(TaskQuery(overdue_on=date(2024, 11, 5))) == ["B", "A"]
    assert titles(TaskQuery(due_from=date(2024, 11, 1), due_to=date(2024, 12, 31))) == ["A", "C"]
    assert {"Media desk", "Protocol desk"} <= set(tasks.owners())


def test_bad_tasks_are_refused_whole(tasks: TaskService) -> None:
    before = len(tasks.list_tasks())
    with pytest.raises(NotFoundError, match="no event"):
        tasks.add([Task(title="ok", event_uid=MC), Task(title="orphan", event_uid="missing")])
    with pytest.raises(ValidationError, match="title"):
        tasks.add([Task(title="ok", event_uid=MC), Task(title=" ", event_uid=MC)])
    assert len(tasks.list_tasks()) == before


def test_deleting_an_event_deletes_its_tasks(planner: PlannerService, tasks: TaskService) -> None:
    tasks.add([Task(title="Brief press", event_uid=MC, relative=RelativeDeadline(-1))])
    count = len(tasks.list_tasks(TaskQuery(event_uid=MC)))
    snapshot = planner.delete(MC)
    assert tasks.list_tasks(TaskQuery(event_uid=MC)) == []
    planner.undelete(snapshot)
    assert len(tasks.list_tasks(TaskQuery(event_uid=MC))) == count
