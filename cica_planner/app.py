"""Composition root: database path -> engine -> services -> QApplication -> main window.

Nothing else builds services for the desktop app: the window receives them through its
constructor, so tests and the screenshot script can build the same window on a temporary
database with settings in a temporary INI file.

The log file lives in the user's log folder (never next to the database, which may sit on a
shared drive) and rotates; the console only gets one-line warnings, never a traceback. An error
that reaches the event loop is logged with its traceback and shown in the crash dialog, and the
app keeps running. With no display the app says so in one line and exits (no Qt abort).
"""

from __future__ import annotations

import gc
import importlib
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from cica_planner.paths import APP_ID, APP_NAME, log_directory
from cica_planner.paths import LOG_DIR_ENV as LOG_DIR_ENV  # its home was here; tests still import it here

if TYPE_CHECKING:
    from cica_planner.ui.main_window import MainWindow

ORGANISATION = "CICA Secretariat"
LOG_NAME = "cica-planner.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3
"""The log rotates at about 1 MB and keeps three older files (cica-planner.log.1 ... .3)."""
DEBUG_ENV = "CICA_PLANNER_DEBUG"
"""Set to 1 to get full tracebacks on the console as well (developers)."""

log = logging.getLogger("cica_planner")

#: The modules the first paint needs that import no Qt (the app's own, and platformdirs for the
#: holiday cache's folder), imported by ``prepare_without_qt`` before the first import of PySide6.
#: Once PySide6 is imported, every import statement of the process passes through its import hook
#: (for its ``__feature__`` switches), which reads the whole source of each module it sees imported
#: for the first time: the same modules cost more when imported after Qt. Modules that import Qt
#: have no place here (a test checks): they would bring Qt in early instead.
FIRST_PAINT_MODULES_BEFORE_QT = (
    "cica_planner.display",
    "cica_planner.windows_shell",
    "cica_planner.services.quick_start",
    "cica_planner.services.scheduling.holiday_calendar",
    "cica_planner.services.scheduling.ramadan",
    "cica_planner.services.scheduling.country_sets",
    "cica_planner.storage.read_only",
    "cica_planner.domain.days",  # the month page's and the mini month's weeks and months
    "platformdirs",  # imported by the first paint's holiday calendar (its cache folder), and by the services
)


def run_desktop(db_path: Path | str, *, seed: bool = True, log_dir: Path | None = None, quick_start: bool = True) -> int:
    """Open the database and run the desktop window until it is closed.

    Args:
        db_path: the calendar file (created, and seeded unless ``seed`` is false, when missing),
            or the URL of a team calendar on PostgreSQL.
        seed: fill a new calendar with the CICA events.
        log_dir: the folder of the log file; by default $CICA_PLANNER_LOG_DIR or the user's log folder.
        quick_start: show and paint the window before loading the database stack, when the
            calendar allows it (ui/quick_window.py); false: always load the stack first.
    """
    # The start makes hundreds of thousands of objects that live as long as the app (modules,
    # classes, widgets) and next to no garbage cycles: the collector's passes over them were a
    # tenth of the time to the first paint. It runs again from the moment the window is ready.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run_desktop(db_path, seed=seed, log_dir=log_dir, quick_start=quick_start,
                            when_ready=collect_from_now_on if collecting else lambda: None)
    finally:
        if collecting:
            gc.enable()


def collect_from_now_on() -> None:
    """Run the garbage collector again, over the objects made from now on.

    What exists once the window is ready (modules, classes, widgets: about 160,000 objects with a
    calendar of 10,000 events) lives as long as the app, and a few hundred of them at most are
    garbage. Left to the collector, they were all scanned again by its first full pass, a pause
    of about 0.1 s in the middle of whatever the user did first, and by every full pass after it.
    Frozen, they are left out of every pass; the few hundred garbage objects among them are kept,
    once.
    """
    gc.freeze()
    gc.enable()


