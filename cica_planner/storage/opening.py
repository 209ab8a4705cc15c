"""Opening a SQLite calendar file: recognise it, upgrade it safely, or open it read-only.

The order matters and is the whole point of this module:

1. inspect the file read-only and refuse anything that is not a CICA Planner calendar
   (nothing has been written yet, not even the journal mode);
2. when neither the file nor its folder can be written, open it read-only through SQLite's
   URI modes, creating no side file;
3. otherwise upgrade it under a lock, in one transaction, after a verified backup
   (:mod:`cica_planner.storage.migrating`), and only then open the normal engine.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cica_planner.domain.errors import StorageError
from cica_planner.storage.calendar_file import FileKind, FileState, inspect_file, refusal
from cica_planner.storage.migrating import Notify, head_revision, prepare_calendar
from cica_planner.storage.read_only import can_write, connect_read_only, sidecar

if TYPE_CHECKING:  # a calendar file is made ready with sqlite3 alone; the engine comes after
    from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class OpenedCalendar:
    engine: Engine
    path: Path
    created: bool  # a new (missing or empty) file was initialised
    read_only: bool


def open_calendar_file(path: Path, *, notify: Notify | None = None) -> OpenedCalendar:
    """Open the calendar at ``path`` (creating it when missing), read-only when it cannot be written.

    Raises:
        StorageError: The file is not a calendar, is newer, cannot be created or upgraded.
    """
    path = Path(os.path.abspath(path.expanduser()))
    state = inspect_file(path)
    reason = refusal(state)
    if reason:
        raise StorageError(reason)
    if not can_write(path):
        return OpenedCalendar(_read_only_engine(path, state), path, created=False, read_only=True)
    created = ready_calendar_file(path, notify=notify)
    from cica_planner.storage.db import make_engine

    return OpenedCalendar(make_engine(path), path, created=created, read_only=False)


def ready_calendar_file(path: Path, *, notify: Notify | None = None) -> bool:
    """Make the writable file at ``path`` a calendar at this version's schema; True when it was created.

    Creates the folder and the file when missing, or upgrades the file (after a backup); uses
    only the standard ``sqlite3`` module unless a migration must run.

    Raises:
        StorageError: The file is not a calendar, is newer, cannot be created or upgraded.
    """
    path = Path(os.path.abspath(path.expanduser()))
    if not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"cannot create the folder {path.parent}: {exc.strerror or exc}") from None
    _clear_stale_index(path)
    found = prepare_calendar(path, notify=notify)
    return found.kind in (FileKind.MISSING, FileKind.EMPTY)


def _read_only_engine(path: Path, state: FileState) -> Engine:
    if state.kind in (FileKind.MISSING, FileKind.EMPTY):
        raise StorageError(f"cannot create a calendar at {path}: the folder is read-only")
    if state.half_migrated or state.revision != head_revision():
        raise StorageError(f"{path} must be upgraded to be opened by this CICA Planner, but it is read-only; "
                           "copy it to a folder you can write to")
    from sqlalchemy import create_engine, event

    # The URL names the file (messages say which calendar); the creator opens it read-only.
    engine = create_engine(f"sqlite:///{path}", creator=lambda: connect_read_only(path))

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001 - DB-API types
        dbapi_connection.execute("PRAGMA foreign_keys=ON")

    return engine


def _clear_stale_index(path: Path) -> None:
    """Remove a ``-shm`` index that a read-only session of an older version left unwritable.

    SQLite keeps the index only while a connection has the file open in write-ahead mode, and
    such a connection also keeps the ``-wal`` file; without one the index is stale, and an
    unwritable stale index would keep the calendar read-only for everyone.
    """
    index = sidecar(path, "-shm")
    if not index.exists() or os.access(index, os.W_OK):
        return
    if not sidecar(path, "-wal").exists():
        with contextlib.suppress(OSError):
            index.unlink()
    else:
        with contextlib.suppress(OSError):
            os.chmod(index, path.stat().st_mode & 0o666)
