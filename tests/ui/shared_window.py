"""Showing and closing a window built once for a module (fixtures in tests/ui/conftest.py), without qtbot.

``qtbot`` belongs to one test: it would close the window at the end of the first test that used it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cica_planner.ui.main_window import MainWindow


def show_exposed(window: MainWindow, size: tuple[int, int]) -> None:
    """Resize and show ``window``, and wait until it is exposed (what ``qtbot.waitExposed`` does)."""
    from PySide6.QtTest import QTest

    window.resize(*size)
    window.show()
    assert QTest.qWaitForWindowExposed(window), "the window was never exposed"


def close_shared(window: MainWindow) -> None:
    """Close a window built for a whole module and delete it now, as qtbot does for a test's own widgets."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
