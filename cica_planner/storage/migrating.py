"""Schema upgrades of a SQLite calendar: locked, backed up, one transaction, recoverable.

* **One transaction.** pysqlite's legacy transaction control never opens a transaction before
  DDL, so each ``CREATE TABLE`` would commit on its own and a crash would leave half a schema.
  The migration engine turns that control off (``isolation_level=None``) and opens the
  transaction itself with ``BEGIN IMMEDIATE`` (SQLAlchemy's documented recipe for pysqlite);
  Alembic then runs inside it, so the new schema is there completely or not at all.
* **A lock.** A second process that starts while a migration runs waits for it (an advisory
  lock on the calendar file itself, so no side file is created), then finds the file already
  at the new revision and has nothing left to do.
* **Nothing before recognition.** The file is inspected read-only first
  (:mod:`cica_planner.storage.calendar_file`); only a CICA Planner calendar, or an empty file,
  is ever switched to write-ahead logging, stamped or given tables.
* **Recovery.** A calendar that an older version left half-upgraded is restored from the
  backup taken just before that upgrade (after a copy of the broken state is kept), and the
  user is told.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import cast

from cica_planner.domain.errors import StorageError
from cica_planner.storage.backups import BackupKind, list_backups, make_backup, restore_into, verify_backup
from cica_planner.storage.calendar_file import (
    FileKind,
    FileState,
    classify,
    inspect_file,
    read_schema,
    refusal,
    schema_at,
)
from cica_planner.storage.migration_runs import (
    create_new_schema,
    head_revision,
    transactional_engine,
    upgrade_connection,
)

#: How long a start waits for another process's migration before giving up, in seconds.
LOCK_WAIT = 120.0

Notify = Callable[[str], None]
log = logging.getLogger(__name__)


@contextlib.contextmanager
def file_lock(path: Path, wait: float = LOCK_WAIT) -> Iterator[None]:
    """Hold an exclusive advisory lock on the calendar while it is migrated or restored.

    POSIX: ``flock`` on the calendar file itself, which does not touch SQLite's own byte-range
    locks and leaves no file behind. Windows: a ``.lock`` file beside it (msvcrt locks are
    byte-range locks that would collide with SQLite's). A killed holder releases the lock.
    """
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        lock_path = path.with_name(path.name + ".lock")
        handle = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        acquire = lambda: msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)  # noqa: E731
        release = lambda: msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)  # noqa: E731
    else:
        import fcntl

        handle = os.open(path, os.O_RDONLY | os.O_CREAT, 0o644)
        acquire = lambda: fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)  # noqa: E731
        release = lambda: fcntl.flock(handle, fcntl.LOCK_UN)  # noqa: E731
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                acquire()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise StorageError(f"another CICA Planner is still upgrading {path}; try again later") from None
                time.sleep(0.05)
        try:
            yield
        finally:
            release()
    finally:
        os.close(handle)


def prepare_calendar(path: Path, *, notify: Notify | None = None, backups: bool = True) -> FileState:
    """Make ``path`` a calendar at the head revision, or refuse it without writing to it.

    Returns the state the file was found in (``MISSING``/``EMPTY`` for a new calendar).

    Raises:
        StorageError: Not a calendar, a newer one, a half-upgraded one that cannot be restored,
            or the upgrade failed (the file is then as it was).
    """
    found = inspect_file(path)
    reason = refusal(found)
    if reason:
        raise StorageError(reason)
    head = head_revision()
    if found.kind is FileKind.CALENDAR and found.revision == head and not found.half_migrated:
        return found
    with file_lock(path):
        state = inspect_file(path)  # another process may have done the work while we waited
        reason = refusal(state)
        if reason:
            raise StorageError(reason)
        if state.half_migrated:
            state = _recover(state, notify or log.warning)
        if state.kind is FileKind.CALENDAR and state.revision == head:
            return found
        _use_write_ahead_log(path)
        if not (state.kind in (FileKind.MISSING, FileKind.EMPTY) and not state.tables and _create(path, head)):
            _migrate(path, head, backups=backups)
    return found


def _create(path: Path, target: str) -> bool:
    """Make a file without tables a calendar at ``target`` from the prepared schema, in one transaction.

    The statements are those the migrations produce (``storage/new_schema.py``, checked by a
    test), so neither Alembic nor SQLAlchemy is loaded. False (nothing written) when the
    prepared schema is not ``target``'s, or when the file holds tables after all.
    """
    try:
        with contextlib.closing(sqlite3.connect(path, timeout=LOCK_WAIT)) as connection:
            connection.isolation_level = None  # we open and close the transaction, DDL included
            connection.execute("BEGIN IMMEDIATE")
            try:
                created = not read_schema(connection) and create_new_schema(connection, target)
                connection.execute("COMMIT" if created else "ROLLBACK")
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
    except sqlite3.Error as exc:
        raise StorageError(_failure(path, exc)) from None
    return created


def _use_write_ahead_log(path: Path) -> None:
    # Before the migration, so that a kill in the middle leaves a -wal whose uncommitted frames
    # are simply ignored, instead of a hot journal only a writable connection can roll back.
    try:
        with contextlib.closing(sqlite3.connect(path, timeout=LOCK_WAIT)) as connection:
            connection.execute("PRAGMA journal_mode=WAL")
    except sqlite3.Error as exc:
        raise StorageError(_failure(path, exc)) from None


def upgrade_file(path: Path, target: str, *, backups: bool = True) -> Path | None:
    """Bring the calendar file at ``path`` to ``target`` under the lock; return the backup taken."""
    reason = refusal(inspect_file(path))
    if reason:
        raise StorageError(reason)
    with file_lock(path):
        _use_write_ahead_log(path)
        return _migrate(path, target, backups=backups)


def _migrate(path: Path, target: str, *, backups: bool) -> Path | None:
    from sqlalchemy.exc import DBAPIError  # loaded to run migrations, not to create or open a calendar

    backup = None

    engine = transactional_engine(lambda: sqlite3.connect(path, timeout=LOCK_WAIT, check_same_thread=False))
    try:
        with engine.begin() as connection:
            raw = cast(sqlite3.Connection, connection.connection.driver_connection)  # the engine above connects with sqlite3
            tables = read_schema(raw)
            revision = _stamp(raw) if "alembic_version" in tables else None
            state = classify(path, tables, revision)
            if state.revision == target:
                return None
            if backups and state.kind is FileKind.CALENDAR:
                # Read through another connection: it sees the last commit, our lock keeps writers out.
                try:
                    backup = make_backup(path, BackupKind.MIGRATION)
                except StorageError as exc:
                    reason = str(exc).split(": ", 1)[-1]
                    raise StorageError(f"cannot upgrade the calendar {path}: no backup could be made first "
                                       f"({reason}); it was left as it was") from None
            upgrade_connection(connection, target)
    except DBAPIError as exc:
        raise StorageError(_failure(path, exc)) from exc
    except sqlite3.Error as exc:
        raise StorageError(_failure(path, exc)) from exc
    finally:
        engine.dispose()
    return backup


def _stamp(connection: sqlite3.Connection) -> str | None:
    rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    return str(rows[0][0]) if len(rows) == 1 else None


def _failure(path: Path, exc: Exception) -> str:
    reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    if "disk is full" in reason or "disk I/O error" in reason and _nearly_full(path):
        return f"cannot upgrade the calendar {path}: the disk is full; it was left as it was; free some space and start again"
    return f"cannot upgrade the calendar {path}: {reason}; it was left as it was"


def _nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < 1024 * 1024
    except OSError:
        return False


def _recover(state: FileState, notify: Notify) -> FileState:
    """Restore a calendar an older version left half-upgraded from the backup taken just before."""
    path = state.path
    candidates = [b for b in list_backups(path) if b.revision == state.revision and not b.partial]
    for backup in candidates:  # newest first
        try:
            verify_backup(backup.path)
        except StorageError:
            continue
        kept = make_backup(path, BackupKind.BROKEN)  # the broken state is kept, never thrown away
        restore_into(path, backup.path)
        notify(f"{path.name} was left half-upgraded by an interrupted update; it was restored from the backup "
               f"{backup.path.name} taken just before that update (the broken copy is kept as {kept.name})")
        return inspect_file(path)
    expected = schema_at(state.revision or "")
    extra = sorted(set(state.tables) - set(expected or {}) - {"alembic_version"})
    if expected is not None and all(state.tables.get(n) == c for n, c in expected.items()) and _all_empty(path, extra):
        # No backup, but the interrupted update only added empty tables: removing them loses nothing.
        kept = make_backup(path, BackupKind.BROKEN)
        _drop_tables(path, extra)
        notify(f"{path.name} was left half-upgraded by an interrupted update; the empty tables it had added were "
               f"removed (the broken copy is kept as {kept.name})")
        return inspect_file(path)
    raise StorageError(f"{path} was left half-upgraded by an interrupted update and no backup from before it was found; "
                       "restore a backup with 'cica-planner restore BACKUP'")


def _all_empty(path: Path, tables: list[str]) -> bool:
    with contextlib.closing(sqlite3.connect(path, timeout=LOCK_WAIT)) as connection:
        return all(connection.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0] == 0 for name in tables)


def _drop_tables(path: Path, tables: list[str]) -> None:
    engine = transactional_engine(lambda: sqlite3.connect(path, timeout=LOCK_WAIT, check_same_thread=False))
    try:
        with engine.begin() as connection:
            for name in tables:
                connection.exec_driver_sql(f'DROP TABLE "{name}"')
    finally:
        engine.dispose()
