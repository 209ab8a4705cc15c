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
from datetime import UTC, date
from enum import StrEnum
from typing import TypeVar

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

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
from cica_planner.domain.model import Body, Category, Country, Event, Precision, utc_now
from cica_planner.domain.periods import when_label
from cica_planner.domain.tasks import Task, TaskStatus
from cica_planner.resources import load_json
from cica_planner.services.concurrency import check_version, own_version, record_write
from cica_planner.services.seeding import seed_uid
from cica_planner.services.tasks import TaskItem, TaskQuery, TaskService
from cica_planner.storage import repositories as repo
from cica_planner.storage.db import session_scope
from cica_planner.storage.tables import BodyChairRow, BodyRow, ChairTermRow, CountryRow, EventRow, HandoverRow, TaskRow

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


def _term_from_row(row: ChairTermRow, names: dict[str, str]) -> ChairTerm:
    return ChairTerm(
        id=row.id,
        country=row.country,
        name=names.get(row.country, row.country),
        starts=row.starts,
        ends=row.ends,
        opened_by=row.opened_by,
        closed_by=row.closed_by,
        decided_on=row.decided_on,
        decided_how=row.decided_how,
        theme=row.theme,
        priorities=tuple(line for line in row.priorities.splitlines() if line.strip()),
        version=row.version,
        changed_by=row.changed_by,
        changed_at=row.changed_at,
    )


def _term_to_row(term: ChairTerm, row: ChairTermRow | None = None) -> ChairTermRow:
    row = row or ChairTermRow(country=term.country, starts=term.starts)
    row.country = term.country.upper()
    row.starts, row.ends = term.starts, term.ends
    row.opened_by, row.closed_by = term.opened_by, term.closed_by
    row.decided_on, row.decided_how = term.decided_on, term.decided_how
    row.theme = term.theme
    row.priorities = "\n".join(p.strip() for p in term.priorities if p.strip())
    return row


def _chair_from_row(row: BodyChairRow, bodies: dict[str, str]) -> BodyChair:
    return BodyChair(
        id=row.id,
        body_code=row.body_code,
        body_name=bodies.get(row.body_code, row.body_code),
        holder=row.holder,
        country=row.country,
        starts=row.starts,
        ends=row.ends,
        note=row.note,
    )


def _chair_to_row(chair: BodyChair, row: BodyChairRow | None = None) -> BodyChairRow:
    row = row or BodyChairRow(body_code=chair.body_code, holder=chair.holder)
    row.body_code = chair.body_code.upper()
    row.holder = chair.holder.strip()
    row.country = chair.country.upper()
    row.starts, row.ends, row.note = chair.starts, chair.ends, chair.note
    return row


def _handover_from_row(row: HandoverRow) -> Handover:
    return Handover(
        id=row.id,
        from_country=row.from_country,
        to_country=row.to_country,
        anchor_event_uid=row.anchor_event_uid,
        title=row.title,
        created=row.created.replace(tzinfo=UTC) if row.created.tzinfo is None else row.created,
    )


def _country_names(session: Session) -> dict[str, str]:
    return {row.code: row.name for row in session.exec(select(CountryRow)).all()}


def _body_names(session: Session) -> dict[str, str]:
    return {row.code: row.name for row in session.exec(select(BodyRow)).all()}


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


def _insert_handover(
    session: Session,
    from_country: str,
    to_country: str,
    anchor_event_uid: str,
    template: HandoverTemplate,
    done_on: dict[str, date | None] | None = None,
) -> Handover:
    """Write a handover and its milestone tasks in ``session`` (all or nothing with the caller)."""
    names = _country_names(session)
    from_country = _require_country(names, from_country, "outgoing chair")
    to_country = _successor(names, from_country, to_country)
    event = repo.EventRepository(session).get(anchor_event_uid)
    if event.category not in ANCHOR_CATEGORIES:
        raise ValidationError(f"{event.title!r} is a {event.category.value}; a handover needs a Summit or Ministerial Council")
    taken = session.exec(select(HandoverRow).where(HandoverRow.anchor_event_uid == anchor_event_uid)).first()
    if taken is not None:
        raise ValidationError(f"a handover is already planned at {event.title!r}")
    if not template.milestones:
        raise ValidationError(f"the template {template.name!r} has no milestones")
    row = HandoverRow(
        from_country=from_country,
        to_country=to_country,
        anchor_event_uid=anchor_event_uid,
        title=handover_title(names[from_country], names.get(to_country, ""), event.title),
        created=utc_now(),
    )
    session.add(row)
    session.flush()
    done_on = done_on or {}
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
            handover_id=row.id,
            position=position,
            tags=[HANDOVER_TAG],
        )
        task.validate()
        session.add(repo.task_to_row(task))
    session.flush()
    return _handover_from_row(row)


