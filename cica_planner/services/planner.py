"""Calendar use cases: occurrences in a window, create/edit/reschedule/delete, search.

Every public method is one transaction: it either writes completely or not at all.
Results are plain domain objects that stay valid after the session closes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time
from typing import TypeVar

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from cica_planner.domain.errors import NotFoundError, ValidationError
from cica_planner.domain.model import (
    Body,
    Category,
    Country,
    Event,
    EventStatus,
    Mode,
    Moment,
    Occurrence,
    Precision,
    utc_now,
    zone,
)
from cica_planner.domain.outcome import needs_date, needs_outcome
from cica_planner.domain.recurrence import occurrences as expand
from cica_planner.domain.tasks import Task
from cica_planner.storage import repositories as repo
from cica_planner.storage.db import session_scope
from cica_planner.storage.tables import CountryRow, TaskRow

T = TypeVar("T")


@dataclass(frozen=True)
class OccurrenceFilter:
    """What the calendar shows; empty collections mean 'everything'."""

    categories: frozenset[Category] = frozenset()
    countries: frozenset[str] = frozenset()
    statuses: frozenset[EventStatus] = frozenset()
    #: Only what needs confirming on this day: past plans with no outcome, and days still to fix.
    needs_confirming_on: date | None = None

    def accepts(self, event: Event) -> bool:
        return (
            (not self.categories or event.category in self.categories)
            and (not self.countries or event.country in self.countries)
            and (not self.statuses or event.status in self.statuses)
            and (self.needs_confirming_on is None or needs_outcome(event, self.needs_confirming_on) or needs_date(event))
        )


@dataclass(frozen=True)
class DeletedEvent:
    """Everything needed to bring a deleted event back (undo)."""

    event: Event
    tasks: list[Task] = field(default_factory=list)


def _snapshot(session: Session, uid: str) -> DeletedEvent | None:
    event = repo.EventRepository(session).find(uid)
    if event is None:
        return None
    rows = session.exec(select(TaskRow).where(TaskRow.event_uid == uid).order_by(col(TaskRow.position))).all()
    return DeletedEvent(event, [repo.task_from_row(row) for row in rows])


def _undelete(session: Session, snapshot: DeletedEvent) -> Event:
    event = repo.EventRepository(session).add(replace(snapshot.event, id=None))
    for task in snapshot.tasks:
        session.add(repo.task_to_row(task, TaskRow(id=task.id, event_uid=task.event_uid, title=task.title)))
    session.flush()
    return event


def window_bounds(start: date | datetime, end: date | datetime, tzid: str = "UTC") -> tuple[datetime, datetime]:
    """Turn a date or datetime window into aware bounds; dates are midnights in ``tzid``."""

    def bound(value: date | datetime) -> datetime:
        if isinstance(value, datetime):
            return value if value.tzinfo else value.replace(tzinfo=zone(tzid))
        return datetime.combine(value, time(), tzinfo=zone(tzid))

    return bound(start), bound(end)


class PlannerService:
    """Facade over the event store used by the CLI, the desktop app and the other services."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _run(self, work: Callable[[Session], T]) -> T:
        with session_scope(self.engine) as session:
            return work(session)

    # -- reading -------------------------------------------------------------

    def get(self, uid: str) -> Event:
        return self._run(lambda s: repo.EventRepository(s).get(uid))

    def find(self, uid: str) -> Event | None:
        return self._run(lambda s: repo.EventRepository(s).find(uid))

    def all_events(self) -> list[Event]:
        return self._run(lambda s: repo.EventRepository(s).all())

    def count(self) -> int:
        return self._run(lambda s: repo.EventRepository(s).count())

    def occurrences(
        self,
        start: date | datetime,
        end: date | datetime,
        filters: OccurrenceFilter | None = None,
        *,
        tzid: str = "UTC",
        include_unscheduled: bool = True,
    ) -> list[Occurrence]:
        """Occurrences overlapping [start, end) in start order, recurrences expanded.

        Date bounds are midnights in ``tzid`` (the display zone). Events whose day is
        not fixed yet are included when their month/quarter/year overlaps the window,
        unless ``include_unscheduled`` is false.
        """
        window_start, window_end = window_bounds(start, end, tzid)
        if window_end <= window_start:
            raise ValidationError("the end of the period must come after its start")
        filters = filters or OccurrenceFilter()
        events = self._run(
            lambda s: repo.EventRepository(s).overlapping(window_start, window_end, sorted(filters.categories))
        )
        found = [
            occurrence
            for event in events
            if filters.accepts(event) and (include_unscheduled or event.precision is Precision.DAY)
            for occurrence in expand(event, window_start, window_end)
        ]
        return sorted(found, key=Occurrence.sort_key)

    def conflicts(self, event: Event, limit: int = 20) -> list[Occurrence]:
        """Other events that overlap ``event``'s first occurrence (a clash to warn about, not an error).

        Only events with a fixed day count: "Q4 2024" overlaps everything in the quarter and
        tells a planner nothing. Cancelled events do not clash.
        """
        if event.precision is not Precision.DAY:
            return []
        start, end = event.start, event.end
        if isinstance(start, datetime) and isinstance(end, datetime):
            window = (start.astimezone(UTC), end.astimezone(UTC))
        else:
            window = window_bounds(start, end, event.tzid)
        clashes = [
            occurrence
            for occurrence in self.occurrences(*window, include_unscheduled=False)
            if occurrence.uid != event.uid and occurrence.event.status is not EventStatus.CANCELLED
        ]
        return clashes[:limit]

    def search(self, text: str, limit: int = 200) -> list[Event]:
        if not text.strip():
            return []
        return self._run(lambda s: repo.EventRepository(s).search(text, limit))

    def countries(self) -> list[Country]:
        return self._run(repo.countries)

    def bodies(self) -> list[Body]:
        return self._run(repo.bodies)

    def country_zone(self, code: str) -> str | None:
        """The IANA zone of a Member or observer State's capital, for defaulting an event's zone."""
        row = self._run(lambda s: s.get(CountryRow, code.strip().upper()))
        return row.tzid if row is not None else None

    # -- writing -------------------------------------------------------------

    def create(self, event: Event) -> Event:
        event.validate()
        now = utc_now()
        stored = replace(event, created=now, last_modified=now, sequence=0)
        return self._run(lambda s: repo.EventRepository(s).add(stored))

    def add_many(self, events: Iterable[Event]) -> int:
        """Insert many events in one transaction (seeding, benchmarks); all or nothing."""
        items = list(events)
        for event in items:
            event.validate()

        def work(session: Session) -> int:
            repository = repo.EventRepository(session)
            for event in items:
                repository.add(event)
            return len(items)

        return self._run(work)

    def update(self, event: Event) -> Event:
        """Save an edited event: SEQUENCE rises and LAST-MODIFIED is now."""
        event.validate()

        def work(session: Session) -> Event:
            repository = repo.EventRepository(session)
            current = repository.get(event.uid)
            changed = replace(event, sequence=current.sequence + 1, last_modified=utc_now(), created=current.created)
            return repository.update(changed)

        return self._run(work)

    def restore(self, event: Event) -> Event:
        """Write ``event`` back exactly as it was (undo), history included, keeping SEQUENCE rising."""
        event.validate()
        return self._run(lambda s: _write_back(repo.EventRepository(s), event))

    def revert(self, created: Sequence[str], previous: Sequence[Event], removed: Sequence[DeletedEvent] = ()) -> None:
        """Take back a batch write (undo of an import) in one transaction.

        Args:
            created: UIDs of the events the batch added; they are deleted.
            previous: the events the batch changed, as they were before; they are written back.
            removed: the events the batch deleted, with their tasks; they are added back.
        """

        def work(session: Session) -> None:
            repository = repo.EventRepository(session)
            for uid in created:
                if repository.find(uid) is not None:
                    repository.delete(uid)
            for event in previous:
                _write_back(repository, event)
            for snapshot in removed:
                if repository.find(snapshot.event.uid) is None:
                    _undelete(session, snapshot)

        self._run(work)

    def reschedule(
        self,
        uid: str,
        start: Moment,
        end: Moment,
        reason: str,
        *,
        city: str | None = None,
        mode: Mode | None = None,
        status: EventStatus | None = None,
    ) -> Event:
        """Move an event, keeping the old date, place and format with the reason in its history."""
        event = self.get(uid)
        moved = event.rescheduled(start, end, reason, city=city, mode=mode)
        if status is not None:
            moved.status = status
        return self.update(moved)

    def snapshot(self, uid: str) -> DeletedEvent | None:
        """The event ``uid`` with its tasks, as undo needs them to bring it back; None if there is none."""
        return self._run(lambda session: _snapshot(session, uid))

    def delete(self, uid: str) -> DeletedEvent:
        """Delete an event with its tasks; the returned snapshot can bring both back."""

        def work(session: Session) -> DeletedEvent:
            snapshot = _snapshot(session, uid)
            if snapshot is None:
                raise NotFoundError(f"no event with UID {uid!r}")
            repo.EventRepository(session).delete(uid)
            return snapshot

        return self._run(work)

    def undelete(self, snapshot: DeletedEvent) -> Event:
        """Bring back a deleted event and its tasks, with their ids if still free."""
        return self._run(lambda session: _undelete(session, snapshot))

    def delete_occurrence(self, uid: str, occurrence_start: Moment) -> Event:
        """Leave one occurrence out of a recurring event (EXDATE)."""
        event = self.get(uid)
        if not event.rrule:
            raise ValidationError(f"{event.title!r} does not repeat")
        return self.update(replace(event, exdates=[*event.exdates, occurrence_start]))


def _write_back(repository: repo.EventRepository, event: Event) -> Event:
    """Store ``event`` as it was (history included) with a higher SEQUENCE, so calendar clients take the change."""
    current = repository.get_row(event.uid)
    restored = replace(event, sequence=current.sequence + 1, last_modified=utc_now())
    repository.update(restored)
    repository.replace_history(restored)
    return restored


def categories_from_names(names: Sequence[str]) -> frozenset[Category]:
    return frozenset(Category.parse(name) for name in names)
