"""Preparation checklists: templates per kind of event, applying them, and the managers' dashboard data.

Builds on :class:`~cica_planner.services.tasks.TaskService` (the one task store shared
with the chairmanship handover milestones), so a checklist task is an ordinary task with
a relative deadline that follows its event. Every method that depends on the day takes
``today`` as an argument; nothing here reads the clock.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlmodel import Session, col, select

from cica_planner.domain.chairmanship import ChairTerm
from cica_planner.domain.errors import NotFoundError, ValidationError
from cica_planner.domain.model import Category, Event, EventStatus, Precision
from cica_planner.domain.periods import days_label, when_label
from cica_planner.domain.step_conditions import StepCondition, step_applies
from cica_planner.domain.tasks import Priority, RelativeDeadline, Task, TaskStatus, TemplateItem
from cica_planner.resources import load_json
from cica_planner.services.concurrency import check_version
from cica_planner.services.task_listing import RowFilter, widest_offset
from cica_planner.services.tasks import TaskItem, TaskQuery, TaskService
from cica_planner.storage import repositories as repo
from cica_planner.storage.db import session_scope
from cica_planner.storage.tables import ChairTermRow, ChecklistTemplateRow, EventRow, TaskRow, TemplateItemRow

#: Seeded events from this day on get checklists (earlier ones are history only) ...
SEED_CHECKLISTS_FROM = date(2024, 1, 1)
#: ... up to the end of the seeded calendar; a marker decades ahead needs no checklist yet.
SEED_CHECKLISTS_UNTIL = date(2026, 12, 31)


@dataclass
class ChecklistTemplate:
    """The typical preparation steps of one kind of event."""

    key: str
    name: str
    categories: list[Category] = field(default_factory=list)
    description: str = ""
    items: list[TemplateItem] = field(default_factory=list)
    id: int | None = None
    #: The stored version this copy was read at (0: not checked); saving an older one is a conflict.
    version: int = field(default=0, compare=False)
    changed_by: str = field(default="", compare=False)
    changed_at: datetime | None = field(default=None, compare=False)

    def validate(self) -> None:
        """Raise ValidationError unless the template can be stored."""
        if not self.key.strip():
            raise ValidationError("a template needs a key")
        if not self.name.strip():
            raise ValidationError("a template needs a name")
        titles = [item.title.strip() for item in self.items]
        if any(not title for title in titles):
            raise ValidationError(f"every step of the template {self.name!r} needs a title")
        duplicates = sorted({t for t in titles if titles.count(t) > 1})
        if duplicates:
            raise ValidationError(f"the step {duplicates[0]!r} appears twice in the template {self.name!r}")


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


def _template_from_rows(row: ChecklistTemplateRow, items: list[TemplateItemRow]) -> ChecklistTemplate:
    return ChecklistTemplate(
        id=row.id,
        key=row.key,
        name=row.name,
        categories=[Category(c) for c in row.categories.split(",") if c],
        description=row.description,
        items=[
            TemplateItem(
                id=item.id,
                title=item.title,
                offset=RelativeDeadline.parse(item.offset),
                owner=item.owner,
                priority=Priority(item.priority),
                position=item.position,
                applies_when=item.applies_when,
            )
            for item in sorted(items, key=lambda i: (i.position, i.id or 0))
        ],
        version=row.version,
        changed_by=row.changed_by,
        changed_at=row.changed_at,
    )


def _write_items(session: Session, template_id: int, items: list[TemplateItem]) -> None:
    for position, item in enumerate(items):
        session.add(
            TemplateItemRow(
                template_id=template_id,
                title=item.title.strip(),
                offset=item.offset.label(),
                applies_when=StepCondition.parse(item.applies_when).value,
                owner=item.owner.strip(),
                priority=item.priority.value,
                position=position,
            )
        )


def _load_templates(session: Session) -> list[ChecklistTemplate]:
    rows = session.exec(select(ChecklistTemplateRow).order_by(col(ChecklistTemplateRow.id))).all()
    items: dict[int, list[TemplateItemRow]] = defaultdict(list)
    for item in session.exec(select(TemplateItemRow)).all():
        items[item.template_id].append(item)
    return [_template_from_rows(row, items[row.id or 0]) for row in rows]


def _item_rows(session: Session, template_id: int | None) -> list[TemplateItemRow]:
    return list(session.exec(select(TemplateItemRow).where(TemplateItemRow.template_id == template_id)).all())


def _read_template(session: Session, row: ChecklistTemplateRow) -> ChecklistTemplate:
    return _template_from_rows(row, _item_rows(session, row.id))


def _template_row(session: Session, key: str) -> ChecklistTemplateRow:
    row = session.exec(select(ChecklistTemplateRow).where(ChecklistTemplateRow.key == key)).first()
    if row is None:
        raise NotFoundError(f"no checklist template {key!r}")
    return row


def _insert_template(session: Session, template: ChecklistTemplate) -> ChecklistTemplate:
    template.validate()
    if session.exec(select(ChecklistTemplateRow).where(ChecklistTemplateRow.key == template.key)).first():
        raise ValidationError(f"a template with the key {template.key!r} exists already")
    row = ChecklistTemplateRow(
        key=template.key.strip(),
        name=template.name.strip(),
        categories=",".join(c.value for c in template.categories),
        description=template.description,
    )
    session.add(row)
    session.flush()
    _write_items(session, row.id or 0, template.items)
    session.flush()
    return _read_template(session, row)


def _chair_terms(session: Session) -> list[ChairTerm]:
    """The register's terms, enough to tell whether a handover is pending on a day."""
    rows = session.exec(select(ChairTermRow)).all()
    return [ChairTerm(country=r.country, starts=r.starts, ends=r.ends, decided_on=r.decided_on, id=r.id) for r in rows]


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


