"""Opening another calendar from the window: File → Open Team Calendar… and File → Open Recent.

A calendar opens in a window of its own (built exactly as at start-up); the window it was
opened from closes, so one window shows one calendar.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from cica_planner.domain.errors import PlannerError
from cica_planner.services.team import remember_password
from cica_planner.ui.team_settings import recent_calendars, remember_calendar

if TYPE_CHECKING:  # the dialog is imported when first opened: the window is ready for work without it
    from cica_planner.ui.dialogs.team_dialog import TeamCalendarChoice
    from cica_planner.ui.main_window import MainWindow

log = logging.getLogger(__name__)

#: Builds the window of a calendar just opened (an Engine) in place of the window it was opened from.
OpenWindow = Callable[[Any, "MainWindow"], "MainWindow"]

#: The window builder each window was given by add_menu_entries.
_openers: weakref.WeakKeyDictionary[MainWindow, OpenWindow] = weakref.WeakKeyDictionary()


def add_menu_entries(window: MainWindow, open_window: OpenWindow) -> None:
    """Add Open Team Calendar… and Open Recent to the window's File menu, before Import.

    ``open_window`` builds the new window (ui/window_assembly.py), passed in so that this module
    need not import the assembly that imports it.
    """
    _openers[window] = open_window
    file_menu = window.file_menu
    window.open_team_action = QAction(window)
    window.open_team_action.setObjectName("open_team_action")
    window.open_team_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
    window.open_team_action.triggered.connect(lambda: ask_team_calendar(window))
    window.recent_menu = QMenu(window)
    window.recent_menu.setObjectName("recent_menu")
    window.recent_menu.aboutToShow.connect(lambda: fill_recent(window))
    file_menu.insertAction(window.import_action, window.open_team_action)
    file_menu.insertMenu(window.import_action, window.recent_menu)
    file_menu.insertSeparator(window.import_action)
    fill_recent(window)

    def name_entries() -> None:
        window.open_team_action.setText(QCoreApplication.translate("OpenCalendar", "Open &Team Calendar…"))
        window.recent_menu.setTitle(QCoreApplication.translate("OpenCalendar", "Open &Recent"))

    name_entries()
    window.add_retranslation(name_entries)


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
    from cica_planner.ui.dialogs.team_dialog import OpenTeamCalendarDialog

    opened: list[MainWindow] = []

    def connect(choice: TeamCalendarChoice) -> str | None:
        try:
            new_window = open_location(window, choice.url, password=choice.password or None, raise_errors=True)
            if new_window is not None:  # always, as errors are raised
                opened.append(new_window)
        except PlannerError as exc:
            return str(exc)
        if choice.remember and choice.password and not remember_password(choice.url, choice.password):
            window.statusBar().showMessage(QCoreApplication.translate(
                "OpenCalendar", "The password could not be kept: this desktop has no keyring."), 6000)
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
    new_window = _openers[window](engine, window)
    window.close()
    return new_window


def _open_engine(location: str, password: str | None) -> Any:  # an Engine
    from cica_planner.services.team import open_calendar

    return open_calendar(location, password=password)
