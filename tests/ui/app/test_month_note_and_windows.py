"""The calendar on today's date: the empty month's note, window items as TBC items, outcome to confirm shown."""

from __future__ import annotations

from datetime import date

from cica_planner.domain.model import Precision
from cica_planner.ui.main_window import MainWindow
from cica_planner.ui.views.month_view import MonthView


def test_an_empty_month_says_what_comes_next_and_what_needs_confirming(qtbot, planner, app_settings) -> None:
    window = MainWindow(planner, app_settings, today=date(2026, 11, 30))
    qtbot.addWidget(window)
    window.show()
    view = window.current_view()
    assert isinstance(view, MonthView)
    assert window.title_label.text() == "November 2026"
    note = view.note()
    assert note is not None
    assert note.splitlines() == [
        "Nothing is fixed for November 2026.",
        "Coming next: CICA Summit in Azerbaijan (ends the AZ chairmanship), 2026 (provisional).",
        # The seeded six plus this folder's test meeting planned for 11 Nov 2024 (conftest.py).
        "Needs confirming: 7 past events with no recorded outcome, 3 with the day still to fix (see the Dashboard).",
    ]
    assert not window.grab().isNull()
    window.go_to_date(date(2024, 6, 1))  # a month with meetings on fixed days has no note
    assert window.current_view().note() is None


def test_window_items_are_never_drawn_as_blocks(qtbot, planner, app_settings) -> None:
    window = MainWindow(planner, app_settings, today=date(2026, 11, 30))
    qtbot.addWidget(window)
    window.show()
    window.go_to_date(date(2024, 4, 15))
    for key in ("month", "week", "agenda"):
        window.set_view(key)
        items = [i for i in window.current_view().items() if i.occurrence.event.precision is Precision.WINDOW]
        assert items, key
        assert not any(i.fixed for i in items), key
    window.set_view("month")
    baku = next(i for i in window.current_view().items() if i.uid == "e031@seed.cica-planner")
    assert baku.period_label == "between 17 and 18 Apr 2024, day not known"
    assert not window.current_view().chips_for("e031@seed.cica-planner")  # in the "to be confirmed" strip only


def test_past_plans_read_outcome_to_confirm_in_the_views(qtbot, planner, app_settings) -> None:
    window = MainWindow(planner, app_settings, today=date(2026, 11, 30))
    qtbot.addWidget(window)
    window.show()
    window.go_to_date(date(2024, 11, 1))
    labels = {i.uid: i.decoration.label for i in window.current_view().items()}
    assert labels["e096@seed.cica-planner"] == "Outcome to confirm"  # CICA event at COP29: never reported
    assert "Planned" not in labels.values()


def test_the_calendar_can_show_only_what_needs_confirming(qtbot, planner, app_settings) -> None:
    window = MainWindow(planner, app_settings, today=date(2026, 11, 30))
    qtbot.addWidget(window)
    window.show()
    window.go_to_date(date(2024, 11, 15))
    everything = {o.uid for o in window._occurrences}  # what the page fetched
    assert "e096@seed.cica-planner" in everything
    window.confirming_filter_action.setChecked(True)
    shown = {o.uid for o in window._occurrences}
    # COP29 (never reported), the Q4 plenary and forum, and this folder's test meeting planned for 11 Nov 2024.
    assert shown == {"e096@seed.cica-planner", "e094@seed.cica-planner", "e095@seed.cica-planner", "planned-mc@test"}
    window.go_to_date(date(2024, 4, 15))
    assert {o.uid for o in window._occurrences} == set()  # every April item was held
    assert window.current_view().note() is None  # a filter emptied the month: no "nothing is fixed" note
    window.confirming_filter_action.setChecked(False)
    assert len(window._occurrences) > 30
