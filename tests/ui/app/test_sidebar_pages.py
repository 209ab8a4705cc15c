"""The sidebar's filter pages are filled when first shown, and then work as before."""

from __future__ import annotations

from PySide6.QtWidgets import QListView, QPushButton

from cica_planner.domain.model import Country
from cica_planner.ui.widgets.sidebar import FILTER_NAMES, Sidebar

COUNTRIES = [Country("AZ", "Azerbaijan", "Asia/Baku", "member"), Country("KZ", "Kazakhstan", "Asia/Almaty", "member")]


def _sidebar(qtbot) -> Sidebar:
    made = Sidebar()
    qtbot.addWidget(made)
    made.set_countries(COUNTRIES, {"AZ", "KZ", ""})
    made.show()
    return made


def test_only_the_shown_filter_page_is_filled_at_first(qtbot) -> None:
    made = _sidebar(qtbot)
    assert made.filter_box.currentIndex() == 0
    assert made.findChild(QListView, "categories_filter") is not None
    assert made.findChild(QListView, "countries_filter") is None
    assert made.findChild(QListView, "statuses_filter") is None


def test_a_filter_page_shown_later_lists_and_ticks_as_before(qtbot) -> None:
    made = _sidebar(qtbot)
    made.filter_box.setCurrentIndex(FILTER_NAMES.index("countries"))
    view = made.findChild(QListView, "countries_filter")
    assert view is not None
    assert view.isVisible()
    assert view.model() is made.country_model
    shown = [view.model().index(row, 0).data() for row in range(view.model().rowCount())]
    assert shown[:2] == ["Azerbaijan", "Kazakhstan"]
    assert len(shown) == 3  # and the events without a country
    none_button = made.findChild(QPushButton, "countries_none_button")
    all_button = made.findChild(QPushButton, "countries_all_button")
    assert none_button is not None
    assert all_button is not None
    with qtbot.waitSignal(made.filters_changed):
        none_button.click()
    assert made.filter_state()["countries"] == ["-"]
    with qtbot.waitSignal(made.filters_changed):
        all_button.click()
    assert made.filter_state()["countries"] == []


def test_a_filter_view_asked_for_is_filled_at_once(qtbot) -> None:
    made = _sidebar(qtbot)
    statuses = made.filter_view("statuses")
    assert statuses.objectName() == "statuses_filter"
    assert statuses.model() is made.status_model
    assert statuses.model().rowCount() > 3
    assert made.filter_view("statuses") is statuses  # filled once
    made.filter_box.setCurrentIndex(FILTER_NAMES.index("statuses"))
    assert made.findChildren(QListView, "statuses_filter") == [statuses]


def test_a_page_filled_when_shown_looks_as_one_filled_before(qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    made = []
    for fill_first in (True, False):
        sidebar = Sidebar()
        qtbot.addWidget(sidebar)
        sidebar.set_countries(COUNTRIES, {"AZ", "KZ", ""})
        if fill_first:
            sidebar.filter_view("countries")  # filled before the sidebar is shown
        sidebar.resize(300, 700)
        sidebar.show()
        sidebar.filter_box.setCurrentIndex(FILTER_NAMES.index("countries"))
        made.append(sidebar)
    QApplication.processEvents()
    # The filter box, where the page was filled (the mini month above differs by which window is active).
    before, later = (sidebar.filter_box.grab().toImage() for sidebar in made)
    assert later == before
