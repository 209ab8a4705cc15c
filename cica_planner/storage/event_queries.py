"""Narrow reads of the event table: distinct values and candidate sets, instead of loading every event.

The sidebar's country filter, the "Needs confirming" list and an empty month's "coming next"
note once loaded the whole calendar. These queries let SQL pick the few rows that can matter.
Date tests are widened by a couple of days where an event's local dates depend on its venue's
zone; callers make the exact test on the events returned.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import ColumnElement, and_, func, or_
from sqlmodel import Session, col, select

from cica_planner.domain.model import Event, EventStatus, Precision
from cica_planner.storage.repositories import event_from_row
from cica_planner.storage.tables import EventRow

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


def series_reaching(window_start: datetime, window_end: datetime) -> ColumnElement[bool]:
    """Series whose stored span (``domain/series_reach.py``) reaches the window: two ranges of ix_event_series_span.

    Series with RDATEs, further rules or changed occurrences have a span that reaches every window.
    """
    start, end = window_start.astimezone(UTC), window_end.astimezone(UTC)
    first, last = col(EventRow.series_first_utc), col(EventRow.series_last_utc)
    return or_(and_(last > start, first < end), and_(last.is_(None), first < end))


def events_in_window(session: Session, window_start: datetime, window_end: datetime,
                     categories: list[str]) -> list[Event]:
    """Single events that may overlap the window (widened by a day), and the series whose span reaches it."""
    from cica_planner.storage.repositories import EventRepository

    first_day = (window_start - timedelta(days=1)).date()
    last_day = (window_end + timedelta(days=1)).date()
    timed = and_(col(EventRow.all_day).is_(False), col(EventRow.start_utc) < window_end, col(EventRow.end_utc) > window_start)
    all_day = and_(col(EventRow.all_day).is_(True), col(EventRow.start_day) <= last_day, col(EventRow.end_day) >= first_day)
    single = and_(col(EventRow.rrule).is_(None), or_(timed, all_day))
    statement = select(EventRow).where(or_(single, series_reaching(window_start, window_end)))
    statement = statement.order_by(col(EventRow.id))  # ties keep one order
    if categories:
        statement = statement.where(col(EventRow.category).in_(categories))
    repository = EventRepository(session)
    return repository._to_events(session.exec(statement).all())  # the repository's own loader
