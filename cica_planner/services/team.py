"""Team calendars on PostgreSQL: open one, set one up with its roles, manage members, move a calendar.

The server enforces the roles (see storage.roles); this module only composes the steps, each
in one transaction, and words the server's answers for people.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from cica_planner.domain.errors import PermissionRefusedError, StorageError, ValidationError
from cica_planner.services.live import ChangeWatcher
from cica_planner.storage import roles
from cica_planner.storage.authorship import set_display_name
from cica_planner.storage.db import current_revision, head_revision, storage_error, upgrade
from cica_planner.storage.roles import ROLES
from cica_planner.storage.server import display_url, is_server_url, make_server_engine, remember_password

# What the desktop app and the command line need of storage, offered here so they talk to services only.
__all__ = ["ROLES", "Permissions", "copy", "display_url", "grant", "init", "is_server_url", "open_team_calendar",
           "permissions", "remember_password", "revoke", "set_display_name"]

Permissions = roles.Permissions


def open_team_calendar(url: str, *, seed: bool = True, password: str | None = None) -> Engine:
    """Connect to the team calendar at ``url`` and check (or bring up to date) its schema.

    A server that cannot be reached, a failed login and a schema from another version each end
    in a StorageError with one line; nothing is written unless the schema must be created.
    """
    from cica_planner.services.seeding import seed_database
    from cica_planner.storage.db import has_tables

    engine = make_server_engine(url, password)
    try:
        current = current_revision(engine)
        is_new = current is None and not has_tables(engine)
        if current not in (None, head_revision()):
            try:
                upgrade(engine)
            except PermissionRefusedError:
                raise StorageError(
                    f"the team calendar {display_url(engine.url)} has an older schema ({current}) than this CICA "
                    f"Planner needs ({head_revision()}); ask its administrator to run: cica-planner team init URL"
                ) from None
        elif current is None:
            upgrade(engine)
        if is_new and seed:
            seed_database(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def init(url: str, *, seed: bool = True) -> Engine:
    """Create (or bring up to date) the schema of a team calendar and its three roles.

    The user of ``url`` must own the database and may create roles (a server administrator).
    """
    engine = open_team_calendar(url, seed=seed)
    try:
        with engine.begin() as connection:
            roles.create_roles(connection)
    except DBAPIError as exc:
        engine.dispose()
        raise storage_error(exc, engine) from exc
    return engine


def grant(engine: Engine, user: str, role: str) -> None:
    """Make ``user`` (a login of the server) a viewer, planner or admin of the calendar."""
    roles.group_role(role)  # an unknown role is refused before the server is asked
    _membership(engine, lambda connection: roles.grant(connection, user, role))


def revoke(engine: Engine, user: str) -> None:
    """Take every calendar role from ``user``."""
    _membership(engine, lambda connection: roles.revoke(connection, user))


def _membership(engine: Engine, change) -> None:  # noqa: ANN001 - a callable of one Connection
    if engine.dialect.name != "postgresql":
        raise ValidationError("roles belong to team calendars on PostgreSQL; a calendar file has none")
    try:
        with engine.begin() as connection:
            change(connection)
    except DBAPIError as exc:
        raise storage_error(exc, engine) from exc


def permissions(engine: Engine) -> roles.Permissions:
    try:
        return roles.permissions(engine)
    except DBAPIError as exc:
        raise storage_error(exc, engine) from exc


def open_any(location: str | Path, *, create: bool) -> Engine:
    """Open a calendar file or team calendar at its current schema; ``create`` allows a new, empty one."""
    from cica_planner.services.seeding import open_database

    text = str(location)
    if is_server_url(text):
        return open_team_calendar(text, seed=False)
    path = Path(text).expanduser()
    if not create and not path.exists():
        raise StorageError(f"there is no calendar file {path}")
    return open_database(path, seed=False)


def copy(source: str | Path, target: str | Path, *, replace: bool = False) -> dict[str, int]:
    """Copy the whole calendar at ``source`` to ``target`` (files or PostgreSQL URLs, either way)."""
    from cica_planner.storage.copying import copy_calendar

    if str(source) == str(target):
        raise ValidationError("--from and --to name the same calendar")
    reading = open_any(source, create=False)
    try:
        writing = open_any(target, create=True)
        try:
            return copy_calendar(reading, writing, replace=replace)
        finally:
            writing.dispose()
    finally:
        reading.dispose()


def open_calendar(location: str | Path, *, password: str | None = None) -> Engine:
    """Open an existing calendar file or team calendar for the desktop app (nothing is seeded).

    Every failure is a StorageError with one line: the app shows it, never a traceback.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from cica_planner.services.seeding import open_database

    text = str(location)
    try:
        if is_server_url(text):
            return open_team_calendar(text, seed=False, password=password)
        return open_database(Path(text).expanduser(), seed=False)
    except (OSError, SQLAlchemyError) as exc:
        raise StorageError(f"cannot open {location}: {exc}") from exc


def engine_label(engine: Engine) -> str:
    """How a window names its calendar: the file name, or the team calendar's URL without password."""
    if engine.dialect.name == "postgresql":
        return display_url(engine.url)
    return Path(str(engine.url.database)).name


class TeamAccess:
    """What a window needs of the calendar's team side: roles, signatures and change notices.

    For a calendar file the role is the owner's and nobody else writes; for a team calendar
    the server answers. The window asks here instead of holding the engine itself.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def is_server(self) -> bool:
        """Whether the calendar is a team calendar on a server (PostgreSQL)."""
        return self.engine.dialect.name == "postgresql"

    def permissions(self) -> roles.Permissions:
        return permissions(self.engine)

    def grant(self, user: str, role: str) -> None:
        grant(self.engine, user, role)

    def revoke(self, user: str) -> None:
        revoke(self.engine, user)

    def sign_with(self, name: str) -> None:
        """Sign the next changes made through this calendar with ``name`` (from Settings)."""
        set_display_name(self.engine, name)

    def watcher(self) -> ChangeWatcher:
        """A watcher that tells whether someone else committed a change (not started yet)."""
        return ChangeWatcher(self.engine)

    def label(self) -> str:
        return engine_label(self.engine)

    def location(self) -> str:
        """Where the calendar lives: its file's path, or the team calendar's URL without password."""
        if self.is_server:
            return display_url(self.engine.url)
        return str(self.engine.url.database)
