"""Calendar use cases: occurrences in a window, create/edit/reschedule/delete, search.

Every public method is one transaction: it either writes completely or not at all.
Results are plain domain objects that stay valid after the session closes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from cica_planner.domain import recurrence
from cica_planner.domain.edits import REASON_NEEDED, moves_plan, needs_reason, with_move_recorded
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
    occurrence_key,
    utc_now,
)
from cica_planner.domain.recurrence import Expansion
from cica_planner.domain.search_text import LocalNames
from cica_planner.domain.tasks import Task
from cica_planner.services.concurrency import check_undo, check_version, own_version, record_write
from cica_planner.services.occurrence_lists import OccurrenceFilter, OccurrenceList, expand_window, window_bounds
from cica_planner.services.series_expansions import KeptSeries, whole_series
from cica_planner.services.window_reads import WindowReads
from cica_planner.storage import repositories as repo
from cica_planner.storage.backups import BackupKind, backup_before
from cica_planner.storage.db import session_scope
from cica_planner.storage.tables import CountryRow, TaskRow

if TYPE_CHECKING:
    import sqlite3

T = TypeVar("T")


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


class PlannerService:
    """Facade over the event store used by the CLI, the desktop app and the other services."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._reads = WindowReads()  # window bounds, pages and expansions, kept until something is written

    def location(self) -> str:
        """Where the calendar lives: the database file's full path, or the server's address without password."""
        url = self.engine.url
        if url.get_backend_name() == "sqlite" and url.database:
            return str(Path(url.database).resolve())
        return url.render_as_string(hide_password=True)

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
    ) -> OccurrenceList:
        """Occurrences overlapping [start, end) in start order, recurrences expanded.

        Date bounds are midnights in ``tzid`` (the display zone). Events whose day is
        not fixed yet are included when their month/quarter/year overlaps the window,
        unless ``include_unscheduled`` is false.
        """
        window_start, window_end = window_bounds(start, end, tzid)
        if window_end <= window_start:
            raise ValidationError("the end of the period must come after its start")
        filters = filters or OccurrenceFilter()
        # Everything the page depends on, the per-window bound on a series included.
        page = (window_start, window_end, filters, include_unscheduled, recurrence.MAX_OCCURRENCES)

        def read(session: Session) -> OccurrenceList:
            from cica_planner.storage.event_queries import plain_connection

            plain = plain_connection(session)
            if plain is None:
                events = self._window_events(session, window_start, window_end, sorted(filters.categories))
                kept = expand_window(events, window_start, window_end, filters, include_unscheduled=include_unscheduled)
            else:
                kept, state = self._reads.page(plain, page)
                if kept is None:
                    kept = self._file_page(plain, state, window_start, window_end, filters, include_unscheduled)
                    self._reads.keep_page(plain, state, page, kept)
            return OccurrenceList(kept, kept.cut)  # a copy: the caller may sort or extend its list

        return self._run(read)

    def read_ahead(self, start: date, end: date, filters: OccurrenceFilter, *, tzid: str) -> OccurrenceList | None:
        """Read a page the window may show next, so that it is kept until something is written; return it.

        Only a calendar file keeps pages (services/window_reads.py); on a server this does nothing
        and returns None.
        """
        if self.engine.dialect.name == "sqlite":
            return self.occurrences(start, end, filters, tzid=tzid)
        return None

    def _file_page(self, plain: sqlite3.Connection, state: object, window_start: datetime, window_end: datetime,
                   filters: OccurrenceFilter, include_unscheduled: bool) -> OccurrenceList:
        """A page of a calendar file: plain rows, and the series earlier pages expanded whole taken as kept.

        Series whose stored span misses the window are not even read (``domain/series_reach.py``);
        short series are expanded once over their whole span and kept (``services/series_expansions.py``)
        until something is written, so their rows are not read again either.
        """
        from cica_planner.storage import quick_reads

        names = [c.value for c in sorted(filters.categories)]
        reaching = quick_reads.series_in_window(plain, window_start, window_end, names)
        known = self._reads.kept_series(plain, state, [reach.uid for reach in reaching])
        unread = [reach.id for reach in reaching if reach.uid not in known]
        # The ids first: the events earlier pages read are taken as kept, only the other rows are mapped.
        ids = quick_reads.event_ids_in_window(plain, window_start, window_end, names, unread, self._reads.hints(plain))
        kept_events = self._reads.kept_events(plain, state, ids)
        fresh = quick_reads.events_with_ids(plain, [number for number in ids if number not in kept_events])
        self._reads.keep_events(plain, state, fresh)
        if kept_events:
            fresh_by_id = {event.id: event for event in fresh}
            events = [kept_events[number] if number in kept_events else fresh_by_id[number] for number in ids]
        else:
            events = fresh
        span_of = {reach.id: (reach.first, reach.last) for reach in reaching}
        new: dict[str, KeptSeries] = {}
        for event in events:
            span = span_of.get(event.id or -1) if event.rrule else None
            if span is not None and (whole := whole_series(event, span)) is not None:
                new[event.uid] = whole
        self._reads.keep_series(plain, state, new)
        whole_by_id = {id(kept.event): kept for kept in (*known.values(), *new.values())}

        def expand_one(event: Event, start: datetime, end: datetime) -> Expansion:
            kept = whole_by_id.get(id(event))
            return kept.within(start, end) if kept is not None else recurrence.expand(event, start, end)

        if known:  # in the order the rows are read in, so that ties in start order fall as in a fresh read
            events = sorted([*events, *(kept.event for kept in known.values())], key=lambda event: event.id or 0)
        return expand_window(events, window_start, window_end, filters, include_unscheduled=include_unscheduled,
                             expand=expand_one)

    def _window_events(self, session: Session, window_start: datetime, window_end: datetime,
                       categories: list[Category]) -> list[Event]:
        """The events of a calendar on a server that may overlap the window: series whose stored span misses it are not loaded."""
        from cica_planner.storage.event_queries import events_in_window

        return events_in_window(session, window_start, window_end, [c.value for c in categories])

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

    def search(self, text: str, limit: int = 200, local_names: LocalNames | None = None) -> list[Event]:
        """Events matching ``text`` in date order; ``local_names`` adds the user's language's names."""
        if not text.strip():
            return []
        return self._run(lambda s: repo.EventRepository(s).search(text, limit, local_names))

    def event_countries(self) -> set[str]:
        """The country codes events are held in, by SELECT DISTINCT (the empty code: no country)."""
        from cica_planner.storage.event_queries import event_countries

        return self._run(event_countries)

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
        return self._written(self._run(lambda s: repo.EventRepository(s).add(stored)))

    def _written(self, event: Event) -> Event:
        record_write(self.engine, "event", event.uid, event.version)
        return event

    def write_batch(self, work: Callable[[Session], tuple[T, list[Event]]], *, backup: BackupKind | None = None) -> T:
        """Run ``work`` as one locked transaction of many writes (an import): all or nothing.

        A backup of the kind given is taken first (when copies are kept); the database's write
        lock is taken before ``work`` reads anything, so what it checks is what it overwrites;
        the events ``work`` returns as written are remembered as this program's writes (undo).
        """
        from cica_planner.services.import_apply import lock_for_writing  # with the first import: not needed to start

        if backup is not None:
            backup_before(self.engine, backup)
        with session_scope(self.engine) as session:
            lock_for_writing(session)
            result, written = work(session)
        for event in written:
            self._written(event)
        return result

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

    def needs_reason(self, before: Event, after: Event, *, fresh: bool = False) -> bool:
        """Whether :meth:`edit` needs a reason for ``before`` → ``after`` (the editor shows its field then).

        ``fresh``: the event was created in this session of the app, and is adjusted freely.
        """
        return needs_reason(before, after, fresh=fresh)

    def edit(self, before: Event, after: Event, reason: str | None = None, *, fresh: bool = False) -> Event:
        """Save ``after`` over ``before``: the one path for every change of an event.

        A move of a published plan's date, place or format needs ``reason`` (ValidationError
        without one, nothing written) and keeps the old plan with it in the history; any other
        edit is saved as it is. ``before`` is the event as it was read (history included) and
        ``after`` the edited copy; someone else's change since is refused (ConflictError).
        """
        if after.uid != before.uid:
            raise ValidationError("an edit cannot change the event's UID")
        reason = (reason or "").strip() or None
        if reason is None and needs_reason(before, after, fresh=fresh):
            # Someone else's change since comes first: a reason for a stale edit would not help.
            self._run(lambda s: _check_stored(repo.EventRepository(s), after))
            raise ValidationError(REASON_NEEDED)
        edited = with_move_recorded(before, after, reason) if reason and moves_plan(before, after) else after
        return self.update(edited)

    def update(self, event: Event) -> Event:
        """Save an edited event as it is: SEQUENCE rises and LAST-MODIFIED is now.

        The rules of a change (a reason for a move) are :meth:`edit`'s; this writes what it is given.
        """
        event.validate()

        def work(session: Session) -> Event:
            repository = repo.EventRepository(session)
            current = _check_stored(repository, event)
            if current is None:
                raise NotFoundError(f"no event with UID {event.uid!r}")
            changed = replace(event, sequence=current.sequence + 1, last_modified=utc_now(), created=current.created)
            return repository.update(changed)

        return self._written(self._run(work))

    def restore(self, event: Event, expected_version: int | None = None, *, undo: bool = False) -> Event:
        """Write ``event`` back exactly as it was (undo), history included, keeping SEQUENCE rising.

        An event someone else changed since is not overwritten (ConflictError): with ``undo``, since
        this program's latest write of it; with ``expected_version``, since it was at that version.
        """
        event.validate()
        if undo and expected_version is None:
            expected_version = own_version(self.engine, "event", event.uid)
        return self._written(self._run(lambda s: _write_back(repo.EventRepository(s), event, expected_version)))

    def revert(self, created: Sequence[str], previous: Sequence[Event], removed: Sequence[DeletedEvent] = (), *,
               undo: bool = False) -> None:
        """Take back a batch write (undo of an import) in one transaction.

        Args:
            created: UIDs of the events the batch added; they are deleted.
            previous: the events the batch changed, as they were before; they are written back.
            removed: the events the batch deleted, with their tasks; they are added back.
            undo: refuse (ConflictError, nothing taken back) when someone else changed one of
                those events after this program's latest write of it.
        """
        restored: list[Event] = []

        def work(session: Session) -> None:
            repository = repo.EventRepository(session)
            for uid in created:
                stored = repository.locked(uid)
                if stored is not None:
                    if undo:
                        check_undo(self.engine, "event", uid, stored, stored)
                    repository.delete(uid)
            left_at: dict[str, int] = {}  # an event written back twice in this batch: its second check
            for event in previous:
                expected = left_at.get(event.uid, own_version(self.engine, "event", event.uid)) if undo else None
                restored.append(_write_back(repository, event, expected))
                left_at[event.uid] = restored[-1].version
            for snapshot in removed:
                if repository.find(snapshot.event.uid) is None:
                    _undelete(session, snapshot)

        self._run(work)
        for event in restored:
            self._written(event)

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
        """Move an event, keeping the old date, place and format with the reason in its history.

        The same path as any edit (:meth:`edit`), with the reason required whatever the status.
        """
        if not reason.strip():
            raise ValidationError("a reason is needed to reschedule an event")
        before = self.get(uid)
        # A reschedule gives the day: "Q4 2024" becomes the agreed dates (as Event.rescheduled does).
        after = replace(before, start=start, end=end, city=before.city if city is None else city,
                        mode=before.mode if mode is None else mode,
                        status=before.status if status is None else status,
                        precision=Precision.DAY, period_part=None)
        if not moves_plan(before, after):
            # Nothing moves, yet a reschedule was asked for: keep the reason in the history all the same.
            moved = before.rescheduled(start, end, reason, city=city, mode=mode)
            return self.update(replace(moved, status=after.status))
        return self.edit(before, after, reason)

    def snapshot(self, uid: str) -> DeletedEvent | None:
        """The event ``uid`` with its tasks, as undo needs them to bring it back; None if there is none."""
        return self._run(lambda session: _snapshot(session, uid))

    def delete(self, uid: str, *, undo: bool = False) -> DeletedEvent:
        """Delete an event with its tasks; the returned snapshot can bring both back.

        With ``undo`` (taking back its creation), an event someone else changed since this
        program's latest write of it is not deleted: ConflictError.
        """

        def work(session: Session) -> DeletedEvent:
            if undo:
                stored = repo.EventRepository(session).locked(uid)
                if stored is not None:
                    check_undo(self.engine, "event", uid, stored, stored)
            snapshot = _snapshot(session, uid)
            if snapshot is None:
                raise NotFoundError(f"no event with UID {uid!r}")
            repo.EventRepository(session).delete(uid)
            return snapshot

        return self._run(work)

    def undelete(self, snapshot: DeletedEvent) -> Event:
        """Bring back a deleted event and its tasks, with their ids if still free."""
        return self._written(self._run(lambda session: _undelete(session, snapshot)))

    def delete_occurrence(self, uid: str, occurrence_start: Moment) -> Event:
        """Leave one occurrence out of a recurring event (EXDATE), with any change made to it.

        ``occurrence_start`` is the occurrence's original start (its RECURRENCE-ID).
        """
        event = self.get(uid)
        if not event.is_series:
            raise ValidationError(f"{event.title!r} does not repeat")
        key = occurrence_key(occurrence_start, event.tzid)
        overrides = [o for o in event.overrides if occurrence_key(o.recurrence_id, event.tzid) != key]
        return self.update(replace(event, exdates=[*event.exdates, occurrence_start], overrides=overrides))


def _write_back(repository: repo.EventRepository, event: Event, expected_version: int | None = None) -> Event:
    """Store ``event`` as it was (history included) with a higher SEQUENCE, so calendar clients take the change."""
    current = repository.locked(event.uid)
    if expected_version is not None:
        check_version(event, current, expected=expected_version, undo=True)
    if current is None:
        raise NotFoundError(f"no event with UID {event.uid!r}")
    restored = replace(event, sequence=current.sequence + 1, last_modified=utc_now())
    repository.update(restored)
    repository.replace_history(restored)
    return restored


def categories_from_names(names: Sequence[str]) -> frozenset[Category]:
    return frozenset(Category.parse(name) for name in names)


def _check_stored(repository: repo.EventRepository, event: Event) -> repo.EventStamp | None:
    """Refuse (ConflictError) to write ``event`` over a stored version someone else changed since.

    Only the stored bookkeeping is read (no history): the whole stored event is read when a
    conflict must be shown side by side with ``event``. None when no event has that UID.
    """
    stamp = repository.locked_stamp(event.uid)
    if stamp is None:
        if event.version:
            check_version(event, None)
        return None
    if event.version and stamp.version != event.version:
        check_version(event, repository.find(event.uid))
    return stamp

