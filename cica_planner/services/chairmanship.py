"""Chairmanship register, troika, advisory-body chairs and handover plans.

A handover plan is a set of tasks in the shared task store (``TaskService``) that carry the
handover's id and hang on the meeting that transfers the chair, each with a deadline
relative to that meeting. Deadlines are worked out when read, so when the meeting moves
every milestone still to do moves with it, while done milestones keep their completion
dates. Every public method is one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import TypeVar

from sqlalchemy.engine import Engine
from sqlmodel import Session

from cica_planner.domain.chairmanship import (
    UNDECIDED_SUCCESSOR,
    BodyChair,
    ChairTerm,
    Handover,
    HandoverTemplate,
    Troika,
    check_no_overlap,
    handover_title,
    ordered_terms,
    register_problems,
    troika_at,
)
from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Body, Category, Country, Event, PeriodPart, Precision, utc_now
from cica_planner.domain.periods import when_label
from cica_planner.domain.tasks import Task, TaskStatus
from cica_planner.resources import load_json
from cica_planner.services.concurrency import check_version, own_version, record_write
from cica_planner.services.tasks import TaskItem, TaskQuery, TaskService
from cica_planner.storage import repositories as repo
from cica_planner.storage.db import session_scope
from cica_planner.storage.seed_ids import seed_uid

T = TypeVar("T")

#: Meetings that can transfer the chair.
ANCHOR_CATEGORIES = (Category.SUMMIT, Category.MINISTERIAL_COUNCIL)
#: The meeting that handed the chair from Kazakhstan to Azerbaijan, and the one that ends Azerbaijan's term.
SEED_HANDOVER_ANCHOR = seed_uid("E097")
SEED_NEXT_ANCHOR = seed_uid("E100")
HANDOVER_TAG = "handover"
#: What a handover shows in place of its meeting once that meeting is deleted.
ANCHOR_DELETED = "meeting deleted"


class MilestoneState(StrEnum):
    """How a milestone stands on a given day."""

    DONE = "done"
    OPEN = "open"
    OVERDUE = "overdue"
    NOT_RECORDED = "not recorded"  # open, but its meeting was held: done or skipped, nobody said which


def milestone_state(item: TaskItem, today: date) -> MilestoneState:
    """Return whether ``item`` is done, open, overdue or not recorded on ``today``."""
    if item.task.is_done:
        return MilestoneState.DONE
    if item.not_recorded:
        return MilestoneState.NOT_RECORDED
    return MilestoneState.OVERDUE if item.is_overdue(today) else MilestoneState.OPEN


def milestone_date(item: TaskItem) -> date | None:
    """The day to show for a milestone: when it was done, else when it is due.

    A milestone done on a day nobody recorded has no day to show: its due date is not the day it was done.
    """
    if item.task.is_done:
        return item.task.completed_on
    return item.due


@dataclass(frozen=True)
class HandoverPlan:
    """A handover with what a view needs: names, its anchor meeting and its milestones."""

    handover: Handover
    from_name: str
    to_name: str  # UNDECIDED_SUCCESSOR while the successor is not chosen
    anchor_title: str
    anchor_start: date | None  # None when the meeting was deleted
    anchor_end: date | None
    anchor_provisional: bool  # the meeting's day is not fixed yet
    anchor_when: str  # '17 Dec 2024' or '2026 (provisional)'
    milestones: tuple[TaskItem, ...]
    anchor_precision: Precision = Precision.DAY  # how exactly the day is known (to write ``anchor_when`` in another language)
    anchor_period_part: PeriodPart | None = None

    @property
    def id(self) -> int:
        return self.handover.id or 0

    @property
    def label(self) -> str:
        """'Kazakhstan → Azerbaijan'."""
        return handover_title(self.from_name, self.to_name)

    @property
    def anchor_deleted(self) -> bool:
        """True when the meeting the handover hangs on has been deleted."""
        return self.anchor_start is None

    @property
    def anchor_label(self) -> str:
        """'7th CICA Ministerial Council, 17 Dec 2024', or 'meeting deleted'."""
        if self.anchor_deleted:
            return ANCHOR_DELETED
        return f"{self.anchor_title}, {self.anchor_when}" if self.anchor_when else self.anchor_title

    def counts(self, today: date) -> dict[MilestoneState, int]:
        """How many milestones are done, open and overdue on ``today``."""
        found = dict.fromkeys(MilestoneState, 0)
        for item in self.milestones:
            found[milestone_state(item, today)] += 1
        return found


@dataclass(frozen=True)
class AnchorChoice:
    """A meeting that can anchor a handover (offered by 'Plan next handover')."""

    uid: str
    title: str
    start: date
    provisional: bool
    when: str

    @property
    def label(self) -> str:
        return f"{self.title} — {self.when}"


def default_template() -> HandoverTemplate:
    """The shipped handover template (``resources/seed/handover_template.json``)."""
    return HandoverTemplate.from_json(load_json("seed", "handover_template.json"))


# ---------------------------------------------------------------------------
# Rows <-> domain objects (this service owns these tables)
# ---------------------------------------------------------------------------


def _require_country(names: dict[str, str], code: str, what: str) -> str:
    code = code.strip().upper()
    if code not in names:
        raise ValidationError(f"{what}: {code!r} is not a known country code")
    return code


def _successor(names: dict[str, str], from_country: str, to_country: str) -> str:
    """The incoming chair's code, or "" while undecided; a chair cannot follow itself."""
    code = _require_country(names, to_country, "incoming chair") if to_country.strip() else ""
    if code == from_country:
        raise ValidationError("a chair cannot hand over to itself")
    return code


