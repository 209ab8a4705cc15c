"""Running the shipped migrations: on an open connection, or on a fresh in-memory database to
learn the schema of a revision (how a calendar file is recognised).

Alembic is imported inside the functions that run it: opening an up-to-date calendar never does.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import NullPool, StaticPool

from cica_planner.storage.revisions import MIGRATIONS_DIR, shipped_head

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = ["MIGRATIONS_DIR", "alembic_config", "head_revision", "known_revision", "run_migrations_in_memory",
           "transactional_engine", "upgrade_connection"]


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
