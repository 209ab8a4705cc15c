"""Month view: layout of the seeded June 2024, bars split at week rows, '+N more', clicks and keys."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt

from cica_planner.ui import style
from cica_planner.ui.views.month_view import MonthView

SOC = "e082@seed.cica-planner"
BICYCLE_TOUR = "e060@seed.cica-planner"
SILENCE_PROCEDURE = "e083@seed.cica-planner"
JUNE_EXPERT_MEETING = "e072@seed.cica-planner"
BUSINESS_FORUM = "e095@seed.cica-planner"


@pytest.fixture
def month_view(qtbot, seeded_view_data) -> MonthView:
    view = MonthView()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.set_today(date(2024, 6, 26))
    view.set_anchor_date(date(2024, 6, 1))
    view.set_occurrences(seeded_view_data(view), "Asia/Almaty")
    view.show()
    qtbot.waitExposed(view)
    return view


def centre(rect) -> QPoint:
    return rect.center().toPoint()


def test_range_title_and_paging(qtbot) -> None:
    view = MonthView()
    qtbot.addWidget(view)
    view.set_anchor_date(date(2024, 6, 27))
    assert view.visible_range() == (date(2024, 5, 27), date(2024, 7, 8))
    assert view.title() == "June 2024"
    assert view.shifted(1) == date(2024, 7, 27)
    assert view.shifted(-1) == date(2024, 5, 27)
    view.set_anchor_date(date(2024, 1, 31))
    assert view.shifted(1) == date(2024, 2, 29)


def test_soc_is_drawn_on_27_june(month_view: MonthView) -> None:
    chips = month_view.chips_for(SOC)
    assert len(chips) == 1
    assert chips[0].first_day == chips[0].last_day == date(2024, 6, 27)
    assert month_view.day_rect(date(2024, 6, 27)).contains(chips[0].rect)


def test_bicycle_tour_is_one_bar_from_31_may_to_2_june(month_view: MonthView) -> None:
    # 31 May 2024 is a Friday: with weeks starting on Monday the tour fits in one row.
    chips = month_view.chips_for(BICYCLE_TOUR)
    assert [(chip.first_day, chip.last_day, chip.kind) for chip in chips] == [
        (date(2024, 5, 31), date(2024, 6, 2), "bar")
    ]
    bar = chips[0].rect
    assert month_view.day_rect(date(2024, 5, 31)).contains(bar.topLeft())
    assert month_view.day_rect(date(2024, 6, 2)).contains(bar.topRight())
    assert chips[0].round_left
    assert chips[0].round_right


def test_bar_is_split_at_week_rows(month_view: MonthView) -> None:
    # The silence procedure runs 27 Jun – 11 Jul; the June grid ends on Sunday 7 July.
    chips = sorted(month_view.chips_for(SILENCE_PROCEDURE), key=lambda chip: chip.first_day)
    assert [(chip.first_day, chip.last_day) for chip in chips] == [
        (date(2024, 6, 27), date(2024, 6, 30)),
        (date(2024, 7, 1), date(2024, 7, 7)),
    ]
    assert chips[0].round_left
    assert not chips[0].round_right
    assert not chips[1].round_left
    assert not chips[1].round_right
    assert chips[1].rect.top() > chips[0].rect.bottom()


def test_bars_in_a_row_never_overlap(month_view: MonthView) -> None:
    bars = list(month_view.chips())
    for index, first in enumerate(bars):
        for second in bars[index + 1 :]:
            assert not first.rect.intersects(second.rect), (first.item.title, second.item.title)


def test_events_without_a_fixed_day_go_to_the_strip_not_the_grid(month_view: MonthView) -> None:
    strip_uids = {item.uid for item in month_view.strip.items()}
    assert JUNE_EXPERT_MEETING in strip_uids
    assert BUSINESS_FORUM not in strip_uids  # Q4 does not overlap June
    assert month_view.chips_for(JUNE_EXPERT_MEETING) == []
    assert month_view.strip.isVisible()
    assert month_view.strip.height() > 0


def test_timed_items_show_start_time_in_display_zone(qtbot, make_timed) -> None:
    view = MonthView()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.set_anchor_date(date(2024, 6, 1))
    meeting = make_timed("Heads of delegation", date(2024, 6, 27), 10, tzid="Asia/Almaty")
    view.set_occurrences([meeting], "Asia/Almaty")
    assert view.chips()[0].kind == "timed"
    assert view.chips()[0].item.time_text() == "10:00"
    view.set_occurrences([meeting], "Asia/Baku")
    assert view.chips()[0].item.time_text() == "09:00"


def test_a_full_day_overflows_into_more_link(qtbot, make_timed) -> None:
    view = MonthView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.set_anchor_date(date(2024, 6, 1))
    day = date(2024, 6, 12)
    items = [make_timed(f"Meeting {hour}", day, hour) for hour in range(8, 18)]
    view.set_occurrences(items, "Asia/Almaty")
    shown = [chip for chip in view.chips() if chip.first_day == day]
    links = view.more_links()
    assert len(links) == 1
    assert links[0].day == day
    assert links[0].count == len(items) - len(shown)
    assert len(shown) >= 1
    assert view.day_rect(day).contains(links[0].rect)
    view.show()
    qtbot.waitExposed(view)
    assert view._popup is None  # made on the first click, not to paint
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre(links[0].rect))
    assert view.popup.isVisible()
    assert view.popup.list_widget.count() == len(items)
    with qtbot.waitSignal(view.event_selected) as blocker:
        entry = view.popup.list_widget.item(3)
        rect = view.popup.list_widget.visualItemRect(entry)
        qtbot.mouseClick(view.popup.list_widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["meeting-11@test"]
    view.popup.hide()


def test_three_hundred_occurrences_lay_out_with_more_links(qtbot, make_timed) -> None:
    view = MonthView()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.set_anchor_date(date(2024, 6, 1))
    items = [make_timed(f"Item {n}", date(2024, 6, 1 + n % 30), 8 + n % 10, uid=f"item-{n}@test") for n in range(300)]
    view.set_occurrences(items, "Asia/Almaty")
    shown = len(view.chips())
    hidden = sum(link.count for link in view.more_links())
    assert shown + hidden == 300
    assert len(view.more_links()) == 30


def test_click_selects_and_double_click_opens(qtbot, month_view: MonthView) -> None:
    chip = month_view.chips_for(SOC)[0]
    with qtbot.waitSignal(month_view.event_selected) as selected:
        qtbot.mouseClick(month_view, Qt.MouseButton.LeftButton, pos=centre(chip.rect))
    assert selected.args == [SOC]
    assert month_view.selected_uid() == SOC
    with qtbot.waitSignal(month_view.event_activated) as activated:
        qtbot.mouseDClick(month_view, Qt.MouseButton.LeftButton, pos=centre(chip.rect))
    assert activated.args == [SOC]
    with qtbot.waitSignal(month_view.event_activated) as entered:
        qtbot.keyClick(month_view, Qt.Key.Key_Return)
    assert entered.args == [SOC]


def test_double_click_on_empty_day_asks_for_a_new_event(qtbot, month_view: MonthView) -> None:
    cell = month_view.day_rect(date(2024, 6, 22))
    point = QPoint(int(cell.center().x()), int(cell.bottom() - 8))
    with qtbot.waitSignal(month_view.date_activated) as activated:
        qtbot.mouseDClick(month_view, Qt.MouseButton.LeftButton, pos=point)
    assert activated.args == [date(2024, 6, 22)]


def test_keys_page_and_move_the_selected_day(qtbot, month_view: MonthView) -> None:
    with qtbot.waitSignal(month_view.page_requested) as paged:
        qtbot.keyClick(month_view, Qt.Key.Key_PageDown)
    assert paged.args == [1]
    with qtbot.waitSignal(month_view.page_requested) as paged_back:
        qtbot.keyClick(month_view, Qt.Key.Key_PageUp)
    assert paged_back.args == [-1]
    with qtbot.waitSignal(month_view.anchor_changed) as moved:
        qtbot.keyClick(month_view, Qt.Key.Key_Down)
    assert moved.args == [date(2024, 6, 8)]
    assert month_view.anchor_date() == date(2024, 6, 8)


def test_programmatic_anchor_emits_nothing(qtbot, month_view: MonthView) -> None:
    with qtbot.assertNotEmitted(month_view.anchor_changed):
        month_view.set_anchor_date(date(2024, 7, 1))
    assert month_view.title() == "July 2024"


def test_today_is_highlighted(month_view: MonthView) -> None:
    image = month_view.grab().toImage()
    cell = month_view.day_rect(date(2024, 6, 26))
    badge_pixel = image.pixelColor(int(cell.left() + 5), int(cell.top() + 12))
    assert badge_pixel.name() == style.ACCENT


def test_tooltip_shows_display_and_venue_time(qtbot, make_timed) -> None:
    from cica_planner.ui.views.items import tooltip_html

    view = MonthView()
    qtbot.addWidget(view)
    view.set_anchor_date(date(2024, 6, 1))
    view.set_today(date(2024, 6, 1))
    view.set_occurrences([make_timed("Heads of delegation", date(2024, 6, 27), 10)], "Asia/Baku")
    text = tooltip_html(view.items()[0], "Asia/Baku")
    assert "09:00 – 10:00 (Baku time)" in text
    assert "10:00 – 11:00 Astana (UTC+05:00)" in text
    assert "Planned" in text
    # Once the day is past and nobody recorded the outcome, the plan no longer reads "Planned".
    view.set_today(date(2024, 7, 1))
    view.set_occurrences([make_timed("Heads of delegation", date(2024, 6, 27), 10)], "Asia/Baku")
    assert "Status: Outcome to confirm" in tooltip_html(view.items()[0], "Asia/Baku")


def test_the_strips_more_chip_lists_every_unscheduled_event_in_a_popup_made_on_first_click(qtbot) -> None:
    """The strip's popup is made on the first click of "+N more" (not to paint) and lists all its events."""
    from cica_planner.domain.model import Category, Event, Occurrence, Precision

    view = MonthView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.set_anchor_date(date(2024, 6, 1))
    events = [Event(title=f"Expert meeting on topic {number}", category=Category.SOC, start=date(2024, 6, 1),
                    end=date(2024, 7, 1), precision=Precision.MONTH, uid=f"tbc-{number}@test")
              for number in range(30)]
    view.set_occurrences([Occurrence(event, event.start, event.end) for event in events], "Asia/Almaty")
    view.show()
    qtbot.waitExposed(view)
    strip = view.strip
    more = [rect for rect, uid in strip.chips() if uid is None]
    assert len(more) == 1
    assert strip._popup is None
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=centre(more[0]))
    assert strip.popup.isVisible()
    assert strip.popup.list_widget.count() == len(events)
    with qtbot.waitSignal(strip.item_selected) as blocker:
        entry = strip.popup.list_widget.item(0)
        rect = strip.popup.list_widget.visualItemRect(entry)
        qtbot.mouseClick(strip.popup.list_widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args[0] in {event.uid for event in events}
    strip.popup.hide()
