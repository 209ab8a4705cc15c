"""The window's layout at common screen sizes: every toolbar button shown, the mini month uncut."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QToolButton

from cica_planner.domain.days import month_grid_start
from cica_planner.ui.main_window import MainWindow
from tests.ui.shared_window import build_full_window, close_shared, reset_shared

SIZES = [(1024, 700), (1400, 900), (1920, 1080)]
TODAY = date(2024, 6, 27)


@pytest.fixture(scope="module")
def _looked_at(english_for_the_module, module_planner, module_home) -> Iterator[tuple[MainWindow, tuple[int, int]]]:
    """One window for the module, with the size it opened at: its tests set size, page and date and change no data."""
    window = build_full_window(module_planner, module_home, TODAY)
    yield window, (window.width(), window.height())
    close_shared(window)


@pytest.fixture
def full_window(_looked_at: tuple[MainWindow, tuple[int, int]]) -> MainWindow:
    """The module's window put back as it opened: its first size, the month of its today."""
    window, opening_size = _looked_at
    return reset_shared(window, opening_size, "month", TODAY)


def _page_buttons(window: MainWindow) -> list[QToolButton]:
    names = [f"{spec.key}_button" for spec in window.page_specs] + ["new_event_button"]
    return [window.findChild(QToolButton, name) for name in names]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("key", ["month", "week"])
def test_every_toolbar_button_is_shown(full_window: MainWindow, size: tuple[int, int], key: str) -> None:
    full_window.resize(*size)
    full_window.set_view(key)
    full_window.go_to_date(date(2024, 12, 30))  # the longest week title: "30 December 2024 – 5 January 2025"
    QApplication.processEvents()
    buttons = _page_buttons(full_window)
    assert len(buttons) == 9
    for button in buttons:
        assert button.isVisible(), button.objectName()
        right = button.mapTo(full_window, button.rect().topRight()).x()
        assert right <= full_window.width(), button.objectName()
        assert button.width() >= button.sizeHint().width() - 1, button.objectName()
    for toolbar in (full_window.toolbar, full_window.view_toolbar):
        extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert extension is None or not extension.isVisible()
    assert full_window.title_label.width() >= full_window.title_label.sizeHint().width()


def test_the_page_switcher_wraps_only_when_narrow(full_window: MainWindow) -> None:
    full_window.resize(1024, 700)
    QApplication.processEvents()
    assert full_window.toolBarBreak(full_window.view_toolbar)
    assert full_window.view_toolbar.y() > full_window.toolbar.y()
    full_window.resize(1920, 1080)
    QApplication.processEvents()
    assert not full_window.toolBarBreak(full_window.view_toolbar)
    assert full_window.view_toolbar.y() == full_window.toolbar.y()
    # On one row the buttons sit at the right end, New Event last.
    new_event = full_window.findChild(QToolButton, "new_event_button")
    assert new_event.mapTo(full_window, new_event.rect().topRight()).x() > full_window.width() - 40


def test_an_overflow_button_would_be_visible(full_window: MainWindow) -> None:
    # Should a row ever overflow, Qt's extension button is drawn wide enough for its arrow, not 12 px blank.
    for toolbar in (full_window.toolbar, full_window.view_toolbar):
        extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        extension.ensurePolished()
        assert extension.minimumWidth() >= 20
        assert not extension.icon().isNull()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("key", ["month", "week", "day"])
def test_mini_month_shows_every_row(full_window: MainWindow, size: tuple[int, int], key: str) -> None:
    full_window.resize(*size)
    full_window.set_view(key)
    QApplication.processEvents()
    mini = full_window.sidebar.mini_month
    assert mini.height() >= mini.sizeHint().height()
    assert mini.sizeHint().height() > 162  # the navigation bar, the weekday letters and six weeks of digits
    year, month = mini.shown_month()
    last = mini.day_rect(month_grid_start(date(year, month, 1)) + timedelta(days=6 * 7 - 1))
    assert last is not None
    assert last.bottom() <= mini.height() - 1
    letters = mini.fontMetrics().height()
    assert last.height() >= letters + 4  # the weekday letters and each week have room to breathe
