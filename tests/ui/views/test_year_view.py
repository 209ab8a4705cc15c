"""Year view: density per day, bands, clicks and paging."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from cica_planner.ui.views.year_view import Band, YearView, density_level


@pytest.fixture
def year_view(qtbot, seeded_view_data) -> YearView:
    view = YearView()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.set_anchor_date(date(2024, 6, 27))
    view.set_occurrences(seeded_view_data(view), "Asia/Almaty")
    return view


def test_range_title_and_paging(year_view: YearView) -> None:
    assert year_view.visible_range() == (date(2024, 1, 1), date(2025, 1, 1))
    assert year_view.title() == "2024"
    assert year_view.shifted(1) == date(2025, 6, 27)
    assert year_view.shifted(-1) == date(2023, 6, 27)
    year_view.set_anchor_date(date(2024, 2, 29))
    assert year_view.shifted(1) == date(2025, 2, 28)


def test_density_counts_fixed_day_events_only(year_view: YearView) -> None:
    assert year_view.count_on(date(2024, 6, 27)) >= 2  # SOC and the silence procedure
    assert density_level(year_view.count_on(date(2024, 6, 27))) >= 2
    # The Q4 Business Forum alone must not shade every day of the quarter.
    assert year_view.count_on(date(2024, 11, 20)) == 0
    assert [density_level(n) for n in (0, 1, 2, 3, 4, 5, 40)] == [0, 1, 2, 3, 3, 4, 4]


def test_bands_cut_december_at_the_handover(year_view: YearView) -> None:
    kazakhstan = Band(date(2020, 9, 24), date(2024, 12, 17), "Kazakhstan", QColor("#2b8a9e"))
    azerbaijan = Band(date(2024, 12, 17), None, "Azerbaijan", QColor("#c0504d"))
    year_view.set_bands([azerbaijan, kazakhstan])
    assert [band.label for band in year_view.bands()] == ["Kazakhstan", "Azerbaijan"]
    december = year_view.bands_in_month(12)
    assert [(band.label, round(start, 3), round(stop, 3)) for band, start, stop in december] == [
        ("Kazakhstan", 0.0, round(16 / 31, 3)),
        ("Azerbaijan", round(16 / 31, 3), 1.0),
    ]
    assert [band.label for band, _start, _stop in year_view.bands_in_month(6)] == ["Kazakhstan"]
    assert not year_view.grab().isNull()


def test_click_moves_anchor_and_double_click_activates(qtbot, year_view: YearView) -> None:
    year_view.show()
    qtbot.waitExposed(year_view)
    rect = year_view.day_rect(date(2024, 3, 14))
    with qtbot.waitSignal(year_view.anchor_changed) as moved:
        qtbot.mouseClick(year_view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert moved.args == [date(2024, 3, 14)]
    with qtbot.waitSignal(year_view.day_opened) as activated:
        qtbot.mouseDClick(year_view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert activated.args == [date(2024, 3, 14)]
    with qtbot.waitSignal(year_view.page_requested) as paged:
        qtbot.keyClick(year_view, Qt.Key.Key_PageDown)
    assert paged.args == [1]


def test_every_day_of_the_year_has_a_cell(year_view: YearView) -> None:
    cells = {year_view.day_at(year_view.day_rect(date(2024, m, 1)).center()) for m in range(1, 13)}
    assert cells == {date(2024, m, 1) for m in range(1, 13)}
    assert year_view.day_rect(date(2024, 12, 31)).isValid()
