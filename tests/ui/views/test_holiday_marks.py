"""Holiday marks in the month, week and year views: real holidays, real widgets, real pixels."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QColor

from cica_planner.services.scheduling.holiday_calendar import HolidayCalendar, member_states
from cica_planner.ui.holiday_marks import HOST_HOLIDAY_COLOUR, HOST_WEEKEND_BACKGROUND, RAMADAN_COLOUR, HolidayMarks
from cica_planner.ui.views.month_view import MonthView
from cica_planner.ui.views.week_view import WeekView
from cica_planner.ui.views.year_view import YearView

DISPLAY_TZ = "Asia/Almaty"


@pytest.fixture(scope="module")
def calendar() -> HolidayCalendar:
    return HolidayCalendar()


def show(qtbot, view, anchor: date, occurrences=()):
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.set_today(date(2024, 1, 10))
    view.set_anchor_date(anchor)
    view.set_occurrences(list(occurrences), DISPLAY_TZ)
    view.show()
    qtbot.waitExposed(view)
    return view


def colours_in(image, rect) -> set[str]:
    found = set()
    r = rect.toRect()
    for x in range(r.left(), r.right(), 2):
        for y in range(r.top(), r.bottom(), 2):
            found.add(QColor(image.pixel(x, y)).name())
    return found


def test_month_view_marks_nauryz_and_shades_the_host_weekend(qtbot, calendar) -> None:
    view = show(qtbot, MonthView(), date(2025, 3, 1))
    view.set_holiday_marks(HolidayMarks(calendar, ["KZ"], "KZ"))
    marks = view.holiday_marks
    assert marks.label(date(2025, 3, 21)) == "Nowruz"
    assert marks.host_holiday(date(2025, 3, 25))
    assert marks.on(date(2025, 3, 22)).host_weekend
    assert not marks.on(date(2025, 3, 21)).host_weekend  # a Friday in Kazakhstan
    tooltip = view._marks_tooltip(view.day_rect(date(2025, 3, 21)).center())
    assert "Kazakhstan (host): Nowruz Holiday (Наурыз мейрамы)" in tooltip
    image = view.grab().toImage()
    label_row = view.day_rect(date(2025, 3, 21)).adjusted(0, 0, 0, -(view.day_rect(date(2025, 3, 21)).height() - 22))
    assert QColor(HOST_HOLIDAY_COLOUR).name() in colours_in(image, label_row)
    weekend_cell = view.day_rect(date(2025, 3, 15)).adjusted(4, 30, -4, -4)
    assert colours_in(image, weekend_cell) == {QColor(HOST_WEEKEND_BACKGROUND).name()}
    working_cell = view.day_rect(date(2025, 3, 13)).adjusted(4, 30, -4, -4)
    assert colours_in(image, working_cell) == {"#ffffff"}


def test_friday_saturday_host_shades_friday_and_saturday(qtbot, calendar) -> None:
    view = show(qtbot, MonthView(), date(2025, 6, 1))
    view.set_holiday_marks(HolidayMarks(calendar, ["QA"], "QA"))
    marks = view.holiday_marks
    assert marks.on(date(2025, 6, 13)).host_weekend  # Friday
    assert marks.on(date(2025, 6, 14)).host_weekend  # Saturday
    assert not marks.on(date(2025, 6, 15)).host_weekend  # Sunday: a working day in Qatar


def test_marks_never_hide_events(qtbot, seeded_view_data, calendar) -> None:
    view = MonthView()
    view.resize(1200, 800)
    view.set_anchor_date(date(2024, 6, 1))
    data = seeded_view_data(view)
    show(qtbot, view, date(2024, 6, 1), data)
    plain = [(chip.item.uid, chip.rect) for chip in view.chips()]
    plain_more = [(link.day, link.count) for link in view.more_links()]
    view.set_holiday_marks(HolidayMarks(calendar, list(member_states()), "KZ"))
    assert view.holiday_marks.label(date(2024, 6, 16)).startswith("Eid al-Adha")
    assert [(chip.item.uid, chip.rect) for chip in view.chips()] == plain
    assert [(link.day, link.count) for link in view.more_links()] == plain_more
    for chip in view.chips():
        cell = view.day_rect(chip.first_day)
        assert chip.rect.top() >= cell.top() + view.DAY_LABEL_HEIGHT  # the marks' row stays free of events


def test_week_view_marks_the_header_and_the_weekend(qtbot, calendar) -> None:
    view = show(qtbot, WeekView(days=7), date(2025, 3, 20))
    view.set_holiday_marks(HolidayMarks(calendar, ["KZ", "AZ"], "KZ"))
    view.all_day.repaint()
    image = view.all_day.grab().toImage()
    saturday = list(view.visible_days()).index(date(2025, 3, 22))
    header = view.all_day.rect()
    left = view.column_left(saturday)
    from PySide6.QtCore import QRectF

    assert QColor(HOST_HOLIDAY_COLOUR).name() in colours_in(image, QRectF(left, 8, view.column_width(), 24))
    below = QRectF(left + 4, view.HEADER_HEIGHT + 2, view.column_width() - 8, header.height() - view.HEADER_HEIGHT - 6)
    assert QColor(HOST_WEEKEND_BACKGROUND).name() in colours_in(image, below)


def test_year_view_draws_ramadan_as_a_band(qtbot, calendar) -> None:
    view = show(qtbot, YearView(), date(2025, 1, 1))
    view.set_holiday_marks(HolidayMarks(calendar, ["KZ"], "KZ"))
    image = view.grab().toImage()
    ramadan = QColor(RAMADAN_COLOUR).name()

    def bottom_strip(day: date) -> set[str]:
        rect = view.day_rect(day).adjusted(4, 0, -4, 0)
        rect.setTop(rect.bottom() - 3.5)
        return colours_in(image, rect)

    assert ramadan in bottom_strip(date(2025, 3, 1))
    assert ramadan in bottom_strip(date(2025, 3, 29))
    assert ramadan not in bottom_strip(date(2025, 3, 30))
    assert ramadan not in bottom_strip(date(2025, 2, 28))


def test_all_member_states_tooltip_counts_eid(calendar) -> None:
    marks = HolidayMarks(calendar, list(member_states()), "KZ")
    assert marks.label(date(2025, 3, 30)).startswith("Eid al-Fitr · ")
    tooltip = marks.tooltip_html(date(2025, 3, 30))
    assert "Türkiye: Eid al-Fitr (Ramazan Bayramı)" in tooltip
    assert "Weekend in Kazakhstan (Sat–Sun)" in tooltip