def _require_body(bodies: dict[str, str], code: str) -> None:
    if code.upper() not in bodies:
        raise ValidationError(f"{code!r} is not a known CICA body")


def insert_handover(
    session: Session,
    from_country: str,
    to_country: str,
    anchor_event_uid: str,
    template: HandoverTemplate,
    done_on: dict[str, date | None] | None = None,
) -> Handover:
    """Write a handover and its milestone tasks in ``session`` (all or nothing with the caller)."""
    names = repo.country_names(session)
    from_country = _require_country(names, from_country, "outgoing chair")
    to_country = _successor(names, from_country, to_country)
    event = repo.EventRepository(session).get(anchor_event_uid)
    if event.category not in ANCHOR_CATEGORIES:
        raise ValidationError(f"{event.title!r} is a {event.category.value}; a handover needs a Summit or Ministerial Council")
    handovers = repo.HandoverRepository(session)
    if handovers.at_anchor(anchor_event_uid) is not None:
        raise ValidationError(f"a handover is already planned at {event.title!r}")
    if not template.milestones:
        raise ValidationError(f"the template {template.name!r} has no milestones")
    handover = Handover(
        from_country=from_country,
        to_country=to_country,
        anchor_event_uid=anchor_event_uid,
        title=handover_title(names[from_country], names.get(to_country, ""), event.title),
        created=utc_now(),
    )
    done_on = done_on or {}
    milestones = []
    for position, milestone in enumerate(template.milestones):
        done = milestone.title in done_on
        completed = done_on.get(milestone.title)
        task = Task(
            title=milestone.title,
            event_uid=anchor_event_uid,
            owner=milestone.owner,
            relative=milestone.offset,
            priority=milestone.priority,
            status=TaskStatus.DONE if done else TaskStatus.TODO,
            completed_on=completed,  # None when done on a day nobody recorded
            position=position,
            tags=[HANDOVER_TAG],
        )
        task.validate()
        milestones.append(task)
    return handovers.add(handover, milestones)


# ---------------------------------------------------------------------------
# Service
# ---------------------------------------------------------------------------


