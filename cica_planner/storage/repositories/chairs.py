"""The chairmanship register and handover plans: chair terms, body chairs, handovers.

Terms and body chairs are read with the names of their countries and bodies; a handover
is read as stored (its milestones are tasks, see ``tasks``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC

from sqlmodel import Session, col, select

from cica_planner.domain.chairmanship import BodyChair, ChairTerm, Handover, handover_title
from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import utc_now
from cica_planner.domain.tasks import Task
from cica_planner.storage.repositories.common import get_row
from cica_planner.storage.repositories.reference import body_names, country_names
from cica_planner.storage.repositories.tasks import task_from_row, task_to_row
from cica_planner.storage.tables import BodyChairRow, ChairTermRow, HandoverRow, TaskRow


def term_from_row(row: ChairTermRow, names: dict[str, str]) -> ChairTerm:
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


def term_to_row(term: ChairTerm, row: ChairTermRow | None = None) -> ChairTermRow:
    row = row or ChairTermRow(country=term.country, starts=term.starts)
    row.country = term.country.upper()
    row.starts, row.ends = term.starts, term.ends
    row.opened_by, row.closed_by = term.opened_by, term.closed_by
    row.decided_on, row.decided_how = term.decided_on, term.decided_how
    row.theme = term.theme
    row.priorities = "\n".join(p.strip() for p in term.priorities if p.strip())
    return row


def chair_from_row(row: BodyChairRow, bodies: dict[str, str]) -> BodyChair:
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


def chair_to_row(chair: BodyChair, row: BodyChairRow | None = None) -> BodyChairRow:
    row = row or BodyChairRow(body_code=chair.body_code, holder=chair.holder)
    row.body_code = chair.body_code.upper()
    row.holder = chair.holder.strip()
    row.country = chair.country.upper()
    row.starts, row.ends, row.note = chair.starts, chair.ends, chair.note
    return row


def handover_from_row(row: HandoverRow) -> Handover:
    return Handover(
        id=row.id,
        from_country=row.from_country,
        to_country=row.to_country,
        anchor_event_uid=row.anchor_event_uid,
        title=row.title,
        created=row.created.replace(tzinfo=UTC) if row.created.tzinfo is None else row.created,
    )


class ChairTermRepository:
    """The chairmanship terms of CICA, with their countries' names."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def all(self) -> list[ChairTerm]:
        names = country_names(self.session)
        return [term_from_row(row, names) for row in self.session.exec(select(ChairTermRow)).all()]

    def locked(self, term_id: int | None) -> ChairTerm | None:
        """The term ``term_id`` read for a write (locked on PostgreSQL until the commit); None when deleted."""
        row = self.session.exec(select(ChairTermRow).where(ChairTermRow.id == term_id).with_for_update()).first()
        return None if row is None else term_from_row(row, country_names(self.session))

    def add(self, term: ChairTerm) -> ChairTerm:
        return self._write(term_to_row(term))

    def update(self, term: ChairTerm) -> ChairTerm:
        return self._write(term_to_row(term, get_row(self.session, ChairTermRow, term.id, "chairmanship term")))

    def delete(self, term_id: int) -> ChairTerm:
        """Remove the term and return it as it was."""
        row = get_row(self.session, ChairTermRow, term_id, "chairmanship term")
        term = term_from_row(row, country_names(self.session))
        self.session.delete(row)
        return term

    def _write(self, row: ChairTermRow) -> ChairTerm:
        self.session.add(row)
        self.session.flush()
        return term_from_row(row, country_names(self.session))


