"""The reads of the first paint, with the standard ``sqlite3`` module instead of SQLAlchemy.

Importing SQLAlchemy, SQLModel and pydantic takes longer than everything else the window
does before it is first shown. The first paint needs only a handful of reads: the countries,
the countries events are held in, and the events of the visible range. This module answers
them on a read-only connection to a SQLite calendar, with the same queries as the ORM path in
``storage/event_queries.py`` and ``storage/repositories.py``. Rows become events through
``storage/quick_rows.py``, straight from the tuples ``sqlite3`` returns; history and changed
occurrences through ``storage/row_reading.py`` as on the ORM path. The tests compare the two.

Stored values are read as SQLAlchemy writes them to SQLite: instants as naive UTC text
``YYYY-MM-DD HH:MM:SS.ffffff``, dates as ``YYYY-MM-DD``, booleans as 0/1.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from cica_planner.domain.model import Country, Event
from cica_planner.storage.quick_rows import EVENT_COLUMNS, RowMapper
from cica_planner.storage.read_only import read_only_uri
from cica_planner.storage.revisions import VERSION_TABLE

#: Largest number of ids bound in one IN (...): well under SQLite's limit on parameters.
_CHUNK = 500

_OVERRIDE_COLUMNS = ("event_id, recurrence_id, this_and_future, start, \"end\", title, category, city, country, venue, "
                     "mode, status, organiser, description, sequence")
_CHANGE_COLUMNS = ("event_id, changed_at, reason, old_start, old_end, new_start, new_end, old_place, new_place, "
                   "old_mode, new_mode, changed_by")
#: The series whose stored span (``domain/series_reach.py``) reaches a window: two ranges of ix_event_series_span.
#: Parameters: the window's start, its end, and its end again.
_SERIES_REACHING = ("(series_last_utc > ? AND series_first_utc < ?) "
                    "OR (series_last_utc IS NULL AND series_first_utc < ?)")


def connect(path: Path) -> sqlite3.Connection:
    """A read-only connection to the calendar file ``path`` (nothing is created beside it)."""
    return sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=False)


def data_version(connection: sqlite3.Connection) -> int:
    """SQLite's count that changes whenever another connection commits to the file (``PRAGMA data_version``)."""
    return int(connection.execute("PRAGMA data_version").fetchone()[0])


def schema_revision(connection: sqlite3.Connection) -> str | None:
    """The schema revision the calendar is stamped with, or None when it has no single stamp."""
    rows = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
    return str(rows[0][0]) if len(rows) == 1 else None


def countries(connection: sqlite3.Connection) -> list[Country]:
    """The Member and observer States, by name (as ``repositories.countries``)."""
    rows = connection.execute("SELECT code, name, tzid, status, joined FROM country ORDER BY name").fetchall()
    return [Country(*row) for row in rows]


def all_events(connection: sqlite3.Connection) -> list[Event]:
    """Every event in insertion order, with history and changed occurrences (as ``EventRepository.all``)."""
    return _to_events(connection, connection.execute(f"SELECT {EVENT_COLUMNS} FROM event ORDER BY id").fetchall())


def event_countries(connection: sqlite3.Connection) -> set[str]:
    """The country codes events are held in (the empty code for events without one)."""
    return {code or "" for (code,) in connection.execute("SELECT DISTINCT country FROM event")}


# NamedTuples, not dataclasses: made at import before the first paint (README, Performance ▸ Start-up).
class SeriesReach(NamedTuple):
    """A series that may have occurrences in a window, with its stored span (aware UTC; no last: open-ended)."""

    id: int
    uid: str
    first: datetime
    last: datetime | None


def series_in_window(connection: sqlite3.Connection, window_start: datetime, window_end: datetime,
                     categories: Sequence[str]) -> list[SeriesReach]:
    """The series (of ``categories``, when given) whose stored span reaches the window, in id order: one indexed query.

    Series with RDATEs, further rules or changed occurrences have a span that reaches every window.
    """
    start, end = _stored_instant(window_start), _stored_instant(window_end)
    rows = connection.execute(series_statement(len(categories)), [start, end, end, *categories]).fetchall()
    rows.sort()  # by id here: an ORDER BY would have SQLite walk the table in id order instead of the index
    return [SeriesReach(number, uid, _aware(first), None if last is None else _aware(last)) for number, uid, first, last in rows]


