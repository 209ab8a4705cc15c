"""Engine factory, sessions and start-up migrations (Alembic) with a backup first."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, create_engine

from cica_planner.domain.errors import StorageError
from cica_planner.storage.quick_writes import BUSY_SECONDS, file_error, set_up
from cica_planner.storage.revisions import shipped_head
from cica_planner.storage.server import is_server_url, make_server_engine, server_error

if TYPE_CHECKING:  # Alembic is imported when a migration runs, not to open a calendar
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def make_engine(url_or_path: str | Path) -> Engine:
    """Create an engine for a SQLite file path (or any SQLAlchemy URL).

    SQLite gets write-ahead logging, enforced foreign keys and a busy timeout, so the
    desktop app and a script can use the same file.
    """
    url = str(url_or_path)
    if "://" not in url:
        url = f"sqlite:///{Path(url).expanduser()}"
    if is_server_url(url):
        return make_server_engine(url)
    engine = create_engine(url, connect_args={"timeout": BUSY_SECONDS} if url.startswith("sqlite") else {})
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001 - DB-API types
            set_up(dbapi_connection, in_file=engine.url.database not in (None, "", ":memory:"))

    return engine


def storage_error(exc: DBAPIError, engine: Engine) -> StorageError:
    """Turn a database driver error into one line a user can act on."""
    if engine.dialect.name == "postgresql":
        return server_error(exc, engine)
    where = engine.url.database or str(engine.url)
    reason = str(exc.orig).splitlines()[0] if exc.orig is not None else str(exc).splitlines()[0]
    return file_error(reason, where)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One unit of work: commit on success, roll back everything on any error."""
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except DBAPIError as exc:
        session.rollback()
        raise storage_error(exc, engine) from exc
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return shipped_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    except DBAPIError as exc:
        raise storage_error(exc, engine) from exc


def upgrade(engine: Engine, revision: str = "head") -> Path | None:
    """Bring the schema to ``revision``; return the backup copy taken first, if any.

    A database file that already holds data is copied next to itself before any
    migration runs, so a failed or unwanted upgrade never costs a planner their calendar.
    """
    backup = None
    target = head_revision() if revision == "head" else revision
    database = engine.url.database
    if engine.dialect.name == "sqlite" and database and database != ":memory:" and not database.startswith("file:"):
        # A calendar file: recognised first, locked, backed up, upgraded in one transaction.
        from cica_planner.storage.migrating import upgrade_file

        return upgrade_file(Path(database), target)
    current = current_revision(engine)
    if current == target:
        return None
    if current is not None and not _is_known_revision(current):
        raise StorageError(
            f"this calendar was saved by a newer CICA Planner (schema {current}); update CICA Planner to open it"
        )
    if current is None and has_tables(engine):
        # Tables but no schema version: another application's database. Never add ours to it.
        where = engine.url.database or str(engine.url)
        raise StorageError(f"{where} is not a CICA Planner database (it holds another application's tables)")
    try:
        backup = _migrate(engine, current, target)
    except DBAPIError as exc:
        raise storage_error(exc, engine) from exc
    return backup


def _is_known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.script.revision import RevisionError
    from alembic.util.exc import CommandError

    try:
        return ScriptDirectory.from_config(_alembic_config()).get_revision(revision) is not None
    except (CommandError, RevisionError):
        return False


def _migrate(engine: Engine, current: str | None, target: str) -> Path | None:
    backup = None
    database = engine.url.database
    # A versioned database holds a calendar: copy it before changing its schema.
    if current is not None and engine.dialect.name == "sqlite" and database and database != ":memory:":
        path = Path(database)
        if path.exists():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            backup = path.with_name(f"{path.name}.{current}-{stamp}.bak")
            with engine.connect() as connection:
                # VACUUM INTO writes a consistent copy even while WAL holds recent pages; the
                # file name is bound, never spliced into the SQL (think of a folder "O'Brien").
                connection.exec_driver_sql("VACUUM INTO ?", (str(backup),))
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
    return backup


def check_calendar_file(path: Path) -> None:
    """Refuse an existing file that is not a CICA Planner database, without writing to it.

    It is read through a separate read-only connection: the engine's own connections switch
    the file to write-ahead logging, which would already alter another application's file.
    """
    if not path.is_file() or path.stat().st_size == 0:
        return
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc) or "encrypted" in str(exc) or "malformed" in str(exc):
            raise StorageError(f"{path} is not a CICA Planner database (or it is damaged)") from exc
        raise StorageError(f"cannot open the calendar file {path}: {exc}") from exc
    if tables and "alembic_version" not in tables:
        raise StorageError(f"{path} is not a CICA Planner database (it holds another application's tables)")


def has_tables(engine: Engine) -> bool:
    """Whether the database holds any table (a file that holds data, versioned or not)."""
    try:
        return bool(inspect(engine).get_table_names())
    except DBAPIError as exc:
        raise storage_error(exc, engine) from exc