def _run_desktop(db_path: Path | str, *, seed: bool, log_dir: Path | None, quick_start: bool,
                 when_ready: Callable[[], None]) -> int:
    """``run_desktop``; ``when_ready`` is called once the window is ready for work, before the event loop."""
    from cica_planner.display import NO_DISPLAY_EXIT, message, no_display_reason

    no_display = no_display_reason()
    if no_display is not None:
        print(message(no_display), file=sys.stderr)
        return NO_DISPLAY_EXIT

    prepare_without_qt(log_dir)  # before Qt's first import: see FIRST_PAINT_MODULES_BEFORE_QT
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from cica_planner.domain.errors import PlannerError
    from cica_planner.ui.qt_fatal import exit_cleanly_on_qt_fatal
    from cica_planner.ui.settings import AppSettings

    if QApplication.instance() is None:  # a real start, not a test that already made the application
        exit_cleanly_on_qt_fatal()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    # No applicationDisplayName: X11 and Windows would append it to the window's title, which
    # already starts with the app's name ("CICA Planner — calendar.sqlite3 — CICA Planner").
    QApplication.setDesktopFileName(APP_ID)  # static: names the packaged desktop entry
    from cica_planner.windows_shell import set_app_user_model_id

    set_app_user_model_id(APP_ID)
    install_excepthook()
    from cica_planner.i18n.language import install_language

    install_language(AppSettings().language())  # before any message, so that it is in the chosen language
    settings = AppSettings()
    window: MainWindow | None = None
    if quick_start:
        from cica_planner.ui.quick_window import open_quick_window

        window = open_quick_window(db_path, settings, read_only=calendar_is_read_only)
    configure_logging(log_file(log_dir))  # the same file, now rotating (logging.handlers is not needed before)
    # The database stack: after the quick start's first paint, or first of all.
    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy.exc import SQLAlchemyError

    from cica_planner.services.seeding import open_database
    from cica_planner.services.team import is_server_url
    from cica_planner.ui.window_assembly import add_backups, build_main_window, feature_services, give_services

    if window is None and is_server_url(str(db_path)):
        from cica_planner.ui.window_assembly import run_team_calendar

        when_ready()  # the team window runs its own event loop from here
        return run_team_calendar(app, str(db_path), AppSettings())
    repaired: list[str] = []  # what opening the calendar had to mend (a half-upgraded file restored)
    try:
        engine = open_database(db_path, seed=seed, notify=repaired.append)
    except (PlannerError, OSError, SQLAlchemyError) as exc:
        log.error("cannot open %s: %s", db_path, exc)
        if window is not None:
            window.hide()
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]  # no SQL, no background links
        QMessageBox.critical(None, APP_NAME, QCoreApplication.translate(
            "CicaPlanner", "The calendar database could not be opened:\n{path}: {reason}").format(path=db_path, reason=reason))
        return 1
    read_only = calendar_is_read_only(db_path)
    if read_only:
        log.warning("%s is read-only: changes cannot be saved", db_path)
    try:
        if window is not None:
            give_services(window, engine)
        else:
            window = build_main_window(engine, settings, db_name=Path(db_path).name, read_only=read_only,
                                       **feature_services(engine))
    except Exception as exc:  # without a window the app cannot go on: report, then stop
        log.error("the window could not be built", exc_info=exc)
        from cica_planner.ui.crash_reporting import report_crash

        dialog = report_crash(type(exc), exc, exc.__traceback__, f"{type(exc).__name__}: {first_line(exc)}",
                              current_log_file())
        if dialog is not None:
            dialog.exec()
        engine.dispose()
        return 1
    add_backups(window, db_path, read_only=read_only)  # a daily copy before the first change of the day

    from cica_planner.ui.publishing import attach_publishing

    publishing = attach_publishing(window, settings.store)
    window.show()
    for line in repaired:
        QMessageBox.information(window, APP_NAME, line)
    window.maybe_show_welcome()  # the first start only, until dismissed
    from cica_planner.ui.smoke import SMOKE_ENV, schedule_smoke_exit

    if os.environ.get(SMOKE_ENV):
        schedule_smoke_exit(app, window, os.environ[SMOKE_ENV])
    when_ready()
    try:
        return app.exec()
    finally:
        window.close()  # saves the layout if the loop ended without the window being closed
        publishing.wait()  # a publish under way finishes (each resource is recorded as it goes)
        engine.dispose()


