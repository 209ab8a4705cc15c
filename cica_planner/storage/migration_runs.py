"""Running the shipped migrations: on an open connection, or on a fresh in-memory database to
learn the schema of a revision (how a calendar file is recognised).

Alembic is imported inside the functions that run it: opening an up-to-date calendar never does,
and neither does creating a new one, which runs the statements the migrations produce
(:mod:`cica_planner.storage.new_schema`, written by ``python -m cica_planner.storage.migration_runs``).
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from cica_planner.storage.revisions import MIGRATIONS_DIR, shipped_head

if TYPE_CHECKING:  # SQLAlchemy too is imported only to run migrations: a new calendar needs neither
    from alembic.config import Config
    from sqlalchemy.engine import Connection, Engine

__all__ = ["MIGRATIONS_DIR", "alembic_config", "create_new_schema", "head_revision", "known_revision",
           "new_schema_source", "run_migrations_in_memory", "transactional_engine", "upgrade_connection"]


def alembic_config() -> Config:
    from alembic.config import Config  # Alembic is imported when a migration runs, not to open a calendar

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return shipped_head()  # read from the migration files; tests check it against Alembic's answer


def known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.script.revision import RevisionError
    from alembic.util.exc import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except (CommandError, RevisionError):
        return False


def transactional_engine(creator: Callable[[], sqlite3.Connection], *, static: bool = False) -> Engine:
    """An engine whose every transaction is a real SQLite transaction that includes DDL."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool, StaticPool

    def connect() -> sqlite3.Connection:
        connection = creator()
        connection.isolation_level = None  # the driver must not manage transactions: we do
        return connection

    engine = create_engine("sqlite://", creator=connect, poolclass=StaticPool if static else NullPool)

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        # IMMEDIATE takes the write lock now: a second writer waits here, before reading anything.
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def upgrade_connection(connection: Connection, target: str) -> None:
    """Run the migrations up to ``target`` on ``connection``, inside its open transaction."""
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, target)


def run_migrations_in_memory(revision: str) -> sqlite3.Connection:
    """A fresh in-memory database migrated to ``revision`` (to learn that revision's schema)."""
    raw = sqlite3.connect(":memory:", check_same_thread=False)
    engine = transactional_engine(lambda: raw, static=True)
    with engine.begin() as connection:
        upgrade_connection(connection, revision)
    return raw


def create_new_schema(connection: sqlite3.Connection, target: str) -> bool:
    """Give an empty database the schema of ``target`` from the prepared statements, if they are ``target``'s.

    Runs inside ``connection``'s open transaction, as a migration does; returns False (nothing
    done) when the prepared schema is another revision's, and the migrations must run instead.
    """
    from cica_planner.storage import new_schema

    if target != new_schema.REVISION:
        return False
    for statement in new_schema.STATEMENTS:
        connection.execute(statement)
    connection.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (new_schema.REVISION,))
    return True


def migrated_schema_statements(revision: str) -> list[str]:
    """The statements that rebuild what the migrations leave at ``revision``, in SQLite's own words and order.

    SQLite keeps each table's, index's and trigger's definition as it stands after every
    ``ALTER``; the indexes it makes itself for UNIQUE and PRIMARY KEY constraints (no SQL of
    their own) and its internal tables come back with their tables.
    """
    with closing(run_migrations_in_memory(revision)) as connection:
        rows = connection.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite!_%' ESCAPE '!' ORDER BY rowid"
        ).fetchall()
    return [row[0] for row in rows]


def new_schema_source(revision: str | None = None) -> str:
    """The text of :mod:`cica_planner.storage.new_schema` for ``revision`` (the shipped head by default)."""
    revision = revision or shipped_head()
    statements = []
    for statement in migrated_schema_statements(revision):
        lines = statement.split("\n")
        pieces = [repr(line + "\n") for line in lines[:-1]] + [repr(lines[-1])]
        statements.append("    (\n" + "".join(f"        {piece}\n" for piece in pieces) + "    ),\n")
    return (
        '"""The schema of a new calendar file: the statements that build what the migrations build (generated).\n'
        "\n"
        "A new calendar file is given its tables in one transaction from these statements instead of by\n"
        "running every migration through Alembic. Written by ``python -m cica_planner.storage.migration_runs``\n"
        "from a database the migrations built, in SQLite's own words; a test checks that a calendar made\n"
        "from it equals a migrated one (tables, columns, indexes, triggers, stamp). Do not edit by hand.\n"
        '"""\n'
        "\n"
        "#: The revision these statements are; a new calendar of any other head runs the migrations.\n"
        f"REVISION = {revision!r}\n"
        "\n"
        "STATEMENTS: tuple[str, ...] = (\n"
        + "".join(statements)
        + ")\n"
    )


if __name__ == "__main__":
    # After adding a migration: python -m cica_planner.storage.migration_runs
    target = Path(__file__).with_name("new_schema.py")
    target.write_text(new_schema_source(), encoding="utf-8")
    print(f"wrote {target.name} for revision {shipped_head()}", file=sys.stderr)
