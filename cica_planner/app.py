"""Composition root: database path -> engine -> services -> QApplication -> main window.

Nothing else builds services for the desktop app: the window receives them through its
constructor, so tests and the screenshot script can build the same window on a temporary
database with settings in a temporary INI file.

The log file lives in the user's log folder (never next to the database, which may sit on a
shared drive); the console only gets one-line warnings, never a traceback.
"""

from __future__ import annotations

import logging
import os
import sys
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from cica_planner.ui.main_window import MainWindow
    from cica_planner.ui.settings import AppSettings

APP_NAME = "CICA Planner"
ORGANISATION = "CICA Secretariat"
LOG_NAME = "cica-planner.log"
LOG_DIR_ENV = "CICA_PLANNER_LOG_DIR"
"""Environment variable naming another folder for the log file (tests, portable use)."""
DEBUG_ENV = "CICA_PLANNER_DEBUG"
"""Set to 1 to get full tracebacks on the console as well (developers)."""

log = logging.getLogger("cica_planner")


def build_main_window(
    engine: Engine,
    settings: AppSettings,
    *,
    db_name: str = "",
    today: date | None = None,
    chairs: Any = None,
    checklists: Any = None,
    read_only: bool = False,
) -> MainWindow:
    """Build the services over ``engine`` and the main window over them (not shown yet)."""
    from cica_planner.services.planner import PlannerService
    from cica_planner.ui.main_window import MainWindow
    from cica_planner.ui.team_session import attach

    planner = PlannerService(engine)
    window = MainWindow(planner, settings, chairs=chairs, checklists=checklists, db_name=db_name, today=today,
                        read_only=read_only)
    attach(window, engine)  # live updates, conflicts, roles and server trouble
    return window


def feature_services(engine: Engine) -> dict[str, Any]:
    """The services of the chairmanship and checklist pages, as keyword arguments of the window."""
    from cica_planner.services.chairmanship import ChairmanshipService
    from cica_planner.services.checklists import ChecklistService

    return {"chairs": ChairmanshipService(engine), "checklists": ChecklistService(engine)}


def run_desktop(db_path: Path | str, *, seed: bool = True, log_dir: Path | None = None) -> int:
    """Open the database and run the desktop window until it is closed.

    Args:
        db_path: the calendar file (created, and seeded unless ``seed`` is false, when missing),
            or the URL of a team calendar on PostgreSQL.
        seed: fill a new calendar with the CICA events.
        log_dir: the folder of the log file; by default $CICA_PLANNER_LOG_DIR or the user's log folder.
    """
    from PySide6.QtWidgets import QApplication, QMessageBox

    from cica_planner.domain.errors import PlannerError
    from cica_planner.services.seeding import open_database
    from cica_planner.ui.settings import AppSettings

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("org.cica.Planner")
    configure_logging(log_file(log_dir))
    install_excepthook()
    from sqlalchemy.exc import SQLAlchemyError

    from cica_planner.services.team import is_server_url

    if is_server_url(str(db_path)):
        from cica_planner.ui.open_calendar import run_team_calendar

        return run_team_calendar(app, str(db_path), AppSettings())
    repaired: list[str] = []  # what opening the calendar had to mend (a half-upgraded file restored)
    try:
        engine = open_database(db_path, seed=seed, notify=repaired.append)
    except (PlannerError, OSError, SQLAlchemyError) as exc:
        log.error("cannot open %s: %s", db_path, exc)
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]  # no SQL, no background links
        QMessageBox.critical(None, APP_NAME, f"The calendar database could not be opened:\n{db_path}: {reason}")
        return 1
    read_only = calendar_is_read_only(db_path)
    if read_only:
        log.warning("%s is read-only: changes cannot be saved", db_path)
    settings = AppSettings()
    window = build_main_window(engine, settings, db_name=Path(db_path).name, read_only=read_only,
                               **feature_services(engine))
    from cica_planner.storage.backups import enable_backups
    from cica_planner.ui.backups_menu import install_backups_action

    enable_backups(engine, Path(db_path))  # a daily copy before the first change of the day
    install_backups_action(window, db_path, read_only=read_only)

    from cica_planner.ui.publishing import attach_publishing

    publishing = attach_publishing(window, settings.store)
    window.show()
    for line in repaired:
        QMessageBox.information(window, APP_NAME, line)
    try:
        return app.exec()
    finally:
        window.close()  # saves the layout if the loop ended without the window being closed
        publishing.wait()  # a publish under way finishes (each resource is recorded as it goes)
        engine.dispose()


