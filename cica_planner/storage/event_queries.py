"""Narrow reads of the event table: distinct values and candidate sets, instead of loading every event.

The sidebar's country filter, the "Needs confirming" list and an empty month's "coming next"
note once loaded the whole calendar. These queries let SQL pick the few rows that can matter.
Date tests are widened by a couple of days where an event's local dates depend on its venue's
zone; callers make the exact test on the events returned.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta

import sqlalchemy
from sqlalchemy import ColumnElement, String, and_, func, or_, type_coerce
from sqlmodel import Session, col, select

from cica_planner.domain.model import Event, EventStatus, Precision
from cica_planner.storage.repositories import event_from_row
from cica_planner.storage.tables import EventRow, OverrideRow

#: How far an event's local dates can lie from its stored UTC instants or dates (with room to spare).
ZONE_MARGIN = timedelta(days=2)


def _instant(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def plain_connection(session: Session) -> sqlite3.Connection | None:
    """The session's own SQLite connection (inside its transaction) for ``storage/quick_reads.py``; None on a server."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return None
    driver = connection.connection.driver_connection
    return driver if isinstance(driver, sqlite3.Connection) else None


def event_countries(session: Session) -> set[str]:
    """The country codes events are held in (the empty code for events without one)."""
    return {code or "" for (code,) in session.execute(select(EventRow.country).distinct())}


def _events(session: Session, *conditions: ColumnElement[bool]) -> list[Event]:
    rows = session.exec(select(EventRow).where(*conditions).order_by(col(EventRow.id))).all()
    return [event_from_row(row) for row in rows]


def _intended() -> ColumnElement[bool]:
    return col(EventRow.status).in_([EventStatus.PROPOSED.value, EventStatus.PLANNED.value, EventStatus.CONFIRMED.value])


def ended_before(day: date) -> ColumnElement[bool]:
    """Events whose stored end lies before ``day`` plus the zone margin (a superset of those over by ``day``)."""
    limit = day + ZONE_MARGIN
    return or_(
        and_(col(EventRow.all_day).is_(True), col(EventRow.end_day) <= limit),
        and_(col(EventRow.all_day).is_(False), col(EventRow.end_utc) <= _instant(limit)),
    )


def confirm_candidates(session: Session, today: date) -> list[Event]:
    """Intended events that may be over by ``today`` or whose day is not fixed (the Needs confirming candidates)."""
    over = and_(col(EventRow.rrule).is_(None), ended_before(today))
    return _events(session, _intended(), or_(col(EventRow.precision) != Precision.DAY.value, over))


def next_candidates(session: Session, after: date) -> list[Event]:
    """Intended, dated events not over before ``after`` whose first day may be the earliest of them all.

    The earliest stored start among the events surely not over is found first; only events
    starting within the zone margin of it can have the earliest local first day.
    """

    def not_over(day: date) -> ColumnElement[bool]:
        return or_(
            and_(col(EventRow.all_day).is_(True), col(EventRow.end_day) > day),
            and_(col(EventRow.all_day).is_(False), col(EventRow.end_utc) > _instant(day)),
        )

    dated = (_intended(), col(EventRow.precision) != Precision.UNDATED.value)
    sure = (*dated, not_over(after + ZONE_MARGIN))
    first_day = session.execute(select(func.min(EventRow.start_day)).where(*sure, col(EventRow.all_day).is_(True))).scalar()
    first_instant = session.execute(
        select(func.min(EventRow.start_utc)).where(*sure, col(EventRow.all_day).is_(False))
    ).scalar()
    maybe = (*dated, not_over(after - ZONE_MARGIN))
    starts = [d for d in (first_day, first_instant.date() if first_instant is not None else None) if d is not None]
    if not starts:
        return _events(session, *maybe)  # only events ending about ``after``: a handful
    limit = min(starts) + ZONE_MARGIN
    early = or_(
        and_(col(EventRow.all_day).is_(True), col(EventRow.start_day) <= limit),
        and_(col(EventRow.all_day).is_(False), col(EventRow.start_utc) < _instant(limit + timedelta(days=1))),
    )
    return _events(session, *maybe, early)


#: The columns that decide where a series' occurrences can fall (and change whenever the series does).
#: Read as stored text: the key is only compared, and converting thousands of instants would cost more than the rest.
SERIES_KEY_COLUMNS = (
    col(EventRow.uid), col(EventRow.rrule), col(EventRow.exdates), col(EventRow.tzid), col(EventRow.sequence),
    *(type_coerce(column, String) for column in (EventRow.start_utc, EventRow.end_utc, EventRow.start_day,
                                                  EventRow.end_day, EventRow.last_modified)),
)


def _plain_rules() -> tuple[ColumnElement[bool], ...]:
    """Series made of one RRULE (and EXDATEs) only: their occurrences lie within the rule's span."""
    return (col(EventRow.rdates) == "", col(EventRow.extra_rules) == "",
            col(EventRow.id).not_in(select(OverrideRow.event_id)))


def series_keys(session: Session, categories: list[str]) -> list[tuple]:
    """The key columns of every plain recurring event (of ``categories``, when given), as plain tuples."""
    # SQLAlchemy's own select: sqlmodel's is typed for at most four columns.
    statement = sqlalchemy.select(*SERIES_KEY_COLUMNS).where(col(EventRow.rrule).is_not(None), *_plain_rules())
    if categories:
        statement = statement.where(col(EventRow.category).in_(categories))
    return [tuple(row) for row in session.execute(statement)]


def events_in_window(session: Session, window_start: datetime, window_end: datetime, categories: list[str],
                     series: list[str]) -> list[Event]:
    """Single events that may overlap the window (widened by a day), and the recurring events ``series``."""
    from cica_planner.storage.repositories import EventRepository

    first_day = (window_start - timedelta(days=1)).date()
    last_day = (window_end + timedelta(days=1)).date()
    timed = and_(col(EventRow.all_day).is_(False), col(EventRow.start_utc) < window_end, col(EventRow.end_utc) > window_start)
    all_day = and_(col(EventRow.all_day).is_(True), col(EventRow.start_day) <= last_day, col(EventRow.end_day) >= first_day)
    single = and_(col(EventRow.rrule).is_(None), or_(timed, all_day))
    # Series with RDATEs, further rules or changed occurrences have no span kept: always read them.
    always = or_(col(EventRow.rdates) != "", col(EventRow.extra_rules) != "", col(EventRow.id).in_(select(OverrideRow.event_id)))
    chosen = [single, always, col(EventRow.uid).in_(series)] if series else [single, always]
    statement = select(EventRow).where(or_(*chosen)).order_by(col(EventRow.id))  # ties keep one order
    if categories:
        statement = statement.where(col(EventRow.category).in_(categories))
    repository = EventRepository(session)
    return repository._to_events(session.exec(statement).all())  # the repository's own loader
