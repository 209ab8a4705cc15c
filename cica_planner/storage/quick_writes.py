"""New events written to a calendar file with the standard ``sqlite3`` module instead of SQLAlchemy,
and what every connection to a calendar file shares with the engine's (set-up, busy timeout, error wording).

An import from the command line loaded SQLAlchemy, SQLModel and pydantic before it read a single
event (about 0.4 s, more than the import's own work on a file of 3,000). When an import only adds
events to a calendar file, ``services/file_import.py`` writes them here: the rows
``storage/event_bulk.py`` writes through SQLAlchemy, value for value, as SQLAlchemy binds them to
SQLite (instants and stamps as naive text with microseconds, dates as ``YYYY-MM-DD``, booleans
as 0/1); the tests compare the two paths' rows.
"""

from __future__ import annotations

import getpass
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from functools import cache
from pathlib import Path

from cica_planner.domain.errors import StorageError
from cica_planner.domain.model import Event
from cica_planner.storage.event_rows import event_columns, override_columns

#: How long a write waits for another program's write to the same file (as the engine's connections do).
BUSY_SECONDS = 15


def os_user() -> str:
    """The user a calendar file's changes are signed with: the operating system's."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return "unknown"


def connect(path: Path) -> sqlite3.Connection:
    """A connection to write the calendar file ``path``, set up as the engine's are (``storage/db.py``).

    Transactions are the caller's (:func:`write_transaction`): the module's own would begin only
    at the first write, after the reads that decide it.
    """
    connection = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None)
    set_up(connection, in_file=True)
    return connection


def set_up(connection: sqlite3.Connection, *, in_file: bool) -> None:
    """What every connection to a calendar does first: enforce foreign keys, and log ahead in a file
    (so that the app and a script may use the same file at once)."""
    connection.execute("PRAGMA foreign_keys=ON")
    if in_file:
        connection.execute("PRAGMA journal_mode=WAL")


@contextmanager
def write_transaction(connection: sqlite3.Connection, where: Path) -> Iterator[None]:
    """The file's write lock taken before anything is read (``BEGIN IMMEDIATE``); all or nothing."""
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise _storage_error(exc, where) from exc
    try:
        yield
    except sqlite3.Error as exc:
        connection.execute("ROLLBACK")
        raise _storage_error(exc, where) from exc
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    try:
        connection.execute("COMMIT")
    except sqlite3.Error as exc:
        connection.execute("ROLLBACK")
        raise _storage_error(exc, where) from exc


def stored_uids(connection: sqlite3.Connection, uids: Iterable[str]) -> set[str]:
    """Which of ``uids`` are stored (one JSON array: any number of them is one parameter)."""
    rows = connection.execute("SELECT uid FROM event WHERE uid IN (SELECT value FROM json_each(?))",
                              [json.dumps(list(uids))])
    return {uid for (uid,) in rows}


def insert_new(connection: sqlite3.Connection, events: Sequence[Event], signature: str, when: datetime) -> list[Event]:
    """Insert ``events`` (new UIDs, no history) with their changed occurrences; sign them and give them their ids.

    As ``event_bulk.insert_new`` does inside the caller's transaction, but every UID must be new:
    the caller checked that under the write lock.
    """
    stamp = {"version": 1, "changed_by": signature, "changed_at": when}
    for event in events:
        [(event_id,)] = connection.execute(*_insert("event", {**event_columns(event), **stamp}, " RETURNING id")).fetchall()
        for override in event.overrides:
            connection.execute(*_insert("event_override", override_columns(override, event_id)))
        event.id, event.version, event.changed_by, event.changed_at = event_id, 1, signature, when
    return list(events)


def _insert(table: str, columns: dict[str, object], returning: str = "") -> tuple[str, list[object]]:
    """The statement inserting ``columns`` into ``table`` and its values, bound as SQLAlchemy binds them."""
    return _insert_statement(table, tuple(columns), returning), [_bound(value) for value in columns.values()]


@cache  # the same few statements for every row of an import
def _insert_statement(table: str, names: tuple[str, ...], returning: str) -> str:
    quoted = ", ".join(f'"{name}"' for name in names)  # "end" is a keyword
    return f"INSERT INTO {table} ({quoted}) VALUES ({', '.join('?' for _ in names)}){returning}"


def _bound(value: object) -> object:
    """``value`` as SQLAlchemy binds it to SQLite: a datetime as its naive text with microseconds, a date as ISO text."""
    if isinstance(value, datetime):
        return (f"{value.year:04d}-{value.month:02d}-{value.day:02d} "
                f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}")
    if isinstance(value, date):
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    if isinstance(value, bool):
        return int(value)
    return value


def _storage_error(exc: sqlite3.Error, where: Path) -> StorageError:
    return file_error(str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__, str(where))


def file_error(reason: str, where: str) -> StorageError:
    """SQLite's ``reason`` for failing on the calendar file ``where``, as one line a user can act on."""
    lowered = reason.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return StorageError(f"the calendar file {where} is read-only; changes cannot be saved")
    if "unable to open database file" in lowered:
        return StorageError(f"cannot open the calendar file {where}")
    if "not a database" in lowered or "encrypted" in lowered or "malformed" in lowered:
        return StorageError(f"{where} is not a CICA Planner database (or it is damaged)")
    if "locked" in lowered or "busy" in lowered:
        return StorageError(f"the calendar file {where} is busy in another program; try again")
    if "unique constraint" in lowered:
        return StorageError(f"the change conflicts with what is stored ({reason})")
    return StorageError(f"cannot use the calendar file {where}: {reason}")
