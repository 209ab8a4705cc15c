"""Where CICA Planner keeps its files; every path can be overridden (tests never touch home)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "CICA Planner"
APP_AUTHOR = "CICA Secretariat"
DB_ENV_VAR = "CICA_PLANNER_DB"


def _dirs() -> PlatformDirs:
    return PlatformDirs(APP_NAME, APP_AUTHOR)


def default_database_path() -> Path:
    return Path(_dirs().user_data_dir) / "cica-planner.sqlite3"


def database_path(override: str | os.PathLike[str] | None = None) -> Path:
    """The database file: ``--db`` first, then $CICA_PLANNER_DB, then the user data directory."""
    if override:
        return Path(override).expanduser()
    from_env = os.environ.get(DB_ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    return default_database_path()


def database_location(override: str | os.PathLike[str] | None = None) -> str | Path:
    """Like :func:`database_path`, but a PostgreSQL URL (a team calendar) stays a URL."""
    from cica_planner.storage.server import is_server_url

    chosen = override or os.environ.get(DB_ENV_VAR)
    if chosen and is_server_url(chosen):
        return str(chosen).strip()
    return database_path(override)
