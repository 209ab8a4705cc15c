"""Copy a whole calendar between two databases (SQLite and PostgreSQL, either way), row for row.

Every table of the schema is copied with its keys, so UIDs, ids, history, tasks, the register,
handover plans, templates and reference data arrive as they left. The copy is one transaction
on the target: it is complete or absent.
"""

from __future__ import annotations

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import SQLModel

from cica_planner.domain.errors import ValidationError
from cica_planner.storage import tables  # noqa: F401 - registers the tables on the metadata
from cica_planner.storage.db import storage_error

#: Rows sent to the target per statement: big enough to be quick, small enough for any driver.
BATCH = 500


def calendar_tables() -> list:
    """The tables of a calendar, parents before children (the order inserts need)."""
    return list(SQLModel.metadata.sorted_tables)


def row_count(connection: Connection) -> int:
    """How many rows the calendar holds in all its tables."""
    return sum(connection.execute(select(func.count()).select_from(table)).scalar_one() for table in calendar_tables())


def copy_calendar(source: Engine, target: Engine, *, replace: bool = False) -> dict[str, int]:
    """Copy every row of ``source`` into ``target`` (both at the current schema); rows copied per table.

    A target that holds anything is refused unless ``replace`` is true, in which case its
    contents are deleted first, in the same transaction.
    """
    try:
        with source.connect() as reading, target.begin() as writing:
            if row_count(writing) and not replace:
                raise ValidationError("the target calendar is not empty; add --replace to overwrite it")
            for table in reversed(calendar_tables()):
                writing.execute(delete(table))
            copied = {}
            for table in calendar_tables():
                rows = [dict(row._mapping) for row in reading.execute(select(table).order_by(*table.primary_key.columns))]
                for start in range(0, len(rows), BATCH):
                    writing.execute(insert(table), rows[start:start + BATCH])
                copied[table.name] = len(rows)
            if target.dialect.name == "postgresql":
                _advance_sequences(writing)
    except DBAPIError as exc:
        raise storage_error(exc, target) from exc
    return copied


def _advance_sequences(connection: Connection) -> None:
    """Rows arrived with their ids: the next id the server hands out must come after them."""
    for table in calendar_tables():
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or keys[0].type.python_type is not int:
            continue
        name = f"{table.name}.{keys[0].name}"
        connection.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', '{keys[0].name}'), "
            f"COALESCE((SELECT max({keys[0].name}) FROM {table.name}), 0) + 1, false)"
        ).execution_options(comment=name))
