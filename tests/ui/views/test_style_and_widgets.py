"""Style helpers, shared layout helpers and the sidebar mini month."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor

from cica_planner.domain.model import Category, EventStatus
from cica_planner.ui import style
from cica_planner.ui.views.formatting import add_months, span_title, utc_offset_text
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


def test_mini_month_marks_dates_and_emits(qtbot) -> None:
    mini = MiniMonth()
    qtbot.addWidget(mini)
    assert mini.firstDayOfWeek() == Qt.DayOfWeek.Monday
    mini.set_anchor_date(date(2024, 6, 27))
    assert mini.selected_day() == date(2024, 6, 27)
    mini.set_marked_dates({date(2024, 6, 27), date(2024, 6, 3)})
    assert mini.is_marked(date(2024, 6, 27))
    assert mini.is_marked(date(2024, 6, 3))
    assert not mini.is_marked(date(2024, 6, 4))
    mini.set_marked_dates({date(2024, 6, 3)})
    assert not mini.is_marked(date(2024, 6, 27))
    assert mini.marked_dates() == {date(2024, 6, 3)}
    with qtbot.waitSignal(mini.date_selected) as selected:
        mini.clicked.emit(QDate(2024, 6, 12))
    assert selected.args == [date(2024, 6, 12)]
