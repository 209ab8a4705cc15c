"""Preparation checklists: templates per kind of event, applying them, and the managers' dashboard data.

Builds on :class:`~cica_planner.services.tasks.TaskService` (the one task store shared
with the chairmanship handover milestones), so a checklist task is an ordinary task with
a relative deadline that follows its event. Every method that depends on the day takes
``today`` as an argument; nothing here reads the clock.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session

from cica_planner.domain.chairmanship import ChairTerm
from cica_planner.domain.checklists import ChecklistTemplate
from cica_planner.domain.model import Category, Event, EventStatus, PeriodPart, Precision
from cica_planner.domain.periods import days_label, when_label
from cica_planner.domain.step_conditions import StepCondition, step_applies
from cica_planner.domain.tasks import Task, TaskStatus, TemplateItem
from cica_planner.resources import load_json
from cica_planner.services.concurrency import check_version
from cica_planner.services.task_listing import RowFilter, widest_offset
from cica_planner.services.tasks import TaskItem, TaskQuery, TaskService
from cica_planner.storage import repositories as repo
from cica_planner.storage.db import session_scope


@dataclass(frozen=True)
class EventRef:
    """What a picker or a filter needs to name an event."""

    uid: str
    title: str
    category: Category
    start: date  # first day in the venue's zone
    end: date  # last day, inclusive
    provisional: bool  # only the month, quarter or year is known
    status: EventStatus
    when: str = ""  # '11 Nov 2024', '24–25 Oct 2024' or 'Q4 2024 (provisional)'
    precision: Precision = Precision.DAY  # how exactly the date is known (to write ``when`` in another language)
    period_part: PeriodPart | None = None


@dataclass(frozen=True)
class EventReadiness:
    """How far the preparation of one upcoming event has got."""

    event_uid: str
    title: str
    start: date
    done: int
    total: int
    overdue: int
    next_deadline: date | None
    provisional: bool
    category: str = ""
    end: date | None = None  # last day, inclusive
    when: str = ""
    status: EventStatus = EventStatus.PLANNED
    precision: Precision | None = None  # how exactly the date is known (to write ``when`` in another language)
    period_part: PeriodPart | None = None

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0


@dataclass(frozen=True)
class OwnerLoad:
    """The open work of one person or unit."""

    owner: str
    open: int
    overdue: int
    due_14: int


def insert_template(session: Session, template: ChecklistTemplate) -> ChecklistTemplate:
    """Store a new template in ``session`` (all or nothing with the caller); its key must be free."""
    template.validate()
    return repo.TemplateRepository(session).add(template)


def _chair_terms(session: Session) -> list[ChairTerm]:
    """The register's terms, enough to tell whether a handover is pending on a day."""
    return repo.ChairTermRepository(session).all()


def _tasks_from_template(
    template: ChecklistTemplate, event: Event, existing_titles: set[str], first_position: int, terms: list[ChairTerm]
) -> list[Task]:
    tasks = []
    for item in template.items:
        if item.title.strip().casefold() in existing_titles:
            continue
        if not step_applies(StepCondition.parse(item.applies_when), event, terms):
            continue  # e.g. the budget step of an SOC that is not December's
        tasks.append(
            Task(
                title=item.title,
                event_uid=event.uid,
                owner=item.owner,
                relative=item.offset,
                priority=item.priority,
                position=first_position + len(tasks),
                tags=[f"template:{template.key}"],
            )
        )
    return tasks


def apply_in(session: Session, event: Event, template: ChecklistTemplate) -> list[Task]:
    """Add the template's steps the event does not have yet (matched by title), in one session."""
    existing = repo.TaskRepository(session).of_event(event.uid)
    titles = {task.title.strip().casefold() for task in existing}
    start = max((task.position for task in existing), default=-1) + 1
    tasks = _tasks_from_template(template, event, titles, start, _chair_terms(session))
    for task, stored in zip(tasks, repo.TaskRepository(session).add(tasks), strict=True):
        task.id = stored.id
    return tasks


def _template_by_category(templates: list[ChecklistTemplate]) -> dict[Category, ChecklistTemplate]:
    found: dict[Category, ChecklistTemplate] = {}
    for template in templates:
        for category in template.categories:
            found.setdefault(category, template)
    return found


