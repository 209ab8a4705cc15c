"""Alembic environment: runs on the connection handed over by ``storage.db.upgrade``."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from cica_planner.storage import tables  # noqa: F401 - registers the tables on the metadata

connection = context.config.attributes.get("connection")
if connection is None:  # command-line use: alembic -x url=sqlite:///file.sqlite3 ...
    from sqlalchemy import create_engine

    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///cica-planner.sqlite3")
    connection = create_engine(url).connect()

context.configure(connection=connection, target_metadata=SQLModel.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