# ---------------------------------------------------------------------------
# Seed: the register 1999→2026 and the 2024 handover with its real dates
# ---------------------------------------------------------------------------


def _optional_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def seed_chairmanships(session: Session) -> None:
    """Load the shipped register, the body chairs and the 2024 KZ → AZ handover."""
    data = load_json("seed", "chairmanships.json")
    for item in data["terms"]:
        term = ChairTerm(
            country=item["country"],
            starts=date.fromisoformat(item["from"]),
            ends=_optional_date(item.get("to")),
            opened_by=item.get("opened_by", ""),
            closed_by=item.get("closed_by", ""),
            decided_on=_optional_date(item.get("decided_on")),
            decided_how=item.get("decided_how", ""),
            theme=item.get("theme", ""),
            priorities=tuple(item.get("priorities") or ()),
        )
        term.validate()
        session.add(_term_to_row(term))
    for item in data["body_chairs"]:
        chair = BodyChair(
            body_code=item["body"],
            holder=item["holder"],
            country=item.get("country", ""),
            starts=_optional_date(item.get("from")),
            ends=_optional_date(item.get("to")),
            note=item.get("note", ""),
        )
        chair.validate()
        session.add(_chair_to_row(chair))
    session.flush()
    template_data = load_json("seed", "handover_template.json")
    # The 2024 handover happened: each milestone known to be done keeps its real day, or none
    # when that day is not recorded; milestones nobody reported stay open ("not recorded").
    done_on = {item["title"]: _optional_date(item["done_on"]) for item in template_data.get("actual_2024", [])}
    _insert_handover(session, "KZ", "AZ", SEED_HANDOVER_ANCHOR, HandoverTemplate.from_json(template_data), done_on)


# ---------------------------------------------------------------------------
# Service
# ---------------------------------------------------------------------------


