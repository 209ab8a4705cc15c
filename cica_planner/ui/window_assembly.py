"""Assembling a main window over a calendar: its services, its team session and its backups.

The start-up (app.py), File → Open Team Calendar and Open Recent (open_calendar.py) and the
screenshot script all build windows here, so each window gets the same parts.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cica_planner.domain.errors import PlannerError
from cica_planner.paths import APP_NAME
from cica_planner.services.container import services_over
from cica_planner.services.team import display_url, engine_label, open_calendar
from cica_planner.ui.open_calendar import add_menu_entries
from cica_planner.ui.team_settings import remember_calendar

if TYPE_CHECKING:
    from cica_planner.domain.clock import Clock
    from cica_planner.ui.main_window import MainWindow
    from cica_planner.ui.settings import AppSettings

log = logging.getLogger(__name__)

#: Windows opened from another window: kept here so Python does not collect them while shown.
_open_windows: list[MainWindow] = []

def build_main_window(
    engine: Any,  # an Engine the services opened
    settings: AppSettings,
    *,
    db_name: str = "",
    today: date | None = None,
    clock: Clock | None = None,
    chairs: Any = None,
    checklists: Any = None,
    read_only: bool = False,
) -> MainWindow:
    """Build the services over ``engine`` and the main window over them (not shown yet).

    ``chairs`` and ``checklists`` (see :func:`feature_services`) add the pages of those features.
    """
    # Imported here: the window pulls in every page's module, which a caller may not need yet.
    from cica_planner.ui.main_window import MainWindow
    from cica_planner.ui.team_session import attach

    services = services_over(engine, chairs=chairs, checklists=checklists)
    window = MainWindow(services.planner, settings, chairs=chairs, checklists=checklists, db_name=db_name,
                        today=today, clock=clock, read_only=read_only, services=services)
    attach(window)  # live updates, conflicts, roles and server trouble
    add_menu_entries(window, open_window_over)  # File → Open Team Calendar and Open Recent
    return window


def give_services(window: MainWindow, engine: Any) -> None:
    """Hand a window the quick start showed (ui/quick_window.py) the services over ``engine``, and its other parts."""
    from cica_planner.ui.team_session import attach

    window.take_services(services_over(engine))
    attach(window)  # live updates, conflicts, roles and server trouble
    add_menu_entries(window, open_window_over)  # File → Open Team Calendar and Open Recent


def feature_services(engine: Any) -> dict[str, Any]:
    """The services of the chairmanship and checklist pages, as keyword arguments of the window."""
    services = services_over(engine)
    return {"chairs": services.chairs, "checklists": services.checklists}


def add_backups(window: MainWindow, location: str | Path, *, read_only: bool = False) -> None:
    """Give ``window`` a daily copy of its calendar file and File → Backups (a team calendar has none)."""
    from cica_planner.ui.backups_menu import install_backups_action

    window.services.keep_daily_copies(location)
    install_backups_action(window, location, read_only=read_only)


def open_window_over(engine: Any, old: MainWindow) -> MainWindow:  # an Engine the services opened
    """Show the window of the calendar just opened (File → Open Team Calendar, Open Recent) in ``old``'s place."""
    new_window = build_main_window(engine, old.settings, db_name=engine_label(engine), clock=old.clock,
                                   **feature_services(engine))
    add_backups(new_window, new_window.services.team.location())
    new_window.destroyed.connect(new_window.services.dispose)
    _open_windows.append(new_window)
    new_window.show()
    return new_window


def run_team_calendar(app: object, url: str, settings: AppSettings) -> int:
    """Start the desktop app on a team calendar; an unreachable server can be retried at once."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    while True:
        try:
            engine = open_calendar(url)
            break
        except PlannerError as exc:
            log.error("cannot open %s: %s", display_url(url), exc)
            answer = QMessageBox.critical(None, APP_NAME, QCoreApplication.translate(
                "OpenCalendar", "The team calendar could not be opened:\n{reason}").format(reason=exc),
                                          QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close)
            if answer != QMessageBox.StandardButton.Retry:
                return 1
    remember_calendar(settings, url)
    window = build_main_window(engine, settings, db_name=display_url(url), **feature_services(engine))
    add_backups(window, url)
    window.show()
    try:
        running = QApplication.instance()
        assert running is not None  # the app made it before asking for the team calendar
        return running.exec()
    finally:
        window.close()
        window.services.dispose()
