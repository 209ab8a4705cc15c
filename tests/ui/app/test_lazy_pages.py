"""Pages are built on first use, and a page built late shows what an eager one showed."""

from __future__ import annotations

from datetime import date

from cica_planner.ui.main_window import MainWindow

TODAY = date(2024, 6, 27)


def _window(qtbot, planner, seeded_engine, app_settings) -> MainWindow:
    from cica_planner.ui.window_assembly import feature_services

    made = MainWindow(planner, app_settings, today=TODAY, **feature_services(seeded_engine))
    qtbot.addWidget(made)
    made.show()
    return made


def test_only_the_page_shown_is_built_at_start(qtbot, planner, seeded_engine, app_settings) -> None:
    made = _window(qtbot, planner, seeded_engine, app_settings)
    assert made.current_view_key() == "month"
    assert [key for key in ("month", "week", "agenda", "chairmanship", "checklists", "dashboard")
            if made.pages.is_built(key)] == ["month"]
    assert made.stack.count() == 1
    assert "dashboard" in made.pages
    assert "dashboard" in made.view_actions


def test_a_page_opened_later_shows_its_content(qtbot, planner, seeded_engine, app_settings) -> None:
    made = _window(qtbot, planner, seeded_engine, app_settings)
    made.view_actions["dashboard"].trigger()
    page = made.pages["dashboard"]
    assert made.stack.currentWidget() is made.page_frame("dashboard")  # the page in its scroll frame
    assert page.isVisible()
    assert page.objectName() == "dashboard_page"
    assert page.today() == TODAY
    loads = made.checklists.load_by_owner(TODAY)
    assert int(page.open_tile.number.text()) == sum(load.open for load in loads) > 0
    assert page.readiness_model.rowCount() == len(made.checklists.readiness(TODAY))

    made.view_actions["agenda"].trigger()  # a calendar view built late is connected and shows the range
    agenda = made.views["agenda"]
    assert made.current_view() is agenda
    assert agenda.objectName() == "agenda_view"
    first, end = agenda.visible_range()
    assert made.shown_uids() == {o.uid for o in planner.occurrences(first, end, tzid=made.display_tz())}
    with qtbot.waitSignal(agenda.page_requested):  # its signals reach the window
        agenda.page_requested.emit(1)
    assert made.pages["agenda"] is agenda  # built once
