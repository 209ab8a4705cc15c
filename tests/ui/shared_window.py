"""Showing and closing a window built once for a module (fixtures in tests/ui/conftest.py), without qtbot.

``qtbot`` belongs to one test: it would close the window at the end of the first test that used it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date
    from pathlib import Path

    from cica_planner.services.planner import PlannerService
    from cica_planner.ui.main_window import MainWindow


def show_exposed(window: MainWindow, size: tuple[int, int] | None = None) -> None:
    """Show ``window`` (at ``size`` if given) and wait until it is exposed (what ``qtbot.waitExposed`` does)."""
    from PySide6.QtTest import QTest

    if size is not None:
        window.resize(*size)
    window.show()
    assert QTest.qWaitForWindowExposed(window), "the window was never exposed"


def close_shared(window: MainWindow) -> None:
    """Close a window built for a whole module and delete it now, as qtbot does for a test's own widgets."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def build_full_window(planner: PlannerService, home: Path, today: date, size: tuple[int, int] | None = None,
                      db_name: str = "") -> MainWindow:
    """The window with every feature page (chairmanship, checklists, dashboard), shown (at ``size`` if given)."""
    from cica_planner.ui.main_window import MainWindow
    from cica_planner.ui.settings import AppSettings
    from cica_planner.ui.window_assembly import feature_services

    window = MainWindow(planner, AppSettings.from_path(home / "settings.ini"), db_name=db_name, today=today,
                        **feature_services(planner.engine))
    show_exposed(window, size)
    return window


def reset_shared(window: MainWindow, size: tuple[int, int] | None, page: str, day: date) -> MainWindow:
    """Put a module's window back as it opened (size, page, date) before the next test looks at it."""
    from PySide6.QtWidgets import QApplication

    if size is not None:
        window.resize(*size)
    window.set_view(page)
    window.go_to_date(day)
    QApplication.processEvents()
    return window
