"""New events written to a calendar file with the standard ``sqlite3`` module instead of SQLAlchemy.

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
from pathlib import Path

from cica_planner.domain.errors import StorageError
from cica_planner.domain.model import Event
from cica_planner.storage.event_rows import event_columns, override_columns

#: UIDs per look-up (well under SQLite's limit on parameters).
CHUNK = 500
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
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("PRAGMA journal_mode=WAL")
    return connection


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
    """Which of ``uids`` are stored."""
    wanted = list(dict.fromkeys(uids))
    found: set[str] = set()
    for start in range(0, len(wanted), CHUNK):
        chunk = json.dumps(wanted[start:start + CHUNK])
        found.update(uid for (uid,) in connection.execute(
            "SELECT uid FROM event WHERE uid IN (SELECT value FROM json_each(?))", [chunk]))
    return found


def insert_new(connection: sqlite3.Connection, events: Sequence[Event], signature: str, when: datetime) -> list[Event]:
    """Insert ``events`` (new UIDs, no history) with their changed occurrences; sign them and give them their ids.

    As ``event_bulk.insert_new`` does inside the caller's transaction, but every UID must be new:
    the caller checked that under the write lock.
    """
    if not events:
        return []
    stamp = {"version": 1, "changed_by": signature, "changed_at": when}
    first = {**event_columns(events[0]), **stamp}
    names = list(first)
    insert_event = (f"INSERT INTO event ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)}) RETURNING id")
    override_names: list[str] = []
    insert_override = ""
    for event in events:
        columns = {**event_columns(event), **stamp}
        [(event_id,)] = connection.execute(insert_event, [_bound(columns[name]) for name in names]).fetchall()
        for override in event.overrides:
            values = override_columns(override, event_id)
            if not override_names:
                override_names = list(values)
                quoted = ", ".join(f'"{name}"' for name in override_names)  # "end" is a keyword
                insert_override = (f"INSERT INTO event_override ({quoted}) "
                                   f"VALUES ({', '.join('?' for _ in override_names)})")
            connection.execute(insert_override, [_bound(values[name]) for name in override_names])
        event.id, event.version, event.changed_by, event.changed_at = event_id, 1, signature, when
    return list(events)


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