def series_statement(categories: int) -> str:
    """The query of :func:`series_in_window` with ``categories`` category parameters after the window's three.

    The category test is written ``+category`` so that SQLite keeps to the span index rather than
    taking every event of the categories from theirs.
    """
    test = f" AND +category IN ({', '.join('?' for _ in range(categories))})" if categories else ""
    return f"SELECT id, uid, series_first_utc, series_last_utc FROM event WHERE ({_SERIES_REACHING}){test}"


class WindowHints(NamedTuple):
    """What lets a window query use the start indexes, read once per version of the calendar.

    An event overlapping a window starts before the window's end and no earlier than the
    window's start less the longest event of its kind: that bounds both ends of an index range
    on the start columns. Series are found by their stored spans instead (:func:`series_in_window`).
    """

    longest_timed: timedelta
    longest_days: int


#: The longest single timed event and all-day event, in days: each the last entry of its index (migration 0011).
_LONGEST_TIMED = "SELECT max(julianday(end_utc) - julianday(start_utc)) FROM event WHERE all_day = 0 AND rrule IS NULL"
_LONGEST_DAYS = "SELECT max(julianday(end_day) - julianday(start_day)) FROM event WHERE all_day = 1 AND rrule IS NULL"


def window_hints(connection: sqlite3.Connection) -> WindowHints:
    """The hints of the calendar as it is now (keep them until something is written).

    Each length is read from the last entry of its index (``ix_event_timed_length``,
    ``ix_event_day_length``): the expressions and conditions are the indexes' own, which is how
    SQLite knows to use them. A file without them (before migration 0011) is scanned instead.
    """
    (timed,) = connection.execute(_LONGEST_TIMED).fetchone()
    (days,) = connection.execute(_LONGEST_DAYS).fetchone()
    # A minute and a day to spare: julianday() rounds to milliseconds.
    return WindowHints(timedelta(days=timed or 0.0) + timedelta(minutes=1), int(days or 0) + 1)


def events_in_window(connection: sqlite3.Connection, window_start: datetime, window_end: datetime,
                     categories: Sequence[str], series: Sequence[int], hints: WindowHints | None = None) -> list[Event]:
    """Single events that may overlap the window (widened by a day), and the series whose ids are ``series``.

    ``series`` are those of :func:`series_in_window` (or some of them: a caller that keeps series asks for the others).

    The same rows as ``event_queries.events_in_window``, with their history and changed occurrences.
    ``hints`` (from :func:`window_hints`, as fresh as the calendar) let the query read index ranges
    instead of the whole table; without them it is worked out here.
    """
    test, parameters = _window_test(connection, window_start, window_end, categories, series, hints)
    statement = f"SELECT {EVENT_COLUMNS} FROM event WHERE {test} ORDER BY id"
    return _to_events(connection, connection.execute(statement, parameters).fetchall())


def event_ids_in_window(connection: sqlite3.Connection, window_start: datetime, window_end: datetime,
                        categories: Sequence[str], series: Sequence[int], hints: WindowHints | None = None) -> list[int]:
    """The ids of the rows :func:`events_in_window` reads for these arguments, in id order (an index-only query).

    A direct switch to a month page never read still shares a week or two with the page before:
    with the ids first, the planner maps only the rows it does not keep (``services/window_reads.py``),
    through :func:`events_with_ids`. Together the two give exactly ``events_in_window``.
    """
    test, parameters = _window_test(connection, window_start, window_end, categories, series, hints)
    return [row[0] for row in connection.execute(f"SELECT id FROM event WHERE {test} ORDER BY id", parameters)]


def events_with_ids(connection: sqlite3.Connection, ids: Sequence[int]) -> list[Event]:
    """The events whose ids are ``ids``, in id order, mapped as :func:`events_in_window` maps them."""
    if not ids:
        return []
    statement = f"SELECT {EVENT_COLUMNS} FROM event WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id"
    return _to_events(connection, connection.execute(statement, [json.dumps(list(ids))]).fetchall())


