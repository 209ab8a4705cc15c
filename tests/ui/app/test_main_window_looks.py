"""The main window as it opens, looked at: navigation, pages, the display zone, search.

These tests change no data and leave the window on the page, date and zone the next one
resets, so the module builds one window (tests/ui/conftest.py); the tests that edit, undo or
import keep their own window in test_main_window.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt

from cica_planner.ui.main_window import MainWindow
from tests.ui.app.conftest import TODAY
from tests.ui.shared_window import close_shared, show_exposed

SOC_JUNE = "e082@seed.cica-planner"


def _uids(window: MainWindow) -> set[str]:
    return {o.uid for o in window._occurrences}


@pytest.fixture(scope="module")
def _opened(english_for_the_module, module_planner, module_home) -> Iterator[tuple[MainWindow, str]]:
    """The window of ``conftest.window`` (no feature pages), built once, with the zone it opened in."""
    from cica_planner.ui.settings import AppSettings

    made = MainWindow(module_planner, AppSettings.from_path(module_home / "settings.ini"), db_name="calendar.sqlite3",
                      today=TODAY)
    show_exposed(made)
    yield made, made.display_tz()
    close_shared(made)


@pytest.fixture
def window(_opened: tuple[MainWindow, str]) -> MainWindow:
    """The module's window put back as it opened: the month of today, the opening zone, no search."""
    made, opening_zone = _opened
    made.sidebar.search_edit.clear()
    if made.display_tz() != opening_zone:
        made.set_display_tz(opening_zone)
    made.set_view("month")
    made.go_to_date(TODAY)
    return made


def test_opens_on_the_current_month(window) -> None:
    assert "CICA Planner" in window.windowTitle()
    assert window.windowTitle() == "calendar.sqlite3 — CICA Planner"
    assert window.current_view_key() == "month"
    assert window.anchor_date() == TODAY
    assert window.title_label.text() == "November 2026"
    # The 2026 Summit is known only to the year: it shows as "to be confirmed" this month.
    assert "e100@seed.cica-planner" in _uids(window)
    assert "Asia/Almaty" in window.zone_label.text()
    assert "Astana" in window.zone_label.text()


def test_navigation(window, qtbot) -> None:
    window.go_to_date(date(2024, 6, 15))
    assert window.title_label.text() == "June 2024"
    assert SOC_JUNE in _uids(window)
    window.next_action.trigger()
    assert window.title_label.text() == "July 2024"
    window.previous_action.trigger()
    window.previous_action.trigger()
    assert window.title_label.text() == "May 2024"
    window.today_action.trigger()
    assert window.anchor_date() == TODAY
    assert window.title_label.text() == "November 2026"
    view = window.current_view()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert window.title_label.text() == "December 2026"
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert window.title_label.text() == "November 2026"


def test_views_switch_by_action_and_shortcut(window, qtbot) -> None:
    window.go_to_date(date(2024, 6, 27))
    expected = {"week": "24 – 30 June 2024", "day": "Thursday 27 June 2024", "year": "2024", "month": "June 2024"}
    for key, title in expected.items():
        window.view_actions[key].trigger()
        assert window.current_view_key() == key
        assert window.title_label.text() == title
        assert window.stack.currentWidget() is window.views[key]
    assert window.view_actions["agenda"].shortcut().toString() == "Ctrl+4"
    window.view_actions["agenda"].trigger()
    assert window.current_view_key() == "agenda"
    assert window.current_view().visible_range()[0] <= date(2024, 6, 27) < window.current_view().visible_range()[1]
    assert window.goto_action.shortcut().toString() == "Ctrl+G"
    assert window.today_action.shortcut().toString() == "T"
    assert [s.toString() for s in window.redo_action.shortcuts()] == ["Ctrl+Shift+Z", "Ctrl+Y"]


def test_agenda_shows_the_unscheduled_forum(window) -> None:
    window.set_view("agenda")
    window.go_to_date(date(2024, 10, 1))
    assert "e095@seed.cica-planner" in _uids(window)


