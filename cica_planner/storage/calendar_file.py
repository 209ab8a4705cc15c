"""What a SQLite file is, found out without writing a byte to it.

Before CICA Planner changes anything in a file (journal mode, tables, schema stamp) it must
know the file is one of its calendars. :func:`inspect_file` reads the file through a
read-only connection and compares its tables and columns with the schema each known
revision produces, so that

* another application's SQLite file, even one managed by Alembic at a revision called
  ``0001``, is recognised and left alone;
* a calendar from a newer CICA Planner is recognised as such;
* a calendar left half-upgraded by an interrupted migration of an older version (its stamp
  says one revision, its tables already hold some of the next) is recognised, so it can be
  restored from the backup taken before that migration.

The file is read through ``storage/read_only.py``, which also tells whether it can be written.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from pathlib import Path

from cica_planner.domain.errors import StorageError
from cica_planner.storage.read_only import connect_read_only
from cica_planner.storage.revisions import VERSION_TABLE, shipped_head

#: Columns that only a CICA Planner event table has together; a foreign file may have an
#: "event" table, but not this one.
CORE_EVENT_COLUMNS = frozenset({"uid", "title", "category", "all_day", "start_utc", "start_day", "tzid",
                                "precision", "period_part", "exdates", "sequence", "last_modified"})
CORE_TABLES = frozenset({"event", "country", "body", "event_change"})
#: Tables SQLite keeps for itself (statistics, autoincrement counters).
_INTERNAL_PREFIX = "sqlite_"


class FileKind(StrEnum):
    MISSING = "missing"
    EMPTY = "empty"  # zero bytes, or a SQLite file without a single table: may be initialised
    CALENDAR = "calendar"
    NEWER = "newer"  # a CICA Planner calendar at a revision this version does not know
    FOREIGN = "foreign"  # another application's SQLite file
    NOT_SQLITE = "not sqlite"


@dataclass(frozen=True)
class FileState:
    path: Path
    kind: FileKind
    revision: str | None = None
    #: The stamp says ``revision`` but the tables are not that revision's (an interrupted upgrade).
    half_migrated: bool = False
    tables: dict[str, frozenset[str]] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """The revision as a backup name carries it: a half-migrated schema is not its stamp's."""
        if self.revision is None:
            return "empty"
        return f"{self.revision}+partial" if self.half_migrated else self.revision


def inspect_file(path: Path) -> FileState:
    """Say what ``path`` is. Nothing is written to the file or beside it.

    Raises:
        StorageError: The file exists but cannot be read at all (permissions, a folder).
    """
    if not path.exists():
        return FileState(path, FileKind.MISSING)
    if path.is_dir():
        raise StorageError(f"{path} is a folder, not a calendar file")
    if not path.is_file():
        raise StorageError(f"{path} is not a regular file, so it cannot be a calendar")
    if path.stat().st_size == 0:
        return FileState(path, FileKind.EMPTY)
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise StorageError(f"cannot read the calendar file {path}: {exc.strerror or exc}") from None
    if header != b"SQLite format 3\x00":
        return FileState(path, FileKind.NOT_SQLITE)
    try:
        with closing(connect_read_only(path)) as connection:
            tables = read_schema(connection)
            revision = _stamp(connection) if VERSION_TABLE in tables else None
    except sqlite3.DatabaseError as exc:
        if any(word in str(exc) for word in ("not a database", "encrypted", "malformed")):
            return FileState(path, FileKind.NOT_SQLITE)
        raise StorageError(f"cannot read the calendar file {path}: {exc}") from None
    return classify(path, tables, revision)


def read_schema(connection: sqlite3.Connection) -> dict[str, frozenset[str]]:
    """Every table of the database with its column names."""
    names = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    schema = {}
    for name in names:
        if name.startswith(_INTERNAL_PREFIX):
            continue
        columns = connection.execute("SELECT name FROM pragma_table_info(?)", (name,)).fetchall()
        schema[name] = frozenset(row[0] for row in columns)
    return schema


def _stamp(connection: sqlite3.Connection) -> str | None:
    rows = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
    if len(rows) != 1:
        return None
    return str(rows[0][0])


def classify(path: Path, tables: dict[str, frozenset[str]], revision: str | None) -> FileState:
    user_tables = {name: columns for name, columns in tables.items() if name != VERSION_TABLE}
    if not tables:
        return FileState(path, FileKind.EMPTY)
    looks_like_ours = user_tables.keys() >= CORE_TABLES and user_tables["event"] >= CORE_EVENT_COLUMNS
    if revision is None:
        if not user_tables and VERSION_TABLE in tables:
            # An interrupted first migration of an older version: a stamp table, nothing else.
            return FileState(path, FileKind.EMPTY, tables=tables)
        return FileState(path, FileKind.FOREIGN, tables=tables)
    if not looks_like_ours:
        return FileState(path, FileKind.FOREIGN, revision=revision, tables=tables)
    if revision == shipped_head():  # as migration_runs.head_revision(), without importing SQLAlchemy
        # The stamp is written last, in the same transaction as the schema: a file stamped with
        # the head revision is whole (only an upgrade towards the head can be left halfway).
        return FileState(path, FileKind.CALENDAR, revision=revision, tables=tables)
    expected = schema_at(revision)
    if expected is None:
        return FileState(path, FileKind.NEWER, revision=revision, tables=tables)
    half = any(user_tables.get(name) != columns for name, columns in expected.items())
    half = half or bool(user_tables.keys() - expected.keys())
    return FileState(path, FileKind.CALENDAR, revision=revision, half_migrated=half, tables=tables)


@cache
def schema_at(revision: str) -> dict[str, frozenset[str]] | None:
    """The tables and columns the migrations produce at ``revision``; None for an unknown revision.

    Computed by running the migrations on an in-memory database, so it can never drift from them.
    """
    # Imported here: the quick first paint (storage/quick_reads.py) reads files through this module.
    from cica_planner.storage.migration_runs import known_revision, run_migrations_in_memory

    if not known_revision(revision):
        return None
    connection = run_migrations_in_memory(revision)
    with closing(connection):
        schema = read_schema(connection)
    schema.pop(VERSION_TABLE, None)
    return schema


def refusal(state: FileState) -> str | None:
    """The one-line reason a file cannot be used as a calendar, or None when it can."""
    path = state.path
    if state.kind is FileKind.NOT_SQLITE:
        return f"{path} is not a CICA Planner database (or it is damaged)"
    if state.kind is FileKind.FOREIGN:
        if state.revision is not None:
            return (f"{path} is not a CICA Planner database: it belongs to another application "
                    f"(its tables are not a calendar's, schema {state.revision})")
        return f"{path} is not a CICA Planner database (it holds another application's tables)"
    if state.kind is FileKind.NEWER:
        return (f"{path} was saved by a newer CICA Planner (schema {state.revision}); "
                "update CICA Planner to open it")
    return None
