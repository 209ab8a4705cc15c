"""The window of the walk-through: its title, sidebar memory, counts, disabled paging, undo that says what it did."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from cica_planner.domain.model import Category, Event, Precision
from cica_planner.ui.dialogs.event_dialog import EventEdit
from cica_planner.ui.main_window import MainWindow
from tests.ui.app.conftest import SOC_JUNE, TODAY


def test_window_title_names_the_file_first(window) -> None:
    assert window.windowTitle() == "calendar.sqlite3 — CICA Planner"


def test_the_sidebars_hidden_state_is_restored(qtbot, planner, app_settings) -> None:
    first = MainWindow(planner, app_settings, db_name="calendar.sqlite3", today=TODAY)
    qtbot.addWidget(first)
    first.show()
    first.sidebar_action.trigger()  # F9: hide
    assert not first.sidebar.isVisible()
    first.close()
    again = MainWindow(planner, app_settings, db_name="calendar.sqlite3", today=TODAY)
    qtbot.addWidget(again)
    again.show()
    assert not again.sidebar_action.isChecked()
    assert not again.sidebar.isVisible()
    again.sidebar_action.trigger()
    assert again.sidebar.isVisible()
    assert app_settings.sidebar_visible()


def test_status_bar_count_separates_dated_from_undated(qtbot, empty_planner, app_settings) -> None:
    for day in (3, 17):
        empty_planner.create(Event(title=f"Expert meeting {day}", category=Category.EXPERT_MEETING,
                                   start=date(2027, 3, day), end=date(2027, 3, day + 1)))
    empty_planner.create(Event(title="Business Forum", category=Category.BUSINESS_FORUM, start=date(2027, 3, 1),
                               end=date(2027, 4, 1), precision=Precision.MONTH))
    window = MainWindow(empty_planner, app_settings, db_name="calendar.sqlite3", today=date(2027, 3, 10))
    qtbot.addWidget(window)
    window.show()
    assert window.count_label.text() == "2 dated events · 1 undated"
    window.go_to_date(date(2027, 5, 1))
    assert window.count_label.text() == "0 events"
    window.set_view("day")
    window.go_to_date(date(2027, 3, 17))
    assert window.count_label.text().startswith("1 dated event")


def test_today_and_paging_are_disabled_where_they_do_nothing(window) -> None:
    for key in ("month", "week", "day", "agenda", "year"):
        window.set_view(key)
        assert window.today_action.isEnabled()
        assert window.previous_button.isEnabled()
        assert window.next_button.isEnabled()
    for key in ("chairmanship", "checklists", "dashboard"):
        if key not in window.pages:
            continue
        window.set_view(key)
        assert not window.today_action.isEnabled()
        assert not window.previous_button.isEnabled()
        assert not window.next_button.isEnabled()
        assert not window.goto_action.isEnabled()


def test_undo_and_redo_say_what_they_did_and_go_to_the_event(window) -> None:
    before = window.planner.get(SOC_JUNE)
    moved = replace(before, start=date(2024, 7, 10), end=date(2024, 7, 11))
    assert window.apply_edit(before, EventEdit(moved, "postponed at the host's request"))
    window.go_to_date(TODAY)
    assert window.undo()
    assert window.statusBar().currentMessage() == "Undone: Move Senior Officials Committee meeting"
    assert window.anchor_date() == date(2024, 6, 27)
    assert window.selected_uid() == SOC_JUNE
    window.go_to_date(TODAY)
    assert window.redo()
    assert window.statusBar().currentMessage() == "Redone: Move Senior Officials Committee meeting"
    assert window.anchor_date() == date(2024, 7, 10)
    assert window.selected_uid() == SOC_JUNE


def test_double_clicking_a_day_of_the_year_opens_that_day(window, qtbot) -> None:
    from PySide6.QtCore import Qt

    window.show()
    window.go_to_date(date(2024, 6, 1))
    window.set_view("year")
    year = window.views["year"]
    qtbot.waitExposed(year)
    point = year.day_rect(date(2024, 6, 27)).center().toPoint()
    qtbot.mouseDClick(year, Qt.MouseButton.LeftButton, pos=point)
    assert window.current_view_key() == "day"
    assert window.anchor_date() == date(2024, 6, 27)
    assert window.title_label.text() == "Thursday 27 June 2024"