def test_search_jumps_to_the_event(window, qtbot) -> None:
    window.find_action.trigger()
    window.sidebar.search_edit.setText("Senior Officials")
    results = window.sidebar.results_model
    assert results.rowCount() >= 2
    uids = [results.index(r, 0).data(results.UidRole) for r in range(results.rowCount())]
    assert SOC_JUNE in uids
    assert window.sidebar.results_view.isVisibleTo(window)
    index = results.index(uids.index(SOC_JUNE), results.COL_TITLE)
    with qtbot.waitSignal(window.sidebar.result_activated):
        window.sidebar.results_view.activated.emit(index)
    assert window.anchor_date() == date(2024, 6, 27)
    assert window.title_label.text() == "June 2024"
    assert window.selected_uid() == SOC_JUNE
    assert window.current_view().selected_uid() == SOC_JUNE
    window.sidebar.search_edit.clear()
    assert results.rowCount() == 0
    assert not window.sidebar.results_view.isVisibleTo(window)


def test_search_from_another_view_shows_the_day(window) -> None:
    window.set_view("week")
    window.show_event(SOC_JUNE)
    assert window.current_view_key() == "week"
    assert window.title_label.text() == "24 – 30 June 2024"


def test_mini_month_moves_the_calendar(window) -> None:
    window.sidebar.date_selected.emit(date(2024, 3, 14))
    assert window.title_label.text() == "March 2024"


def test_a_click_on_a_day_of_the_mini_month_shows_it(window, qtbot) -> None:
    mini = window.sidebar.mini_month
    mini.show_next_month()  # a page turned with the arrows, then a day of it clicked
    year, month = mini.shown_month()
    day = date(year, month, 14)
    rect = mini.day_rect(day)
    assert rect is not None
    qtbot.mouseClick(mini, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert window.anchor_date() == day
    assert mini.selected_day() == day


def test_display_zone_changes_the_status_bar(window) -> None:
    window.set_display_tz("Asia/Baku")
    assert window.zone_label.text().startswith("Time zone: Asia/Baku")
    assert window.settings.display_tz() == "Asia/Baku"
    assert window.current_view().display_tz() == "Asia/Baku"


def test_status_bar_offset_is_that_of_the_days_shown(window) -> None:
    # Today (27 Nov 2026) New York is on UTC-05:00; the week shown is in summer time.
    window.set_display_tz("America/New_York")
    window.set_view("week")
    window.go_to_date(date(2024, 6, 12))
    assert window.title_label.text() == "10 – 16 June 2024"
    assert window.zone_label.text().endswith("UTC-04:00)")
    assert "UTC-05:00" not in window.zone_label.text()
    window.go_to_date(date(2024, 1, 10))
    assert window.zone_label.text().endswith("UTC-05:00)")
    window.set_display_tz("Asia/Almaty")
    window.set_view("month")
    window.go_to_date(date(2024, 3, 14))  # the grid starts on 26 February, before Kazakhstan's change
    assert window.zone_label.text() == "Time zone: Asia/Almaty (Astana, UTC+06:00 → UTC+05:00)"
    window.go_to_date(date(2024, 6, 14))
    assert window.zone_label.text() == "Time zone: Asia/Almaty (Astana, UTC+05:00)"


@pytest.mark.parametrize("key", ["chairmanship", "checklists", "dashboard"])
def test_extra_pages_only_with_their_services(window, key) -> None:
    assert key not in window.pages
    assert key not in window.view_actions


def test_tooltips_name_the_display_zone_as_the_status_bar_does(window) -> None:
    window.go_to_date(date(2024, 6, 27))
    for tzid in ("Asia/Almaty", "Asia/Baku", "America/New_York"):
        window.set_display_tz(tzid)
        for key in ("month", "week", "agenda"):
            window.set_view(key)
            assert f"({window.current_view().zone_name()}, UTC" in window.zone_label.text(), (tzid, key)
    window.set_display_tz("Asia/Almaty")
    assert window.current_view().zone_name() == "Astana"