def _window_test(connection: sqlite3.Connection, window_start: datetime, window_end: datetime,
                 categories: Sequence[str], series: Sequence[int],
                 hints: WindowHints | None) -> tuple[str, list[object]]:
    """The condition (after WHERE) that picks the rows of a window, and its parameters."""
    hints = hints or window_hints(connection)
    first_day = (window_start - timedelta(days=1)).date()
    last_day = (window_end + timedelta(days=1)).date()
    earliest_day = first_day - timedelta(days=hints.longest_days)
    parts = [
        "SELECT id FROM event WHERE start_utc >= ? AND start_utc < ? AND all_day = 0 AND rrule IS NULL AND end_utc > ?",
        "SELECT id FROM event WHERE start_day >= ? AND start_day <= ? AND all_day = 1 AND rrule IS NULL AND end_day >= ?",
    ]
    parameters: list[object] = [
        _stored_instant(window_start - hints.longest_timed), _stored_instant(window_end), _stored_instant(window_start),
        earliest_day.isoformat(), last_day.isoformat(), first_day.isoformat(),
    ]
    series_ids = list(series)
    if series_ids:  # one JSON array: a calendar may have more series than SQLite takes parameters
        parts.append("SELECT value FROM json_each(?)")
        parameters.append(json.dumps(series_ids))
    where, category_parameters = _category_test(categories)
    return f"id IN ({' UNION '.join(parts)}){where}", [*parameters, *category_parameters]


def _category_test(categories: Sequence[str]) -> tuple[str, list[object]]:
    if not categories:
        return "", []
    return f" AND category IN ({', '.join('?' for _ in categories)})", list(categories)


def _stored_instant(moment: datetime) -> str:
    """``moment`` as SQLAlchemy stores an instant in SQLite: naive UTC text with microseconds."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _to_events(connection: sqlite3.Connection, rows: list[Sequence]) -> list[Event]:
    """Events from their rows (the ``EVENT_COLUMNS``), with history and overrides (as ``EventRepository._to_events``)."""
    ids = [row[0] for row in rows if row[0] is not None]
    history: dict[int, list[StoredChange]] = {}
    overrides: dict[int, list[StoredOverride]] = {}
    for first in range(0, len(ids), _CHUNK):
        chunk = ids[first:first + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        for row in connection.execute(
                f"SELECT {_CHANGE_COLUMNS} FROM event_change WHERE event_id IN ({marks}) ORDER BY changed_at, id", chunk):
            history.setdefault(row[0], []).append(StoredChange.from_row(row[1:]))
        for row in connection.execute(
                f"SELECT {_OVERRIDE_COLUMNS} FROM event_override WHERE event_id IN ({marks}) ORDER BY event_id, id", chunk):
            overrides.setdefault(row[0], []).append(StoredOverride.from_row(row[1:]))
    event = RowMapper().event
    return [event(row, history.get(row[0] or -1, ()), overrides.get(row[0] or -1, ())) for row in rows]


def _aware(text: str) -> datetime:
    """Stored naive UTC text as an aware UTC datetime."""
    try:
        return datetime.fromisoformat(text + "+00:00")  # the offset written on: cheaper than replace(tzinfo=UTC)
    except ValueError:
        return datetime.fromisoformat(text).replace(tzinfo=UTC)


class StoredOverride(NamedTuple):
    """One row of the ``event_override`` table (one occurrence of a series changed on its own)."""

    recurrence_id: str
    this_and_future: bool
    start: str
    end: str
    title: str
    category: str
    city: str
    country: str
    venue: str
    mode: str
    status: str
    organiser: str
    description: str
    sequence: int

    @classmethod
    def from_row(cls, row: Sequence) -> StoredOverride:
        values = list(row)
        values[1] = bool(values[1])
        return cls(*values)


class StoredChange(NamedTuple):
    """One row of the ``event_change`` table (a change of an event's date, place or format)."""

    changed_at: datetime
    reason: str
    old_start: str
    old_end: str
    new_start: str
    new_end: str
    old_place: str
    new_place: str
    old_mode: str
    new_mode: str
    changed_by: str

    @classmethod
    def from_row(cls, row: Sequence) -> StoredChange:
        values = list(row)
        values[0] = datetime.fromisoformat(values[0])
        return cls(*values)