class ChairmanshipService:
    """Read and edit the chairmanship register and plan handovers; each call is one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.tasks = TaskService(engine)

    def _run(self, work: Callable[[Session], T]) -> T:
        with session_scope(self.engine) as session:
            return work(session)

    # -- register --------------------------------------------------------------

    def terms(self) -> list[ChairTerm]:
        """All chairmanship terms in the order they started, with country names."""

        def work(session: Session) -> list[ChairTerm]:
            names = _country_names(session)
            return [_term_from_row(row, names) for row in session.exec(select(ChairTermRow)).all()]

        return ordered_terms(self._run(work))

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
            names = _country_names(session)
            code = _require_country(names, term.country, "chair")
            candidate = replace(term, country=code, name=names[code], id=None if new else term.id)
            others = [_term_from_row(r, names) for r in session.exec(select(ChairTermRow)).all()]
            check_no_overlap(others, candidate)
            row = None
            if not new:
                row = session.exec(select(ChairTermRow).where(ChairTermRow.id == term.id).with_for_update()).first()
                check_version(term, _term_from_row(row, names) if row is not None else None)
                row = repo.get_row(session, ChairTermRow, term.id, "chairmanship term")
            row = _term_to_row(candidate, row)
            session.add(row)
            session.flush()
            return _term_from_row(row, names)

        saved = self._run(work)
        record_write(self.engine, "term", saved.id, saved.version)
        return saved

    def undo_version(self, kind: str, row_id: int | None) -> int:
        """The version an undo of this program's latest write of a register row expects (0: unchecked)."""
        return own_version(self.engine, kind, row_id) or 0 if kind == "term" else 0

    def delete_term(self, term_id: int) -> ChairTerm:
        """Remove a term from the register and return it (for undo)."""

        def work(session: Session) -> ChairTerm:
            row = repo.get_row(session, ChairTermRow, term_id, "chairmanship term")
            term = _term_from_row(row, _country_names(session))
            session.delete(row)
            return term

        return self._run(work)

    # -- advisory-body chairs ----------------------------------------------------

    def body_chairs(self, body: str | None = None) -> list[BodyChair]:
        """Chairs of the bodies (of ``body`` only when given), by body then period."""

        def work(session: Session) -> list[BodyChair]:
            statement = select(BodyChairRow)
            if body:
                statement = statement.where(col(BodyChairRow.body_code) == body.strip().upper())
            bodies = _body_names(session)
            return [_chair_from_row(row, bodies) for row in session.exec(statement).all()]

        chairs = self._run(work)
        return sorted(chairs, key=lambda c: (c.body_code, c.starts or date.min, c.ends or date.max, c.id or 0))

    def body_chairs_at(self, day: date) -> list[BodyChair]:
        """Who chairs each body on ``day`` — independent of who chairs CICA."""
        return [c for c in self.body_chairs() if c.covers(day)]

    def add_body_chair(self, chair: BodyChair) -> BodyChair:
        chair.validate()

        def work(session: Session) -> BodyChair:
            bodies = _body_names(session)
            _require_body(bodies, chair.body_code)
            row = _chair_to_row(chair)
            session.add(row)
            session.flush()
            return _chair_from_row(row, bodies)

        return self._run(work)

    def update_body_chair(self, chair: BodyChair) -> BodyChair:
        chair.validate()
        if chair.id is None:
            raise ValidationError("only a saved body chair can be updated")

        def work(session: Session) -> BodyChair:
            row = repo.get_row(session, BodyChairRow, chair.id, "body chair")
            bodies = _body_names(session)
            _require_body(bodies, chair.body_code)
            session.add(_chair_to_row(chair, row))
            session.flush()
            return _chair_from_row(row, bodies)

        return self._run(work)

    def delete_body_chair(self, chair_id: int) -> BodyChair:
        def work(session: Session) -> BodyChair:
            row = repo.get_row(session, BodyChairRow, chair_id, "body chair")
            chair = _chair_from_row(row, _body_names(session))
            session.delete(row)
            return chair

        return self._run(work)

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
        row = self._run(lambda s: s.get(CountryRow, code.upper()))
        return row.name if row is not None else code.upper()

    # -- handovers -------------------------------------------------------------

    def handovers(self) -> list[Handover]:
        """All handovers, oldest first."""

        def work(session: Session) -> list[Handover]:
            rows = session.exec(select(HandoverRow).order_by(col(HandoverRow.id))).all()
            return [_handover_from_row(row) for row in rows]

        return self._run(work)

    def get_handover(self, handover_id: int) -> Handover:
        def work(session: Session) -> Handover:
            row = repo.get_row(session, HandoverRow, handover_id, "handover")
            return _handover_from_row(row)

        return self._run(work)

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
            return _country_names(session), repo.EventRepository(session).find(handover.anchor_event_uid)

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
        return self._run(lambda s: _insert_handover(s, from_country, to_country, anchor_event_uid, chosen))

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
            taken = set(session.exec(select(HandoverRow.anchor_event_uid)).all())
            meetings = select(EventRow).where(col(EventRow.category).in_([c.value for c in ANCHOR_CATEGORIES]))
            found = []
            for event in (repo.event_from_row(row) for row in session.exec(meetings).all()):
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
            row = repo.get_row(session, HandoverRow, handover_id, "handover")
            names = _country_names(session)
            code = _successor(names, row.from_country, to_country)
            event = repo.EventRepository(session).find(row.anchor_event_uid)
            row.to_country = code
            row.title = handover_title(names.get(row.from_country, row.from_country), names.get(code, ""),
                                       event.title if event else "")
            session.add(row)
            session.flush()
            return _handover_from_row(row)

        return self._run(work)

    def delete_handover(self, handover_id: int) -> Handover:
        """Delete a handover with its milestones and return it."""

        def work(session: Session) -> Handover:
            row = repo.get_row(session, HandoverRow, handover_id, "handover")
            for task in session.exec(select(TaskRow).where(TaskRow.handover_id == handover_id)).all():
                session.delete(task)
            session.flush()  # the milestones first, so the foreign-key cascade finds nothing left to do
            handover = _handover_from_row(row)
            session.delete(row)
            return handover

        return self._run(work)

    def restore_handover(self, handover: Handover, milestones: Sequence[Task]) -> Handover:
        """Bring back a deleted handover with its milestones, keeping their ids (redo of a plan)."""

        def work(session: Session) -> Handover:
            if handover.id is not None and session.get(HandoverRow, handover.id) is not None:
                raise ValidationError(f"the handover {handover.title!r} exists already")
            row = HandoverRow(
                id=handover.id,
                from_country=handover.from_country,
                to_country=handover.to_country,
                anchor_event_uid=handover.anchor_event_uid,
                title=handover.title,
                created=handover.created or utc_now(),
            )
            session.add(row)
            session.flush()
            for task in milestones:
                stored = TaskRow(id=task.id, event_uid=task.event_uid, title=task.title)
                session.add(repo.task_to_row(replace(task, handover_id=row.id), stored))
            session.flush()
            return _handover_from_row(row)

        return self._run(work)

    def set_milestone_done(self, task_id: int, done: bool, on: date) -> TaskItem:
        """Mark a milestone done on ``on`` (or open again) and return it as it now stands."""
        item = self.tasks.get(task_id)
        if item.task.handover_id is None:
            raise ValidationError(f"task {task_id} is not a handover milestone")
        self.tasks.set_status([task_id], TaskStatus.DONE if done else TaskStatus.TODO, on)
        return self.tasks.get(task_id)
