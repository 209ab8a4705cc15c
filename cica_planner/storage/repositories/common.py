"""What the repositories share: rows by primary key, the stamp of a write (moments as text: storage/row_reading.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TypeVar

from sqlmodel import Session, SQLModel

from cica_planner.domain.errors import NotFoundError, StorageError
from cica_planner.domain.model import Event
from cica_planner.domain.tasks import Task
from cica_planner.storage.tables import EventRow, TaskRow

# ---------------------------------------------------------------------------
# Rows by primary key
# ---------------------------------------------------------------------------

RowT = TypeVar("RowT", bound=SQLModel)
T = TypeVar("T")


def get_row(session: Session, table: type[RowT], key: int | str | None, what: str) -> RowT:
    """The row of ``table`` with primary key ``key``, or NotFoundError naming ``what``."""
    row = session.get(table, key) if key is not None else None
    if row is None:
        raise NotFoundError(f"no {what} with id {key}")
    return row


def aware_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def signed(record: Event | Task, row: EventRow | TaskRow) -> None:
    """Copy the stored version and author back onto the object the caller keeps."""
    record.version = row.version
    record.changed_by = row.changed_by
    record.changed_at = aware_utc(row.changed_at) if row.changed_at is not None else None


def stored_value(value: T | None, what: str) -> T:
    """A column that rows of its kind always fill (an all-day event's days, a flushed row's id)."""
    if value is None:
        raise StorageError(f"the calendar lacks the {what}")
    return value


def sort_day(start_day: date | None, start_utc: datetime | None) -> date:
    if start_day is not None:
        return start_day
    return start_utc.date() if start_utc is not None else date.max