def add_backups(window: MainWindow, engine: Engine, location: str | Path) -> None:
    """Give a window opened later (File → Open Team Calendar, Open Recent) the backups a start-up window has."""
    from cica_planner.storage.backups import enable_backups
    from cica_planner.ui.backups_menu import install_backups_action

    if engine.dialect.name == "sqlite":
        enable_backups(engine, Path(location))
    install_backups_action(window, location)


def calendar_is_read_only(db_path: Path) -> bool:
    """Return whether changes to the calendar file would fail: the file or its folder is not writable.

    SQLite writes its journal next to the file, so a read-only folder is as bad as a read-only file.
    """
    from cica_planner.storage.calendar_file import can_write

    return not can_write(Path(db_path).expanduser())


def log_file(folder: Path | None = None) -> Path:
    """Return the log file's path: in ``folder``, else $CICA_PLANNER_LOG_DIR, else the user's log folder."""
    if folder is None:
        override = os.environ.get(LOG_DIR_ENV)
        if override:
            folder = Path(override).expanduser()
        else:
            import platformdirs

            folder = Path(platformdirs.user_log_dir(APP_NAME, ORGANISATION))
    return folder / LOG_NAME


class OneLineFormatter(logging.Formatter):
    """Format a record as its first line only: no traceback, no stack (the console's format)."""

    def format(self, record: logging.LogRecord) -> str:
        plain = logging.makeLogRecord({**record.__dict__, "exc_info": None, "exc_text": None, "stack_info": None})
        text = super().format(plain)
        return text.splitlines()[0] if text else text


#: Marks the handlers configure_logging added, so a second call replaces them instead of doubling them.
_OWN_HANDLER = "_cica_planner_handler"


def configure_logging(path: Path | None) -> None:
    """Log one-line warnings and errors to stderr and, when it can be written, everything to ``path``.

    Tracebacks go to the file only (or to stderr too when $CICA_PLANNER_DEBUG is set).
    """
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _OWN_HANDLER, False)]:
        root.removeHandler(handler)
        handler.close()
    console = logging.StreamHandler()
    debug = os.environ.get(DEBUG_ENV, "") not in ("", "0")
    console.setLevel(logging.DEBUG if debug else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s") if debug
                         else OneLineFormatter("%(name)s: %(message)s"))
    handlers: list[logging.Handler] = [console]
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            file_handler = logging.FileHandler(path, encoding="utf-8")
        except OSError:
            pass  # a read-only folder must not stop the app from starting
        else:
            file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
            handlers.append(file_handler)
    for handler in handlers:
        setattr(handler, _OWN_HANDLER, True)
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    # The migrations run at every start and announce each step at INFO: only their problems matter.
    logging.getLogger("alembic").setLevel(logging.WARNING)


def install_excepthook() -> None:
    """Show unexpected errors in a dialog (and log them) instead of a traceback on the console."""
    sys.excepthook = handle_exception


def handle_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Report an exception that reached the event loop: PlannerErrors as they are, others as unexpected."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from cica_planner.domain.errors import PlannerError

    if issubclass(exc_type, KeyboardInterrupt):
        log.info("interrupted")  # Ctrl+C in the terminal: close quietly, without a traceback
        if QApplication.instance() is not None:
            QApplication.quit()
        return
    if isinstance(exc, PlannerError):
        # StorageError included: "the calendar file ... is read-only; changes cannot be saved".
        log.info("refused: %s", exc)
        message = str(exc)
    elif is_write_failure(exc):
        log.error("could not save", exc_info=(exc_type, exc, tb))
        message = (f"The change could not be saved: {first_line(exc)}\n\n"
                   "The calendar was left as it was before. The details were written to the log file.")
    else:
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        # Nothing says whether the action that failed wrote anything: do not promise it did.
        message = (f"An unexpected error occurred: {exc_type.__name__}: {first_line(exc)}\n\n"
                   "The last action may not have been completed; changes saved before it are kept. "
                   "The details were written to the log file.")
    if QApplication.instance() is not None:
        QMessageBox.critical(QApplication.activeWindow(), APP_NAME, message)


def is_write_failure(exc: BaseException) -> bool:
    """Return whether ``exc`` comes from the database or the file system (a save that failed)."""
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError

    return isinstance(exc, OSError | sqlite3.Error | SQLAlchemyError)


def first_line(exc: BaseException) -> str:
    """Return the reason of ``exc`` in one line, without SQL or links to background pages."""
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def main() -> int:
    from cica_planner.cli import main as cli_main

    return cli_main()