class ChecklistService(TaskService):
    """Tasks (inherited) plus checklist templates and the dashboard figures; each call is one transaction."""

    # -- templates -------------------------------------------------------------

    def templates(self) -> list[ChecklistTemplate]:
        """All templates with their steps, in the order they were created."""
        with session_scope(self.engine) as session:
            return repo.TemplateRepository(session).all()

    def get_template(self, key: str) -> ChecklistTemplate:
        with session_scope(self.engine) as session:
            return repo.TemplateRepository(session).get(key)

    def template_for(self, category: Category) -> ChecklistTemplate | None:
        """The template that suits events of ``category``, if there is one."""
        return _template_by_category(self.templates()).get(category)

    def create_template(self, template: ChecklistTemplate) -> ChecklistTemplate:
        with session_scope(self.engine) as session:
            return insert_template(session, template)

    def update_template(self, template: ChecklistTemplate) -> ChecklistTemplate:
        """Store a template's name, categories, description and steps (the steps are replaced whole)."""
        template.validate()
        with session_scope(self.engine) as session:
            templates = repo.TemplateRepository(session)
            check_version(template, templates.locked(template.key))
            return templates.update(template)

    def delete_template(self, key: str) -> None:
        with session_scope(self.engine) as session:
            repo.TemplateRepository(session).delete(key)

    def apply_template(self, event_uid: str, template_key: str) -> list[Task]:
        """Give an event the template's steps in one action; steps it already has (same title) are skipped."""
        with session_scope(self.engine) as session:
            event = repo.EventRepository(session).get(event_uid)
            return apply_in(session, event, repo.TemplateRepository(session).get(template_key))

    # -- events ----------------------------------------------------------------

    def events(self) -> list[EventRef]:
        """Every event as a short reference, in start order (for pickers and filters)."""
        with session_scope(self.engine) as session:
            events = repo.EventRepository(session).all(with_history=False)
        refs = [_ref(event) for event in events]
        return sorted(refs, key=lambda r: (r.start, r.title))

    def event(self, uid: str) -> EventRef:
        """The event ``uid``; a NotFoundError names it when there is none."""
        with session_scope(self.engine) as session:
            return _ref(repo.EventRepository(session).get(uid))

    def complete(self, task_ids: list[int], today: date) -> int:
        """Mark tasks done today (tasks already done keep their completion date)."""
        return self.set_status(task_ids, TaskStatus.DONE, on=today)

    # -- dashboard ---------------------------------------------------------------

    def readiness(self, today: date, horizon_days: int = 180) -> list[EventReadiness]:
        """Preparation progress of each event with tasks that has not ended and starts within the horizon."""
        horizon = today + timedelta(days=horizon_days)
        # Only the tasks of events near the window are read; the exact test is below.
        items = self._listed(TaskQuery(), RowFilter(events_between=(today, horizon)))
        return [
            r for r in self.progress(today, items)
            if (r.end or r.start) >= today and r.start <= horizon and r.status is not EventStatus.CANCELLED
        ]

    def progress(self, today: date, items: list[TaskItem] | None = None) -> list[EventReadiness]:
        """Preparation progress of every event that has tasks, in start order.

        ``items`` are the tasks already listed (``self.list_tasks()``), when the caller has them: they
        are not read again.
        """
        by_event: dict[str, list[TaskItem]] = defaultdict(list)
        for item in self.list_tasks() if items is None else items:
            by_event[item.task.event_uid].append(item)
        found = []
        for uid, tasks in by_event.items():
            first = tasks[0]
            # A range counts until its latest date: the Summit's steps are due "by 17 Dec 2026" at the latest.
            open_dues = [i.latest_due for i in tasks
                         if not i.task.is_done and i.latest_due is not None and i.latest_due >= today]
            found.append(
                EventReadiness(
                    event_uid=uid,
                    title=first.event_title,
                    start=first.event_start,
                    done=sum(i.task.is_done for i in tasks),
                    total=len(tasks),
                    overdue=sum(i.is_overdue(today) for i in tasks),
                    next_deadline=min(open_dues, default=None),
                    provisional=first.event_precision is not Precision.DAY,
                    category=first.event_category,
                    end=first.event_end,
                    when=days_label(first.event_precision, first.event_start, first.event_end, first.event_period_part),
                    status=first.event_status,
                    precision=first.event_precision,
                    period_part=first.event_period_part,
                )
            )
        return sorted(found, key=lambda r: (r.start, r.title))

    def due_soon(self, today: date, days: int = 14) -> list[TaskItem]:
        """Open tasks that can be worked on and fall due within ``days`` days, earliest first.

        A step waiting for its event's day to be fixed is not listed; a range counts when it
        reaches into the coming days and has not passed yet.
        """
        last = today + timedelta(days=days)
        with session_scope(self.engine) as session:
            reach = widest_offset(session)
        # A relative deadline lies within ``reach`` of its event's days: only those events can qualify.
        narrowing = RowFilter(not_statuses=[TaskStatus.DONE.value], events_between=(today - reach, last + reach),
                              fixed_due_between=(today, last))
        return [
            i for i in self._listed(TaskQuery(), narrowing)
            if not i.task.is_done and i.due is not None and not i.waiting_for_date and not i.not_recorded
            and i.due <= last and (i.latest_due or i.due) >= today
        ]

    def load_by_owner(self, today: date) -> list[OwnerLoad]:
        """Open, overdue and due-within-14-days counts per owner, heaviest load first."""
        soon = today + timedelta(days=14)
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        narrowing = RowFilter(not_statuses=[TaskStatus.DONE.value], open_work_on=today)
        for item in self._listed(TaskQuery(), narrowing):
            if item.task.is_done or item.not_recorded or item.awaits_outcome(today):
                continue  # the meeting is over: nothing left to work on, only something to record
            entry = counts[item.task.owner or "(unassigned)"]
            entry[0] += 1
            entry[1] += item.is_overdue(today)
            entry[2] += item.due is not None and today <= item.due <= soon
        loads = [OwnerLoad(owner, *numbers) for owner, numbers in counts.items()]
        return sorted(loads, key=lambda load: (-load.open, -load.overdue, load.owner))


def _ref(event: Event) -> EventRef:
    return EventRef(
        uid=event.uid,
        title=event.title,
        category=event.category,
        start=event.local_start_date(),
        end=event.local_end_date(),
        provisional=event.precision is not Precision.DAY,
        status=event.status,
        when=when_label(event),
        precision=event.precision,
        period_part=event.period_part,
    )


# ---------------------------------------------------------------------------
# Seeding
# ---------------------------------------------------------------------------


def shipped_templates() -> list[ChecklistTemplate]:
    templates = []
    for data in load_json("seed", "checklist_templates.json"):
        templates.append(
            ChecklistTemplate(
                key=data["key"],
                name=data["name"],
                categories=[Category.parse(c) for c in data.get("categories", [])],
                description=data.get("description", ""),
                items=[TemplateItem.from_json(item, position) for position, item in enumerate(data.get("items", []))],
            )
        )
    return templates
