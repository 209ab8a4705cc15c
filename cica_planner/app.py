"""Composition root: database path -> engine -> services -> QApplication -> main window.

Nothing else builds services for the desktop app: the window receives them through its
constructor, so tests and the screenshot script can build the same window on a temporary
database with settings in a temporary INI file.
"""

from __future__ import annotations

import logging
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

log = logging.getLogger("cica_planner")


def build_main_window(
    engine: Engine,
    settings: AppSettings,
    *,
    db_name: str = "",
    today: date | None = None,
    chairs: Any = None,
    checklists: Any = None,
) -> MainWindow:
    """Build the services over ``engine`` and the main window over them (not shown yet)."""
    from cica_planner.services.planner import PlannerService
    from cica_planner.ui.main_window import MainWindow

    planner = PlannerService(engine)
    return MainWindow(planner, settings, chairs=chairs, checklists=checklists, db_name=db_name, today=today)


def feature_services(engine: Engine) -> dict[str, Any]:
    """The services of the chairmanship and checklist pages, as keyword arguments of the window."""
    from cica_planner.services.chairmanship import ChairmanshipService
    from cica_planner.services.checklists import ChecklistService

    return {"chairs": ChairmanshipService(engine), "checklists": ChecklistService(engine)}


def run_desktop(db_path: Path, *, seed: bool = True) -> int:
    """Open the database and run the desktop window until it is closed."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from cica_planner.domain.errors import PlannerError
    from cica_planner.services.seeding import open_database
    from cica_planner.ui.settings import AppSettings

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("org.cica.Planner")
    configure_logging(Path(db_path).expanduser().parent / LOG_NAME)
    install_excepthook()
    from sqlalchemy.exc import SQLAlchemyError

    try:
        engine = open_database(db_path, seed=seed)
    except (PlannerError, OSError, SQLAlchemyError) as exc:
        log.error("cannot open %s: %s", db_path, exc)
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]  # no SQL, no background links
        QMessageBox.critical(None, APP_NAME, f"The calendar database could not be opened:\n{db_path}: {reason}")
        return 1
    window = build_main_window(engine, AppSettings(), db_name=Path(db_path).name, **feature_services(engine))
    window.show()
    try:
        return app.exec()
    finally:
        window.close()  # saves the layout if the loop ended without the window being closed
        engine.dispose()


def configure_logging(path: Path | None) -> None:
    """Log warnings and errors to stderr and, when it can be written, to ``path``."""
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handlers.append(logging.FileHandler(path, encoding="utf-8"))
        except OSError:
            pass  # a read-only folder must not stop the app from starting
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s", handlers=handlers)


def install_excepthook() -> None:
    """Show unexpected errors in a dialog (and log them) instead of a traceback on the console."""
    sys.excepthook = handle_exception


def handle_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Report an exception that reached the event loop: PlannerErrors as they are, others as unexpected."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from cica_planner.domain.errors import PlannerError

    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if isinstance(exc, PlannerError):
        log.info("refused: %s", exc)
        message = str(exc)
    else:
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        message = (f"An unexpected error occurred: {exc_type.__name__}: {exc}\n\n"
                   "Your calendar is saved. The details were written to the log file.")
    if QApplication.instance() is not None:
        QMessageBox.critical(QApplication.activeWindow(), APP_NAME, message)


def main() -> int:
    from cica_planner.cli import main as cli_main

    return cli_main()