class ChairmanshipService:
    """Read and edit the chairmanship register and plan handovers; each call is one transaction."""

    def __init__(self, engine: Engine, *, tasks: TaskService | None = None) -> None:
        self.engine = engine
        #: The milestones of a handover plan are tasks: the one task service of the calendar when given.
        self.tasks = tasks or TaskService(engine)

    def _run(self, work: Callable[[Session], T]) -> T:
        with session_scope(self.engine) as session:
            return work(session)

    # -- register --------------------------------------------------------------

    def terms(self) -> list[ChairTerm]:
        """All chairmanship terms in the order they started, with country names."""

        return ordered_terms(self._run(lambda session: repo.ChairTermRepository(session).all()))

    def troika(self, day: date) -> Troika:
        """The previous, current and incoming chair on ``day``."""
        return troika_at(self.terms(), day)

    def register_problems(self) -> list[str]:
        """Gaps and overlaps in the register (empty when it is sound)."""
        return register_problems(self.terms())

    def add_term(self, term: ChairTerm) -> ChairTerm:
        """Add a term; it must not overlap another one."""
        return self._save_term(term, new=True)

    def update_term(self, term: ChairTerm) -> ChairTerm:
        """Save an edited term (matched by id); it must not overlap another one."""
        if term.id is None:
            raise ValidationError("only a saved term can be updated")
        return self._save_term(term, new=False)

    def _save_term(self, term: ChairTerm, *, new: bool) -> ChairTerm:
        def work(session: Session) -> ChairTerm:
            names = repo.country_names(session)
            code = _require_country(names, term.country, "chair")
            candidate = replace(term, country=code, name=names[code], id=None if new else term.id)
            terms = repo.ChairTermRepository(session)
            check_no_overlap(terms.all(), candidate)
            if new:
                return terms.add(candidate)
            check_version(term, terms.locked(term.id))
            return terms.update(candidate)

        saved = self._run(work)
        record_write(self.engine, "term", saved.id, saved.version)
        return saved

    def undo_version(self, kind: str, row_id: int | None) -> int:
        """The version an undo of this program's latest write of a register row expects (0: unchecked)."""
        return own_version(self.engine, kind, row_id) or 0 if kind == "term" else 0

    def delete_term(self, term_id: int) -> ChairTerm:
        """Remove a term from the register and return it (for undo)."""

        return self._run(lambda session: repo.ChairTermRepository(session).delete(term_id))

    # -- advisory-body chairs ----------------------------------------------------

    def body_chairs(self, body: str | None = None) -> list[BodyChair]:
        """Chairs of the bodies (of ``body`` only when given), by body then period."""

        chairs = self._run(lambda session: repo.BodyChairRepository(session).all(body))
        return sorted(chairs, key=lambda c: (c.body_code, c.starts or date.min, c.ends or date.max, c.id or 0))

    def body_chairs_at(self, day: date) -> list[BodyChair]:
        """Who chairs each body on ``day`` — independent of who chairs CICA."""
        return [c for c in self.body_chairs() if c.covers(day)]

    def add_body_chair(self, chair: BodyChair) -> BodyChair:
        chair.validate()

        def work(session: Session) -> BodyChair:
            _require_body(repo.body_names(session), chair.body_code)
            return repo.BodyChairRepository(session).add(chair)

        return self._run(work)

    def update_body_chair(self, chair: BodyChair) -> BodyChair:
        chair.validate()
        if chair.id is None:
            raise ValidationError("only a saved body chair can be updated")

        def work(session: Session) -> BodyChair:
            chairs = repo.BodyChairRepository(session)
            _require_body(repo.body_names(session), chair.body_code)
            return chairs.update(chair)

        return self._run(work)

    def delete_body_chair(self, chair_id: int) -> BodyChair:
        return self._run(lambda session: repo.BodyChairRepository(session).delete(chair_id))

    def chaired_bodies(self) -> list[Body]:
        """The working and advisory bodies whose chairs the register records, by name."""
        return [b for b in self._run(repo.bodies) if b.kind in ("working", "advisory")]

    # -- countries -------------------------------------------------------------

    def member_countries(self) -> list[Country]:
        """Member States by name: the countries that can chair CICA."""
        return [c for c in self._run(repo.countries) if c.status == "member"]

    def country_name(self, code: str) -> str:
        """The name of ``code``, or the undecided-successor wording for an empty code."""
        if not code:
            return UNDECIDED_SUCCESSOR
        return self._run(repo.country_names).get(code.upper(), code.upper())

    # -- handovers -------------------------------------------------------------

    def handovers(self) -> list[Handover]:
        """All handovers, oldest first."""

        return self._run(lambda session: repo.HandoverRepository(session).all())

    def get_handover(self, handover_id: int) -> Handover:
        return self._run(lambda session: repo.HandoverRepository(session).get(handover_id))

    def handover_plan(self, handover_id: int) -> list[TaskItem]:
        """The milestones of a handover in deadline order, dated from where its meeting is now."""
        self.get_handover(handover_id)
        return self.tasks.list_tasks(TaskQuery(handover_id=handover_id))

    def plan(self, handover_id: int) -> HandoverPlan:
        """A handover with its names, anchor meeting and milestones."""
        return self._plan(self.get_handover(handover_id))

    def plans(self) -> list[HandoverPlan]:
        """Every handover as a plan, in the order the meetings take place."""
        found = [self._plan(h) for h in self.handovers()]
        return sorted(found, key=lambda p: (p.anchor_start or date.max, p.id))

    def _plan(self, handover: Handover) -> HandoverPlan:
        def work(session: Session) -> tuple[dict[str, str], Event | None]:
            return repo.country_names(session), repo.EventRepository(session).find(handover.anchor_event_uid)

        names, event = self._run(work)
        items = self.tasks.list_tasks(TaskQuery(handover_id=handover.id)) if event is not None else []
        # Chronological as it happened or will happen: done milestones sit at their real dates.
        milestones = tuple(sorted(items, key=lambda i: (milestone_date(i) or i.due or date.max, i.task.position)))
        return HandoverPlan(
            handover=handover,
            from_name=names.get(handover.from_country, handover.from_country),
            to_name=names.get(handover.to_country, handover.to_country) if handover.to_country else UNDECIDED_SUCCESSOR,
            anchor_title=event.title if event else f"({ANCHOR_DELETED})",
            anchor_start=event.local_start_date() if event else None,
            anchor_end=event.local_end_date() if event else None,
            anchor_provisional=event is not None and event.precision is not Precision.DAY,
            anchor_when=when_label(event) if event else "",
            milestones=milestones,
            anchor_precision=event.precision if event else Precision.DAY,
            anchor_period_part=event.period_part if event else None,
        )

    def create_handover(
        self,
        from_country: str,
        to_country: str,
        anchor_event_uid: str,
        template: HandoverTemplate | None = None,
    ) -> Handover:
        """Plan a handover at a Summit or Ministerial Council, with one task per template milestone.

        ``to_country`` may be empty while the successor is undecided. The handover and its
        milestones are written together or not at all.
        """
        chosen = template or default_template()
        return self._run(lambda s: insert_handover(s, from_country, to_country, anchor_event_uid, chosen))

    def next_handover_defaults(self) -> tuple[str, str | None]:
        """The outgoing chair (the latest in the register) and the meeting suggested to anchor its handover."""
        terms = self.terms()
        if not terms:
            raise ValidationError("the chairmanship register is empty; add the current chair first")
        latest = terms[-1]
        choices = self.anchor_candidates()
        preferred = next((c.uid for c in choices if c.uid == SEED_NEXT_ANCHOR), None)
        # Otherwise: the first Summit after the term began (a Summit closes a term), else any meeting.
        summit = next((c.uid for c in choices if c.start >= latest.starts and "summit" in c.title.casefold()), None)
        fallback = choices[0].uid if choices else None
        return latest.country, preferred or summit or fallback

    def anchor_candidates(self) -> list[AnchorChoice]:
        """Summits and Ministerial Councils after the latest term began that anchor no handover yet."""
        terms = self.terms()
        since = terms[-1].starts if terms else date.min

        def work(session: Session) -> list[AnchorChoice]:
            taken = repo.HandoverRepository(session).anchors()
            found = []
            for event in repo.EventRepository(session).of_categories(ANCHOR_CATEGORIES):
                if event.uid in taken or event.local_start_date() < since:
                    continue
                found.append(
                    AnchorChoice(
                        uid=event.uid,
                        title=event.title,
                        start=event.local_start_date(),
                        provisional=event.precision is not Precision.DAY,
                        when=when_label(event),
                    )
                )
            return sorted(found, key=lambda c: (c.start, c.title))

        return self._run(work)

    def plan_next_handover(
        self,
        to_country: str = "",
        anchor_event_uid: str | None = None,
        template: HandoverTemplate | None = None,
    ) -> Handover:
        """Plan the handover from the latest chair to ``to_country`` (may be undecided) at the suggested meeting."""
        from_country, suggested = self.next_handover_defaults()
        anchor = anchor_event_uid or suggested
        if anchor is None:
            raise ValidationError("no Summit or Ministerial Council is planned to hand the chair over at")
        return self.create_handover(from_country, to_country, anchor, template)

    def set_successor(self, handover_id: int, to_country: str) -> Handover:
        """Name (or clear) the incoming chair of a handover once it is decided."""

        def work(session: Session) -> Handover:
            handovers = repo.HandoverRepository(session)
            handover = handovers.get(handover_id)
            names = repo.country_names(session)
            code = _successor(names, handover.from_country, to_country)
            event = repo.EventRepository(session).find(handover.anchor_event_uid)
            title = handover_title(names.get(handover.from_country, handover.from_country), names.get(code, ""),
                                   event.title if event else "")
            return handovers.rename(handover_id, code, title)

        return self._run(work)

    def delete_handover(self, handover_id: int) -> Handover:
        """Delete a handover with its milestones and return it."""

        return self._run(lambda session: repo.HandoverRepository(session).delete(handover_id)[0])

    def restore_handover(self, handover: Handover, milestones: Sequence[Task]) -> Handover:
        """Bring back a deleted handover with its milestones, keeping their ids (redo of a plan)."""

        def work(session: Session) -> Handover:
            return repo.HandoverRepository(session).add(handover, milestones)

        return self._run(work)

    def set_milestone_done(self, task_id: int, done: bool, on: date) -> TaskItem:
        """Mark a milestone done on ``on`` (or open again) and return it as it now stands."""
        item = self.tasks.get(task_id)
        if item.task.handover_id is None:
            raise ValidationError(f"task {task_id} is not a handover milestone")
        self.tasks.set_status([task_id], TaskStatus.DONE if done else TaskStatus.TODO, on)
        return self.tasks.get(task_id)
