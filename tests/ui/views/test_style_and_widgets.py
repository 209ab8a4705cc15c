"""Style helpers, shared layout helpers and the sidebar mini month."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication

from cica_planner.domain.days import add_months
from cica_planner.domain.model import Category, EventStatus
from cica_planner.ui import style
from cica_planner.ui.views.formatting import span_title, utc_offset_text
from cica_planner.ui.views.lanes import LaneGrid, pack_columns, visible_lane_limit
from cica_planner.ui.widgets.mini_month import MiniMonth


@pytest.mark.parametrize("category", list(Category))
def test_every_category_has_a_legible_colour(category: Category) -> None:
    colour = style.category_colour(category)
    assert colour.isValid()
    assert style.contrast_ratio(colour, style.text_colour_on(colour)) >= 4.5


def test_category_colours_are_distinct() -> None:
    assert len(set(style.CATEGORY_COLOURS.values())) == len(Category)


def test_text_colour_on_picks_by_contrast() -> None:
    assert style.text_colour_on(QColor("#ffffff")).name() == style.DARK_TEXT
    assert style.text_colour_on(QColor("#000000")).name() == style.LIGHT_TEXT


def test_status_decorations() -> None:
    assert style.status_decorations(EventStatus.CANCELLED).strike_out
    assert style.status_decorations(EventStatus.PROPOSED).tentative
    assert style.status_decorations(EventStatus.HELD).label == "Held"
    tentative = style.chip_colours(Category.SOC, EventStatus.PROPOSED)
    assert tentative.outline == style.category_colour(Category.SOC)
    assert tentative.fill != tentative.outline
    assert "font-size: 10pt" in style.APP_STYLESHEET


def test_pack_columns_places_overlaps_side_by_side() -> None:
    # 10–13, 12:30–14, 16–17, 16:30–17:30, 16:45–18: two clusters.
    result = pack_columns([(600, 780), (750, 840), (960, 1020), (990, 1050), (1005, 1080)])
    assert result == [(0, 2), (1, 2), (0, 3), (1, 3), (2, 3)]
    assert pack_columns([(0, 60), (60, 120)]) == [(0, 1), (0, 1)]
    assert pack_columns([]) == []


def test_lane_grid_and_overflow_limit() -> None:
    grid = LaneGrid(7)
    assert grid.place(0, 3) == 0
    assert grid.place(2, 5) == 1
    assert grid.place(4, 6) == 0
    assert grid.place(3, 3) == 2
    assert visible_lane_limit([0, 1, 2], 3) == 3
    assert visible_lane_limit([0, 1, 2, 3], 3) == 2
    assert visible_lane_limit([], 3) == 3


def test_dates_and_titles() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2024, 12, 15), 1) == date(2025, 1, 15)
    assert add_months(date(2024, 1, 15), -1) == date(2023, 12, 15)
    assert span_title(date(2024, 12, 30), date(2025, 1, 5)) == "30 December 2024 – 5 January 2025"
    assert utc_offset_text(datetime(2024, 6, 27, 10, tzinfo=ZoneInfo("Asia/Almaty"))) == "UTC+05:00"
    assert utc_offset_text(datetime(2024, 1, 27, 10, tzinfo=ZoneInfo("America/New_York"))) == "UTC-05:00"


def _mini_month(qtbot, day: date = date(2024, 6, 27)) -> MiniMonth:
    mini = MiniMonth()
    qtbot.addWidget(mini)
    mini.resize(mini.sizeHint().width() + 40, mini.sizeHint().height())
    mini.set_anchor_date(day)
    mini.show()
    qtbot.waitExposed(mini)
    return mini


def _click(qtbot, mini: MiniMonth, point: QPointF) -> None:
    qtbot.mouseClick(mini, Qt.MouseButton.LeftButton, pos=point.toPoint())


def test_mini_month_marks_dates_and_emits(qtbot) -> None:
    mini = _mini_month(qtbot)
    assert mini.selected_day() == date(2024, 6, 27)
    assert mini.shown_month() == (2024, 6)
    assert mini.title() == "June 2024"
    mini.set_marked_dates({date(2024, 6, 27), date(2024, 6, 3)})
    assert mini.is_marked(date(2024, 6, 27))
    assert mini.is_marked(date(2024, 6, 3))
    assert not mini.is_marked(date(2024, 6, 4))
    mini.set_marked_dates({date(2024, 6, 3)})
    assert not mini.is_marked(date(2024, 6, 27))
    assert mini.marked_dates() == {date(2024, 6, 3)}
    rect = mini.day_rect(date(2024, 6, 12))
    assert rect is not None
    with qtbot.waitSignal(mini.date_selected) as selected:
        _click(qtbot, mini, rect.center())
    assert selected.args == [date(2024, 6, 12)]
    assert mini.selected_day() == date(2024, 6, 12)


def test_mini_month_pages_are_six_weeks_from_monday(qtbot) -> None:
    mini = _mini_month(qtbot)
    assert mini.weekday_letters() == ["M", "T", "W", "T", "F", "S", "S"]
    system = QLocale()
    QLocale.setDefault(QLocale.c())  # no LANG: Qt's own narrow day names would be the digits 1 to 7
    try:
        assert mini.weekday_letters() == ["M", "T", "W", "T", "F", "S", "S"]
        assert mini.title() == "June 2024"
    finally:
        QLocale.setDefault(system)
    first = mini.day_rect(date(2024, 5, 27))  # the Monday before 1 June: the first cell
    last = mini.day_rect(date(2024, 7, 7))  # the forty-second
    assert first is not None
    assert last is not None
    assert mini.day_rect(date(2024, 5, 26)) is None
    assert mini.day_rect(date(2024, 7, 8)) is None
    assert first.left() == pytest.approx(1)
    assert last.right() == pytest.approx(mini.width() - 1)
    assert last.bottom() <= mini.height() - 1
    for day in (date(2024, 5, 27), date(2024, 6, 1), date(2024, 6, 30), date(2024, 7, 7)):
        rect = mini.day_rect(day)
        assert rect is not None
        assert mini.day_at(rect.center()) == day
    assert mini.day_at(QPointF(mini.width() / 2, 3)) is None  # the navigation bar


def test_mini_month_arrows_and_wheel_turn_the_page_not_the_chosen_day(qtbot) -> None:
    mini = _mini_month(qtbot, date(2024, 1, 31))
    with qtbot.assertNotEmitted(mini.date_selected):
        _click(qtbot, mini, QPointF(mini.width() - 8, 8))  # the next month's arrow
        assert mini.shown_month() == (2024, 2)
        _click(qtbot, mini, QPointF(8, 8))
        _click(qtbot, mini, QPointF(8, 8))
        assert mini.shown_month() == (2023, 12)
        # A wheel turned towards the user (pytest-qt has no helper for it): the next month.
        turn = QWheelEvent(QPointF(20, 60), QPointF(mini.mapToGlobal(QPoint(20, 60))), QPoint(0, 0), QPoint(0, -120),
                           Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(mini, turn)
        assert mini.shown_month() == (2024, 1)
    assert mini.selected_day() == date(2024, 1, 31)
    assert mini.title() == "January 2024"


@pytest.mark.parametrize(("key", "moved_to"), [
    (Qt.Key.Key_Left, date(2024, 1, 30)), (Qt.Key.Key_Right, date(2024, 2, 1)), (Qt.Key.Key_Up, date(2024, 1, 24)),
    (Qt.Key.Key_Down, date(2024, 2, 7)), (Qt.Key.Key_PageDown, date(2024, 2, 29)), (Qt.Key.Key_PageUp, date(2023, 12, 31)),
    (Qt.Key.Key_Home, date(2024, 1, 1)), (Qt.Key.Key_End, date(2024, 1, 31)),
])
def test_mini_month_keys_move_the_chosen_day_and_enter_shows_it(qtbot, key: Qt.Key, moved_to: date) -> None:
    mini = _mini_month(qtbot, date(2024, 1, 31))
    mini.setFocus()
    with qtbot.assertNotEmitted(mini.date_selected):
        qtbot.keyClick(mini, key)
    assert mini.selected_day() == moved_to
    assert mini.shown_month() == (moved_to.year, moved_to.month)
    with qtbot.waitSignal(mini.date_selected) as selected:
        qtbot.keyClick(mini, Qt.Key.Key_Return)
    assert selected.args == [moved_to]


@pytest.mark.parametrize(("day", "keys"), [(date(9999, 12, 31), (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Down)),
                                           (date(1, 1, 1), (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up))])
def test_mini_month_stops_at_the_first_and_last_day_a_date_holds(qtbot, day: date, keys: tuple[Qt.Key, ...]) -> None:
    mini = _mini_month(qtbot, day)
    for key in keys:
        qtbot.keyClick(mini, key)
    if day.year == 9999:
        mini.show_next_month()
    else:
        mini.show_previous_month()
    assert mini.selected_day() == day
    assert mini.shown_month() == (day.year, day.month)
    assert not mini.grab().isNull()  # painted to its last cell without running past the calendar
    assert mini.day_at(QPointF(mini.width() - 4, mini.height() - 4)) == (None if day.year == 9999 else date(1, 2, 11))


def test_mini_month_draws_marked_days_in_bold(qtbot) -> None:
    """A marked day's digits cover more pixels (bold) than the same day unmarked; other days are untouched."""
    mini = _mini_month(qtbot)
    plain = mini.grab().toImage()
    mini.set_marked_dates({date(2024, 6, 12)})
    bold = mini.grab().toImage()

    def ink(image, day: date) -> int:  # dark pixels in the day's cell
        rect = mini.day_rect(day)
        assert rect is not None
        ratio = image.devicePixelRatio()
        return sum(QColor(image.pixel(int(x * ratio), int(y * ratio))).lightness() < 128
                   for x in range(int(rect.left()), int(rect.right())) for y in range(int(rect.top()), int(rect.bottom())))

    assert ink(bold, date(2024, 6, 12)) > ink(plain, date(2024, 6, 12))
    assert ink(bold, date(2024, 6, 13)) == ink(plain, date(2024, 6, 13))
