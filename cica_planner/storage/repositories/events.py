"""Events: rows ↔ Event (with history and changed occurrences), and the EventRepository.

Services hand in a Session; nothing here commits. Returned objects are plain domain
dataclasses, never live rows, so they can outlive the session (and be held by Qt models).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, delete, func, or_
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from cica_planner.domain.errors import NotFoundError
from cica_planner.domain.model import (
    Category,
    Event,
    EventChange,
    Override,
)
from cica_planner.domain.search_text import LocalNames, SearchQuery, category_text
from cica_planner.domain.series_reach import stored_span
from cica_planner.storage.authorship import author
from cica_planner.storage.repositories.common import (
    aware_utc,
    signed,
    sort_day,
    stored_value,
)

# One conversion for the ORM rows and the quick reads of the first paint (storage/quick_reads.py).
from cica_planner.storage.row_reading import event_from_row, moment_to_text
from cica_planner.storage.tables import CountryRow, EventChangeRow, EventRow, OverrideRow


def event_to_row(event: Event, row: EventRow | None = None) -> EventRow:
    row = row or EventRow(uid=event.uid, title=event.title, category=event.category.value, tzid=event.tzid,
                          created=event.created, last_modified=event.last_modified)
    row.uid = event.uid
    row.title = event.title
    row.category = event.category.value
    row.all_day = event.all_day
    if isinstance(event.start, datetime) and isinstance(event.end, datetime):
        row.start_utc, row.end_utc = event.start.astimezone(UTC), event.end.astimezone(UTC)
        row.start_day = row.end_day = None
    else:
        row.start_day, row.end_day = event.start, event.end
        row.start_utc = row.end_utc = None
    row.tzid = event.tzid
    row.precision = event.precision.value
    row.period_part = event.period_part.value if event.period_part else None
    row.city, row.country, row.venue = event.city, event.country, event.venue
    row.mode, row.status = event.mode.value, event.status.value
    row.organiser, row.description = event.organiser, event.description
    row.rrule = event.rrule or None
    row.exdates = ",".join(moment_to_text(m) for m in event.exdates)
    row.rdates = ",".join(moment_to_text(m) for m in event.rdates)
    row.extra_rules = "\n".join(event.extra_rules)
    row.sequence = event.sequence
    row.created, row.last_modified = event.created, event.last_modified
    # Kept true by every write: a window reads its series by this span (domain/series_reach.py).
    row.series_first_utc, row.series_last_utc = stored_span(event)
    return row


def override_to_row(override: Override, event_id: int) -> OverrideRow:
    return OverrideRow(
        event_id=event_id,
        recurrence_id=moment_to_text(override.recurrence_id),
        this_and_future=override.this_and_future,
        start=moment_to_text(override.start),
        end=moment_to_text(override.end),
        title=override.title,
        category=override.category.value,
        city=override.city,
        country=override.country,
        venue=override.venue,
        mode=override.mode.value,
        status=override.status.value,
        organiser=override.organiser,
        description=override.description,
        sequence=override.sequence,
    )


def _change_to_row(change: EventChange, event_id: int) -> EventChangeRow:
    return EventChangeRow(
        event_id=event_id,
        changed_at=change.changed_at,
        reason=change.reason,
        old_start=moment_to_text(change.old_start),
        old_end=moment_to_text(change.old_end),
        new_start=moment_to_text(change.new_start),
        new_end=moment_to_text(change.new_end),
        old_place=change.old_place,
        new_place=change.new_place,
        old_mode=change.old_mode,
        new_mode=change.new_mode,
        changed_by=change.changed_by,
    )


@dataclass(frozen=True)
class EventStamp:
    """The bookkeeping of a stored event: enough to check a write against it and number the next one."""

    uid: str
    title: str
    version: int
    sequence: int
    created: datetime
    changed_by: str = ""
    changed_at: datetime | None = None


class EventRepository:
    """Queries and writes of events inside one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _history(self, event_ids: Iterable[int]) -> dict[int, list[EventChangeRow]]:
        ids = list(event_ids)
        found: dict[int, list[EventChangeRow]] = {i: [] for i in ids}
        if not ids:
            return found
        statement = (
            select(EventChangeRow)
            .where(col(EventChangeRow.event_id).in_(ids))
            .order_by(col(EventChangeRow.changed_at), col(EventChangeRow.id))
        )
        for change in self.session.exec(statement):
            found[change.event_id].append(change)
        return found

    def _overrides(self, event_ids: Iterable[int] | None) -> dict[int, list[OverrideRow]]:
        """Overrides of the given events (of every event when None), by event id."""
        statement = select(OverrideRow).order_by(col(OverrideRow.event_id), col(OverrideRow.id))
        if event_ids is not None:
            ids = list(event_ids)
            if not ids:
                return {}
            # Chunks keep the query under SQLite's limit on bound parameters.
            found: dict[int, list[OverrideRow]] = {}
            for first in range(0, len(ids), 500):
                chunk = statement.where(col(OverrideRow.event_id).in_(ids[first:first + 500]))
                for row in self.session.exec(chunk):
                    found.setdefault(row.event_id, []).append(row)
            return found
        everything: dict[int, list[OverrideRow]] = {}
        for row in self.session.exec(statement):
            everything.setdefault(row.event_id, []).append(row)
        return everything

    def _to_events(self, rows: Sequence[EventRow], *, with_history: bool = True) -> list[Event]:
        ids = [r.id for r in rows if r.id is not None]
        history = self._history(ids) if with_history else {}
        overrides = self._overrides(None if len(ids) > 500 else ids)
        return [event_from_row(r, history.get(r.id or -1, []), overrides.get(r.id or -1, [])) for r in rows]

    def _write_overrides(self, event: Event, event_id: int, *, replace_stored: bool) -> None:
        if replace_stored:
            self.session.exec(delete(OverrideRow).where(col(OverrideRow.event_id) == event_id))
        for override in event.overrides:
            self.session.add(override_to_row(override, event_id))

    def _find_row(self, uid: str) -> EventRow | None:
        return self.session.exec(select(EventRow).where(EventRow.uid == uid)).first()

    def get_row(self, uid: str) -> EventRow:
        row = self._find_row(uid)
        if row is None:
            raise NotFoundError(f"no event with UID {uid!r}")
        return row

    def get(self, uid: str) -> Event:
        return self._to_events([self.get_row(uid)])[0]

    def locked(self, uid: str) -> Event | None:
        """The event ``uid`` read for a write: on PostgreSQL its row stays locked until the commit,
        so the version checked is the version overwritten (SQLite writes one at a time anyway)."""
        row = self.session.exec(select(EventRow).where(EventRow.uid == uid).with_for_update()).first()
        return None if row is None else self._to_events([row])[0]

    def locked_stamp(self, uid: str) -> EventStamp | None:
        """What a write checks of the stored event ``uid`` (version, sequence, created), its row locked
        as by :meth:`locked`, without reading its history or overrides."""
        row = self.session.exec(select(EventRow).where(EventRow.uid == uid).with_for_update()).first()
        if row is None:
            return None
        return EventStamp(uid=row.uid, title=row.title, version=row.version, sequence=row.sequence,
                          created=aware_utc(row.created), changed_by=row.changed_by,
                          changed_at=None if row.changed_at is None else aware_utc(row.changed_at))

    def by_uid(self, uids: set[str]) -> dict[str, Event]:
        """The events of ``uids`` by UID (without history); NotFoundError naming the first one missing."""
        if not uids:
            return {}
        rows = self.session.exec(select(EventRow).where(col(EventRow.uid).in_(list(uids)))).all()
        found = {row.uid: event_from_row(row) for row in rows}
        missing = uids - found.keys()
        if missing:
            raise NotFoundError(f"no event with UID {sorted(missing)[0]!r}")
        return found

    def of_categories(self, categories: Sequence[Category]) -> list[Event]:
        """The events of ``categories`` (without history), in insertion order."""
        statement = select(EventRow).where(col(EventRow.category).in_([c.value for c in categories]))
        return [event_from_row(row) for row in self.session.exec(statement.order_by(col(EventRow.id))).all()]

    def find(self, uid: str) -> Event | None:
        row = self._find_row(uid)
        return None if row is None else self._to_events([row])[0]

    def all(self, *, with_history: bool = True) -> list[Event]:
        """Every event in insertion order; lists that never show history can skip loading it."""
        rows = self.session.exec(select(EventRow).order_by(col(EventRow.id))).all()
        return self._to_events(rows, with_history=with_history)

    def count(self) -> int:
        return self.session.exec(select(func.count()).select_from(EventRow)).one()

    def overlapping(self, window_start: datetime, window_end: datetime, categories: Sequence[Category] = ()) -> list[Event]:
        """Events that may have an occurrence in the window (recurring ones always qualify).

        The date comparison is widened by a day on each side because an all-day item's
        dates are local to its venue; the exact test happens during expansion.
        """
        first_day = (window_start - timedelta(days=1)).date()
        last_day = (window_end + timedelta(days=1)).date()
        timed = and_(col(EventRow.all_day).is_(False), col(EventRow.start_utc) < window_end, col(EventRow.end_utc) > window_start)
        all_day = and_(col(EventRow.all_day).is_(True), col(EventRow.start_day) <= last_day, col(EventRow.end_day) >= first_day)
        recurring = or_(
            col(EventRow.rrule).is_not(None),
            col(EventRow.rdates) != "",
            col(EventRow.id).in_(select(OverrideRow.event_id)),
        )
        statement = select(EventRow).where(or_(timed, all_day, recurring))
        if categories:
            statement = statement.where(col(EventRow.category).in_([c.value for c in categories]))
        return self._to_events(self.session.exec(statement).all())

    def search(self, text: str, limit: int = 200, local_names: LocalNames | None = None) -> list[Event]:
        """Events matching every word of ``text`` (``domain.search_text``), in date order.

        Title, place, organiser, description, the country's name and code and the category's
        names are searched, and with ``local_names`` also their names in the user's language. Matching happens in Python: SQL LIKE folds only ASCII case
        ("Türkiye", "Қазақстан" and "Şuşa" must match in any case, "baki" must find "Bakı")
        and would treat % and _ as wildcards. Only the searched columns are read for the scan.
        """
        query = SearchQuery.parse(text)
        if not query:
            return []
        # Countries match by name and ISO code, categories by label, abbreviation and full name.
        names = dict(self.session.exec(select(CountryRow.code, CountryRow.name)).all())
        local = local_names or LocalNames()
        columns = (EventRow.id, EventRow.start_day, EventRow.start_utc, EventRow.category, EventRow.country,
                   EventRow.title, EventRow.city, EventRow.venue, EventRow.organiser, EventRow.description)
        matching = [
            (sort_day(row[1], row[2]), row[0])
            # sqlmodel's select() has typed overloads for at most four columns; it accepts more.
            for row in self.session.exec(select(*columns))  # pyright: ignore[reportCallIssue]
            if query.matches((*row[5:], names.get(row[4], row[4]), _CATEGORY_TEXTS.get(row[3], row[3]),
                              local.countries.get(row[4]), local.categories.get(row[3])), (row[4],))
        ]
        chosen = [event_id for _, event_id in sorted(matching)[:limit]]
        if not chosen:
            return []
        rows = self.session.exec(select(EventRow).where(col(EventRow.id).in_(chosen))).all()
        position = {event_id: n for n, event_id in enumerate(chosen)}
        return self._to_events(sorted(rows, key=lambda r: position[r.id]))

    def add(self, event: Event) -> Event:
        row = event_to_row(event)
        self.session.add(row)
        self.session.flush()
        row_id = stored_value(row.id, "id of the event just added")
        for change in event.history:
            self._add_change(change, row_id)
        self._write_overrides(event, row_id, replace_stored=False)
        self.session.flush()
        event.id = row.id
        signed(event, row)
        return event

    def add_unless_present(self, event: Event) -> bool:
        """Add ``event`` unless its UID is already stored (perhaps by another client this very moment).

        The database's unique UID decides: on PostgreSQL a second insert of one UID waits for the
        first to commit and then fails inside a savepoint, so two people importing one file create
        no duplicates. SQLite writes one transaction at a time, so there the UID was looked up in
        the same transaction (and Python's sqlite3 would commit at the savepoint's release).
        """
        if self.session.get_bind().dialect.name != "postgresql":
            self.add(event)
            return True
        try:
            with self.session.begin_nested():
                self.add(event)
        except IntegrityError:
            if self._find_row(event.uid) is None:
                raise  # another constraint failed, not the UID's
            return False
        return True

    def _add_change(self, change: EventChange, event_id: int, *, sign: bool = False) -> None:
        """Store one history entry; ``sign`` names the current author on a change made now.

        Entries that arrive with an event (seeded, imported, brought back) keep what they say:
        whoever loads them did not make them.
        """
        entry = _change_to_row(change, event_id)
        if sign and not entry.changed_by:
            entry.changed_by = author(self.session)
        self.session.add(entry)

    def update(self, event: Event) -> Event:
        """Write ``event`` over the stored row with the same UID (history is appended, never rewritten)."""
        row = self.get_row(event.uid)
        row_id = stored_value(row.id, "id of a stored event")
        stored = len(self._history([row_id]).get(row_id, []))
        event_to_row(event, row)
        self.session.add(row)
        for change in event.history[stored:]:
            self._add_change(change, row_id, sign=True)
        self._write_overrides(event, row_id, replace_stored=True)
        self.session.flush()
        event.id = row.id
        signed(event, row)
        return event

    def replace_history(self, event: Event) -> None:
        """Make the stored history equal to ``event.history`` (used by undo)."""
        row_id = stored_value(self.get_row(event.uid).id, "id of a stored event")
        for change in self._history([row_id]).get(row_id, []):
            self.session.delete(change)
        self.session.flush()
        for change in event.history:
            self._add_change(change, row_id)
        self.session.flush()

    def delete(self, uid: str) -> None:
        self.session.delete(self.get_row(uid))
        self.session.flush()


#: Each category's label, abbreviation and full name, for search (an unknown label is searched as it is).
_CATEGORY_TEXTS = {category.value: category_text(category) for category in Category}