def _apply(session: Session, event: Event, template: ChecklistTemplate) -> list[Task]:
    """Add the template's steps the event does not have yet (matched by title), in one session."""
    rows = session.exec(select(TaskRow).where(TaskRow.event_uid == event.uid)).all()
    titles = {row.title.strip().casefold() for row in rows}
    start = max((row.position for row in rows), default=-1) + 1
    tasks = _tasks_from_template(template, event, titles, start, _chair_terms(session))
    new_rows = [repo.task_to_row(task) for task in tasks]
    session.add_all(new_rows)
    session.flush()
    for task, row in zip(tasks, new_rows, strict=True):
        task.id = row.id
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
            return _load_templates(session)

    def get_template(self, key: str) -> ChecklistTemplate:
        with session_scope(self.engine) as session:
            return _read_template(session, _template_row(session, key))

    def template_for(self, category: Category) -> ChecklistTemplate | None:
        """The template that suits events of ``category``, if there is one."""
        return _template_by_category(self.templates()).get(category)

    def create_template(self, template: ChecklistTemplate) -> ChecklistTemplate:
        with session_scope(self.engine) as session:
            return _insert_template(session, template)

    def update_template(self, template: ChecklistTemplate) -> ChecklistTemplate:
        """Store a template's name, categories, description and steps (the steps are replaced whole)."""
        template.validate()
        with session_scope(self.engine) as session:
            stored = session.exec(select(ChecklistTemplateRow).where(ChecklistTemplateRow.key == template.key)
                                  .with_for_update()).first()
            check_version(template, _read_template(session, stored) if stored is not None else None)
            row = _template_row(session, template.key)
            row.version += 1  # its steps are rows of their own: the template's version covers them too
            row.name = template.name.strip()
            row.categories = ",".join(c.value for c in template.categories)
            row.description = template.description
            session.add(row)
            for item in _item_rows(session, row.id):
                session.delete(item)
            session.flush()
            _write_items(session, row.id or 0, template.items)
            session.flush()
            return _read_template(session, row)

    def delete_template(self, key: str) -> None:
        with session_scope(self.engine) as session:
            row = _template_row(session, key)
            for item in _item_rows(session, row.id):
                session.delete(item)
            session.flush()  # steps first: the database would cascade them away under the ORM's feet
            session.delete(row)

    def apply_template(self, event_uid: str, template_key: str) -> list[Task]:
        """Give an event the template's steps in one action; steps it already has (same title) are skipped."""
        with session_scope(self.engine) as session:
            event = repo.EventRepository(session).get(event_uid)
            return _apply(session, event, _read_template(session, _template_row(session, template_key)))

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
    )


# ---------------------------------------------------------------------------
# Seeding
# ---------------------------------------------------------------------------


def _shipped_templates() -> list[ChecklistTemplate]:
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


def seeded_checklist_keys() -> dict[str, str]:
    """Map the UID of each seeded event that is a meeting or ceremony of its kind to its template key.

    The shipped events name their template in an optional ``"checklist"`` field of
    ``resources/seed/events.json``: a category alone does not make a meeting (an "SG meets
    the TTF chair" row is filed under Think Tank Forum but needs no forum checklist).
    """
    # Imported here: the seeding module imports this one to run seed_checklists().
    from cica_planner.services.seeding import seed_uid

    return {seed_uid(item["key"]): item["checklist"] for item in load_json("seed", "events.json") if item.get("checklist")}


def seed_checklists(session: Session) -> None:
    """Load the shipped templates, then give the seeded meetings of 2024–2026 their checklists.

    Only events whose seed entry names a template (``"checklist"``) get one. Steps the
    event already has are skipped by title: the 7th Ministerial Council carries the handover
    milestones, which the Ministerial Council template shares. Every step starts open: the
    sources say when meetings were held, not when each preparation step was done, so the
    steps of held meetings read "not recorded" until someone closes them.
    """
    templates = {template.key: _insert_template(session, template) for template in _shipped_templates()}
    wanted = seeded_checklist_keys()
    unknown = sorted(set(wanted.values()) - templates.keys())
    if unknown:
        raise ValidationError(f"the seeded events name the unknown checklist template {unknown[0]!r}")
    statement = select(EventRow).where(col(EventRow.uid).in_(list(wanted)), col(EventRow.rrule).is_(None))
    for row in session.exec(statement.order_by(col(EventRow.id))).all():
        event = repo.event_from_row(row)
        first = event.local_start_date()
        if not SEED_CHECKLISTS_FROM <= first <= SEED_CHECKLISTS_UNTIL or event.status is EventStatus.CANCELLED:
            continue
        _apply(session, event, templates[wanted[event.uid]])
    session.flush()
