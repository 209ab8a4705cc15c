"""Where CICA Planner keeps its files; every path can be overridden (tests never touch home).

The folders come from platformdirs, so each system gets its own convention:

- Linux: data in ``~/.local/share/CICA Planner``, the log in ``~/.local/state/CICA Planner/log``;
- Windows: data in ``%LOCALAPPDATA%\\CICA Secretariat\\CICA Planner``, the log in its ``Logs`` folder;
- macOS: ``~/Library/Application Support/CICA Planner`` and ``~/Library/Logs/CICA Planner``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when a folder is first asked for: a start with --db and a log folder needs none
    from platformdirs import PlatformDirs

APP_NAME = "CICA Planner"
APP_AUTHOR = "CICA Secretariat"
APP_ID = "org.s_cica.Planner"
"""The reverse-DNS id of the app (CICA's domain is s-cica.org; a hyphen is not allowed in such ids,
so it becomes an underscore). The desktop entry, the AppStream metainfo, the icons and
QGuiApplication.desktopFileName all use it, so the running window finds its entry and icon."""
DB_ENV_VAR = "CICA_PLANNER_DB"
LOG_DIR_ENV = "CICA_PLANNER_LOG_DIR"
"""Environment variable naming another folder for the log file (tests, portable use)."""


def _dirs() -> PlatformDirs:
    from platformdirs import PlatformDirs

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
    from cica_planner.storage.locations import is_server_url

    chosen = override or os.environ.get(DB_ENV_VAR)
    if chosen and is_server_url(chosen):
        return str(chosen).strip()
    return database_path(override)


def log_directory() -> Path:
    """The folder of the log file: $CICA_PLANNER_LOG_DIR, else the user's log folder."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(_dirs().user_log_dir)
