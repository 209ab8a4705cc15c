"""An event as the columns of its row; and the first events of a calendar file written with ``sqlite3``.

:func:`event_columns` and :func:`override_columns` are what ``repositories.event_to_row``
writes (a test keeps them equal), shared by the bulk insert through SQLAlchemy
(:mod:`cica_planner.storage.event_bulk`) and by :func:`insert_into_empty_calendar`.

:func:`insert_into_empty_calendar` serves an import into a calendar file that holds no event
yet (a new calendar): there is nothing stored to compare, update or keep, so the rows are
written with the standard ``sqlite3`` module in one ``BEGIN IMMEDIATE`` transaction, without
loading SQLAlchemy, SQLModel and pydantic (a third of a small import's time). Values are
stored exactly as SQLAlchemy's SQLite dialect stores them (a test compares a calendar written
each way, row for row); if the calendar holds an event by the time the write lock is taken,
nothing is written and the caller takes the normal path.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from cica_planner.domain.errors import StorageError
from cica_planner.domain.model import Event, Override
from cica_planner.storage.row_reading import moment_to_text

#: How long a write waits for another program's transaction, in seconds (as the engine's timeout).
BUSY_TIMEOUT = 15


def event_columns(event: Event) -> dict[str, Any]:
    """The stored columns of ``event`` (as ``event_to_row`` writes them), without id and signature."""
    start, end = event.start, event.end
    if isinstance(start, datetime) and isinstance(end, datetime):
        start_utc, end_utc, start_day, end_day = start.astimezone(UTC), end.astimezone(UTC), None, None
    else:
        start_utc = end_utc = None
        start_day, end_day = start, end
    return {
        "uid": event.uid,
        "title": event.title,
        "category": event.category.value,
        "all_day": event.all_day,
        "start_utc": start_utc,
        "end_utc": end_utc,
        "start_day": start_day,
        "end_day": end_day,
        "tzid": event.tzid,
        "precision": event.precision.value,
        "period_part": event.period_part.value if event.period_part else None,
        "city": event.city,
        "country": event.country,
        "venue": event.venue,
        "mode": event.mode.value,
        "status": event.status.value,
        "organiser": event.organiser,
        "description": event.description,
        "rrule": event.rrule or None,
        "exdates": ",".join(moment_to_text(m) for m in event.exdates),
        "rdates": ",".join(moment_to_text(m) for m in event.rdates),
        "extra_rules": "\n".join(event.extra_rules),
        "sequence": event.sequence,
        "created": event.created,
        "last_modified": event.last_modified,
    }


def override_columns(override: Override, event_id: int) -> dict[str, Any]:
    return {
        "event_id": event_id,
        "recurrence_id": moment_to_text(override.recurrence_id),
        "this_and_future": override.this_and_future,
        "start": moment_to_text(override.start),
        "end": moment_to_text(override.end),
        "title": override.title,
        "category": override.category.value,
        "city": override.city,
        "country": override.country,
        "venue": override.venue,
        "mode": override.mode.value,
        "status": override.status.value,
        "organiser": override.organiser,
        "description": override.description,
        "sequence": override.sequence,
    }


def stored_value(value: object) -> object:
    """``value`` as SQLAlchemy's SQLite dialect stores it: DATETIME and DATE as ISO text, BOOLEAN as 0/1."""
    if isinstance(value, datetime):  # (checked before date: a datetime is a date)
        return f"{value:%Y-%m-%d %H:%M:%S}.{value.microsecond:06d}"
    if isinstance(value, date):
        return f"{value:%Y-%m-%d}"
    if isinstance(value, bool):
        return int(value)
    return value


def _insert(connection: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    names = list(rows[0])
    columns = ", ".join(f'"{name}"' for name in names)
    marks = ", ".join("?" for _ in names)
    connection.executemany(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})',
                           [tuple(stored_value(row[name]) for name in names) for row in rows])


def holds_events(connection: sqlite3.Connection) -> bool:
    """Whether the calendar behind ``connection`` holds any event (a cancelled or undated one too)."""
    return bool(connection.execute("SELECT EXISTS (SELECT 1 FROM event)").fetchone()[0])


def insert_into_empty_calendar(path: Path, events: Sequence[Event], signature: str,
                               when: datetime) -> list[Event] | None:
    """Write ``events`` (new, no history) into the calendar file ``path`` if it holds no event; else None.

    One transaction: every event and its overrides, or nothing. Each row is signed with
    ``signature`` and ``when`` at version 1, as ``authorship`` signs every new row; the events
    returned are those written, with their ids and signatures.
    """
    try:
        return _insert_into_empty(path, events, signature, when)
    except sqlite3.Error as exc:
        reason = str(exc).splitlines()[0]
        if "locked" in reason or "busy" in reason:
            raise StorageError(f"the calendar file {path} is busy in another program; try again") from None
        if "readonly" in reason or "read-only" in reason:
            raise StorageError(f"the calendar file {path} is read-only; changes cannot be saved") from None
        raise StorageError(f"cannot use the calendar file {path}: {reason}") from None


def _insert_into_empty(path: Path, events: Sequence[Event], signature: str, when: datetime) -> list[Event] | None:
    with closing(sqlite3.connect(path, timeout=BUSY_TIMEOUT)) as connection:
        connection.isolation_level = None  # the transaction below is ours, from its first read
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("BEGIN IMMEDIATE")  # the write lock first: what is checked is what is written to
        try:
            if holds_events(connection):
                connection.execute("ROLLBACK")
                return None
            if events:
                signed = {"version": 1, "changed_by": signature, "changed_at": when}
                _insert(connection, "event", [{**event_columns(event), **signed} for event in events])
                ids = dict(connection.execute("SELECT uid, id FROM event").fetchall())
                overrides = [override_columns(override, ids[event.uid]) for event in events
                             for override in event.overrides]
                if overrides:
                    _insert(connection, "event_override", overrides)
                for event in events:
                    event.id, event.version, event.changed_by, event.changed_at = ids[event.uid], 1, signature, when
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    return list(events)
