"""Who changes the calendar: the database user (the OS user for a SQLite file) and a display name.

Every versioned record and every history entry records its author as "Display Name (user)",
or the bare user when no display name is set, and the time in UTC.
"""

from __future__ import annotations

import weakref
from datetime import UTC, datetime

from sqlalchemy import event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session as SASession
from sqlmodel import Session

from cica_planner.domain.clock import Clock, system_clock
from cica_planner.storage.quick_writes import os_user
from cica_planner.storage.tables import Versioned

_display_names: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()
_database_users: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()
_clocks: weakref.WeakKeyDictionary[Engine, Clock] = weakref.WeakKeyDictionary()


def set_clock(engine: Engine, clock: Clock) -> None:
    """Record change times through ``engine`` by ``clock`` (tests fix it)."""
    _clocks[engine] = clock


def set_display_name(engine: Engine, name: str) -> None:
    """Sign changes made through ``engine`` with ``name`` (from Settings) next to the user."""
    _display_names[engine] = name.strip()


def database_user(engine: Engine, session: Session | None = None) -> str:
    """The user the database knows: ``current_user`` on PostgreSQL, the OS user for a SQLite file."""
    known = _database_users.get(engine)
    if known is not None:
        return known
    if engine.dialect.name == "postgresql":
        if session is not None:
            user = str(session.connection().exec_driver_sql("SELECT current_user").scalar())
        else:
            with engine.connect() as connection:
                user = str(connection.exec_driver_sql("SELECT current_user").scalar())
    else:
        user = os_user()
    _database_users[engine] = user
    return user


def sign_session_as(session: Session, signature: str) -> None:
    """Sign every change made in ``session`` with ``signature`` (the shipped calendar's items)."""
    session.info["author"] = signature


def author(session: Session) -> str:
    """The signature of changes made in ``session``: "Display Name (user)" or "user"."""
    if signed_as := session.info.get("author"):
        return str(signed_as)
    engine = session.get_bind()
    assert isinstance(engine, Engine)
    user = database_user(engine, session)
    name = _display_names.get(engine, "")
    return f"{name} ({user})" if name and name != user else user


def now_utc(session: Session) -> datetime:
    """The time a change is recorded, in UTC to the second."""
    engine = session.get_bind()
    clock = _clocks.get(engine) if isinstance(engine, Engine) else None
    return (clock or system_clock()).now().astimezone(UTC).replace(microsecond=0)


def _sign_changes(session: Session, _context: object, _instances: object) -> None:
    """Before each flush: a new versioned row gets its author and time; a changed one also a higher version.

    Doing this for every flush, rather than in each service, means no write path can forget it.
    """
    when: datetime | None = None
    for row in session.new:
        if isinstance(row, Versioned):
            when = when or now_utc(session)
            row.changed_by = row.changed_by or author(session)
            row.changed_at = row.changed_at or when
    for row in session.dirty:
        if isinstance(row, Versioned) and session.is_modified(row, include_collections=False):
            when = when or now_utc(session)
            if not inspect(row).attrs.version.history.has_changes():
                row.version = (row.version or 0) + 1
            row.changed_by = author(session)
            row.changed_at = when


event.listen(SASession, "before_flush", _sign_changes)
