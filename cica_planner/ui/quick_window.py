"""The main window shown and painted before the database stack is loaded (a quick start).

Start-up used to import SQLAlchemy, SQLModel and pydantic, open the calendar through them and
only then show the window. For a calendar file at this version's schema, ``app.run_desktop``
now builds the same ``MainWindow`` over a ``QuickCalendar`` (``services/quick_start.py``: the
visible range read with the standard ``sqlite3`` module), shows it, lets it paint, and only then
loads the stack and hands the window its services (``MainWindow.take_services``), which read
the same rows: the page does not change.

The quick start is taken for the calendar views that need nothing but events (month, week,
day, agenda). The year view (its chairmanship bands) and the other pages read other services
as they are built, so a window that reopens on them takes the normal path.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QEventLoop, QObject
from PySide6.QtWidgets import QApplication

from cica_planner.services.quick_start import PendingService, QuickCalendar

if TYPE_CHECKING:
    from cica_planner.ui.main_window import MainWindow
    from cica_planner.ui.settings import AppSettings

log = logging.getLogger(__name__)

#: The pages whose first paint needs only the events of the visible range.
QUICK_VIEWS = frozenset({"month", "week", "day", "agenda"})
#: How long to wait for the first paint before loading the stack anyway (a window that is never exposed).
PAINT_WAIT_SECONDS = 2.0
#: User input waits until the services are there: a click must never reach the quick reader.
_NO_INPUT = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents


def open_quick_window(location: str | Path, settings: AppSettings, *,
                      read_only: Callable[[Path], bool]) -> MainWindow | None:
    """Show the window over a quick reader of ``location`` and wait for its first paint; None: take the normal path.

    ``read_only`` tells whether the calendar file cannot be written (the window says so in a bar).
    The caller hands the window its services next (``MainWindow.take_services``).
    """
    if settings.last_view() not in QUICK_VIEWS:
        return None
    quick = QuickCalendar.open(location)
    if quick is None:
        return None
    from cica_planner.ui.main_window import MainWindow

    try:
        window = MainWindow(quick, settings, db_name=quick.path.name, read_only=read_only(quick.path),
                            chairs=PendingService("chairmanship"), checklists=PendingService("checklists"))
    except (sqlite3.Error, ValueError) as exc:  # a file the normal path will explain (or repair)
        log.info("the quick first paint of %s gave way to the normal start: %s", location, exc)
        quick.close()
        return None
    window.show()
    wait_for_first_paint(window)
    return window


class _PaintWatcher(QObject):
    """Notes the first paint of the widgets it watches (Qt paints a window's widgets in one pass).

    It is installed on the window and its calendar view, not on the application: a filter on
    the application is called, in Python, with every object that gets an event, and handing
    Python one of Qt's private objects (the animation timer a tool bar starts) made PySide
    build a hundred wrapper classes to find its type, about 10 ms before the first paint.
    """

    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False


def wait_for_first_paint(window: MainWindow, timeout: float = PAINT_WAIT_SECONDS) -> bool:
    """Run the event loop, without user input, until ``window`` has painted once; whether it did.

    Work the paint queued for right after it (zero timers) runs too, before the caller goes on.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    watcher = _PaintWatcher()
    # The view always paints; the window too, under the app's style sheet (its background).
    watched = [widget for widget in (window, window.current_view()) if widget is not None]
    for widget in watched:
        widget.installEventFilter(watcher)
    deadline = time.monotonic() + timeout
    try:
        while not watcher.seen and time.monotonic() < deadline:
            app.processEvents(_NO_INPUT, 50)
    finally:
        for widget in watched:
            widget.removeEventFilter(watcher)
    app.processEvents(_NO_INPUT)
    return watcher.seen
