"""Opening another calendar from the window: File → Open Team Calendar… and File → Open Recent.

A calendar opens in a window of its own (built exactly as at start-up); the window it was
opened from closes, so one window shows one calendar.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from cica_planner.domain.errors import PlannerError
from cica_planner.services.team import display_url, remember_password
from cica_planner.ui.dialogs.team_dialog import OpenTeamCalendarDialog, TeamCalendarChoice
from cica_planner.ui.team_settings import recent_calendars, remember_calendar

if TYPE_CHECKING:
    from cica_planner.ui.main_window import MainWindow
    from cica_planner.ui.settings import AppSettings

log = logging.getLogger(__name__)

#: Windows opened from another window: kept here so Python does not collect them while shown.
_open_windows: list[MainWindow] = []


def add_menu_entries(window: MainWindow) -> None:
    """Add Open Team Calendar… and Open Recent to the window's File menu, before Import."""
    file_menu = window.file_menu
    window.open_team_action = QAction("Open &Team Calendar…", window)
    window.open_team_action.setObjectName("open_team_action")
    window.open_team_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
    window.open_team_action.triggered.connect(lambda: ask_team_calendar(window))
    window.recent_menu = QMenu("Open &Recent", window)
    window.recent_menu.setObjectName("recent_menu")
    window.recent_menu.aboutToShow.connect(lambda: fill_recent(window))
    file_menu.insertAction(window.import_action, window.open_team_action)
    file_menu.insertMenu(window.import_action, window.recent_menu)
    file_menu.insertSeparator(window.import_action)
    fill_recent(window)


def fill_recent(window: MainWindow) -> None:
    menu = window.recent_menu
    menu.clear()
    items = recent_calendars(window.settings)
    for item in items:
        action = menu.addAction(item)
        action.triggered.connect(lambda _checked=False, where=item: open_location(window, where))
    menu.setEnabled(bool(items))


def ask_team_calendar(window: MainWindow) -> MainWindow | None:
    """Ask for a team calendar and open it; the dialog stays open on a failed login or an unreachable server."""
    opened: list[MainWindow] = []

    def connect(choice: TeamCalendarChoice) -> str | None:
        try:
            new_window = open_location(window, choice.url, password=choice.password or None, raise_errors=True)
            if new_window is not None:  # always, as errors are raised
                opened.append(new_window)
        except PlannerError as exc:
            return str(exc)
        if choice.remember and choice.password and not remember_password(choice.url, choice.password):
            window.statusBar().showMessage("The password could not be kept: this desktop has no keyring.", 6000)
        return None

    dialog = OpenTeamCalendarDialog(recent_calendars(window.settings), window, connect)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
    return opened[0] if opened else None


def open_location(window: MainWindow, location: str, *, password: str | None = None,
                  raise_errors: bool = False) -> MainWindow | None:
    """Open the calendar file or team calendar ``location`` in a new window and close ``window``."""
    try:
        engine = _open_engine(location, password)
    except PlannerError as exc:
        if raise_errors:
            raise
        window.show_error(str(exc))
        return None
    remember_calendar(window.settings, location)
    new_window = build_window(engine, window)
    window.close()
    return new_window


def _open_engine(location: str, password: str | None) -> Any:  # an Engine
    from cica_planner.services.team import open_calendar

    return open_calendar(location, password=password)


def build_window(engine: Any, old: MainWindow) -> MainWindow:  # an Engine
    from cica_planner.app import add_backups, build_main_window, feature_services
    from cica_planner.services.team import engine_label

    name = engine_label(engine)
    new_window = build_main_window(engine, old.settings, db_name=name, clock=old.clock,
                                   **feature_services(engine))
    add_backups(new_window, engine, display_url(engine.url) if engine.dialect.name == "postgresql"
                else str(engine.url.database))
    new_window.destroyed.connect(engine.dispose)
    _open_windows.append(new_window)
    new_window.show()
    return new_window


def run_team_calendar(app: object, url: str, settings: AppSettings) -> int:
    """Start the desktop app on a team calendar; an unreachable server can be retried at once."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from cica_planner.app import APP_NAME, add_backups, build_main_window, feature_services

    while True:
        try:
            engine = _open_engine(url, None)
            break
        except PlannerError as exc:
            log.error("cannot open %s: %s", display_url(url), exc)
            answer = QMessageBox.critical(None, APP_NAME, f"The team calendar could not be opened:\n{exc}",
                                          QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close)
            if answer != QMessageBox.StandardButton.Retry:
                return 1
    remember_calendar(settings, url)
    window = build_main_window(engine, settings, db_name=display_url(url), **feature_services(engine))
    add_backups(window, engine, url)
    window.show()
    try:
        return QApplication.exec()  # the application's event loop (a static call, as in Qt)
    finally:
        window.close()
        engine.dispose()