class BodyChairRepository:
    """Who chairs each CICA body, with the bodies' names."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def all(self, body: str | None = None) -> list[BodyChair]:
        """Every body chair, or those of ``body`` (a code)."""
        statement = select(BodyChairRow)
        if body:
            statement = statement.where(col(BodyChairRow.body_code) == body.strip().upper())
        bodies = body_names(self.session)
        return [chair_from_row(row, bodies) for row in self.session.exec(statement).all()]

    def add(self, chair: BodyChair) -> BodyChair:
        return self._write(chair_to_row(chair))

    def update(self, chair: BodyChair) -> BodyChair:
        return self._write(chair_to_row(chair, get_row(self.session, BodyChairRow, chair.id, "body chair")))

    def delete(self, chair_id: int) -> BodyChair:
        """Remove the body chair and return it as it was."""
        row = get_row(self.session, BodyChairRow, chair_id, "body chair")
        chair = chair_from_row(row, body_names(self.session))
        self.session.delete(row)
        return chair

    def _write(self, row: BodyChairRow) -> BodyChair:
        self.session.add(row)
        self.session.flush()
        return chair_from_row(row, body_names(self.session))


class HandoverRepository:
    """Handover plans; their milestones are tasks that name the handover."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def all(self) -> list[Handover]:
        """Every handover, oldest first."""
        rows = self.session.exec(select(HandoverRow).order_by(col(HandoverRow.id))).all()
        return [handover_from_row(row) for row in rows]

    def get(self, handover_id: int) -> Handover:
        return handover_from_row(get_row(self.session, HandoverRow, handover_id, "handover"))

    def anchors(self) -> set[str]:
        """The UIDs of the meetings that anchor a handover."""
        return set(self.session.exec(select(HandoverRow.anchor_event_uid)).all())

    def labels(self, handover_ids: list[int]) -> dict[int, str]:
        """The handovers' labels ('Kazakhstan → Azerbaijan') by id."""
        rows = self.session.exec(select(HandoverRow).where(col(HandoverRow.id).in_(handover_ids))).all()
        names = country_names(self.session)
        return {
            row.id or 0: handover_title(names.get(row.from_country, row.from_country), names.get(row.to_country, ""))
            for row in rows
        }

    def at_anchor(self, anchor_event_uid: str) -> Handover | None:
        row = self.session.exec(select(HandoverRow).where(HandoverRow.anchor_event_uid == anchor_event_uid)).first()
        return None if row is None else handover_from_row(row)

    def add(self, handover: Handover, milestones: Sequence[Task] = ()) -> Handover:
        """Store ``handover`` (under its id when it has one: a plan brought back) with its milestones.

        Milestones with ids keep them; new ones get ids and the handover's id.
        """
        if handover.id is not None and self.session.get(HandoverRow, handover.id) is not None:
            raise ValidationError(f"the handover {handover.title!r} exists already")
        row = HandoverRow(
            id=handover.id,
            from_country=handover.from_country,
            to_country=handover.to_country,
            anchor_event_uid=handover.anchor_event_uid,
            title=handover.title,
            created=handover.created or utc_now(),
        )
        self.session.add(row)
        self.session.flush()
        for task in milestones:
            stored = TaskRow(id=task.id, event_uid=task.event_uid, title=task.title) if task.id is not None else None
            self.session.add(task_to_row(replace(task, handover_id=row.id), stored))
        self.session.flush()
        return handover_from_row(row)

    def rename(self, handover_id: int, to_country: str, title: str) -> Handover:
        """Record the incoming chair (or none) and the plan's title that names it."""
        row = get_row(self.session, HandoverRow, handover_id, "handover")
        row.to_country, row.title = to_country, title
        self.session.add(row)
        self.session.flush()
        return handover_from_row(row)

    def delete(self, handover_id: int) -> tuple[Handover, list[Task]]:
        """Delete the handover with its milestones; return both as they were."""
        row = get_row(self.session, HandoverRow, handover_id, "handover")
        milestones = []
        for task in self.session.exec(select(TaskRow).where(TaskRow.handover_id == handover_id)).all():
            milestones.append(task_from_row(task))
            self.session.delete(task)
        self.session.flush()  # the milestones first, so the foreign-key cascade finds nothing left to do
        handover = handover_from_row(row)
        self.session.delete(row)
        return handover, milestones