def prepare_without_qt(log_dir: Path | None = None) -> None:
    """Do the start's work that needs no Qt, before Qt is first imported: the log, then the first paint's modules.

    The log comes first, so that a failure of what follows (Qt's start included) is logged too; it
    is appended to without rotating until the end of the first paint (``configure_logging``). A
    second call (the first-paint benchmark prepares ahead of ``run_desktop``) finds both done.
    """
    path = log_file(log_dir)
    if current_log_file() != path:
        configure_logging(path, rotating=False)
    for name in FIRST_PAINT_MODULES_BEFORE_QT:
        importlib.import_module(name)


def calendar_is_read_only(db_path: Path | str) -> bool:
    """Return whether changes to the calendar file would fail: the file or its folder is not writable.

    SQLite writes its journal next to the file, so a read-only folder is as bad as a read-only file.
    """
    from cica_planner.storage.read_only import can_write

    return not can_write(Path(db_path).expanduser())


def log_file(folder: Path | None = None) -> Path:
    """Return the log file's path: in ``folder``, else $CICA_PLANNER_LOG_DIR, else the user's log folder."""
    return (folder if folder is not None else log_directory()) / LOG_NAME


def current_log_file() -> Path | None:
    """The file configure_logging is writing to, or None when it could not open one."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, _OWN_HANDLER, False) and isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


class OneLineFormatter(logging.Formatter):
    """Format a record as its first line only: no traceback, no stack (the console's format)."""

    def format(self, record: logging.LogRecord) -> str:
        plain = logging.makeLogRecord({**record.__dict__, "exc_info": None, "exc_text": None, "stack_info": None})
        text = super().format(plain)
        return text.splitlines()[0] if text else text


FILE_ONLY = "file_only"

#: Marks the handlers configure_logging added, so a second call replaces them instead of doubling them.
_OWN_HANDLER = "_cica_planner_handler"


def configure_logging(path: Path | None, *, rotating: bool = True) -> None:
    """Log one-line warnings and errors to stderr and, when it can be written, everything to ``path``.

    The file rotates (LOG_MAX_BYTES, LOG_BACKUPS), so a long-running install never fills the disk.
    ``rotating`` false appends to it without rotating (the start until its first paint, which
    calls again with rotation: the rotating handler's module is not needed before then).

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
    # Records logged with extra={FILE_ONLY: True} already told the user in their own words.
    console.addFilter(lambda record: not getattr(record, FILE_ONLY, False))
    # A windowed Windows program has no stderr at all.
    handlers: list[logging.Handler] = [console] if sys.stderr is not None else []
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if rotating:
                from logging.handlers import RotatingFileHandler

                file_handler: logging.FileHandler = RotatingFileHandler(
                    path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
            else:
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
    """Show unexpected errors in a dialog (and log them) instead of a traceback on the console.

    Errors of background threads are handed to the GUI thread, which alone may show a dialog.
    """
    import threading

    sys.excepthook = handle_exception
    threading.excepthook = handle_thread_exception


def handle_thread_exception(args: Any) -> None:  # threading.ExceptHookArgs
    """Report an exception that ended a background thread, in the GUI thread's event loop."""
    from PySide6.QtCore import QCoreApplication, QTimer

    if args.exc_type is SystemExit:
        return
    app = QCoreApplication.instance()
    if app is None:
        log.error("unexpected error in thread %s", getattr(args.thread, "name", "?"),
                  exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        return
    error = (args.exc_type, args.exc_value, args.exc_traceback)
    QTimer.singleShot(0, app, lambda: handle_exception(*error))  # queued to the application's thread


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
        from PySide6.QtCore import QCoreApplication

        message = QCoreApplication.translate(
            "CicaPlanner", "The change could not be saved: {reason}\n\nThe calendar was left as it was before. The "
                           "details were written to the log file.").format(reason=first_line(exc))
    else:
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        # The crash dialog does not promise that the failed action wrote anything, and has a Copy button.
        from cica_planner.ui.crash_reporting import report_crash

        report_crash(exc_type, exc, tb, f"{exc_type.__name__}: {first_line(exc)}", current_log_file())
        return
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

