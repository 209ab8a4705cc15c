"""At 1024 × 700 the dense pages stay readable; screenshots at 1024 × 700 and 1920 × 1080 go to the artefacts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView, QTreeView

from cica_planner.ui.main_window import MainWindow
from cica_planner.ui.small_screens import MIN_COLUMN_WIDTH
from tests.ui.shared_window import build_full_window, close_shared, reset_shared

TODAY = date(2024, 6, 27)
SMALL, LARGE = (1024, 700), (1920, 1080)
PAGES = ("month", "week", "agenda", "chairmanship", "checklists", "dashboard")


@pytest.fixture(scope="module")
def _looked_at(english_for_the_module, module_planner, module_home) -> Iterator[MainWindow]:
    """One window for the module: its tests set the size and page they look at and change no data."""
    window = build_full_window(module_planner, module_home, TODAY, SMALL, db_name="calendar.sqlite3")
    yield window
    close_shared(window)


@pytest.fixture
def sized_window(_looked_at: MainWindow) -> Callable[[tuple[int, int]], MainWindow]:
    """The module's window at a size, on the month of its today, as a window opened at that size."""
    return lambda size: reset_shared(_looked_at, size, "month", TODAY)


def _visible_columns(view: QAbstractItemView) -> list[int]:
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    model = view.model()
    return [header.sectionSize(c) for c in range(model.columnCount()) if not header.isSectionHidden(c)]


@pytest.mark.parametrize("key", ["chairmanship", "dashboard", "checklists"])
def test_no_column_is_squeezed_at_1024_by_700(sized_window, key: str) -> None:
    window = sized_window(SMALL)
    window.set_view(key)
    QApplication.processEvents()
    views = [v for v in window.pages[key].findChildren(QAbstractItemView)
             if isinstance(v, QTableView | QTreeView) and v.isVisible() and v.model() is not None]
    assert views
    for view in views:
        widths = _visible_columns(view)
        assert min(widths) >= MIN_COLUMN_WIDTH - 1, (view.objectName(), widths)
        rows_shown = view.viewport().height() // max(1, view.sizeHintForRow(0) if view.model().rowCount() else 24)
        assert rows_shown >= 3, view.objectName()  # a table shows rows, not a sliver


def test_the_dashboard_stacks_its_panels_on_a_narrow_page(sized_window) -> None:
    narrow = sized_window(SMALL)
    narrow.set_view("dashboard")
    QApplication.processEvents()
    page = narrow.pages["dashboard"]
    assert page.load_chart.geometry().top() > page.due_view.geometry().bottom()
    wide = sized_window(LARGE)
    wide.set_view("dashboard")
    QApplication.processEvents()
    page = wide.pages["dashboard"]
    assert page.load_chart.geometry().left() > page.due_view.geometry().right()


@pytest.mark.parametrize("size", [SMALL, LARGE])
def test_screenshots_of_every_page_go_to_the_artefacts(sized_window, tmp_path, size) -> None:
    window = sized_window(size)
    for key in PAGES:
        window.set_view(key)
        window.go_to_date(date(2024, 6, 27))
        QApplication.processEvents()
        path = tmp_path / f"{key}-{size[0]}x{size[1]}.png"
        assert window.grab().save(str(path))
        image = QImage(str(path))
        assert (image.width(), image.height()) == size
