"""The views of the walk-through: the earliest event in sight, the agenda looks ahead, popups and strips fit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics

from cica_planner.domain.model import Category, Event, Occurrence, Precision
from cica_planner.ui.views.agenda_view import AgendaView
from cica_planner.ui.views.month_view import MonthView
from cica_planner.ui.views.week_painting import block_text
from cica_planner.ui.views.week_view import WeekView


def _week(qtbot, days: int = 7) -> WeekView:
    view = WeekView(days=days)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.set_today(date(2024, 6, 26))
    view.set_anchor_date(date(2024, 6, 26))
    return view


def test_week_and_day_open_at_the_earliest_event_with_its_title(qtbot, make_timed) -> None:
    for days in (7, 1):
        view = _week(qtbot, days)
        early = make_timed("Call with the Baku organising committee", date(2024, 6, 26), 1)
        view.set_occurrences([early, make_timed("Heads of delegation", date(2024, 6, 26), 15)], "Asia/Almaty")
        view.show()
        qtbot.waitExposed(view)
        bar = view.grid_scroll.verticalScrollBar()
        block = view.blocks_for(early.uid)[0]
        assert bar.value() <= block.rect.top() - 8  # the 01:00 block is in sight, its hour label too
        assert bar.value() <= 1 * view.HOUR_HEIGHT - 9
        metrics = QFontMetrics(view.font())
        rows = block_text("01:00", "02:00", early.event.title, "Astana", block.rect.width() - 10, block.rect.height() - 5,
                          metrics, metrics)
        assert any(role == "title" for row in rows for role, _text in row)  # never an untitled block


def test_a_new_page_scrolls_to_its_own_earliest_event(qtbot, make_timed) -> None:
    view = _week(qtbot)
    view.show()
    qtbot.waitExposed(view)
    assert view.opening_hour() == view.FIRST_HOUR  # no events: the working day
    view.set_anchor_date(date(2024, 7, 3))
    reception = make_timed("Evening reception", date(2024, 7, 3), 18)
    view.set_occurrences([reception], "Asia/Almaty")
    bar = view.grid_scroll.verticalScrollBar()
    block = view.blocks_for(reception.uid)[0]
    assert bar.value() == min(bar.maximum(), 18 * view.HOUR_HEIGHT - 10)
    assert bar.value() <= block.rect.top()
    assert block.rect.bottom() <= bar.value() + view.grid_scroll.viewport().height()


def test_the_agenda_shows_what_comes_after_the_months_end(qtbot, make_timed) -> None:
    view = AgendaView()
    qtbot.addWidget(view)
    view.set_today(date(2024, 6, 26))
    view.set_anchor_date(date(2024, 6, 1))
    view.set_occurrences([make_timed("SOC", date(2024, 6, 27), 10),
                          make_timed("Final SWG", date(2024, 7, 3), 10)], "Asia/Almaty")
    labels = [group.label for group in view.groups()]
    assert labels == ["Thursday 27 June 2024", "Wednesday 3 July 2024  ·  coming up"]
    assert view.title() == "June 2024"


def test_the_more_popup_fits_the_window_without_a_horizontal_scroll_bar(qtbot, make_timed) -> None:
    view = MonthView()
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.set_anchor_date(date(2024, 6, 1))
    day = date(2024, 6, 28)  # a Friday: the popup opens near the right edge
    long = "Consultations on the draft outcome documents of the Ministerial Council with the incoming Chair"
    items = [make_timed(f"{long} {hour}", day, hour) for hour in range(8, 18)]
    view.set_occurrences(items, "Asia/Almaty")
    view.show()
    qtbot.waitExposed(view)
    link = view.more_links()[0]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=link.rect.center().toPoint())
    popup = view.popup
    assert popup.isVisible()
    assert popup.list_widget.horizontalScrollBar().maximum() == 0
    window = view.window()
    inside = window.mapToGlobal(QPoint(0, 0))
    assert popup.x() >= inside.x()
    assert popup.x() + popup.width() <= inside.x() + window.width()
    popup.hide()


def test_the_to_be_confirmed_strip_uses_its_width(qtbot) -> None:
    view = MonthView()
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.set_anchor_date(date(2026, 11, 1))
    title = "CICA Summit in Azerbaijan (ends the Azerbaijani chairmanship; the date is still to be agreed)"
    summit = Event(title=title, category=Category.SUMMIT, start=date(2026, 1, 1), end=date(2027, 1, 1),
                   precision=Precision.YEAR, country="AZ")
    view.set_occurrences([Occurrence(summit, summit.start, summit.end)], "Asia/Almaty")
    (chip,) = view.strip._chips
    assert chip.text == title  # room enough: not cut at a fixed width
    assert chip.rect.right() <= view.strip.width()
